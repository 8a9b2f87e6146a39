#pragma once

#include "valuedesk/segment/Features.h"
#include "valuedesk/segment/KMeans.h"
#include "valuedesk/segment/Rfm.h"
#include "valuedesk/segment/RuleSegment.h"
#include "valuedesk/segment/SegmentStore.h"
#include "valuedesk/segment/Tiers.h"

#include <string>
#include <vector>

namespace vd::segment {

// What SegmentStore::save needs from an analysis: kind, definition JSON and labelled members.
// Built here once so the CLI and the GUI save identical snapshots. Every definition carries
// "labels" (the display order of the sub-groups) and the options that made it.
struct SegmentDraft
{
    std::string kind;
    std::string definition;
    std::vector<SegmentMember> members;
};

// Members labelled with their RFM segment name.
SegmentDraft rfmDraft(const RfmResult& rfm);
// Members labelled "1".."k" (cluster number + 1); the definition keeps the features, the
// standardisation (mean, sd) and the centroids so the clustering can be re-applied.
SegmentDraft kmeansDraft(const FeatureMatrix& features, const KMeansResult& result,
                         const KMeansOptions& options);
// Members without a label; the definition is the rule and the reference day, and the RFM
// grid when the rule tests RFM scores or segments (so re-evaluating it later means the same).
SegmentDraft ruleDraft(const Rule& rule, const RuleResult& result, const RfmGrid* grid = nullptr);
// Members labelled high_value, potential, churn_risk or other.
SegmentDraft tierDraft(const TierResult& tiers);
// Members labelled platinum, gold, iron or lead (the contract of SegmentStore.h).
SegmentDraft pyramidDraft(const PyramidResult& pyramid);

// A saved rule segment read back: the rule, the day it was evaluated at and the grid its RFM
// conditions used (nullopt when the definition has none: the workspace's grid applies).
struct SavedRuleDefinition
{
    Rule rule;
    std::int64_t referenceDay = 0;
    std::optional<RfmGrid> grid;
    std::string description;
};
// Throws vd::InputError when the segment is not a rule segment or its definition cannot be
// read (naming the segment).
SavedRuleDefinition ruleDefinition(const SavedSegment& segment);

struct ReevaluateOptions
{
    // The day to evaluate at: nullopt = the newest data (what "re-evaluate" usually means:
    // who matches now), unless useSavedDay asks for the day the snapshot was made at.
    std::optional<std::int64_t> referenceDay;
    bool useSavedDay = false;
    int threads = 0;
};

// A saved rule evaluated again over the current data, compared with its snapshot.
struct RuleReevaluation
{
    SavedSegment segment;
    SavedRuleDefinition saved;
    RuleResult result;       // who matches now
    std::int64_t before = 0; // members of the snapshot
    std::int64_t stayed = 0; // in both
    std::int64_t joined = 0; // match now, not in the snapshot
    std::int64_t left = 0;   // in the snapshot, do not match now
    RfmGrid grid;            // the grid used (saved or the workspace's)
};

// Re-evaluates saved rule segment `segmentId` (rules are "saved and re-evaluated on demand").
// Nothing is written; save ruleDraft(result.saved.rule, result.result, &result.grid) for a
// new snapshot.
RuleReevaluation reevaluateRule(Database& db, std::int64_t segmentId,
                                const ReevaluateOptions& options = {},
                                const ProgressCallback& progress = {});

} // namespace vd::segment
