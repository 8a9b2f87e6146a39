#include "valuedesk/loyalty/Metrics.h"

#include "loyalty/BuyerAccumulator.h"
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
    // Separate subqueries, so that each is answered from an end of idx_responses_ts.
    Statement st =
        db.prepare("SELECT (SELECT min(ts) FROM responses), (SELECT max(ts) FROM responses)");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.getInt(0), st.getInt(1));
}

bool dayAligned(const std::optional<std::int64_t>& t)
{
    return !t || *t % kDay == 0;
}

struct OrderRow
{
    std::int64_t customer;
    std::int64_t ts;
    std::int64_t id;
    double amount;
    bool isReturn;
};

void sortByCustomerAndTime(std::vector<OrderRow>& rows)
{
    std::sort(rows.begin(), rows.end(), [](const OrderRow& a, const OrderRow& b) {
        return a.customer != b.customer ? a.customer < b.customer
                                        : (a.ts != b.ts ? a.ts < b.ts : a.id < b.id);
    });
}

struct KeyedCounts
{
    std::string key;
    std::int64_t day = 0; // for Breakdown::Period
    ScoreCounts counts;
};

// Runs the grouped query, from the cache when it can answer it.
// True when a segment's members are fewer than the rows of `table` (responses or
// transactions) in [from, to): then the members should drive the join. Both counts are
// index range scans (segment key, ts index).
bool memberDriven(Database& db, std::int64_t segmentId, std::string_view table, std::int64_t from,
                  std::int64_t to)
{
    const std::int64_t members =
        db.queryInt("SELECT count(*) FROM segment_members WHERE segment_id = ?", segmentId);
    Statement rows = db.prepare(table == "responses"
                                    ? "SELECT count(*) FROM responses WHERE ts >= ? AND ts < ?"
                                    : "SELECT count(*) FROM transactions WHERE ts >= ? AND ts < ?");
    rows.bindAll(from, to);
    rows.step();
    return members <= rows.getInt(0);
}

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
        std::string source = " FROM responses r";
        std::string where = " WHERE r.ts >= :from AND r.ts < :to";
        if (f.segment) {
            // Whichever side is smaller drives the join (CROSS JOIN fixes the loop order): the
            // members, with one probe of the (customer_id, ts) index each, or the responses of
            // the range, with one probe of the (segment_id, customer_id) key each. A month of
            // a big segment reads the month; twelve months of a small one read its members.
            const std::int64_t segmentId = segmentIdByName(db, *f.segment);
            if (memberDriven(db, segmentId, "responses", from, to))
                source = " FROM segment_members sm CROSS JOIN responses r"
                         " ON r.customer_id = sm.customer_id";
            else
                source = " FROM responses r CROSS JOIN segment_members sm"
                         " ON sm.segment_id = :seg AND sm.customer_id = r.customer_id";
            where += " AND sm.segment_id = :seg AND (:label IS NULL OR sm.label = :label)";
        } else if (q.by == Breakdown::Segment) {
            join = std::string(" JOIN segment_members sm ON sm.customer_id = r.customer_id"
                               " JOIN ") +
                   kLatestSegments + " seg ON seg.id = sm.segment_id";
        }
        // key, source, join and where are fixed fragments chosen by the switch above; dates,
        // channel, touchpoint and segment are bound below, never spliced.
        sql = "SELECT " + key + ", " + kRawAggregates + source + join + where +
              " AND (:ch IS NULL OR r.channel = :ch)"
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
        m.csatMean = clampToScale(meanInterval(c.csatN, c.csatSum, c.csatSumSq, confidence), 1, 5);
    }
    if (c.cesN > 0) {
        m.cesAgree = proportionInterval(c.cesAgree, c.cesN, confidence);
        m.cesMean = clampToScale(meanInterval(c.cesN, c.cesSum, c.cesSumSq, confidence), 1, 7);
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
        // One min() or max() per subquery: each is an O(log n) index probe (together they
        // would scan every order).
        Statement span = db.prepare("SELECT (SELECT min(ts) FROM transactions),"
                                    " (SELECT max(ts) FROM transactions)");
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

    std::vector<RetentionMetrics> all(periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i)
        all[i].period = periods[i];
    auto fill = [&all](std::size_t k, const detail::BuyerTotals& t) {
        all[k].buyers = t.buyers;
        all[k].repeatBuyers = t.repeatBuyers;
        all[k].orders = t.orders;
        all[k].revenue = t.revenue;
        all[k].retained = k > 0 ? t.retained : 0;
    };

    bool useRollup = !q.filter.channel && !q.filter.segment;
    if (useRollup) {
        try {
            refreshRetentionRollup(db);
        } catch (const DatabaseError& e) {
            spdlog::warn("loyalty: retention rollup not refreshed ({}); querying orders", e.what());
            useRollup = false;
        }
    }

    if (useRollup) {
        // The whole base: a few rows of the precomputed buyers per period.
        Statement st = db.prepare("SELECT period_start, buyers, repeat_buyers, retained, orders,"
                                  " revenue FROM period_buyers WHERE grain = ? AND"
                                  " period_start >= ? AND period_start <= ?");
        st.bindAll(grainName(q.grain), periods.front().start, periods.back().start);
        std::map<std::int64_t, std::size_t> byStart;
        for (std::size_t i = 0; i < periods.size(); ++i)
            byStart[periods[i].start] = i;
        while (st.step()) {
            auto it = byStart.find(st.getInt(0));
            if (it == byStart.end())
                continue;
            detail::BuyerTotals t;
            t.buyers = st.getInt(1);
            t.repeatBuyers = st.getInt(2);
            t.retained = st.getInt(3);
            t.orders = st.getInt(4);
            t.revenue = st.getDouble(5);
            fill(it->second, t);
        }
    } else if (q.filter.segment && !q.filter.channel) {
        // A segment: its members' orders through the (segment, customer) key and the
        // (customer, ts) index, counted per customer in one pass. CROSS JOIN keeps the
        // members as the outer loop, so the cost follows the segment's size.
        // Or, when the orders of the range are fewer than the members, those orders probe
        // the segment key and are sorted by customer in memory.
        const std::int64_t segmentId = segmentIdByName(db, *q.filter.segment);
        const std::int64_t windowFrom = periods.front().start;
        const std::int64_t windowTo = periods.back().end;
        const bool members = memberDriven(db, segmentId, "transactions", windowFrom, windowTo);
        Statement st = db.prepare(
            members ? "SELECT t.customer_id, t.ts, t.amount, t.is_return, t.id"
                      " FROM segment_members sm CROSS JOIN transactions t"
                      " ON t.customer_id = sm.customer_id AND t.ts >= :from AND t.ts < :to"
                      " WHERE sm.segment_id = :seg AND (:label IS NULL OR sm.label = :label)"
                      " ORDER BY sm.customer_id, t.ts, t.id"
                    : "SELECT t.customer_id, t.ts, t.amount, t.is_return, t.id"
                      " FROM transactions t CROSS JOIN segment_members sm"
                      " ON sm.segment_id = :seg AND sm.customer_id = t.customer_id"
                      " WHERE t.ts >= :from AND t.ts < :to"
                      " AND (:label IS NULL OR sm.label = :label)");
        bindIfPresent(st, ":from", windowFrom);
        bindIfPresent(st, ":to", windowTo);
        bindIfPresent(st, ":seg", segmentId);
        bindIfPresent(st, ":label", q.filter.segmentLabel);
        detail::BuyerAccumulator acc({q.grain});
        std::int64_t count = 0;
        std::vector<OrderRow> rows;
        while (st.step()) {
            if (members)
                acc.add(st.getInt(0), st.getInt(1), st.getDouble(2), st.getInt(3) != 0);
            else
                rows.push_back(
                    {st.getInt(0), st.getInt(1), st.getInt(4), st.getDouble(2), st.getInt(3) != 0});
            if (++count % 65536 == 0)
                reporter.update(0, 1, "retention");
        }
        if (!members) {
            sortByCustomerAndTime(rows);
            for (const OrderRow& r : rows)
                acc.add(r.customer, r.ts, r.amount, r.isReturn);
        }
        acc.finish();
        const std::int64_t first = detail::periodNumber(periods.front().start, q.grain);
        for (const auto& [number, t] : acc.totals(0)) {
            const std::int64_t k = number - first;
            if (k >= 0 && k < static_cast<std::int64_t>(all.size()))
                fill(static_cast<std::size_t>(k), t);
        }
    } else {
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
        while (st.step()) {
            const auto k = static_cast<std::size_t>(st.getInt(0));
            if (k >= all.size())
                continue;
            detail::BuyerTotals t;
            t.buyers = st.getInt(1);
            t.repeatBuyers = st.getInt(2);
            t.orders = st.getInt(3);
            t.revenue = st.getDouble(4);
            t.retained = st.getInt(5);
            fill(k, t);
        }
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

namespace {

constexpr Grain kRollupGrains[] = {Grain::Week, Grain::Month, Grain::Quarter};

// Adds (sign +1) or subtracts (-1) accumulated totals to period_buyers.
void applyTotals(Database& db, const detail::BuyerAccumulator& acc, int sign)
{
    Statement upsert = db.prepare(
        "INSERT INTO period_buyers (grain, period_start, buyers, repeat_buyers, retained, orders,"
        " revenue) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (grain, period_start) DO"
        " UPDATE SET buyers = buyers + excluded.buyers,"
        " repeat_buyers = repeat_buyers + excluded.repeat_buyers,"
        " retained = retained + excluded.retained, orders = orders + excluded.orders,"
        " revenue = revenue + excluded.revenue");
    for (std::size_t g = 0; g < acc.grains().size(); ++g) {
        const Grain grain = acc.grains()[g];
        for (const auto& [number, t] : acc.totals(g)) {
            upsert.bindAll(grainName(grain), detail::periodNumberStart(number, grain),
                           sign * t.buyers, sign * t.repeatBuyers, sign * t.retained,
                           sign * t.orders, sign * t.revenue);
            upsert.run();
        }
    }
}

void rebuildRetentionRollup(Database& db, ProgressReporter& reporter)
{
    // Read in table order (sequential pages), then sort by customer and time in memory: far
    // cheaper than walking the (customer, ts) index with a table lookup per order.
    std::vector<OrderRow> rows;
    rows.reserve(static_cast<std::size_t>(db.queryInt("SELECT count(*) FROM transactions")));
    {
        Statement st =
            db.prepare("SELECT customer_id, ts, id, amount, is_return FROM transactions");
        while (st.step()) {
            rows.push_back(
                {st.getInt(0), st.getInt(1), st.getInt(2), st.getDouble(3), st.getInt(4) != 0});
            if (rows.size() % 262144 == 0)
                reporter.update(static_cast<std::int64_t>(rows.size()),
                                static_cast<std::int64_t>(rows.capacity()) * 2,
                                "counting buyers per period");
        }
    }
    sortByCustomerAndTime(rows);
    detail::BuyerAccumulator acc({std::begin(kRollupGrains), std::end(kRollupGrains)});
    for (const OrderRow& r : rows)
        acc.add(r.customer, r.ts, r.amount, r.isReturn);
    acc.finish();
    reporter.update(3, 4, "counting buyers per period");
    db.exec("DELETE FROM period_buyers");
    applyTotals(db, acc, +1);
}

void saveRetentionState(Database& db, std::int64_t rows, std::int64_t maxId)
{
    const auto builtAt = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    db.prepare("INSERT OR REPLACE INTO period_buyers_state (id, transactions, max_id, built_at)"
               " VALUES (1, ?, ?, ?)")
        .bindAll(rows, maxId, static_cast<std::int64_t>(builtAt))
        .run();
}

// Orders were only appended since the rollup was built (ids above maxId): only the
// customers who bought again change. Their totals without the new orders are subtracted and
// with them added back.
void updateRetentionRollup(Database& db, std::int64_t maxId, ProgressReporter& reporter)
{
    std::vector<std::int64_t> customers;
    {
        Statement st =
            db.prepare("SELECT DISTINCT customer_id FROM transactions WHERE id > ? ORDER BY 1");
        st.bind(1, maxId);
        while (st.step())
            customers.push_back(st.getInt(0));
    }
    const std::vector<Grain> grains(std::begin(kRollupGrains), std::end(kRollupGrains));
    detail::BuyerAccumulator before(grains);
    detail::BuyerAccumulator after(grains);
    Statement st = db.prepare("SELECT id, ts, amount, is_return FROM transactions"
                              " WHERE customer_id = ? ORDER BY ts, id");
    for (std::size_t i = 0; i < customers.size(); ++i) {
        st.reset();
        st.bind(1, customers[i]);
        while (st.step()) {
            const std::int64_t id = st.getInt(0);
            const std::int64_t ts = st.getInt(1);
            const double amount = st.getDouble(2);
            const bool isReturn = st.getInt(3) != 0;
            if (id <= maxId)
                before.add(customers[i], ts, amount, isReturn);
            after.add(customers[i], ts, amount, isReturn);
        }
        if (i % 4096 == 0)
            reporter.update(static_cast<std::int64_t>(i),
                            static_cast<std::int64_t>(customers.size()),
                            "counting buyers per period");
    }
    st.reset();
    before.finish();
    after.finish();
    applyTotals(db, before, -1);
    applyTotals(db, after, +1);
}

} // namespace

RollupChange refreshRetentionRollup(Database& db, ProgressCallback progress)
{
    auto current = [&db] {
        Statement st = db.prepare("SELECT count(*), coalesce(max(id), 0) FROM transactions");
        st.step();
        return std::make_pair(st.getInt(0), st.getInt(1));
    };
    auto stored = [&db]() -> std::optional<std::pair<std::int64_t, std::int64_t>> {
        Statement st =
            db.prepare("SELECT transactions, max_id FROM period_buyers_state WHERE id = 1");
        if (!st.step())
            return std::nullopt;
        return std::make_pair(st.getInt(0), st.getInt(1));
    };
    if (auto s = stored(); s && *s == current())
        return RollupChange::None;

    ProgressReporter reporter(std::move(progress));
    reporter.stage(0.0, "counting buyers per period");
    Transaction tx(db, Transaction::Mode::Immediate);
    const auto state = stored(); // again, under the write lock
    const auto now = current();
    if (state && *state == now)
        return RollupChange::None;
    RollupChange change = RollupChange::Rebuilt;
    if (state && now.second >= state->second) {
        const std::int64_t appended =
            db.queryInt("SELECT count(*) FROM transactions WHERE id > ?", state->second);
        // Only appends (no row vanished or was inserted below the old max id), and few enough
        // that reading their customers' orders beats reading every order.
        if (state->first + appended == now.first && appended * 4 <= now.first) {
            updateRetentionRollup(db, state->second, reporter);
            change = RollupChange::Updated;
        }
    }
    if (change == RollupChange::Rebuilt)
        rebuildRetentionRollup(db, reporter);
    saveRetentionState(db, now.first, now.second);
    tx.commit();
    reporter.stage(1.0, "counting buyers per period");
    return change;
}

RetentionRollupBuilder::RetentionRollupBuilder()
    : m_acc(std::make_unique<detail::BuyerAccumulator>(
          std::vector<Grain>(std::begin(kRollupGrains), std::end(kRollupGrains))))
{
}

RetentionRollupBuilder::~RetentionRollupBuilder() = default;

void RetentionRollupBuilder::add(std::int64_t customer, std::int64_t ts, double amount,
                                 bool isReturn)
{
    m_acc->add(customer, ts, amount, isReturn);
}

void RetentionRollupBuilder::save(Database& db, std::int64_t rows, std::int64_t maxId)
{
    m_acc->finish();
    db.exec("DELETE FROM period_buyers");
    applyTotals(db, *m_acc, +1);
    saveRetentionState(db, rows, maxId);
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
