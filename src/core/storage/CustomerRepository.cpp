#include "valuedesk/storage/CustomerRepository.h"

#include <algorithm>
#include <cctype>

#include "valuedesk/storage/Database.h"

namespace vd {

namespace {

constexpr const char* kColumns =
    "id, external_id, name, email, phone, company, country, region, city, birth_year, gender, "
    "income_band, education, lifestyle, values_tags, channel, usage_frequency, loyalty_tier, "
    "consent_email, consent_sms, consent_phone, created_at";

Customer readCustomer(const Statement& st)
{
    Customer c;
    c.id = st.getInt(0);
    c.externalId = st.getText(1);
    c.name = st.getText(2);
    c.email = st.getOptText(3);
    c.phone = st.getOptText(4);
    c.company = st.getOptText(5);
    c.country = st.getOptText(6);
    c.region = st.getOptText(7);
    c.city = st.getOptText(8);
    c.birthYear = st.getOptInt(9);
    c.gender = st.getOptText(10);
    c.incomeBand = st.getOptText(11);
    c.education = st.getOptText(12);
    c.lifestyle = st.getOptText(13);
    c.valuesTags = st.getOptText(14);
    c.channel = st.getOptText(15);
    c.usageFrequency = st.getOptText(16);
    c.loyaltyTier = st.getOptText(17);
    c.consentEmail = st.getInt(18) != 0;
    c.consentSms = st.getInt(19) != 0;
    c.consentPhone = st.getInt(20) != 0;
    c.createdAt = st.getInt(21);
    return c;
}

void bindFields(Statement& st, const Customer& c)
{
    st.bindAll(c.externalId, c.name, c.email, c.phone, c.company, c.country, c.region, c.city,
               c.birthYear, c.gender, c.incomeBand, c.education, c.lifestyle, c.valuesTags,
               c.channel, c.usageFrequency, c.loyaltyTier, c.consentEmail ? 1 : 0,
               c.consentSms ? 1 : 0, c.consentPhone ? 1 : 0, c.createdAt);
}

// Sort keys come only from this fixed table (never from user text); the id tie-breaker
// makes the order total so pages never overlap or skip rows.
const char* orderBy(CustomerRepository::SortColumn col, bool asc)
{
    using S = CustomerRepository::SortColumn;
    static const char* const kAsc[] = {
        " ORDER BY id ASC",          " ORDER BY external_id ASC", " ORDER BY name ASC, id ASC",
        " ORDER BY email ASC, id ASC", " ORDER BY company ASC, id ASC",
        " ORDER BY country ASC, city ASC, id ASC", " ORDER BY city ASC, id ASC",
        " ORDER BY birth_year ASC, id ASC", " ORDER BY channel ASC, id ASC",
        " ORDER BY loyalty_tier ASC, id ASC", " ORDER BY created_at ASC, id ASC"};
    static const char* const kDesc[] = {
        " ORDER BY id DESC",          " ORDER BY external_id DESC", " ORDER BY name DESC, id DESC",
        " ORDER BY email DESC, id DESC", " ORDER BY company DESC, id DESC",
        " ORDER BY country DESC, city DESC, id DESC", " ORDER BY city DESC, id DESC",
        " ORDER BY birth_year DESC, id DESC", " ORDER BY channel DESC, id DESC",
        " ORDER BY loyalty_tier DESC, id DESC", " ORDER BY created_at DESC, id DESC"};
    auto i = static_cast<std::size_t>(col);
    static_assert(std::size(kAsc) == static_cast<std::size_t>(S::CreatedAt) + 1);
    return asc ? kAsc[i] : kDesc[i];
}

} // namespace

std::string CustomerRepository::ftsQuery(std::string_view text)
{
    std::string out;
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        if (!out.empty())
            out += ' ';
        out += '"';
        out += word;
        out += "\"*";
        word.clear();
    };
    for (char ch : text) {
        auto u = static_cast<unsigned char>(ch);
        // Separators and FTS5 syntax characters split words; bytes >= 0x80 (UTF-8) are kept.
        if (u < 0x80 && !std::isalnum(u) && ch != '_' && ch != '@' && ch != '.' && ch != '-')
            flush();
        else
            word += ch;
    }
    flush();
    return out;
}

