// Loyalty commands: `metrics` (NPS, CSAT, CES, retention and alerts), `drivers` (key-driver
// analysis and the importance-performance matrix) and `cases` (the closed feedback loop).
#include "Command.h"
#include "valuedesk/Date.h"
#include "valuedesk/loyalty/Alerts.h"
#include "valuedesk/loyalty/Cases.h"
#include "valuedesk/loyalty/Drivers.h"
#include "valuedesk/loyalty/Metrics.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

namespace vd::cli {

namespace {

using loyalty::Breakdown;
using Cell = ResultTable::Cell;

Cell opt(const std::optional<double>& v)
{
    return v ? Cell(*v) : Cell();
}
Cell optInt(const std::optional<std::int64_t>& v)
{
    return v ? Cell(*v) : Cell();
}
Cell optText(const std::optional<std::string>& v)
{
    return v ? Cell(*v) : Cell();
}
Cell dateCell(const std::optional<std::int64_t>& ts)
{
    return ts ? Cell(date::formatDateTime(*ts)) : Cell();
}

std::int64_t parseDate(const std::string& text, const char* option)
{
    auto ts = date::parseIso(text);
    if (!ts)
        throw UsageError(std::string(option) + " needs a date like 2024-03-31, got \"" + text +
                         "\"");
    return *ts;
}

// --from is inclusive; --to is inclusive too when it is a bare date (the whole day counts),
// exclusive when it names a time.
loyalty::MetricsFilter readFilter(Args& args)
{
    loyalty::MetricsFilter f;
    if (auto from = args.value("--from"))
        f.from = parseDate(*from, "--from");
    if (auto to = args.value("--to")) {
        f.to = parseDate(*to, "--to");
        if (to->size() == 10)
            *f.to += date::kSecondsPerDay;
    }
    f.segment = args.value("--segment");
    f.segmentLabel = args.value("--label");
    f.channel = args.value("--channel");
    f.touchpoint = args.value("--touchpoint");
    return f;
}

double readConfidence(Args& args)
{
    double c = args.number("--confidence").value_or(loyalty::kDefaultConfidence);
    if (!(c > 0.0 && c < 1.0))
        throw UsageError("--confidence must be between 0 and 1, e.g. 0.95");
    return c;
}

std::int64_t readNow(Args& args)
{
    if (auto now = args.value("--now"))
        return parseDate(*now, "--now");
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct ByChoice
{
    Breakdown by = Breakdown::Period;
    loyalty::Grain grain = loyalty::Grain::Month;
};

ByChoice parseBy(const std::string& text)
{
    ByChoice c;
    if (auto g = loyalty::parseGrain(text)) {
        c.grain = *g;
        return c;
    }
    if (text == "channel")
        c.by = Breakdown::Channel;
    else if (text == "touchpoint")
        c.by = Breakdown::Touchpoint;
    else if (text == "segment")
        c.by = Breakdown::Segment;
    else if (text == "total")
        c.by = Breakdown::Total;
    else
        throw UsageError("--by must be week, month, quarter, channel, touchpoint, segment or "
                         "total, got \"" +
                         text + "\"");
    return c;
}

const char* keyColumn(Breakdown by)
{
    switch (by) {
    case Breakdown::Period:
        return "period";
    case Breakdown::Channel:
        return "channel";
    case Breakdown::Touchpoint:
        return "touchpoint";
    case Breakdown::Segment:
        return "segment";
    case Breakdown::Total:
        return "total";
    }
    return "key";
}

Cell pct(const std::optional<double>& fraction)
{
    return fraction ? Cell(100.0 * *fraction) : Cell();
}

int runScoreMetric(Context& ctx, const std::string& metric, const loyalty::MetricsQuery& q)
{
    auto rows = loyalty::scoreMetrics(ctx.db(), q);
    ResultTable t;
    t.precision = 2;
    const std::string key = keyColumn(q.by);
    if (metric == "nps") {
        t.columns = {key,   "responses", "n",     "detractors", "passives", "promoters",
                     "nps", "lower",     "upper", "change",     "p_value",  "significant"};
        const loyalty::ScoreMetrics* prev = nullptr;
        for (const auto& r : rows) {
            std::vector<Cell> row = {r.key,
                                     r.counts.responses,
                                     r.counts.npsN(),
                                     r.counts.detractors,
                                     r.counts.passives,
                                     r.counts.promoters};
            if (r.nps) {
                row.insert(row.end(), {r.nps->nps, r.nps->lower, r.nps->upper});
            } else {
                row.insert(row.end(), {Cell(), Cell(), Cell()});
            }
            // Period rows are compared with the period before (adjusted-Wald z test).
            if (q.by == Breakdown::Period && prev && prev->nps && r.nps) {
                auto c = loyalty::compareNps(*prev->nps, *r.nps, q.confidence);
                row.insert(row.end(),
                           {c.difference, c.pValue, std::string(c.significant ? "yes" : "no")});
            } else {
                row.insert(row.end(), {Cell(), Cell(), Cell()});
            }
            prev = &r;
            t.rows.push_back(std::move(row));
        }
    } else if (metric == "csat") {
        t.columns = {key,         "responses", "n",          "top2_pct",  "lower_pct",
                     "upper_pct", "mean",      "mean_lower", "mean_upper"};
        for (const auto& r : rows) {
            std::vector<Cell> row = {r.key, r.counts.responses, r.counts.csatN};
            if (r.csatTop2)
                row.insert(row.end(), {100.0 * r.csatTop2->proportion, 100.0 * r.csatTop2->lower,
                                       100.0 * r.csatTop2->upper, r.csatMean->mean});
            else
                row.insert(row.end(), {Cell(), Cell(), Cell(), Cell()});
            if (r.csatMean && r.csatMean->hasInterval)
                row.insert(row.end(), {r.csatMean->lower, r.csatMean->upper});
            else
                row.insert(row.end(), {Cell(), Cell()});
            t.rows.push_back(std::move(row));
        }
    } else {
        t.columns = {key,         "responses",       "n",
                     "mean",      "lower",           "upper",
                     "agree_pct", "agree_lower_pct", "agree_upper_pct"};
        for (const auto& r : rows) {
            std::vector<Cell> row = {r.key, r.counts.responses, r.counts.cesN};
            if (r.cesMean) {
                row.push_back(r.cesMean->mean);
                if (r.cesMean->hasInterval)
                    row.insert(row.end(), {r.cesMean->lower, r.cesMean->upper});
                else
                    row.insert(row.end(), {Cell(), Cell()});
                row.insert(row.end(), {100.0 * r.cesAgree->proportion, 100.0 * r.cesAgree->lower,
                                       100.0 * r.cesAgree->upper});
            } else {
                row.insert(row.end(), {Cell(), Cell(), Cell(), Cell(), Cell(), Cell()});
            }
            t.rows.push_back(std::move(row));
        }
    }
    ctx.print(t);
    return 0;
}

int runRetention(Context& ctx, const loyalty::MetricsQuery& q)
{
    if (q.by != Breakdown::Period)
        throw UsageError("retention is reported by period: --by week, month or quarter");
    auto rows = loyalty::retentionMetrics(ctx.db(), q, ctx.progress());
    ResultTable t;
    t.precision = 2;
    t.columns = {"period",        "buyers",         "previous_buyers", "retained",
                 "retention_pct", "lower_pct",      "upper_pct",       "churn_pct",
                 "repeat_buyers", "repurchase_pct", "orders",          "revenue"};
    for (const auto& r : rows) {
        t.rows.push_back(
            {r.period.label, r.buyers, r.previousBuyers, r.retained,
             pct(r.retention ? std::optional<double>(r.retention->proportion) : std::nullopt),
             pct(r.retention ? std::optional<double>(r.retention->lower) : std::nullopt),
             pct(r.retention ? std::optional<double>(r.retention->upper) : std::nullopt),
             pct(r.churn ? std::optional<double>(r.churn->proportion) : std::nullopt),
             r.repeatBuyers,
             pct(r.repurchase ? std::optional<double>(r.repurchase->proportion) : std::nullopt),
             r.orders, r.revenue});
    }
    ctx.print(t);
    return 0;
}

struct AlertOptions
{
    std::optional<std::string> rulesFile; // --rules FILE.json: validate and save
    bool defaults = false;                // --default-rules: drop the workspace's rules
    bool list = false;                    // --list-rules: print the rules instead of alerts
};

std::vector<loyalty::AlertRule> readAlertRulesFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot read the alert rules file " + path);
    std::stringstream buf;
    buf << in.rdbuf();
    try {
        return loyalty::parseAlertRules(buf.str());
    } catch (const InputError& e) {
        throw InputError(path + ": " + e.what());
    }
}

void printAlertRules(Context& ctx, const std::vector<loyalty::AlertRule>& rules, bool custom)
{
    ResultTable t;
    t.precision = 2;
    t.columns = {"rule", "metric", "kind", "threshold", "enabled", "source"};
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const auto& r = rules[i];
        t.rows.push_back(
            {static_cast<std::int64_t>(i + 1), std::string(loyalty::alertMetricName(r.metric)),
             std::string(loyalty::alertKindName(r.kind)),
             r.kind == loyalty::AlertKind::Drop ? Cell() : Cell(r.threshold),
             std::string(r.enabled ? "yes" : "no"), std::string(custom ? "workspace" : "default")});
    }
    ctx.print(t);
}

int runAlerts(Context& ctx, const ByChoice& by, const loyalty::MetricsFilter& filter,
              std::optional<std::int64_t> asOf, double confidence, const AlertOptions& options)
{
    if (by.by != Breakdown::Period)
        throw UsageError("alerts compare periods: --by week, month or quarter");
    if (options.rulesFile && options.defaults)
        throw UsageError("--rules and --default-rules exclude each other");
    Database& db = ctx.db();
    if (options.rulesFile) {
        const auto rules = readAlertRulesFile(*options.rulesFile);
        loyalty::saveAlertRules(db, rules);
        ctx.err() << "saved " << rules.size() << " alert rule" << (rules.size() == 1 ? "" : "s")
                  << " from " << *options.rulesFile << "\n";
    } else if (options.defaults) {
        loyalty::resetAlertRules(db);
        ctx.err() << "the default alert rules apply again\n";
    }
    if (options.list) {
        printAlertRules(ctx, loyalty::loadAlertRules(db), loyalty::hasCustomAlertRules(db));
        return 0;
    }
    loyalty::AlertContext ac;
    ac.grain = by.grain;
    ac.filter = filter;
    ac.filter.from.reset();
    ac.filter.to.reset();
    ac.asOf = asOf;
    ac.confidence = confidence;
    auto alerts = loyalty::evaluateAlerts(db, ac);
    ResultTable t;
    t.precision = 3;
    t.columns = {"period", "metric",   "rule",    "threshold",
                 "value",  "previous", "p_value", "message"};
    for (const auto& a : alerts) {
        const bool level = a.rule.kind != loyalty::AlertKind::Drop;
        t.rows.push_back({a.period, std::string(loyalty::alertMetricName(a.rule.metric)),
                          std::string(loyalty::alertKindName(a.rule.kind)),
                          level ? Cell(a.rule.threshold) : Cell(), a.value, opt(a.previous),
                          a.test ? Cell(a.test->pValue) : Cell(), a.message});
    }
    ctx.print(t);
    ctx.err() << alerts.size() << " alert" << (alerts.size() == 1 ? "" : "s") << " fired ("
              << (loyalty::hasCustomAlertRules(db) ? "workspace" : "default")
              << " rules; list them with --list-rules)\n";
    return 0;
}

int runMetrics(Context& ctx)
{
    Args& args = ctx.args();
    const ByChoice by = parseBy(args.value("--by", "month", ""));
    const loyalty::MetricsFilter filter = readFilter(args);
    const double confidence = readConfidence(args);
    std::optional<std::int64_t> asOf;
    if (auto a = args.value("--as-of"))
        asOf = parseDate(*a, "--as-of") + date::kSecondsPerDay - 1;
    AlertOptions alertOptions;
    alertOptions.rulesFile = args.value("--rules");
    alertOptions.defaults = args.flag("--default-rules");
    alertOptions.list = args.flag("--list-rules");
    const std::string what = args.positional(0, "a metric (nps, csat, ces, retention or alerts)");
    args.finish();
    if (what != "alerts" &&
        (asOf || alertOptions.rulesFile || alertOptions.defaults || alertOptions.list))
        throw UsageError(
            "--as-of, --rules, --default-rules and --list-rules apply to metrics alerts only");

    loyalty::MetricsQuery q;
    q.by = by.by;
    q.grain = by.grain;
    q.filter = filter;
    q.confidence = confidence;
    if (what == "nps" || what == "csat" || what == "ces")
        return runScoreMetric(ctx, what, q);
    if (what == "retention")
        return runRetention(ctx, q);
    if (what == "alerts")
        return runAlerts(ctx, by, filter, asOf, confidence, alertOptions);
    throw UsageError("unknown metric \"" + what + "\" (nps, csat, ces, retention or alerts)");
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

int runDrivers(Context& ctx)
{
    Args& args = ctx.args();
    loyalty::DriverQuery q;
    q.filter = readFilter(args);
    q.confidence = readConfidence(args);
    if (auto a = args.value("--attributes"))
        q.attributes = splitList(*a);
    const bool ipa = args.flag("--ipa");
    args.finish();

    Database& db = ctx.db();
    if (ipa) {
        std::optional<loyalty::DriverResult> drivers;
        try {
            drivers = loyalty::keyDrivers(db, q, ctx.progress());
        } catch (const AnalysisError&) {
            // Stated importance alone may still give the matrix.
        }
        auto m = loyalty::importancePerformance(db, q.filter, drivers ? &*drivers : nullptr);
        ResultTable t;
        t.precision = 2;
        t.columns = {"code",        "name",        "layer",       "importance", "stated",
                     "derived_pct", "performance", "expectation", "gap",        "quadrant"};
        for (const auto& a : m.attributes)
            t.rows.push_back({a.code, a.name, a.layer, a.importance, opt(a.statedImportance),
                              opt(a.derivedImportance), a.performance, opt(a.expectation),
                              opt(a.gap), std::string(loyalty::ipaQuadrantName(a.quadrant))});
        ctx.print(t);
        ctx.err() << "importance axis: "
                  << (m.derived ? "derived (share of R^2, %)" : "stated (1-7)")
                  << "; crosshairs at importance " << m.importanceCut << ", performance "
                  << m.performanceCut << "\n";
        return 0;
    }
    auto r = loyalty::keyDrivers(db, q, ctx.progress());
    ResultTable t;
    t.precision = 4;
    t.columns = {"code",    "name", "mean_performance", "r",        "b", "se", "t",
                 "p_value", "beta", "relative_weight",  "share_pct"};
    for (const auto& d : r.drivers)
        t.rows.push_back({d.code, d.name, d.meanPerformance, d.correlation, d.b, d.standardError,
                          d.t, d.pValue, d.beta, d.relativeWeight, d.relativeShare});
    ctx.print(t);
    ctx.err() << "n = " << r.n << " responses (" << r.excluded
              << " more lacked a rating), R^2 = " << r.rSquared
              << ", adjusted R^2 = " << r.adjustedRSquared << ", intercept = " << r.intercept
              << "\n";
    return 0;
}

void printCases(Context& ctx, const std::vector<loyalty::FeedbackCase>& cases)
{
    ResultTable t;
    t.precision = 2;
    t.columns = {"id",        "status", "owner", "customer_id", "customer",     "category",
                 "sentiment", "opened", "due",   "overdue",     "customer_clv", "summary"};
    for (const auto& c : cases)
        t.rows.push_back({c.id, std::string(loyalty::caseStatusName(c.status)), optText(c.owner),
                          optInt(c.customerId), c.customerName, c.category, opt(c.sentiment),
                          date::formatDateTime(c.openedAt), dateCell(c.dueAt),
                          std::string(c.overdue ? "yes" : "no"),
                          c.valueAtRisk ? Cell(*c.valueAtRisk) : Cell(std::string("unknown")),
                          c.summary});
    ctx.print(t);
}

std::int64_t parseCaseId(const std::string& text)
{
    try {
        std::size_t used = 0;
        long long id = std::stoll(text, &used);
        if (used == text.size() && id > 0)
            return id;
    } catch (const std::exception&) {
    }
    throw UsageError("a case id must be a positive whole number, got \"" + text + "\"");
}

int runCases(Context& ctx)
{
    Args& args = ctx.args();
    const std::string sub =
        args.positional(0, "a cases sub-command (open, list, assign, resolve, inform, config)");
    if (sub == "open") {
        const std::int64_t now = readNow(args);
        args.finish();
        auto r = loyalty::openCases(ctx.db(), now, ctx.progress());
        ResultTable t;
        t.columns = {"source", "opened"};
        t.rows = {{std::string("detractors"), r.detractors},
                  {std::string("negative_responses"), r.negativeResponses},
                  {std::string("negative_interactions"), r.negativeInteractions},
                  {std::string("total"), r.total()}};
        ctx.print(t);
        return 0;
    }
    if (sub == "list") {
        loyalty::CaseFilter f;
        if (auto s = args.value("--status")) {
            f.status = loyalty::parseCaseStatus(*s);
            if (!f.status)
                throw UsageError("--status must be new, assigned, resolved or informed");
        }
        f.owner = args.value("--owner");
        f.overdueOnly = args.flag("--overdue");
        f.limit = args.integer("--limit").value_or(100);
        f.offset = args.integer("--offset").value_or(0);
        f.now = readNow(args);
        args.finish();
        if (f.limit < 0 || f.offset < 0)
            throw UsageError("--limit and --offset must not be negative");
        printCases(ctx, loyalty::listCases(ctx.db(), f));
        ctx.err() << loyalty::countCases(ctx.db(), f) << " matching cases\n";
        return 0;
    }
    if (sub == "assign" || sub == "resolve" || sub == "inform") {
        const std::int64_t now = readNow(args);
        const std::int64_t id = parseCaseId(args.positional(1, "a case id"));
        std::string owner;
        if (sub == "assign")
            owner = args.positional(2, "the owner to assign the case to");
        args.finish();
        Database& db = ctx.db();
        if (sub == "assign")
            loyalty::assignCase(db, id, owner, now);
        else if (sub == "resolve")
            loyalty::resolveCase(db, id, now);
        else
            loyalty::informCase(db, id, now);
        printCases(ctx, {*loyalty::getCase(db, id, now)});
        return 0;
    }
    if (sub == "config") {
        auto sla = args.integer("--sla-hours");
        auto rulesFile = args.value("--rules");
        args.finish();
        Database& db = ctx.db();
        loyalty::CaseSettings s = loyalty::loadCaseSettings(db);
        if (sla)
            s.slaHours = static_cast<int>(std::clamp<std::int64_t>(*sla, -1, 100000));
        if (rulesFile) {
            std::ifstream in(*rulesFile);
            if (!in)
                throw Error("cannot read the rules file " + *rulesFile);
            std::stringstream buf;
            buf << in.rdbuf();
            s.rules = loyalty::parseCategoryRules(buf.str());
        }
        if (sla || rulesFile)
            loyalty::saveCaseSettings(db, s);
        ResultTable t;
        t.columns = {"setting", "value"};
        t.rows = {{std::string("sla_hours"), std::int64_t{s.slaHours}},
                  {std::string("rules"), loyalty::categoryRulesToJson(s.rules)}};
        ctx.print(t);
        return 0;
    }
    throw UsageError("unknown cases sub-command \"" + sub + "\"");
}

const CommandRegistrar kMetrics(
    {"metrics", "loyalty metrics (NPS, CSAT, CES, retention) and alerts",
     "Usage: valuedesk-cli -w FILE metrics nps|csat|ces|retention|alerts [options]\n"
     "  --by week|month|quarter|channel|touchpoint|segment|total   rows (default month)\n"
     "  --segment NAME [--label L]   only members of a saved segment (its newest snapshot);\n"
     "                               with --by segment, one row per member label\n"
     "  --channel C  --touchpoint T  filters (touchpoint: survey metrics only)\n"
     "  --from DATE --to DATE        date range, both days included\n"
     "  --confidence 0.95            interval and test level\n"
     "  --as-of DATE                 alerts: evaluate the period containing DATE\n"
     "  --list-rules                 alerts: print the alert rules in force\n"
     "  --rules FILE.json            alerts: validate and save the workspace's rules, e.g.\n"
     "      [{\"metric\": \"nps\", \"kind\": \"below\", \"threshold\": 10},\n"
     "       {\"metric\": \"retention\", \"kind\": \"drop\", \"enabled\": true}]\n"
     "      metrics: nps csat csat_mean ces ces_agree retention repurchase churn;\n"
     "      kinds: below, above (threshold in NPS points, %, or the 1-5 / 1-7 scale), drop\n"
     "      (significant change for the worse against the previous period)\n"
     "  --default-rules              alerts: drop the workspace's rules, use the defaults\n"
     "NPS is in points with a 95 % adjusted-Wald interval and, by period, a z test against\n"
     "the period before; CSAT top-2-box and CES agree in percent (Agresti-Coull intervals),\n"
     "means with t intervals. Unanswered items are left out of n.\n"
     "Retention: previous-period buyers who buy again; churn = 1 - retention; repurchase:\n"
     "buyers with at least two orders in the period.",
     runMetrics});

const CommandRegistrar kDrivers(
    {"drivers", "key drivers of the recommend score and the importance-performance matrix",
     "Usage: valuedesk-cli -w FILE drivers [--attributes a,b,c] [--segment S] [--from DATE]\n"
     "                         [--to DATE] [--channel C] [--touchpoint T] [--ipa]\n"
     "OLS of the 0-10 recommend score on the attribute performance ratings (responses that\n"
     "rated every chosen attribute) with Johnson's relative weights, which add up to R^2.\n"
     "--ipa prints the importance-performance matrix instead (stated importance, or the\n"
     "relative weights when importance was not asked).",
     runDrivers});

const CommandRegistrar kCases(
    {"cases", "closed-loop feedback cases: open, list, assign, resolve, inform",
     "Usage: valuedesk-cli -w FILE cases open\n"
     "       valuedesk-cli -w FILE cases list [--status S] [--owner O] [--overdue]\n"
     "                                     [--limit N] [--offset N]\n"
     "       valuedesk-cli -w FILE cases assign ID OWNER\n"
     "       valuedesk-cli -w FILE cases resolve ID\n"
     "       valuedesk-cli -w FILE cases inform ID\n"
     "       valuedesk-cli -w FILE cases config [--sla-hours N] [--rules FILE.json]\n"
     "open creates one case per detractor (NPS 0-6) and per negative feedback item that has\n"
     "none yet. Status moves new -> assigned -> resolved -> informed; other moves are refused.\n"
     "--now DATETIME replaces the clock (for scripts and tests).",
     runCases});

} // namespace
} // namespace vd::cli
