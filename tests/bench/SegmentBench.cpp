#include "valuedesk/Date.h"
#include "valuedesk/segment/KMeans.h"
#include "valuedesk/segment/Rfm.h"
#include "valuedesk/segment/RuleSegment.h"
#include "valuedesk/storage/Database.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <filesystem>
#include <random>

// Segmentation at 10^3..10^6 customers (docs/benchmarks.md). Targets on the 2-core machine:
// RFM from the database at 10^6 customers <= 2 s; k-means on 10^6 x 5 features, k = 8,
// 4 restarts <= 3 s; k-means on 10^6 x 3 features, k = 5, 10 restarts in seconds.

namespace {

// A lean workspace: customers and about ten transactions each over three years (geometric
// counts, log-normal amounts), enough for RFM and built in seconds rather than the full demo's
// minutes. Generated once per size into the temp dir and reused.
std::string rfmWorkspace(std::int64_t customers)
{
    auto path = std::filesystem::temp_directory_path() /
                ("valuedesk-bench-segment-" + std::to_string(customers) + ".vdw");
    if (std::filesystem::exists(path)) {
        try {
            vd::Database db(path.string());
            if (db.queryInt("SELECT count(*) FROM customers") == customers)
                return path.string();
        } catch (const std::exception&) {
        }
        std::filesystem::remove(path);
    }
    vd::Database db(path.string());
    std::mt19937_64 rng(2024);
    auto uniform = [&rng]() { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    const std::int64_t end = vd::date::toEpoch(2026, 6, 30);
    const std::int64_t span = 3 * 365 * vd::date::kSecondsPerDay;
    vd::Transaction tx(db);
    vd::Statement c = db.prepare(
        "INSERT INTO customers (id, external_id, name, created_at) VALUES (?1, ?2, ?3, ?4)");
    vd::Statement t = db.prepare("INSERT INTO transactions (customer_id, ts, amount, cost, "
                                 "is_return) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::int64_t i = 1; i <= customers; ++i) {
        const std::int64_t joined = end - static_cast<std::int64_t>(uniform() * span);
        c.bindAll(i, "B" + std::to_string(i), "Bench " + std::to_string(i), joined);
        c.run();
        // Geometric number of orders with mean 10; active span shrinks for churners.
        const auto orders = static_cast<int>(std::floor(std::log(1.0 - uniform()) / std::log(0.9)));
        const double active = uniform();
        for (int k = 0; k < orders; ++k) {
            const auto ts = joined + static_cast<std::int64_t>(uniform() * active *
                                                               static_cast<double>(end - joined));
            const double amount = std::exp(3.0 + 0.6 * std::sqrt(-2 * std::log(1 - uniform())) *
                                                     std::cos(6.283185307 * uniform()));
            const bool ret = uniform() < 0.01;
            t.bindAll(i, ts, ret ? -amount : amount, 0.6 * amount, ret ? 1 : 0);
            t.run();
        }
    }
    tx.commit();
    return path.string();
}

// RFM of the whole workspace from its transactions with `threads` for the read (0 = all
// cores, the default of computeRfm).
void rfmFromDatabase(benchmark::State& state, int threads)
{
    const std::string path = rfmWorkspace(state.range(0));
    vd::Database db(path);
    std::int64_t rows = db.queryInt("SELECT count(*) FROM transactions");
    vd::segment::RfmOptions options;
    options.threads = threads;
    for (auto _ : state) {
        auto r = vd::segment::computeRfm(db, options);
        benchmark::DoNotOptimize(r.customers.data());
    }
    state.counters["transactions/s"] = benchmark::Counter(
        static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
    state.SetLabel(std::to_string(rows) + " transactions");
}

void BM_RfmFromDatabase(benchmark::State& state)
{
    rfmFromDatabase(state, 0);
}

// Range 1 is the thread count: the 1-thread vs 2-thread figures.
void BM_RfmFromDatabaseThreads(benchmark::State& state)
{
    rfmFromDatabase(state, static_cast<int>(state.range(1)));
}

// Customers in a mixture of `k` overlapping Gaussian clusters in `d` standardised features,
// like real RFM/CLV features after standardising (clusters are not well separated).
vd::segment::RowMatrix mixture(std::int64_t n, int d, int k, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&rng]() { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; };
    auto normal = [&]() {
        return std::sqrt(-2 * std::log(uniform())) * std::cos(6.283185307179586 * uniform());
    };
    vd::segment::RowMatrix centres(k, d);
    for (int c = 0; c < k; ++c)
        for (int j = 0; j < d; ++j)
            centres(c, j) = 2.0 * normal();
    vd::segment::RowMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto c = static_cast<Eigen::Index>(rng() % static_cast<std::uint64_t>(k));
        for (int j = 0; j < d; ++j)
            x(i, j) = centres(c, j) + normal();
    }
    return x;
}

void BM_KMeans(benchmark::State& state)
{
    const auto n = state.range(0);
    const int d = static_cast<int>(state.range(1));
    vd::segment::KMeansOptions o;
    o.k = static_cast<int>(state.range(2));
    o.restarts = static_cast<int>(state.range(3));
    o.seed = 1;
    const auto x = mixture(n, d, o.k, 99);
    int iterations = 0;
    for (auto _ : state) {
        auto r = vd::segment::kmeans(x, o);
        iterations = r.iterations;
        benchmark::DoNotOptimize(r.inertia);
    }
    state.counters["points/s"] =
        benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate);
    state.SetLabel("d=" + std::to_string(d) + " k=" + std::to_string(o.k) +
                   " restarts=" + std::to_string(o.restarts) + " best run " +
                   std::to_string(iterations) + " iterations");
}

