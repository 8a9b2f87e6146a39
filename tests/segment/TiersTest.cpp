#include "valuedesk/segment/Tiers.h"

#include "SegmentFixture.h"
#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace vd::segment;

TEST(FractionAbove, TiesShareAPosition)
{
    EXPECT_EQ(fractionAbove({5, 3, 5, 1}), (std::vector<double>{0, 0.5, 0, 0.75}));
    EXPECT_TRUE(fractionAbove({}).empty());
}

TEST(Tiers, HandClassifiedTenCustomers)
{
    // CLV 100..1000 for ids 1..10; id 10 has P(alive) 0.3.
    std::vector<TierMember> in;
    for (int i = 1; i <= 10; ++i)
        in.push_back({i, Tier::Other, 100.0 * i, i == 10 ? 0.3 : 0.8});
    TierResult r = classifyTiers(in, {});
    auto tierOf = [&](std::int64_t id) { return r.members[static_cast<std::size_t>(id - 1)].tier; };
    EXPECT_EQ(tierOf(10), Tier::ChurnRisk) << "risk is tested first";
    EXPECT_EQ(tierOf(9), Tier::HighValue); // top 20 %: ids 10 and 9
    for (int id : {6, 7, 8})
        EXPECT_EQ(tierOf(id), Tier::Potential); // top 50 %
    for (int id : {1, 2, 3, 4, 5})
        EXPECT_EQ(tierOf(id), Tier::Other);
    EXPECT_EQ(r.tiers[0].customers, 1);
    EXPECT_EQ(r.tiers[1].customers, 3);
    EXPECT_EQ(r.tiers[2].customers, 1);
    EXPECT_EQ(r.tiers[3].customers, 5);
    EXPECT_DOUBLE_EQ(r.totalClv, 5500);
    EXPECT_DOUBLE_EQ(*r.tiers[1].clvShare, 2100.0 / 5500.0);
    EXPECT_DOUBLE_EQ(*r.tiers[2].meanPAlive, 0.3);
    EXPECT_DOUBLE_EQ(*r.highValueClvCut, 900);
    EXPECT_DOUBLE_EQ(*r.potentialClvCut, 600);
    EXPECT_STREQ(tierLabel(Tier::ChurnRisk), "churn_risk");
}

TEST(Tiers, ThresholdsAreValidated)
{
    std::vector<TierMember> in = {{1, Tier::Other, 1, 1}};
    TierOptions o;
    o.churnPAlive = 0;
    EXPECT_THROW(classifyTiers(in, o), vd::InputError);
    o = {};
    o.potentialTopShare = 0.1; // below the high-value share
    EXPECT_THROW(classifyTiers(in, o), vd::InputError);
    in[0].clv = std::nan("");
    EXPECT_THROW(classifyTiers(in, {}), vd::InputError);
}

TEST(Pyramid, OneHundredDistinctValues)
{
    std::vector<PyramidMember> in;
    for (int i = 1; i <= 100; ++i)
        in.push_back({i, 3, static_cast<double>(i)});
    PyramidResult r = buildPyramid(in, {});
    // Top 1 %, next 4 %, next 15 %, remaining 80 %.
    EXPECT_EQ(r.levels[0].customers, 1);
    EXPECT_EQ(r.levels[1].customers, 4);
    EXPECT_EQ(r.levels[2].customers, 15);
    EXPECT_EQ(r.levels[3].customers, 80);
    EXPECT_EQ(r.levels[0].label, "platinum");
    EXPECT_EQ(r.levels[3].label, "lead");
    EXPECT_DOUBLE_EQ(r.total, 5050);
    EXPECT_DOUBLE_EQ(*r.levels[0].valueShare, 100.0 / 5050.0);
    EXPECT_DOUBLE_EQ(r.levels[1].value, 96 + 97 + 98 + 99);
    EXPECT_DOUBLE_EQ(*r.levels[2].minValue, 81);
    EXPECT_DOUBLE_EQ(*r.levels[2].maxValue, 95);
    EXPECT_EQ(r.members[99].level, 0);
    EXPECT_EQ(r.members[95].level, 1);
    EXPECT_EQ(r.members[80].level, 2);
    EXPECT_EQ(r.members[79].level, 3);
}

