#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <vector>

#include "valuedesk/loyalty/Metrics.h"

namespace vd::gui {

// One breakdown table of the dashboard (by channel, touchpoint or segment): responses, NPS
// with its interval, CSAT top-2-box and CES mean per group. Empty cells mean "nobody answered
// that item", never zero.
class DashboardBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Responses, Nps, NpsInterval, CsatTop2, CesMean, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    DashboardBreakdownModel(QString groupTitle, QObject* parent = nullptr);
    void setRows(std::vector<loyalty::ScoreMetrics> rows);
    const std::vector<loyalty::ScoreMetrics>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_groupTitle;
    std::vector<loyalty::ScoreMetrics> m_rows;
};

} // namespace vd::gui
