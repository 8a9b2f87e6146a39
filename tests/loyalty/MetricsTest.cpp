#include "valuedesk/loyalty/Metrics.h"

#include "LoyaltyFixture.h"
#include "valuedesk/Error.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::loyalty;
using vd::test::day;

namespace {

// Six responses (hand-made, every expected number below is counted by hand):
//   #  customer  date        nps   csat  ces   channel  touchpoint
//   1  a         2024-03-05  10    5     7     store    order
//   2  b         2024-03-06  9     4     5     app      order
//   3  c         2024-03-07  7     2     3     store    pickup
//   4  d         2024-03-20  3     -     1     store    pickup
//   5  a         2024-03-28  -     3     -     app      order
//   6  b         2024-05-02  0     1     2     app      pickup
class MetricsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        a = f.customer("a");
        b = f.customer("b");
        c = f.customer("c");
        d = f.customer("d");
        f.response(a, day(2024, 3, 5), 10, 5, 7, "store", "order");
        f.response(b, day(2024, 3, 6), 9, 4, 5, "app", "order");
        f.response(c, day(2024, 3, 7), 7, 2, 3, "store", "pickup");
        f.response(d, day(2024, 3, 20), 3, std::nullopt, 1, "store", "pickup");
        f.response(a, day(2024, 3, 28), std::nullopt, 3, std::nullopt, "app", "order");
        f.response(b, day(2024, 5, 2), 0, 1, 2, "app", "pickup");
        f.segment("VIP", 100, {{a, "gold"}});
        f.segment("VIP", 200, {{a, "gold"}, {b, "silver"}}); // newest snapshot wins
        f.segment("Lapsed", 50, {{c, "x"}, {d, "x"}});
    }

    const ScoreMetrics& row(const std::vector<ScoreMetrics>& rows, const std::string& key)
    {
        for (const auto& r : rows)
            if (r.key == key)
                return r;
        throw std::runtime_error("no row " + key);
    }

    test::LoyaltyFixture f;
    std::int64_t a = 0, b = 0, c = 0, d = 0;
};

} // namespace

TEST_F(MetricsTest, ByMonthWithExplicitDenominators)
{
    MetricsQuery q;
    q.by = Breakdown::Period;
    q.grain = Grain::Month;
    auto rows = scoreMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].key, "2024-03");
    EXPECT_EQ(rows[1].key, "2024-04");
    EXPECT_EQ(rows[2].key, "2024-05");

    // March: 5 responses, NPS answered by 4 (1 detractor, 1 passive, 2 promoters) = 25.
    const ScoreMetrics& mar = rows[0];
    EXPECT_EQ(mar.counts.responses, 5);
    ASSERT_TRUE(mar.nps);
    EXPECT_EQ(mar.nps->n, 4);
    EXPECT_NEAR(mar.nps->nps, 25.0, 1e-12);
    // CSAT answered by 4: {5, 4, 2, 3}: top-2-box 2/4, mean 3.5.
    ASSERT_TRUE(mar.csatTop2);
    EXPECT_EQ(mar.csatTop2->n, 4);
    EXPECT_NEAR(mar.csatTop2->proportion, 0.5, 1e-12);
    EXPECT_NEAR(mar.csatMean->mean, 3.5, 1e-12);
    // CES answered by 4: {7, 5, 3, 1}: agree (5-7) 2/4, mean 4, s = sqrt(20/3).
    EXPECT_EQ(mar.cesAgree->n, 4);
    EXPECT_NEAR(mar.cesAgree->proportion, 0.5, 1e-12);
    EXPECT_NEAR(mar.cesMean->mean, 4.0, 1e-12);
    EXPECT_NEAR(mar.cesMean->sd, std::sqrt(20.0 / 3.0), 1e-12);

    // April has no responses: a row without metrics, never a made-up zero.
    EXPECT_EQ(rows[1].counts.responses, 0);
    EXPECT_FALSE(rows[1].nps);
    EXPECT_FALSE(rows[1].csatMean);
    ASSERT_TRUE(rows[1].period);
    EXPECT_EQ(rows[1].period->start, date::toEpoch(2024, 4, 1));

    // May: a single detractor: NPS -100; one CSAT of 1: mean 1 without an interval.
    EXPECT_NEAR(rows[2].nps->nps, -100.0, 1e-12);
    EXPECT_FALSE(rows[2].csatMean->hasInterval);
}

