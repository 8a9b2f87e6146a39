#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/loyalty/Alerts.h"
#include "valuedesk/loyalty/Metrics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

// Everything the manager's loyalty dashboard shows for one period and segment, computed in
// one call so that the GUI runs it as a single background task and the benchmark measures
// exactly what the user waits for. Drivers are separate (keyDrivers): they read the
// attribute ratings and are refreshed less often.
namespace vd::loyalty {

// One KPI tile: the value in the current period and its change against the previous one.
// Values are in display units (NPS points, percent, means, currency, counts).
struct Kpi
{
    std::string id;   // nps, csat, ces, retention, repurchase, churn, customers, revenue, clv
    std::string unit; // "points", "%", "1-7", "currency", "customers"
    std::optional<double> value;    // nullopt: no data in the period
    std::optional<double> previous; // previous period (for clv: the previous CLV run)
    std::optional<double> lower;    // interval of value, when it is an estimate
    std::optional<double> upper;
    std::int64_t n = 0;             // denominator of value
    std::optional<Comparison> test; // change test, for survey and rate metrics
    bool significant = false;
    bool higherIsBetter = true;

    std::optional<double> change() const
    {
        return value && previous ? std::optional<double>(*value - *previous) : std::nullopt;
    }
};

struct DashboardQuery
{
    Grain grain = Grain::Month;
    std::optional<std::int64_t> asOf; // default: the latest response or order
    std::optional<std::string> segment;
    int trendPeriods = 12;      // periods in the trend charts, ending with the current one
    bool retentionTrend = true; // retention over the whole trend (else current + previous)
    double confidence = kDefaultConfidence;
};

struct DashboardData
{
    bool empty = true; // no responses and no orders at all
    Period current;
    Period previous;
    std::vector<Kpi> kpis;                        // in the order of the tiles
    std::vector<ScoreMetrics> trend;              // trendPeriods rows, oldest first
    std::vector<RetentionMetrics> retentionTrend; // same periods (or the last two)
    std::vector<ScoreMetrics> byChannel;          // current period
    std::vector<ScoreMetrics> byTouchpoint;
    std::vector<ScoreMetrics> bySegment; // saved segments, or the chosen segment's labels
    std::vector<Alert> alerts;
    // Setting workspace.currency (an ISO 4217 code such as "CNY"); "" when not set. The unit
    // of the revenue and CLV tiles.
    std::string currency;

    const Kpi* kpi(const std::string& id) const;
};

DashboardData computeDashboard(Database& db, const DashboardQuery& query,
                               ProgressCallback progress = {});

} // namespace vd::loyalty
