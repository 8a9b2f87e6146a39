#pragma once

#include "CustomerPageLoader.h"
#include "valuedesk/storage/Customer.h"
#include "valuedesk/storage/CustomerRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <memory>
#include <vector>

namespace vd {
class Database;
}

namespace vd::gui {

// The customers grid over a workspace of any size. Nothing here touches SQLite on the UI
// thread: a CustomerPageLoader with its own read-only connection counts the rows (sorted
// and filtered SQL-side) and reads them a page at a time. Until a page arrives its rows
// show "Loading…"; the neighbouring pages are fetched ahead so scrolling stays smooth, and a
// small LRU cache of pages keeps memory flat over 10^6 rows. Every new search, sort or
// workspace bumps a generation counter, and answers to older requests are dropped.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ExternalId,
        Name,
        Email,
        Company,
        Country,
        City,
        BirthYear,
        Channel,
        LoyaltyTier,
        CreatedAt,
        ColumnCount
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 32;
    static constexpr int kPrefetchPages = 1; // on each side of a requested page
    static constexpr int IdRole = Qt::UserRole + 1;
    // True while the row's page has not arrived yet.
    static constexpr int LoadingRole = Qt::UserRole + 2;

    explicit CustomerTableModel(QObject* parent = nullptr);
    ~CustomerTableModel() override;

    // The workspace the model reads (through its own connection to db's file); nullptr
    // empties the model.
    void setDatabase(Database* db);
    void setWorkspace(const QString& path);
    void setSearch(const QString& text);
    QString search() const { return QString::fromStdString(m_query.search); }
    // Counts again and drops every cached page (after an import, a sort, a search).
    void refresh();

    // 0 while the row's page is still loading.
    qint64 customerId(int row) const;
    // Rows of the current query; 0 until the count has arrived.
    qint64 count() const { return m_count; }
    bool isCounting() const { return m_counting; }
    bool isRowLoaded(int row) const;
    int pendingPages() const { return static_cast<int>(m_pending.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The count of the current query arrived (or was reset to 0 by a new query).
    void countChanged(qint64 count);
    // A page of rows arrived.
    void pageLoaded(int pageIndex);
    void loadFailed(const QString& message);

private:
    const Customer* rowAt(int row) const;
    void requestPage(int pageIndex) const;
    void onResult(const std::shared_ptr<CustomerPageLoader::Result>& result);
    void storePage(int pageIndex, std::vector<Customer> rows);

    QString m_path;
    CustomerRepository::Query m_query;
    qint64 m_count = 0;
    bool m_counting = false;
    quint64 m_generation = 0;
    mutable QHash<int, std::vector<Customer>> m_pages;
    mutable QList<int> m_lru; // most recent last
    mutable QSet<int> m_pending;
    std::unique_ptr<CustomerPageLoader> m_loader;
};

} // namespace vd::gui
