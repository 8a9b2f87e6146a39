#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "valuedesk/storage/Customer.h"

namespace vd {

class Database;

// Reads and writes customers. Paging is SQL-side (ORDER BY an indexed column, LIMIT/OFFSET)
// so that a table view over 10^6 customers only ever holds a page or two; search goes
// through the customers_fts full-text index.
class CustomerRepository
{
public:
    // Columns a customer list can sort by; each has an index or is the rowid.
    enum class SortColumn { Id, ExternalId, Name, Email, Company, Country, City, BirthYear,
                            Channel, LoyaltyTier, CreatedAt };

    struct Query
    {
        std::string search; // free text; empty = all customers
        SortColumn sort = SortColumn::Id;
        bool ascending = true;
    };

    explicit CustomerRepository(Database& db) : m_db(db) {}

    std::int64_t insert(const Customer& c); // returns the new id
    void update(const Customer& c);         // by id
    void remove(std::int64_t id);
    std::optional<Customer> get(std::int64_t id);
    std::optional<Customer> findByExternalId(std::string_view externalId);

    std::int64_t count();
    std::int64_t count(const Query& q);
    std::vector<Customer> page(const Query& q, std::int64_t offset, std::int64_t limit);
    // Ids matching free text, best first (FTS rank), at most limit.
    std::vector<std::int64_t> search(std::string_view text, std::int64_t limit = 100);

    // Orders, interactions and responses of one customer, newest first.
    std::vector<TimelineEvent> timeline(std::int64_t customerId, std::int64_t limit = 500);

    // Turns what a user typed into a safe FTS5 query: each word quoted, prefix-matched,
    // all words required. Returns empty when nothing searchable remains.
    static std::string ftsQuery(std::string_view text);

private:
    Database& m_db;
};

} // namespace vd
