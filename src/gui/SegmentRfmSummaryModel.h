#pragma once

#include "valuedesk/segment/Rfm.h"

#include <QAbstractTableModel>
#include <memory>

namespace vd::gui {

// The RFM segment summary: per named segment of the grid its customers and their share,
// revenue and revenue share, and the median raw recency, frequency and monetary value —
// what an analyst reads to name and act on a segment. Shares the result with the tab (no
// copy of 10^6 customers).
class SegmentRfmSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Segment,
        Customers,
        CustomerShare,
        Revenue,
        RevenueShare,
        MedianRecency,
        MedianFrequency,
        MedianMonetary,
        ColumnCount
    };
    // The raw number behind a cell (NaN when missing), for sorting and tests.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SegmentRfmSummaryModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const segment::RfmResult> result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const segment::RfmResult> m_result;
};

} // namespace vd::gui
