#pragma once

#include "SegmentTab.h"
#include "valuedesk/segment/Rfm.h"

#include <QStringList>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QUndoStack;

namespace vd::gui {

class SegmentGridModel;
class SegmentHeatmap;
class SegmentRfmSummaryModel;

// The RFM tab: R, F, M quintile scores at a reference date (default: the newest
// transaction), the editable R x F grid that names the segments, the heat map of customers
// or revenue per cell and the segment summary. Every grid edit is an undoable command
// (Ctrl+Z / Ctrl+Shift+Z); a grid with gaps or overlaps is shown with its problems named
// and is refused by Save grid and by Compute. With a valid grid the summary follows each
// edit at once (the scores do not change, only which segment a cell belongs to).
class SegmentRfmTab : public SegmentTab
{
    Q_OBJECT
public:
    explicit SegmentRfmTab(WorkspaceSession& session, QWidget* parent = nullptr);

    // Scores in the background with the date and the grid shown (Ctrl+R); false (and the
    // problems shown) when the grid is invalid.
    bool compute();
    bool isBusy() const override { return m_running > 0; }

    // Grid edits; each pushes one command on the undo stack.
    void assignCells(const std::vector<segment::RfmCell>& cells, int segment);
    void clearCells(const std::vector<segment::RfmCell>& cells);
    void addSegment(const QString& name, const std::vector<segment::RfmCell>& cells);
    void renameSegment(int segment, const QString& name);
    void removeSegment(int segment);
    void resetGrid();
    std::vector<segment::RfmCell> selectedCells() const;

    // Stores the grid in the workspace; refuses (false) and names the problems when the grid
    // has gaps or overlaps.
    bool saveGrid();
    QStringList problems() const;

    // Saves the members labelled with their RFM segment in the background.
    bool saveAsSegment(const QString& name);
    bool saveAsSegmentDialog() override;

    // For tests and the screenshot mode.
    std::shared_ptr<const segment::RfmResult> result() const { return m_result; }
    const segment::RfmGrid& grid() const;
    QUndoStack* undoStack() const { return m_undo; }
    SegmentGridModel* gridModel() const { return m_gridModel; }
    QTableView* gridView() const { return m_gridView; }
    SegmentRfmSummaryModel* summaryModel() const { return m_summary; }
    SegmentHeatmap* heatmap() const { return m_heatmap; }
    QComboBox* measureBox() const { return m_measure; }
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* newestCheck() const { return m_newest; }
    QLabel* problemsLabel() const { return m_problems; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* saveGridButton() const { return m_saveGrid; }
    QListWidget* segmentList() const { return m_segments; }

protected:
    void refresh() override;

private:
    void pushGrid(const segment::RfmGrid& grid, const QString& text);
    void applyGridState(const std::string& json);
    void gridChanged();
    void updateSegmentList();
    void showResult(std::shared_ptr<const segment::RfmResult> result);
    void relabel();
    void newSegmentDialog();
    void renameDialog();

    QDateEdit* m_date;
    QCheckBox* m_newest;
    QPushButton* m_compute;
    QLabel* m_status;
    QTableView* m_gridView;
    SegmentGridModel* m_gridModel;
    QListWidget* m_segments;
    QLabel* m_problems;
    QPushButton* m_saveGrid;
    QComboBox* m_measure;
    SegmentHeatmap* m_heatmap;
    QTableView* m_summaryView;
    SegmentRfmSummaryModel* m_summary;
    QUndoStack* m_undo;

    std::shared_ptr<const segment::RfmResult> m_result;
    QString m_gridLoadedFor; // workspace whose stored grid the editor started from
    int m_running = 0;
    int m_generation = 0;
};

} // namespace vd::gui
