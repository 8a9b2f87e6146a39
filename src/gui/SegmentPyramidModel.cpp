#include "SegmentPyramidModel.h"

#include "SegmentFormat.h"

#include <QColor>
#include <limits>

namespace vd::gui {

SegmentPyramidModel::SegmentPyramidModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentPyramidModel::setResult(std::optional<segment::PyramidResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

QString SegmentPyramidModel::levelName(int level)
{
    switch (level) {
    case 0:
        return tr("Platinum");
    case 1:
        return tr("Gold");
    case 2:
        return tr("Iron");
    case 3:
        return tr("Lead");
    default:
        return {};
    }
}

QColor SegmentPyramidModel::levelColor(int level)
{
    switch (level) {
    case 0:
        return QColor(0x6f, 0x86, 0xa6);
    case 1:
        return QColor(0xd4, 0xa0, 0x17);
    case 2:
        return QColor(0x8a, 0x8d, 0x91);
    default:
        return QColor(0x4b, 0x4f, 0x54);
    }
}

int SegmentPyramidModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->levels.size());
}

int SegmentPyramidModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentPyramidModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const auto& l = m_result->levels[static_cast<std::size_t>(index.row())];
    const auto ranked = static_cast<double>(m_result->members.size());
    const std::optional<double> share =
        ranked > 0 ? std::optional<double>(static_cast<double>(l.customers) / ranked)
                   : std::nullopt;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Level:
            return levelName(index.row());
        case Customers:
            return segfmt::count(l.customers);
        case CustomerShare:
            return segfmt::share(share);
        case Value:
            return segfmt::money(l.value);
        case ValueShare:
            return segfmt::share(l.valueShare);
        case MinValue:
            return segfmt::number(l.minValue, 2);
        case MaxValue:
            return segfmt::number(l.maxValue, 2);
        default:
            return {};
        }
    case ValueRole:
        switch (index.column()) {
        case Level:
            return QString::fromStdString(l.label);
        case Customers:
            return static_cast<double>(l.customers);
        case CustomerShare:
            return share.value_or(nan);
        case Value:
            return l.value;
        case ValueShare:
            return l.valueShare.value_or(nan);
        case MinValue:
            return l.minValue.value_or(nan);
        case MaxValue:
            return l.maxValue.value_or(nan);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Level)
            return levelColor(index.row());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Level ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                       : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SegmentPyramidModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level:
        return tr("Level");
    case Customers:
        return tr("Customers");
    case CustomerShare:
        return tr("Share");
    case Value:
        return tr("Value");
    case ValueShare:
        return tr("Value share");
    case MinValue:
        return tr("Lowest");
    case MaxValue:
        return tr("Highest");
    default:
        return {};
    }
}

} // namespace vd::gui
