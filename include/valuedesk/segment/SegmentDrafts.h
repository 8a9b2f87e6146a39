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
// Members without a label; the definition is the rule and the reference day.
SegmentDraft ruleDraft(const Rule& rule, const RuleResult& result);
// Members labelled high_value, potential, churn_risk or other.
SegmentDraft tierDraft(const TierResult& tiers);
// Members labelled platinum, gold, iron or lead (the contract of SegmentStore.h).
SegmentDraft pyramidDraft(const PyramidResult& pyramid);

} // namespace vd::segment
