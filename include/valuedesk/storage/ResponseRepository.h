#pragma once

#include "valuedesk/storage/Activity.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vd {

class Database;

// Reads and writes survey responses together with their attribute ratings, a page at a
// time: all responses by id, one customer's newest first through the (customer_id, ts)
// index. Each response read carries its ratings (with the attribute's code and name).
class ResponseRepository
{
public:
    explicit ResponseRepository(Database& db) : m_db(db) {}

    // Inserts the response and its ratings in one transaction; returns the new id.
    std::int64_t insert(const Response& response);
    std::optional<Response> get(std::int64_t id);

    std::int64_t count();
    std::vector<Response> page(std::int64_t offset, std::int64_t limit);

    std::int64_t countForCustomer(std::int64_t customerId);
    // Newest first (ts, then id, descending).
    std::vector<Response> pageForCustomer(std::int64_t customerId, std::int64_t offset,
                                          std::int64_t limit);
    // The customer's most recent NPS answer, if any.
    std::optional<std::int64_t> latestNps(std::int64_t customerId);

    std::vector<AttributeRating> ratings(std::int64_t responseId);

private:
    Database& m_db;
};

} // namespace vd
