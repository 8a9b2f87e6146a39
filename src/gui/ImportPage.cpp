#include "ImportPage.h"

#include "ImportIssueModel.h"
#include "ImportLogModel.h"
#include "ImportMappingModel.h"
#include "ImportPreviewModel.h"
#include "ImportTargetDelegate.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/io/CsvReader.h"
#include "valuedesk/io/ImportLog.h"
#include "valuedesk/storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

const vd::gui::PageRegistrar
    kRegistrar({"import", QT_TRANSLATE_NOOP("Pages", "Import"), 20,
                [](WorkspaceSession& s, QWidget* p) -> Page* { return new ImportPage(s, p); }});

enum class ExportWhat { Table, Segment, KanoStudy, Query };

QString kindTitle(io::ImportKind kind)
{
    switch (kind) {
    case io::ImportKind::Customers:
        return ImportPage::tr("Customers");
    case io::ImportKind::Transactions:
        return ImportPage::tr("Transactions");
    case io::ImportKind::Interactions:
        return ImportPage::tr("Interactions");
    case io::ImportKind::Responses:
        return ImportPage::tr("Survey responses");
    case io::ImportKind::Kano:
        return ImportPage::tr("Kano answers (wide)");
    case io::ImportKind::Cases:
        return ImportPage::tr("Feedback cases");
    }
    return {};
}

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString lastDir()
{
    return QSettings().value(QStringLiteral("import/lastDir"), QDir::homePath()).toString();
}

void rememberDir(const QString& file)
{
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(file).absolutePath());
}

QTableView* makeTable(QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    return v;
}

} // namespace

// What a background import or dry run brings back: a result, or the question it cannot
// answer alone (day/month order), or an all-or-nothing refusal with its issue list.
struct ImportPage::Outcome
{
    std::optional<io::ImportResult> result;
    bool rejected = false;
    QString message;
    bool needDateOrder = false;
    QString dateColumn;
    QString dateExample;
    bool needDecimalMark = false;
    QString decimalColumn;
    QString decimalExample;
};

