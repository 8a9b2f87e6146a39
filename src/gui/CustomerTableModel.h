#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <vector>

#include "valuedesk/storage/Customer.h"
#include "valuedesk/storage/CustomerRepository.h"

namespace vd {
class Database;
}

namespace vd::gui {

// The customers grid over a workspace of any size. Rows are fetched a page at a time from
// SQLite (sorted and filtered SQL-side), a small LRU cache of pages keeps scrolling smooth,
// and pages past the middle are read in reverse order so that the last rows of 10^6 cost no
// more than the first.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ExternalId, Name, Email, Company, Country, City, BirthYear, Channel,
                  LoyaltyTier, CreatedAt, ColumnCount };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 32;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CustomerTableModel(QObject* parent = nullptr);

    // The connection the model reads from (the UI thread's); nullptr empties the model.
    void setDatabase(Database* db);
    void setSearch(const QString& text);
    QString search() const { return QString::fromStdString(m_query.search); }
    void refresh();

    qint64 customerId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const Customer* rowAt(int row) const;
    const std::vector<Customer>& page(int pageIndex) const;

    Database* m_db = nullptr;
    CustomerRepository::Query m_query;
    qint64 m_count = 0;
    mutable QHash<int, std::vector<Customer>> m_pages;
    mutable QList<int> m_lru; // most recent last
};

} // namespace vd::gui
