#pragma once

#include "SegmentTab.h"

#include <QList>
#include <cstdint>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace vd::gui {

class SegmentCompareModel;
class SegmentListModel;
class SegmentMemberModel;
class SegmentMigrationModel;

// The saved segments tab: every snapshot with its kind, time and size; the members of the
// chosen one (or one sub-group), paged from the database, where Enter or a double-click
// opens the customer's 360° page and Export members… writes them with every customer column
// to CSV or JSON; the comparison table of the selected segments (size, revenue, average CLV,
// NPS, churn risk); the migration matrix between two snapshots; rename, delete, and
// re-evaluating a saved rule.
class SegmentSavedTab : public SegmentTab
{
    Q_OBJECT
public:
    explicit SegmentSavedTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void reloadList();
    // Shows the members of `segmentId` (of one sub-group when `label` is given).
    bool selectSegment(std::int64_t segmentId);
    void setLabelFilter(const QString& label);
    bool compare(const QList<std::int64_t>& ids, bool bySubgroup);
    bool showMigration(std::int64_t from, std::int64_t to);
    // Writes the chosen segment's members (every customer column and the sub-group) in the
    // background; CSV or JSON by the file's extension.
    bool exportMembers(const QString& path);
    bool renameSegment(std::int64_t segmentId, const QString& name);
    bool deleteSegment(std::int64_t segmentId);
    // Opens the customer of member row `row` on the 360° page.
    void openMember(int row);
    bool isBusy() const override { return m_running > 0; }

    std::int64_t currentSegmentId() const;
    QList<std::int64_t> selectedIds() const;

    // For tests and the screenshot mode.
    SegmentListModel* listModel() const { return m_list; }
    QTableView* listView() const { return m_listView; }
    SegmentMemberModel* memberModel() const { return m_members; }
    QTableView* memberView() const { return m_memberView; }
    SegmentCompareModel* compareModel() const { return m_compare; }
    SegmentMigrationModel* migrationModel() const { return m_migration; }
    QComboBox* labelBox() const { return m_label; }
    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QTabWidget* detailTabs() const { return m_details; }
    QLabel* memberStatus() const { return m_memberStatus; }
    QString lastExport() const { return m_lastExport; }
    std::int64_t lastExportRows() const { return m_lastExportRows; }

signals:
    // The user asked to re-evaluate saved rule segment `segmentId` (the Rules tab does it).
    void reevaluateRequested(std::int64_t segmentId);

protected:
    void refresh() override;

private:
    void updateButtons();
    void fillMigrationBoxes();
    void exportDialog();
    void renameDialog();
    void deleteDialog();

    QTableView* m_listView;
    SegmentListModel* m_list;
    QCheckBox* m_bySubgroup;
    QPushButton* m_compareButton;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QPushButton* m_reevaluate;
    QTabWidget* m_details;
    QComboBox* m_label;
    QLabel* m_memberStatus;
    QTableView* m_memberView;
    SegmentMemberModel* m_members;
    QPushButton* m_export;
    QTableView* m_compareView;
    SegmentCompareModel* m_compare;
    QLabel* m_compareStatus;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_migrationStatus;
    QTableView* m_migrationView;
    SegmentMigrationModel* m_migration;

    QString m_lastExport;
    std::int64_t m_lastExportRows = -1;
    int m_running = 0;
    int m_compareGeneration = 0;
    int m_migrationGeneration = 0;
};

} // namespace vd::gui
