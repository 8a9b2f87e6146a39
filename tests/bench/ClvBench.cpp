#include "BenchWorkspace.h"
#include "valuedesk/Date.h"
#include "valuedesk/clv/Clv.h"
#include "valuedesk/clv/ClvRun.h"
#include "valuedesk/clv/ClvStore.h"
#include "valuedesk/clv/Fit.h"
#include "valuedesk/clv/Summary.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <map>
#include <random>

// The CLV engine at 10^4..10^6 demo customers: summaries from the database, the BG/NBD,
// Pareto/NBD and Gamma-Gamma fits, per-customer predictions and the whole run. Targets
// (docs/benchmarks.md, "CLV"): BG/NBD fit <= 1 s and summaries + fits + predictions
// <= 5 s at 10^6 customers; Pareto/NBD in a few seconds at 10^5.

namespace {

using namespace vd;
using namespace vd::clv;

SummaryOptions demoWindow()
{
    SummaryOptions o;
    o.calibrationEnd = date::toEpoch(2026, 6, 30);
    o.unit = TimeUnit::Week;
    return o;
}

// Summaries of one demo workspace, computed once per size.
const SummaryData& demoSummaries(std::int64_t customers)
{
    static std::map<std::int64_t, SummaryData> cache;
    auto it = cache.find(customers);
    if (it == cache.end()) {
        Database db(bench::demoWorkspace(customers));
        it = cache.emplace(customers, computeSummaries(db, demoWindow())).first;
    }
    return it->second;
}

void BM_ClvSummaries(benchmark::State& state)
{
    Database db(bench::demoWorkspace(state.range(0)));
    std::int64_t rows = 0;
    for (auto _ : state) {
        SummaryData s = computeSummaries(db, demoWindow());
        rows = s.rowsRead;
        benchmark::DoNotOptimize(s.customers.data());
    }
    state.counters["transactions"] = static_cast<double>(rows);
    state.counters["rows/s"] =
        benchmark::Counter(static_cast<double>(rows) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}

void BM_BgNbdFit(benchmark::State& state)
{
    const SummaryData& s = demoSummaries(state.range(0));
    FitResult fit;
    for (auto _ : state)
        fit = fitTransactionModel(ModelKind::BgNbd, s.customers);
    state.counters["groups"] = static_cast<double>(fit.groups);
    state.counters["evaluations"] = fit.evaluations;
    state.SetLabel(fit.converged ? "converged" : "NOT converged");
}

void BM_ParetoNbdFit(benchmark::State& state)
{
    const SummaryData& s = demoSummaries(state.range(0));
    FitResult fit;
    for (auto _ : state)
        fit = fitTransactionModel(ModelKind::ParetoNbd, s.customers);
    state.counters["groups"] = static_cast<double>(fit.groups);
    state.counters["evaluations"] = fit.evaluations;
    state.SetLabel(fit.converged ? "converged" : "NOT converged");
}

void BM_GammaGammaFit(benchmark::State& state)
{
    const SummaryData& s = demoSummaries(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(fitGammaGamma(s.customers).params);
}

void BM_ClvPredict(benchmark::State& state)
{
    const SummaryData& s = demoSummaries(state.range(0));
    const FitResult fit = fitTransactionModel(ModelKind::BgNbd, s.customers);
    const FitResult spend = fitGammaGamma(s.customers);
    auto model = TransactionModel::create(ModelKind::BgNbd, fit.params);
    const GammaGammaModel gg(spend.params[0], spend.params[1], spend.params[2]);
    ClvOptions o;
    o.horizon = 52;
    for (auto _ : state)
        benchmark::DoNotOptimize(predictClv(*model, &gg, s.customers, o).data());
    state.counters["customers"] = static_cast<double>(s.customers.size());
}

// Database to predictions: summaries, BG/NBD and Gamma-Gamma fits, predictions (not saved).
void BM_ClvEndToEnd(benchmark::State& state)
{
    Database db(bench::demoWorkspace(state.range(0)));
    ClvRunOptions o;
    o.summary = demoWindow();
    o.store = false;
    for (auto _ : state)
        benchmark::DoNotOptimize(runClv(db, o).predictions.data());
}

// Writing one run's predictions (one transaction, prepared insert), rolled back afterwards so
// the workspace does not grow.
void BM_ClvSavePredictions(benchmark::State& state)
{
    const SummaryData& s = demoSummaries(state.range(0));
    std::vector<CustomerPrediction> predictions = simpleClv(s.customers, ClvOptions{});
    Database db(bench::demoWorkspace(state.range(0)));
    for (auto _ : state) {
        Transaction outer(db);
        RunRecord run;
        run.model = "simple";
        saveRun(db, run, predictions);
        state.PauseTiming();
        outer.rollback();
        state.ResumeTiming();
    }
}

// BG/NBD fit on synthetic summaries with day-resolution recency and age (nearly every repeat
// buyer a distinct (x, t_x, T)), independent of the demo generator.
void BM_BgNbdFitSynthetic(benchmark::State& state)
{
    std::mt19937_64 rng(1);
    std::gamma_distribution<double> lambdaDist(0.8, 1.0 / 6.0);
    std::gamma_distribution<double> ga(0.9, 1.0), gb(3.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<CustomerSummary> data;
    for (std::int64_t i = 0; i < state.range(0); ++i) {
        const double lambda = lambdaDist(rng);
        const double a = ga(rng), b = gb(rng), p = a / (a + b);
        const double T = std::floor(u(rng) * 156 * 7) / 7.0; // three years of weekly ages by day
        double t = 0, tx = 0;
        int x = 0;
        while (true) {
            t += -std::log(1 - u(rng)) / lambda;
            if (t > T)
                break;
            ++x;
            tx = std::floor(t * 7) / 7.0;
            if (u(rng) < p)
                break;
        }
        CustomerSummary c;
        c.customerId = i + 1;
        c.x = x;
        c.tx = x > 0 ? tx : 0.0;
        c.T = T;
        data.push_back(c);
    }
    FitResult fit;
    for (auto _ : state)
        fit = fitTransactionModel(ModelKind::BgNbd, data);
    state.counters["groups"] = static_cast<double>(fit.groups);
    state.SetLabel(fit.converged ? "converged" : "NOT converged");
}

} // namespace

BENCHMARK(BM_ClvSummaries)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BgNbdFit)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GammaGammaFit)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParetoNbdFit)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_ClvPredict)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClvEndToEnd)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_ClvSavePredictions)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_BgNbdFitSynthetic)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);