ImportPage::ImportPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_tabs(new QTabWidget(this)), m_kind(new QComboBox(this)),
      m_fileEdit(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_dateOrder(new QComboBox(this)), m_decimal(new QComboBox(this)),
      m_studyLabel(new QLabel(this)), m_study(new QLineEdit(this)), m_detection(new QLabel(this)),
      m_mappingModel(new ImportMappingModel(this)), m_mappingView(makeTable(this)),
      m_previewModel(new ImportPreviewModel(this)), m_previewView(makeTable(this)),
      m_allOrNothing(new QRadioButton(this)), m_skipBad(new QRadioButton(this)),
      m_loadMap(new QPushButton(this)), m_saveMap(new QPushButton(this)),
      m_dryRun(new QPushButton(this)), m_import(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_summary(new QLabel(this)), m_rejects(new QLabel(this)),
      m_issueModel(new ImportIssueModel(this)), m_issueView(makeTable(this)),
      m_logModel(new ImportLogModel(this)), m_logView(makeTable(this)),
      m_undo(new QPushButton(this)), m_exportWhat(new QComboBox(this)),
      m_exportName(new QComboBox(this)), m_exportQuery(new QPlainTextEdit(this)),
      m_exportFormat(new QComboBox(this)), m_exportBom(new QCheckBox(this)),
      m_exportButton(new QPushButton(this)), m_exportStatus(new QLabel(this)),
      m_openAction(new QAction(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Import and export"), this);
    title->setStyleSheet("font-size: 16pt; font-weight: 600;");
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    // --- Import tab -------------------------------------------------------------------
    auto* importTab = new QWidget(m_tabs);
    auto* importLayout = new QVBoxLayout(importTab);

    auto* source = new QGridLayout;
    auto addLabelled = [&](const QString& text, QWidget* w, int row, int col, int span = 1) {
        auto* l = new QLabel(text, importTab);
        l->setBuddy(w);
        source->addWidget(l, row, col);
        source->addWidget(w, row, col + 1, 1, span);
        return l;
    };
    for (io::ImportKind k : io::allKinds())
        m_kind->addItem(kindTitle(k), static_cast<int>(k));
    addLabelled(tr("&Data:"), m_kind, 0, 0);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose a CSV or TSV file (Ctrl+I)"));
    addLabelled(tr("File:"), m_fileEdit, 0, 2, 5);
    m_browse->setText(tr("&Choose file…"));
    m_browse->setToolTip(tr("Choose the file to import (Ctrl+I)"));
    source->addWidget(m_browse, 0, 8);

    m_encoding->addItem(tr("Detect"), QString());
    for (const char* e : {"UTF-8", "GB18030", "BIG5", "UTF-16LE", "UTF-16BE", "WINDOWS-1252"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_encoding->setToolTip(tr("How the file's bytes are read. GB18030 also reads GBK and "
                              "GB2312 files; Big5 is common in Taiwan and Hong Kong."));
    addLabelled(tr("&Encoding:"), m_encoding, 1, 0);
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe |"), int('|'));
    addLabelled(tr("De&limiter:"), m_delimiter, 1, 2);
    m_dateOrder->addItem(tr("Decide from the file"), static_cast<int>(io::DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), static_cast<int>(io::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"),
                         static_cast<int>(io::DateOrder::MonthFirst));
    m_dateOrder->setToolTip(tr("Only for dates written with the year last, such as 05/03/2024. "
                               "When the file does not decide, you are asked."));
    addLabelled(tr("Da&tes:"), m_dateOrder, 1, 4);
    m_decimal->addItem(tr("Detect"), static_cast<int>(io::DecimalMark::Unknown));
    m_decimal->addItem(tr("Point (1,234.5)"), static_cast<int>(io::DecimalMark::Point));
    m_decimal->addItem(tr("Comma (1.234,5)"), static_cast<int>(io::DecimalMark::Comma));
    addLabelled(tr("Deci&mals:"), m_decimal, 1, 6);
    m_studyLabel->setText(tr("Kano &study:"));
    m_studyLabel->setBuddy(m_study);
    m_study->setPlaceholderText(tr("Name (created if new)"));
    source->addWidget(m_studyLabel, 2, 0);
    source->addWidget(m_study, 2, 1, 1, 3);
    source->setColumnStretch(7, 1);
    importLayout->addLayout(source);

    m_detection->setWordWrap(true);
    m_detection->setTextFormat(Qt::RichText);
    importLayout->addWidget(m_detection);

    auto* vsplit = new QSplitter(Qt::Vertical, importTab);
    auto* hsplit = new QSplitter(Qt::Horizontal, vsplit);
    auto* mappingBox = new QGroupBox(tr("Column mapping"), hsplit);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    m_mappingView->setModel(m_mappingModel);
    m_mappingView->setItemDelegateForColumn(ImportMappingModel::Target,
                                            new ImportTargetDelegate(m_mappingView));
    m_mappingView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
        QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_mappingView->verticalHeader()->hide();
    // Before a file is chosen the headers alone set the widths, so none is cut off.
    m_mappingView->resizeColumnsToContents();
    mappingLayout->addWidget(m_mappingView);
    auto* mapButtons = new QHBoxLayout;
    m_loadMap->setText(tr("&Load mapping…"));
    m_loadMap->setToolTip(tr("Use a mapping saved earlier (the CLI's --map JSON)"));
    m_saveMap->setText(tr("Sa&ve mapping…"));
    m_saveMap->setToolTip(tr("Save this mapping and the reading settings to reuse them, here "
                             "or with valuedesk-cli import --map"));
    mapButtons->addWidget(m_loadMap);
    mapButtons->addWidget(m_saveMap);
    mapButtons->addStretch();
    mappingLayout->addLayout(mapButtons);
    auto* previewBox = new QGroupBox(tr("Preview of the first rows"), hsplit);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_previewView->setModel(m_previewModel);
    m_previewView->horizontalHeader()->setStretchLastSection(false);
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectItems);
    previewLayout->addWidget(m_previewView);
    hsplit->addWidget(mappingBox);
    hsplit->addWidget(previewBox);
    hsplit->setStretchFactor(0, 2);
    hsplit->setStretchFactor(1, 3);
    vsplit->addWidget(hsplit);

    auto* resultBox = new QGroupBox(tr("Result"), vsplit);
    auto* resultLayout = new QVBoxLayout(resultBox);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Choose a file, check the mapping, then run a dry run or import."));
    resultLayout->addWidget(m_summary);
    m_rejects->setTextFormat(Qt::RichText);
    m_rejects->setOpenExternalLinks(true);
    m_rejects->setWordWrap(true);
    m_rejects->hide();
    resultLayout->addWidget(m_rejects);
    m_issueView->setModel(m_issueModel);
    m_issueView->verticalHeader()->hide();
    resultLayout->addWidget(m_issueView, 1);
    vsplit->addWidget(resultBox);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 2);
    importLayout->addWidget(vsplit, 1);

    auto* run = new QHBoxLayout;
    auto* policy = new QLabel(tr("Bad rows:"), importTab);
    m_allOrNothing->setText(tr("&All or nothing"));
    m_allOrNothing->setToolTip(tr("Any bad row refuses the whole file; nothing is written"));
    m_skipBad->setText(tr("S&kip bad rows"));
    m_skipBad->setToolTip(tr("Import the good rows; the bad ones go to a rejects CSV beside the "
                             "file, with a reason column"));
    m_allOrNothing->setChecked(true);
    run->addWidget(policy);
    run->addWidget(m_allOrNothing);
    run->addWidget(m_skipBad);
    run->addSpacing(16);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    run->addStretch();
    m_dryRun->setText(tr("&Dry run"));
    m_dryRun->setToolTip(tr("Check every row and count new, updated and rejected rows without "
                            "writing anything (Ctrl+Shift+Return)"));
    m_import->setText(tr("&Import"));
    m_import->setToolTip(tr("Import the file as one transaction (Ctrl+Return)"));
    m_import->setDefault(true);
    run->addWidget(m_dryRun);
    run->addWidget(m_import);
    importLayout->addLayout(run);
    m_tabs->addTab(importTab, tr("I&mport"));

    // --- History tab ------------------------------------------------------------------
    auto* historyTab = new QWidget(m_tabs);
    auto* historyLayout = new QVBoxLayout(historyTab);
    auto* historyNote = new QLabel(
        tr("Every import with its file's SHA-256 and counts. Undo removes the rows an import "
           "added and gives the rows it updated their old values back; imports are undone "
           "newest first."),
        historyTab);
    historyNote->setWordWrap(true);
    historyLayout->addWidget(historyNote);
    m_logView->setModel(m_logModel);
    m_logView->verticalHeader()->hide();
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    historyLayout->addWidget(m_logView, 1);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addStretch();
    m_undo->setText(tr("&Undo import…"));
    m_undo->setEnabled(false);
    historyButtons->addWidget(m_undo);
    historyLayout->addLayout(historyButtons);
    m_tabs->addTab(historyTab, tr("&History"));

    // --- Export tab -------------------------------------------------------------------
    auto* exportTab = new QWidget(m_tabs);
    auto* exportOuter = new QVBoxLayout(exportTab);
    auto* exportForm = m_exportForm = new QFormLayout;
    m_exportWhat->addItem(tr("Table or view"), static_cast<int>(ExportWhat::Table));
    m_exportWhat->addItem(tr("Segment members"), static_cast<int>(ExportWhat::Segment));
    m_exportWhat->addItem(tr("Kano study (wide answers)"), static_cast<int>(ExportWhat::KanoStudy));
    m_exportWhat->addItem(tr("Analysis query (SELECT)"), static_cast<int>(ExportWhat::Query));
    exportForm->addRow(tr("E&xport:"), m_exportWhat);
    m_exportName->setMinimumContentsLength(24);
    exportForm->addRow(tr("&Name:"), m_exportName);
    m_exportQuery->setPlaceholderText(
        tr("SELECT segment, COUNT(*) FROM … — read-only queries only"));
    m_exportQuery->setMaximumHeight(120);
    exportForm->addRow(tr("&Query:"), m_exportQuery);
    m_exportFormat->addItem(tr("CSV (UTF-8)"), static_cast<int>(io::ExportFormat::Csv));
    m_exportFormat->addItem(tr("JSON"), static_cast<int>(io::ExportFormat::Json));
    exportForm->addRow(tr("&Format:"), m_exportFormat);
    m_exportBom->setText(tr("Byte-order mark for Excel"));
    m_exportBom->setToolTip(tr("Excel opens a UTF-8 CSV with Chinese text correctly only when "
                               "the file starts with a byte-order mark"));
    exportForm->addRow(QString(), m_exportBom);
    exportOuter->addLayout(exportForm);
    auto* exportButtons = new QHBoxLayout;
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Choose a file and export (Ctrl+E)"));
    exportButtons->addWidget(m_exportButton);
    exportButtons->addStretch();
    exportOuter->addLayout(exportButtons);
    m_exportStatus->setWordWrap(true);
    exportOuter->addWidget(m_exportStatus);
    exportOuter->addStretch();
    m_tabs->addTab(exportTab, tr("E&xport"));

    // --- Actions ----------------------------------------------------------------------
    m_openAction->setText(tr("Choose file to import…"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_openAction);
    connect(m_openAction, &QAction::triggered, this, [this] { browse(); });
    connect(m_browse, &QPushButton::clicked, this, [this] { browse(); });
    auto addShortcut = [this](QKeySequence key, std::function<void()> f) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, std::move(f));
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        if (m_import->isEnabled())
            startImport(false);
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] {
        if (m_dryRun->isEnabled())
            startImport(true);
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportDialog(); });

    connect(m_kind, &QComboBox::activated, this, [this] { refreshPreview(false); });
    connect(m_encoding, &QComboBox::activated, this, [this] { refreshPreview(true); });
    connect(m_delimiter, &QComboBox::activated, this, [this] { refreshPreview(true); });
    connect(m_dateOrder, &QComboBox::activated, this, [this] { updateDetectionText(); });
    connect(m_decimal, &QComboBox::activated, this, [this] { updateDetectionText(); });
    connect(m_study, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_mappingModel, &QAbstractItemModel::dataChanged, this, [this] {
        updateDetectionText();
        updateButtons();
    });
    connect(m_loadMap, &QPushButton::clicked, this, [this] { loadMappingDialog(); });
    connect(m_saveMap, &QPushButton::clicked, this, [this] { saveMappingDialog(); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { startImport(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelImport(); });
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
    connect(m_logView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_exportWhat, &QComboBox::currentIndexChanged, this, [this] { refreshExportNames(); });
    connect(m_exportFormat, &QComboBox::currentIndexChanged, this, [this] {
        m_exportBom->setEnabled(m_exportFormat->currentData().toInt() ==
                                static_cast<int>(io::ExportFormat::Csv));
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportDialog(); });

    auto& monitor = TaskMonitor::instance();
    connect(&monitor, &TaskMonitor::progress, this,
            [this](int id, double fraction, const QString& status) {
                if (id != m_taskId || !m_busy)
                    return;
                m_progress->setValue(static_cast<int>(fraction * 1000.0));
                if (!status.isEmpty())
                    m_progress->setFormat(status + QStringLiteral(" — %p%"));
            });
    connect(&monitor, &TaskMonitor::finished, this, [this](int id) {
        if (id != m_taskId)
            return;
        m_taskId = 0;
        setBusy(false);
        if (m_cancelRequested) {
            m_summary->setText(tr("Cancelled. The workspace is exactly as it was before."));
            m_cancelRequested = false;
        }
    });
    connect(&session, &WorkspaceSession::closed, this, [this] {
        m_logModel->setEntries({});
        m_exportName->clear();
        updateButtons();
    });

    refreshPreview(false);
    refreshExportNames();
}

// --- File, detection and mapping ------------------------------------------------------

io::ImportKind ImportPage::kind() const
{
    return static_cast<io::ImportKind>(m_kind->currentData().toInt());
}

void ImportPage::setKind(io::ImportKind kind)
{
    const int i = m_kind->findData(static_cast<int>(kind));
    if (i == m_kind->currentIndex())
        return;
    m_kind->setCurrentIndex(i);
    refreshPreview(false);
}

void ImportPage::setStudy(const QString& study)
{
    m_study->setText(study);
}

void ImportPage::setSkipBadRows(bool skip)
{
    (skip ? m_skipBad : m_allOrNothing)->setChecked(true);
}

void ImportPage::setEncoding(const QString& encoding)
{
    int i = encoding.isEmpty() ? 0 : m_encoding->findData(encoding.toUpper());
    if (i < 0) {
        m_encoding->addItem(encoding, encoding);
        i = m_encoding->count() - 1;
    }
    m_encoding->setCurrentIndex(i);
    refreshPreview(true);
}

void ImportPage::setDelimiter(char delimiter)
{
    const int i = m_delimiter->findData(int(delimiter));
    m_delimiter->setCurrentIndex(i >= 0 ? i : 0);
    refreshPreview(true);
}

void ImportPage::setDateOrder(io::DateOrder order)
{
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(static_cast<int>(order)));
    updateDetectionText();
}

void ImportPage::setDecimalMark(io::DecimalMark mark)
{
    m_decimal->setCurrentIndex(m_decimal->findData(static_cast<int>(mark)));
    updateDetectionText();
}

void ImportPage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the file to import"), m_file.isEmpty() ? lastDir() : m_file,
        tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDir(path);
    openFile(path);
}

bool ImportPage::openFile(const QString& path)
{
    m_file = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    // A new file is detected afresh: earlier overrides belonged to the previous file.
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_dateOrder->setCurrentIndex(0);
    m_decimal->setCurrentIndex(0);
    m_lastResult.reset();
    m_issueModel->clear();
    m_rejects->hide();
    m_summary->setText(tr("Check the mapping, then run a dry run or import."));
    refreshPreview(false);
    return m_preview.has_value();
}

void ImportPage::refreshPreview(bool keepEdits)
{
    const io::Mapping before = m_mappingModel->mapping();
    const bool sameKind = before.kind == kind();
    m_preview.reset();
    m_previewError.clear();
    const bool kano = kind() == io::ImportKind::Kano;
    m_studyLabel->setVisible(kano);
    m_study->setVisible(kano);
    if (m_file.isEmpty()) {
        m_mappingModel->clear();
        m_previewModel->clear();
        updateDetectionText();
        updateButtons();
        return;
    }
    try {
        io::PreviewOptions po;
        po.encoding = m_encoding->currentData().toString().toStdString();
        po.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
        m_preview = io::previewFile(m_file.toStdString(), kind(), po);
    } catch (const std::exception& e) {
        m_previewError = QString::fromUtf8(e.what());
    }
    if (m_preview) {
        m_previewModel->setPreview(*m_preview);
        m_mappingModel->setPreview(*m_preview, kind());
        if (keepEdits && sameKind)
            for (const auto& c : before.columns) {
                const int row = m_mappingModel->rowOf(QString::fromStdString(c.column));
                if (row >= 0)
                    m_mappingModel->setTarget(row, QString::fromStdString(c.target));
            }
        m_mappingView->resizeColumnsToContents();
        m_previewView->resizeColumnsToContents();
        for (int c = 0; c < m_previewModel->columnCount(); ++c)
            m_previewView->setColumnWidth(c, std::min(m_previewView->columnWidth(c), 240));
        m_encoding->setItemText(
            0, tr("Detect (%1)").arg(QString::fromStdString(m_preview->encoding.name)));
        m_delimiter->setItemText(
            0,
            tr("Detect (%1)").arg(QString::fromStdString(io::delimiterName(m_preview->delimiter))));
    } else {
        m_mappingModel->clear();
        m_previewModel->clear();
        m_encoding->setItemText(0, tr("Detect"));
        m_delimiter->setItemText(0, tr("Detect"));
    }
    updateDetectionText();
    updateButtons();
}

void ImportPage::updateDetectionText()
{
    if (m_file.isEmpty()) {
        m_detection->setText(tr("Choose the kind of data and a CSV/TSV file. Columns are "
                                "matched to fields by their English or Chinese headers."));
        return;
    }
    if (!m_preview) {
        m_detection->setText(
            QStringLiteral("<span style='color:#b91c1c'>%1</span>")
                .arg(tr("The file cannot be read: %1").arg(m_previewError.toHtmlEscaped())));
        return;
    }
    QStringList parts;
    const auto& p = *m_preview;
    parts << tr("Encoding %1 (%2)")
                 .arg(QString::fromStdString(p.encoding.name),
                      QString::fromStdString(p.encoding.reason).toHtmlEscaped());
    parts << tr("delimiter: %1").arg(QString::fromStdString(io::delimiterName(p.delimiter)));
    parts << tr("%1 columns, about %2 rows").arg(p.columns.size()).arg(count(p.estimatedRows));
    QString text = parts.join(QStringLiteral(" · "));
    const io::Mapping m = m_mappingModel->mapping();
    QStringList missing;
    for (const auto& f : m.missingRequired())
        missing << QString::fromStdString(f);
    if (!missing.isEmpty())
        text += QStringLiteral("<br><span style='color:#b91c1c'>%1</span>")
                    .arg(tr("No column feeds the required field(s) %1: choose one in the "
                            "mapping.")
                             .arg(missing.join(QStringLiteral(", "))));
    const QStringList ambiguous = m_mappingModel->ambiguousDateColumns();
    if (!ambiguous.isEmpty() &&
        m_dateOrder->currentData().toInt() == static_cast<int>(io::DateOrder::Unknown))
        text += QStringLiteral("<br><span style='color:#b45309'>%1</span>")
                    .arg(tr("The dates in %1 can be read day-first or month-first; you will be "
                            "asked which before the import.")
                             .arg(ambiguous.join(QStringLiteral(", ")).toHtmlEscaped()));
    const QStringList decimals = m_mappingModel->ambiguousDecimalColumns();
    if (!decimals.isEmpty() &&
        m_decimal->currentData().toInt() == static_cast<int>(io::DecimalMark::Unknown))
        text += QStringLiteral("<br><span style='color:#b45309'>%1</span>")
                    .arg(tr("The numbers in %1 can be read with a decimal point or a decimal "
                            "comma; you will be asked which before the import.")
                             .arg(decimals.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_detection->setText(text);
}

void ImportPage::updateButtons()
{
    const bool ready = m_preview && m_mappingModel->mapping().missingRequired().empty() &&
                       (kind() != io::ImportKind::Kano || !m_study->text().trimmed().isEmpty()) &&
                       session().isOpen();
    m_dryRun->setEnabled(ready && !m_busy);
    m_import->setEnabled(ready && !m_busy);
    m_saveMap->setEnabled(m_preview.has_value());
    m_loadMap->setEnabled(m_preview.has_value() && !m_busy);
    m_kind->setEnabled(!m_busy);
    m_browse->setEnabled(!m_busy);
    const io::ImportLogEntry* e =
        m_logModel->entry(m_logView->selectionModel()->currentIndex().row());
    const auto selected = m_logView->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        e = m_logModel->entry(selected.first().row());
    m_undo->setEnabled(!m_busy && e && e->status == "done");
    m_exportButton->setEnabled(!m_busy && session().isOpen());
}

io::Mapping ImportPage::currentMapping() const
{
    io::Mapping m = m_mappingModel->mapping();
    m.kind = kind();
    // The reading settings as the preview used them, so the next file reads the same way.
    m.encoding = m_encoding->currentData().toString().toStdString();
    if (m.encoding.empty() && m_preview)
        m.encoding = m_preview->encoding.name;
    m.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    if (m.delimiter == 0 && m_preview)
        m.delimiter = m_preview->delimiter;
    m.dateOrder = static_cast<io::DateOrder>(m_dateOrder->currentData().toInt());
    m.decimal = static_cast<io::DecimalMark>(m_decimal->currentData().toInt());
    return m;
}

io::ImportOptions ImportPage::currentOptions(bool dryRun) const
{
    io::ImportOptions o;
    o.kind = kind();
    o.file = m_file.toStdString();
    o.mapping = currentMapping();
    o.encoding = o.mapping->encoding;
    o.delimiter = o.mapping->delimiter;
    o.dateOrder = o.mapping->dateOrder;
    o.decimal = o.mapping->decimal;
    o.mode = m_skipBad->isChecked() ? io::ImportMode::SkipBadRows : io::ImportMode::AllOrNothing;
    o.dryRun = dryRun;
    o.study = m_study->text().trimmed().toStdString();
    return o;
}

bool ImportPage::saveMapping(const QString& path)
{
    try {
        currentMapping().save(path.toStdString());
        m_summary->setText(tr("Mapping saved to %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const std::exception& e) {
        fail(tr("The mapping could not be saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

bool ImportPage::loadMapping(const QString& path)
{
    try {
        const io::Mapping m = io::Mapping::load(path.toStdString());
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m.kind)));
        int e = m.encoding.empty() ? 0 : m_encoding->findData(QString::fromStdString(m.encoding));
        if (e < 0) {
            m_encoding->addItem(QString::fromStdString(m.encoding),
                                QString::fromStdString(m.encoding));
            e = m_encoding->count() - 1;
        }
        m_encoding->setCurrentIndex(e);
        const int d = m_delimiter->findData(int(m.delimiter));
        m_delimiter->setCurrentIndex(d >= 0 ? d : 0);
        m_dateOrder->setCurrentIndex(m_dateOrder->findData(static_cast<int>(m.dateOrder)));
        m_decimal->setCurrentIndex(m_decimal->findData(static_cast<int>(m.decimal)));
        refreshPreview(false);
        if (!m_preview)
            return false;
        m_mappingModel->applyMapping(m);
        QStringList absent;
        for (const auto& c : m.columns)
            if (m_mappingModel->rowOf(QString::fromStdString(c.column)) < 0 && !c.target.empty())
                absent << QString::fromStdString(c.column);
        QString text = tr("Mapping loaded from %1.").arg(QDir::toNativeSeparators(path));
        if (!absent.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Not in this file: %1.").arg(absent.join(QStringLiteral(", ")));
        m_summary->setText(text);
        updateDetectionText();
        updateButtons();
        return true;
    } catch (const std::exception& e) {
        fail(tr("The mapping could not be loaded: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void ImportPage::saveMappingDialog()
{
    const QString suggested =
        m_file.isEmpty() ? lastDir()
                         : QFileInfo(m_file).absolutePath() + QLatin1Char('/') +
                               QFileInfo(m_file).completeBaseName() + QStringLiteral(".map.json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save mapping"), suggested, tr("Mapping (*.json)"));
    if (!path.isEmpty())
        saveMapping(path);
}

void ImportPage::loadMappingDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load mapping"), lastDir(), tr("Mapping (*.json)"));
    if (!path.isEmpty())
        loadMapping(path);
}

void ImportPage::fail(const QString& message)
{
    m_lastError = message;
    m_summary->setText(
        QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(message.toHtmlEscaped()));
    session().showMessage(message, MessageLevel::Error);
}

// --- Import ---------------------------------------------------------------------------

std::optional<io::DateOrder> ImportPage::askDateOrder(const QString& column, const QString& example)
{
    if (m_askDateOrder)
        return m_askDateOrder(column, example);
    auto reading = [&example](io::DateOrder order) {
        const io::DateValue v = io::parseDate(example.toStdString(), order);
        return v.epoch ? QString::fromStdString(date::formatDate(*v.epoch)) : QStringLiteral("?");
    };
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Day or month first?"));
    box.setText(tr("The dates in column “%1” can be read two ways, and no value in the file "
                   "decides. How is “%2” meant?")
                    .arg(column, example));
    box.setInformativeText(tr("ValueDesk never guesses: the wrong choice would silently swap "
                              "days and months."));
    auto* dayFirst = box.addButton(tr("Day first: %1").arg(reading(io::DateOrder::DayFirst)),
                                   QMessageBox::AcceptRole);
    auto* monthFirst = box.addButton(tr("Month first: %1").arg(reading(io::DateOrder::MonthFirst)),
                                     QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == dayFirst)
        return io::DateOrder::DayFirst;
    if (box.clickedButton() == monthFirst)
        return io::DateOrder::MonthFirst;
    return std::nullopt;
}

std::optional<io::DecimalMark> ImportPage::askDecimalMark(const QString& column,
                                                          const QString& example)
{
    if (m_askDecimalMark)
        return m_askDecimalMark(column, example);
    auto reading = [&example](io::DecimalMark mark) {
        const io::NumberValue v = io::parseNumber(example.toStdString(), mark);
        return v.value ? QLocale::c().toString(*v.value, 'g', 15) : QStringLiteral("?");
    };
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Decimal point or comma?"));
    box.setText(tr("The numbers in column “%1” can be read two ways, and no value in the file "
                   "decides. How is “%2” meant?")
                    .arg(column, example));
    box.setInformativeText(tr("ValueDesk never guesses: the wrong choice would silently turn "
                              "thousands into decimals."));
    auto* point = box.addButton(tr("Decimal point: %1").arg(reading(io::DecimalMark::Point)),
                                QMessageBox::AcceptRole);
    auto* comma = box.addButton(tr("Decimal comma: %1").arg(reading(io::DecimalMark::Comma)),
                                QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == point)
        return io::DecimalMark::Point;
    if (box.clickedButton() == comma)
        return io::DecimalMark::Comma;
    return std::nullopt;
}

bool ImportPage::startImport(bool dryRun)
{
    if (m_busy || !m_preview)
        return false;
    const auto missing = m_mappingModel->mapping().missingRequired();
    if (!missing.empty()) {
        fail(tr("No column feeds the required field %1.")
                 .arg(QString::fromStdString(missing.front())));
        return false;
    }
    if (kind() == io::ImportKind::Kano && m_study->text().trimmed().isEmpty()) {
        fail(tr("Name the Kano study these answers belong to."));
        return false;
    }
    // Ask before starting when the preview already shows the question.
    const QStringList ambiguous = m_mappingModel->ambiguousDateColumns();
    if (!ambiguous.isEmpty() &&
        m_dateOrder->currentData().toInt() == static_cast<int>(io::DateOrder::Unknown)) {
        const int row = m_mappingModel->rowOf(ambiguous.first());
        const QString example =
            m_mappingModel->index(row, ImportMappingModel::Example).data().toString();
        const auto order = askDateOrder(ambiguous.first(), example);
        if (!order)
            return false;
        setDateOrder(*order);
    }
    const QStringList decimals = m_mappingModel->ambiguousDecimalColumns();
    if (!decimals.isEmpty() &&
        m_decimal->currentData().toInt() == static_cast<int>(io::DecimalMark::Unknown)) {
        const int row = m_mappingModel->rowOf(decimals.first());
        const QString example =
            m_mappingModel->index(row, ImportMappingModel::Example).data().toString();
        const auto mark = askDecimalMark(decimals.first(), example);
        if (!mark)
            return false;
        setDecimalMark(*mark);
    }
    runImport(currentOptions(dryRun));
    return true;
}

void ImportPage::trackTask(const QString& title)
{
    m_cancelRequested = false;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&TaskMonitor::instance(), &TaskMonitor::started, this,
                          [this, connection](int id, const QString&) {
                              m_taskId = id;
                              QObject::disconnect(*connection);
                          });
    setBusy(true, title);
}

void ImportPage::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    if (busy) {
        m_progress->setValue(0);
        m_progress->setFormat(status + QStringLiteral(" — %p%"));
    }
    updateButtons();
}

void ImportPage::cancelImport()
{
    if (!m_busy || m_taskId == 0)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    TaskMonitor::instance().cancel(m_taskId);
}

void ImportPage::runImport(io::ImportOptions options)
{
    m_lastError.clear();
    const QString name = QFileInfo(m_file).fileName();
    const QString title =
        options.dryRun ? tr("Checking %1").arg(name) : tr("Importing %1").arg(name);
    m_summary->setText(title + QStringLiteral("…"));
    trackTask(title);
    runTask<Outcome>(
        this, session(), title,
        [options](Database& db, const ProgressCallback& progress) {
            Outcome o;
            try {
                o.result = io::importFile(db, options, progress);
            } catch (const io::ImportRejectedError& e) {
                o.result = e.result();
                o.rejected = true;
                o.message = QString::fromUtf8(e.what());
            } catch (const io::DateOrderNeededError& e) {
                o.needDateOrder = true;
                o.dateColumn = QString::fromStdString(e.columnName());
                o.dateExample = QString::fromStdString(e.example());
                o.message = QString::fromUtf8(e.what());
            } catch (const io::DecimalMarkNeededError& e) {
                o.needDecimalMark = true;
                o.decimalColumn = QString::fromStdString(e.columnName());
                o.decimalExample = QString::fromStdString(e.example());
                o.message = QString::fromUtf8(e.what());
            }
            return o;
        },
        [this, options](Outcome o) { showOutcome(std::move(o), options); },
        [this](const QString& error) {
            m_taskId = 0;
            setBusy(false);
            fail(tr("The import stopped: %1. Nothing was written.").arg(error));
        });
}

void ImportPage::showOutcome(Outcome o, const io::ImportOptions& options)
{
    setBusy(false);
    if (o.needDateOrder) {
        // The file only showed the question beyond the preview rows: ask, then run again.
        const auto order = askDateOrder(o.dateColumn, o.dateExample);
        if (!order) {
            m_summary->setText(
                tr("Stopped: the day/month order of “%1” is needed.").arg(o.dateColumn));
            return;
        }
        setDateOrder(*order);
        io::ImportOptions again = options;
        again.dateOrder = *order;
        if (again.mapping)
            again.mapping->dateOrder = *order;
        runImport(again);
        return;
    }
    if (o.needDecimalMark) {
        // Likewise for numbers such as 1,234 that no value of their column decides.
        const auto mark = askDecimalMark(o.decimalColumn, o.decimalExample);
        if (!mark) {
            m_summary->setText(
                tr("Stopped: the decimal mark of “%1” is needed.").arg(o.decimalColumn));
            return;
        }
        setDecimalMark(*mark);
        io::ImportOptions again = options;
        again.decimal = *mark;
        if (again.mapping)
            again.mapping->decimal = *mark;
        runImport(again);
        return;
    }
    if (!o.result)
        return;
    const io::ImportResult& r = *o.result;
    m_lastResult = r;
    m_lastRejected = o.rejected;
    m_issueModel->setIssues(m_file, r.issues);
    m_issueView->resizeColumnsToContents();
    const QString name = QFileInfo(m_file).fileName();
    QString text;
    if (o.rejected) {
        text = tr("Nothing was imported from %1: %2 of %3 rows are bad and the policy is all "
                  "or nothing. Fix them in the file, or choose “Skip bad rows”.")
                   .arg(name, count(r.rowsRejected), count(r.rowsRead));
    } else if (r.dryRun) {
        text = tr("Dry run of %1 — nothing was written: %2 rows read; %3 new, %4 updated, "
                  "%5 unchanged, %6 rejected.")
                   .arg(name, count(r.rowsRead), count(r.rowsNew), count(r.rowsUpdated),
                        count(r.rowsUnchanged), count(r.rowsRejected));
    } else {
        text = tr("Imported %1 (import #%2): %3 rows read; %4 new, %5 updated, %6 unchanged, "
                  "%7 rejected, in %8 s.")
                   .arg(name)
                   .arg(r.importId)
                   .arg(count(r.rowsRead), count(r.rowsNew), count(r.rowsUpdated),
                        count(r.rowsUnchanged), count(r.rowsRejected))
                   .arg(QLocale().toString(r.seconds, 'f', 2));
    }
    if (!r.unmappedColumns.empty()) {
        QStringList cols;
        for (const auto& c : r.unmappedColumns)
            cols << QString::fromStdString(c);
        text += QLatin1Char('\n') + tr("Ignored columns: %1.").arg(cols.join(QStringLiteral(", ")));
    }
    for (const auto& n : r.notes)
        text += QLatin1Char('\n') + QString::fromStdString(n);
    if (r.rowsRejected > static_cast<std::int64_t>(r.issues.size()))
        text +=
            QLatin1Char('\n') +
            tr("The table lists the first %1 problems.").arg(count(std::int64_t(r.issues.size())));
    m_summary->setText(text);
    if (!r.rejectsPath.empty()) {
        const QString path = QString::fromStdString(r.rejectsPath);
        m_rejects->setText(tr("Rejected rows, with a reason column: <a href=\"%1\">%2</a>")
                               .arg(QUrl::fromLocalFile(path).toString(),
                                    QDir::toNativeSeparators(path).toHtmlEscaped()));
        m_rejects->show();
    } else {
        m_rejects->hide();
    }
    if (r.committed && !r.dryRun) {
        session().showMessage(tr("Imported %1: %2 new, %3 updated.")
                                  .arg(name, count(r.rowsNew), count(r.rowsUpdated)));
        refreshLog();
        session().notifyDataChanged();
    }
}

// --- History --------------------------------------------------------------------------

void ImportPage::reload()
{
    refreshLog();
    refreshExportNames();
    updateButtons();
}

void ImportPage::refreshLog()
{
    if (!session().isOpen()) {
        m_logModel->setEntries({});
        return;
    }
    try {
        m_logModel->setEntries(io::listImports(session().db()));
        m_logView->resizeColumnsToContents();
    } catch (const std::exception& e) {
        session().showMessage(
            tr("The import history cannot be read: %1").arg(QString::fromUtf8(e.what())),
            MessageLevel::Error);
    }
    updateButtons();
}

void ImportPage::undoSelected()
{
    const auto rows = m_logView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const io::ImportLogEntry* e = m_logModel->entry(rows.first().row());
    if (!e)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Undo import"),
        tr("Undo import #%1 of %2? The %3 rows it added are deleted and the %4 rows it updated "
           "get their old values back.")
            .arg(e->id)
            .arg(QFileInfo(QString::fromStdString(e->file)).fileName(), count(e->rowsNew),
                 count(e->rowsUpdated)));
    if (answer == QMessageBox::Yes)
        undoImport(e->id);
}

void ImportPage::undoImport(qint64 importId)
{
    if (m_busy)
        return;
    m_lastError.clear();
    const QString title = tr("Undoing import #%1").arg(importId);
    trackTask(title);
    runTask<io::UndoResult>(
        this, session(), title,
        [importId](Database& db, const ProgressCallback& progress) {
            return io::undoImport(db, importId, progress);
        },
        [this, importId](io::UndoResult u) {
            setBusy(false);
            m_summary->setText(tr("Import #%1 undone: %2 rows deleted, %3 rows restored.")
                                   .arg(importId)
                                   .arg(count(u.rowsDeleted), count(u.rowsRestored)));
            session().showMessage(m_summary->text());
            refreshLog();
            session().notifyDataChanged();
        },
        [this](const QString& error) {
            m_taskId = 0;
            setBusy(false);
            fail(tr("Undo failed: %1").arg(error));
        });
}

// --- Export ---------------------------------------------------------------------------

void ImportPage::refreshExportNames()
{
    const auto what = static_cast<ExportWhat>(m_exportWhat->currentData().toInt());
    const bool query = what == ExportWhat::Query;
    m_exportForm->setRowVisible(m_exportName, !query);
    m_exportForm->setRowVisible(m_exportQuery, query);
    const QString previous = m_exportName->currentText();
    m_exportName->clear();
    if (!session().isOpen() || query)
        return;
    try {
        Database& db = session().db();
        QStringList names;
        if (what == ExportWhat::Table) {
            for (const auto& t : io::exportableTables(db))
                names << QString::fromStdString(t);
        } else {
            Statement st = db.prepare(what == ExportWhat::Segment
                                          ? "SELECT DISTINCT name FROM segments ORDER BY name"
                                          : "SELECT name FROM kano_studies ORDER BY name");
            while (st.step())
                names << QString::fromStdString(st.getText(0));
        }
        m_exportName->addItems(names);
        const int i = m_exportName->findText(previous);
        if (i >= 0)
            m_exportName->setCurrentIndex(i);
    } catch (const std::exception& e) {
        m_exportStatus->setText(QString::fromUtf8(e.what()));
    }
}

void ImportPage::exportDialog()
{
    if (m_busy || !session().isOpen())
        return;
    const bool json =
        m_exportFormat->currentData().toInt() == static_cast<int>(io::ExportFormat::Json);
    const auto what = static_cast<ExportWhat>(m_exportWhat->currentData().toInt());
    const QString base =
        what == ExportWhat::Query ? QStringLiteral("query") : m_exportName->currentText();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"),
                                     lastDir() + QLatin1Char('/') + base +
                                         (json ? QStringLiteral(".json") : QStringLiteral(".csv")),
                                     json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    rememberDir(path);
    exportTo(path);
}

void ImportPage::exportTo(const QString& path)
{
    if (m_busy)
        return;
    const auto what = static_cast<ExportWhat>(m_exportWhat->currentData().toInt());
    const std::string name = m_exportName->currentText().toStdString();
    const std::string sql = m_exportQuery->toPlainText().toStdString();
    io::ExportOptions opts;
    opts.format = static_cast<io::ExportFormat>(m_exportFormat->currentData().toInt());
    opts.bom = opts.format == io::ExportFormat::Csv && m_exportBom->isChecked();
    const std::string file = path.toStdString();
    m_lastExportRows = -1;
    m_lastError.clear();
    m_exportStatus->setText(tr("Exporting…"));
    const QString title = tr("Exporting to %1").arg(QFileInfo(path).fileName());
    trackTask(title);
    runTask<io::ExportResult>(
        this, session(), title,
        [what, name, sql, opts, file](Database& db, const ProgressCallback& progress) {
            return io::exportToFile(file, [&](std::ostream& out) {
                switch (what) {
                case ExportWhat::Table:
                    return io::exportTable(db, name, out, opts, progress);
                case ExportWhat::Segment:
                    return io::exportSegment(db, name, out, opts);
                case ExportWhat::KanoStudy:
                    return io::exportKanoStudy(db, name, out, opts);
                case ExportWhat::Query:
                    break;
                }
                return io::exportQuery(db, sql, out, opts);
            });
        },
        [this, path](io::ExportResult r) {
            setBusy(false);
            m_lastExportRows = r.rows;
            m_exportStatus->setText(tr("Wrote %1 rows and %2 columns to %3.")
                                        .arg(count(r.rows))
                                        .arg(r.columns.size())
                                        .arg(QDir::toNativeSeparators(path)));
        },
        [this](const QString& error) {
            m_taskId = 0;
            setBusy(false);
            m_lastError = error;
            m_exportStatus->setText(tr("The export failed: %1").arg(error));
            session().showMessage(tr("Export failed: %1").arg(error), MessageLevel::Error);
        });
}

} // namespace vd::gui
