#pragma once

#include "valuedesk/journey/JourneyModel.h"
#include "valuedesk/loyalty/Metrics.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

// Live KPIs of a journey map: for every touchpoint, NPS, CSAT, CES and response volume of the
// survey responses whose `touchpoint` equals the touchpoint's code, in a period and
// optionally for one saved segment; the KPI thresholds that are crossed; and the emotion
// curve derived from the data next to the one entered in the workshop. All touchpoints come
// from one grouped SQL query; the statistics are the loyalty module's (Scores.h), so a
// touchpoint shows exactly the numbers of the loyalty dashboard. docs/methods.md,
// "Journey maps", gives the formulas.
namespace vd::journey {

// Which responses count. Times are half-open [from, to) UTC Unix seconds; absent = open end.
struct KpiFilter
{
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
    std::optional<std::int64_t> segmentId; // segments.id: only its members' responses
    double confidence = loyalty::kDefaultConfidence;
};

// One KPI definition with its value. value is absent when nobody answered the item (or the
// touchpoint has no code): "no data", never a made-up 0; crossed is then false.
struct KpiReading
{
    KpiDefinition definition;
    std::optional<double> value;
    bool crossed = false; // value is beyond the threshold (strictly)
};

struct TouchpointKpis
{
    std::string code;                 // empty: the touchpoint is not measured
    loyalty::ScoreMetrics metrics;    // counts and intervals of its responses
    std::vector<KpiReading> readings; // one per KpiDefinition of the touchpoint, in order
    bool flagged = false;             // some reading crossed its threshold
    // Emotion from the data: mean CSAT (1..5) mapped linearly to -2..+2, i.e. mean - 3; with
    // the same mapping of the mean's confidence interval. Absent without CSAT answers.
    std::optional<double> derivedEmotion;
    std::optional<double> derivedLower;
    std::optional<double> derivedUpper;
};

// Aligned with the map: byStage[s][t] belongs to map.stages[s].touchpoints[t].
struct MapKpis
{
    std::vector<std::vector<TouchpointKpis>> byStage;
    std::int64_t responses = 0; // responses counted over the distinct codes of the map
    int flaggedTouchpoints = 0;
    KpiFilter filter;

    const TouchpointKpis& at(TouchpointRef ref) const;
};

// The value of one metric in its display unit: NPS points, percent (0..100) for CSAT top-2
// and CES agree, scale points for the means, a count for responses. Absent when nobody
// answered the item (responses: always present).
std::optional<double> kpiValue(const loyalty::ScoreMetrics& metrics, KpiMetric metric);

// True when `value` lies strictly beyond the threshold on the alert side; false without a
// threshold. A value equal to its threshold is not a crossing.
bool crossesThreshold(const KpiDefinition& definition, double value);

// CSAT mean (1..5) -> emotion (-2..+2): mean - 3. Throws vd::InputError outside 1..5.
double emotionFromCsatMean(double meanCsat);

// The KPIs of every touchpoint of `map` (which need not be saved: codes are taken from it).
// Throws vd::InputError for an unknown segment id or an empty period (to <= from). Without a
// segment and with day-aligned bounds, counts come from the loyalty module's daily response
// cache (refreshed first if stale); otherwise from responses directly.
MapKpis computeKpis(Database& db, const JourneyMap& map, const KpiFilter& filter = {});

// The response counts behind the KPIs, per touchpoint code, as one grouped query returns
// them. The editor keeps them while the map changes, so adding, moving or re-thresholding a
// touchpoint updates its KPIs through alignKpis() without another query.
struct KpiCounts
{
    std::map<std::string, loyalty::ScoreCounts> byCode; // codes without responses are absent
    KpiFilter filter;
};

// Counts of the responses tagged with `codes` (same validation and query paths as
// computeKpis). computeKpis(db, map, f) == alignKpis(map, queryKpiCounts(db, codes of map, f)).
KpiCounts queryKpiCounts(Database& db, const std::vector<std::string>& codes,
                         const KpiFilter& filter = {});
// The KPIs of `map` from counts queried earlier; a code missing from `counts` has no
// responses. MapKpis::responses sums the map's distinct codes only.
MapKpis alignKpis(const JourneyMap& map, const KpiCounts& counts);

} // namespace vd::journey
