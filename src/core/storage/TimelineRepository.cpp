#include "valuedesk/storage/TimelineRepository.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <string>

namespace vd {

namespace {

// One branch per table; every branch has the same columns. ?1 is the customer.
constexpr const char* kOrders =
    "SELECT 0 AS kind, id, ts, coalesce(channel,''), coalesce(category,''), "
    "coalesce(product,''), amount, NULL, NULL, NULL FROM transactions WHERE customer_id = ?1";
constexpr const char* kInteractions =
    "SELECT 1 AS kind, id, ts, channel, coalesce(touchpoint,''), coalesce(summary,''), NULL, "
    "NULL, NULL, NULL FROM interactions WHERE customer_id = ?1";
constexpr const char* kResponses =
    "SELECT 2 AS kind, id, ts, coalesce(channel,''), coalesce(touchpoint,''), "
    "coalesce(comment,''), NULL, nps, csat, ces FROM responses WHERE customer_id = ?1";

// The statement for a set of kinds, assembled only from the fixed fragments above.
std::string timelineSql(unsigned kinds, bool newestFirst)
{
    std::string sql;
    auto add = [&](const char* branch) {
        if (!sql.empty())
            sql += " UNION ALL ";
        sql += branch;
    };
    if (kinds & TimelineRepository::Orders)
        add(kOrders);
    if (kinds & TimelineRepository::Interactions)
        add(kInteractions);
    if (kinds & TimelineRepository::Responses)
        add(kResponses);
    sql += newestFirst ? " ORDER BY 3 DESC, 1, 2 DESC" : " ORDER BY 3 ASC, 1, 2 ASC";
    sql += " LIMIT ?2 OFFSET ?3";
    return sql;
}

} // namespace

std::int64_t TimelineRepository::count(std::int64_t customerId, unsigned kinds)
{
    std::int64_t n = 0;
    if (kinds & Orders)
        n += m_db.queryInt("SELECT count(*) FROM transactions WHERE customer_id = ?", customerId);
    if (kinds & Interactions)
        n += m_db.queryInt("SELECT count(*) FROM interactions WHERE customer_id = ?", customerId);
    if (kinds & Responses)
        n += m_db.queryInt("SELECT count(*) FROM responses WHERE customer_id = ?", customerId);
    return n;
}

std::vector<TimelineEvent> TimelineRepository::page(std::int64_t customerId, std::int64_t offset,
                                                    std::int64_t limit, unsigned kinds,
                                                    bool newestFirst)
{
    std::vector<TimelineEvent> out;
    if ((kinds & All) == 0 || limit <= 0)
        return out;
    Statement st = m_db.prepare(timelineSql(kinds & All, newestFirst));
    st.bind(1, customerId).bind(2, limit).bind(3, std::max<std::int64_t>(0, offset));
    out.reserve(static_cast<std::size_t>(std::min<std::int64_t>(limit, 4096)));
    while (st.step()) {
        TimelineEvent e;
        e.kind = static_cast<TimelineEvent::Kind>(st.getInt(0));
        e.id = st.getInt(1);
        e.ts = st.getInt(2);
        e.channel = st.getText(3);
        e.touchpoint = st.getText(4);
        e.summary = st.getText(5);
        e.amount = st.getOptDouble(6);
        e.nps = st.getOptInt(7);
        e.csat = st.getOptInt(8);
        e.ces = st.getOptInt(9);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace vd
