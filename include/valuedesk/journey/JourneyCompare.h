#pragma once

#include "valuedesk/journey/JourneyModel.h"

#include <optional>
#include <string>
#include <vector>

// What changed between two maps, typically the as-is map and its to-be copy: which stages
// and touchpoints were added, removed or edited, and how the customer's emotion moved at each
// touchpoint. Trainers use it to show the designed improvement; analysts to review it.
namespace vd::journey {

enum class ChangeKind { Added, Removed, Changed };

struct StageChange
{
    ChangeKind kind = ChangeKind::Changed;
    std::string name;     // the stage's name (in `after` when present)
    int beforeIndex = -1; // -1 when added
    int afterIndex = -1;  // -1 when removed
    // Changed fields: "name", "description", "position" (order among the matched stages).
    std::vector<std::string> fields;
};

struct TouchpointChange
{
    ChangeKind kind = ChangeKind::Changed;
    std::string name;
    std::string code;
    std::string stageBefore; // empty when added
    std::string stageAfter;  // empty when removed
    // Changed fields: "name", "stage" (moved), "channel", "action", "thoughts", "emotion",
    // "pain_points", "backstage", "kpis", "opportunities".
    std::vector<std::string> fields;
    std::optional<int> emotionBefore;
    std::optional<int> emotionAfter;
    // after - before; 0 unless the touchpoint is in both maps.
    int emotionDelta() const
    {
        return emotionBefore && emotionAfter ? *emotionAfter - *emotionBefore : 0;
    }
};

struct MapComparison
{
    std::vector<StageChange> stages;           // only stages that differ
    std::vector<TouchpointChange> touchpoints; // only touchpoints that differ, `after` order
                                               // first, then the removed ones
    int unchangedTouchpoints = 0;
    std::optional<double> meanEmotionBefore; // over all touchpoints of each map
    std::optional<double> meanEmotionAfter;
    int openOpportunitiesBefore = 0;
    int openOpportunitiesAfter = 0;

    bool identical() const { return stages.empty() && touchpoints.empty(); }
};

// Stages are matched by name (then by position for renamed ones: a stage at the same index
// whose name matches nothing else), touchpoints by code, or by name when they have no code;
// when keys repeat, occurrences are paired in order.
MapComparison compareMaps(const JourneyMap& before, const JourneyMap& after);

} // namespace vd::journey
