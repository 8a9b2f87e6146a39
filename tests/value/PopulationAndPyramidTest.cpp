#include "ValueFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/value/CustomerPyramid.h"
#include "valuedesk/value/Population.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::value;

namespace {
class PopulationTest : public test::ValueFixture
{
};
} // namespace

TEST_F(PopulationTest, ResolvesNamesLabelsAndTheNewestSnapshot)
{
    EXPECT_TRUE(resolvePopulation(*db, "").wholeBase());
    EXPECT_TRUE(resolvePopulation(*db, "all").wholeBase());
    EXPECT_EQ(resolvePopulation(*db, "").displayName(), "Whole base");

    Population s = resolvePopulation(*db, "S");
    EXPECT_EQ(s.segmentId, 1);
    EXPECT_FALSE(s.label);
    Population x = resolvePopulation(*db, "S:x");
    EXPECT_EQ(x.segmentId, 1);
    EXPECT_EQ(x.label, "x");
    EXPECT_EQ(x.displayName(), "S:x");

    // A newer snapshot of the same name wins; a name with a colon is tried whole first.
    db->exec("INSERT INTO segments (id, name, kind, created_at) VALUES (2, 'S', 'manual', 200),"
             " (3, 'A:B', 'rule', 50);");
    EXPECT_EQ(resolvePopulation(*db, "S").segmentId, 2);
    EXPECT_EQ(resolvePopulation(*db, "A:B").segmentId, 3);

    try {
        resolvePopulation(*db, "nope");
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("\"S\""), std::string::npos) << e.what();
    }
    // Snapshot 2 has no members, so no labels.
    EXPECT_THROW(resolvePopulation(*db, "S:x"), InputError);
}

TEST_F(PopulationTest, UnknownLabelNamesTheKnownOnes)
{
    try {
        resolvePopulation(*db, "S:zz");
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("\"x\", \"y\""), std::string::npos) << e.what();
    }
}

TEST_F(PopulationTest, ListsSegmentsAndLabelsWithCounts)
{
    auto list = listPopulations(*db);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].population.displayName(), "S");
    EXPECT_EQ(list[0].members, 2);
    EXPECT_EQ(list[1].population.displayName(), "S:x");
    EXPECT_EQ(list[1].members, 1);
    EXPECT_EQ(list[2].kind, "manual");
}

namespace {

// Pyramid members: c1 platinum, c2 gold, c3 lead, c4 "Gold" (case differs), c5 an unknown
// label. Revenue net of returns: c1 100 + 50 - 30 = 120 (return stored positive), c2 60,
// c3 20, c4 10 - 10 = 0 (return stored negative), c5 1000 (not a tier). CLV from the newest
// run 2 (run 1 is older and must be ignored): c1 500, c2 300, c4 100, c3 none.
class PyramidTest : public test::ValueFixture
{
protected:
    void addPyramid()
    {
        db->exec(R"SQL(
            INSERT INTO customers (id, external_id, name, created_at) VALUES
                (4, 'C4', 'Di', 0), (5, 'C5', 'Ed', 0);
            INSERT INTO segments (id, name, kind, created_at) VALUES
                (10, 'Old pyramid', 'pyramid', 10), (11, 'CLV pyramid', 'pyramid', 500);
            INSERT INTO segment_members (segment_id, customer_id, label) VALUES
                (10, 1, 'lead'),
                (11, 1, 'platinum'), (11, 2, 'gold'), (11, 3, 'lead'), (11, 4, 'Gold'),
                (11, 5, 'unknown');
            INSERT INTO transactions (customer_id, ts, amount, is_return) VALUES
                (1, 1, 100, 0), (1, 2, 50, 0), (1, 3, 30, 1), (2, 1, 60, 0), (3, 1, 20, 0),
                (4, 1, 10, 0), (4, 2, -10, 1), (5, 1, 1000, 0);
            INSERT INTO model_runs (id, model, params, created_at) VALUES
                (1, 'bgnbd', '{}', 1), (2, 'bgnbd', '{}', 2);
            INSERT INTO customer_predictions (run_id, customer_id, clv) VALUES
                (1, 1, 9999), (2, 1, 500), (2, 2, 300), (2, 4, 100);
        )SQL");
    }
};

} // namespace