TEST(Pyramid, TiesStayTogetherAndCutsAreEditable)
{
    std::vector<PyramidMember> in;
    for (int i = 1; i <= 100; ++i)
        in.push_back({i, 3, i <= 3 ? 1000.0 : 1.0});
    PyramidResult r = buildPyramid(in, {});
    EXPECT_EQ(r.levels[0].customers, 3) << "equal values share the platinum position";
    EXPECT_EQ(r.levels[1].customers, 97) << "97 equal values start at 3 %, inside gold";
    PyramidOptions o;
    o.cuts = {0.1, 0.3, 0.6};
    std::vector<PyramidMember> ten;
    for (int i = 1; i <= 10; ++i)
        ten.push_back({i, 3, static_cast<double>(i)});
    PyramidResult t = buildPyramid(ten, o);
    EXPECT_EQ(t.levels[0].customers, 1);
    EXPECT_EQ(t.levels[1].customers, 2);
    EXPECT_EQ(t.levels[2].customers, 3);
    EXPECT_EQ(t.levels[3].customers, 4);
    o.cuts = {0.3, 0.2, 0.5};
    EXPECT_THROW(buildPyramid(ten, o), vd::InputError);
    o.cuts = {0.0, 0.2, 0.5};
    EXPECT_THROW(buildPyramid(ten, o), vd::InputError);
    o.cuts = {0.1, 0.2, 1.0};
    EXPECT_THROW(buildPyramid(ten, o), vd::InputError);
}

TEST(Pyramid, NonPositiveTotalHasNoShares)
{
    PyramidResult r = buildPyramid({{1, 3, -5}, {2, 3, 2}}, {});
    EXPECT_FALSE(r.levels[0].valueShare.has_value());
    EXPECT_EQ(r.levels[0].customers, 1);
}

class TiersDb : public vd::test::SegmentFixture
{
};

TEST_F(TiersDb, FromTheNewestCLVRun)
{
    EXPECT_THROW(computeTiers(db()), vd::AnalysisError);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(customer("K" + std::to_string(i)));
    auto old = clvRun();
    for (auto id : ids)
        prediction(old, id, 1.0, 0.01);
    auto run = clvRun();
    for (int i = 0; i < 5; ++i)
        prediction(run, ids[static_cast<std::size_t>(i)], 10.0 * (i + 1), 0.9);
    TierResult r = computeTiers(db());
    EXPECT_EQ(r.tiers[static_cast<int>(Tier::ChurnRisk)].customers, 0) << "the old run is ignored";
    EXPECT_EQ(r.members.back().tier, Tier::HighValue);

    PyramidResult p = computePyramid(db());
    EXPECT_EQ(p.members.size(), 5u);
    EXPECT_EQ(p.levels[0].customers, 1);
    EXPECT_EQ(p.levels[3].customers, 4) << "with 5 customers the next step is already 20 %";
}

TEST_F(TiersDb, PyramidByMarginAndRevenue)
{
    auto a = customer("A");
    auto b = customer("B");
    auto c = customer("C"); // no transactions: 0
    auto d = customer("D"); // transactions without cost: no known margin
    order(a, "2024-01-01", 100, 40.0);
    order(b, "2024-01-01", 50, 45.0);
    order(d, "2024-01-01", 500);
    PyramidOptions o;
    o.basis = PyramidBasis::Clv;
    EXPECT_THROW(computePyramid(db(), o), vd::AnalysisError);
    o.basis = PyramidBasis::Margin;
    o.cuts = {0.2, 0.4, 0.6};
    PyramidResult m = computePyramid(db(), o);
    ASSERT_EQ(m.members.size(), 3u);
    EXPECT_EQ(m.excluded, 1);
    EXPECT_EQ(m.members[0].customerId, a);
    EXPECT_DOUBLE_EQ(m.members[0].value, 60);
    EXPECT_EQ(m.members[0].level, 0);
    EXPECT_EQ(m.members[1].level, 1); // 1/3 above
    EXPECT_EQ(m.members[2].customerId, c);
    EXPECT_EQ(m.members[2].level, 3); // 2/3 above
    EXPECT_DOUBLE_EQ(m.total, 65);

    o.basis = PyramidBasis::Revenue;
    PyramidResult r = computePyramid(db(), o);
    EXPECT_EQ(r.members.size(), 4u);
    EXPECT_EQ(r.excluded, 0);
    EXPECT_EQ(r.members[3].customerId, d);
    EXPECT_EQ(r.members[3].level, 0);
    EXPECT_EQ(parsePyramidBasis("margin"), PyramidBasis::Margin);
    EXPECT_THROW(parsePyramidBasis("profit"), vd::InputError);
}

TEST_F(TiersDb, MarginNeedsCosts)
{
    auto a = customer("A");
    order(a, "2024-01-01", 100);
    PyramidOptions o;
    o.basis = PyramidBasis::Margin;
    EXPECT_THROW(computePyramid(db(), o), vd::AnalysisError);
}
