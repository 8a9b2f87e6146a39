#include "valuedesk/journey/JourneyKpis.h"

#include "journey/JourneyFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/loyalty/Metrics.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace vd::journey;
using vd::date::toEpoch;

namespace {

// Responses of the sample map's touchpoints (see JourneyFixture.h for the map):
//   queue_order, in 2024: NPS 10, 9, 8, 6, 3 and one unanswered; CSAT 5, 4, 3, 2, 1, 4;
//     CES 7, 6, 4, 2 (two unanswered); one of them has no customer. One more answer on
//     2023-12-31 23:59:59, outside the period.
//   checkout: one response, NPS 9, CSAT 5, CES 5.   ad_social: one response, nothing answered.
//   drink_quality: none.   "elsewhere": a touchpoint that is not on the map.
class JourneyKpisTest : public ::testing::Test, public vd::test::JourneyFixture
{
protected:
    void SetUp() override
    {
        for (int i = 1; i <= 5; ++i)
            c.push_back(customer("c" + std::to_string(i)));
        const std::int64_t t = toEpoch(2024, 3, 15, 9, 30);
        response(c[0], t, "queue_order", 10, 5, 7);
        response(c[1], t + 60, "queue_order", 9, 4, 6);
        response(c[2], t + 120, "queue_order", 8, 3, 4);
        response(c[3], t + 180, "queue_order", 6, 2, 2);
        response(c[4], t + 240, "queue_order", 3, 1, std::nullopt);
        response(std::nullopt, t + 300, "queue_order", std::nullopt, 4, std::nullopt);
        response(c[0], toEpoch(2023, 12, 31, 23, 59, 59), "queue_order", 0, 1, 1);
        response(c[1], t, "checkout", 9, 5, 5);
        response(c[2], t, "ad_social", std::nullopt);
        response(c[3], t, "elsewhere", 0, 1, 1);
    }

    KpiFilter year2024() const
    {
        KpiFilter f;
        f.from = toEpoch(2024, 1, 1);
        f.to = toEpoch(2025, 1, 1);
        return f;
    }

    std::vector<std::int64_t> c;
    JourneyMap map = vd::test::sampleMap();
};

const KpiReading& reading(const TouchpointKpis& k, KpiMetric m)
{
    for (const KpiReading& r : k.readings)
        if (r.definition.metric == m)
            return r;
    throw std::runtime_error("no reading");
}

} // namespace

