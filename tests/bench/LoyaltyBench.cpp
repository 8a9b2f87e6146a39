#include "BenchWorkspace.h"
#include "valuedesk/Date.h"
#include "valuedesk/loyalty/Cases.h"
#include "valuedesk/loyalty/Dashboard.h"
#include "valuedesk/loyalty/Drivers.h"
#include "valuedesk/loyalty/Metrics.h"
#include "valuedesk/storage/Database.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <string>

// Loyalty dashboard and metrics at 10^3..10^6 customers with two responses and three orders
// per customer over three years (2.10^6 responses at 10^6). The target (docs/benchmarks.md):
// a dashboard refresh <= 1 s at 10^6 customers and 2.10^6 responses. Figures and commands:
// docs/benchmarks.md, "Loyalty". The workspaces are cached in the temp dir (valuedesk-bench-*);
// delete them after a run at 10^6.

namespace {

// A survey-heavy workspace built in SQL (the demo has ~0.5 responses per customer): scores
// drawn per row, timestamps increasing with the row id so indexes fill in order. Generated
// once per machine into the temp dir and reused.
std::string loyaltyWorkspace(std::int64_t customers)
{
    const auto path = std::filesystem::temp_directory_path() /
                      ("valuedesk-bench-loyalty-" + std::to_string(customers) + ".vdw");
    if (std::filesystem::exists(path)) {
        try {
            vd::Database db(path.string());
            if (db.queryInt("SELECT count(*) FROM responses") == 2 * customers)
                return path.string();
        } catch (const std::exception&) {
        }
        std::filesystem::remove(path);
    }
    vd::Database db(path.string());
    const std::int64_t start = vd::date::toEpoch(2023, 7, 1);
    const std::int64_t span = 3 * 365 * 86400LL;
    vd::Transaction tx(db);
    db.prepare("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ?)"
               " INSERT INTO customers (id, external_id, name, created_at)"
               " SELECT i, 'C' || i, 'Customer ' || i, ? FROM c")
        .bindAll(customers, start)
        .run();
    const char* channels = "CASE abs(random()) % 3 WHEN 0 THEN 'store' WHEN 1 THEN 'app'"
                           " ELSE 'web' END";
    db.prepare(std::string("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c"
                           " WHERE i < ?1)"
                           " INSERT INTO responses (customer_id, ts, channel, touchpoint, nps,"
                           " csat, ces)"
                           " SELECT 1 + abs(random()) % ?2, ?3 + i * ?4 / ?1, ") +
               channels +
               ", 'tp' || (abs(random()) % 8),"
               " CASE WHEN abs(random()) % 5 = 0 THEN NULL ELSE abs(random()) % 11 END,"
               " CASE WHEN abs(random()) % 3 = 0 THEN NULL ELSE 1 + abs(random()) % 5 END,"
               " CASE WHEN abs(random()) % 2 = 0 THEN NULL ELSE 1 + abs(random()) % 7 END"
               " FROM c")
        .bindAll(2 * customers, customers, start, span)
        .run();
    db.prepare(std::string("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c"
                           " WHERE i < ?1)"
                           " INSERT INTO transactions (customer_id, ts, amount, channel,"
                           " is_return)"
                           " SELECT 1 + abs(random()) % ?2, ?3 + i * ?4 / ?1,"
                           " 5 + abs(random()) % 4000 / 100.0, ") +
               channels + ", abs(random()) % 50 = 0 FROM c")
        .bindAll(3 * customers, customers, start, span)
        .run();
    // Saved segments of every tenth customer and of every second one, labelled by tier.
    db.prepare("INSERT INTO segments (id, name, kind, created_at) VALUES (1, 'Tenth', 'rule', ?),"
               " (2, 'Half', 'rule', ?)")
        .bindAll(start, start)
        .run();
    db.exec("INSERT INTO segment_members (segment_id, customer_id, label)"
            " SELECT 1, id, CASE id % 3 WHEN 0 THEN 'gold' WHEN 1 THEN 'silver' ELSE 'bronze'"
            " END FROM customers WHERE id % 10 = 0");
    db.exec("INSERT INTO segment_members (segment_id, customer_id, label)"
            " SELECT 2, id, CASE id % 3 WHEN 0 THEN 'gold' WHEN 1 THEN 'silver' ELSE 'bronze'"
            " END FROM customers WHERE id % 2 = 0");
    tx.commit();
    db.exec("ANALYZE");
    // What an import leaves behind (loyalty::afterDataChange): the rollups are up to date.
    vd::loyalty::refreshResponseRollup(db);
    vd::loyalty::refreshRetentionRollup(db);
    return path.string();
}

// What the GUI's refresh computes (DashboardPage::refresh: computeDashboard with the
// retention trend), with the rollups up to date as afterDataChange leaves them.
void BM_LoyaltyDashboard(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    vd::loyalty::refreshResponseRollup(db);
    vd::loyalty::refreshRetentionRollup(db);
    vd::loyalty::DashboardQuery q;
    q.retentionTrend = state.range(1) != 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::loyalty::computeDashboard(db, q));
    state.SetLabel(q.retentionTrend ? "12 months, retention trend" : "12 months, retention tiles");
}

