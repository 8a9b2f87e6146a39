#include "SegmentMigrationModel.h"

#include "SegmentFormat.h"
#include "SegmentListModel.h"

#include <QBrush>
#include <QColor>

namespace vd::gui {

SegmentMigrationModel::SegmentMigrationModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentMigrationModel::setMatrix(std::optional<segment::MigrationMatrix> matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

int SegmentMigrationModel::rowCount(const QModelIndex& parent) const
{
    // One row per "from" label and the newcomers' row.
    return parent.isValid() || !m_matrix ? 0 : static_cast<int>(m_matrix->labelsFrom.size()) + 1;
}

int SegmentMigrationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_matrix
               ? 0
               : FirstTo + static_cast<int>(m_matrix->labelsTo.size()) + 1;
}

std::optional<std::int64_t> SegmentMigrationModel::count(int row, int column) const
{
    const auto nFrom = static_cast<int>(m_matrix->labelsFrom.size());
    const auto nTo = static_cast<int>(m_matrix->labelsTo.size());
    const int j = column - FirstTo;
    if (row < nFrom) {
        if (j < nTo)
            return m_matrix->counts[static_cast<std::size_t>(row)][static_cast<std::size_t>(j)];
        return m_matrix->onlyInFrom[static_cast<std::size_t>(row)];
    }
    if (j < nTo)
        return m_matrix->onlyInTo[static_cast<std::size_t>(j)];
    return std::nullopt; // neither: not a cell
}

QVariant SegmentMigrationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= columnCount())
        return {};
    const auto nFrom = static_cast<int>(m_matrix->labelsFrom.size());
    if (index.column() == FromLabel) {
        if (role == Qt::DisplayRole)
            return index.row() < nFrom
                       ? SegmentListModel::labelName(
                             m_matrix->labelsFrom[static_cast<std::size_t>(index.row())])
                       : tr("(not in %1)").arg(QString::fromStdString(m_matrix->from.name));
        if (role == ValueRole)
            return -1;
        return {};
    }
    const std::optional<std::int64_t> n = count(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return n ? segfmt::count(*n) : QString();
    case ValueRole:
        return n ? QVariant(static_cast<qlonglong>(*n)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const int j = index.column() - FirstTo;
        if (index.row() < nFrom && j < static_cast<int>(m_matrix->labelsTo.size()) &&
            m_matrix->labelsFrom[static_cast<std::size_t>(index.row())] ==
                m_matrix->labelsTo[static_cast<std::size_t>(j)])
            return QBrush(QColor(0xdc, 0xe9, 0xf5));
        return {};
    }
    default:
        return {};
    }
}

QVariant SegmentMigrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_matrix || role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == FromLabel)
        return tr("%1 → %2").arg(QString::fromStdString(m_matrix->from.name),
                                 QString::fromStdString(m_matrix->to.name));
    const int j = section - FirstTo;
    if (j >= 0 && j < static_cast<int>(m_matrix->labelsTo.size()))
        return SegmentListModel::labelName(m_matrix->labelsTo[static_cast<std::size_t>(j)]);
    if (j == static_cast<int>(m_matrix->labelsTo.size()))
        return tr("(not in %1)").arg(QString::fromStdString(m_matrix->to.name));
    return {};
}

} // namespace vd::gui
