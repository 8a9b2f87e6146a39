#include "valuedesk/segment/SegmentStore.h"

#include "valuedesk/Error.h"
#include "valuedesk/segment/Activity.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace vd::segment {

namespace {

std::vector<std::string> orderLabels(const std::string& definition, std::set<std::string> present)
{
    std::vector<std::string> out;
    try {
        auto j = nlohmann::json::parse(definition);
        if (j.is_object() && j.contains("labels") && j["labels"].is_array())
            for (const auto& l : j["labels"])
                if (l.is_string() && present.erase(l.get<std::string>()))
                    out.push_back(l.get<std::string>());
    } catch (const nlohmann::json::exception&) {
        // a definition we cannot read just loses its label order
    }
    for (const auto& l : present)
        out.push_back(l);
    return out;
}

SavedSegment readSegment(Statement& st)
{
    SavedSegment s;
    s.id = st.getInt(0);
    s.name = st.getText(1);
    s.kind = st.getText(2);
    s.definition = st.getText(3);
    s.createdAt = st.getInt(4);
    s.members = st.getInt(5);
    return s;
}

constexpr const char* kSelect =
    "SELECT s.id, s.name, s.kind, s.definition, s.created_at, "
    "(SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id) FROM segments s ";

} // namespace

const std::vector<std::string>& SegmentStore::kinds()
{
    static const std::vector<std::string> k = {"rfm",  "kmeans",  "rule",
                                               "tier", "pyramid", "manual"};
    return k;
}

std::int64_t SegmentStore::save(const std::string& name, const std::string& kind,
                                const std::string& definitionJson,
                                const std::vector<SegmentMember>& members,
                                std::optional<std::int64_t> createdAt,
                                const ProgressCallback& progress)
{
    std::string trimmed = name;
    trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    if (trimmed.empty())
        throw InputError("a saved segment needs a name");
    if (std::find(kinds().begin(), kinds().end(), kind) == kinds().end())
        throw InputError("unknown segment kind \"" + kind +
                         "\" (rfm, kmeans, rule, tier, pyramid or manual)");
    try {
        if (!nlohmann::json::parse(definitionJson).is_object())
            throw InputError("a segment definition must be a JSON object");
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError("the segment definition is not valid JSON (" + std::string(e.what()) +
                         ")");
    }
    std::vector<std::int64_t> ids;
    ids.reserve(members.size());
    for (const auto& m : members)
        ids.push_back(m.customerId);
    std::sort(ids.begin(), ids.end());
    auto dup = std::adjacent_find(ids.begin(), ids.end());
    if (dup != ids.end())
        throw InputError("customer " + std::to_string(*dup) + " is listed twice in the segment");
    const std::int64_t when =
        createdAt.value_or(std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count());
    if (m_db.queryInt("SELECT count(*) FROM segments WHERE name = ?1 AND created_at = ?2", trimmed,
                      when) > 0)
        throw InputError("a segment called \"" + trimmed +
                         "\" was already saved at this second; wait a moment or choose "
                         "another name");
    ProgressReporter reporter(progress);
    Transaction tx(m_db);
    Statement ins = m_db.prepare(
        "INSERT INTO segments (name, kind, definition, created_at) VALUES (?1, ?2, ?3, ?4)");
    ins.bindAll(trimmed, kind, definitionJson, when);
    ins.run();
    const std::int64_t id = m_db.lastInsertId();
    // Every member must be a customer. A large segment is checked in one ordered pass over
    // the customer ids (merge with the sorted member ids), a small one by a lookup each.
    auto missing = [&]() -> std::optional<std::int64_t> {
        if (ids.empty())
            return std::nullopt;
        if (ids.size() >= 4096) {
            Statement all = m_db.prepare("SELECT id FROM customers WHERE id >= ?1 ORDER BY id");
            all.bind(1, ids.front());
            std::size_t k = 0;
            while (k < ids.size() && all.step()) {
                const std::int64_t c = all.getInt(0);
                if (ids[k] < c)
                    return ids[k];
                if (ids[k] == c)
                    ++k;
            }
            return k < ids.size() ? std::optional(ids[k]) : std::nullopt;
        }
        Statement exists = m_db.prepare("SELECT 1 FROM customers WHERE id = ?1");
        for (std::int64_t c : ids) {
            exists.reset();
            exists.bind(1, c);
            if (!exists.step())
                return c;
        }
        return std::nullopt;
    };
    if (auto c = missing())
        throw InputError("customer " + std::to_string(*c) + " does not exist");
    Statement add = m_db.prepare(
        "INSERT INTO segment_members (segment_id, customer_id, label) VALUES (?1, ?2, ?3)");
    const auto total = static_cast<std::int64_t>(members.size());
    std::int64_t done = 0;
    for (const auto& m : members) {
        add.bind(1, id);
        add.bind(2, m.customerId);
        if (m.label.empty())
            add.bind(3, nullptr);
        else
            add.bind(3, m.label);
        add.run();
        if ((++done & 0x3FFF) == 0)
            reporter.update(done, total, "saving members");
    }
    tx.commit();
    return id;
}

