#include "valuedesk/journey/JourneyKpis.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace vd::journey {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kMinTs = std::numeric_limits<std::int64_t>::min() / 4;
constexpr std::int64_t kMaxTs = std::numeric_limits<std::int64_t>::max() / 4;

// Same sufficient statistics as the loyalty module (Metrics.cpp), so the KPIs of a
// touchpoint equal the dashboard's: NULL scores drop out of each item's n.
constexpr const char* kRawSql =
    "SELECT r.touchpoint, count(*), coalesce(sum(r.nps <= 6), 0),"
    " coalesce(sum(r.nps BETWEEN 7 AND 8), 0), coalesce(sum(r.nps >= 9), 0), count(r.csat),"
    " coalesce(sum(r.csat >= 4), 0), total(r.csat), total(r.csat * r.csat), count(r.ces),"
    " coalesce(sum(r.ces >= 5), 0), total(r.ces), total(r.ces * r.ces)"
    " FROM responses r"
    " WHERE r.touchpoint IN (SELECT value FROM json_each(:codes))"
    " AND r.ts >= :from AND r.ts < :to"
    " AND (:seg IS NULL OR EXISTS (SELECT 1 FROM segment_members m"
    "      WHERE m.segment_id = :seg AND m.customer_id = r.customer_id))"
    " GROUP BY r.touchpoint";

constexpr const char* kRollupSql =
    "SELECT touchpoint, sum(responses), sum(nps_detractors), sum(nps_passives),"
    " sum(nps_promoters), sum(csat_n), sum(csat_top2), sum(csat_sum), sum(csat_sumsq),"
    " sum(ces_n), sum(ces_agree), sum(ces_sum), sum(ces_sumsq)"
    " FROM response_daily WHERE touchpoint IN (SELECT value FROM json_each(:codes))"
    " AND day >= :fromDay AND day < :toDay GROUP BY touchpoint";

std::int64_t floorDay(std::int64_t ts)
{
    return ts >= 0 ? ts / kDay : -((-ts + kDay - 1) / kDay);
}

bool dayAligned(const std::optional<std::int64_t>& t)
{
    return !t || *t % kDay == 0;
}

loyalty::ScoreCounts readCounts(const Statement& st)
{
    loyalty::ScoreCounts c;
    c.responses = st.getInt(1);
    c.detractors = st.getInt(2);
    c.passives = st.getInt(3);
    c.promoters = st.getInt(4);
    c.csatN = st.getInt(5);
    c.csatTop2 = st.getInt(6);
    c.csatSum = st.getDouble(7);
    c.csatSumSq = st.getDouble(8);
    c.cesN = st.getInt(9);
    c.cesAgree = st.getInt(10);
    c.cesSum = st.getDouble(11);
    c.cesSumSq = st.getDouble(12);
    return c;
}

void bindIfPresent(Statement& st, const char* name, std::int64_t value)
{
    if (const int i = st.parameterIndex(name); i > 0)
        st.bind(i, value);
}

std::map<std::string, loyalty::ScoreCounts>
queryCounts(Database& db, const std::vector<std::string>& codes, const KpiFilter& f)
{
    std::map<std::string, loyalty::ScoreCounts> out;
    if (codes.empty())
        return out;
    bool useRollup = !f.segmentId && dayAligned(f.from) && dayAligned(f.to);
    if (useRollup) {
        try {
            loyalty::refreshResponseRollup(db);
        } catch (const DatabaseError& e) {
            spdlog::warn("journey: response cache not refreshed ({}); querying responses",
                         e.what());
            useRollup = false;
        }
    }
    const std::int64_t from = f.from.value_or(kMinTs);
    const std::int64_t to = f.to.value_or(kMaxTs);
    Statement st = db.prepare(useRollup ? kRollupSql : kRawSql);
    st.bind(st.parameterIndex(":codes"), nlohmann::json(codes).dump());
    bindIfPresent(st, ":from", from);
    bindIfPresent(st, ":to", to);
    bindIfPresent(st, ":fromDay", floorDay(from));
    // `to` is exclusive: a day-aligned bound is the first day not counted.
    bindIfPresent(st, ":toDay", floorDay(to - 1) + 1);
    if (const int i = st.parameterIndex(":seg"); i > 0)
        st.bind(i, f.segmentId);
    while (st.step())
        out[st.getText(0)] = readCounts(st);
    return out;
}

} // namespace

