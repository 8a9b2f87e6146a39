// valuedesk-cli clv fit|predict|validate|churn: the CLV engine from the command line.
#include "Command.h"
#include "valuedesk/Date.h"
#include "valuedesk/clv/ClvRun.h"
#include "valuedesk/clv/ClvStore.h"
#include "valuedesk/storage/Database.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace vd::cli {

namespace {

using namespace vd::clv;

std::int64_t parseDate(const std::string& option, const std::string& text)
{
    auto t = date::parseIso(text);
    if (!t)
        throw UsageError("option " + option + " needs a date YYYY-MM-DD, not \"" + text + "\"");
    return *t;
}

ResultTable::Cell optionalCell(const std::optional<double>& v)
{
    return v ? ResultTable::Cell(*v) : ResultTable::Cell();
}

// Options every sub-command may read; each sub-command then refuses the ones it ignores.
struct ClvArgs
{
    std::string sub;
    ClvRunOptions run;
    std::optional<std::string> calibrationEnd, holdoutEnd, output, threshold;
    std::int64_t limit = 0;
    bool limitGiven = false;
    bool tracking = false;
    bool modelGiven = false, horizonGiven = false, discountGiven = false, marginGiven = false,
         spendGiven = false, unitGiven = false;
};

// Runs the analysis; an unconverged fit becomes an error that names the way out.
ClvRunResult runAnalysis(Context& ctx, const ClvArgs& c)
{
    try {
        return runClv(ctx.db(), c.run, ctx.progress());
    } catch (const NotConvergedError& e) {
        throw Error(std::string(e.what()) +
                    " (run again with --accept-unconverged to use it anyway)");
    }
}

ClvArgs readArgs(Context& ctx)
{
    Args& a = ctx.args();
    ClvArgs c;
    if (auto m = a.value("--model")) {
        c.run.model = parseClvModel(*m);
        c.modelGiven = true;
    }
    c.calibrationEnd = a.value("--calibration-end");
    c.holdoutEnd = a.value("--holdout-end");
    if (auto u = a.value("--time-unit")) {
        c.run.summary.unit = parseTimeUnit(*u);
        c.unitGiven = true;
    }
    // One year in the chosen unit unless --horizon says otherwise.
    c.run.clv.horizon = std::round(365.25 / unitDays(c.run.summary.unit));
    if (auto h = a.number("--horizon")) {
        c.run.clv.horizon = *h;
        c.horizonGiven = true;
    }
    if (auto d = a.number("--discount")) {
        c.run.clv.annualDiscount = *d;
        c.discountGiven = true;
    }
    if (auto m = a.number("--margin")) {
        c.run.clv.margin = *m;
        c.marginGiven = true;
    }
    if (auto s = a.value("--spend")) {
        if (*s == "gg")
            c.run.spend = SpendSource::GammaGamma;
        else if (*s == "observed")
            c.run.spend = SpendSource::Observed;
        else
            throw UsageError("--spend is gg or observed, not \"" + *s + "\"");
        c.spendGiven = true;
    }
    if (auto l = a.integer("--limit")) {
        if (*l < 0)
            throw UsageError("--limit must be 0 (all) or more");
        c.limit = *l;
        c.limitGiven = true;
    }
    c.output = a.value("--output", "-o");
    c.threshold = a.value("--threshold");
    c.tracking = a.flag("--tracking");
    c.run.acceptUnconverged = a.flag("--accept-unconverged");
    c.sub = a.positional(0, "a clv sub-command (fit, predict, validate or churn)");
    a.finish();
    return c;
}

void refuse(bool given, const std::string& option, const std::string& sub)
{
    if (given)
        throw UsageError("option " + option + " does not apply to clv " + sub);
}

// Calibration window from the options; the calibration end defaults to the last purchase day.
void resolveWindow(Context& ctx, ClvArgs& c)
{
    if (c.calibrationEnd) {
        c.run.summary.calibrationEnd = parseDate("--calibration-end", *c.calibrationEnd);
    } else {
        if (c.holdoutEnd)
            throw UsageError("--holdout-end needs --calibration-end");
        Statement st = ctx.db().prepare(
            "SELECT ts FROM transactions WHERE is_return = 0 ORDER BY ts DESC LIMIT 1");
        if (!st.step())
            throw Error("the workspace has no transactions to fit a CLV model to");
        c.run.summary.calibrationEnd = st.getInt(0);
    }
    if (c.holdoutEnd)
        c.run.summary.holdoutEnd = parseDate("--holdout-end", *c.holdoutEnd);
}

void emit(Context& ctx, const ClvArgs& c, const ResultTable& table)
{
    if (!c.output) {
        ctx.print(table);
        return;
    }
    std::ofstream file(*c.output, std::ios::binary);
    if (!file)
        throw Error("cannot write " + *c.output);
    table.print(file, ctx.format());
    if (!file)
        throw Error("writing " + *c.output + " failed");
    ctx.err() << "wrote " << table.rows.size() << " rows to " << *c.output << "\n";
}

void reportRun(Context& ctx, const ClvRunResult& r)
{
    for (const auto& w : r.warnings)
        ctx.err() << "warning: " << w << "\n";
    if (r.runId > 0)
        ctx.err() << "stored as model run " << r.runId << "\n";
}

void addFitRows(ResultTable& t, const FitResult& fit)
{
    for (std::size_t i = 0; i < fit.names.size(); ++i) {
        ResultTable::Cell se;
        if (i < fit.standardErrors.size())
            se = fit.standardErrors[i];
        t.rows.push_back({fit.model, fit.names[i], fit.params[i], se});
    }
    t.rows.push_back({fit.model, std::string("log_likelihood"), fit.logLikelihood, {}});
    t.rows.push_back({fit.model, std::string("customers"), fit.customers, {}});
    t.rows.push_back(
        {fit.model, std::string("converged"), std::int64_t{fit.converged ? 1 : 0}, {}});
}

int runFit(Context& ctx, ClvArgs& c)
{
    refuse(c.limitGiven, "--limit", "fit");
    refuse(c.tracking, "--tracking", "fit");
    resolveWindow(ctx, c);
    ClvRunResult r = runAnalysis(ctx, c);
    ResultTable t;
    t.columns = {"model", "parameter", "estimate", "std_error"};
    t.precision = 6;
    if (r.transactionFit)
        addFitRows(t, *r.transactionFit);
    if (r.spendFit)
        addFitRows(t, *r.spendFit);
    if (c.run.model == ClvModel::Simple) {
        double total = 0.0;
        for (const auto& p : r.predictions)
            total += p.clv;
        t.rows.push_back({std::string("simple"),
                          std::string("customers"),
                          static_cast<std::int64_t>(r.predictions.size()),
                          {}});
        t.rows.push_back(
            {std::string("simple"),
             std::string("mean_clv"),
             r.predictions.empty() ? 0.0 : total / static_cast<double>(r.predictions.size()),
             {}});
    }
    if (r.validation) {
        t.rows.push_back({std::string(toString(c.run.model)),
                          std::string("holdout_actual"),
                          r.validation->actualHoldout,
                          {}});
        t.rows.push_back({std::string(toString(c.run.model)),
                          std::string("holdout_predicted"),
                          r.validation->predictedHoldout,
                          {}});
    }
    emit(ctx, c, t);
    reportRun(ctx, r);
    return 0;
}

ResultTable predictionTable(const std::vector<StoredPrediction>& rows)
{
    ResultTable t;
    t.columns = {
        "customer_id", "external_id",           "name",           "x",   "t_x",          "T",
        "p_alive",     "expected_transactions", "expected_spend", "clv", "value_at_risk"};
    for (const auto& s : rows) {
        const auto& p = s.prediction;
        t.rows.push_back({p.customerId, s.externalId, s.name, p.x, p.tx, p.T,
                          optionalCell(p.pAlive), p.expectedTransactions, p.expectedSpend, p.clv,
                          p.valueAtRisk});
    }
    return t;
}

int runPredict(Context& ctx, ClvArgs& c)
{
    refuse(c.tracking, "--tracking", "predict");
    if (c.run.model == ClvModel::GammaGamma)
        throw UsageError("clv predict needs a transaction model or simple (gg only models spend)");
    resolveWindow(ctx, c);
    ClvRunResult r = runAnalysis(ctx, c);
    const std::int64_t limit = c.limitGiven ? c.limit : 20;
    auto rows = predictionPage(ctx.db(), r.runId, PredictionSort::Clv, false, 0,
                               limit > 0 ? limit : std::int64_t{-1});
    emit(ctx, c, predictionTable(rows));
    double total = 0.0;
    for (const auto& p : r.predictions)
        total += p.clv;
    ctx.err() << r.predictions.size() << " customers, total CLV " << total << "\n";
    reportRun(ctx, r);
    return 0;
}

// The holdout comparison: the chosen series (holdout periods, or --tracking for the calendar
// from the first purchase) and its total, as a table/CSV with a final "total" row or as one
// JSON object {model, window, totals: {actual, predicted, difference, difference_percent},
// periods: [...]}. The totals are always those of the holdout.
int runValidate(Context& ctx, ClvArgs& c)
{
    const std::string why = "validate (it compares transaction forecasts, not values)";
    refuse(c.limitGiven, "--limit", "validate");
    refuse(c.horizonGiven, "--horizon", why);
    refuse(c.discountGiven, "--discount", why);
    refuse(c.marginGiven, "--margin", why);
    refuse(c.spendGiven, "--spend", why);
    if (!c.holdoutEnd)
        throw UsageError("clv validate needs --calibration-end and --holdout-end");
    if (c.run.model == ClvModel::GammaGamma || c.run.model == ClvModel::Simple)
        throw UsageError("clv validate compares a transaction model's forecast with the holdout; "
                         "use --model bgnbd, mbgnbd or paretonbd");
    resolveWindow(ctx, c);
    c.run.store = false;
    c.run.predict = false;
    c.run.spend = SpendSource::Observed; // spend plays no part in the transaction forecast
    ClvRunResult r = runAnalysis(ctx, c);
    const ValidationResult& v = *r.validation;
    const auto& series = c.tracking ? v.tracking : v.holdout;
    const double difference = v.predictedHoldout - v.actualHoldout;
    const double percent = v.actualHoldout > 0 ? 100.0 * difference / v.actualHoldout : 0.0;
    auto startOf = [](const PeriodPoint& p) {
        return date::formatDate(p.startDay * date::kSecondsPerDay);
    };

    std::string text;
    std::int64_t rows = 0;
    if (ctx.format() == Format::Json) {
        nlohmann::json j;
        j["model"] = std::string(toString(c.run.model));
        j["time_unit"] = std::string(toString(c.run.summary.unit));
        j["calibration_end"] = date::formatDate(c.run.summary.calibrationEnd);
        j["holdout_end"] = date::formatDate(*c.run.summary.holdoutEnd);
        j["customers"] = r.summary.customers.size();
        j["series"] = c.tracking ? "tracking" : "holdout";
        j["calibration_periods"] = v.calibrationPeriods;
        j["totals"] = {{"actual", v.actualHoldout},
                       {"predicted", v.predictedHoldout},
                       {"difference", difference},
                       {"difference_percent", percent}};
        j["periods"] = nlohmann::json::array();
        for (const auto& p : series)
            j["periods"].push_back({{"period", p.period},
                                    {"start", startOf(p)},
                                    {"actual", p.actual},
                                    {"predicted", p.predicted},
                                    {"actual_cumulative", p.actualCumulative},
                                    {"predicted_cumulative", p.predictedCumulative}});
        text = j.dump(2) + "\n";
        rows = static_cast<std::int64_t>(series.size());
    } else {
        ResultTable t;
        t.columns = {
            "period", "start", "actual", "predicted", "actual_cumulative", "predicted_cumulative"};
        t.precision = 2;
        for (const auto& p : series)
            t.rows.push_back({std::int64_t{p.period}, startOf(p), p.actual, p.predicted,
                              p.actualCumulative, p.predictedCumulative});
        // The holdout total; with --tracking the whole calendar's (the last cumulative values).
        if (c.tracking && !series.empty())
            t.rows.push_back({std::string("total"), startOf(series.front()),
                              series.back().actualCumulative, series.back().predictedCumulative,
                              series.back().actualCumulative, series.back().predictedCumulative});
        else if (!series.empty())
            t.rows.push_back({std::string("total"), startOf(series.front()), v.actualHoldout,
                              v.predictedHoldout, v.actualHoldout, v.predictedHoldout});
        std::ostringstream out;
        t.print(out, ctx.format());
        text = out.str();
        rows = static_cast<std::int64_t>(t.rows.size());
    }
    if (c.output) {
        std::ofstream file(*c.output, std::ios::binary);
        if (!file)
            throw Error("cannot write " + *c.output);
        file << text;
        if (!file)
            throw Error("writing " + *c.output + " failed");
        ctx.err() << "wrote " << rows << " rows to " << *c.output << "\n";
    } else {
        ctx.out() << text;
    }
    std::ostringstream line;
    line.precision(1);
    line << std::fixed << "holdout repeat transactions: actual " << v.actualHoldout
         << ", predicted " << v.predictedHoldout << " (" << (percent >= 0 ? "+" : "") << percent
         << " %)\n";
    ctx.err() << line.str();
    reportRun(ctx, r);
    return 0;
}

int runChurn(Context& ctx, ClvArgs& c)
{
    for (auto [given, name] : {std::pair{c.modelGiven, "--model"},
                               {c.horizonGiven, "--horizon"},
                               {c.discountGiven, "--discount"},
                               {c.marginGiven, "--margin"},
                               {c.spendGiven, "--spend"},
                               {c.unitGiven, "--time-unit"},
                               {c.calibrationEnd.has_value(), "--calibration-end"},
                               {c.holdoutEnd.has_value(), "--holdout-end"},
                               {c.tracking, "--tracking"},
                               {c.run.acceptUnconverged, "--accept-unconverged"}})
        refuse(given, name,
               "churn (it reads the stored predictions; run clv predict to change them)");
    double threshold = 0.5;
    if (c.threshold) {
        try {
            std::size_t pos = 0;
            threshold = std::stod(*c.threshold, &pos);
            if (pos != c.threshold->size())
                throw std::invalid_argument("trailing");
        } catch (const std::exception&) {
            throw UsageError("--threshold needs a number between 0 and 1");
        }
    }
    const std::int64_t runId = currentRunId(ctx.db());
    if (runId == 0)
        throw Error("no CLV predictions yet; run valuedesk-cli clv predict first");
    const auto run = loadRun(ctx.db(), runId);
    if (run && run->model == "simple")
        throw Error("the current predictions come from the simple CLV formula, which has no "
                    "P(alive); run clv predict with bgnbd, mbgnbd or paretonbd");
    const std::int64_t limit = c.limitGiven ? c.limit : 100;
    auto rows = churnRiskFromCurrent(ctx.db(), threshold, limit);
    ResultTable t;
    t.columns = {"rank",    "customer_id", "external_id",   "name",
                 "p_alive", "clv",         "value_at_risk", "expected_transactions"};
    std::int64_t rank = 0;
    for (const auto& s : rows)
        t.rows.push_back({++rank, s.prediction.customerId, s.externalId, s.name,
                          optionalCell(s.prediction.pAlive), s.prediction.clv,
                          s.prediction.valueAtRisk, s.prediction.expectedTransactions});
    emit(ctx, c, t);
    ctx.err() << rows.size() << " customers with P(alive) < " << threshold << " (model run "
              << runId << ", " << (run ? run->model : std::string("?")) << ")\n";
    return 0;
}

int runClvCommand(Context& ctx)
{
    ClvArgs c = readArgs(ctx);
    if (c.sub != "churn" && c.threshold)
        throw UsageError("option --threshold only applies to clv churn");
    if (c.sub == "fit")
        return runFit(ctx, c);
    if (c.sub == "predict")
        return runPredict(ctx, c);
    if (c.sub == "validate")
        return runValidate(ctx, c);
    if (c.sub == "churn")
        return runChurn(ctx, c);
    throw UsageError("unknown clv sub-command \"" + c.sub + "\" (fit, predict, validate, churn)");
}

const CommandRegistrar
    kClv({"clv", "customer lifetime value: fit models, predict, validate, churn risk",
          "Usage: valuedesk-cli -w FILE clv fit|predict|validate|churn [options] [--format ...]\n"
          "  fit       fit the model on the calibration period, store the run with its\n"
          "            per-customer predictions and print the parameters (std errors, LL)\n"
          "  predict   fit, store and list customers by CLV (--limit N, default 20; 0 = all)\n"
          "  validate  compare the forecast with the holdout, period by period (--tracking for\n"
          "            the full calendar from the first purchase); stores nothing\n"
          "  churn     customers of the current predictions with P(alive) < --threshold\n"
          "            (default 0.5), by value at risk (--limit N, default 100; 0 = all)\n"
          "Options:\n"
          "  --model bgnbd|mbgnbd|paretonbd|gg|simple   (default bgnbd)\n"
          "  --calibration-end DATE   last day of the calibration period (default: last purchase)\n"
          "  --holdout-end DATE       last day of the holdout period\n"
          "  --time-unit day|week|month   (default week)\n"
          "  --horizon N      CLV horizon in time units (default one year)\n"
          "  --discount R     yearly discount rate (default 0.1)\n"
          "  --margin M       share of spend that is profit (default 1)\n"
          "  --spend gg|observed   spend per purchase: Gamma-Gamma (default) or observed mean\n"
          "  --accept-unconverged   keep a fit that did not converge (stored flagged as not\n"
          "                   converged); without it such a fit is an error and nothing is stored\n"
          "  --output FILE    write the result to FILE in the --format instead of stdout\n"
          "validate prints a final \"total\" row (CSV, table) or, with --format json, one object\n"
          "with the holdout totals and the per-period rows; it takes no --horizon, --discount,\n"
          "--margin or --spend.\n",
          runClvCommand});

} // namespace
} // namespace vd::cli