std::vector<SavedSegment> SegmentStore::list()
{
    Statement st = m_db.prepare(std::string(kSelect) + "ORDER BY s.created_at DESC, s.id DESC");
    std::vector<SavedSegment> out;
    while (st.step())
        out.push_back(readSegment(st));
    for (auto& s : out) {
        std::set<std::string> present;
        for (const auto& [label, count] : labelCounts(s.id))
            present.insert(label);
        s.labels = orderLabels(s.definition, std::move(present));
    }
    return out;
}

std::optional<SavedSegment> SegmentStore::get(std::int64_t id)
{
    Statement st = m_db.prepare(std::string(kSelect) + "WHERE s.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    SavedSegment s = readSegment(st);
    std::set<std::string> present;
    for (const auto& [label, count] : labelCounts(s.id))
        present.insert(label);
    s.labels = orderLabels(s.definition, std::move(present));
    return s;
}

SavedSegment SegmentStore::resolve(const std::string& idOrName)
{
    const bool numeric =
        !idOrName.empty() && std::all_of(idOrName.begin(), idOrName.end(),
                                         [](unsigned char ch) { return std::isdigit(ch); });
    if (numeric && idOrName.size() < 19) {
        if (auto s = get(std::stoll(idOrName)))
            return *s;
    }
    Statement st = m_db.prepare(
        "SELECT id FROM segments WHERE name = ?1 ORDER BY created_at DESC, id DESC LIMIT 1");
    st.bind(1, idOrName);
    if (st.step())
        return *get(st.getInt(0));
    throw InputError("no saved segment with id or name \"" + idOrName + "\"");
}

std::vector<SegmentMember> SegmentStore::members(std::int64_t id,
                                                 const std::optional<std::string>& label)
{
    Statement st =
        label ? m_db.prepare("SELECT customer_id, coalesce(label, '') FROM segment_members "
                             "WHERE segment_id = ?1 AND coalesce(label, '') = ?2 "
                             "ORDER BY customer_id")
              : m_db.prepare("SELECT customer_id, coalesce(label, '') FROM segment_members "
                             "WHERE segment_id = ?1 ORDER BY customer_id");
    st.bind(1, id);
    if (label)
        st.bind(2, *label);
    std::vector<SegmentMember> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1)});
    return out;
}

std::vector<std::pair<std::string, std::int64_t>> SegmentStore::labelCounts(std::int64_t id)
{
    Statement st = m_db.prepare("SELECT coalesce(label, ''), count(*) FROM segment_members "
                                "WHERE segment_id = ?1 GROUP BY 1 ORDER BY 1");
    st.bind(1, id);
    std::vector<std::pair<std::string, std::int64_t>> out;
    while (st.step())
        out.emplace_back(st.getText(0), st.getInt(1));
    return out;
}

std::int64_t SegmentStore::memberCount(std::int64_t id, const std::optional<std::string>& label)
{
    if (label)
        return m_db.queryInt("SELECT count(*) FROM segment_members WHERE segment_id = ?1 AND "
                             "coalesce(label, '') = ?2",
                             id, *label);
    return m_db.queryInt("SELECT count(*) FROM segment_members WHERE segment_id = ?1", id);
}

std::vector<MemberRow> SegmentStore::memberPage(std::int64_t id, std::int64_t offset,
                                                std::int64_t limit,
                                                const std::optional<std::string>& label)
{
    if (offset < 0 || limit < 0)
        throw InputError("a member page needs a non-negative offset and limit");
    Statement st = m_db.prepare(
        std::string("SELECT m.customer_id, c.external_id, c.name, coalesce(m.label, '') "
                    "FROM segment_members m JOIN customers c ON c.id = m.customer_id "
                    "WHERE m.segment_id = ?1") +
        (label ? " AND coalesce(m.label, '') = ?4" : "") +
        " ORDER BY m.customer_id LIMIT ?2 OFFSET ?3");
    st.bind(1, id);
    st.bind(2, limit);
    st.bind(3, offset);
    if (label)
        st.bind(4, *label);
    std::vector<MemberRow> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3)});
    return out;
}

