#include "valuedesk/value/ValueAnalysis.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace vd::value {

namespace {

// The SQL of every query comes in two constant variants: the whole base reads
// attribute_ratings alone; any filter joins responses and binds ?1..?5 (segment id, label,
// touchpoint, from, to). Only these fixed fragments are concatenated, never user values.
constexpr const char* kJoinResponses = " JOIN responses p ON p.id = r.response_id ";
constexpr const char* kResponseFilter = R"SQL(
    (?1 IS NULL OR EXISTS (SELECT 1 FROM segment_members m
                           WHERE m.segment_id = ?1 AND m.customer_id = p.customer_id
                             AND (?2 IS NULL OR m.label = ?2)))
    AND (?3 IS NULL OR p.touchpoint = ?3)
    AND (?4 IS NULL OR p.ts >= ?4)
    AND (?5 IS NULL OR p.ts < ?5) )SQL";

bool needsJoin(const ValueFilter& f)
{
    return f.population.segmentId || f.touchpoint || f.from || f.to;
}

void bindFilter(Statement& st, const ValueFilter& f)
{
    st.bind(1, f.population.segmentId);
    st.bind(2, f.population.label);
    st.bind(3, f.touchpoint);
    st.bind(4, f.from);
    st.bind(5, f.to);
}

std::optional<loyalty::MeanResult> meanOf(const Statement& st, int col, double confidence)
{
    const std::int64_t n = st.getInt(col);
    if (n <= 0)
        return std::nullopt;
    return loyalty::meanInterval(n, st.getDouble(col + 1), st.getDouble(col + 2), confidence);
}

// count, sum and sum of squares of an SQL expression: three result columns.
std::string moments(const std::string& expr)
{
    return "count(" + expr + "), sum(" + expr + "), sum((" + expr + ") * (" + expr + "))";
}

void countResponses(Database& db, const ValueFilter& f, ValueReport& report)
{
    std::string sql = "SELECT count(*), count(DISTINCT p.customer_id) FROM responses p "
                      "WHERE EXISTS (SELECT 1 FROM attribute_ratings r WHERE r.response_id = p.id)";
    if (needsJoin(f))
        sql += std::string(" AND ") + kResponseFilter;
    Statement st = db.prepare(sql);
    if (needsJoin(f))
        bindFilter(st, f);
    if (st.step()) {
        report.responses = st.getInt(0);
        report.respondents = st.getInt(1);
    }
}

void attributeStatistics(Database& db, const ValueFilter& f, double confidence, ValueReport& report)
{
    // Only fixed fragments of this file are joined (column names and the filter clause);
    // every value is bound by bindFilter.
    std::string sql = "SELECT r.attribute_id, count(*), " + moments("r.importance") + ", " +
                      moments("r.performance") + ", " + moments("r.expectation") + ", " +
                      moments("r.expectation - r.performance") + " FROM attribute_ratings r";
    if (needsJoin(f))
        sql += std::string(kJoinResponses) + " WHERE " + kResponseFilter;
    sql += " GROUP BY r.attribute_id";
    Statement st = db.prepare(sql);
    if (needsJoin(f))
        bindFilter(st, f);
    std::map<std::int64_t, AttributeResult*> byId;
    for (auto& a : report.attributes)
        byId[a.attribute.id] = &a;
    while (st.step()) {
        auto it = byId.find(st.getInt(0));
        if (it == byId.end())
            continue;
        AttributeResult& a = *it->second;
        a.ratings = st.getInt(1);
        a.importance = meanOf(st, 2, confidence);
        a.performance = meanOf(st, 5, confidence);
        a.expectation = meanOf(st, 8, confidence);
        a.gap = meanOf(st, 11, confidence);
        if (a.importance && a.gap)
            a.priority = a.importance->mean * a.gap->mean;
    }
}

