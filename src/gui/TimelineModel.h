#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "valuedesk/storage/Customer.h"

namespace vd::gui {

// One customer's orders, interactions and survey responses in one time-ordered grid: the
// "contact timeline" of the customer 360 page.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Kind, Channel, Touchpoint, Details, Amount, Scores, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(std::vector<TimelineEvent> events);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TimelineEvent> m_events;
};

} // namespace vd::gui