std::vector<MemberRow> SegmentStore::customerRows(const std::vector<std::int64_t>& customerIds)
{
    std::vector<MemberRow> out;
    out.reserve(customerIds.size());
    Statement st = m_db.prepare("SELECT external_id, name FROM customers WHERE id = ?1");
    for (auto id : customerIds) {
        st.reset();
        st.bind(1, id);
        if (st.step())
            out.push_back({id, st.getText(0), st.getText(1), {}});
    }
    return out;
}

void SegmentStore::remove(std::int64_t id)
{
    Statement st = m_db.prepare("DELETE FROM segments WHERE id = ?1");
    st.bind(1, id);
    st.run();
    if (m_db.changes() == 0)
        throw InputError("no saved segment " + std::to_string(id));
}

void SegmentStore::rename(std::int64_t id, const std::string& name)
{
    if (name.empty())
        throw InputError("a saved segment needs a name");
    auto s = get(id);
    if (!s)
        throw InputError("no saved segment " + std::to_string(id));
    if (m_db.queryInt("SELECT count(*) FROM segments WHERE name = ?1 AND created_at = ?2 AND "
                      "id <> ?3",
                      name, s->createdAt, id) > 0)
        throw InputError("another segment called \"" + name + "\" was saved at the same time");
    Statement st = m_db.prepare("UPDATE segments SET name = ?1 WHERE id = ?2");
    st.bindAll(name, id);
    st.run();
}

std::vector<ComparisonRow> SegmentStore::compare(const std::vector<std::int64_t>& ids,
                                                 const CompareOptions& options,
                                                 const ProgressCallback& progress)
{
    if (ids.empty())
        throw InputError("choose at least one saved segment to compare");
    if (!(options.churnPAlive > 0.0 && options.churnPAlive <= 1.0))
        throw InputError("the churn-risk P(alive) threshold must be in (0, 1]");
    std::vector<SavedSegment> segments;
    for (auto id : ids) {
        auto s = get(id);
        if (!s)
            throw InputError("no saved segment " + std::to_string(id));
        segments.push_back(std::move(*s));
    }
    ProgressReporter reporter(progress);
    ProgressCallback scan;
    if (progress)
        scan = [&progress](double f, std::string_view s) { return progress(0.6 * f, s); };
    const ActivityTable activity = loadActivity(m_db, std::nullopt, scan);
    double baseRevenue = 0.0;
    for (const auto& a : activity.customers)
        baseRevenue += a.revenue;
    reporter.stage(0.6, "reading predictions and answers");
    struct Prediction
    {
        std::int64_t id;
        std::optional<double> clv, pAlive;
    };
    std::vector<Prediction> predictions;
    {
        Statement st = m_db.prepare("SELECT customer_id, clv, p_alive FROM current_predictions "
                                    "ORDER BY customer_id");
        while (st.step())
            predictions.push_back({st.getInt(0), st.getOptDouble(1), st.getOptDouble(2)});
    }
    const auto nps = loadNpsAnswers(m_db);

    struct Acc
    {
        std::int64_t customers = 0, withClv = 0, withPAlive = 0, atRisk = 0, answers = 0,
                     promoters = 0, detractors = 0;
        double revenue = 0.0, clv = 0.0;
        void add(const CustomerActivity* a, const Prediction* p, const CustomerNps* n,
                 double threshold)
        {
            ++customers;
            if (a)
                revenue += a->revenue;
            if (p && p->clv) {
                ++withClv;
                clv += *p->clv;
            }
            if (p && p->pAlive) {
                ++withPAlive;
                if (*p->pAlive < threshold)
                    ++atRisk;
            }
            if (n) {
                ++answers;
                promoters += n->latest >= 9;
                detractors += n->latest <= 6;
            }
        }
    };
    auto row = [&](const SavedSegment& s, const std::string& label, const Acc& a) {
        ComparisonRow r;
        r.segmentId = s.id;
        r.segmentName = s.name;
        r.label = label;
        r.customers = a.customers;
        r.revenue = a.revenue;
        if (baseRevenue > 0.0)
            r.revenueShare = a.revenue / baseRevenue;
        r.withPrediction = a.withClv;
        if (a.withClv > 0)
            r.averageClv = a.clv / static_cast<double>(a.withClv);
        r.npsAnswers = a.answers;
        if (a.answers > 0)
            r.nps = 100.0 * static_cast<double>(a.promoters - a.detractors) /
                    static_cast<double>(a.answers);
        if (a.withPAlive > 0)
            r.churnRiskShare = static_cast<double>(a.atRisk) / static_cast<double>(a.withPAlive);
        return r;
    };

    std::vector<ComparisonRow> out;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        reporter.stage(0.7 + 0.3 * static_cast<double>(i) / static_cast<double>(segments.size()),
                       "comparing " + segments[i].name);
        Acc whole;
        std::map<std::string, Acc> byLabel;
        std::size_t ip = 0, in = 0;
        // Members come in customer-id order; walk the sorted predictions and answers along.
        for (const auto& m : members(segments[i].id)) {
            const CustomerActivity* a = activity.find(m.customerId);
            while (ip < predictions.size() && predictions[ip].id < m.customerId)
                ++ip;
            while (in < nps.size() && nps[in].customerId < m.customerId)
                ++in;
            const Prediction* p = ip < predictions.size() && predictions[ip].id == m.customerId
                                      ? &predictions[ip]
                                      : nullptr;
            const CustomerNps* n =
                in < nps.size() && nps[in].customerId == m.customerId ? &nps[in] : nullptr;
            whole.add(a, p, n, options.churnPAlive);
            if (options.bySubgroup)
                byLabel[m.label].add(a, p, n, options.churnPAlive);
        }
        out.push_back(row(segments[i], "", whole));
        if (options.bySubgroup) {
            std::set<std::string> present;
            for (const auto& [label, acc] : byLabel)
                present.insert(label);
            for (const auto& label : orderLabels(segments[i].definition, present))
                out.push_back(row(segments[i], label, byLabel[label]));
        }
    }
    reporter.stage(1.0, "done");
    return out;
}

