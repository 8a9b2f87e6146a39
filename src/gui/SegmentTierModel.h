#pragma once

#include "valuedesk/segment/Tiers.h"

#include <QAbstractTableModel>
#include <optional>

namespace vd::gui {

// The value tiers of the seeds (high value, potential, churn risk, other): customers, their
// share, summed CLV, CLV share and mean P(alive) per tier, from the newest CLV run.
class SegmentTierModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Tier, Customers, CustomerShare, Clv, ClvShare, MeanPAlive, ColumnCount };
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SegmentTierModel(QObject* parent = nullptr);

    void setResult(std::optional<segment::TierResult> result);
    const std::optional<segment::TierResult>& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString tierName(segment::Tier tier);
    // Green for high value, blue for potential, red for churn risk, grey for the rest.
    static QColor tierColor(segment::Tier tier);

private:
    std::optional<segment::TierResult> m_result;
};

} // namespace vd::gui
