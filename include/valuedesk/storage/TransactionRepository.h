#pragma once

#include "valuedesk/storage/Activity.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vd {

class Database;

// Reads and writes orders (the transactions table) a page at a time, so that a customer with
// thousands of orders or a workspace with 10^7 of them is never read whole. All orders page
// by id (insertion order, the rowid); one customer's orders newest first through the
// (customer_id, ts) index.
class TransactionRepository
{
public:
    // Order count and money of one customer, for the 360 page.
    struct CustomerSummary
    {
        std::int64_t orders = 0;
        double revenue = 0;
        double margin = 0; // sum of amount - cost (cost 0 when unknown)
        std::optional<std::int64_t> firstTs;
        std::optional<std::int64_t> lastTs;
    };

    explicit TransactionRepository(Database& db) : m_db(db) {}

    std::int64_t insert(const Order& order); // returns the new id
    std::optional<Order> get(std::int64_t id);

    std::int64_t count();
    std::vector<Order> page(std::int64_t offset, std::int64_t limit);

    std::int64_t countForCustomer(std::int64_t customerId);
    // Newest first (ts, then id, descending).
    std::vector<Order> pageForCustomer(std::int64_t customerId, std::int64_t offset,
                                       std::int64_t limit);
    CustomerSummary summaryForCustomer(std::int64_t customerId);

private:
    Database& m_db;
};

} // namespace vd
