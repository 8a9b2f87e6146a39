#include "valuedesk/segment/Tiers.h"

#include "valuedesk/Error.h"
#include "valuedesk/segment/Activity.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vd::segment {

std::vector<double> fractionAbove(const std::vector<double>& values)
{
    const std::size_t n = values.size();
    std::vector<double> out(n, 0.0);
    if (n == 0)
        return out;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n && values[order[j]] == values[order[i]])
            ++j;
        const double above = static_cast<double>(i) / static_cast<double>(n);
        for (std::size_t k = i; k < j; ++k)
            out[order[k]] = above;
        i = j;
    }
    return out;
}

// ---------------------------------------------------------------- value tiers

const char* tierLabel(Tier t)
{
    switch (t) {
    case Tier::HighValue:
        return "high_value";
    case Tier::Potential:
        return "potential";
    case Tier::ChurnRisk:
        return "churn_risk";
    case Tier::Other:
        return "other";
    }
    return "other";
}

const char* tierTitle(Tier t)
{
    switch (t) {
    case Tier::HighValue:
        return "High value";
    case Tier::Potential:
        return "Potential";
    case Tier::ChurnRisk:
        return "Churn risk";
    case Tier::Other:
        return "Other";
    }
    return "Other";
}

namespace {

void validateTierOptions(const TierOptions& o)
{
    auto inUnit = [](double x) { return x > 0.0 && x <= 1.0; };
    if (!inUnit(o.churnPAlive))
        throw InputError("the churn-risk P(alive) threshold must be in (0, 1]");
    if (!inUnit(o.highValueTopShare))
        throw InputError("the high-value top share must be in (0, 1]");
    if (!inUnit(o.potentialTopShare))
        throw InputError("the potential top share must be in (0, 1]");
    if (o.potentialTopShare < o.highValueTopShare)
        throw InputError("the potential top share must be at least the high-value top share");
}

} // namespace

TierResult classifyTiers(std::vector<TierMember> customers, const TierOptions& options)
{
    validateTierOptions(options);
    std::sort(customers.begin(), customers.end(),
              [](const auto& a, const auto& b) { return a.customerId < b.customerId; });
    std::vector<double> clv;
    clv.reserve(customers.size());
    for (const auto& c : customers) {
        if (!std::isfinite(c.clv) || !std::isfinite(c.pAlive))
            throw InputError("customer " + std::to_string(c.customerId) +
                             " has a missing CLV or P(alive)");
        clv.push_back(c.clv);
    }
    const auto above = fractionAbove(clv);
    TierResult r;
    r.options = options;
    std::array<double, 4> pSum{};
    for (int t = 0; t < 4; ++t)
        r.tiers[static_cast<std::size_t>(t)].tier = static_cast<Tier>(t);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        auto& c = customers[i];
        const bool inHigh = above[i] < options.highValueTopShare;
        const bool inPotential = above[i] < options.potentialTopShare;
        if (inHigh)
            r.highValueClvCut = r.highValueClvCut ? std::min(*r.highValueClvCut, c.clv) : c.clv;
        if (inPotential)
            r.potentialClvCut = r.potentialClvCut ? std::min(*r.potentialClvCut, c.clv) : c.clv;
        if (c.pAlive < options.churnPAlive)
            c.tier = Tier::ChurnRisk;
        else if (inHigh)
            c.tier = Tier::HighValue;
        else if (inPotential)
            c.tier = Tier::Potential;
        else
            c.tier = Tier::Other;
        auto& s = r.tiers[static_cast<std::size_t>(c.tier)];
        s.customers += 1;
        s.clv += c.clv;
        pSum[static_cast<std::size_t>(c.tier)] += c.pAlive;
        r.totalClv += c.clv;
    }
    for (std::size_t t = 0; t < 4; ++t) {
        auto& s = r.tiers[t];
        if (r.totalClv > 0.0)
            s.clvShare = s.clv / r.totalClv;
        if (s.customers > 0)
            s.meanPAlive = pSum[t] / static_cast<double>(s.customers);
    }
    r.members = std::move(customers);
    return r;
}

TierResult computeTiers(Database& db, const TierOptions& options, const ProgressCallback& progress)
{
    validateTierOptions(options);
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "reading CLV predictions");
    std::vector<TierMember> customers;
    Statement st = db.prepare("SELECT customer_id, clv, p_alive FROM current_predictions "
                              "WHERE clv IS NOT NULL AND p_alive IS NOT NULL");
    while (st.step())
        customers.push_back({st.getInt(0), Tier::Other, st.getDouble(1), st.getDouble(2)});
    if (customers.empty())
        throw AnalysisError("value tiers need CLV and P(alive) from a CLV run, and this "
                            "workspace has none yet: fit a CLV model first");
    reporter.stage(0.5, "classifying");
    TierResult r = classifyTiers(std::move(customers), options);
    reporter.stage(1.0, "done");
    return r;
}

// ---------------------------------------------------------------- customer pyramid

const char* pyramidBasisName(PyramidBasis b)
{
    switch (b) {
    case PyramidBasis::Clv:
        return "clv";
    case PyramidBasis::Margin:
        return "margin";
    case PyramidBasis::Revenue:
        return "revenue";
    }
    return "clv";
}

