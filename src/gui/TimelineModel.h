#pragma once

#include "valuedesk/storage/Customer.h"
#include "valuedesk/storage/TimelineRepository.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd {
class Database;
}

namespace vd::gui {

// One customer's orders, interactions and survey responses in one time-ordered grid: the
// "contact timeline" of the customer 360 page. Read a page at a time through
// TimelineRepository (canFetchMore/fetchMore, as the view scrolls down), so a customer with
// ten thousand events opens at once and none is silently left out: totalCount() says how
// many there are, loaded rows how many are shown. Which kinds are shown and the order are
// applied in SQL, so they hold for every event, not just the loaded ones.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Kind, Channel, Touchpoint, Details, Amount, Scores, ColumnCount };
    static constexpr int kPageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    // Pages the customer's events from `db` (the UI thread's connection; per-customer
    // queries are indexed and quick). nullptr or id 0 empties the model.
    void setCustomer(Database* db, qint64 customerId);
    // TimelineRepository::Kind flags.
    void setKinds(unsigned kinds);
    unsigned kinds() const { return m_kinds; }
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    // A fixed list without a database (nothing more to fetch).
    void setEvents(std::vector<TimelineEvent> events);
    void clear() { setCustomer(nullptr, 0); }

    // Events of the customer for the chosen kinds, loaded or not.
    qint64 totalCount() const { return m_total; }
    int loadedCount() const { return static_cast<int>(m_events.size()); }
    // Loads every remaining page (export, tests).
    void fetchAll();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // After every reset and every page: how many rows are shown of how many there are.
    void loadedChanged(int loaded, qint64 total);

private:
    void reload();

    Database* m_db = nullptr;
    qint64 m_customerId = 0;
    unsigned m_kinds = TimelineRepository::All;
    bool m_newestFirst = true;
    qint64 m_total = 0;
    bool m_changing = false; // from begin…() of a reset or insertion to the return of end…()
    std::vector<TimelineEvent> m_events;
};

} // namespace vd::gui
