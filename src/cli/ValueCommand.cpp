#include "Command.h"
#include "PyramidRenderer.h"
#include "RenderTarget.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/value/CustomerPyramid.h"
#include "valuedesk/value/ValueAnalysis.h"

#include <QPainter>
#include <cmath>

namespace vd::cli {

namespace {

using Cell = ResultTable::Cell;

Cell opt(const std::optional<double>& v)
{
    return v ? Cell(*v) : Cell();
}
Cell meanCell(const std::optional<loyalty::MeanResult>& m)
{
    return m ? Cell(m->mean) : Cell();
}
Cell lowerCell(const std::optional<loyalty::MeanResult>& m)
{
    return m && m->hasInterval ? Cell(m->lower) : Cell();
}
Cell upperCell(const std::optional<loyalty::MeanResult>& m)
{
    return m && m->hasInterval ? Cell(m->upper) : Cell();
}
Cell nCell(const std::optional<loyalty::MeanResult>& m)
{
    return Cell(m ? m->n : std::int64_t{0});
}
// Separate functions rather than ternaries on Cell: GCC 12 warns (falsely) about the
// std::string alternative of a variant built in a conditional expression.
Cell differenceCell(const std::optional<loyalty::Comparison>& c)
{
    if (!c)
        return {};
    return Cell(c->difference);
}
Cell pValueCell(const std::optional<loyalty::Comparison>& c)
{
    if (!c)
        return {};
    return Cell(c->pValue);
}
Cell text(std::string_view s)
{
    return Cell(std::string(s));
}

// Every option of every sub-command, read before the sub-command word so that an option
// value is never taken for it; options a sub-command does not use are refused.
struct Request
{
    std::string sub;
    std::optional<std::string> segment, compare, touchpoint, crosshair, exportPath, size, breakdown;
    std::optional<std::int64_t> from, to;
    std::optional<double> confidence;