TEST_F(JourneyKpisTest, HandComputedFiguresPerTouchpoint)
{
    const MapKpis kpis = computeKpis(db(), map, year2024());
    ASSERT_EQ(kpis.byStage.size(), 3u);
    // 6 (queue) + 1 (checkout) + 1 (ad) in 2024; "elsewhere" is not on the map.
    EXPECT_EQ(kpis.responses, 8);

    const TouchpointKpis& queue = kpis.at({1, 0});
    EXPECT_EQ(queue.code, "queue_order");
    EXPECT_EQ(queue.metrics.counts.responses, 6);
    // NPS: promoters 10, 9; passive 8; detractors 6, 3 -> 100 (2/5 - 2/5) = 0.
    ASSERT_TRUE(queue.metrics.nps);
    EXPECT_EQ(queue.metrics.nps->n, 5);
    EXPECT_DOUBLE_EQ(queue.metrics.nps->nps, 0.0);
    // CSAT top-2: 5, 4, 4 of six answers = 50 %; mean 19/6.
    EXPECT_DOUBLE_EQ(*reading(queue, KpiMetric::CsatTop2).value, 50.0);
    EXPECT_DOUBLE_EQ(queue.metrics.csatMean->mean, 19.0 / 6.0);
    // CES mean (7 + 6 + 4 + 2) / 4 = 4.75; agree 7, 6 -> 50 %.
    EXPECT_DOUBLE_EQ(*reading(queue, KpiMetric::CesMean).value, 4.75);
    EXPECT_DOUBLE_EQ(*kpiValue(queue.metrics, KpiMetric::CesAgree), 50.0);
    EXPECT_DOUBLE_EQ(*reading(queue, KpiMetric::Responses).value, 6.0);

    // Thresholds: NPS 0 is not below 0 (equal is no crossing); CSAT 50 < 60 is; 6 responses
    // are not above 100.
    EXPECT_FALSE(reading(queue, KpiMetric::Nps).crossed);
    EXPECT_TRUE(reading(queue, KpiMetric::CsatTop2).crossed);
    EXPECT_FALSE(reading(queue, KpiMetric::Responses).crossed);
    EXPECT_TRUE(queue.flagged);
    EXPECT_EQ(kpis.flaggedTouchpoints, 1);

    // Derived emotion: mean CSAT 19/6 - 3 = 1/6. Interval: sd^2 = 13/6 (sum of squared
    // deviations 65/6 over n - 1 = 5), half-width t(0.975, 5) = 2.570582 x sqrt(13/36).
    EXPECT_NEAR(*queue.derivedEmotion, 1.0 / 6.0, 1e-12); // 19/6 - 3 in floating point
    const double half = 2.570582 * std::sqrt(13.0 / 36.0);
    EXPECT_NEAR(*queue.derivedLower, 1.0 / 6.0 - half, 1e-5);
    EXPECT_NEAR(*queue.derivedUpper, 1.0 / 6.0 + half, 1e-5);

    // One response: NPS 100, CSAT mean 5 -> emotion +2 without an interval.
    const TouchpointKpis& pay = kpis.at({1, 1});
    EXPECT_DOUBLE_EQ(*reading(pay, KpiMetric::Nps).value, 100.0);
    EXPECT_DOUBLE_EQ(*pay.derivedEmotion, 2.0);
    EXPECT_FALSE(pay.derivedLower);

    // Answered nothing: volume 1, every score "no data".
    const TouchpointKpis& ad = kpis.at({0, 0});
    EXPECT_DOUBLE_EQ(*reading(ad, KpiMetric::Responses).value, 1.0);
    EXPECT_FALSE(ad.metrics.nps);
    EXPECT_FALSE(ad.derivedEmotion);

    // No responses at all: absent values never cross a threshold.
    const TouchpointKpis& drink = kpis.at({2, 0});
    EXPECT_FALSE(reading(drink, KpiMetric::CsatMean).value);
    EXPECT_FALSE(reading(drink, KpiMetric::CsatMean).crossed);
    EXPECT_EQ(drink.metrics.counts.responses, 0);

    // No code: not measured.
    const TouchpointKpis& friendTp = kpis.at({0, 1});
    EXPECT_TRUE(friendTp.code.empty());
    EXPECT_TRUE(friendTp.readings.empty());
    EXPECT_THROW(kpis.at({2, 1}), vd::InputError);
}

TEST_F(JourneyKpisTest, EqualTheLoyaltyModuleOnTheSameResponses)
{
    // The loyalty dashboard's touchpoint breakdown over the same period and segment must
    // give the same counts, estimates and intervals.
    segment("Regulars", {c[0], c[1], c[3]});
    for (bool withSegment : {false, true}) {
        KpiFilter f = year2024();
        vd::loyalty::MetricsQuery q;
        q.by = vd::loyalty::Breakdown::Touchpoint;
        q.filter.from = f.from;
        q.filter.to = f.to;
        if (withSegment) {
            f.segmentId = vd::loyalty::segmentIdByName(db(), "Regulars");
            q.filter.segment = "Regulars";
        }
        const MapKpis kpis = computeKpis(db(), map, f);
        const auto rows = vd::loyalty::scoreMetrics(db(), q);
        int compared = 0;
        for (const auto& row : rows) {
            for (const auto& stage : kpis.byStage)
                for (const TouchpointKpis& k : stage) {
                    if (k.code != row.key)
                        continue;
                    ++compared;
                    EXPECT_EQ(k.metrics.counts.responses, row.counts.responses) << row.key;
                    EXPECT_EQ(k.metrics.counts.npsN(), row.counts.npsN());
                    ASSERT_EQ(k.metrics.nps.has_value(), row.nps.has_value());
                    if (row.nps) {
                        EXPECT_DOUBLE_EQ(k.metrics.nps->nps, row.nps->nps);
                        EXPECT_DOUBLE_EQ(k.metrics.nps->lower, row.nps->lower);
                        EXPECT_DOUBLE_EQ(k.metrics.nps->upper, row.nps->upper);
                    }
                    ASSERT_EQ(k.metrics.csatMean.has_value(), row.csatMean.has_value());
                    if (row.csatMean) {
                        EXPECT_DOUBLE_EQ(k.metrics.csatMean->mean, row.csatMean->mean);
                        EXPECT_DOUBLE_EQ(k.metrics.csatMean->lower, row.csatMean->lower);
                        EXPECT_DOUBLE_EQ(k.metrics.csatTop2->proportion, row.csatTop2->proportion);
                    }
                    ASSERT_EQ(k.metrics.cesMean.has_value(), row.cesMean.has_value());
                    if (row.cesMean) {
                        EXPECT_DOUBLE_EQ(k.metrics.cesMean->mean, row.cesMean->mean);
                        EXPECT_DOUBLE_EQ(k.metrics.cesAgree->upper, row.cesAgree->upper);
                    }
                }
        }
        EXPECT_EQ(compared, withSegment ? 2 : 3); // the ad's only respondent is no regular
    }
}

