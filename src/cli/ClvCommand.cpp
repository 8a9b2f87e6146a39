// valuedesk-cli clv fit|predict|validate|churn: the CLV engine from the command line.
#include "Command.h"
#include "valuedesk/Date.h"
#include "valuedesk/clv/ClvRun.h"
#include "valuedesk/clv/ClvStore.h"
#include "valuedesk/storage/Database.h"

#include <cmath>
#include <fstream>
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
    ClvRunResult r = runClv(ctx.db(), c.run, ctx.progress());
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
    ClvRunResult r = runClv(ctx.db(), c.run, ctx.progress());
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

int runValidate(Context& ctx, ClvArgs& c)
{
    refuse(c.limitGiven, "--limit", "validate");
    if (!c.holdoutEnd)
        throw UsageError("clv validate needs --calibration-end and --holdout-end");
    if (c.run.model == ClvModel::GammaGamma || c.run.model == ClvModel::Simple)
        throw UsageError("clv validate compares a transaction model's forecast with the holdout; "
                         "use --model bgnbd, mbgnbd or paretonbd");
    resolveWindow(ctx, c);
    c.run.store = false;
    c.run.predict = false;
    ClvRunResult r = runClv(ctx.db(), c.run, ctx.progress());
    const ValidationResult& v = *r.validation;
    ResultTable t;
    t.columns = {
        "period", "start", "actual", "predicted", "actual_cumulative", "predicted_cumulative"};
    t.precision = 2;
    const auto& series = c.tracking ? v.tracking : v.holdout;
    for (const auto& p : series)
        t.rows.push_back({std::int64_t{p.period},
                          date::formatDate(p.startDay * date::kSecondsPerDay), p.actual,
                          p.predicted, p.actualCumulative, p.predictedCumulative});
    emit(ctx, c, t);
    const double diff =
        v.actualHoldout > 0 ? 100.0 * (v.predictedHoldout / v.actualHoldout - 1) : 0.0;
    std::ostringstream line;
    line.precision(1);
    line << std::fixed << "holdout repeat transactions: actual " << v.actualHoldout
         << ", predicted " << v.predictedHoldout << " (" << (diff >= 0 ? "+" : "") << diff
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
                               {c.tracking, "--tracking"}})
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
          "  --output FILE    write the result to FILE in the --format instead of stdout\n",
          runClvCommand});

} // namespace
} // namespace vd::cli