TEST_F(MetricsTest, ByChannelTouchpointAndTotal)
{
    MetricsQuery q;
    q.by = Breakdown::Channel;
    auto rows = scoreMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 2u);
    // store: nps {10, 7, 3} = 0; app: nps {9, 0} (one unanswered) = 0, csat {4, 3, 1}: 1/3.
    EXPECT_NEAR(row(rows, "store").nps->nps, 0.0, 1e-12);
    EXPECT_EQ(row(rows, "app").nps->n, 2);
    EXPECT_NEAR(row(rows, "app").csatTop2->proportion, 1.0 / 3.0, 1e-12);

    q.by = Breakdown::Touchpoint;
    rows = scoreMetrics(f.db(), q);
    // order: {10, 9} = 100; pickup: {7, 3, 0} = (0 - 2)/3 = -66.67.
    EXPECT_NEAR(row(rows, "order").nps->nps, 100.0, 1e-12);
    EXPECT_NEAR(row(rows, "pickup").nps->nps, -200.0 / 3.0, 1e-9);

    q.by = Breakdown::Total;
    q.filter.channel = "store";
    rows = scoreMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].counts.responses, 3);
}

TEST_F(MetricsTest, SegmentFilterUsesNewestSnapshotAndLabels)
{
    MetricsQuery q;
    q.by = Breakdown::Total;
    q.filter.segment = "VIP";
    auto rows = scoreMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 1u);
    // a and b: nps {10, 9, 0}: 2 promoters, 1 detractor of 3.
    EXPECT_EQ(rows[0].counts.responses, 4);
    EXPECT_NEAR(rows[0].nps->nps, 100.0 / 3.0, 1e-9);

    q.filter.segmentLabel = "gold";
    rows = scoreMetrics(f.db(), q);
    EXPECT_NEAR(rows[0].nps->nps, 100.0, 1e-12);

    q.filter.segmentLabel.reset();
    q.by = Breakdown::Segment;
    rows = scoreMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_NEAR(row(rows, "gold").nps->nps, 100.0, 1e-12);
    EXPECT_NEAR(row(rows, "silver").nps->nps, 0.0, 1e-12);

    q.filter.segment.reset();
    rows = scoreMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_NEAR(row(rows, "VIP").nps->nps, 100.0 / 3.0, 1e-9);
    EXPECT_NEAR(row(rows, "Lapsed").nps->nps, -50.0, 1e-12);

    q.filter.segment = "Nobody";
    EXPECT_THROW(scoreMetrics(f.db(), q), InputError);
    MetricsQuery labelOnly;
    labelOnly.filter.segmentLabel = "gold";
    EXPECT_THROW(scoreMetrics(f.db(), labelOnly), InputError);
}

TEST_F(MetricsTest, CacheAgreesWithRawQueryAndFollowsChanges)
{
    MetricsQuery cached;
    cached.filter.from = date::toEpoch(2024, 3, 1); // day-aligned: answered from the cache
    cached.filter.to = date::toEpoch(2024, 6, 1);
    MetricsQuery raw = cached;
    raw.filter.from = date::toEpoch(2024, 3, 1) + 1; // not aligned: straight from responses

    auto r1 = scoreMetrics(f.db(), cached);
    EXPECT_EQ(f.db().queryInt("SELECT count(*) FROM response_daily_state"), 1);
    auto r2 = scoreMetrics(f.db(), raw);
    ASSERT_EQ(r1.size(), r2.size());
    for (std::size_t i = 0; i < r1.size(); ++i) {
        EXPECT_EQ(r1[i].counts.responses, r2[i].counts.responses);
        EXPECT_EQ(r1[i].counts.promoters, r2[i].counts.promoters);
        EXPECT_DOUBLE_EQ(r1[i].counts.cesSumSq, r2[i].counts.cesSumSq);
    }
    EXPECT_FALSE(refreshResponseRollup(f.db())) << "nothing changed";

    // An update drops the cache state; the next query sees the new score.
    f.db().exec("UPDATE responses SET nps = 10 WHERE nps = 3");
    EXPECT_EQ(f.db().queryInt("SELECT count(*) FROM response_daily_state"), 0);
    EXPECT_NEAR(scoreMetrics(f.db(), cached)[0].nps->nps, 75.0, 1e-12);
    // A delete followed by an insert that restores count and max(id) is still seen.
    f.db().exec("DELETE FROM responses WHERE id = 6");
    f.response(a, day(2024, 5, 3), 10);
    auto after = scoreMetrics(f.db(), cached);
    EXPECT_NEAR(after[2].nps->nps, 100.0, 1e-12);
}

