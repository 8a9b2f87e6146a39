#pragma once

#include "valuedesk/clv/ClvStore.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace vd::gui {

// Per-customer predictions of the current CLV run, one page (the first rows of an SQL-sorted
// query, so a base of 10^6 customers never sits in the table). Clicking a sortable header asks
// the page to re-query in that order (sortRequested) instead of sorting the page locally,
// which would only reorder the rows already shown.
class ClvPredictionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Customer,
        Name,
        Frequency,
        Recency,
        Age,
        PAlive,
        ExpectedPurchases,
        ExpectedSpend,
        Clv,
        ValueAtRisk,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ClvPredictionModel(QObject* parent = nullptr);

    void setRows(std::vector<clv::StoredPrediction> rows, std::int64_t total);
    const std::vector<clv::StoredPrediction>& rows() const { return m_rows; }
    std::int64_t total() const { return m_total; }
    qint64 customerId(int row) const;
    // The SQL order of a column, none for columns the store cannot sort by.
    static std::optional<clv::PredictionSort> sortFor(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void sortRequested(vd::clv::PredictionSort sort, bool ascending);

private:
    std::vector<clv::StoredPrediction> m_rows;
    std::int64_t m_total = 0;
};

} // namespace vd::gui
