#include "valuedesk/segment/Activity.h"

#include "SegmentFixture.h"

#include <gtest/gtest.h>

using namespace vd::segment;

class ActivityDb : public vd::test::SegmentFixture
{
};

TEST_F(ActivityDb, RevenueMarginAndReturns)
{
    auto a = customer("A");
    auto b = customer("B");
    customer("C"); // no transactions
    order(a, "2024-01-01", 100, 60.0);
    order(a, "2024-01-05 18:30", 50, std::nullopt); // no cost: not in the margin
    order(a, "2024-01-06", 30, 20.0, true);         // return: -30 revenue, -(30-20) margin
    order(b, "2024-02-01", -40, -10.0, true);       // only a return, stored negative
    ActivityTable t = loadActivity(db());
    ASSERT_EQ(t.customers.size(), 2u);
    EXPECT_EQ(t.rows, 4);
    EXPECT_EQ(t.rowsWithCost, 3);
    const auto* ca = t.find(a);
    ASSERT_NE(ca, nullptr);
    EXPECT_EQ(ca->purchases, 2);
    EXPECT_EQ(ca->returns, 1);
    EXPECT_DOUBLE_EQ(ca->revenue, 100 + 50 - 30);
    EXPECT_DOUBLE_EQ(ca->margin, (100 - 60) - (30 - 20));
    EXPECT_EQ(ca->costRows, 2);
    EXPECT_EQ(ca->lastPurchase, ts("2024-01-05 18:30")) << "the return is not a purchase";
    const auto* cb = t.find(b);
    ASSERT_NE(cb, nullptr);
    EXPECT_EQ(cb->purchases, 0);
    EXPECT_DOUBLE_EQ(cb->revenue, -40);
    EXPECT_DOUBLE_EQ(cb->margin, -(40 - 10));
    EXPECT_EQ(t.find(999), nullptr);
    EXPECT_EQ(latestTransactionDay(db()), day("2024-02-01"));
}

TEST_F(ActivityDb, ThroughDayIncludesTheWholeDay)
{
    auto a = customer("A");
    order(a, "2024-01-05 23:59:59", 10);
    order(a, "2024-01-06 00:00:00", 20);
    EXPECT_DOUBLE_EQ(loadActivity(db(), day("2024-01-05")).find(a)->revenue, 10);
    EXPECT_DOUBLE_EQ(loadActivity(db(), day("2024-01-06")).find(a)->revenue, 30);
    EXPECT_TRUE(loadActivity(db(), day("2024-01-04")).customers.empty());
}

TEST_F(ActivityDb, SplitReadGivesTheSameTotals)
{
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 50; ++i)
        ids.push_back(customer("K" + std::to_string(i)));
    for (int k = 0; k < 2000; ++k)
        order(ids[static_cast<std::size_t>((k * 37) % 50)],
              "2024-03-" + std::to_string(10 + k % 19), 1.0 + k % 13,
              k % 3 ? std::optional(0.5) : std::nullopt, k % 17 == 0);
    auto one = loadActivity(db(), std::nullopt, {}, 1);
    for (int threads : {2, 3, 5}) {
        auto many = loadActivity(db(), std::nullopt, {}, threads);
        ASSERT_EQ(one.customers.size(), many.customers.size());
        EXPECT_EQ(one.rows, many.rows);
        EXPECT_EQ(one.rowsWithCost, many.rowsWithCost);
        for (std::size_t i = 0; i < one.customers.size(); ++i) {
            EXPECT_EQ(one.customers[i].purchases, many.customers[i].purchases);
            EXPECT_NEAR(one.customers[i].revenue, many.customers[i].revenue, 1e-9);
            EXPECT_NEAR(one.customers[i].margin, many.customers[i].margin, 1e-9);
            EXPECT_EQ(one.customers[i].lastPurchase, many.customers[i].lastPurchase);
        }
    }
}