PyramidBasis parsePyramidBasis(const std::string& text)
{
    if (text == "clv")
        return PyramidBasis::Clv;
    if (text == "margin")
        return PyramidBasis::Margin;
    if (text == "revenue")
        return PyramidBasis::Revenue;
    throw InputError("the pyramid basis must be clv, margin or revenue, not \"" + text + "\"");
}

void validatePyramidCuts(const std::array<double, 3>& cuts)
{
    const bool ok = cuts[0] > 0.0 && cuts[0] < cuts[1] && cuts[1] < cuts[2] && cuts[2] < 1.0;
    if (!ok || !std::isfinite(cuts[0]) || !std::isfinite(cuts[1]) || !std::isfinite(cuts[2]))
        throw InputError("pyramid cut points must rise strictly inside (0, 1), e.g. 0.01 < 0.05 "
                         "< 0.20 (top 1 %, 5 %, 20 %)");
}

PyramidResult buildPyramid(std::vector<PyramidMember> customers, const PyramidOptions& options)
{
    validatePyramidCuts(options.cuts);
    std::sort(customers.begin(), customers.end(),
              [](const auto& a, const auto& b) { return a.customerId < b.customerId; });
    std::vector<double> values;
    values.reserve(customers.size());
    for (const auto& c : customers) {
        if (!std::isfinite(c.value))
            throw InputError("customer " + std::to_string(c.customerId) +
                             " has a missing or infinite value");
        values.push_back(c.value);
    }
    const auto above = fractionAbove(values);
    PyramidResult r;
    r.options = options;
    for (std::size_t l = 0; l < 4; ++l)
        r.levels[l].label = kPyramidLabels[l];
    for (std::size_t i = 0; i < customers.size(); ++i) {
        auto& c = customers[i];
        c.level = above[i] < options.cuts[0]   ? 0
                  : above[i] < options.cuts[1] ? 1
                  : above[i] < options.cuts[2] ? 2
                                               : 3;
        auto& lv = r.levels[static_cast<std::size_t>(c.level)];
        lv.customers += 1;
        lv.value += c.value;
        lv.minValue = lv.minValue ? std::min(*lv.minValue, c.value) : c.value;
        lv.maxValue = lv.maxValue ? std::max(*lv.maxValue, c.value) : c.value;
        r.total += c.value;
    }
    if (r.total > 0.0)
        for (auto& lv : r.levels)
            lv.valueShare = lv.value / r.total;
    r.members = std::move(customers);
    return r;
}

PyramidResult computePyramid(Database& db, const PyramidOptions& options,
                             const ProgressCallback& progress)
{
    validatePyramidCuts(options.cuts);
    ProgressReporter reporter(progress);
    std::vector<PyramidMember> customers;
    const std::int64_t base = db.queryInt("SELECT count(*) FROM customers");
    if (options.basis == PyramidBasis::Clv) {
        reporter.stage(0.0, "reading CLV predictions");
        Statement st =
            db.prepare("SELECT customer_id, clv FROM current_predictions WHERE clv IS NOT NULL");
        while (st.step())
            customers.push_back({st.getInt(0), 3, st.getDouble(1)});
        if (customers.empty())
            throw AnalysisError("a CLV pyramid needs a CLV run, and this workspace has none yet: "
                                "fit a CLV model first or build the pyramid by margin or revenue");
    } else {
        ProgressCallback scan;
        if (progress)
            scan = [&progress](double f, std::string_view s) { return progress(0.8 * f, s); };
        ActivityTable read;
        const bool reuse =
            options.activity && activityCovers(db, *options.activity, options.referenceDay);
        if (!reuse)
            read = loadActivity(db, options.referenceDay, scan, options.threads);
        const ActivityTable& activity = reuse ? *options.activity : read;
        if (options.basis == PyramidBasis::Margin && activity.rowsWithCost == 0)
            throw AnalysisError("no transaction has a cost, so there is no margin: build the "
                                "pyramid by CLV or revenue");
        Statement st = db.prepare("SELECT id FROM customers ORDER BY id");
        std::size_t a = 0;
        const auto& acts = activity.customers;
        while (st.step()) {
            const std::int64_t id = st.getInt(0);
            while (a < acts.size() && acts[a].customerId < id)
                ++a;
            const CustomerActivity* act =
                a < acts.size() && acts[a].customerId == id ? &acts[a] : nullptr;
            if (options.basis == PyramidBasis::Revenue) {
                customers.push_back({id, 3, act ? act->revenue : 0.0});
            } else if (!act) {
                customers.push_back({id, 3, 0.0});
            } else if (act->costRows > 0) {
                customers.push_back({id, 3, act->margin});
            }
        }
        if (customers.empty())
            throw AnalysisError("the workspace has no customers to rank");
    }
    reporter.stage(0.9, "ranking");
    PyramidResult r = buildPyramid(std::move(customers), options);
    r.excluded = base - static_cast<std::int64_t>(r.members.size());
    reporter.stage(1.0, "done");
    return r;
}

} // namespace vd::segment