TEST_F(PyramidTest, AbsentWhenNoPyramidWasSaved)
{
    EXPECT_FALSE(loadCustomerPyramid(*db).has_value());
}

TEST_F(PyramidTest, CountsRevenueAndClvSharesPerTier)
{
    addPyramid();
    auto p = loadCustomerPyramid(*db);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->segmentId, 11);
    EXPECT_EQ(p->name, "CLV pyramid");
    ASSERT_EQ(p->tiers.size(), 4u);
    EXPECT_EQ(p->customers, 4);
    EXPECT_EQ(p->otherMembers, 1);
    EXPECT_DOUBLE_EQ(p->revenue, 200.0);
    EXPECT_DOUBLE_EQ(*p->clv, 900.0);

    const auto& plat = p->tiers[0];
    EXPECT_EQ(plat.tier, Tier::Platinum);
    EXPECT_EQ(plat.customers, 1);
    EXPECT_DOUBLE_EQ(plat.revenue, 120.0);
    EXPECT_DOUBLE_EQ(plat.customerShare, 0.25);
    EXPECT_DOUBLE_EQ(*plat.revenueShare, 0.6);
    EXPECT_DOUBLE_EQ(*plat.clvShare, 500.0 / 900.0);

    const auto& gold = p->tiers[1];
    EXPECT_EQ(gold.customers, 2);
    EXPECT_DOUBLE_EQ(gold.revenue, 60.0);
    EXPECT_DOUBLE_EQ(*gold.clv, 400.0);
    EXPECT_EQ(gold.customersWithClv, 2);
    EXPECT_DOUBLE_EQ(*gold.revenueShare, 0.3);

    const auto& iron = p->tiers[2];
    EXPECT_EQ(iron.customers, 0);
    EXPECT_DOUBLE_EQ(iron.customerShare, 0.0);
    EXPECT_FALSE(iron.clv);
    EXPECT_DOUBLE_EQ(*iron.clvShare, 0.0);

    const auto& lead = p->tiers[3];
    EXPECT_EQ(lead.customers, 1);
    EXPECT_DOUBLE_EQ(*lead.revenueShare, 0.1);
    EXPECT_EQ(lead.customersWithClv, 0);
}

TEST_F(PyramidTest, RestrictedToAPopulation)
{
    addPyramid();
    auto p = loadCustomerPyramid(*db, resolvePopulation(*db, "S")); // customers 1 and 2
    ASSERT_TRUE(p);
    EXPECT_EQ(p->customers, 2);
    EXPECT_EQ(p->tiers[0].customers, 1);
    EXPECT_EQ(p->tiers[1].customers, 1);
    EXPECT_DOUBLE_EQ(p->revenue, 180.0);
    EXPECT_DOUBLE_EQ(*p->tiers[1].clvShare, 300.0 / 800.0);
}

TEST_F(PyramidTest, NoPredictionsAndNoRevenueLeaveSharesMissing)
{
    db->exec("INSERT INTO segments (id, name, kind, created_at) VALUES (20, 'P', 'pyramid', 1);"
             "INSERT INTO segment_members VALUES (20, 1, 'gold'), (20, 2, 'lead');");
    auto p = loadCustomerPyramid(*db);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->customers, 2);
    EXPECT_DOUBLE_EQ(p->tiers[1].customerShare, 0.5);
    EXPECT_FALSE(p->clv);
    for (const auto& t : p->tiers) {
        EXPECT_FALSE(t.revenueShare);
        EXPECT_FALSE(t.clvShare);
    }
}

TEST(Tiers, ParseIsCaseInsensitive)
{
    EXPECT_EQ(parseTier("Platinum"), Tier::Platinum);
    EXPECT_EQ(parseTier("LEAD"), Tier::Lead);
    EXPECT_FALSE(parseTier("bronze"));
    EXPECT_EQ(code(Tier::Iron), "iron");
}
