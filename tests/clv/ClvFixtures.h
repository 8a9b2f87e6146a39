#pragma once

#include "valuedesk/Date.h"
#include "valuedesk/storage/Database.h"

#include <cstdint>
#include <string>

namespace vd::test {

// Small hand-made workspaces for the CLV tests: customers by id and transactions by date.
inline void addCustomer(Database& db, std::int64_t id, const std::string& name = {})
{
    Statement st =
        db.prepare("INSERT INTO customers(id, external_id, name, created_at) VALUES (?, ?, ?, 0)");
    st.bindAll(id, "C" + std::to_string(id),
               name.empty() ? "Customer " + std::to_string(id) : name);
    st.run();
}

inline void addPurchase(Database& db, std::int64_t customer, int y, int m, int d, double amount,
                        bool isReturn = false, int hour = 12)
{
    Statement st = db.prepare(
        "INSERT INTO transactions(customer_id, ts, amount, is_return) VALUES (?, ?, ?, ?)");
    st.bindAll(customer, date::toEpoch(y, m, d, hour), amount, isReturn ? 1 : 0);
    st.run();
}

} // namespace vd::test
