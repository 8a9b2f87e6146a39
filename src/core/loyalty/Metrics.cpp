#include "valuedesk/loyalty/Metrics.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <spdlog/spdlog.h>

namespace vd::loyalty {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kMinTs = std::numeric_limits<std::int64_t>::min() / 4;
constexpr std::int64_t kMaxTs = std::numeric_limits<std::int64_t>::max() / 4;

// Floor of ts / 86400 in SQL (SQLite's integer division truncates towards zero).
constexpr const char* kRawDayExpr = "((r.ts - (((r.ts % 86400) + 86400) % 86400)) / 86400)";

// Score aggregates shared by the raw query; NULL scores drop out of every count and sum.
constexpr const char* kRawAggregates =
    "count(*), coalesce(sum(r.nps <= 6), 0), coalesce(sum(r.nps BETWEEN 7 AND 8), 0), "
    "coalesce(sum(r.nps >= 9), 0), count(r.csat), coalesce(sum(r.csat >= 4), 0), "
    "total(r.csat), total(r.csat * r.csat), count(r.ces), coalesce(sum(r.ces >= 5), 0), "
    "total(r.ces), total(r.ces * r.ces)";

constexpr const char* kRollupAggregates =
    "sum(responses), sum(nps_detractors), sum(nps_passives), sum(nps_promoters), sum(csat_n), "
    "sum(csat_top2), sum(csat_sum), sum(csat_sumsq), sum(ces_n), sum(ces_agree), sum(ces_sum), "
    "sum(ces_sumsq)";

// Newest snapshot of every saved segment name.
constexpr const char* kLatestSegments =
    "(SELECT s.id, s.name FROM segments s WHERE NOT EXISTS (SELECT 1 FROM segments s2 "
    "WHERE s2.name = s.name AND (s2.created_at > s.created_at OR "
    "(s2.created_at = s.created_at AND s2.id > s.id))))";

void bindIfPresent(Statement& st, const char* name, const std::optional<std::string>& value)
{
    const int index = st.parameterIndex(name);
    if (index > 0)
        st.bind(index, value);
}

void bindIfPresent(Statement& st, const char* name, std::int64_t value)
{
    const int index = st.parameterIndex(name);
    if (index > 0)
        st.bind(index, value);
}

ScoreCounts readCounts(const Statement& st, int first)
{
    ScoreCounts c;
    c.responses = st.getInt(first);
    c.detractors = st.getInt(first + 1);
    c.passives = st.getInt(first + 2);
    c.promoters = st.getInt(first + 3);
    c.csatN = st.getInt(first + 4);
    c.csatTop2 = st.getInt(first + 5);
    c.csatSum = st.getDouble(first + 6);
    c.csatSumSq = st.getDouble(first + 7);
    c.cesN = st.getInt(first + 8);
    c.cesAgree = st.getInt(first + 9);
    c.cesSum = st.getDouble(first + 10);
    c.cesSumSq = st.getDouble(first + 11);
    return c;
}

void checkFilter(const MetricsFilter& f)
{
    if (f.segmentLabel && !f.segment)
        throw InputError("a segment label filter needs a segment (--segment NAME)");
    if (f.from && f.to && *f.to <= *f.from)
        throw InputError("the end of the date range must be after its start");
}

std::optional<std::pair<std::int64_t, std::int64_t>> responseSpan(Database& db)
{
    Statement st = db.prepare("SELECT min(ts), max(ts) FROM responses");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.getInt(0), st.getInt(1));
}

bool dayAligned(const std::optional<std::int64_t>& t)
{
    return !t || *t % kDay == 0;
}

struct KeyedCounts
{
    std::string key;
    std::int64_t day = 0; // for Breakdown::Period
    ScoreCounts counts;
};

