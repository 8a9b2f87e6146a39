#include "valuedesk/storage/LoyaltyRepository.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>

namespace vd {

namespace {

constexpr const char* kSelectEntry =
    "SELECT id, customer_id, transaction_id, ts, points, kind FROM loyalty_points ";

const char* kindCode(LoyaltyEntry::Kind kind)
{
    switch (kind) {
    case LoyaltyEntry::Kind::Earn:
        return "earn";
    case LoyaltyEntry::Kind::Redeem:
        return "redeem";
    case LoyaltyEntry::Kind::Adjust:
        return "adjust";
    }
    return "adjust";
}

LoyaltyEntry::Kind kindFromCode(const std::string& code)
{
    if (code == "earn")
        return LoyaltyEntry::Kind::Earn;
    if (code == "redeem")
        return LoyaltyEntry::Kind::Redeem;
    return LoyaltyEntry::Kind::Adjust;
}

LoyaltyEntry readEntry(const Statement& st)
{
    LoyaltyEntry e;
    e.id = st.getInt(0);
    e.customerId = st.getInt(1);
    e.transactionId = st.getOptInt(2);
    e.ts = st.getInt(3);
    e.points = st.getInt(4);
    e.kind = kindFromCode(st.getText(5));
    return e;
}

std::vector<LoyaltyEntry> readAll(Statement& st, std::int64_t limit)
{
    std::vector<LoyaltyEntry> out;
    out.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, 4096)));
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

LoyaltyTier readTier(const Statement& st)
{
    LoyaltyTier t;
    t.id = st.getInt(0);
    t.name = st.getText(1);
    t.minPoints = st.getInt(2);
    t.position = st.getInt(3);
    return t;
}

} // namespace

std::vector<LoyaltyTier> LoyaltyRepository::tiers()
{
    Statement st = m_db.prepare(
        "SELECT id, name, min_points, position FROM loyalty_tiers ORDER BY position, min_points");
    std::vector<LoyaltyTier> out;
    while (st.step())
        out.push_back(readTier(st));
    return out;
}

std::int64_t LoyaltyRepository::insertTier(const LoyaltyTier& t)
{
    m_db.prepare("INSERT INTO loyalty_tiers (name, min_points, position) VALUES (?,?,?)")
        .bindAll(t.name, t.minPoints, t.position)
        .run();
    return m_db.lastInsertId();
}

std::optional<LoyaltyTier> LoyaltyRepository::tierFor(std::int64_t points)
{
    Statement st = m_db.prepare("SELECT id, name, min_points, position FROM loyalty_tiers "
                                "WHERE min_points <= ? ORDER BY min_points DESC, position DESC "
                                "LIMIT 1");
    st.bind(1, points);
    if (!st.step())
        return std::nullopt;
    return readTier(st);
}

std::int64_t LoyaltyRepository::insertEntry(const LoyaltyEntry& e)
{
    m_db.prepare("INSERT INTO loyalty_points (customer_id, transaction_id, ts, points, kind) "
                 "VALUES (?,?,?,?,?)")
        .bindAll(e.customerId, e.transactionId, e.ts, e.points, kindCode(e.kind))
        .run();
    return m_db.lastInsertId();
}

std::int64_t LoyaltyRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM loyalty_points");
}

std::vector<LoyaltyEntry> LoyaltyRepository::page(std::int64_t offset, std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelectEntry) + "ORDER BY id LIMIT ? OFFSET ?");
    st.bindAll(limit, offset);
    return readAll(st, limit);
}

std::int64_t LoyaltyRepository::countForCustomer(std::int64_t customerId)
{
    return m_db.queryInt("SELECT count(*) FROM loyalty_points WHERE customer_id = ?", customerId);
}

std::vector<LoyaltyEntry>
LoyaltyRepository::pageForCustomer(std::int64_t customerId, std::int64_t offset, std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelectEntry) +
                                "WHERE customer_id = ? ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?");
    st.bindAll(customerId, limit, offset);
    return readAll(st, limit);
}

std::int64_t LoyaltyRepository::balance(std::int64_t customerId)
{
    return m_db.queryInt(
        "SELECT coalesce(sum(points), 0) FROM loyalty_points WHERE customer_id = ?", customerId);
}

} // namespace vd
