#include <benchmark/benchmark.h>

#include <random>

#include "BenchWorkspace.h"
#include "valuedesk/storage/CustomerRepository.h"

// Customer list paging and full-text search on a demo workspace, the operations behind the
// Customers view. Targets (docs/benchmarks.md): a page <= 50 ms, a search <= 100 ms at 10^6.

namespace {

void BM_CustomerFirstPage(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    vd::CustomerRepository::Query q;
    q.sort = vd::CustomerRepository::SortColumn::Name;
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.page(q, 0, 256));
    state.SetLabel("256 rows sorted by name");
}

void BM_CustomerRandomPage(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    vd::CustomerRepository::Query q;
    q.sort = vd::CustomerRepository::SortColumn::Name;
    const std::int64_t n = repo.count();
    std::mt19937_64 rng(7);
    for (auto _ : state) {
        // As the table model does: pages past the middle are read from the other end.
        std::int64_t offset = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(n));
        if (offset > n / 2) {
            auto rq = q;
            rq.ascending = false;
            benchmark::DoNotOptimize(repo.page(rq, std::max<std::int64_t>(0, n - offset - 256), 256));
        } else {
            benchmark::DoNotOptimize(repo.page(q, offset, 256));
        }
    }
    state.SetLabel("256 rows at a random offset, sorted by name");
}

void BM_CustomerCount(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.count());
}

void BM_CustomerSearch(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    const char* queries[] = {"wang", "zhang shanghai", "li", "smith", "chen bei"};
    std::size_t i = 0;
    for (auto _ : state) {
        vd::CustomerRepository::Query q;
        q.search = queries[i++ % std::size(queries)];
        // What the view does per keystroke: count the matches and read the first page.
        benchmark::DoNotOptimize(repo.count(q));
        benchmark::DoNotOptimize(repo.page(q, 0, 256));
    }
    state.SetLabel("count + first page of matches");
}

} // namespace

BENCHMARK(BM_CustomerFirstPage)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CustomerRandomPage)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CustomerCount)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CustomerSearch)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
