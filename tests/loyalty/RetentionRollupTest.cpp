// The retention rollup (period_buyers, schema migration 4) and the per-customer pass behind
// it must give exactly the numbers of the direct query over orders, for every grain, after
// appends (incremental update) and after changes (rebuild).
#include "LoyaltyFixture.h"
#include "loyalty/BuyerAccumulator.h"
#include "support/TempDir.h"
#include "valuedesk/loyalty/Metrics.h"
#include "valuedesk/storage/Database.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <random>

using namespace vd;
using namespace vd::loyalty;
using vd::test::day;

namespace {

constexpr int kRollupVersion = 4; // the migration that adds period_buyers

// Random orders of 60 customers over 2023-2024, every one in the 'store' channel so that the
// channel filter ("store") selects all of them through the direct SQL query.
void randomOrders(test::LoyaltyFixture& f, std::uint32_t seed, int count)
{
    std::mt19937 rng(seed);
    std::vector<std::int64_t> customers;
    for (int i = 0; i < 60; ++i)
        customers.push_back(f.customer("r" + std::to_string(seed) + "-" + std::to_string(i)));
    std::uniform_int_distribution<int> who(0, 59);
    std::uniform_int_distribution<std::int64_t> when(date::toEpoch(2023, 1, 1),
                                                     date::toEpoch(2025, 1, 1) - 1);
    std::uniform_int_distribution<int> cents(100, 9000);
    std::bernoulli_distribution isReturn(0.05);
    // Half the customers buy often, the rest rarely: both retained and lapsed buyers.
    for (int i = 0; i < count; ++i) {
        int c = who(rng);
        if (c >= 30 && rng() % 4 != 0)
            c -= 30;
        f.order(customers[static_cast<std::size_t>(c)], when(rng), cents(rng) / 100.0,
                isReturn(rng), std::string("store"));
    }
}

void expectSame(const std::vector<RetentionMetrics>& a, const std::vector<RetentionMetrics>& b,
                const char* what)
{
    ASSERT_EQ(a.size(), b.size()) << what;
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].period.label, b[i].period.label) << what;
        EXPECT_EQ(a[i].buyers, b[i].buyers) << what << " " << a[i].period.label;
        EXPECT_EQ(a[i].previousBuyers, b[i].previousBuyers) << what << " " << a[i].period.label;
        EXPECT_EQ(a[i].retained, b[i].retained) << what << " " << a[i].period.label;
        EXPECT_EQ(a[i].repeatBuyers, b[i].repeatBuyers) << what << " " << a[i].period.label;
        EXPECT_EQ(a[i].orders, b[i].orders) << what << " " << a[i].period.label;
        EXPECT_NEAR(a[i].revenue, b[i].revenue, 1e-6) << what << " " << a[i].period.label;
    }
}

std::vector<RetentionMetrics> retention(Database& db, Grain grain,
                                        std::optional<std::string> channel = {},
                                        std::optional<std::string> segment = {})
{
    MetricsQuery q;
    q.grain = grain;
    q.filter.from = date::toEpoch(2023, 1, 1);
    q.filter.to = date::toEpoch(2025, 1, 1);
    q.filter.channel = std::move(channel);
    q.filter.segment = std::move(segment);
    return retentionMetrics(db, q);
}

} // namespace

TEST(BuyerAccumulator, PeriodNumbersAreConsecutiveAndMatchPeriods)
{
    for (Grain g : {Grain::Week, Grain::Month, Grain::Quarter}) {
        Period p = periodContaining(date::toEpoch(2023, 12, 30, 15), g);
        for (int i = 0; i < 60; ++i) {
            const std::int64_t n = detail::periodNumber(p.start, g);
            EXPECT_EQ(detail::periodNumberStart(n, g), p.start) << p.label;
            EXPECT_EQ(detail::periodNumber(p.end - 1, g), n) << p.label;
            const Period next = nextPeriod(p, g);
            EXPECT_EQ(detail::periodNumber(next.start, g), n + 1) << p.label;
            p = next;
        }
    }
    // Before 1970 too (floor division).
    EXPECT_EQ(
        detail::periodNumberStart(detail::periodNumber(-86400 * 40, Grain::Week), Grain::Week),
        periodContaining(-86400 * 40, Grain::Week).start);
}