    value::ValueFilter a;
    std::optional<value::ValueFilter> b;
    value::ValueOptions options;
};

std::optional<std::int64_t> dateOption(Context& ctx, const std::string& name)
{
    auto v = ctx.args().value(name);
    if (!v)
        return std::nullopt;
    auto t = date::parseIso(*v);
    if (!t)
        throw UsageError("option " + name + " needs a date YYYY-MM-DD, not \"" + *v + "\"");
    return t;
}

Request readRequest(Context& ctx)
{
    Request r;
    r.segment = ctx.args().value("--segment");
    r.compare = ctx.args().value("--compare");
    r.touchpoint = ctx.args().value("--touchpoint");
    r.from = dateOption(ctx, "--from");
    r.to = dateOption(ctx, "--to");
    r.crosshair = ctx.args().value("--crosshair");
    r.confidence = ctx.args().number("--confidence");
    r.exportPath = ctx.args().value("--export");
    r.size = ctx.args().value("--size");
    r.breakdown = ctx.args().value("--breakdown");
    r.sub =
        ctx.args().positional(0, "a value sub-command (pyramid, gap, ipa, delivered, customers)");
    ctx.args().finish();

    auto refuse = [&r](bool given, const char* option) {
        if (given)
            throw UsageError(std::string("option ") + option + " does not apply to value " + r.sub);
    };
    const bool customers = r.sub == "customers";
    refuse(r.exportPath && r.sub != "pyramid" && !customers, "--export");
    refuse(r.size && r.sub != "pyramid" && !customers, "--size");
    refuse(r.breakdown && r.sub != "delivered", "--breakdown");
    refuse(r.crosshair && r.sub != "ipa", "--crosshair");
    refuse(customers && r.compare, "--compare");
    refuse(customers && r.touchpoint, "--touchpoint");
    refuse(customers && (r.from || r.to), "--from/--to");
    refuse(customers && r.confidence, "--confidence");
    if (r.crosshair) {
        if (*r.crosshair == "mean")
            r.options.crossHair = value::CrossHair::DataMeans;
        else if (*r.crosshair == "midpoint")
            r.options.crossHair = value::CrossHair::ScaleMidpoint;
        else
            throw UsageError("--crosshair is mean or midpoint, not \"" + *r.crosshair + "\"");
    }
    if (r.confidence)
        r.options.confidence = *r.confidence;
    return r;
}

// Resolves the populations (needs the workspace, so after the usage checks).
void resolve(Context& ctx, Request& r)
{
    Database& db = ctx.db();
    r.a.population = value::resolvePopulation(db, r.segment.value_or(""));
    r.a.touchpoint = r.touchpoint;
    r.a.from = r.from;
    r.a.to = r.to;
    if (r.compare) {
        value::ValueFilter b = r.a;
        b.population = value::resolvePopulation(db, *r.compare);
        r.b = b;
    }
}

std::vector<value::ValueReport> analyze(Context& ctx, const Request& r,
                                        value::ValueComparison* comparison)
{
    if (r.b) {
        *comparison = value::compareValue(ctx.db(), r.a, *r.b, r.options, ctx.progress());
        return {comparison->a, comparison->b};
    }
    return {value::analyzeValue(ctx.db(), r.a, r.options, ctx.progress())};
}

void warn(Context& ctx, const std::vector<value::ValueReport>& reports)
{
    for (const auto& rep : reports)
        for (const auto& w : rep.warnings)
            ctx.err() << "warning: " << w << "\n";
}

void exportDrawing(Context& ctx, const std::string& path, std::vector<render::PyramidSpec> specs)
{
    render::ensureGuiApplication();
    const QSizeF size(specs.size() > 1 ? 1600 : 1000, 680);
    render::writeDrawing(
        QString::fromStdString(path), size,
        [&specs, size](QPainter& p) {
            render::PyramidRenderer::paintAll(p, QRectF(QPointF(0, 0), size), specs);
        },
        2.0, QStringLiteral("ValueDesk pyramid"));
    ctx.err() << "wrote " << path << "\n";
}

int runPyramid(Context& ctx, Request& r)
{
    render::ValueSizing sizing = render::ValueSizing::Score;
    if (r.size) {
        if (*r.size == "equal")
            sizing = render::ValueSizing::Equal;
        else if (*r.size == "responses")
            sizing = render::ValueSizing::Responses;
        else if (*r.size != "score")
            throw UsageError("--size is equal, score or responses, not \"" + *r.size + "\"");
    }
    resolve(ctx, r);
    value::ValueComparison cmp;
    auto reports = analyze(ctx, r, &cmp);
    warn(ctx, reports);
    ResultTable t;
    t.columns = {"population", "layer", "attributes", "rated_attributes",
                 "n",          "score", "lower",      "upper",
                 "score_100",  "gap_n", "gap"};
    if (r.b)
        t.columns.insert(t.columns.end(), {"score_difference", "p_value"});
    for (std::size_t k = 0; k < reports.size(); ++k) {
        for (std::size_t i = 0; i < reports[k].layers.size(); ++i) {
            const auto& l = reports[k].layers[i];
            std::vector<Cell> row{reports[k].filter.population.displayName(),
                                  text(value::code(l.layer)),
                                  std::int64_t{l.attributes},
                                  std::int64_t{l.ratedAttributes},
                                  nCell(l.score),
                                  meanCell(l.score),
                                  lowerCell(l.score),
                                  upperCell(l.score),
                                  l.score ? Cell(value::benefitScore(l.score->mean)) : Cell(),
                                  nCell(l.gap),
                                  meanCell(l.gap)};
            if (r.b) {
                const auto& c = cmp.layers[i].score;
                const auto shown = k == 1 ? c : std::nullopt;
                row.push_back(differenceCell(shown));
                row.push_back(pValueCell(shown));
            }
            t.rows.push_back(std::move(row));
        }
    }
    ctx.print(t);
    if (r.exportPath) {
        std::vector<const value::ValueReport*> ptrs;
        for (const auto& rep : reports)
            ptrs.push_back(&rep);
        const double range = render::PyramidRenderer::gapRange(ptrs);
        std::vector<render::PyramidSpec> specs;
        for (const auto& rep : reports)
            specs.push_back(render::PyramidRenderer::valuePyramid(rep, sizing, range));
        exportDrawing(ctx, *r.exportPath, std::move(specs));
    }
    return 0;
}

int runGap(Context& ctx, Request& r)
{
    resolve(ctx, r);
    value::ValueComparison cmp;
    auto reports = analyze(ctx, r, &cmp);
    warn(ctx, reports);
    ResultTable t;
    t.columns = {"population", "rank",       "code",        "name",        "layer",
                 "n",          "importance", "expectation", "performance", "gap",
                 "gap_lower",  "gap_upper",  "priority"};
    if (r.b)
        t.columns.insert(t.columns.end(), {"gap_difference", "p_value"});
    for (std::size_t k = 0; k < reports.size(); ++k) {
        for (const auto* a : reports[k].rankedByGap()) {
            std::vector<Cell> row{reports[k].filter.population.displayName(),
                                  a->gapRank ? Cell(std::int64_t{a->gapRank}) : Cell(),
                                  a->attribute.code,
                                  a->attribute.name,
                                  a->attribute.layer ? text(value::code(*a->attribute.layer))
                                                     : Cell(),
                                  nCell(a->gap),
                                  meanCell(a->importance),
                                  meanCell(a->expectation),
                                  meanCell(a->performance),
                                  meanCell(a->gap),
                                  lowerCell(a->gap),
                                  upperCell(a->gap),
                                  opt(a->priority)};
            if (r.b) {
                std::optional<loyalty::Comparison> c;
                for (const auto& ac : cmp.attributes)
                    if (ac.attributeId == a->attribute.id)
                        c = ac.gap;
                const auto shown = k == 1 ? c : std::nullopt;
                row.push_back(differenceCell(shown));
                row.push_back(pValueCell(shown));
            }
            t.rows.push_back(std::move(row));
        }
    }
    ctx.print(t);
    return 0;
}

int runIpa(Context& ctx, Request& r)
{
    resolve(ctx, r);
    value::ValueComparison cmp;
    auto reports = analyze(ctx, r, &cmp);
    warn(ctx, reports);
    ResultTable t;
    t.columns = {"population", "code",        "name",     "layer",           "n",
                 "importance", "performance", "quadrant", "importance_line", "performance_line"};
    for (const auto& rep : reports) {
        for (const auto& a : rep.attributes) {
            t.rows.push_back({rep.filter.population.displayName(), a.attribute.code,
                              a.attribute.name,
                              a.attribute.layer ? text(value::code(*a.attribute.layer)) : Cell(),
                              nCell(a.performance), meanCell(a.importance), meanCell(a.performance),
                              a.quadrant ? text(value::code(*a.quadrant)) : Cell(),
                              opt(rep.ipa.importanceSplit), opt(rep.ipa.performanceSplit)});
        }
    }
    ctx.print(t);
    return 0;
}

int runDelivered(Context& ctx, Request& r)
{
    const bool kotler = !r.breakdown || *r.breakdown == "kotler";
    if (r.breakdown && *r.breakdown != "kotler" && *r.breakdown != "components")
        throw UsageError("--breakdown is kotler or components, not \"" + *r.breakdown + "\"");
    resolve(ctx, r);
    value::ValueComparison cmp;
    auto reports = analyze(ctx, r, &cmp);
    warn(ctx, reports);
    ResultTable t;
    t.columns = {"population", "side",   "part",  "attributes",  "rated_attributes",
                 "ratings",    "weight", "score", "contribution"};
    for (const auto& rep : reports) {
        const value::ValueBalance& b = kotler ? rep.delivered : rep.perceived;
        const std::string pop = rep.filter.population.displayName();
        for (const auto& p : b.parts)
            t.rows.push_back({pop, std::string(p.cost ? "cost" : "value"), p.code,
                              std::int64_t{p.attributes}, std::int64_t{p.ratedAttributes},
                              p.ratings, p.weight, opt(p.score), opt(p.contribution)});
        t.rows.push_back({pop, std::string("total"),
                          std::string(kotler ? "total_customer_value" : "benefits"), Cell(), Cell(),
                          Cell(), Cell(), opt(b.benefits), opt(b.benefits)});
        t.rows.push_back({pop, std::string("total"),
                          std::string(kotler ? "total_customer_cost" : "costs"), Cell(), Cell(),
                          Cell(), Cell(), opt(b.costs), opt(b.costs)});
        t.rows.push_back({pop, std::string("total"),
                          std::string(kotler ? "delivered_value" : "perceived_value"), Cell(),
                          Cell(), Cell(), Cell(), opt(b.net), opt(b.net)});
    }
    ctx.print(t);
    return 0;
}

int runCustomers(Context& ctx, Request& r)
{
    render::TierSizing sizing = render::TierSizing::Customers;
    if (r.size) {
        if (*r.size == "revenue")
            sizing = render::TierSizing::Revenue;
        else if (*r.size == "clv")
            sizing = render::TierSizing::Clv;
        else if (*r.size != "customers")
            throw UsageError("--size is customers, revenue or clv, not \"" + *r.size + "\"");
    }
    Database& db = ctx.db();
    const value::Population pop = value::resolvePopulation(db, r.segment.value_or(""));
    auto pyramid = value::loadCustomerPyramid(db, pop);
    if (!pyramid)
        throw Error("no customer pyramid has been saved in this workspace; build one with the "
                    "segmentation tools first (a segment of kind 'pyramid' labelled platinum, "
                    "gold, iron and lead)");
    ResultTable t;
    t.columns = {"tier",          "customers", "customer_share", "revenue",
                 "revenue_share", "clv",       "clv_share",      "customers_with_clv"};
    for (const auto& tier : pyramid->tiers)
        t.rows.push_back({text(value::code(tier.tier)), tier.customers, tier.customerShare,
                          tier.revenue, opt(tier.revenueShare), opt(tier.clv), opt(tier.clvShare),
                          tier.customersWithClv});
    ctx.print(t);
    if (pyramid->otherMembers > 0)
        ctx.err() << "note: " << pyramid->otherMembers
                  << " members of the pyramid have another label and are not counted\n";
    if (r.exportPath) {
        exportDrawing(ctx, *r.exportPath,
                      {render::PyramidRenderer::customerPyramid(
                          *pyramid, sizing, render::PyramidRenderer::populationName(pop))});
    }
    return 0;
}

int runValue(Context& ctx)
{
    Request r = readRequest(ctx);
    if (r.sub == "pyramid")
        return runPyramid(ctx, r);
    if (r.sub == "gap")
        return runGap(ctx, r);
    if (r.sub == "ipa")
        return runIpa(ctx, r);
    if (r.sub == "delivered")
        return runDelivered(ctx, r);
    if (r.sub == "customers")
        return runCustomers(ctx, r);
    throw UsageError("unknown value sub-command \"" + r.sub +
                     "\" (pyramid, gap, ipa, delivered or customers)");
}

const CommandRegistrar kValue(
    {"value", "customer-value pyramid, value gaps, importance-performance, delivered value",
     "Usage: valuedesk-cli -w FILE value SUB [options] [--format table|csv|json]\n"
     "  pyramid    layer scores (importance-weighted performance, 1-7, t interval)\n"
     "             [--export FILE.png|svg|pdf] [--size equal|score|responses]\n"
     "  gap        attributes ranked by importance x (expectation - performance)\n"
     "  ipa        importance-performance quadrants (Martilla & James 1977)\n"
     "             [--crosshair mean|midpoint]\n"
     "  delivered  benefits - costs on 0-100 [--breakdown kotler|components]\n"
     "  customers  the saved customer pyramid: customers, revenue and CLV per tier\n"
     "             [--export FILE] [--size customers|revenue|clv]\n"
     "Common options:\n"
     "  --segment S      a saved segment (newest snapshot), or S:LABEL; default whole base\n"
     "  --compare S2     a second population side by side (B - A, Welch t test)\n"
     "  --touchpoint T   only responses at touchpoint T\n"
     "  --from DATE --to DATE  responses in [from, to)\n"
     "  --confidence C   interval level, default 0.95\n"
     "Missing numbers (nothing rated) are empty cells, never zero. Methods: docs/methods.md.",
     runValue});

} // namespace
} // namespace vd::cli
