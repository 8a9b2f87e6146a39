#include "valuedesk/segment/SegmentDrafts.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"

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

SegmentDraft ruleDraft(const Rule& rule, const RuleResult& result, const RfmGrid* grid)
{
    SegmentDraft d;
    d.kind = "rule";
    nlohmann::json def = {{"rule", rule.toJsonValue()},
                          {"description", rule.describe()},
                          {"reference_date", day(result.referenceDay)}};
    if (grid && (rule.usesField("r_score") || rule.usesField("f_score") ||
                 rule.usesField("m_score") || rule.usesField("rfm_segment")))
        def["grid"] = nlohmann::json::parse(grid->toJson());
    d.definition = def.dump();
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

SavedRuleDefinition ruleDefinition(const SavedSegment& segment)
{
    const std::string where =
        "saved segment " + std::to_string(segment.id) + " \"" + segment.name + "\"";
    if (segment.kind != "rule")
        throw InputError(where + " is a " + segment.kind +
                         " segment; only rule segments can be re-evaluated");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(segment.definition);
    } catch (const nlohmann::json::parse_error&) {
        throw InputError(where + ": the definition is not valid JSON");
    }
    if (!j.is_object() || !j.contains("rule"))
        throw InputError(where + ": the definition has no rule");
    SavedRuleDefinition out;
    try {
        out.rule = Rule::fromJsonValue(j["rule"]);
    } catch (const InputError& e) {
        throw InputError(where + ": " + e.what());
    }
    if (j.contains("reference_date") && j["reference_date"].is_string()) {
        auto ts = date::parseIso(j["reference_date"].get<std::string>());
        if (!ts)
            throw InputError(where + ": the reference date is not a date");
        out.referenceDay = date::epochDay(*ts);
    }
    if (j.contains("grid")) {
        try {
            out.grid = RfmGrid::fromJson(j["grid"].dump());
            out.grid->validate();
        } catch (const InputError& e) {
            throw InputError(where + ": " + e.what());
        }
    }
    out.description = out.rule.describe();
    return out;
}

RuleReevaluation reevaluateRule(Database& db, std::int64_t segmentId,
                                const ReevaluateOptions& options, const ProgressCallback& progress)
{
    SegmentStore store(db);
    auto segment = store.get(segmentId);
    if (!segment)
        throw InputError("no saved segment " + std::to_string(segmentId));
    RuleReevaluation out;
    out.segment = *segment;
    out.saved = ruleDefinition(*segment);
    out.grid = out.saved.grid ? *out.saved.grid : RfmGrid::load(db);
    RuleOptions o;
    o.grid = out.grid;
    o.threads = options.threads;
    if (options.referenceDay)
        o.referenceDay = options.referenceDay;
    else if (options.useSavedDay)
        o.referenceDay = out.saved.referenceDay;
    out.result = evaluateRule(db, out.saved.rule, o, progress);
    // Both lists are in customer-id order: one merge counts who stayed, joined and left.
    const auto before = store.members(segmentId);
    out.before = static_cast<std::int64_t>(before.size());
    std::size_t i = 0, k = 0;
    const auto& now = out.result.customerIds;
    while (i < before.size() || k < now.size()) {
        if (k == now.size() || (i < before.size() && before[i].customerId < now[k])) {
            ++out.left;
            ++i;
        } else if (i == before.size() || now[k] < before[i].customerId) {
            ++out.joined;
            ++k;
        } else {
            ++out.stayed;
            ++i;
            ++k;
        }
    }
    return out;
}

} // namespace vd::segment
