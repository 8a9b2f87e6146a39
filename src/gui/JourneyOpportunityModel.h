#pragma once

#include "valuedesk/journey/JourneyModel.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// The improvement opportunities of one touchpoint as an editable grid (text, owner, priority
// 1..3, solved). The model never changes the map itself: an edit emits the whole new list,
// the detail panel turns it into one undo step, and the editor's change resets the model.
class JourneyOpportunityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Text, Owner, Priority, Solved, ColumnCount };

    explicit JourneyOpportunityModel(QObject* parent = nullptr);

    void setOpportunities(std::vector<journey::Opportunity> opportunities);
    const std::vector<journey::Opportunity>& opportunities() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString priorityText(int priority);

signals:
    void edited(std::vector<vd::journey::Opportunity> opportunities);

private:
    std::vector<journey::Opportunity> m_rows;
};

} // namespace vd::gui
