#include "valuedesk/storage/TransactionRepository.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>

namespace vd {

namespace {

constexpr const char* kSelect =
    "SELECT id, external_id, customer_id, ts, amount, cost, quantity, channel, product, "
    "category, is_return FROM transactions ";

Order readOrder(const Statement& st)
{
    Order o;
    o.id = st.getInt(0);
    o.externalId = st.getOptText(1);
    o.customerId = st.getInt(2);
    o.ts = st.getInt(3);
    o.amount = st.getDouble(4);
    o.cost = st.getOptDouble(5);
    o.quantity = st.getInt(6);
    o.channel = st.getOptText(7);
    o.product = st.getOptText(8);
    o.category = st.getOptText(9);
    o.isReturn = st.getInt(10) != 0;
    return o;
}

std::vector<Order> readAll(Statement& st, std::int64_t limit)
{
    std::vector<Order> out;
    out.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, 4096)));
    while (st.step())
        out.push_back(readOrder(st));
    return out;
}

} // namespace

std::int64_t TransactionRepository::insert(const Order& o)
{
    m_db.prepare("INSERT INTO transactions (external_id, customer_id, ts, amount, cost, quantity, "
                 "channel, product, category, is_return) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .bindAll(o.externalId, o.customerId, o.ts, o.amount, o.cost, o.quantity, o.channel,
                 o.product, o.category, o.isReturn ? 1 : 0)
        .run();
    return m_db.lastInsertId();
}

std::optional<Order> TransactionRepository::get(std::int64_t id)
{
    Statement st = m_db.prepare(std::string(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readOrder(st);
}

std::int64_t TransactionRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM transactions");
}

std::vector<Order> TransactionRepository::page(std::int64_t offset, std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelect) + "ORDER BY id LIMIT ? OFFSET ?");
    st.bindAll(limit, offset);
    return readAll(st, limit);
}

std::int64_t TransactionRepository::countForCustomer(std::int64_t customerId)
{
    return m_db.queryInt("SELECT count(*) FROM transactions WHERE customer_id = ?", customerId);
}

std::vector<Order> TransactionRepository::pageForCustomer(std::int64_t customerId,
                                                          std::int64_t offset, std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelect) +
                                "WHERE customer_id = ? ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?");
    st.bindAll(customerId, limit, offset);
    return readAll(st, limit);
}

TransactionRepository::CustomerSummary
TransactionRepository::summaryForCustomer(std::int64_t customerId)
{
    Statement st = m_db.prepare("SELECT count(*), coalesce(sum(amount), 0), "
                                "coalesce(sum(amount - coalesce(cost, 0)), 0), min(ts), max(ts) "
                                "FROM transactions WHERE customer_id = ?");
    st.bind(1, customerId);
    CustomerSummary s;
    if (st.step()) {
        s.orders = st.getInt(0);
        s.revenue = st.getDouble(1);
        s.margin = st.getDouble(2);
        s.firstTs = st.getOptInt(3);
        s.lastTs = st.getOptInt(4);
    }
    return s;
}

} // namespace vd
