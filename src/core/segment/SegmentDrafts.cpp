#include "valuedesk/segment/SegmentDrafts.h"

#include "valuedesk/Date.h"

#include <nlohmann/json.hpp>

namespace vd::segment {

namespace {
std::string day(std::int64_t d)
{
    return date::formatDate(d * date::kSecondsPerDay);
}
} // namespace

SegmentDraft rfmDraft(const RfmResult& rfm)
{
    SegmentDraft d;
    d.kind = "rfm";
    nlohmann::json labels = nlohmann::json::array();
    for (const auto& s : rfm.grid.segments())
        labels.push_back(s.name);
    d.definition = nlohmann::json{
        {"reference_date", day(rfm.referenceDay)},
        {"tie_rule", "equal values share a score"},
        {"grid", nlohmann::json::parse(rfm.grid.toJson())},
        {"labels",
         labels}}.dump();
    d.members.reserve(rfm.customers.size());
    for (const auto& c : rfm.customers)
        d.members.push_back(
            {c.customerId, rfm.grid.segments()[static_cast<std::size_t>(c.segment)].name});
    return d;
}

SegmentDraft kmeansDraft(const FeatureMatrix& features, const KMeansResult& result,
                         const KMeansOptions& options)
{
    SegmentDraft d;
    d.kind = "kmeans";
    nlohmann::json labels = nlohmann::json::array();
    for (int c = 0; c < result.k; ++c)
        labels.push_back(std::to_string(c + 1));
    nlohmann::json centroids = nlohmann::json::array();
    for (Eigen::Index c = 0; c < result.centroids.rows(); ++c) {
        nlohmann::json row = nlohmann::json::array();
        for (Eigen::Index j = 0; j < result.centroids.cols(); ++j)
            row.push_back(result.centroids(c, j));
        centroids.push_back(row);
    }
    nlohmann::json mean = nlohmann::json::array(), sd = nlohmann::json::array();
    for (Eigen::Index j = 0; j < features.mean.size(); ++j) {
        mean.push_back(features.mean(j));
        sd.push_back(features.sd(j));
    }
    d.definition = nlohmann::json{
        {"k", result.k},
        {"restarts", options.restarts},
        {"seed", options.seed},
        {"max_iterations", options.maxIterations},
        {"tolerance", options.tolerance},
        {"features", features.names},
        {"missing", features.policy == MissingPolicy::Drop ? "drop" : "mean"},
        {"reference_date", day(features.referenceDay)},
        {"inertia", result.inertia},
        {"standardise_mean", mean},
        {"standardise_sd", sd},
        {"centroids", centroids},
        {"labels",
         labels}}.dump();
    d.members.reserve(features.customerIds.size());
    for (std::size_t i = 0; i < features.customerIds.size(); ++i)
        d.members.push_back({features.customerIds[i], std::to_string(result.labels[i] + 1)});
    return d;
}

SegmentDraft ruleDraft(const Rule& rule, const RuleResult& result)
{
    SegmentDraft d;
    d.kind = "rule";
    d.definition = nlohmann::json{{"rule", rule.toJsonValue()},
                                  {"description", rule.describe()},
                                  {"reference_date", day(result.referenceDay)}}
                       .dump();
    d.members.reserve(result.customerIds.size());
    for (auto id : result.customerIds)
        d.members.push_back({id, ""});
    return d;
}

SegmentDraft tierDraft(const TierResult& tiers)
{
    SegmentDraft d;
    d.kind = "tier";
    nlohmann::json labels = nlohmann::json::array();
    for (int t = 0; t < 4; ++t)
        labels.push_back(tierLabel(static_cast<Tier>(t)));
    nlohmann::json def = {{"churn_p_alive", tiers.options.churnPAlive},
                          {"high_value_top_share", tiers.options.highValueTopShare},
                          {"potential_top_share", tiers.options.potentialTopShare},
                          {"labels", labels}};
    if (tiers.highValueClvCut)
        def["high_value_clv_cut"] = *tiers.highValueClvCut;
    if (tiers.potentialClvCut)
        def["potential_clv_cut"] = *tiers.potentialClvCut;
    d.definition = def.dump();
    d.members.reserve(tiers.members.size());
    for (const auto& m : tiers.members)
        d.members.push_back({m.customerId, tierLabel(m.tier)});
    return d;
}

SegmentDraft pyramidDraft(const PyramidResult& pyramid)
{
    SegmentDraft d;
    d.kind = "pyramid";
    nlohmann::json def = {{"basis", pyramidBasisName(pyramid.options.basis)},
                          {"cuts", pyramid.options.cuts},
                          {"labels", kPyramidLabels},
                          {"source", "Zeithaml, Rust & Lemon (2001)"}};
    if (pyramid.options.referenceDay)
        def["reference_date"] = day(*pyramid.options.referenceDay);
    d.definition = def.dump();
    d.members.reserve(pyramid.members.size());
    for (const auto& m : pyramid.members)
        d.members.push_back({m.customerId, kPyramidLabels[static_cast<std::size_t>(m.level)]});
    return d;
}

} // namespace vd::segment