TEST(RetentionRollup, AgreesWithTheDirectQueryForEveryGrain)
{
    test::LoyaltyFixture f;
    randomOrders(f, 7, 3000);
    std::vector<std::pair<std::int64_t, std::string>> everyone;
    {
        Statement st = f.db().prepare("SELECT id FROM customers");
        while (st.step())
            everyone.emplace_back(st.getInt(0), "");
    }
    f.segment("Everyone", 1, everyone);
    EXPECT_EQ(refreshRetentionRollup(f.db()), RollupChange::Rebuilt);
    EXPECT_EQ(refreshRetentionRollup(f.db()), RollupChange::None);
    for (Grain g : {Grain::Week, Grain::Month, Grain::Quarter}) {
        const auto fromRollup = retention(f.db(), g);
        ASSERT_FALSE(fromRollup.empty());
        EXPECT_GT(fromRollup.back().retained, 0);
        expectSame(fromRollup, retention(f.db(), g, "store"), grainName(g));
        expectSame(fromRollup, retention(f.db(), g, std::nullopt, "Everyone"), grainName(g));
    }
}

TEST(RetentionRollup, AppendsUpdateChangesRebuild)
{
    test::LoyaltyFixture f;
    randomOrders(f, 11, 1500);
    ASSERT_EQ(refreshRetentionRollup(f.db()), RollupChange::Rebuilt);

    // An import appends orders of known and new customers: only they are recounted.
    randomOrders(f, 12, 200);
    EXPECT_EQ(refreshRetentionRollup(f.db()), RollupChange::Updated);
    for (Grain g : {Grain::Week, Grain::Month, Grain::Quarter})
        expectSame(retention(f.db(), g), retention(f.db(), g, "store"), "after append");

    // Undo of an import deletes rows; editing an order changes its period: rebuild.
    f.db().exec("DELETE FROM transactions WHERE id % 7 = 0");
    EXPECT_EQ(refreshRetentionRollup(f.db()), RollupChange::Rebuilt);
    expectSame(retention(f.db(), Grain::Month), retention(f.db(), Grain::Month, "store"),
               "after delete");
    f.db().exec("UPDATE transactions SET ts = ts + 40 * 86400 WHERE id % 5 = 0");
    EXPECT_EQ(refreshRetentionRollup(f.db()), RollupChange::Rebuilt);
    expectSame(retention(f.db(), Grain::Month), retention(f.db(), Grain::Month, "store"),
               "after update");
}

// Hand-computed (tests/loyalty/MetricsTest.cpp, Retention.HandComputedThreeMonths) through the
// rollup, then one appended March order of C: March buyers A B C D, C did not buy in February
// (only returned), so retention stays 2/2 and repurchase 1/4.
TEST(RetentionRollup, HandExampleThroughTheRollup)
{
    test::LoyaltyFixture f;
    auto A = f.customer("A"), B = f.customer("B"), C = f.customer("C"), D = f.customer("D");
    f.order(A, day(2024, 1, 3), 10);
    f.order(A, day(2024, 1, 20), 20);
    f.order(A, day(2024, 2, 10), 30);
    f.order(A, day(2024, 3, 5), 40);
    f.order(B, day(2024, 1, 7), 15);
    f.order(B, day(2024, 3, 9), 25);
    f.order(C, day(2024, 1, 12), 50);
    f.order(C, day(2024, 2, 14), 50, true);
    f.order(D, day(2024, 2, 2), 12);
    f.order(D, day(2024, 3, 3), 8);
    f.order(D, day(2024, 3, 30), 9);
    MetricsQuery q;
    q.filter.from = date::toEpoch(2024, 1, 1);
    q.filter.to = date::toEpoch(2024, 4, 1);
    auto rows = retentionMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(f.db().queryInt("SELECT count(*) FROM period_buyers WHERE grain = 'month'"), 3);
    EXPECT_EQ(rows[1].retained, 1);
    EXPECT_NEAR(rows[1].revenue, -8.0, 1e-9);
    EXPECT_NEAR(rows[2].retention->proportion, 1.0, 1e-12);

    f.order(C, day(2024, 3, 20), 5);
    EXPECT_EQ(refreshRetentionRollup(f.db()), RollupChange::Updated);
    rows = retentionMetrics(f.db(), q);
    EXPECT_EQ(rows[2].buyers, 4);
    EXPECT_EQ(rows[2].retained, 2);
    EXPECT_NEAR(rows[2].repurchase->proportion, 0.25, 1e-12);
    EXPECT_NEAR(rows[2].revenue, 87.0, 1e-9);
}

