#include "valuedesk/storage/ResponseRepository.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>

namespace vd {

namespace {

constexpr const char* kSelect = "SELECT id, external_id, survey_id, customer_id, ts, channel, "
                                "touchpoint, nps, csat, ces, comment FROM responses ";

Response readResponse(const Statement& st)
{
    Response r;
    r.id = st.getInt(0);
    r.externalId = st.getOptText(1);
    r.surveyId = st.getOptInt(2);
    r.customerId = st.getOptInt(3);
    r.ts = st.getInt(4);
    r.channel = st.getOptText(5);
    r.touchpoint = st.getOptText(6);
    r.nps = st.getOptInt(7);
    r.csat = st.getOptInt(8);
    r.ces = st.getOptInt(9);
    r.comment = st.getOptText(10);
    return r;
}

// Reads the responses of `st`, then the ratings of each through one reused statement (the
// primary key of attribute_ratings starts with response_id).
std::vector<Response> readAll(Database& db, Statement& st, std::int64_t limit)
{
    std::vector<Response> out;
    out.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, 4096)));
    while (st.step())
        out.push_back(readResponse(st));
    if (out.empty())
        return out;
    Statement ratings = db.prepare(
        "SELECT r.attribute_id, a.code, a.name, r.importance, r.performance, r.expectation "
        "FROM attribute_ratings r JOIN attributes a ON a.id = r.attribute_id "
        "WHERE r.response_id = ? ORDER BY r.attribute_id");
    for (Response& r : out) {
        ratings.bind(1, r.id);
        while (ratings.step()) {
            AttributeRating a;
            a.attributeId = ratings.getInt(0);
            a.attributeCode = ratings.getText(1);
            a.attributeName = ratings.getText(2);
            a.importance = ratings.getOptDouble(3);
            a.performance = ratings.getOptDouble(4);
            a.expectation = ratings.getOptDouble(5);
            r.ratings.push_back(std::move(a));
        }
        ratings.reset();
    }
    return out;
}

} // namespace

std::int64_t ResponseRepository::insert(const Response& r)
{
    Transaction tx(m_db);
    m_db.prepare("INSERT INTO responses (external_id, survey_id, customer_id, ts, channel, "
                 "touchpoint, nps, csat, ces, comment) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .bindAll(r.externalId, r.surveyId, r.customerId, r.ts, r.channel, r.touchpoint, r.nps,
                 r.csat, r.ces, r.comment)
        .run();
    const std::int64_t id = m_db.lastInsertId();
    if (!r.ratings.empty()) {
        Statement st = m_db.prepare("INSERT INTO attribute_ratings (response_id, attribute_id, "
                                    "importance, performance, expectation) VALUES (?,?,?,?,?)");
        for (const AttributeRating& a : r.ratings) {
            st.bindAll(id, a.attributeId, a.importance, a.performance, a.expectation);
            st.run();
        }
    }
    tx.commit();
    return id;
}

std::optional<Response> ResponseRepository::get(std::int64_t id)
{
    Statement st = m_db.prepare(std::string(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    auto rows = readAll(m_db, st, 1);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::int64_t ResponseRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM responses");
}

std::vector<Response> ResponseRepository::page(std::int64_t offset, std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelect) + "ORDER BY id LIMIT ? OFFSET ?");
    st.bindAll(limit, offset);
    return readAll(m_db, st, limit);
}

std::int64_t ResponseRepository::countForCustomer(std::int64_t customerId)
{
    return m_db.queryInt("SELECT count(*) FROM responses WHERE customer_id = ?", customerId);
}

std::vector<Response> ResponseRepository::pageForCustomer(std::int64_t customerId,
                                                          std::int64_t offset, std::int64_t limit)
{
    Statement st = m_db.prepare(std::string(kSelect) +
                                "WHERE customer_id = ? ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?");
    st.bindAll(customerId, limit, offset);
    return readAll(m_db, st, limit);
}

std::optional<std::int64_t> ResponseRepository::latestNps(std::int64_t customerId)
{
    Statement st = m_db.prepare("SELECT nps FROM responses WHERE customer_id = ? AND nps IS NOT "
                                "NULL ORDER BY ts DESC, id DESC LIMIT 1");
    st.bind(1, customerId);
    if (!st.step())
        return std::nullopt;
    return st.getInt(0);
}

std::vector<AttributeRating> ResponseRepository::ratings(std::int64_t responseId)
{
    auto r = get(responseId);
    return r ? std::move(r->ratings) : std::vector<AttributeRating>{};
}

} // namespace vd
