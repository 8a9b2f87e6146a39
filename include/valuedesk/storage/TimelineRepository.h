#pragma once

#include "valuedesk/storage/Customer.h"

#include <cstdint>
#include <vector>

namespace vd {

class Database;

// One customer's orders, interactions and survey responses merged into one time-ordered
// list, read a page at a time (the customer 360 page scrolls through thousands of events
// without reading them all). Each table is read through its (customer_id, ts) index and the
// branches are merged in SQL; the SQL is picked from fixed fragments by `kinds`, never built
// from user text.
class TimelineRepository
{
public:
    enum Kind : unsigned {
        Orders = 1u << 0,
        Interactions = 1u << 1,
        Responses = 1u << 2,
        All = Orders | Interactions | Responses,
    };

    explicit TimelineRepository(Database& db) : m_db(db) {}

    std::int64_t count(std::int64_t customerId, unsigned kinds = All);
    // Ordered by time (newest first unless `newestFirst` is false), ties by kind and id.
    std::vector<TimelineEvent> page(std::int64_t customerId, std::int64_t offset,
                                    std::int64_t limit, unsigned kinds = All,
                                    bool newestFirst = true);

private:
    Database& m_db;
};

} // namespace vd