TEST(Metrics, EmptyWorkspaceGivesNoRows)
{
    test::LoyaltyFixture f;
    MetricsQuery q;
    EXPECT_TRUE(scoreMetrics(f.db(), q).empty());
    q.by = Breakdown::Channel;
    EXPECT_TRUE(scoreMetrics(f.db(), q).empty());
    EXPECT_TRUE(retentionMetrics(f.db(), q).empty());
    EXPECT_FALSE(activitySpan(f.db()).has_value());
}

// Orders (amount; R = return):
//   A: Jan 3 (10), Jan 20 (20), Feb 10 (30), Mar 5 (40)
//   B: Jan 7 (15), Mar 9 (25)
//   C: Jan 12 (50), Feb 14 R (50)
//   D: Feb 2 (12), Mar 3 (8), Mar 30 (9)
// Jan: buyers A B C (3), repeat A -> repurchase 1/3, no December buyers -> no retention.
// Feb: buyers A D (C only returned), previous 3, retained A -> 1/3, churn 2/3,
//      repurchase 0/2, revenue 30 + 12 - 50 = -8.
// Mar: buyers A B D, previous A D, retained A D -> 2/2, churn 0, repurchase D -> 1/3.
TEST(Retention, HandComputedThreeMonths)
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
    q.grain = Grain::Month;
    q.filter.from = date::toEpoch(2024, 1, 1);
    q.filter.to = date::toEpoch(2024, 4, 1);
    auto rows = retentionMetrics(f.db(), q);
    ASSERT_EQ(rows.size(), 3u);

    EXPECT_EQ(rows[0].period.label, "2024-01");
    EXPECT_EQ(rows[0].buyers, 3);
    EXPECT_EQ(rows[0].previousBuyers, 0);
    EXPECT_FALSE(rows[0].retention);
    EXPECT_NEAR(rows[0].repurchase->proportion, 1.0 / 3.0, 1e-12);
    EXPECT_EQ(rows[0].orders, 4);
    EXPECT_NEAR(rows[0].revenue, 95.0, 1e-9);

    EXPECT_EQ(rows[1].buyers, 2);
    EXPECT_EQ(rows[1].previousBuyers, 3);
    EXPECT_EQ(rows[1].retained, 1);
    EXPECT_NEAR(rows[1].retention->proportion, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(rows[1].churn->proportion, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(rows[1].repurchase->proportion, 0.0, 1e-12);
    EXPECT_NEAR(rows[1].revenue, -8.0, 1e-9);

    EXPECT_EQ(rows[2].buyers, 3);
    EXPECT_EQ(rows[2].previousBuyers, 2);
    EXPECT_NEAR(rows[2].retention->proportion, 1.0, 1e-12);
    EXPECT_NEAR(rows[2].churn->proportion, 0.0, 1e-12);
    EXPECT_NEAR(rows[2].repurchase->proportion, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(rows[2].revenue, 82.0, 1e-9);

    // Segment of A and B: Jan {A, B}; Feb {A}: retained 1 of 2; Mar {A, B}: 1 of 1.
    f.segment("AB", 1, {{A, ""}, {B, ""}});
    q.filter.segment = "AB";
    rows = retentionMetrics(f.db(), q);
    EXPECT_EQ(rows[0].buyers, 2);
    EXPECT_NEAR(rows[1].retention->proportion, 0.5, 1e-12);
    EXPECT_NEAR(rows[2].retention->proportion, 1.0, 1e-12);

    q.filter.touchpoint = "order";
    EXPECT_THROW(retentionMetrics(f.db(), q), InputError);
}
