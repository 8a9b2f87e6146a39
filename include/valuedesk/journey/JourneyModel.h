#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The customer journey map as the workshop draws it (seeds 000 and 004): a persona, an ordered
// list of stages, per stage its touchpoints with channel, customer action, thoughts, emotion,
// pain points, improvement opportunities, backstage process and the KPIs to measure. Plain
// value types without Qt, so the repository, the JSON format, the KPI engine, the renderer and
// the GUI's undo commands all work on the same structures. Order is the order of the vectors;
// ids are workspace row ids (0 = not stored yet) and never part of the content.
namespace vd::journey {

inline constexpr int kMinEmotion = -2; // very negative
inline constexpr int kMaxEmotion = 2;  // very positive
inline constexpr int kHighPriority = 1;
inline constexpr int kLowPriority = 3;

// A typical customer the map is drawn for (the seeds' "客户画像").
struct Persona
{
    std::int64_t id = 0;
    std::string name;
    std::string avatar; // image file path or data: URI; empty = initials in a circle
    std::optional<int> age;
    std::string occupation;
    std::string income;
    std::string behaviour;
    std::string needs;
    std::string painPoints;
    std::string goals;
    std::string motivations;
    std::vector<std::string> channels;
    std::string quote;

    bool operator==(const Persona&) const = default;
};

// Metrics a touchpoint can show, computed from the responses tagged with its code.
enum class KpiMetric {
    Nps,       // points, -100..100
    CsatTop2,  // % of CSAT answers 4 or 5, 0..100
    CsatMean,  // mean CSAT, 1..5
    CesMean,   // mean CES, 1..7 (higher = easier)
    CesAgree,  // % of CES answers 5..7, 0..100
    Responses, // number of responses in the period
};

// Which side of the threshold raises the flag: scores alert when they fall below it.
enum class AlertWhen { Below, Above };

// One KPI shown on a touchpoint, with an optional alert threshold in the metric's display
// unit (NPS points, percent, scale points or a count).
struct KpiDefinition
{
    KpiMetric metric = KpiMetric::Nps;
    std::optional<double> threshold;
    AlertWhen alertWhen = AlertWhen::Below;

    bool operator==(const KpiDefinition&) const = default;
};

// Stable code used in JSON ("nps", "csat", "csat_mean", "ces", "ces_agree", "responses").
std::string_view kpiMetricCode(KpiMetric metric);
std::optional<KpiMetric> kpiMetricFromCode(std::string_view code);
// Short English label for tables ("NPS", "CSAT top-2 %", ...).
std::string_view kpiMetricLabel(KpiMetric metric);
const std::vector<KpiMetric>& allKpiMetrics();
// NPS, CSAT top-2, CES mean and volume without thresholds: what a new touchpoint shows.
std::vector<KpiDefinition> defaultKpis();

// The journey_touchpoints.kpis column: a JSON array whose elements are either a metric code
// ("nps") or an object {"metric": "nps", "threshold": 20, "alert": "below"}. Parsing throws
// vd::InputError naming the problem; an empty text means no KPIs.
std::string kpisToJson(const std::vector<KpiDefinition>& kpis);
std::vector<KpiDefinition> kpisFromJson(std::string_view text);

enum class OpportunityStatus { Open, Solved };

// An improvement idea at a touchpoint, with who owns it and how urgent it is.
struct Opportunity
{
    std::int64_t id = 0;
    std::string text;
    std::string owner;
    int priority = 2; // 1 high, 2 medium, 3 low
    OpportunityStatus status = OpportunityStatus::Open;

    bool operator==(const Opportunity&) const = default;
};

struct Touchpoint
{
    std::int64_t id = 0;
    std::string name;
    std::string code; // matches responses.touchpoint for live KPIs; empty = not measured
    std::string channel;
    std::string action;   // what the customer does
    std::string thoughts; // what the customer thinks or says
    int emotion = 0;      // -2..+2 as entered in the workshop
    std::string painPoints;
    std::string backstage; // the process behind the touchpoint
    std::vector<KpiDefinition> kpis;
    std::vector<Opportunity> opportunities;

    bool operator==(const Touchpoint&) const = default;
};

struct Stage
{
    std::int64_t id = 0;
    std::string name;
    std::string description;
    std::vector<Touchpoint> touchpoints;

    bool operator==(const Stage&) const = default;
};

// as-is maps describe today's journey; to-be maps the designed one (usually a duplicate).
enum class MapKind { AsIs, ToBe };
std::string_view mapKindCode(MapKind kind); // "as_is" / "to_be"
std::optional<MapKind> mapKindFromCode(std::string_view code);

struct JourneyMap
{
    std::int64_t id = 0;
    std::string name;
    std::string description;
    MapKind kind = MapKind::AsIs;
    std::optional<std::int64_t> personaId;
    std::optional<std::int64_t> sourceMapId; // the map this one was duplicated from
    std::int64_t createdAt = 0;              // UTC Unix seconds; 0 = not stored yet
    std::int64_t updatedAt = 0;
    std::vector<Stage> stages;

    bool operator==(const JourneyMap&) const = default;
};

// A map with the persona it is drawn for: what JSON files carry between workspaces.
struct JourneyDocument
{
    JourneyMap map;
    std::optional<Persona> persona;

    bool operator==(const JourneyDocument&) const = default;
};

// Position of a touchpoint: stage index and index within the stage.
struct TouchpointRef
{
    int stage = 0;
    int index = 0;
    bool operator==(const TouchpointRef&) const = default;
};

// Throws vd::InputError naming the first problem: empty map, stage or touchpoint name, an
// emotion outside -2..+2, a priority outside 1..3, an empty opportunity text or a
// non-finite threshold.
void validate(const JourneyMap& map);
void validate(const Persona& persona);

// Editing operations. Every index is checked and a bad one throws vd::InputError, so an
// undo command can never corrupt the map. Insert positions may equal the current size
// (append).
void insertStage(JourneyMap& map, int index, Stage stage);
Stage removeStage(JourneyMap& map, int index);
// Moves the stage at `from` so that it ends up at index `to` (0..size-1).
void moveStage(JourneyMap& map, int from, int to);
void insertTouchpoint(JourneyMap& map, TouchpointRef at, Touchpoint touchpoint);
Touchpoint removeTouchpoint(JourneyMap& map, TouchpointRef at);
// Moves a touchpoint, within its stage or to another one: it ends up at `to`, where
// to.index counts positions of the destination stage after the touchpoint left its place.
void moveTouchpoint(JourneyMap& map, TouchpointRef from, TouchpointRef to);
void insertOpportunity(JourneyMap& map, TouchpointRef at, int index, Opportunity opportunity);
Opportunity removeOpportunity(JourneyMap& map, TouchpointRef at, int index);

Stage& stageAt(JourneyMap& map, int index);
const Stage& stageAt(const JourneyMap& map, int index);
Touchpoint& touchpointAt(JourneyMap& map, TouchpointRef at);
const Touchpoint& touchpointAt(const JourneyMap& map, TouchpointRef at);

int touchpointCount(const JourneyMap& map);
// Distinct non-empty touchpoint codes in map order.
std::vector<std::string> touchpointCodes(const JourneyMap& map);
// Mean entered emotion over all touchpoints; nullopt for a map without touchpoints.
std::optional<double> meanEmotion(const JourneyMap& map);

// The map with every id (map, stages, touchpoints, opportunities), persona and source links
// and timestamps cleared: what two maps are compared on when only the content matters.
JourneyMap contentOf(JourneyMap map);

} // namespace vd::journey
