#include "BenchWorkspace.h"
#include "valuedesk/storage/CustomerRepository.h"

#include <benchmark/benchmark.h>
#include <random>
#include <utility>

// Customer list paging and full-text search on a demo workspace, the operations behind the
// Customers view (run there by the model's loader thread). Targets (docs/benchmarks.md): a
// page <= 50 ms, a search <= 100 ms at 10^6.

namespace {

using Sort = vd::CustomerRepository::SortColumn;

// Every column the customer list sorts by, with the label Google Benchmark prints.
const std::pair<Sort, const char*> kSortColumns[] = {
    {Sort::Id, "id"},
    {Sort::ExternalId, "external id"},
    {Sort::Name, "name"},
    {Sort::Email, "email"},
    {Sort::Company, "company"},
    {Sort::Country, "country, city"},
    {Sort::City, "city"},
    {Sort::BirthYear, "birth year"},
    {Sort::Channel, "channel"},
    {Sort::LoyaltyTier, "loyalty tier"},
    {Sort::CreatedAt, "customer since"},
};

void BM_CustomerFirstPage(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    vd::CustomerRepository::Query q;
    q.sort = Sort::Name;
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.page(q, 0, 256));
    state.SetLabel("256 rows sorted by name");
}

// range(0): customers; range(1): index into kSortColumns.
void BM_CustomerRandomPage(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    const auto& [sort, label] = kSortColumns[static_cast<std::size_t>(state.range(1))];
    vd::CustomerRepository::Query q;
    q.sort = sort;
    const std::int64_t n = repo.count();
    std::mt19937_64 rng(7);
    for (auto _ : state) {
        // As the table model's loader does: pages past the middle are read from the other end.
        std::int64_t offset = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(n));
        if (offset > n / 2) {
            auto rq = q;
            rq.ascending = false;
            benchmark::DoNotOptimize(
                repo.page(rq, std::max<std::int64_t>(0, n - offset - 256), 256));
        } else {
            benchmark::DoNotOptimize(repo.page(q, offset, 256));
        }
    }
    state.SetLabel(std::string("256 rows at a random offset, sorted by ") + label);
}

void BM_CustomerCount(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.count());
}

// Queries that match the demo data: names, companies and cities are Chinese (or English for
// the customers abroad), e-mail addresses pinyin. range(1) picks one.
const char* const kSearches[] = {
    "wang",          // pinyin prefix of e-mail addresses
    "zhang 上海",    // pinyin and a Chinese city
    "w",             // one letter: the broadest prefix
    "上海",          // a Chinese city
    "涛",            // one character of Chinese given names
    "旭涛",          // a two-character given name inside full names
    "taylor london", // customers abroad
};

void BM_CustomerSearch(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    vd::CustomerRepository repo(db);
    vd::CustomerRepository::Query q;
    q.search = kSearches[static_cast<std::size_t>(state.range(1))];
    std::int64_t matches = 0;
    for (auto _ : state) {
        // What the loader does per search: count the matches and read the first page.
        matches = repo.count(q);
        benchmark::DoNotOptimize(matches);
        benchmark::DoNotOptimize(repo.page(q, 0, 256));
    }
    state.counters["matches"] = static_cast<double>(matches);
    state.SetLabel("count + first page of \"" + q.search + "\"");
}

void sortColumnArgs(benchmark::internal::Benchmark* b)
{
    for (std::int64_t customers : {100000, 1000000})
        for (std::int64_t col = 0; col < static_cast<std::int64_t>(std::size(kSortColumns)); ++col)
            b->Args({customers, col});
}

void searchArgs(benchmark::internal::Benchmark* b)
{
    for (std::int64_t customers : {100000, 1000000})
        for (std::int64_t i = 0; i < static_cast<std::int64_t>(std::size(kSearches)); ++i)
            b->Args({customers, i});
}

} // namespace

BENCHMARK(BM_CustomerFirstPage)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CustomerRandomPage)->Apply(sortColumnArgs)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CustomerCount)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CustomerSearch)->Apply(searchArgs)->Unit(benchmark::kMillisecond);
