#pragma once

#include "valuedesk/segment/SegmentStore.h"

#include <QAbstractTableModel>
#include <optional>

namespace vd::gui {

// The migration matrix between two saved snapshots: rows are the sub-groups of the earlier
// one, columns those of the later one, each cell the customers who moved from the row's
// group to the column's; the last column counts who is only in the first snapshot and the
// last row who is only in the second. The diagonal (same label) is highlighted.
class SegmentMigrationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Column 0 is the "from" label; then one column per "to" label, then "not in to".
    enum Column { FromLabel, FirstTo };
    static constexpr int ValueRole = Qt::UserRole + 1; // the count, -1 for the label column

    explicit SegmentMigrationModel(QObject* parent = nullptr);

    void setMatrix(std::optional<segment::MigrationMatrix> matrix);
    const std::optional<segment::MigrationMatrix>& matrix() const { return m_matrix; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<std::int64_t> count(int row, int column) const;

    std::optional<segment::MigrationMatrix> m_matrix;
};

} // namespace vd::gui