MigrationMatrix SegmentStore::migration(std::int64_t from, std::int64_t to)
{
    auto a = get(from);
    auto b = get(to);
    if (!a)
        throw InputError("no saved segment " + std::to_string(from));
    if (!b)
        throw InputError("no saved segment " + std::to_string(to));
    MigrationMatrix mm;
    mm.from = *a;
    mm.to = *b;
    mm.labelsFrom = a->labels;
    mm.labelsTo = b->labels;
    auto indexIn = [](const std::vector<std::string>& v, const std::string& s) {
        return static_cast<std::size_t>(std::find(v.begin(), v.end(), s) - v.begin());
    };
    mm.counts.assign(mm.labelsFrom.size(), std::vector<std::int64_t>(mm.labelsTo.size(), 0));
    mm.onlyInFrom.assign(mm.labelsFrom.size(), 0);
    mm.onlyInTo.assign(mm.labelsTo.size(), 0);
    {
        Statement st = m_db.prepare("SELECT coalesce(x.label, ''), coalesce(y.label, ''), count(*) "
                                    "FROM segment_members x JOIN segment_members y "
                                    "  ON y.segment_id = ?2 AND y.customer_id = x.customer_id "
                                    "WHERE x.segment_id = ?1 GROUP BY 1, 2");
        st.bindAll(from, to);
        while (st.step()) {
            mm.counts[indexIn(mm.labelsFrom, st.getText(0))][indexIn(mm.labelsTo, st.getText(1))] +=
                st.getInt(2);
            mm.inBoth += st.getInt(2);
        }
    }
    auto only = [&](std::int64_t self, std::int64_t other, const std::vector<std::string>& labels,
                    std::vector<std::int64_t>& out) {
        Statement st =
            m_db.prepare("SELECT coalesce(x.label, ''), count(*) FROM segment_members x "
                         "WHERE x.segment_id = ?1 AND NOT EXISTS (SELECT 1 FROM segment_members y "
                         "  WHERE y.segment_id = ?2 AND y.customer_id = x.customer_id) GROUP BY 1");
        st.bindAll(self, other);
        while (st.step())
            out[indexIn(labels, st.getText(0))] += st.getInt(1);
    };
    only(from, to, mm.labelsFrom, mm.onlyInFrom);
    only(to, from, mm.labelsTo, mm.onlyInTo);
    return mm;
}

} // namespace vd::segment
