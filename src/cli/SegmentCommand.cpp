#include "Command.h"
#include "valuedesk/Date.h"
#include "valuedesk/segment/Features.h"
#include "valuedesk/segment/KMeans.h"
#include "valuedesk/segment/Rfm.h"
#include "valuedesk/segment/RuleSegment.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"
#include "valuedesk/segment/Tiers.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace vd::cli {

namespace {

using Cell = ResultTable::Cell;
using namespace vd::segment;

Cell opt(const std::optional<double>& v)
{
    if (!v)
        return {};
    return Cell(*v);
}
Cell text(const std::string& s)
{
    return Cell(s);
}

// Every option of every sub-command is read before the sub-command word, so that an option
// value is never taken for a positional; options a sub-command does not use are refused.
struct Request
{
    std::string sub;
    std::vector<std::string> operands;
    std::set<std::string> given;

    std::optional<std::int64_t> day;
    std::optional<std::string> grid, show, save, features, missing, exportFeatures, rule, by, cuts,
        members, label, set, saved;
    std::optional<std::int64_t> k, restarts, seed, maxIter, elbow, threads, sample;
    std::optional<double> tol, pAlive, highTop, potentialTop;
    bool byLabel = false, reset = false;
};

std::int64_t parseWhole(const std::string& name, const std::string& v)
{
    try {
        std::size_t pos = 0;
        long long n = std::stoll(v, &pos);
        if (pos == v.size())
            return n;
    } catch (const std::exception&) {
    }
    throw UsageError("option " + name + " needs a whole number, not \"" + v + "\"");
}

Request readRequest(Context& ctx)
{
    Request r;
    auto& a = ctx.args();
    auto note = [&r](const char* name, bool present) {
        if (present)
            r.given.insert(name);
    };
    if (auto d = a.value("--date")) {
        auto t = date::parseIso(*d);
        if (!t)
            throw UsageError("option --date needs a date YYYY-MM-DD, not \"" + *d + "\"");
        r.day = date::epochDay(*t);
        r.given.insert("--date");
    }
    auto str = [&](const char* name, std::optional<std::string>& out) {
        out = a.value(name);
        note(name, out.has_value());
    };
    auto whole = [&](const char* name, std::optional<std::int64_t>& out) {
        out = a.integer(name);
        note(name, out.has_value());
    };
    auto real = [&](const char* name, std::optional<double>& out) {
        out = a.number(name);
        note(name, out.has_value());
    };
    str("--grid", r.grid);
    str("--show", r.show);
    str("--save", r.save);
    str("--features", r.features);
    str("--missing", r.missing);
    str("--export-features", r.exportFeatures);
    str("--rule", r.rule);
    str("--by", r.by);
    str("--cuts", r.cuts);
    str("--members", r.members);
    str("--label", r.label);
    str("--set", r.set);
    str("--saved", r.saved);
    if (auto kv = a.value("-k"))
        r.k = parseWhole("-k", *kv);
    if (auto kv = a.value("--k"))
        r.k = parseWhole("--k", *kv);
    note("-k", r.k.has_value());
    whole("--restarts", r.restarts);
    whole("--seed", r.seed);
    whole("--max-iter", r.maxIter);
    whole("--elbow", r.elbow);
    whole("--threads", r.threads);
    whole("--sample", r.sample);
    real("--tol", r.tol);
    real("--p-alive", r.pAlive);
    real("--high-top", r.highTop);
    real("--potential-top", r.potentialTop);
    r.byLabel = a.flag("--by-label");
    note("--by-label", r.byLabel);
    r.reset = a.flag("--reset");
    note("--reset", r.reset);
    r.sub = a.positional(0, "a segment sub-command (rfm, kmeans, rules, tiers, pyramid, compare, "
                            "save, list, show, members, migration, delete, grid, fields)");
    auto pos = a.positionals();
    r.operands.assign(pos.begin() + 1, pos.end());
    a.finish();

    static const std::map<std::string, std::set<std::string>> allowed = {
        {"rfm", {"--date", "--grid", "--show", "--save", "--threads"}},
        {"kmeans",
         {"-k", "--restarts", "--seed", "--features", "--missing", "--max-iter", "--tol",
          "--export-features", "--elbow", "--threads", "--sample", "--date", "--save"}},
        {"rules", {"--rule", "--saved", "--date", "--show", "--save", "--grid", "--threads"}},
        {"tiers", {"--p-alive", "--high-top", "--potential-top", "--show", "--save"}},
        {"pyramid", {"--by", "--cuts", "--date", "--show", "--save", "--threads"}},
        {"compare", {"--by-label", "--p-alive"}},
        {"save", {"--members"}},
        {"list", {}},
        {"show", {}},
        {"members", {"--label"}},
        {"migration", {}},
        {"delete", {}},
        {"grid", {"--set", "--reset"}},
        {"fields", {}},
    };
    auto it = allowed.find(r.sub);
    if (it == allowed.end())
        throw UsageError("unknown segment sub-command \"" + r.sub + "\"");
    for (const auto& g : r.given)
        if (!it->second.count(g))
            throw UsageError("option " + g + " does not apply to segment " + r.sub);
    static const std::map<std::string, std::size_t> operandCount = {
        {"save", 1}, {"show", 1}, {"members", 1}, {"migration", 2}, {"delete", 1}};
    const auto want = operandCount.count(r.sub) ? operandCount.at(r.sub) : 0;
    if (r.sub == "compare") {
        if (r.operands.empty())
            throw UsageError("segment compare needs one or more saved segment ids or names");
    } else if (r.operands.size() != want) {
        throw UsageError("segment " + r.sub + " takes " + std::to_string(want) +
                         " argument(s), got " + std::to_string(r.operands.size()));
    }
    return r;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string day(std::int64_t d)
{
    return date::formatDate(d * date::kSecondsPerDay);
}

void saveDraft(Context& ctx, const Request& r, const SegmentDraft& draft)
{
    if (!r.save)
        return;
    SegmentStore store(ctx.db());
    const auto id = store.save(*r.save, draft.kind, draft.definition, draft.members, std::nullopt,
                               ctx.progress());
    ctx.err() << "saved segment " << id << " \"" << *r.save << "\" with " << draft.members.size()
              << " members\n";
}

// id -> (external id, name) for printing member lists, in one pass over customers.
std::map<std::int64_t, std::pair<std::string, std::string>>
customerNames(Database& db, const std::vector<std::int64_t>& ids)
{
    std::map<std::int64_t, std::pair<std::string, std::string>> out;
    if (ids.empty())
        return out;
    std::set<std::int64_t> wanted(ids.begin(), ids.end());
    Statement st = db.prepare("SELECT id, external_id, name FROM customers ORDER BY id");
    while (st.step()) {
        auto id = st.getInt(0);
        if (wanted.count(id))
            out[id] = {st.getText(1), st.getText(2)};
    }
    return out;
}

std::string showMode(const Request& r, const std::vector<std::string>& modes)
{
    const std::string m = r.show.value_or(modes.front());
    if (std::find(modes.begin(), modes.end(), m) == modes.end()) {
        std::string list;
        for (const auto& x : modes)
            list += (list.empty() ? "" : ", ") + x;
        throw UsageError("--show is one of " + list + ", not \"" + m + "\"");
    }
    return m;
}

RfmGrid gridFor(Context& ctx, const Request& r)
{
    if (r.grid) {
        RfmGrid g = RfmGrid::fromJson(readFile(*r.grid));
        g.validate();
        return g;
    }
    return RfmGrid::load(ctx.db());
}

int runRfm(Context& ctx, const Request& r)
{
    const std::string mode = showMode(r, {"summary", "customers", "heatmap"});
    RfmOptions o;
    o.referenceDay = r.day;
    o.grid = gridFor(ctx, r);
    if (r.threads)
        o.threads = static_cast<int>(*r.threads);
    RfmResult rfm = computeRfm(ctx.db(), o, ctx.progress());
    ResultTable t;
    if (mode == "summary") {
        t.columns = {"segment",        "customers",           "revenue",
                     "revenue_share",  "median_recency_days", "median_frequency",
                     "median_monetary"};
        for (const auto& s : rfm.segments)
            t.rows.push_back({s.name, s.customers, s.revenue, opt(s.revenueShare),
                              opt(s.medianRecencyDays), opt(s.medianFrequency),
                              opt(s.medianMonetary)});
    } else if (mode == "customers") {
        t.columns = {"customer_id", "recency_days", "frequency", "monetary", "r", "f",
                     "m",           "segment"};
        for (const auto& c : rfm.customers)
            t.rows.push_back({c.customerId, c.recencyDays, c.frequency, c.monetary,
                              std::int64_t{c.r}, std::int64_t{c.f}, std::int64_t{c.m},
                              rfm.grid.segments()[static_cast<std::size_t>(c.segment)].name});
    } else {
        t.columns = {"r", "f", "segment", "customers", "revenue"};
        for (int rr = 5; rr >= 1; --rr)
            for (int f = 1; f <= 5; ++f) {
                const auto ri = static_cast<std::size_t>(rr - 1),
                           fi = static_cast<std::size_t>(f - 1);
                t.rows.push_back(
                    {std::int64_t{rr}, std::int64_t{f},
                     rfm.grid.segments()[static_cast<std::size_t>(rfm.grid.segmentAt(rr, f))].name,
                     rfm.heatCount[ri][fi], rfm.heatRevenue[ri][fi]});
            }
    }
    t.precision = 2;
    ctx.print(t);
    ctx.err() << rfm.customers.size() << " customers scored at " << day(rfm.referenceDay) << "; "
              << rfm.customersWithoutPurchase << " without a purchase\n";
    saveDraft(ctx, r, rfmDraft(rfm));
    return 0;
}

void writeFeatureCsv(const std::string& path, const FeatureMatrix& fm, const KMeansResult& km)
{
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw Error("cannot write " + path);
    out.precision(17);
    out << "customer_id";
    for (const auto& n : fm.names)
        out << "," << n;
    out << ",cluster\r\n";
    for (Eigen::Index i = 0; i < fm.standardised.rows(); ++i) {
        out << fm.customerIds[static_cast<std::size_t>(i)];
        for (Eigen::Index j = 0; j < fm.standardised.cols(); ++j)
            out << "," << fm.standardised(i, j);
        out << "," << km.labels[static_cast<std::size_t>(i)] + 1 << "\r\n";
    }
    if (!out)
        throw Error("writing " + path + " failed");
}

// The quantity a feature's profile mean is in: the feature itself, or for a log_ feature the
// plain feature it transforms (log_recency -> recency_days, log_monetary -> monetary).
std::string profileQuantity(const std::string& feature)
{
    if (feature.rfind("log_", 0) == 0) {
        const std::string plain = feature.substr(4);
        for (const std::string& candidate : {plain, plain + "_days"})
            if (findFeature(candidate))
                return candidate;
    }
    return feature;
}

int runKMeans(Context& ctx, const Request& r)
{
    FeatureOptions fo;
    if (r.features)
        fo.features = parseFeatureList(*r.features);
    if (r.missing) {
        if (*r.missing == "drop")
            fo.missing = MissingPolicy::Drop;
        else if (*r.missing == "mean")
            fo.missing = MissingPolicy::Mean;
        else
            throw UsageError("--missing is drop or mean, not \"" + *r.missing + "\"");
    }
    fo.referenceDay = r.day;
    KMeansOptions ko;
    if (r.k)
        ko.k = static_cast<int>(*r.k);
    if (r.restarts)
        ko.restarts = static_cast<int>(*r.restarts);
    if (r.seed) {
        if (*r.seed < 0)
            throw UsageError("--seed must not be negative");
        ko.seed = static_cast<std::uint64_t>(*r.seed);
    }
    if (r.maxIter)
        ko.maxIterations = static_cast<int>(*r.maxIter);
    if (r.tol)
        ko.tolerance = *r.tol;
    if (r.threads) {
        ko.threads = static_cast<int>(*r.threads);
        fo.threads = ko.threads;
    }
    SilhouetteOptions so;
    so.seed = ko.seed;
    if (r.sample)
        so.sampleSize = *r.sample;
    if (r.elbow && (r.exportFeatures || r.save))
        throw UsageError("--elbow only reports inertia and silhouette per k; run again with -k "
                         "to export or save");

    FeatureMatrix fm = loadFeatures(ctx.db(), fo, ctx.progress());
    for (std::size_t j = 0; j < fm.names.size(); ++j)
        if (fm.constant[j])
            ctx.err() << "note: feature " << fm.names[j]
                      << " is constant over these customers and does not separate them\n";
    if (fm.dropped > 0)
        ctx.err() << fm.dropped
                  << " customers without every feature were left out (use "
                     "--missing mean to keep them)\n";

    ResultTable t;
    t.precision = 4;
    if (r.elbow) {
        const auto kMax = std::min<std::int64_t>(*r.elbow, fm.standardised.rows());
        auto points = elbow(fm.standardised, 1, static_cast<int>(kMax), ko, so, ctx.progress());
        t.columns = {"k", "inertia", "silhouette", "converged"};
        for (const auto& p : points)
            t.rows.push_back({std::int64_t{p.k}, p.inertia, opt(p.silhouette),
                              std::int64_t{p.converged ? 1 : 0}});
        ctx.print(t);
        return 0;
    }
    KMeansResult km = kmeans(fm.standardised, ko, ctx.progress());
    // Profiles are means of the original values, so a column is named after the quantity it
    // holds: log_recency is clustered on ln(1 + days) but profiled as mean_recency_days. Two
    // features of one quantity (recency_days and log_recency) share one column.
    t.columns = {"cluster", "customers", "share"};
    std::vector<std::size_t> shown;
    for (std::size_t j = 0; j < fm.names.size(); ++j) {
        const std::string column = "mean_" + profileQuantity(fm.names[j]);
        if (std::find(t.columns.begin(), t.columns.end(), column) != t.columns.end())
            continue;
        t.columns.push_back(column);
        shown.push_back(j);
    }
    for (const auto& p : clusterProfiles(fm, km)) {
        std::vector<Cell> row = {std::int64_t{p.cluster + 1}, p.size, p.share};
        for (std::size_t j : shown)
            row.push_back(opt(p.meanOriginal[j]));
        t.rows.push_back(std::move(row));
    }
    ctx.print(t);
    ctx.err() << "k-means: " << fm.standardised.rows() << " customers, k = " << ko.k << ", inertia "
              << km.inertia << ", " << km.iterations << " iterations"
              << (km.converged ? "" : " (iteration limit reached)") << ", best of " << ko.restarts
              << " restarts (seed " << ko.seed << ")\n";
    if (ko.k >= 2 && ko.k < fm.standardised.rows()) {
        try {
            ctx.err() << "silhouette " << silhouette(fm.standardised, km.labels, so)
                      << (fm.standardised.rows() > so.sampleSize
                              ? " (sample of " + std::to_string(so.sampleSize) + ")"
                              : std::string())
                      << "\n";
        } catch (const AnalysisError&) {
        }
    }
    if (r.exportFeatures) {
        writeFeatureCsv(*r.exportFeatures, fm, km);
        ctx.err() << "standardised features and clusters written to " << *r.exportFeatures << "\n";
    }
    saveDraft(ctx, r, kmeansDraft(fm, km, ko));
    return 0;
}

// `segment rules --saved ID|NAME`: the saved rule evaluated over the current data (or at
// --date), with how many customers joined and left since the snapshot.
int runSavedRule(Context& ctx, const Request& r)
{
    if (r.rule)
        throw UsageError("use --rule or --saved, not both");
    if (r.grid)
        throw UsageError("--grid does not apply to --saved: a saved rule keeps the grid it was "
                         "made with (or uses the workspace's)");
    const std::string mode = showMode(r, {"count", "customers"});
    SegmentStore store(ctx.db());
    const SavedSegment segment = store.resolve(*r.saved);
    ReevaluateOptions o;
    o.referenceDay = r.day;
    if (r.threads)
        o.threads = static_cast<int>(*r.threads);
    RuleReevaluation re = reevaluateRule(ctx.db(), segment.id, o, ctx.progress());
    const RuleResult& res = re.result;
    ResultTable t;
    if (mode == "count") {
        t.columns = {"rule", "customers", "base", "share", "snapshot", "stayed", "joined", "left"};
        t.rows.push_back({re.saved.description, static_cast<std::int64_t>(res.customerIds.size()),
                          res.customersInBase,
                          res.customersInBase > 0
                              ? Cell(static_cast<double>(res.customerIds.size()) /
                                     static_cast<double>(res.customersInBase))
                              : Cell(),
                          re.before, re.stayed, re.joined, re.left});
    } else {
        t.columns = {"customer_id", "external_id", "name"};
        for (const auto& row : store.customerRows(res.customerIds))
            t.rows.push_back({row.customerId, row.externalId, row.name});
    }
    ctx.print(t);
    ctx.err() << "segment " << segment.id << " \"" << segment.name << "\" (saved "
              << date::formatDateTime(segment.createdAt) << " with " << re.before
              << " members) re-evaluated at " << day(res.referenceDay) << "\n";
    saveDraft(ctx, r, ruleDraft(re.saved.rule, res, &re.grid));
    return 0;
}

int runRules(Context& ctx, const Request& r)
{
    if (r.saved)
        return runSavedRule(ctx, r);
    if (!r.rule)
        throw UsageError("segment rules needs --rule FILE, --rule 'JSON' or --saved ID|NAME");
    const std::string mode = showMode(r, {"count", "customers"});
    const std::string text = !r.rule->empty() && (r.rule->front() == '{' || r.rule->front() == '[')
                                 ? *r.rule
                                 : readFile(*r.rule);
    Rule rule = Rule::fromJson(text);
    RuleOptions o;
    o.referenceDay = r.day;
    o.grid = gridFor(ctx, r);
    if (r.threads)
        o.threads = static_cast<int>(*r.threads);
    RuleResult res = evaluateRule(ctx.db(), rule, o, ctx.progress());
    ResultTable t;
    if (mode == "count") {
        t.columns = {"rule", "customers", "base", "share"};
        t.rows.push_back({rule.describe(), static_cast<std::int64_t>(res.customerIds.size()),
                          res.customersInBase,
                          res.customersInBase > 0
                              ? Cell(static_cast<double>(res.customerIds.size()) /
                                     static_cast<double>(res.customersInBase))
                              : Cell()});
    } else {
        t.columns = {"customer_id", "external_id", "name"};
        auto names = customerNames(ctx.db(), res.customerIds);
        for (auto id : res.customerIds)
            t.rows.push_back({id, names[id].first, names[id].second});
    }
    ctx.print(t);
    saveDraft(ctx, r, ruleDraft(rule, res, &o.grid));
    return 0;
}

int runTiers(Context& ctx, const Request& r)
{
    const std::string mode = showMode(r, {"summary", "customers"});
    TierOptions o;
    if (r.pAlive)
        o.churnPAlive = *r.pAlive;
    if (r.highTop)
        o.highValueTopShare = *r.highTop;
    if (r.potentialTop)
        o.potentialTopShare = *r.potentialTop;
    TierResult tiers = computeTiers(ctx.db(), o, ctx.progress());
    ResultTable t;
    if (mode == "summary") {
        t.columns = {"tier", "customers", "clv", "clv_share", "mean_p_alive"};
        for (const auto& s : tiers.tiers)
            t.rows.push_back(
                {text(tierLabel(s.tier)), s.customers, s.clv, opt(s.clvShare), opt(s.meanPAlive)});
    } else {
        t.columns = {"customer_id", "tier", "clv", "p_alive"};
        for (const auto& m : tiers.members)
            t.rows.push_back({m.customerId, text(tierLabel(m.tier)), m.clv, m.pAlive});
    }
    ctx.print(t);
    ctx.err() << "churn risk: P(alive) < " << o.churnPAlive << "; high value: top "
              << 100 * o.highValueTopShare << " % by CLV";
    if (tiers.highValueClvCut)
        ctx.err() << " (CLV >= " << *tiers.highValueClvCut << ")";
    ctx.err() << "; potential: top " << 100 * o.potentialTopShare << " %";
    if (tiers.potentialClvCut)
        ctx.err() << " (CLV >= " << *tiers.potentialClvCut << ")";
    ctx.err() << "\n";
    saveDraft(ctx, r, tierDraft(tiers));
    return 0;
}

std::array<double, 3> parseCuts(const std::string& textValue)
{
    std::array<double, 3> cuts{};
    std::stringstream s(textValue);
    std::string part;
    std::size_t i = 0;
    while (std::getline(s, part, ',')) {
        if (i >= 3)
            throw UsageError("--cuts takes three cumulative percentages, e.g. 1,5,20");
        try {
            std::size_t pos = 0;
            double v = std::stod(part, &pos);
            if (pos != part.size())
                throw std::invalid_argument("trailing");
            cuts[i++] = v / 100.0;
        } catch (const std::exception&) {
            throw UsageError("--cuts: \"" + part + "\" is not a number");
        }
    }
    if (i != 3)
        throw UsageError("--cuts takes three cumulative percentages, e.g. 1,5,20");
    return cuts;
}

int runPyramid(Context& ctx, const Request& r)
{
    const std::string mode = showMode(r, {"summary", "customers"});
    PyramidOptions o;
    if (r.by)
        o.basis = parsePyramidBasis(*r.by);
    if (r.cuts)
        o.cuts = parseCuts(*r.cuts);
    o.referenceDay = r.day;
    if (r.day && o.basis == PyramidBasis::Clv)
        throw UsageError("--date applies to a pyramid by margin or revenue");
    if (r.threads)
        o.threads = static_cast<int>(*r.threads);
    PyramidResult p = computePyramid(ctx.db(), o, ctx.progress());
    ResultTable t;
    if (mode == "summary") {
        t.columns = {"level", "customers", "value", "value_share", "min_value", "max_value"};
        for (const auto& l : p.levels)
            t.rows.push_back({l.label, l.customers, l.value, opt(l.valueShare), opt(l.minValue),
                              opt(l.maxValue)});
    } else {
        t.columns = {"customer_id", "level", "value"};
        for (const auto& m : p.members)
            t.rows.push_back(
                {m.customerId, text(kPyramidLabels[static_cast<std::size_t>(m.level)]), m.value});
    }
    t.precision = 2;
    ctx.print(t);
    if (p.excluded > 0)
        ctx.err() << p.excluded << " customers without a " << pyramidBasisName(o.basis)
                  << " value are not ranked\n";
    saveDraft(ctx, r, pyramidDraft(p));
    return 0;
}

int runCompare(Context& ctx, const Request& r)
{
    SegmentStore store(ctx.db());
    std::vector<std::int64_t> ids;
    for (const auto& o : r.operands)
        ids.push_back(store.resolve(o).id);
    CompareOptions co;
    co.bySubgroup = r.byLabel;
    if (r.pAlive)
        co.churnPAlive = *r.pAlive;
    auto rows = store.compare(ids, co, ctx.progress());
    ResultTable t;
    t.columns = {"segment_id",    "segment", "label", "customers",   "revenue",
                 "revenue_share", "avg_clv", "nps",   "nps_answers", "churn_risk_share"};
    for (const auto& row : rows)
        t.rows.push_back({row.segmentId, row.segmentName, row.label, row.customers, row.revenue,
                          opt(row.revenueShare), opt(row.averageClv), opt(row.nps), row.npsAnswers,
                          opt(row.churnRiskShare)});
    t.precision = 3;
    ctx.print(t);
    return 0;
}

// Minimal RFC 4180 reader for the member list of `segment save`.
std::vector<std::vector<std::string>> readCsv(const std::string& path)
{
    const std::string data = readFile(path);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < data.size(); ++i) {
        const char ch = data[i];
        if (quoted) {
            if (ch == '"' && i + 1 < data.size() && data[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
            any = true;
        } else if (ch == ',') {
            row.push_back(field);
            field.clear();
            any = true;
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
                ++i;
            if (any || !field.empty()) {
                row.push_back(field);
                rows.push_back(row);
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += ch;
            any = true;
        }
    }
    if (any || !field.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

int runSave(Context& ctx, const Request& r)
{
    if (!r.members)
        throw UsageError("segment save NAME needs --members FILE.csv (columns customer_id or "
                         "external_id, optional label)");
    auto rows = readCsv(*r.members);
    if (rows.empty())
        throw InputError(*r.members, 1, 0, "the file is empty");
    const auto& header = rows[0];
    auto col = [&](const std::string& n) -> std::ptrdiff_t {
        auto it = std::find(header.begin(), header.end(), n);
        return it == header.end() ? -1 : it - header.begin();
    };
    const auto idCol = col("customer_id"), extCol = col("external_id"), labelCol = col("label");
    if (idCol < 0 && extCol < 0)
        throw InputError(*r.members, 1, 0, "needs a customer_id or an external_id column");
    Database& db = ctx.db();
    Statement byId = db.prepare("SELECT id FROM customers WHERE id = ?1");
    Statement byExt = db.prepare("SELECT id FROM customers WHERE external_id = ?1");
    std::vector<SegmentMember> members;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const auto line = static_cast<std::int64_t>(i + 1);
        auto cell = [&](std::ptrdiff_t c) {
            return c >= 0 && static_cast<std::size_t>(c) < row.size()
                       ? row[static_cast<std::size_t>(c)]
                       : std::string();
        };
        std::optional<std::int64_t> id;
        if (idCol >= 0 && !cell(idCol).empty()) {
            std::int64_t v = 0;
            try {
                std::size_t pos = 0;
                v = std::stoll(cell(idCol), &pos);
                if (pos != cell(idCol).size())
                    throw std::invalid_argument("x");
            } catch (const std::exception&) {
                throw InputError(*r.members, line, idCol + 1,
                                 "\"" + cell(idCol) + "\" is not a customer id");
            }
            byId.reset();
            byId.bind(1, v);
            if (byId.step())
                id = byId.getInt(0);
            byId.reset();
        } else if (extCol >= 0) {
            byExt.reset();
            byExt.bind(1, cell(extCol));
            if (byExt.step())
                id = byExt.getInt(0);
            byExt.reset();
        }
        if (!id)
            throw InputError(*r.members, line, (idCol >= 0 ? idCol : extCol) + 1,
                             "no such customer");
        members.push_back({*id, cell(labelCol)});
    }
    SegmentStore store(db);
    const auto id = store.save(r.operands[0], "manual", R"({"source": "segment save --members"})",
                               members, std::nullopt, ctx.progress());
    ctx.err() << "saved segment " << id << " with " << members.size() << " members\n";
    ResultTable t;
    t.columns = {"segment_id", "name", "members"};
    t.rows.push_back({id, r.operands[0], static_cast<std::int64_t>(members.size())});
    ctx.print(t);
    return 0;
}

int runList(Context& ctx)
{
    SegmentStore store(ctx.db());
    ResultTable t;
    t.columns = {"id", "name", "kind", "created", "members", "labels"};
    for (const auto& s : store.list()) {
        std::string labels;
        for (const auto& l : s.labels)
            labels += (labels.empty() ? "" : "|") + (l.empty() ? std::string("(none)") : l);
        t.rows.push_back(
            {s.id, s.name, s.kind, date::formatDateTime(s.createdAt), s.members, labels});
    }
    ctx.print(t);
    return 0;
}

// One saved segment: what it is, when it was made and the definition that made it.
int runShow(Context& ctx, const Request& r)
{
    SegmentStore store(ctx.db());
    SavedSegment s = store.resolve(r.operands[0]);
    std::string labels;
    for (const auto& l : s.labels)
        labels += (labels.empty() ? "" : "|") + (l.empty() ? std::string("(none)") : l);
    ResultTable t;
    t.columns = {"property", "value"};
    t.rows.push_back({std::string("id"), s.id});
    t.rows.push_back({std::string("name"), s.name});
    t.rows.push_back({std::string("kind"), s.kind});
    t.rows.push_back({std::string("created"), date::formatDateTime(s.createdAt)});
    t.rows.push_back({std::string("members"), s.members});
    t.rows.push_back({std::string("labels"), labels});
    if (s.kind == "rule") {
        try {
            t.rows.push_back({std::string("rule"), ruleDefinition(s).description});
        } catch (const InputError& e) {
            t.rows.push_back({std::string("rule"), std::string("(unreadable: ") + e.what() + ")"});
        }
    }
    t.rows.push_back({std::string("definition"), s.definition});
    ctx.print(t);
    return 0;
}

int runMembers(Context& ctx, const Request& r)
{
    SegmentStore store(ctx.db());
    SavedSegment s = store.resolve(r.operands[0]);
    auto members = store.members(s.id, r.label);
    std::vector<std::int64_t> ids;
    for (const auto& m : members)
        ids.push_back(m.customerId);
    auto names = customerNames(ctx.db(), ids);
    ResultTable t;
    t.columns = {"customer_id", "external_id", "name", "label"};
    for (const auto& m : members)
        t.rows.push_back(
            {m.customerId, names[m.customerId].first, names[m.customerId].second, m.label});
    ctx.print(t);
    return 0;
}

int runMigration(Context& ctx, const Request& r)
{
    SegmentStore store(ctx.db());
    const auto from = store.resolve(r.operands[0]).id;
    const auto to = store.resolve(r.operands[1]).id;
    MigrationMatrix m = store.migration(from, to);
    auto name = [](const std::string& l) { return l.empty() ? std::string("(none)") : l; };
    ResultTable t;
    t.columns = {"from \\ to"};
    for (const auto& l : m.labelsTo)
        t.columns.push_back(name(l));
    t.columns.push_back("(not in " + m.to.name + ")");
    // Cells built in place: GCC 12 warns (falsely) when a variant with a string alternative
    // is copied from a temporary here.
    for (std::size_t i = 0; i < m.labelsFrom.size(); ++i) {
        auto& row = t.rows.emplace_back();
        row.emplace_back(std::in_place_type<std::string>, name(m.labelsFrom[i]));
        for (auto c : m.counts[i])
            row.emplace_back(std::in_place_type<std::int64_t>, c);
        row.emplace_back(std::in_place_type<std::int64_t>, m.onlyInFrom[i]);
    }
    auto& newcomers = t.rows.emplace_back();
    newcomers.emplace_back(std::in_place_type<std::string>, "(not in " + m.from.name + ")");
    for (auto c : m.onlyInTo)
        newcomers.emplace_back(std::in_place_type<std::int64_t>, c);
    newcomers.emplace_back();
    ctx.print(t);
    ctx.err() << m.inBoth << " customers in both snapshots ("
              << date::formatDateTime(m.from.createdAt) << " -> "
              << date::formatDateTime(m.to.createdAt) << ")\n";
    return 0;
}

int runDelete(Context& ctx, const Request& r)
{
    SegmentStore store(ctx.db());
    SavedSegment s = store.resolve(r.operands[0]);
    store.remove(s.id);
    ctx.err() << "deleted segment " << s.id << " \"" << s.name << "\"\n";
    return 0;
}

int runGrid(Context& ctx, const Request& r)
{
    if (r.set && r.reset)
        throw UsageError("use --set FILE or --reset, not both");
    Database& db = ctx.db();
    if (r.set) {
        RfmGrid g = RfmGrid::fromJson(readFile(*r.set));
        g.save(db); // validates: gaps and overlaps are refused with the cells named
        ctx.err() << "RFM grid saved to the workspace settings\n";
    } else if (r.reset) {
        RfmGrid::defaults().save(db);
        ctx.err() << "RFM grid reset to the default\n";
    }
    RfmGrid g = RfmGrid::load(db);
    ResultTable t;
    t.columns = {"R \\ F", "1", "2", "3", "4", "5"};
    for (int rr = 5; rr >= 1; --rr) {
        std::vector<Cell> row = {std::int64_t{rr}};
        for (int f = 1; f <= 5; ++f)
            row.push_back(g.segments()[static_cast<std::size_t>(g.segmentAt(rr, f))].name);
        t.rows.push_back(std::move(row));
    }
    ctx.print(t);
    return 0;
}

int runFields(Context& ctx)
{
    ResultTable t;
    t.columns = {"kind", "name", "label", "group", "operators"};
    for (const auto& f : featureCatalogue())
        t.rows.push_back({std::string("feature"), f.name, f.label, f.unit, f.description});
    for (const auto& f : ruleFields()) {
        std::string ops;
        for (const auto& o : ruleOperators(f.type))
            ops += (ops.empty() ? "" : " ") + o;
        t.rows.push_back({std::string("rule field"), f.name, f.label, f.base, ops});
    }
    ctx.print(t);
    return 0;
}

int runSegment(Context& ctx)
{
    Request r = readRequest(ctx);
    if (r.sub == "fields")
        return runFields(ctx);
    if (r.sub == "rfm")
        return runRfm(ctx, r);
    if (r.sub == "kmeans")
        return runKMeans(ctx, r);
    if (r.sub == "rules")
        return runRules(ctx, r);
    if (r.sub == "tiers")
        return runTiers(ctx, r);
    if (r.sub == "pyramid")
        return runPyramid(ctx, r);
    if (r.sub == "compare")
        return runCompare(ctx, r);
    if (r.sub == "save")
        return runSave(ctx, r);
    if (r.sub == "list")
        return runList(ctx);
    if (r.sub == "show")
        return runShow(ctx, r);
    if (r.sub == "members")
        return runMembers(ctx, r);
    if (r.sub == "migration")
        return runMigration(ctx, r);
    if (r.sub == "delete")
        return runDelete(ctx, r);
    return runGrid(ctx, r);
}

const CommandRegistrar kSegment(
    {"segment", "RFM, k-means, rule segments, value tiers, the customer pyramid, saved segments",
     "Usage: valuedesk-cli -w FILE segment SUB-COMMAND [options] [--format table|csv|json]\n"
     "\n"
     "  rfm      [--date D] [--grid FILE] [--show summary|customers|heatmap] [--save NAME]\n"
     "           R, F, M quintile scores (equal values share a score) and the named segments\n"
     "           of the R x F grid; D (YYYY-MM-DD) defaults to the newest transaction's day.\n"
     "  kmeans   -k K [--restarts N] [--seed S] [--features LIST] [--missing drop|mean]\n"
     "           [--max-iter N] [--tol X] [--date D] [--sample N] [--threads N]\n"
     "           [--export-features FILE] [--save NAME] | --elbow KMAX\n"
     "           k-means++ on standardised features (default log_recency,log_frequency,\n"
     "           log_monetary); prints cluster profiles in original units. --export-features\n"
     "           writes the standardised matrix with each customer's cluster (1..K) to CSV;\n"
     "           --elbow KMAX prints inertia and silhouette for k = 1..KMAX instead.\n"
     "  rules    --rule FILE|JSON [--date D] [--show count|customers] [--save NAME]\n"
     "           e.g. --rule '{\"and\": [{\"field\": \"country\", \"op\": \"eq\", \"value\": "
     "\"China\"},\n"
     "                               {\"field\": \"clv\", \"op\": \"ge\", \"value\": 100}]}'\n"
     "  rules    --saved ID|NAME [--date D] [--show count|customers] [--save NAME]\n"
     "           re-evaluates a saved rule segment over the current data (D defaults to the\n"
     "           newest transaction's day) and counts who stayed, joined and left\n"
     "  tiers    [--p-alive 0.5] [--high-top 0.2] [--potential-top 0.5] [--show "
     "summary|customers]\n"
     "           [--save NAME]   high value / potential / churn risk from the newest CLV run\n"
     "  pyramid  [--by clv|margin|revenue] [--cuts 1,5,20] [--date D] [--show summary|customers]\n"
     "           [--save NAME]   platinum / gold / iron / lead (cumulative top percentages)\n"
     "  compare  ID|NAME... [--by-label] [--p-alive 0.5]   size, revenue, CLV, NPS, churn risk\n"
     "  migration FROM TO      customers moving between the labels of two saved snapshots\n"
     "  save NAME --members FILE.csv   a manual segment (customer_id or external_id, label)\n"
     "  list | show ID|NAME | members ID|NAME [--label L] | delete ID|NAME\n"
     "           show prints a saved segment's kind, time, labels and definition\n"
     "  grid [--set FILE | --reset]    show or replace the workspace's RFM grid\n"
     "  fields                 the k-means features and the rule fields with their operators\n"
     "\n"
     "Methods and references: docs/methods.md, \"Segmentation\".",
     runSegment});

} // namespace
} // namespace vd::cli