std::int64_t CustomerRepository::insert(const Customer& c)
{
    Statement st = m_db.prepare(
        "INSERT INTO customers (external_id, name, email, phone, company, country, region, city, "
        "birth_year, gender, income_band, education, lifestyle, values_tags, channel, "
        "usage_frequency, loyalty_tier, consent_email, consent_sms, consent_phone, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindFields(st, c);
    st.run();
    return m_db.lastInsertId();
}

void CustomerRepository::update(const Customer& c)
{
    Statement st = m_db.prepare(
        "UPDATE customers SET external_id=?, name=?, email=?, phone=?, company=?, country=?, "
        "region=?, city=?, birth_year=?, gender=?, income_band=?, education=?, lifestyle=?, "
        "values_tags=?, channel=?, usage_frequency=?, loyalty_tier=?, consent_email=?, "
        "consent_sms=?, consent_phone=?, created_at=? WHERE id=?");
    bindFields(st, c);
    st.bind(22, c.id);
    st.run();
}

void CustomerRepository::remove(std::int64_t id)
{
    m_db.prepare("DELETE FROM customers WHERE id = ?").bindAll(id).run();
}

std::optional<Customer> CustomerRepository::get(std::int64_t id)
{
    std::string sql = "SELECT ";
    sql += kColumns;
    sql += " FROM customers WHERE id = ?";
    Statement st = m_db.prepare(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readCustomer(st);
}

std::optional<Customer> CustomerRepository::findByExternalId(std::string_view externalId)
{
    std::string sql = "SELECT ";
    sql += kColumns;
    sql += " FROM customers WHERE external_id = ?";
    Statement st = m_db.prepare(sql);
    st.bind(1, externalId);
    if (!st.step())
        return std::nullopt;
    return readCustomer(st);
}

std::int64_t CustomerRepository::count() { return count(Query{}); }

std::int64_t CustomerRepository::count(const Query& q)
{
    std::string fts = ftsQuery(q.search);
    if (fts.empty())
        return q.search.empty() ? m_db.queryInt("SELECT count(*) FROM customers") : 0;
    return m_db.queryInt("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH ?", fts);
}

std::vector<Customer> CustomerRepository::page(const Query& q, std::int64_t offset,
                                               std::int64_t limit)
{
    std::vector<Customer> out;
    std::string fts = ftsQuery(q.search);
    if (fts.empty() && !q.search.empty())
        return out;
    std::string sql = "SELECT ";
    sql += kColumns;
    sql += " FROM customers";
    if (!fts.empty())
        sql += " WHERE id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?1)";
    sql += orderBy(q.sort, q.ascending);
    sql += " LIMIT ?2 OFFSET ?3";
    Statement st = m_db.prepare(sql);
    if (!fts.empty())
        st.bind(1, fts);
    st.bind(2, limit).bind(3, offset);
    out.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, limit)));
    while (st.step())
        out.push_back(readCustomer(st));
    return out;
}

std::vector<std::int64_t> CustomerRepository::search(std::string_view text, std::int64_t limit)
{
    std::vector<std::int64_t> ids;
    std::string fts = ftsQuery(text);
    if (fts.empty())
        return ids;
    Statement st = m_db.prepare(
        "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? ORDER BY rank LIMIT ?");
    st.bindAll(fts, limit);
    while (st.step())
        ids.push_back(st.getInt(0));
    return ids;
}

std::vector<TimelineEvent> CustomerRepository::timeline(std::int64_t customerId,
                                                        std::int64_t limit)
{
    Statement st = m_db.prepare(
        "SELECT 0, id, ts, coalesce(channel,''), coalesce(category,''), coalesce(product,''), "
        "       amount, NULL, NULL, NULL FROM transactions WHERE customer_id = ?1 "
        "UNION ALL "
        "SELECT 1, id, ts, channel, coalesce(touchpoint,''), coalesce(summary,''), NULL, NULL, "
        "       NULL, NULL FROM interactions WHERE customer_id = ?1 "
        "UNION ALL "
        "SELECT 2, id, ts, coalesce(channel,''), coalesce(touchpoint,''), coalesce(comment,''), "
        "       NULL, nps, csat, ces FROM responses WHERE customer_id = ?1 "
        "ORDER BY 3 DESC, 1, 2 LIMIT ?2");
    st.bindAll(customerId, limit);
    std::vector<TimelineEvent> out;
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