void layerStatistics(Database& db, const ValueFilter& f, double confidence, ValueReport& report)
{
    // Per response: the importance-weighted mean performance (and gap) of the attributes of
    // each layer it rated; then the mean of those over responses. Importance is >= 1 by the
    // schema's CHECK, so the weight sums are never zero.
    std::string inner = "SELECT ";
    std::string outer = "SELECT ";
    for (std::size_t i = 0; i < kLayers.size(); ++i) {
        const std::string l = "'" + std::string(code(kLayers[i])) + "'";
        const std::string s = "s" + std::to_string(i), g = "g" + std::to_string(i);
        inner += (i ? ", " : "") + std::string("sum(CASE WHEN a.layer = ") + l +
                 " THEN r.importance * r.performance END) / sum(CASE WHEN a.layer = " + l +
                 " THEN r.importance END) AS " + s + ", sum(CASE WHEN a.layer = " + l +
                 " AND r.expectation IS NOT NULL THEN r.importance * (r.expectation - "
                 "r.performance) END) / sum(CASE WHEN a.layer = " +
                 l + " AND r.expectation IS NOT NULL THEN r.importance END) AS " + g;
        outer += (i ? ", " : "") + moments(s) + ", " + moments(g);
    }
    inner += " FROM attribute_ratings r JOIN attributes a ON a.id = r.attribute_id";
    if (needsJoin(f))
        inner += kJoinResponses;
    inner += " WHERE r.importance IS NOT NULL AND r.performance IS NOT NULL";
    if (needsJoin(f))
        inner += std::string(" AND ") + kResponseFilter;
    inner += " GROUP BY r.response_id";
    Statement st = db.prepare(outer + " FROM (" + inner + ")");
    if (needsJoin(f))
        bindFilter(st, f);
    if (!st.step())
        return;
    for (std::size_t i = 0; i < kLayers.size(); ++i) {
        report.layers[i].score = meanOf(st, static_cast<int>(i * 6), confidence);
        report.layers[i].gap = meanOf(st, static_cast<int>(i * 6 + 3), confidence);
    }
}

// Builds one balance (value components or Kotler parts) from the attribute means.
template <typename Part, std::size_t N>
ValueBalance balance(const std::vector<AttributeResult>& attributes,
                     const std::array<Part, N>& parts, std::optional<Part> Attribute::*member,
                     const char* what, std::vector<std::string>& warnings)
{
    ValueBalance b;
    std::array<double, N> weighted{};
    for (std::size_t i = 0; i < N; ++i) {
        BalancePart p;
        p.code = std::string(code(parts[i]));
        p.name = std::string(displayName(parts[i]));
        p.cost = isCost(parts[i]);
        b.parts.push_back(std::move(p));
    }
    for (const AttributeResult& a : attributes) {
        const auto& part = a.attribute.*member;
        if (!part)
            continue;
        const std::size_t i =
            static_cast<std::size_t>(std::find(parts.begin(), parts.end(), *part) - parts.begin());
        BalancePart& p = b.parts[i];
        ++p.attributes;
        if (a.attribute.isCost != p.cost) {
            // The direction of the rescaling depends on is_cost; a contradiction would put
            // the attribute on the wrong side of the balance, so it stays out.
            warnings.push_back("attribute \"" + a.attribute.code + "\" has the " + what + " \"" +
                               p.code + "\" but is " + (a.attribute.isCost ? "" : "not ") +
                               "flagged as a cost; it is left out of the " + what + " balance");
            continue;
        }
        if (!a.importance || !a.performance)
            continue;
        const double w = a.importance->mean;
        const double s =
            p.cost ? sacrificeScore(a.performance->mean) : benefitScore(a.performance->mean);
        ++p.ratedAttributes;
        p.ratings += a.performance->n;
        p.weight += w;
        weighted[i] += w * s;
    }
    double benefitWeight = 0.0, costWeight = 0.0;
    for (const BalancePart& p : b.parts)
        (p.cost ? costWeight : benefitWeight) += p.weight;
    for (std::size_t i = 0; i < N; ++i) {
        BalancePart& p = b.parts[i];
        if (p.weight <= 0.0)
            continue;
        p.score = weighted[i] / p.weight;
        p.contribution = weighted[i] / (p.cost ? costWeight : benefitWeight);
        auto& total = p.cost ? b.costs : b.benefits;
        total = total.value_or(0.0) + *p.contribution;
    }
    if (b.benefits && b.costs)
        b.net = *b.benefits - *b.costs;
    return b;
}

