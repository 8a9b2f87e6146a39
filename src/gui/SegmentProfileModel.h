#pragma once

#include "valuedesk/segment/Features.h"

#include <QAbstractTableModel>
#include <string>
#include <vector>

namespace vd::gui {

// Cluster profiles: each k-means cluster's size and share and the mean of every chosen
// feature in its original units (days, purchases, currency, ...), so a cluster can be named
// ("recent big spenders"). The cluster column carries the scatter's colour.
class SegmentProfileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Fixed columns; one more per feature from FirstFeature on.
    enum Column { Cluster, Customers, Share, FirstFeature };
    static constexpr int ValueRole = Qt::UserRole + 1; // raw number, NaN when missing

    explicit SegmentProfileModel(QObject* parent = nullptr);

    void setProfiles(std::vector<segment::ClusterProfile> profiles,
                     std::vector<std::string> featureNames);
    const std::vector<segment::ClusterProfile>& profiles() const { return m_profiles; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<segment::ClusterProfile> m_profiles;
    std::vector<std::string> m_features;
};

} // namespace vd::gui
