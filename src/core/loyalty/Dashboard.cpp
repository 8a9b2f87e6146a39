#include "valuedesk/loyalty/Dashboard.h"

#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/Workspace.h"

#include <algorithm>

namespace vd::loyalty {

namespace {

// Average CLV of a CLV run (the runs the current_predictions view considers), optionally
// over a segment's members.
std::optional<std::pair<double, std::int64_t>> averageClv(Database& db, std::int64_t runId,
                                                          const std::optional<std::int64_t>& seg)
{
    Statement st = db.prepare(
        seg ? "SELECT avg(p.clv), count(p.clv) FROM customer_predictions p"
              " JOIN segment_members sm ON sm.customer_id = p.customer_id AND sm.segment_id = ?2"
              " WHERE p.run_id = ?1"
            : "SELECT avg(p.clv), count(p.clv) FROM customer_predictions p WHERE p.run_id = ?1");
    st.bind(1, runId);
    if (seg)
        st.bind(2, *seg);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.getDouble(0), st.getInt(1));
}

Kpi metricKpi(const char* id, const char* unit, AlertMetric metric, const PeriodValues& cur,
              const PeriodValues& prev, double confidence)
{
    Kpi k;
    k.id = id;
    k.unit = unit;
    k.higherIsBetter = higherIsBetter(metric);
    auto c = cur.values.find(metric);
    auto p = prev.values.find(metric);
    if (c != cur.values.end()) {
        const MetricValue& v = c->second;
        k.value = v.value;
        k.n = v.n;
        if (v.nps) {
            k.lower = v.nps->lower;
            k.upper = v.nps->upper;
        } else if (v.proportion) {
            k.lower = 100.0 * v.proportion->lower;
            k.upper = 100.0 * v.proportion->upper;
        } else if (v.mean && v.mean->hasInterval) {
            k.lower = v.mean->lower;
            k.upper = v.mean->upper;
        }
    }
    if (p != prev.values.end())
        k.previous = p->second.value;
    if (c != cur.values.end() && p != prev.values.end()) {
        k.test = compareMetric(metric, p->second, c->second, confidence);
        k.significant = k.test && k.test->significant;
    }
    return k;
}

} // namespace

const Kpi* DashboardData::kpi(const std::string& id) const
{
    for (const Kpi& k : kpis)
        if (k.id == id)
            return &k;
    return nullptr;
}

DashboardData computeDashboard(Database& db, const DashboardQuery& q, ProgressCallback progress)
{
    ProgressReporter reporter(std::move(progress));
    DashboardData d;
    std::optional<std::int64_t> asOf = q.asOf;
    const auto span = activitySpan(db);
    if (!asOf && span)
        asOf = span->second;
    d.empty = !span.has_value();
    d.currency = WorkspaceInfo(db).setting("workspace.currency").value_or("");
    if (!asOf)
        return d;
    const std::optional<std::int64_t> segmentId =
        q.segment ? std::optional<std::int64_t>(segmentIdByName(db, *q.segment)) : std::nullopt;

    d.current = periodContaining(*asOf, q.grain);
    d.previous = previousPeriod(d.current, q.grain);
    Period first = d.current;
    const int periods = std::clamp(q.trendPeriods, 2, 520);
    for (int i = 1; i < periods; ++i)
        first = previousPeriod(first, q.grain);

    MetricsQuery sq;
    sq.by = Breakdown::Period;
    sq.grain = q.grain;
    sq.confidence = q.confidence;
    sq.filter.segment = q.segment;
    sq.filter.from = first.start;
    sq.filter.to = d.current.end;
    reporter.stage(0.0, "survey metrics");
    d.trend = scoreMetrics(db, sq);

    reporter.stage(0.3, "retention");
    MetricsQuery rq = sq;
    if (!q.retentionTrend)
        rq.filter.from = d.previous.start;
    d.retentionTrend = retentionMetrics(db, rq);

    reporter.stage(0.7, "breakdowns");
    MetricsQuery bq = sq;
    bq.filter.from = d.current.start;
    bq.filter.to = d.current.end;
    bq.by = Breakdown::Channel;
    d.byChannel = scoreMetrics(db, bq);
    bq.by = Breakdown::Touchpoint;
    d.byTouchpoint = scoreMetrics(db, bq);
    bq.by = Breakdown::Segment;
    d.bySegment = scoreMetrics(db, bq);

    reporter.stage(0.9, "indicators");
    auto scoresOf = [&d](const Period& p) -> const ScoreMetrics* {
        for (const auto& s : d.trend)
            if (s.period && s.period->start == p.start)
                return &s;
        return nullptr;
    };
    auto retentionOf = [&d](const Period& p) -> const RetentionMetrics* {
        for (const auto& r : d.retentionTrend)
            if (r.period.start == p.start)
                return &r;
        return nullptr;
    };
    const PeriodValues cur = periodValues(d.current, scoresOf(d.current), retentionOf(d.current));
    const PeriodValues prev =
        periodValues(d.previous, scoresOf(d.previous), retentionOf(d.previous));

    d.kpis.push_back(metricKpi("nps", "points", AlertMetric::Nps, cur, prev, q.confidence));
    d.kpis.push_back(metricKpi("csat", "%", AlertMetric::Csat, cur, prev, q.confidence));
    d.kpis.push_back(metricKpi("ces", "1-7", AlertMetric::Ces, cur, prev, q.confidence));
    d.kpis.push_back(metricKpi("retention", "%", AlertMetric::Retention, cur, prev, q.confidence));
    d.kpis.push_back(
        metricKpi("repurchase", "%", AlertMetric::Repurchase, cur, prev, q.confidence));
    d.kpis.push_back(metricKpi("churn", "%", AlertMetric::Churn, cur, prev, q.confidence));

    const RetentionMetrics* rc = retentionOf(d.current);
    const RetentionMetrics* rp = retentionOf(d.previous);
    Kpi customers;
    customers.id = "customers";
    customers.unit = "customers";
    Kpi revenue;
    revenue.id = "revenue";
    revenue.unit = "currency";
    if (rc) {
        customers.value = static_cast<double>(rc->buyers);
        revenue.value = rc->revenue;
    }
    if (rp) {
        customers.previous = static_cast<double>(rp->buyers);
        revenue.previous = rp->revenue;
    }
    d.kpis.push_back(customers);
    d.kpis.push_back(revenue);

    Kpi clv;
    clv.id = "clv";
    clv.unit = "currency";
    {
        Statement runs = db.prepare("SELECT id FROM model_runs WHERE model IN"
                                    " ('bgnbd', 'paretonbd', 'mbgnbd', 'simple')"
                                    " ORDER BY id DESC LIMIT 2");
        std::vector<std::int64_t> ids;
        while (runs.step())
            ids.push_back(runs.getInt(0));
        if (!ids.empty()) {
            if (auto a = averageClv(db, ids[0], segmentId)) {
                clv.value = a->first;
                clv.n = a->second;
            }
        }
        if (ids.size() > 1) {
            if (auto a = averageClv(db, ids[1], segmentId))
                clv.previous = a->first;
        }
    }
    d.kpis.push_back(clv);

    d.alerts = evaluateAlerts(loadAlertRules(db), cur, &prev, q.confidence);
    reporter.stage(1.0, "dashboard");
    return d;
}

} // namespace vd::loyalty
