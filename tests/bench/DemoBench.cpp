#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

// Demo workspace generation end to end: a fresh workspace file, every table filled, indexes
// and the full-text index rebuilt, committed. Target (docs/demo.md): 10^6 customers with
// about 10^7 orders in 60 s or less on a two-core laptop.
//
// 10^6 customers take about a minute, so that case only runs when the filter names it:
//   valuedesk_bench --benchmark_filter=BM_DemoGenerate/1000000

namespace {

void removeWorkspace(const std::filesystem::path& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix, ec);
}

void BM_DemoGenerate(benchmark::State& state)
{
    const std::int64_t customers = state.range(0);
    if (customers >= 1'000'000 &&
        benchmark::GetBenchmarkFilter().find(std::to_string(customers)) == std::string::npos) {
        state.SkipWithError("takes about a minute: run with "
                            "--benchmark_filter=BM_DemoGenerate/1000000");
        return;
    }
    const auto path = std::filesystem::temp_directory_path() /
                      ("valuedesk-demo-bench-" + std::to_string(customers) + ".vdw");
    vd::DemoOptions options;
    options.customers = customers;
    double rows = 0.0, orders = 0.0;
    for (auto _ : state) {
        state.PauseTiming();
        removeWorkspace(path);
        state.ResumeTiming();
        {
            vd::Database db(path.string());
            vd::DemoSummary summary = vd::generateDemo(db, options);
            rows += static_cast<double>(summary.rows());
            orders += static_cast<double>(summary.transactions);
        }
        state.PauseTiming();
        removeWorkspace(path);
        state.ResumeTiming();
    }
    state.counters["rows/s"] = benchmark::Counter(rows, benchmark::Counter::kIsRate);
    state.counters["customers/s"] = benchmark::Counter(
        static_cast<double>(customers) * static_cast<double>(state.iterations()),
        benchmark::Counter::kIsRate);
    state.counters["rows"] = benchmark::Counter(rows, benchmark::Counter::kAvgIterations);
    state.counters["orders"] = benchmark::Counter(orders, benchmark::Counter::kAvgIterations);
}

} // namespace

// Wall time: the simulation runs on a second thread and the load waits for the disk.
BENCHMARK(BM_DemoGenerate)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_DemoGenerate)
    ->Arg(100000)
    ->Arg(1000000)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();