const TouchpointKpis& MapKpis::at(TouchpointRef ref) const
{
    if (ref.stage < 0 || ref.stage >= static_cast<int>(byStage.size()) || ref.index < 0 ||
        ref.index >= static_cast<int>(byStage[static_cast<std::size_t>(ref.stage)].size()))
        throw InputError("no KPIs for stage " + std::to_string(ref.stage + 1) + ", touchpoint " +
                         std::to_string(ref.index + 1));
    return byStage[static_cast<std::size_t>(ref.stage)][static_cast<std::size_t>(ref.index)];
}

std::optional<double> kpiValue(const loyalty::ScoreMetrics& m, KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Nps:
        if (m.nps)
            return m.nps->nps;
        break;
    case KpiMetric::CsatTop2:
        if (m.csatTop2)
            return 100.0 * m.csatTop2->proportion;
        break;
    case KpiMetric::CsatMean:
        if (m.csatMean)
            return m.csatMean->mean;
        break;
    case KpiMetric::CesMean:
        if (m.cesMean)
            return m.cesMean->mean;
        break;
    case KpiMetric::CesAgree:
        if (m.cesAgree)
            return 100.0 * m.cesAgree->proportion;
        break;
    case KpiMetric::Responses:
        return static_cast<double>(m.counts.responses);
    }
    return std::nullopt;
}

bool crossesThreshold(const KpiDefinition& d, double value)
{
    if (!d.threshold || std::isnan(value))
        return false;
    return d.alertWhen == AlertWhen::Below ? value < *d.threshold : value > *d.threshold;
}

double emotionFromCsatMean(double mean)
{
    if (!(mean >= 1.0 && mean <= 5.0))
        throw InputError("a CSAT mean must lie in 1..5, not " + std::to_string(mean));
    // Linear map of the CSAT scale 1..5 onto the emotion scale -2..+2: e = mean - 3.
    return mean - 3.0;
}

KpiCounts queryKpiCounts(Database& db, const std::vector<std::string>& codes,
                         const KpiFilter& filter)
{
    if (filter.from && filter.to && *filter.to <= *filter.from)
        throw InputError("the end of the period must be after its start");
    if (!(filter.confidence > 0.0 && filter.confidence < 1.0))
        throw InputError("the confidence level must lie between 0 and 1");
    if (filter.segmentId &&
        db.queryInt("SELECT count(*) FROM segments WHERE id = ?", *filter.segmentId) == 0)
        throw InputError("there is no saved segment with id " + std::to_string(*filter.segmentId));
    KpiCounts out;
    out.filter = filter;
    out.byCode = queryCounts(db, codes, filter);
    return out;
}

MapKpis alignKpis(const JourneyMap& map, const KpiCounts& counts)
{
    const KpiFilter& filter = counts.filter;
    MapKpis result;
    result.filter = filter;
    for (const std::string& code : touchpointCodes(map))
        if (auto it = counts.byCode.find(code); it != counts.byCode.end())
            result.responses += it->second.responses;
    for (const Stage& s : map.stages) {
        std::vector<TouchpointKpis> row;
        for (const Touchpoint& t : s.touchpoints) {
            TouchpointKpis k;
            k.code = t.code;
            loyalty::ScoreCounts c;
            if (auto it = counts.byCode.find(t.code); !t.code.empty() && it != counts.byCode.end())
                c = it->second;
            k.metrics = loyalty::scoreMetricsFromCounts(t.code, c, filter.confidence);
            for (const KpiDefinition& d : t.kpis) {
                KpiReading r{d, std::nullopt, false};
                if (!t.code.empty())
                    r.value = kpiValue(k.metrics, d.metric);
                r.crossed = r.value && crossesThreshold(d, *r.value);
                k.flagged = k.flagged || r.crossed;
                k.readings.push_back(r);
            }
            if (k.metrics.csatMean) {
                const loyalty::MeanResult& m = *k.metrics.csatMean;
                k.derivedEmotion = emotionFromCsatMean(m.mean);
                if (m.hasInterval) {
                    // The interval may reach past the scale; the emotion scale stops at +-2.
                    k.derivedLower = std::max(-2.0, m.lower - 3.0);
                    k.derivedUpper = std::min(2.0, m.upper - 3.0);
                }
            }
            result.flaggedTouchpoints += k.flagged ? 1 : 0;
            row.push_back(std::move(k));
        }
        result.byStage.push_back(std::move(row));
    }
    return result;
}

MapKpis computeKpis(Database& db, const JourneyMap& map, const KpiFilter& filter)
{
    return alignKpis(map, queryKpiCounts(db, touchpointCodes(map), filter));
}

} // namespace vd::journey