// The same refresh filtered to a saved segment: 10 % (Tenth) or 50 % (Half) of the customers.
void BM_LoyaltyDashboardSegment(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    vd::loyalty::DashboardQuery q;
    q.segment = state.range(1) == 10 ? "Tenth" : "Half";
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::loyalty::computeDashboard(db, q));
    state.SetLabel("12 months, retention trend, segment of " + std::to_string(state.range(1)) +
                   " % of customers");
}

// Rebuilding the retention rollup from every order (first use, or after orders were edited
// or deleted), and updating it after an import appended 1 % more orders.
void BM_LoyaltyRetentionRollupRebuild(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    for (auto _ : state) {
        db.exec("DELETE FROM period_buyers_state");
        benchmark::DoNotOptimize(vd::loyalty::refreshRetentionRollup(db));
    }
    state.SetItemsProcessed(state.iterations() * 3 * state.range(0));
    state.SetLabel("period_buyers rebuild, 3 orders per customer");
}

void BM_LoyaltyRetentionRollupAppend(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    vd::loyalty::refreshRetentionRollup(db);
    const std::int64_t appended = 3 * state.range(0) / 100;
    for (auto _ : state) {
        state.PauseTiming();
        vd::Transaction tx(db); // rolled back: every iteration appends the same orders
        db.prepare("INSERT INTO transactions (customer_id, ts, amount, channel)"
                   " SELECT customer_id, ts + 86400, amount, channel FROM transactions"
                   " ORDER BY id DESC LIMIT ?")
            .bind(1, appended)
            .run();
        state.ResumeTiming();
        benchmark::DoNotOptimize(vd::loyalty::refreshRetentionRollup(db));
        state.PauseTiming();
        tx.rollback();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * appended);
    state.SetLabel("period_buyers update after appending 1 % more orders");
}

void BM_LoyaltyNpsByMonth(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    vd::loyalty::refreshResponseRollup(db);
    vd::loyalty::MetricsQuery q;
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::loyalty::scoreMetrics(db, q));
    state.SetItemsProcessed(state.iterations() * 2 * state.range(0));
    state.SetLabel("all responses, by month (cache)");
}

void BM_LoyaltyNpsByMonthUncached(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    vd::loyalty::MetricsQuery q;
    q.filter.from = vd::date::toEpoch(2023, 7, 1) + 1; // not day-aligned: reads responses
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::loyalty::scoreMetrics(db, q));
    state.SetItemsProcessed(state.iterations() * 2 * state.range(0));
    state.SetLabel("all responses, by month, straight from responses");
}

void BM_LoyaltyRollupRebuild(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    for (auto _ : state) {
        db.exec("DELETE FROM response_daily_state");
        benchmark::DoNotOptimize(vd::loyalty::refreshResponseRollup(db));
    }
    state.SetItemsProcessed(state.iterations() * 2 * state.range(0));
    state.SetLabel("response_daily rebuild after a change");
}

void BM_LoyaltySegmentByMonth(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    vd::loyalty::MetricsQuery q;
    q.filter.segment = "Tenth";
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::loyalty::scoreMetrics(db, q));
    state.SetLabel("segment of 10 % of customers, by month");
}

void BM_LoyaltyRetentionByMonth(benchmark::State& state)
{
    vd::Database db(loyaltyWorkspace(state.range(0)));
    vd::loyalty::MetricsQuery q;
    for (auto _ : state)
        benchmark::DoNotOptimize(vd::loyalty::retentionMetrics(db, q));
    state.SetItemsProcessed(state.iterations() * 3 * state.range(0));
    state.SetLabel("36 months of orders");
}

// Drivers, matrix and case opening on the demo workspace (it has attribute ratings, comments
// and interactions).
void BM_LoyaltyDriversDemo(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    for (auto _ : state) {
        auto d = vd::loyalty::keyDrivers(db, {});
        benchmark::DoNotOptimize(vd::loyalty::importancePerformance(db, {}, &d));
    }
    state.SetLabel("OLS + relative weights + IPA, demo workspace");
}

void BM_LoyaltyOpenCasesDemo(benchmark::State& state)
{
    vd::Database db(vd::bench::demoWorkspace(state.range(0)));
    for (auto _ : state) {
        vd::Transaction tx(db); // rolled back: every iteration opens the same cases
        benchmark::DoNotOptimize(vd::loyalty::openCases(db, 0));
    }
    state.SetLabel("scan responses and interactions, open cases (rolled back)");
}

} // namespace

BENCHMARK(BM_LoyaltyDashboard)
    ->ArgsProduct({{1000, 10000, 100000, 1000000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyDashboardSegment)
    ->ArgsProduct({{1000, 10000, 100000, 1000000}, {10, 50}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyRetentionRollupRebuild)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyRetentionRollupAppend)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyNpsByMonth)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyNpsByMonthUncached)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyRollupRebuild)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltySegmentByMonth)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyRetentionByMonth)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyDriversDemo)
    ->RangeMultiplier(10)
    ->Range(1000, 1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoyaltyOpenCasesDemo)
    ->RangeMultiplier(10)
    ->Range(1000, 100000)
    ->Unit(benchmark::kMillisecond);