// Migration 4 on a file of the version before: orders survive, a backup is written, and the
// rollup works on the migrated file (docs/architecture.md, "Adding a migration").
TEST(RetentionRollup, MigrationFromThePreviousVersion)
{
    ASSERT_GE(Database::currentSchemaVersion(), kRollupVersion);
    test::TempDir dir;
    const std::string path = dir.file("old.vdw");
    {
        Database::Options old;
        old.targetVersion = kRollupVersion - 1;
        Database db(path, old);
        ASSERT_EQ(db.schemaVersion(), kRollupVersion - 1);
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'period_buyers'"),
                  0);
        db.exec(
            "INSERT INTO customers (id, external_id, name, created_at) VALUES (1, 'a', 'A', 0)");
        db.exec("INSERT INTO transactions (customer_id, ts, amount) VALUES"
                " (1, 1706788800, 10), (1, 1709294400, 20)"); // 2024-02-01, 2024-03-01 12:00
    }
    Database db(path);
    EXPECT_GE(db.schemaVersion(), kRollupVersion);
    ASSERT_FALSE(db.lastBackupPath().empty());
    EXPECT_TRUE(std::filesystem::exists(db.lastBackupPath()));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM transactions"), 2);
    MetricsQuery q;
    q.filter.from = date::toEpoch(2024, 2, 1);
    q.filter.to = date::toEpoch(2024, 4, 1);
    const auto rows = retentionMetrics(db, q);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].retained, 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM period_buyers_state"), 1);
    // The triggers came with the migration.
    db.exec("DELETE FROM transactions WHERE ts = 1706788800");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM period_buyers_state"), 0);
}

// A segment's metrics are read member by member when it is small against the rows of the
// range, else row by row with a membership probe; both plans give the same numbers.
TEST(RetentionRollup, BothSegmentPlansAgree)
{
    test::LoyaltyFixture f;
    randomOrders(f, 5, 3000); // ~30 orders a week, 60 customers
    std::vector<std::pair<std::int64_t, std::string>> everyone;
    {
        Statement st = f.db().prepare("SELECT id FROM customers");
        while (st.step())
            everyone.emplace_back(st.getInt(0), st.getInt(0) % 2 ? "odd" : "even");
    }
    const std::size_t buyers = everyone.size();
    // 100 members who never buy nor answer: 160 members, more than a fortnight's orders.
    for (int i = 0; i < 100; ++i)
        everyone.emplace_back(f.customer("quiet" + std::to_string(i)), "quiet");
    f.segment("Everyone", 1, everyone);
    std::mt19937 rng(9);
    for (std::size_t i = 0; i < 2000; ++i)
        f.response(everyone[i % buyers].first,
                   date::toEpoch(2023, 1, 1) + static_cast<std::int64_t>(rng() % (730u * 86400u)),
                   static_cast<int>(rng() % 11), static_cast<int>(1 + rng() % 5));
    for (const auto& [from, to] :
         {std::pair{date::toEpoch(2024, 3, 4), date::toEpoch(2024, 3, 11)},   // rows < members
          std::pair{date::toEpoch(2023, 1, 1), date::toEpoch(2025, 1, 1)}}) { // rows > members
        MetricsQuery q;
        q.grain = Grain::Week;
        q.filter.from = from;
        q.filter.to = to;
        MetricsQuery all = q;
        all.filter.channel = "store"; // every order: the direct query over all orders
        q.filter.segment = "Everyone";
        expectSame(retentionMetrics(f.db(), q), retentionMetrics(f.db(), all), "segment plan");
        // Scores: the whole segment equals the unfiltered numbers; labels split them.
        const auto seg = scoreMetrics(f.db(), q);
        MetricsQuery plain = q;
        plain.filter.segment.reset();
        const auto base = scoreMetrics(f.db(), plain);
        ASSERT_EQ(seg.size(), base.size());
        for (std::size_t i = 0; i < seg.size(); ++i) {
            EXPECT_EQ(seg[i].counts.npsN(), base[i].counts.npsN());
            EXPECT_EQ(seg[i].counts.promoters, base[i].counts.promoters);
            EXPECT_DOUBLE_EQ(seg[i].counts.csatSum, base[i].counts.csatSum);
        }
        q.by = Breakdown::Segment;
        std::int64_t labelled = 0;
        for (const auto& row : scoreMetrics(f.db(), q))
            labelled += row.counts.responses;
        std::int64_t total = 0;
        for (const auto& row : base)
            total += row.counts.responses;
        EXPECT_EQ(labelled, total);
    }
}