TEST_F(JourneyKpisTest, SegmentKeepsOnlyItsMembers)
{
    KpiFilter f = year2024();
    f.segmentId = segment("Regulars", {c[0], c[1], c[3]});
    const MapKpis kpis = computeKpis(db(), map, f);
    const TouchpointKpis& queue = kpis.at({1, 0});
    // c1, c2, c4: NPS 10, 9, 6 -> 100 (2/3 - 1/3) = 33.3; CSAT 5, 4, 2 -> 2/3 top-2.
    EXPECT_EQ(queue.metrics.counts.responses, 3);
    EXPECT_NEAR(queue.metrics.nps->nps, 100.0 / 3.0, 1e-12);
    EXPECT_NEAR(*reading(queue, KpiMetric::CsatTop2).value, 200.0 / 3.0, 1e-12);
    EXPECT_FALSE(reading(queue, KpiMetric::CsatTop2).crossed); // 66.7 is not below 60
    EXPECT_EQ(kpis.at({0, 0}).metrics.counts.responses, 0);    // c3 answered the ad

    KpiFilter empty = year2024();
    empty.segmentId = segment("Nobody", {});
    EXPECT_EQ(computeKpis(db(), map, empty).responses, 0);
}

TEST_F(JourneyKpisTest, PeriodBoundsAndBothQueryPaths)
{
    // Open period: the 2023 answer counts too (7 at the queue).
    const MapKpis all = computeKpis(db(), map);
    EXPECT_EQ(all.at({1, 0}).metrics.counts.responses, 7);
    EXPECT_EQ(all.responses, 9);

    // Day-aligned bounds read the daily cache, others the responses; same counts.
    KpiFilter aligned = year2024();
    const MapKpis a = computeKpis(db(), map, aligned);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM response_daily_state"), 1);
    KpiFilter shifted = year2024();
    *shifted.from += 1;
    const MapKpis b = computeKpis(db(), map, shifted);
    for (std::size_t s = 0; s < a.byStage.size(); ++s)
        for (std::size_t t = 0; t < a.byStage[s].size(); ++t) {
            const auto& x = a.byStage[s][t].metrics.counts;
            const auto& y = b.byStage[s][t].metrics.counts;
            EXPECT_EQ(x.responses, y.responses);
            EXPECT_EQ(x.promoters, y.promoters);
            EXPECT_EQ(x.detractors, y.detractors);
            EXPECT_DOUBLE_EQ(x.csatSumSq, y.csatSumSq);
            EXPECT_DOUBLE_EQ(x.cesSum, y.cesSum);
        }

    // The 2023 answer is the last second before the period: [from, to) excludes `to`.
    KpiFilter lastSecond;
    lastSecond.from = toEpoch(2023, 12, 31, 23, 59, 59);
    lastSecond.to = toEpoch(2024, 1, 1);
    EXPECT_EQ(computeKpis(db(), map, lastSecond).responses, 1);
    lastSecond.to = lastSecond.from;
    EXPECT_THROW(computeKpis(db(), map, lastSecond), vd::InputError);
}

TEST_F(JourneyKpisTest, BadFiltersAreRefused)
{
    KpiFilter f;
    f.segmentId = 42;
    EXPECT_THROW(computeKpis(db(), map, f), vd::InputError);
    f = KpiFilter{};
    f.confidence = 1.0;
    EXPECT_THROW(computeKpis(db(), map, f), vd::InputError);
}