// Runs the grouped query, from the cache when it can answer it.
std::vector<KeyedCounts> queryCounts(Database& db, const MetricsQuery& q, std::int64_t from,
                                     std::int64_t to)
{
    const MetricsFilter& f = q.filter;
    const bool needsCustomers = f.segment.has_value() || q.by == Breakdown::Segment;
    bool useRollup = !needsCustomers && dayAligned(f.from) && dayAligned(f.to);
    if (useRollup) {
        try {
            refreshResponseRollup(db);
        } catch (const DatabaseError& e) {
            spdlog::warn("loyalty: response cache not refreshed ({}); querying responses",
                         e.what());
            useRollup = false;
        }
    }

    std::string sql;
    if (useRollup) {
        const char* key = "''";
        switch (q.by) {
        case Breakdown::Period:
            key = "day";
            break;
        case Breakdown::Channel:
            key = "channel";
            break;
        case Breakdown::Touchpoint:
            key = "touchpoint";
            break;
        default:
            break;
        }
        sql = std::string("SELECT ") + key + ", " + kRollupAggregates +
              " FROM response_daily WHERE day >= :fromDay AND day < :toDay"
              " AND (:ch IS NULL OR channel = :ch) AND (:tp IS NULL OR touchpoint = :tp)"
              " GROUP BY 1 ORDER BY 1";
    } else {
        std::string key = "''";
        std::string join;
        switch (q.by) {
        case Breakdown::Period:
            key = kRawDayExpr;
            break;
        case Breakdown::Channel:
            key = "coalesce(r.channel, '')";
            break;
        case Breakdown::Touchpoint:
            key = "coalesce(r.touchpoint, '')";
            break;
        case Breakdown::Segment:
            key = f.segment ? "coalesce(sm.label, '')" : "seg.name";
            break;
        case Breakdown::Total:
            break;
        }
        if (f.segment)
            join = " JOIN segment_members sm ON sm.customer_id = r.customer_id"
                   " AND sm.segment_id = :seg AND (:label IS NULL OR sm.label = :label)";
        else if (q.by == Breakdown::Segment)
            join = std::string(" JOIN segment_members sm ON sm.customer_id = r.customer_id"
                               " JOIN ") +
                   kLatestSegments + " seg ON seg.id = sm.segment_id";
        sql = "SELECT " + key + ", " + kRawAggregates + " FROM responses r" + join +
              " WHERE r.ts >= :from AND r.ts < :to AND (:ch IS NULL OR r.channel = :ch)"
              " AND (:tp IS NULL OR r.touchpoint = :tp) GROUP BY 1 ORDER BY 1";
    }

    Statement st = db.prepare(sql);
    bindIfPresent(st, ":fromDay", floorDay(from));
    // to is exclusive; a day-aligned bound maps to its day, otherwise to the next one.
    bindIfPresent(st, ":toDay", floorDay(to - 1) + 1);
    bindIfPresent(st, ":from", from);
    bindIfPresent(st, ":to", to);
    bindIfPresent(st, ":ch", f.channel);
    bindIfPresent(st, ":tp", f.touchpoint);
    if (f.segment)
        bindIfPresent(st, ":seg", segmentIdByName(db, *f.segment));
    bindIfPresent(st, ":label", f.segmentLabel);

    std::vector<KeyedCounts> rows;
    while (st.step()) {
        KeyedCounts k;
        if (q.by == Breakdown::Period)
            k.day = st.getInt(0);
        else
            k.key = st.isNull(0) ? std::string() : st.getText(0);
        k.counts = readCounts(st, 1);
        rows.push_back(std::move(k));
    }
    return rows;
}

std::string periodsJson(const std::vector<Period>& periods, Grain grain)
{
    std::string json = "[";
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const Period prev = previousPeriod(periods[i], grain);
        if (i)
            json += ',';
        json += '[' + std::to_string(periods[i].start) + ',' + std::to_string(periods[i].end) +
                ',' + std::to_string(prev.start) + ']';
    }
    json += ']';
    return json;
}

} // namespace

ScoreCounts& ScoreCounts::operator+=(const ScoreCounts& o)
{
    responses += o.responses;
    detractors += o.detractors;
    passives += o.passives;
    promoters += o.promoters;
    csatN += o.csatN;
    csatTop2 += o.csatTop2;
    csatSum += o.csatSum;
    csatSumSq += o.csatSumSq;
    cesN += o.cesN;
    cesAgree += o.cesAgree;
    cesSum += o.cesSum;
    cesSumSq += o.cesSumSq;
    return *this;
}

ScoreMetrics scoreMetricsFromCounts(std::string key, const ScoreCounts& c, double confidence)
{
    ScoreMetrics m;
    m.key = std::move(key);
    m.counts = c;
    if (c.npsN() > 0)
        m.nps = npsFromCounts(c.detractors, c.passives, c.promoters, confidence);
    if (c.csatN > 0) {
        m.csatTop2 = proportionInterval(c.csatTop2, c.csatN, confidence);
        m.csatMean = meanInterval(c.csatN, c.csatSum, c.csatSumSq, confidence);
    }
    if (c.cesN > 0) {
        m.cesAgree = proportionInterval(c.cesAgree, c.cesN, confidence);
        m.cesMean = meanInterval(c.cesN, c.cesSum, c.cesSumSq, confidence);
    }
    return m;
}

