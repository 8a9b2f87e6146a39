#include "SegmentCompareModel.h"

#include "SegmentFormat.h"
#include "SegmentListModel.h"

#include <QFont>
#include <limits>

namespace vd::gui {

SegmentCompareModel::SegmentCompareModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentCompareModel::setRows(std::vector<segment::ComparisonRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SegmentCompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SegmentCompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentCompareModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const auto& r = m_rows[static_cast<std::size_t>(index.row())];
    // compare() lists each segment's whole row first, then its sub-groups.
    const bool whole = index.row() == 0 ||
                       m_rows[static_cast<std::size_t>(index.row()) - 1].segmentId != r.segmentId;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Segment:
            return QString::fromStdString(r.segmentName);
        case SubGroup:
            return whole ? tr("(all)") : SegmentListModel::labelName(r.label);
        case Customers:
            return segfmt::count(r.customers);
        case Revenue:
            return segfmt::money(r.revenue);
        case RevenueShare:
            return segfmt::share(r.revenueShare);
        case AverageClv:
            return segfmt::number(r.averageClv, 2);
        case Nps:
            return segfmt::number(r.nps, 1);
        case ChurnRisk:
            return segfmt::share(r.churnRiskShare);
        default:
            return {};
        }
    case ValueRole:
        switch (index.column()) {
        case Segment:
            return QString::fromStdString(r.segmentName);
        case SubGroup:
            return QString::fromStdString(r.label);
        case Customers:
            return static_cast<double>(r.customers);
        case Revenue:
            return r.revenue;
        case RevenueShare:
            return r.revenueShare.value_or(nan);
        case AverageClv:
            return r.averageClv.value_or(nan);
        case Nps:
            return r.nps.value_or(nan);
        case ChurnRisk:
            return r.churnRiskShare.value_or(nan);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AverageClv:
            return tr("Over %1 members with a CLV prediction").arg(segfmt::count(r.withPrediction));
        case Nps:
            return tr("From %1 members' latest answers").arg(segfmt::count(r.npsAnswers));
        default:
            return {};
        }
    case Qt::FontRole:
        if (whole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() <= SubGroup ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                          : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SegmentCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RevenueShare:
            return tr("Share of the whole base's net revenue (all time)");
        case AverageClv:
            return tr("Mean CLV of the members with a prediction in the newest CLV run");
        case Nps:
            return tr("Net Promoter Score over the members' latest 0–10 answers: % promoters "
                      "(9–10) − % detractors (0–6)");
        case ChurnRisk:
            return tr("Members with P(alive) below 0.5, of those with a prediction");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Segment:
        return tr("Segment");
    case SubGroup:
        return tr("Sub-group");
    case Customers:
        return tr("Customers");
    case Revenue:
        return tr("Revenue");
    case RevenueShare:
        return tr("Revenue share");
    case AverageClv:
        return tr("Average CLV");
    case Nps:
        return tr("NPS");
    case ChurnRisk:
        return tr("Churn risk");
    default:
        return {};
    }
}

} // namespace vd::gui