void importancePerformanceGrid(const ValueOptions& options, ValueReport& report)
{
    report.ipa.crossHair = options.crossHair;
    double sumI = 0.0, sumP = 0.0;
    int n = 0;
    for (const auto& a : report.attributes) {
        if (a.importance && a.performance) {
            sumI += a.importance->mean;
            sumP += a.performance->mean;
            ++n;
        }
    }
    report.ipa.points = n;
    if (n == 0)
        return;
    if (options.crossHair == CrossHair::ScaleMidpoint) {
        report.ipa.importanceSplit = kRatingMidpoint;
        report.ipa.performanceSplit = kRatingMidpoint;
    } else {
        report.ipa.importanceSplit = sumI / n;
        report.ipa.performanceSplit = sumP / n;
    }
    for (auto& a : report.attributes)
        if (a.importance && a.performance)
            a.quadrant = classify(a.importance->mean, a.performance->mean,
                                  *report.ipa.importanceSplit, *report.ipa.performanceSplit);
}

void rankGaps(ValueReport& report)
{
    std::vector<AttributeResult*> ranked;
    for (auto& a : report.attributes)
        if (a.priority)
            ranked.push_back(&a);
    // Ties: the larger gap first, then the code, so the order is reproducible.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto* x, const auto* y) {
        if (*x->priority != *y->priority)
            return *x->priority > *y->priority;
        if (x->gap->mean != y->gap->mean)
            return x->gap->mean > y->gap->mean;
        return x->attribute.code < y->attribute.code;
    });
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i]->gapRank = static_cast<int>(i + 1);
}

void checkInputs(const ValueFilter& filter, double confidence)
{
    if (!(confidence > 0.0 && confidence < 1.0))
        throw InputError("the confidence level must be between 0 and 1 (e.g. 0.95)");
    if (filter.from && filter.to && *filter.from >= *filter.to)
        throw InputError("the period is empty: its start must come before its end");
}

} // namespace

std::string_view code(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::ConcentrateHere:
        return "concentrate_here";
    case Quadrant::KeepUpTheGoodWork:
        return "keep_up_the_good_work";
    case Quadrant::LowPriority:
        return "low_priority";
    case Quadrant::PossibleOverkill:
        return "possible_overkill";
    }
    return {};
}

std::string_view displayName(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::ConcentrateHere:
        return "Concentrate here";
    case Quadrant::KeepUpTheGoodWork:
        return "Keep up the good work";
    case Quadrant::LowPriority:
        return "Low priority";
    case Quadrant::PossibleOverkill:
        return "Possible overkill";
    }
    return {};
}

Quadrant classify(double importance, double performance, double importanceSplit,
                  double performanceSplit)
{
    const bool important = importance >= importanceSplit;
    const bool performs = performance >= performanceSplit;
    if (important)
        return performs ? Quadrant::KeepUpTheGoodWork : Quadrant::ConcentrateHere;
    return performs ? Quadrant::PossibleOverkill : Quadrant::LowPriority;
}

const LayerResult& ValueReport::layer(Layer l) const
{
    return layers.at(static_cast<std::size_t>(l));
}

std::vector<const AttributeResult*> ValueReport::rankedByGap() const
{
    std::vector<const AttributeResult*> out;
    for (const auto& a : attributes)
        out.push_back(&a);
    std::stable_sort(out.begin(), out.end(), [](const auto* x, const auto* y) {
        if ((x->gapRank == 0) != (y->gapRank == 0))
            return y->gapRank == 0;
        if (x->gapRank != y->gapRank)
            return x->gapRank < y->gapRank;
        return x->attribute.code < y->attribute.code;
    });
    return out;
}

