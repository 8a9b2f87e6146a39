#include "SegmentProfileModel.h"

#include "SegmentFormat.h"

#include <QColor>
#include <cmath>
#include <limits>

namespace vd::gui {

namespace {
// "log_recency" is clustered on ln(1 + days) but profiled in days: the plain feature's label.
std::string originalLabel(const segment::FeatureInfo& info)
{
    if (info.name.rfind("log_", 0) == 0) {
        const std::string plain = info.name.substr(4);
        for (const std::string& candidate : {plain, plain + "_days"})
            if (const segment::FeatureInfo* f = segment::findFeature(candidate))
                return f->label;
    }
    return info.label;
}
} // namespace

SegmentProfileModel::SegmentProfileModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentProfileModel::setProfiles(std::vector<segment::ClusterProfile> profiles,
                                      std::vector<std::string> featureNames)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    m_features = std::move(featureNames);
    endResetModel();
}

int SegmentProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

int SegmentProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFeature + static_cast<int>(m_features.size());
}

QVariant SegmentProfileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= columnCount())
        return {};
    const auto& p = m_profiles[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    std::optional<double> mean;
    if (col >= FirstFeature) {
        const auto j = static_cast<std::size_t>(col - FirstFeature);
        if (j < p.meanOriginal.size())
            mean = p.meanOriginal[j];
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Cluster:
            return tr("Cluster %1").arg(p.cluster + 1);
        case Customers:
            return segfmt::count(p.size);
        case Share:
            return segfmt::share(p.share);
        default:
            return segfmt::number(mean, 2);
        }
    case ValueRole:
        switch (col) {
        case Cluster:
            return p.cluster + 1;
        case Customers:
            return static_cast<double>(p.size);
        case Share:
            return p.share;
        default:
            return mean.value_or(std::numeric_limits<double>::quiet_NaN());
        }
    case Qt::DecorationRole:
        if (col == Cluster)
            return segfmt::color(p.cluster);
        return {};
    case Qt::ToolTipRole:
        if (col >= FirstFeature && !mean)
            return tr("No member of this cluster has an observed value (all imputed)");
        return {};
    case Qt::TextAlignmentRole:
        return col == Cluster ? int(Qt::AlignLeft | Qt::AlignVCenter)
                              : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SegmentProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const segment::FeatureInfo* info =
        section >= FirstFeature
            ? segment::findFeature(m_features[static_cast<std::size_t>(section - FirstFeature)])
            : nullptr;
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Cluster:
            return tr("Cluster");
        case Customers:
            return tr("Customers");
        case Share:
            return tr("Share");
        default:
            if (!info)
                return {};
            // The mean is of the original quantity (log features too).
            return tr("Mean %1 (%2)")
                .arg(QString::fromStdString(originalLabel(*info)),
                     QString::fromStdString(info->unit));
        }
    }
    if (role == Qt::ToolTipRole && info)
        return QString::fromStdString(info->description);
    return {};
}

} // namespace vd::gui
