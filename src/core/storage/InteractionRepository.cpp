#include "valuedesk/storage/InteractionRepository.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>

namespace vd {

namespace {

constexpr const char* kSelect =
    "SELECT id, external_id, customer_id, ts, channel, touchpoint, summary FROM interactions ";

Interaction readInteraction(const Statement& st)
{
    Interaction i;
    i.id = st.getInt(0);
    i.externalId = st.getOptText(1);
    i.customerId = st.getInt(2);
    i.ts = st.getInt(3);
    i.channel = st.getText(4);
    i.touchpoint = st.getOptText(5);
    i.summary = st.getOptText(6);
    return i;
}

std::vector<Interaction> readAll(Statement& st, std::int64_t limit)
{
    std::vector<Interaction> out;
    out.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, 4096)));
    while (st.step())
        out.push_back(readInteraction(st));
    return out;
}

} // namespace

std::int64_t InteractionRepository::insert(const Interaction& i)
{
    m_db.prepare("INSERT INTO interactions (external_id, customer_id, ts, channel, touchpoint, "
                 "summary) VALUES (?,?,?,?,?,?)")
        .bindAll(i.externalId, i.customerId, i.ts, i.channel, i.touchpoint, i.summary)
        .run();
    return m_db.lastInsertId();
}

std::optional<Interaction> InteractionRepository::get(std::int64_t id)
{
    Statement st = m_db.prepare(std::string(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readInteraction(st);
}

std::int64_t InteractionRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM interactions");
}

std::vector<Interaction> InteractionRepository::page(std::int64_t offset, std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelect) + "ORDER BY id LIMIT ? OFFSET ?");
    st.bindAll(limit, offset);
    return readAll(st, limit);
}

std::int64_t InteractionRepository::countForCustomer(std::int64_t customerId)
{
    return m_db.queryInt("SELECT count(*) FROM interactions WHERE customer_id = ?", customerId);
}

std::vector<Interaction> InteractionRepository::pageForCustomer(std::int64_t customerId,
                                                                std::int64_t offset,
                                                                std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelect) +
                                "WHERE customer_id = ? ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?");
    st.bindAll(customerId, limit, offset);
    return readAll(st, limit);
}

} // namespace vd