std::vector<ScoreMetrics> scoreMetrics(Database& db, const MetricsQuery& q)
{
    checkFilter(q.filter);
    std::int64_t from = q.filter.from.value_or(kMinTs);
    std::int64_t to = q.filter.to.value_or(kMaxTs);
    std::vector<Period> periods;
    if (q.by == Breakdown::Period) {
        // Periods span the requested range, clipped to the data when a bound is open.
        auto span = responseSpan(db);
        if (!span)
            return {};
        if (!q.filter.from)
            from = span->first;
        if (!q.filter.to)
            to = span->second + 1;
        periods = periodsCovering(from, to, q.grain);
    }

    std::vector<KeyedCounts> rows = queryCounts(db, q, from, to);
    std::vector<ScoreMetrics> out;
    if (q.by != Breakdown::Period) {
        out.reserve(rows.size());
        for (auto& r : rows)
            out.push_back(scoreMetricsFromCounts(std::move(r.key), r.counts, q.confidence));
        return out;
    }

    std::vector<ScoreCounts> perPeriod(periods.size());
    for (const auto& r : rows) {
        const std::int64_t ts = r.day * kDay;
        auto it = std::upper_bound(periods.begin(), periods.end(), ts,
                                   [](std::int64_t t, const Period& p) { return t < p.start; });
        if (it == periods.begin())
            continue; // cannot happen: the query is restricted to the range
        perPeriod[static_cast<std::size_t>(it - periods.begin() - 1)] += r.counts;
    }
    out.reserve(periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i) {
        ScoreMetrics m = scoreMetricsFromCounts(periods[i].label, perPeriod[i], q.confidence);
        m.period = periods[i];
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<RetentionMetrics> retentionMetrics(Database& db, const MetricsQuery& q,
                                               ProgressCallback progress)
{
    checkFilter(q.filter);
    if (q.filter.touchpoint)
        throw InputError("retention cannot be filtered by touchpoint: orders have none");
    ProgressReporter reporter(std::move(progress));
    reporter.stage(0.0, "retention");

    std::int64_t from = q.filter.from.value_or(0);
    std::int64_t to = q.filter.to.value_or(0);
    if (!q.filter.from || !q.filter.to) {
        Statement span = db.prepare("SELECT min(ts), max(ts) FROM transactions");
        if (!span.step() || span.isNull(0))
            return {};
        if (!q.filter.from)
            from = span.getInt(0);
        if (!q.filter.to)
            to = span.getInt(1) + 1;
    }
    std::vector<Period> periods = periodsCovering(from, to, q.grain);
    if (periods.empty())
        return {};
    // One extra period in front gives the first period its previous-period buyers.
    periods.insert(periods.begin(), previousPeriod(periods.front(), q.grain));

    std::string segJoin;
    if (q.filter.segment)
        segJoin = " JOIN segment_members sm ON sm.customer_id = t.customer_id"
                  " AND sm.segment_id = :seg AND (:label IS NULL OR sm.label = :label)";
    const std::string sql =
        "WITH p AS (SELECT CAST(key AS INTEGER) AS k, json_extract(value, '$[0]') AS s,"
        " json_extract(value, '$[1]') AS e, json_extract(value, '$[2]') AS ps"
        " FROM json_each(:periods)),"
        " cp AS (SELECT p.k AS k, p.s AS s, p.ps AS ps, t.customer_id AS c,"
        " sum(t.is_return = 0) AS orders,"
        " total(CASE WHEN t.is_return = 1 THEN -abs(t.amount) ELSE t.amount END) AS revenue"
        " FROM p JOIN transactions t ON t.ts >= p.s AND t.ts < p.e" +
        segJoin +
        " WHERE (:ch IS NULL OR t.channel = :ch) GROUP BY p.k, t.customer_id)"
        " SELECT k, coalesce(sum(orders > 0), 0), coalesce(sum(orders >= 2), 0),"
        " coalesce(sum(orders), 0), total(revenue),"
        " coalesce(sum(k > 0 AND orders > 0 AND EXISTS (SELECT 1 FROM transactions t2"
        " WHERE t2.customer_id = cp.c AND t2.ts >= cp.ps AND t2.ts < cp.s"
        " AND t2.is_return = 0 AND (:ch IS NULL OR t2.channel = :ch))), 0)"
        " FROM cp GROUP BY k ORDER BY k";
    Statement st = db.prepare(sql);
    st.bind(st.parameterIndex(":periods"), periodsJson(periods, q.grain));
    bindIfPresent(st, ":ch", q.filter.channel);
    if (q.filter.segment)
        bindIfPresent(st, ":seg", segmentIdByName(db, *q.filter.segment));
    bindIfPresent(st, ":label", q.filter.segmentLabel);

    std::vector<RetentionMetrics> all(periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i)
        all[i].period = periods[i];
    while (st.step()) {
        const auto k = static_cast<std::size_t>(st.getInt(0));
        if (k >= all.size())
            continue;
        all[k].buyers = st.getInt(1);
        all[k].repeatBuyers = st.getInt(2);
        all[k].orders = st.getInt(3);
        all[k].revenue = st.getDouble(4);
        all[k].retained = st.getInt(5);
    }
    reporter.stage(1.0, "retention");

    std::vector<RetentionMetrics> out;
    out.reserve(periods.size() - 1);
    for (std::size_t i = 1; i < all.size(); ++i) {
        RetentionMetrics m = all[i];
        m.previousBuyers = all[i - 1].buyers;
        if (m.previousBuyers > 0) {
            m.retention = proportionInterval(m.retained, m.previousBuyers, q.confidence);
            m.churn =
                proportionInterval(m.previousBuyers - m.retained, m.previousBuyers, q.confidence);
        }
        if (m.buyers > 0)
            m.repurchase = proportionInterval(m.repeatBuyers, m.buyers, q.confidence);
        out.push_back(std::move(m));
    }
    return out;
}

bool refreshResponseRollup(Database& db)
{
    auto current = [&db] {
        Statement st = db.prepare("SELECT count(*), coalesce(max(id), 0) FROM responses");
        st.step();
        return std::make_pair(st.getInt(0), st.getInt(1));
    };
    {
        Statement st =
            db.prepare("SELECT responses, max_id FROM response_daily_state WHERE id = 1");
        if (st.step() && std::make_pair(st.getInt(0), st.getInt(1)) == current())
            return false;
    }
    Transaction tx(db);
    db.exec("DELETE FROM response_daily");
    db.exec("INSERT INTO response_daily SELECT ((ts - (((ts % 86400) + 86400) % 86400)) / 86400),"
            " coalesce(channel, ''), coalesce(touchpoint, ''), count(*),"
            " coalesce(sum(nps <= 6), 0), coalesce(sum(nps BETWEEN 7 AND 8), 0),"
            " coalesce(sum(nps >= 9), 0), count(csat), coalesce(sum(csat >= 4), 0),"
            " coalesce(sum(csat), 0), coalesce(sum(csat * csat), 0), count(ces),"
            " coalesce(sum(ces >= 5), 0), coalesce(sum(ces), 0), coalesce(sum(ces * ces), 0)"
            " FROM responses GROUP BY 1, 2, 3");
    const auto [count, maxId] = current();
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    db.prepare("INSERT OR REPLACE INTO response_daily_state (id, responses, max_id, built_at)"
               " VALUES (1, ?, ?, ?)")
        .bindAll(count, maxId, static_cast<std::int64_t>(now))
        .run();
    tx.commit();
    return true;
}

std::int64_t segmentIdByName(Database& db, const std::string& name)
{
    Statement st = db.prepare("SELECT id FROM segments WHERE name = ?"
                              " ORDER BY created_at DESC, id DESC LIMIT 1");
    st.bind(1, name);
    if (!st.step())
        throw InputError("no saved segment is named \"" + name + "\"");
    return st.getInt(0);
}

std::vector<std::string> segmentNames(Database& db)
{
    std::vector<std::string> names;
    Statement st = db.prepare("SELECT DISTINCT name FROM segments ORDER BY name");
    while (st.step())
        names.push_back(st.getText(0));
    return names;
}

std::optional<std::pair<std::int64_t, std::int64_t>> activitySpan(Database& db)
{
    // One min() or max() per subquery: SQLite answers each from the ts index in O(log n),
    // whereas min(ts), max(ts) together scan the whole table (the dashboard calls this on
    // the UI thread).
    Statement st = db.prepare("SELECT min(a), max(b) FROM ("
                              "SELECT (SELECT min(ts) FROM responses) AS a,"
                              " (SELECT max(ts) FROM responses) AS b UNION ALL "
                              "SELECT (SELECT min(ts) FROM transactions),"
                              " (SELECT max(ts) FROM transactions))");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.getInt(0), st.getInt(1));
}

} // namespace vd::loyalty
