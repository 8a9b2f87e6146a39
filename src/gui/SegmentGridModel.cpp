#include "SegmentGridModel.h"

#include "SegmentFormat.h"

#include <QBrush>
#include <QFont>

namespace vd::gui {

SegmentGridModel::SegmentGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentGridModel::setGrid(segment::RfmGrid grid)
{
    m_grid = std::move(grid);
    emit dataChanged(index(0, 0), index(4, 4));
}

int SegmentGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 5;
}

int SegmentGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 5;
}

std::vector<int> SegmentGridModel::owners(int r, int f) const
{
    std::vector<int> out;
    const auto& segments = m_grid.segments();
    for (std::size_t s = 0; s < segments.size(); ++s)
        for (const auto& c : segments[s].cells)
            if (c.r == r && c.f == f) {
                out.push_back(static_cast<int>(s));
                break;
            }
    return out;
}

QVariant SegmentGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= 5 || index.column() < 0 ||
        index.column() >= 5)
        return {};
    const int r = rScore(index), f = fScore(index);
    const std::vector<int> own = owners(r, f);
    const auto name = [this](int s) {
        return QString::fromStdString(m_grid.segments()[static_cast<std::size_t>(s)].name);
    };
    switch (role) {
    case Qt::DisplayRole:
        if (own.empty())
            return tr("(gap)");
        if (own.size() > 1)
            return name(own[0]) + QStringLiteral(" / ") + name(own[1]);
        return name(own[0]);
    case Qt::ToolTipRole:
        if (own.empty())
            return tr("R %1, F %2: in no segment — assign it before saving").arg(r).arg(f);
        if (own.size() > 1)
            return tr("R %1, F %2: in %3 and %4 — a cell belongs to one segment")
                .arg(r)
                .arg(f)
                .arg(name(own[0]), name(own[1]));
        return tr("R %1, F %2: %3").arg(r).arg(f).arg(name(own[0]));
    case Qt::BackgroundRole:
        if (own.size() != 1)
            return QBrush(QColor(0xf4, 0xc7, 0xc3), Qt::Dense4Pattern);
        return QBrush(segfmt::lightColor(own[0]));
    case Qt::ForegroundRole:
        if (own.size() != 1)
            return QBrush(QColor(0xa0, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (own.size() != 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case SegmentRole:
        return own.empty() ? -1 : own[0];
    case OwnersRole:
        return static_cast<int>(own.size());
    default:
        return {};
    }
}

QVariant SegmentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= 5)
        return {};
    if (role == Qt::DisplayRole)
        return orientation == Qt::Horizontal ? tr("F %1").arg(section + 1)
                                             : tr("R %1").arg(5 - section);
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Horizontal
                   ? tr("Frequency score %1 (5 = most purchases)").arg(section + 1)
                   : tr("Recency score %1 (5 = bought most recently)").arg(5 - section);
    return {};
}

} // namespace vd::gui
