#include "valuedesk/journey/JourneyModel.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>

namespace vd::journey {

namespace {

using Json = nlohmann::json;

struct MetricInfo
{
    KpiMetric metric;
    std::string_view code;
    std::string_view label;
};

constexpr MetricInfo kMetrics[] = {
    {KpiMetric::Nps, "nps", "NPS"},
    {KpiMetric::CsatTop2, "csat", "CSAT top-2 %"},
    {KpiMetric::CsatMean, "csat_mean", "CSAT mean"},
    {KpiMetric::CesMean, "ces", "CES mean"},
    {KpiMetric::CesAgree, "ces_agree", "CES agree %"},
    {KpiMetric::Responses, "responses", "Responses"},
};

const MetricInfo& info(KpiMetric metric)
{
    for (const MetricInfo& m : kMetrics)
        if (m.metric == metric)
            return m;
    throw Error("unknown KPI metric");
}

std::string position(int index)
{
    return std::to_string(index + 1);
}

void checkStageIndex(const JourneyMap& map, int index, bool forInsert)
{
    const int size = static_cast<int>(map.stages.size());
    if (index < 0 || index > size || (!forInsert && index == size))
        throw InputError("the map has no stage " + position(index) + " (it has " +
                         std::to_string(size) + ")");
}

void checkTouchpointIndex(const Stage& stage, int stageIndex, int index, bool forInsert)
{
    const int size = static_cast<int>(stage.touchpoints.size());
    if (index < 0 || index > size || (!forInsert && index == size))
        throw InputError("stage " + position(stageIndex) + " has no touchpoint " + position(index) +
                         " (it has " + std::to_string(size) + ")");
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

} // namespace

std::string_view kpiMetricCode(KpiMetric metric)
{
    return info(metric).code;
}

std::optional<KpiMetric> kpiMetricFromCode(std::string_view code)
{
    for (const MetricInfo& m : kMetrics)
        if (m.code == code)
            return m.metric;
    return std::nullopt;
}

std::string_view kpiMetricLabel(KpiMetric metric)
{
    return info(metric).label;
}

const std::vector<KpiMetric>& allKpiMetrics()
{
    static const std::vector<KpiMetric> all = [] {
        std::vector<KpiMetric> v;
        for (const MetricInfo& m : kMetrics)
            v.push_back(m.metric);
        return v;
    }();
    return all;
}

std::vector<KpiDefinition> defaultKpis()
{
    return {{KpiMetric::Nps, std::nullopt, AlertWhen::Below},
            {KpiMetric::CsatTop2, std::nullopt, AlertWhen::Below},
            {KpiMetric::CesMean, std::nullopt, AlertWhen::Below},
            {KpiMetric::Responses, std::nullopt, AlertWhen::Below}};
}

std::string kpisToJson(const std::vector<KpiDefinition>& kpis)
{
    Json array = Json::array();
    for (const KpiDefinition& k : kpis) {
        // A bare code keeps the common case readable (and matches what the demo writes).
        if (!k.threshold && k.alertWhen == AlertWhen::Below) {
            array.push_back(std::string(kpiMetricCode(k.metric)));
            continue;
        }
        Json o = {{"metric", std::string(kpiMetricCode(k.metric))}};
        if (k.threshold)
            o["threshold"] = *k.threshold;
        o["alert"] = k.alertWhen == AlertWhen::Below ? "below" : "above";
        array.push_back(std::move(o));
    }
    return array.dump();
}

std::vector<KpiDefinition> kpisFromJson(std::string_view text)
{
    if (blank(std::string(text)))
        return {};
    Json array;
    try {
        array = Json::parse(text);
    } catch (const Json::parse_error& e) {
        throw InputError("the KPI list is not valid JSON: " + std::string(e.what()));
    }
    if (!array.is_array())
        throw InputError("the KPI list must be a JSON array");
    std::vector<KpiDefinition> kpis;
    for (const Json& item : array) {
        KpiDefinition k;
        std::string code;
        if (item.is_string()) {
            code = item.get<std::string>();
        } else if (item.is_object()) {
            if (!item.contains("metric") || !item["metric"].is_string())
                throw InputError("a KPI object needs a \"metric\" text");
            code = item["metric"].get<std::string>();
            if (item.contains("threshold") && !item["threshold"].is_null()) {
                if (!item["threshold"].is_number())
                    throw InputError("the threshold of KPI \"" + code + "\" must be a number");
                k.threshold = item["threshold"].get<double>();
            }
            if (item.contains("alert")) {
                const Json& a = item["alert"];
                if (a == "below")
                    k.alertWhen = AlertWhen::Below;
                else if (a == "above")
                    k.alertWhen = AlertWhen::Above;
                else
                    throw InputError("the alert of KPI \"" + code +
                                     "\" must be \"below\" or \"above\"");
            }
        } else {
            throw InputError("a KPI must be a metric code or an object");
        }
        auto metric = kpiMetricFromCode(code);
        if (!metric)
            throw InputError("unknown KPI \"" + code +
                             "\" (use nps, csat, csat_mean, ces, ces_agree or responses)");
        k.metric = *metric;
        kpis.push_back(k);
    }
    return kpis;
}

std::string_view mapKindCode(MapKind kind)
{
    return kind == MapKind::AsIs ? "as_is" : "to_be";
}

std::optional<MapKind> mapKindFromCode(std::string_view code)
{
    if (code == "as_is")
        return MapKind::AsIs;
    if (code == "to_be")
        return MapKind::ToBe;
    return std::nullopt;
}

void validate(const Persona& persona)
{
    if (blank(persona.name))
        throw InputError("a persona needs a name");
    if (persona.age && (*persona.age < 0 || *persona.age > 130))
        throw InputError("the age of persona \"" + persona.name + "\" must be 0..130, not " +
                         std::to_string(*persona.age));
}

void validate(const JourneyMap& map)
{
    if (blank(map.name))
        throw InputError("a journey map needs a name");
    for (std::size_t s = 0; s < map.stages.size(); ++s) {
        const Stage& stage = map.stages[s];
        const std::string where = "stage " + std::to_string(s + 1);
        if (blank(stage.name))
            throw InputError(where + " needs a name");
        for (std::size_t t = 0; t < stage.touchpoints.size(); ++t) {
            const Touchpoint& tp = stage.touchpoints[t];
            const std::string at = where + ", touchpoint " + std::to_string(t + 1);
            if (blank(tp.name))
                throw InputError(at + " needs a name");
            if (tp.emotion < kMinEmotion || tp.emotion > kMaxEmotion)
                throw InputError(at + " (" + tp.name + "): the emotion must be -2..+2, not " +
                                 std::to_string(tp.emotion));
            for (const KpiDefinition& k : tp.kpis)
                if (k.threshold && !std::isfinite(*k.threshold))
                    throw InputError(at + " (" + tp.name + "): the threshold of " +
                                     std::string(kpiMetricCode(k.metric)) +
                                     " must be a finite number");
            for (std::size_t o = 0; o < tp.opportunities.size(); ++o) {
                const Opportunity& op = tp.opportunities[o];
                if (blank(op.text))
                    throw InputError(at + " (" + tp.name + "): opportunity " +
                                     std::to_string(o + 1) + " needs a text");
                if (op.priority < kHighPriority || op.priority > kLowPriority)
                    throw InputError(at + " (" + tp.name + "): the priority of opportunity " +
                                     std::to_string(o + 1) + " must be 1..3, not " +
                                     std::to_string(op.priority));
            }
        }
    }
}

void insertStage(JourneyMap& map, int index, Stage stage)
{
    checkStageIndex(map, index, true);
    map.stages.insert(map.stages.begin() + index, std::move(stage));
}

Stage removeStage(JourneyMap& map, int index)
{
    checkStageIndex(map, index, false);
    Stage s = std::move(map.stages[static_cast<std::size_t>(index)]);
    map.stages.erase(map.stages.begin() + index);
    return s;
}

void moveStage(JourneyMap& map, int from, int to)
{
    checkStageIndex(map, from, false);
    checkStageIndex(map, to, false);
    Stage s = removeStage(map, from);
    insertStage(map, to, std::move(s));
}

Stage& stageAt(JourneyMap& map, int index)
{
    checkStageIndex(map, index, false);
    return map.stages[static_cast<std::size_t>(index)];
}

const Stage& stageAt(const JourneyMap& map, int index)
{
    checkStageIndex(map, index, false);
    return map.stages[static_cast<std::size_t>(index)];
}

Touchpoint& touchpointAt(JourneyMap& map, TouchpointRef at)
{
    Stage& stage = stageAt(map, at.stage);
    checkTouchpointIndex(stage, at.stage, at.index, false);
    return stage.touchpoints[static_cast<std::size_t>(at.index)];
}

const Touchpoint& touchpointAt(const JourneyMap& map, TouchpointRef at)
{
    const Stage& stage = stageAt(map, at.stage);
    checkTouchpointIndex(stage, at.stage, at.index, false);
    return stage.touchpoints[static_cast<std::size_t>(at.index)];
}

void insertTouchpoint(JourneyMap& map, TouchpointRef at, Touchpoint touchpoint)
{
    Stage& stage = stageAt(map, at.stage);
    checkTouchpointIndex(stage, at.stage, at.index, true);
    stage.touchpoints.insert(stage.touchpoints.begin() + at.index, std::move(touchpoint));
}

Touchpoint removeTouchpoint(JourneyMap& map, TouchpointRef at)
{
    Stage& stage = stageAt(map, at.stage);
    checkTouchpointIndex(stage, at.stage, at.index, false);
    Touchpoint t = std::move(stage.touchpoints[static_cast<std::size_t>(at.index)]);
    stage.touchpoints.erase(stage.touchpoints.begin() + at.index);
    return t;
}

void moveTouchpoint(JourneyMap& map, TouchpointRef from, TouchpointRef to)
{
    // Check both ends before changing anything, so a bad destination leaves the map as it was.
    touchpointAt(map, from);
    const Stage& dest = stageAt(map, to.stage);
    const int destSize =
        static_cast<int>(dest.touchpoints.size()) - (from.stage == to.stage ? 1 : 0);
    if (to.index < 0 || to.index > destSize)
        throw InputError("stage " + position(to.stage) + " has no position " + position(to.index) +
                         " for the touchpoint");
    Touchpoint t = removeTouchpoint(map, from);
    insertTouchpoint(map, to, std::move(t));
}

void insertOpportunity(JourneyMap& map, TouchpointRef at, int index, Opportunity opportunity)
{
    Touchpoint& tp = touchpointAt(map, at);
    if (index < 0 || index > static_cast<int>(tp.opportunities.size()))
        throw InputError("touchpoint \"" + tp.name + "\" has no opportunity position " +
                         position(index));
    tp.opportunities.insert(tp.opportunities.begin() + index, std::move(opportunity));
}

Opportunity removeOpportunity(JourneyMap& map, TouchpointRef at, int index)
{
    Touchpoint& tp = touchpointAt(map, at);
    if (index < 0 || index >= static_cast<int>(tp.opportunities.size()))
        throw InputError("touchpoint \"" + tp.name + "\" has no opportunity " + position(index));
    Opportunity o = std::move(tp.opportunities[static_cast<std::size_t>(index)]);
    tp.opportunities.erase(tp.opportunities.begin() + index);
    return o;
}

int touchpointCount(const JourneyMap& map)
{
    return std::accumulate(map.stages.begin(), map.stages.end(), 0, [](int n, const Stage& s) {
        return n + static_cast<int>(s.touchpoints.size());
    });
}

std::vector<std::string> touchpointCodes(const JourneyMap& map)
{
    std::vector<std::string> codes;
    std::set<std::string> seen;
    for (const Stage& s : map.stages)
        for (const Touchpoint& t : s.touchpoints)
            if (!t.code.empty() && seen.insert(t.code).second)
                codes.push_back(t.code);
    return codes;
}

std::optional<double> meanEmotion(const JourneyMap& map)
{
    int n = 0;
    int sum = 0;
    for (const Stage& s : map.stages)
        for (const Touchpoint& t : s.touchpoints) {
            ++n;
            sum += t.emotion;
        }
    if (n == 0)
        return std::nullopt;
    return static_cast<double>(sum) / n;
}

JourneyMap contentOf(JourneyMap map)
{
    map.id = 0;
    map.personaId.reset();
    map.sourceMapId.reset();
    map.createdAt = 0;
    map.updatedAt = 0;
    for (Stage& s : map.stages) {
        s.id = 0;
        for (Touchpoint& t : s.touchpoints) {
            t.id = 0;
            for (Opportunity& o : t.opportunities)
                o.id = 0;
        }
    }
    return map;
}

} // namespace vd::journey
