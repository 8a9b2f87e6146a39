#pragma once

#include "valuedesk/storage/Customer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {

class Database;

// Reads and writes customers. Paging is SQL-side (ORDER BY the sort column and id,
// LIMIT/OFFSET) so that a table view over 10^6 customers only ever holds a page or two.
// Without a search every sort column is read in order from its index (schema v3 indexes
// the columns v1 left out); with a search the matches come from the customers_fts
// full-text index and only they are sorted. Search finds latin words by prefix and Chinese
// text by any substring (see ftsQuery).
class CustomerRepository
{
public:
    // Columns a customer list can sort by; each has an index whose implicit last column is
    // the rowid (= id, the tie-break), or is the rowid itself, so an unfiltered page never
    // sorts (tests/storage checks every column's query plan).
    enum class SortColumn {
        Id,
        ExternalId,
        Name,
        Email,
        Company,
        Country,
        City,
        BirthYear,
        Channel,
        LoyaltyTier,
        CreatedAt
    };

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

    // The first `limit` orders, interactions and responses of one customer, newest first;
    // TimelineRepository pages through all of them.
    std::vector<TimelineEvent> timeline(std::int64_t customerId, std::int64_t limit = 500);

    // Turns what a user typed into a safe FTS5 query: each word quoted, all words required;
    // latin runs prefix-matched ("wan" finds "Wang"), CJK runs a phrase of single characters
    // ("旭涛" -> "旭 涛") matched against the derived columns where each CJK character is a
    // token, so any substring of a Chinese name, company or city is found. Returns empty
    // when nothing searchable remains.
    static std::string ftsQuery(std::string_view text);

    // The statement page() runs for `q` (parameters ?1 FTS query, ?2 limit, ?3 offset), so
    // that tests can check its query plan.
    static std::string pageSql(const Query& q);

private:
    Database& m_db;
};

} // namespace vd