// The same clustering with an explicit thread count (range 1; 0 = all cores), for the
// 1-thread vs 2-thread figures and the small-problem cutoff of Parallel.h.
void BM_KMeansThreads(benchmark::State& state)
{
    const auto n = state.range(0);
    vd::segment::KMeansOptions o;
    o.k = 8;
    o.restarts = 4;
    o.seed = 1;
    o.threads = static_cast<int>(state.range(1));
    const auto x = mixture(n, 5, o.k, 99);
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::segment::kmeans(x, o).inertia);
    state.counters["points/s"] =
        benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate);
    state.SetLabel("d=5 k=8 restarts=4 threads=" + std::to_string(o.threads));
}

void BM_SampledSilhouette(benchmark::State& state)
{
    const auto x = mixture(state.range(0), 5, 8, 7);
    vd::segment::KMeansOptions o;
    o.k = 8;
    o.restarts = 1;
    o.maxIterations = 20;
    const auto labels = vd::segment::kmeans(x, o).labels;
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::segment::silhouette(x, labels));
    state.SetLabel("sample of 4000");
}

void BM_RuleWithRfmSegment(benchmark::State& state)
{
    vd::Database db(rfmWorkspace(state.range(0)));
    auto rule = vd::segment::Rule::fromJson(
        R"({"and": [{"field": "rfm_segment", "op": "in", "value": ["At risk", "Can't lose"]},
                    {"field": "revenue", "op": "ge", "value": 200}]})");
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::segment::evaluateRule(db, rule).customerIds.size());
}

} // namespace

// MeasureProcessCPUTime: the CPU column adds up every thread's time, so that 1-thread and
// 2-thread runs can be compared on a machine other work also uses.
BENCHMARK(BM_RfmFromDatabase)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_RfmFromDatabaseThreads)
    ->ArgsProduct({{100000, 1000000}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_KMeans)
    ->Args({10000, 5, 8, 4})
    ->Args({100000, 5, 8, 4})
    ->Args({1000000, 5, 8, 4})
    ->Args({1000000, 3, 5, 10})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_KMeansThreads)
    ->ArgsProduct({{2000, 5000, 10000, 20000, 50000, 100000, 200000, 1000000}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_SampledSilhouette)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RuleWithRfmSegment)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