ValueReport analyzeValue(Database& db, const ValueFilter& filter, const ValueOptions& options,
                         const ProgressCallback& progress)
{
    checkInputs(filter, options.confidence);
    ProgressReporter reporter(progress);
    ValueReport report;
    report.filter = filter;
    report.confidence = options.confidence;
    reporter.stage(0.0, "reading attributes");
    for (Attribute& a : loadAttributes(db)) {
        AttributeResult r;
        r.attribute = std::move(a);
        report.attributes.push_back(std::move(r));
    }
    for (Layer l : kLayers) {
        LayerResult lr;
        lr.layer = l;
        report.layers.push_back(lr);
    }
    for (const auto& a : report.attributes)
        if (a.attribute.layer)
            ++report.layers[static_cast<std::size_t>(*a.attribute.layer)].attributes;

    // One read transaction: the four queries see the same snapshot even while an import
    // writes.
    Transaction tx(db, Transaction::Mode::Deferred);
    reporter.stage(0.05, "counting responses");
    countResponses(db, filter, report);
    reporter.stage(0.2, "aggregating attribute ratings");
    attributeStatistics(db, filter, options.confidence, report);
    reporter.stage(0.55, "scoring pyramid layers");
    layerStatistics(db, filter, options.confidence, report);
    tx.commit();

    for (const auto& a : report.attributes)
        if (a.attribute.layer && a.performance)
            ++report.layers[static_cast<std::size_t>(*a.attribute.layer)].ratedAttributes;
    report.perceived = balance(report.attributes, kComponents, &Attribute::component,
                               "value component", report.warnings);
    report.delivered = balance(report.attributes, kKotlerParts, &Attribute::kotler,
                               "Kotler category", report.warnings);
    importancePerformanceGrid(options, report);
    rankGaps(report);
    reporter.stage(1.0, "done");
    return report;
}

ValueComparison compareValue(Database& db, const ValueFilter& a, const ValueFilter& b,
                             const ValueOptions& options, const ProgressCallback& progress)
{
    ValueComparison c;
    auto half = [&progress](double offset) -> ProgressCallback {
        if (!progress)
            return {};
        return [progress, offset](double f, std::string_view status) {
            return progress(offset + f / 2.0, status);
        };
    };
    c.a = analyzeValue(db, a, options, half(0.0));
    c.b = analyzeValue(db, b, options, half(0.5));
    auto welch =
        [&options](
            const std::optional<loyalty::MeanResult>& x,
            const std::optional<loyalty::MeanResult>& y) -> std::optional<loyalty::Comparison> {
        if (!x || !y || x->n < 2 || y->n < 2)
            return std::nullopt;
        return loyalty::compareMeans(*x, *y, options.confidence);
    };
    for (std::size_t i = 0; i < kLayers.size(); ++i) {
        LayerComparison lc;
        lc.layer = kLayers[i];
        lc.score = welch(c.a.layers[i].score, c.b.layers[i].score);
        lc.gap = welch(c.a.layers[i].gap, c.b.layers[i].gap);
        c.layers.push_back(lc);
    }
    // Both reports list the same attributes in the same order (one snapshot of a small
    // table), but match by id so an attribute added in between cannot shift the rows.
    std::map<std::int64_t, const AttributeResult*> inB;
    for (const auto& r : c.b.attributes)
        inB[r.attribute.id] = &r;
    for (const auto& r : c.a.attributes) {
        AttributeComparison ac;
        ac.attributeId = r.attribute.id;
        if (auto it = inB.find(r.attribute.id); it != inB.end()) {
            ac.performance = welch(r.performance, it->second->performance);
            ac.gap = welch(r.gap, it->second->gap);
        }
        c.attributes.push_back(ac);
    }
    return c;
}

} // namespace vd::value
