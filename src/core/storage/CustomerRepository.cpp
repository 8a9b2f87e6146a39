#include "valuedesk/storage/CustomerRepository.h"

#include "storage/SearchText.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/TimelineRepository.h"

#include <algorithm>
#include <cctype>

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
    static const char* const kAsc[] = {" ORDER BY id ASC",
                                       " ORDER BY external_id ASC",
                                       " ORDER BY name ASC, id ASC",
                                       " ORDER BY email ASC, id ASC",
                                       " ORDER BY company ASC, id ASC",
                                       " ORDER BY country ASC, city ASC, id ASC",
                                       " ORDER BY city ASC, id ASC",
                                       " ORDER BY birth_year ASC, id ASC",
                                       " ORDER BY channel ASC, id ASC",
                                       " ORDER BY loyalty_tier ASC, id ASC",
                                       " ORDER BY created_at ASC, id ASC"};
    static const char* const kDesc[] = {" ORDER BY id DESC",
                                        " ORDER BY external_id DESC",
                                        " ORDER BY name DESC, id DESC",
                                        " ORDER BY email DESC, id DESC",
                                        " ORDER BY company DESC, id DESC",
                                        " ORDER BY country DESC, city DESC, id DESC",
                                        " ORDER BY city DESC, id DESC",
                                        " ORDER BY birth_year DESC, id DESC",
                                        " ORDER BY channel DESC, id DESC",
                                        " ORDER BY loyalty_tier DESC, id DESC",
                                        " ORDER BY created_at DESC, id DESC"};
    auto i = static_cast<std::size_t>(col);
    static_assert(std::size(kAsc) == static_cast<std::size_t>(S::CreatedAt) + 1);
    return asc ? kAsc[i] : kDesc[i];
}

} // namespace

std::string CustomerRepository::ftsQuery(std::string_view text)
{
    std::string out;
    auto term = [&](std::string_view t, bool cjk) {
        if (t.empty())
            return;
        if (!out.empty())
            out += ' ';
        out += '"';
        out += t;
        out += cjk ? "\"" : "\"*";
    };
    // A word is split where its script changes: latin (and other spaced scripts) become a
    // prefix term, a CJK run a phrase of its characters, matching the derived *_cjk columns
    // of customers_fts in which every CJK character is a token ("旭涛" -> "旭 涛").
    auto flush = [&](std::string_view word) {
        std::string run;
        bool runCjk = false;
        for (std::size_t i = 0; i < word.size();) {
            char32_t cp = 0;
            const std::size_t len = storage::decodeUtf8(word, i, cp);
            const bool cjk = storage::isCjk(cp);
            if (!run.empty() && cjk != runCjk) {
                term(run, runCjk);
                run.clear();
            }
            runCjk = cjk;
            if (cjk && !run.empty())
                run += ' ';
            run.append(word.substr(i, len));
            i += len;
        }
        term(run, runCjk);
    };
    std::string word;
    for (char ch : text) {
        auto u = static_cast<unsigned char>(ch);
        // Separators and FTS5 syntax characters split words; bytes >= 0x80 (UTF-8) are kept.
        if (u < 0x80 && !std::isalnum(u) && ch != '_' && ch != '@' && ch != '.' && ch != '-') {
            flush(word);
            word.clear();
        } else {
            word += ch;
        }
    }
    flush(word);
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

std::int64_t CustomerRepository::count()
{
    return count(Query{});
}

std::int64_t CustomerRepository::count(const Query& q)
{
    std::string fts = ftsQuery(q.search);
    if (fts.empty())
        return q.search.empty() ? m_db.queryInt("SELECT count(*) FROM customers") : 0;
    return m_db.queryInt("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH ?", fts);
}

std::string CustomerRepository::pageSql(const Query& q)
{
    std::string sql = "SELECT ";
    sql += kColumns;
    sql += " FROM customers";
    if (!q.search.empty())
        sql += " WHERE id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?1)";
    sql += orderBy(q.sort, q.ascending);
    sql += " LIMIT ?2 OFFSET ?3";
    return sql;
}

std::vector<Customer> CustomerRepository::page(const Query& q, std::int64_t offset,
                                               std::int64_t limit)
{
    std::vector<Customer> out;
    std::string fts = ftsQuery(q.search);
    if (fts.empty() && !q.search.empty())
        return out;
    Statement st = m_db.prepare(pageSql(q));
    if (!fts.empty())
        st.bind(1, fts);
    st.bind(2, limit).bind(3, offset);
    out.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, 4096)));
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

std::vector<TimelineEvent> CustomerRepository::timeline(std::int64_t customerId, std::int64_t limit)
{
    return TimelineRepository(m_db).page(customerId, 0, limit);
}

} // namespace vd
