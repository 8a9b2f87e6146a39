#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/value/CustomerPyramid.h"
#include "valuedesk/value/Population.h"
#include "valuedesk/value/ValueAnalysis.h"

#include <gtest/gtest.h>
#include <set>

using namespace vd;
using namespace vd::value;

// The value views on the demo workspace (docs/demo.md): attributes in every layer, value
// component and Kotler category, rated often enough to fill the page, and segments that the
// generator makes see the company differently — the page must show those differences.
namespace {

const AttributeResult& attr(const ValueReport& r, const std::string& code)
{
    for (const auto& a : r.attributes)
        if (a.attribute.code == code)
            return a;
    throw std::runtime_error("no attribute " + code);
}

class DemoValueTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new test::TempDir;
        s_db = new Database(s_dir->file("demo.vdw"));
        DemoOptions o;
        o.customers = 3000;
        o.interactions = false;
        o.kano = false;
        o.journeyMap = false;
        // The generator saves "Lower income" and "Upper income" (rule segments on the
        // income band) among its segments (docs/demo.md): the tests use them as saved.
        generateDemo(*s_db, o, {});
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
    }
    static ValueFilter segment(const char* name)
    {
        ValueFilter f;
        f.population = resolvePopulation(*s_db, name);
        return f;
    }

    static test::TempDir* s_dir;
    static Database* s_db;
};

test::TempDir* DemoValueTest::s_dir = nullptr;
Database* DemoValueTest::s_db = nullptr;

} // namespace

TEST_F(DemoValueTest, EveryLayerComponentAndKotlerPartIsFilled)
{
    const ValueReport r = analyzeValue(*s_db, {});
    EXPECT_GT(r.responses, 500);
    EXPECT_TRUE(r.warnings.empty());
    std::set<Component> components;
    std::set<KotlerPart> kotler;
    for (const auto& a : r.attributes) {
        ASSERT_TRUE(a.attribute.layer && a.attribute.component && a.attribute.kotler)
            << a.attribute.code;
        components.insert(*a.attribute.component);
        kotler.insert(*a.attribute.kotler);
        ASSERT_TRUE(a.performance && a.importance && a.gap) << a.attribute.code;
        EXPECT_GT(a.performance->n, 100) << a.attribute.code;
        EXPECT_TRUE(a.quadrant.has_value());
        EXPECT_GT(a.gapRank, 0);
    }
    EXPECT_EQ(components.size(), kComponents.size());
    EXPECT_EQ(kotler.size(), kKotlerParts.size());
    for (const auto& l : r.layers) {
        ASSERT_TRUE(l.score && l.gap) << code(l.layer);
        EXPECT_GT(l.score->n, 100);
        EXPECT_TRUE(l.score->hasInterval);
        EXPECT_GT(l.ratedAttributes, 1);
    }
    for (const ValueBalance* b : {&r.perceived, &r.delivered}) {
        for (const auto& p : b->parts)
            EXPECT_TRUE(p.score.has_value()) << p.code;
        ASSERT_TRUE(b->net.has_value());
    }
    // docs/demo.md: service speed, price and the app fall short of expectations; staff and
    // product exceed them.
    EXPECT_GT(attr(r, "service_speed").gap->lower, 0.0);
    EXPECT_GT(attr(r, "price_fairness").gap->lower, 0.0);
    EXPECT_GT(attr(r, "app_experience").gap->lower, 0.0);
    EXPECT_LT(attr(r, "staff_friendliness").gap->upper, 0.0);
    EXPECT_LT(attr(r, "product_quality").gap->upper, 0.0);
    // Four quadrants are all used, so the IPA chart is not a single cloud.
    std::set<Quadrant> quadrants;
    for (const auto& a : r.attributes)
        quadrants.insert(*a.quadrant);
    EXPECT_GE(quadrants.size(), 3u);
}

// docs/demo.md: upper incomes rate brand pride as more important and better and price as
// less important. The comparison must find it with a clear margin at 3,000 customers.
TEST_F(DemoValueTest, IncomeSegmentsDifferVisibly)
{
    const ValueComparison c = compareValue(*s_db, segment("Lower income"), segment("Upper income"));
    EXPECT_GT(c.a.responses, 100);
    EXPECT_GT(c.b.responses, 100);
    const auto& brandA = attr(c.a, "brand_pride");
    const auto& brandB = attr(c.b, "brand_pride");
    EXPECT_GT(brandB.importance->mean - brandA.importance->mean, 0.8);
    EXPECT_GT(brandB.performance->mean - brandA.performance->mean, 0.3);
    const auto& priceA = attr(c.a, "price_fairness");
    const auto& priceB = attr(c.b, "price_fairness");
    EXPECT_LT(priceB.importance->mean - priceA.importance->mean, -0.8);
    for (std::size_t i = 0; i < c.attributes.size(); ++i) {
        if (c.a.attributes[i].attribute.code != "brand_pride")
            continue;
        ASSERT_TRUE(c.attributes[i].performance.has_value());
        EXPECT_TRUE(c.attributes[i].performance->significant);
        EXPECT_LT(c.attributes[i].performance->pValue, 0.001);
    }
    // The differentiation layer (brand and emotion) scores higher for upper incomes.
    const auto& top = c.layers[static_cast<std::size_t>(Layer::Differentiation)];
    ASSERT_TRUE(top.score.has_value());
    EXPECT_GT(top.score->difference, 0.0);
    EXPECT_TRUE(top.score->significant);
}

// docs/demo.md, "Saved segments": on first open the pickers offer the income groups, the RFM
// segments with their labels and the customer pyramid, and the customer-tier view has tiers.
TEST_F(DemoValueTest, GeneratorSavesSegmentsAndACustomerPyramid)
{
    const auto choices = listPopulations(*s_db);
    std::set<std::string> names;
    for (const auto& c : choices)
        names.insert(c.population.displayName());
    for (const char* expected :
         {"Lower income", "Upper income", kDemoRfmSegment, kDemoPyramidSegment})
        EXPECT_TRUE(names.count(expected)) << expected;
    EXPECT_TRUE(names.count(std::string(kDemoRfmSegment) + ":Champions"));
    EXPECT_TRUE(names.count(std::string(kDemoPyramidSegment) + ":platinum"));

    const auto pyramid = loadCustomerPyramid(*s_db);
    ASSERT_TRUE(pyramid.has_value());
    EXPECT_EQ(pyramid->name, kDemoPyramidSegment);
    EXPECT_EQ(pyramid->customers, 3000);
    EXPECT_EQ(pyramid->otherMembers, 0);
    ASSERT_EQ(pyramid->tiers.size(), 4u);
    // By revenue: the top 1 % holds far more than 1 % of the revenue, the bottom 80 % less
    // than 80 %.
    ASSERT_TRUE(pyramid->tiers[0].revenueShare && pyramid->tiers[3].revenueShare);
    EXPECT_GT(*pyramid->tiers[0].revenueShare, 0.03);
    EXPECT_LT(*pyramid->tiers[3].revenueShare, 0.6);
    EXPECT_NEAR(pyramid->tiers[0].customerShare, 0.01, 0.002);

    // The pyramid restricted to upper incomes holds only their members.
    const auto upper = loadCustomerPyramid(*s_db, resolvePopulation(*s_db, "Upper income"));
    ASSERT_TRUE(upper.has_value());
    EXPECT_EQ(upper->customers,
              s_db->queryInt("SELECT count(*) FROM customers WHERE income_band IN "
                             "('upper_middle', 'high')"));
}