// The demo generator counts activity while it writes the orders (ActivityBuilder): the
// table must be bit for bit what loadActivity reads back, whatever order the rows come in.
TEST_F(ActivityDb, BuilderGivesWhatTheReadGives)
{
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 40; ++i)
        ids.push_back(customer("B" + std::to_string(i)));
    customer("NONE"); // in the base, never bought
    for (int k = 0; k < 1500; ++k)
        order(ids[static_cast<std::size_t>((k * 13) % 40)],
              "2024-0" + std::to_string(1 + k % 9) + "-" + std::to_string(10 + k % 17),
              0.1 + (k % 23) * 1.37 + (k % 5 == 0 ? 1e9 : 0.0),
              k % 4 ? std::optional(0.3 * (k % 7)) : std::nullopt, k % 19 == 0);
    const ActivityTable read = loadActivity(db(), std::nullopt, {}, 1);

    ActivityBuilder builder(ids.front(), ids.back());
    vd::Statement st = db().prepare(
        "SELECT customer_id, ts, amount, cost, is_return FROM transactions ORDER BY ts DESC");
    while (st.step())
        builder.add(st.getInt(0), st.getInt(1), st.getDouble(2), st.getOptDouble(3),
                    st.getInt(4) != 0);
    const ActivityTable built = builder.finish(read.customersInBase);

    EXPECT_EQ(built.rows, read.rows);
    EXPECT_EQ(built.rowsWithCost, read.rowsWithCost);
    EXPECT_EQ(built.throughDay, latestTransactionDay(db()));
    EXPECT_TRUE(activityCovers(db(), built, std::nullopt));
    ASSERT_EQ(built.customers.size(), read.customers.size());
    for (std::size_t i = 0; i < read.customers.size(); ++i) {
        const auto &b = built.customers[i], &r = read.customers[i];
        EXPECT_EQ(b.customerId, r.customerId);
        EXPECT_EQ(b.purchases, r.purchases);
        EXPECT_EQ(b.returns, r.returns);
        EXPECT_EQ(b.lastPurchase, r.lastPurchase);
        EXPECT_EQ(b.revenue, r.revenue) << "exact sums do not depend on the order";
        EXPECT_EQ(b.margin, r.margin);
        EXPECT_EQ(b.costRows, r.costRows);
    }
    EXPECT_FALSE(ActivityBuilder(1, 0).finish(0).throughDay.has_value()) << "no rows";
}

TEST_F(ActivityDb, InsideATransactionReadsUncommittedRows)
{
    auto a = customer("A");
    vd::Transaction tx(db());
    order(a, "2024-01-01", 10);
    // Helper connections would not see this row, so the read stays on this connection.
    EXPECT_DOUBLE_EQ(loadActivity(db(), std::nullopt, {}, 4).find(a)->revenue, 10);
}

TEST_F(ActivityDb, CancelStopsTheRead)
{
    auto a = customer("A");
    for (int k = 0; k < 40000; ++k)
        order(a, "2024-01-01", 1);
    vd::ProgressCallback cancel = [](double, std::string_view) { return false; };
    EXPECT_THROW(loadActivity(db(), std::nullopt, cancel), vd::CancelledError);
}

TEST_F(ActivityDb, NpsLatestAndMean)
{
    auto a = customer("A");
    auto b = customer("B");
    answer(a, "2024-01-01", 3);
    answer(a, "2024-03-01", 9);
    answer(a, "2024-02-01", 6);
    answer(b, "2024-05-01", 10);
    auto all = loadNpsAnswers(db());
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].customerId, a);
    EXPECT_EQ(all[0].latest, 9);
    EXPECT_DOUBLE_EQ(all[0].mean, 6.0);
    EXPECT_EQ(all[0].answers, 3);
    auto early = loadNpsAnswers(db(), day("2024-02-01"));
    ASSERT_EQ(early.size(), 1u);
    EXPECT_EQ(early[0].latest, 6);
    EXPECT_DOUBLE_EQ(early[0].mean, 4.5);
}
