#pragma once

#include "valuedesk/segment/RfmGrid.h"

#include <QAbstractTableModel>

namespace vd::gui {

// The editable R x F map of the RFM tab as a 5 x 5 table: rows are R = 5 (most recent, on top)
// down to R = 1, columns F = 1 .. 5. Each cell shows the segment that owns it on that
// segment's colour; a gap shows a warning and an overlap names both owners. The model only
// displays: edits go through the tab's undo stack, which calls setGrid().
class SegmentGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Index of the owning segment (-1 for a gap) for tests and colours.
    static constexpr int SegmentRole = Qt::UserRole + 1;
    // Number of segments owning the cell (0 gap, 1 fine, 2+ overlap).
    static constexpr int OwnersRole = Qt::UserRole + 2;

    explicit SegmentGridModel(QObject* parent = nullptr);

    void setGrid(segment::RfmGrid grid);
    const segment::RfmGrid& grid() const { return m_grid; }

    // Cell <-> index: row 0 is R = 5, column 0 is F = 1.
    static int rScore(const QModelIndex& index) { return 5 - index.row(); }
    static int fScore(const QModelIndex& index) { return index.column() + 1; }
    QModelIndex cellIndex(int r, int f) const { return index(5 - r, f - 1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<int> owners(int r, int f) const;

    segment::RfmGrid m_grid;
};

} // namespace vd::gui
