#pragma once

#include "valuedesk/segment/SegmentStore.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// The comparison table of saved segments: customers, revenue and revenue share, average CLV
// (over members with a prediction), NPS (over members' latest answers) and the churn-risk
// share per segment, and per sub-group when asked.
class SegmentCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Segment,
        SubGroup,
        Customers,
        Revenue,
        RevenueShare,
        AverageClv,
        Nps,
        ChurnRisk,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SegmentCompareModel(QObject* parent = nullptr);

    void setRows(std::vector<segment::ComparisonRow> rows);
    const std::vector<segment::ComparisonRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<segment::ComparisonRow> m_rows;
};

} // namespace vd::gui
