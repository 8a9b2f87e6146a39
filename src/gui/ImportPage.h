#pragma once

#include "Page.h"
#include "valuedesk/io/Exporter.h"
#include "valuedesk/io/Importer.h"

#include <QString>
#include <functional>
#include <optional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableView;

namespace vd::gui {

class ImportIssueModel;
class ImportLogModel;
class ImportMappingModel;
class ImportPreviewModel;

// The "Import" view: a wizard that takes an analyst's CSV/TSV export into the workspace the
// same way `valuedesk-cli import` does — detected (and overridable) encoding and delimiter, a
// preview with the detected type of each column, an editable column mapping that can be
// saved and loaded as the CLI's --map JSON, the day/month question when the file leaves it
// open, skip-bad-rows or all-or-nothing, a dry run, and the import itself in the background
// with progress and cancel. Beside it the import history with undo, and the export of tables,
// segments, Kano studies and queries to CSV or JSON.
class ImportPage : public Page
{
    Q_OBJECT
public:
    explicit ImportPage(WorkspaceSession& session, QWidget* parent = nullptr);

    // Asked when dates could be day-first or month-first; nullopt = the user cancelled.
    // The default asks with a message box; tests answer directly.
    using DateOrderAsker =
        std::function<std::optional<io::DateOrder>(const QString& column, const QString& example)>;
    void setDateOrderAsker(DateOrderAsker asker) { m_askDateOrder = std::move(asker); }
    // Asked when numbers such as 1,234 could use either decimal mark; nullopt = cancelled.
    using DecimalMarkAsker = std::function<std::optional<io::DecimalMark>(const QString& column,
                                                                          const QString& example)>;
    void setDecimalMarkAsker(DecimalMarkAsker asker) { m_askDecimalMark = std::move(asker); }

    // What the file button does after its dialog: reads the file's start, detects encoding,
    // delimiter and types, and maps the columns automatically. False (with the reason shown)
    // when the file cannot be read.
    bool openFile(const QString& path);
    void setKind(io::ImportKind kind);
    io::ImportKind kind() const;
    QString file() const { return m_file; }
    void setStudy(const QString& study);
    void setSkipBadRows(bool skip);
    // Overrides of the detection; empty / 0 / Unknown = detect.
    void setEncoding(const QString& encoding);
    void setDelimiter(char delimiter);
    void setDateOrder(io::DateOrder order);
    void setDecimalMark(io::DecimalMark mark);

    // The mapping with the reading settings, as saved and as the import uses it.
    io::Mapping currentMapping() const;
    io::ImportOptions currentOptions(bool dryRun) const;
    // Save/load in the CLI's --map format; false (with the reason shown) on failure.
    bool saveMapping(const QString& path);
    bool loadMapping(const QString& path);

    // Starts a dry run or the import in the background (after the day/month question when
    // needed). False when it cannot start (no file, required fields unmapped, busy).
    bool startImport(bool dryRun);
    void cancelImport();
    // Undoes an import in the background (the history's Undo button, after confirmation).
    void undoImport(qint64 importId);
    // Exports what the Export tab describes to path (format by the tab, BOM option).
    void exportTo(const QString& path);

    bool isBusy() const { return m_busy; }
    const std::optional<io::ImportResult>& lastResult() const { return m_lastResult; }
    bool lastWasRejected() const { return m_lastRejected; }
    QString lastError() const { return m_lastError; }
    std::int64_t lastExportRows() const { return m_lastExportRows; }
    const std::optional<io::FilePreview>& preview() const { return m_preview; }

    ImportMappingModel* mappingModel() const { return m_mappingModel; }
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    ImportIssueModel* issueModel() const { return m_issueModel; }
    ImportLogModel* logModel() const { return m_logModel; }
    QTableView* mappingView() const { return m_mappingView; }
    QTableView* logView() const { return m_logView; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* detectionLabel() const { return m_detection; }
    QAction* openAction() const { return m_openAction; }
    QComboBox* exportWhat() const { return m_exportWhat; }
    QComboBox* exportName() const { return m_exportName; }
    QComboBox* exportFormat() const { return m_exportFormat; }
    QCheckBox* exportBom() const { return m_exportBom; }
    QPlainTextEdit* exportQuery() const { return m_exportQuery; }

protected:
    void reload() override;

private:
    struct Outcome;
    void browse();
    void refreshPreview(bool keepEdits);
    void updateDetectionText();
    void updateButtons();
    void runImport(io::ImportOptions options);
    void showOutcome(Outcome outcome, const io::ImportOptions& options);
    void setBusy(bool busy, const QString& status = {});
    void trackTask(const QString& title);
    std::optional<io::DateOrder> askDateOrder(const QString& column, const QString& example);
    std::optional<io::DecimalMark> askDecimalMark(const QString& column, const QString& example);
    void refreshLog();
    void refreshExportNames();
    void undoSelected();
    void saveMappingDialog();
    void loadMappingDialog();
    void exportDialog();
    void fail(const QString& message);

    QTabWidget* m_tabs;
    QComboBox* m_kind;
    QLineEdit* m_fileEdit;
    QPushButton* m_browse;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_dateOrder;
    QComboBox* m_decimal;
    QLabel* m_studyLabel;
    QLineEdit* m_study;
    QLabel* m_detection;
    ImportMappingModel* m_mappingModel;
    QTableView* m_mappingView;
    ImportPreviewModel* m_previewModel;
    QTableView* m_previewView;
    QRadioButton* m_allOrNothing;
    QRadioButton* m_skipBad;
    QPushButton* m_loadMap;
    QPushButton* m_saveMap;
    QPushButton* m_dryRun;
    QPushButton* m_import;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QLabel* m_rejects;
    ImportIssueModel* m_issueModel;
    QTableView* m_issueView;
    ImportLogModel* m_logModel;
    QTableView* m_logView;
    QPushButton* m_undo;
    QFormLayout* m_exportForm = nullptr;
    QComboBox* m_exportWhat;
    QComboBox* m_exportName;
    QPlainTextEdit* m_exportQuery;
    QComboBox* m_exportFormat;
    QCheckBox* m_exportBom;
    QPushButton* m_exportButton;
    QLabel* m_exportStatus;
    QAction* m_openAction;

    QString m_file;
    std::optional<io::FilePreview> m_preview;
    QString m_previewError;
    std::optional<io::ImportResult> m_lastResult;
    bool m_lastRejected = false;
    QString m_lastError;
    std::int64_t m_lastExportRows = -1;
    bool m_busy = false;
    int m_taskId = 0;
    bool m_cancelRequested = false;
    DateOrderAsker m_askDateOrder;
    DecimalMarkAsker m_askDecimalMark;
};

} // namespace vd::gui
