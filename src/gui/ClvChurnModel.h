#pragma once

#include "ClvResults.h"

#include <QAbstractTableModel>

namespace vd::gui {

// The churn early-warning list: customers whose P(alive) is below the threshold, in the order
// the core ranked them (highest value at risk first), so the team calls the most valuable
// leavers first.
class ClvChurnModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Customer,
        Name,
        PAlive,
        Clv,
        ValueAtRisk,
        ExpectedPurchases,
        ColumnCount
    };
    static constexpr int CustomerIdRole = Qt::UserRole + 1;
    static constexpr int ValueRole = Qt::UserRole + 2; // unformatted number

    explicit ClvChurnModel(QObject* parent = nullptr);

    void setList(ClvChurnList list);
    const ClvChurnList& list() const { return m_list; }
    qint64 customerId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ClvChurnList m_list;
};

} // namespace vd::gui