TEST_F(JourneyKpisTest, MapWithoutCodesOrTouchpoints)
{
    JourneyMap plain;
    plain.name = "No codes";
    plain.stages.push_back(Stage{0, "S", "", {}});
    EXPECT_EQ(computeKpis(db(), plain).responses, 0);
    EXPECT_EQ(computeKpis(db(), plain).byStage.size(), 1u);
    JourneyMap nothing;
    nothing.name = "Nothing";
    EXPECT_TRUE(computeKpis(db(), nothing).byStage.empty());
}

TEST(JourneyKpiRules, ThresholdsAndEmotionMapping)
{
    KpiDefinition below{KpiMetric::Nps, 10.0, AlertWhen::Below};
    EXPECT_TRUE(crossesThreshold(below, 9.99));
    EXPECT_FALSE(crossesThreshold(below, 10.0));
    EXPECT_FALSE(crossesThreshold(below, std::numeric_limits<double>::quiet_NaN()));
    KpiDefinition above{KpiMetric::CesMean, 5.0, AlertWhen::Above};
    EXPECT_TRUE(crossesThreshold(above, 5.5));
    EXPECT_FALSE(crossesThreshold(above, 5.0));
    EXPECT_FALSE(
        crossesThreshold(KpiDefinition{KpiMetric::Nps, std::nullopt, AlertWhen::Below}, -100.0));

    // CSAT 1..5 onto emotion -2..+2.
    EXPECT_DOUBLE_EQ(emotionFromCsatMean(1.0), -2.0);
    EXPECT_DOUBLE_EQ(emotionFromCsatMean(3.0), 0.0);
    EXPECT_DOUBLE_EQ(emotionFromCsatMean(5.0), 2.0);
    EXPECT_DOUBLE_EQ(emotionFromCsatMean(4.25), 1.25);
    EXPECT_THROW(emotionFromCsatMean(0.5), vd::InputError);
    EXPECT_THROW(emotionFromCsatMean(std::numeric_limits<double>::quiet_NaN()), vd::InputError);
}

// The editor keeps the counts of one query and re-aligns them after every edit: moving a
// touchpoint carries its figures along, extra codes in the cache do not count, and a new
// code without counts reads "no data" rather than 0.
TEST_F(JourneyKpisTest, AlignedCountsFollowEditsWithoutAQuery)
{
    const KpiCounts counts =
        queryKpiCounts(db(), {"queue_order", "checkout", "ad_social", "elsewhere"}, year2024());
    EXPECT_EQ(counts.byCode.count("elsewhere"), 1u);
    EXPECT_EQ(counts.byCode.count("drink_quality"), 0u); // no responses: absent

    const MapKpis direct = computeKpis(db(), map, year2024());
    const MapKpis aligned = alignKpis(map, counts);
    EXPECT_EQ(aligned.responses, direct.responses); // 8: "elsewhere" is not on the map
    EXPECT_EQ(aligned.flaggedTouchpoints, direct.flaggedTouchpoints);
    EXPECT_EQ(aligned.at({1, 0}).metrics.nps->nps, direct.at({1, 0}).metrics.nps->nps);

    JourneyMap edited = map;
    moveTouchpoint(edited, {1, 0}, {2, 1}); // the queue goes to the end of "Use"
    Touchpoint fresh;
    fresh.name = "New";
    fresh.code = "not_asked_yet";
    fresh.kpis = defaultKpis();
    insertTouchpoint(edited, {0, 0}, fresh);
    const MapKpis after = alignKpis(edited, counts);
    EXPECT_EQ(after.at({2, 1}).metrics.counts.responses, 6);
    EXPECT_DOUBLE_EQ(after.at({2, 1}).metrics.nps->nps, direct.at({1, 0}).metrics.nps->nps);
    EXPECT_EQ(after.at({0, 0}).metrics.counts.responses, 0);
    EXPECT_FALSE(after.at({0, 0}).readings[0].value.has_value()); // NPS: no data
    EXPECT_EQ(after.responses, 8);
    EXPECT_EQ(after.byStage[1].size(), 1u);
}
