#include "SegmentRfmSummaryModel.h"

#include "SegmentFormat.h"

#include <QColor>
#include <cmath>
#include <limits>

namespace vd::gui {

SegmentRfmSummaryModel::SegmentRfmSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentRfmSummaryModel::setResult(std::shared_ptr<const segment::RfmResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int SegmentRfmSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->segments.size());
}

int SegmentRfmSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentRfmSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const auto& s = m_result->segments[static_cast<std::size_t>(index.row())];
    const auto scored = static_cast<double>(m_result->customers.size());
    const std::optional<double> customerShare =
        scored > 0 ? std::optional<double>(static_cast<double>(s.customers) / scored)
                   : std::nullopt;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto raw = [&](int column) -> double {
        switch (column) {
        case Customers:
            return static_cast<double>(s.customers);
        case CustomerShare:
            return customerShare.value_or(nan);
        case Revenue:
            return s.revenue;
        case RevenueShare:
            return s.revenueShare.value_or(nan);
        case MedianRecency:
            return s.medianRecencyDays.value_or(nan);
        case MedianFrequency:
            return s.medianFrequency.value_or(nan);
        case MedianMonetary:
            return s.medianMonetary.value_or(nan);
        default:
            return nan;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Segment:
            return QString::fromStdString(s.name);
        case Customers:
            return segfmt::count(s.customers);
        case CustomerShare:
            return segfmt::share(customerShare);
        case Revenue:
            return segfmt::money(s.revenue);
        case RevenueShare:
            return segfmt::share(s.revenueShare);
        case MedianRecency:
            return segfmt::number(s.medianRecencyDays, 1);
        case MedianFrequency:
            return segfmt::number(s.medianFrequency, 1);
        case MedianMonetary:
            return segfmt::number(s.medianMonetary, 2);
        default:
            return {};
        }
    case ValueRole:
        if (index.column() == Segment)
            return QString::fromStdString(s.name);
        return raw(index.column());
    case Qt::DecorationRole:
        if (index.column() == Segment)
            return segfmt::color(index.row());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Segment ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                         : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SegmentRfmSummaryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Segment:
            return tr("Segment");
        case Customers:
            return tr("Customers");
        case CustomerShare:
            return tr("Share");
        case Revenue:
            return tr("Revenue");
        case RevenueShare:
            return tr("Revenue share");
        case MedianRecency:
            return tr("Median R (days)");
        case MedianFrequency:
            return tr("Median F (orders)");
        case MedianMonetary:
            return tr("Median M");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CustomerShare:
            return tr("Share of the scored customers (those who bought up to the reference date)");
        case RevenueShare:
            return tr("Share of the scored customers' net revenue");
        case MedianRecency:
            return tr("Median days from the last purchase to the reference date");
        case MedianFrequency:
            return tr("Median number of purchases up to the reference date");
        case MedianMonetary:
            return tr("Median net revenue per customer (workspace currency)");
        default:
            return {};
        }
    }
    return {};
}

} // namespace vd::gui
