#include "SegmentTierModel.h"

#include "SegmentFormat.h"

#include <QColor>
#include <limits>

namespace vd::gui {

SegmentTierModel::SegmentTierModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentTierModel::setResult(std::optional<segment::TierResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

QString SegmentTierModel::tierName(segment::Tier tier)
{
    switch (tier) {
    case segment::Tier::HighValue:
        return tr("High value");
    case segment::Tier::Potential:
        return tr("Potential");
    case segment::Tier::ChurnRisk:
        return tr("Churn risk");
    case segment::Tier::Other:
        return tr("Other");
    }
    return {};
}

QColor SegmentTierModel::tierColor(segment::Tier tier)
{
    switch (tier) {
    case segment::Tier::HighValue:
        return QColor(0x2e, 0x7d, 0x5b);
    case segment::Tier::Potential:
        return QColor(0x1f, 0x77, 0xb4);
    case segment::Tier::ChurnRisk:
        return QColor(0xc0, 0x39, 0x2b);
    case segment::Tier::Other:
        return QColor(0x8a, 0x8d, 0x91);
    }
    return {};
}

int SegmentTierModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->tiers.size());
}

int SegmentTierModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTierModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const auto& t = m_result->tiers[static_cast<std::size_t>(index.row())];
    const auto total = static_cast<double>(m_result->members.size());
    const std::optional<double> share =
        total > 0 ? std::optional<double>(static_cast<double>(t.customers) / total) : std::nullopt;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Tier:
            return tierName(t.tier);
        case Customers:
            return segfmt::count(t.customers);
        case CustomerShare:
            return segfmt::share(share);
        case Clv:
            return segfmt::money(t.clv);
        case ClvShare:
            return segfmt::share(t.clvShare);
        case MeanPAlive:
            return segfmt::number(t.meanPAlive, 3);
        default:
            return {};
        }
    case ValueRole:
        switch (index.column()) {
        case Tier:
            return QString::fromLatin1(segment::tierLabel(t.tier));
        case Customers:
            return static_cast<double>(t.customers);
        case CustomerShare:
            return share.value_or(nan);
        case Clv:
            return t.clv;
        case ClvShare:
            return t.clvShare.value_or(nan);
        case MeanPAlive:
            return t.meanPAlive.value_or(nan);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Tier)
            return tierColor(t.tier);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Tier ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SegmentTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tier:
        return tr("Tier");
    case Customers:
        return tr("Customers");
    case CustomerShare:
        return tr("Share");
    case Clv:
        return tr("CLV");
    case ClvShare:
        return tr("CLV share");
    case MeanPAlive:
        return tr("Mean P(alive)");
    default:
        return {};
    }
}

} // namespace vd::gui
