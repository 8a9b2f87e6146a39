#pragma once

#include "valuedesk/storage/Activity.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vd {

class Database;

// Reads and writes the contact timeline (the interactions table) a page at a time: all
// contacts by id, one customer's newest first through the (customer_id, ts) index.
class InteractionRepository
{
public:
    explicit InteractionRepository(Database& db) : m_db(db) {}

    std::int64_t insert(const Interaction& interaction); // returns the new id
    std::optional<Interaction> get(std::int64_t id);

    std::int64_t count();
    std::vector<Interaction> page(std::int64_t offset, std::int64_t limit);

    std::int64_t countForCustomer(std::int64_t customerId);
    // Newest first (ts, then id, descending).
    std::vector<Interaction> pageForCustomer(std::int64_t customerId, std::int64_t offset,
                                             std::int64_t limit);

private:
    Database& m_db;
};

} // namespace vd
