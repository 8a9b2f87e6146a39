#include "valuedesk/value/ValueAnalysis.h"

#include "ValueFixture.h"
#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace vd;
using namespace vd::value;

namespace {

// Student t quantiles t_{0.975, df} from any printed t table (e.g. NIST/SEMATECH e-Handbook
// 1.3.6.7.2): df = 1 -> 12.706, df = 2 -> 4.303.
constexpr double kT1 = 12.706204736174698;
constexpr double kT2 = 4.302652729749464;

const AttributeResult& attr(const ValueReport& r, const std::string& code)
{
    for (const auto& a : r.attributes)
        if (a.attribute.code == code)
            return a;
    throw std::runtime_error("no attribute " + code);
}

const BalancePart& part(const ValueBalance& b, const std::string& code)
{
    for (const auto& p : b.parts)
        if (p.code == code)
            return p;
    throw std::runtime_error("no part " + code);
}

class ValueAnalysisTest : public test::ValueFixture
{
};

} // namespace

// Per attribute: plain means of each rating and the paired gap, by hand from the fixture.
TEST_F(ValueAnalysisTest, AttributeMeansIntervalsAndGaps)
{
    ValueReport r = analyzeValue(*db, {});
    EXPECT_EQ(r.responses, 3); // response 4 has no ratings
    EXPECT_EQ(r.respondents, 3);
    ASSERT_EQ(r.attributes.size(), 6u);
    // Ordered by layer bottom-up, then code.
    EXPECT_EQ(r.attributes[0].attribute.code, "coffee_quality");
    EXPECT_EQ(r.attributes[1].attribute.code, "price_fair");
    EXPECT_EQ(r.attributes[5].attribute.code, "unrated");

    const auto& coffee = attr(r, "coffee_quality");
    EXPECT_EQ(coffee.ratings, 3);
    ASSERT_TRUE(coffee.importance && coffee.performance && coffee.expectation && coffee.gap);
    EXPECT_DOUBLE_EQ(coffee.importance->mean, 6.0); // (6+7+5)/3
    EXPECT_DOUBLE_EQ(coffee.performance->mean, 5.0);
    EXPECT_NEAR(coffee.performance->sd, 1.0, 1e-12);
    // 5 +- t(0.975, 2) * 1 / sqrt(3)
    EXPECT_NEAR(coffee.performance->lower, 5.0 - kT2 / std::sqrt(3.0), 1e-9);
    EXPECT_NEAR(coffee.performance->upper, 5.0 + kT2 / std::sqrt(3.0), 1e-9);
    // Gaps 1, 3, -1: mean 1, sd 2.
    EXPECT_NEAR(coffee.gap->mean, 1.0, 1e-12);
    EXPECT_NEAR(coffee.gap->sd, 2.0, 1e-12);
    EXPECT_NEAR(coffee.gap->upper, 1.0 + kT2 * 2.0 / std::sqrt(3.0), 1e-9);
    EXPECT_NEAR(*coffee.priority, 6.0, 1e-12);

    // price: expectation only in R1, so the gap is R1's 5 - 3 alone; one value, no interval.
    const auto& price = attr(r, "price_fair");
    EXPECT_DOUBLE_EQ(price.importance->mean, 3.0);
    EXPECT_DOUBLE_EQ(price.performance->mean, 4.0);
    EXPECT_EQ(price.expectation->n, 1);
    EXPECT_EQ(price.gap->n, 1);
    EXPECT_DOUBLE_EQ(price.gap->mean, 2.0);
    EXPECT_FALSE(price.gap->hasInterval);

    const auto& staff = attr(r, "staff_friendly");
    EXPECT_DOUBLE_EQ(staff.performance->mean, 4.0); // (6+2)/2
    EXPECT_DOUBLE_EQ(staff.gap->mean, 1.5);         // (-1+4)/2
    EXPECT_NEAR(staff.gap->sd, std::sqrt(12.5), 1e-12);
    EXPECT_NEAR(staff.gap->lower, 1.5 - kT1 * std::sqrt(12.5) / std::sqrt(2.0), 1e-9);
    EXPECT_NEAR(*staff.priority, 5.5 * 1.5, 1e-12);

    // brand: R3 gave no importance, so importance has n = 1 while performance has n = 2.
    const auto& brand = attr(r, "brand_pride");
    EXPECT_EQ(brand.importance->n, 1);
    EXPECT_EQ(brand.performance->n, 2);
    EXPECT_DOUBLE_EQ(brand.gap->mean, -1.0);
    EXPECT_DOUBLE_EQ(brand.gap->sd, 0.0);
    EXPECT_NEAR(*brand.priority, -4.0, 1e-12);
}

// An attribute nobody rated is missing everywhere, never zero.
TEST_F(ValueAnalysisTest, UnratedAttributeIsMissingNotZero)
{
    ValueReport r = analyzeValue(*db, {});
    const auto& u = attr(r, "unrated");
    EXPECT_EQ(u.ratings, 0);
    EXPECT_FALSE(u.importance);
    EXPECT_FALSE(u.performance);
    EXPECT_FALSE(u.expectation);
    EXPECT_FALSE(u.gap);
    EXPECT_FALSE(u.priority);
    EXPECT_FALSE(u.quadrant);
    EXPECT_EQ(u.gapRank, 0);
    EXPECT_EQ(r.rankedByGap().back()->attribute.code, "unrated");
    // It is mapped to the differentiation layer but does not count as rated there.
    EXPECT_EQ(r.layer(Layer::Differentiation).attributes, 2);
    EXPECT_EQ(r.layer(Layer::Differentiation).ratedAttributes, 1);
    // It does not dilute the image part of Kotler's value either.
    EXPECT_EQ(part(r.delivered, "image").attributes, 2);
    EXPECT_EQ(part(r.delivered, "image").ratedAttributes, 1);
}

// Ranking by importance x gap: staff 5.5 * 1.5 = 8.25; then a three-way tie at 6 broken by
// the larger gap (price 2, wait 2 > coffee 1) and then by code (price_fair < wait_time).
TEST_F(ValueAnalysisTest, GapRankingWithTies)
{
    ValueReport r = analyzeValue(*db, {});
    auto ranked = r.rankedByGap();
    std::vector<std::string> codes;
    for (const auto* a : ranked)
        codes.push_back(a->attribute.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"staff_friendly", "price_fair", "wait_time",
                                               "coffee_quality", "brand_pride", "unrated"}));
    EXPECT_EQ(attr(r, "staff_friendly").gapRank, 1);
    EXPECT_EQ(attr(r, "brand_pride").gapRank, 5);
}

// Layer score: per response the importance-weighted mean performance of the layer's
// attributes it rated (importance and performance both present), then a t interval over
// responses.
//   basic:       R1 (6*5 + 4*3)/10 = 4.2, R2 (7*4 + 2*5)/9 = 38/9, R3 6      -> n 3
//   value-added: R1 6, R2 2 (wait), R3 2 (staff)                             -> n 3
//   differentiation: R2 6 only (R3's brand rating has no importance)         -> n 1
// Layer gap: the same weighting of expectation - performance over complete ratings:
//   basic: R1 (6*1 + 4*2)/10 = 1.4, R2 3 (price has no expectation), R3 -1
//   value-added: -1, 2, 4;  differentiation: -1.
TEST_F(ValueAnalysisTest, LayerScoresAreRespondentLevelWeightedMeans)
{
    ValueReport r = analyzeValue(*db, {});
    ASSERT_EQ(r.layers.size(), 3u);
    EXPECT_EQ(r.layers[0].layer, Layer::Basic);
    EXPECT_EQ(r.layers[2].layer, Layer::Differentiation);

    const auto& basic = r.layer(Layer::Basic);
    ASSERT_TRUE(basic.score);
    EXPECT_EQ(basic.score->n, 3);
    const double b[] = {4.2, 38.0 / 9.0, 6.0};
    const double bm = (b[0] + b[1] + b[2]) / 3.0;
    EXPECT_NEAR(bm, 4.807407407407407, 1e-12);
    EXPECT_NEAR(basic.score->mean, bm, 1e-12);
    const double bsd = std::sqrt(
        ((b[0] - bm) * (b[0] - bm) + (b[1] - bm) * (b[1] - bm) + (b[2] - bm) * (b[2] - bm)) / 2.0);
    EXPECT_NEAR(basic.score->sd, bsd, 1e-9);
    EXPECT_NEAR(basic.score->lower, bm - kT2 * bsd / std::sqrt(3.0), 1e-8);
    EXPECT_NEAR(basic.gap->mean, (1.4 + 3.0 - 1.0) / 3.0, 1e-12);
    EXPECT_EQ(basic.attributes, 2);
    EXPECT_EQ(basic.ratedAttributes, 2);

    const auto& va = r.layer(Layer::ValueAdded);
    EXPECT_NEAR(va.score->mean, 10.0 / 3.0, 1e-12);
    EXPECT_NEAR(va.score->sd, std::sqrt(16.0 / 3.0), 1e-9); // ((8/3)^2 + 2 (4/3)^2) / 2
    EXPECT_NEAR(va.gap->mean, 5.0 / 3.0, 1e-12);

    const auto& diff = r.layer(Layer::Differentiation);
    EXPECT_EQ(diff.score->n, 1);
    EXPECT_DOUBLE_EQ(diff.score->mean, 6.0);
    EXPECT_FALSE(diff.score->hasInterval);
    EXPECT_DOUBLE_EQ(diff.gap->mean, -1.0);
}

// Perceived value on the 0..100 scale. Benefit = (P - 1)/6 * 100, sacrifice of a cost
// attribute = (7 - P)/6 * 100, weights = mean importance:
//   functional coffee (I 6, P 5) 66.67; emotional staff (5.5, 4) 50; social brand (4, 5.5) 75
//   benefits = (6*66.67 + 5.5*50 + 4*75) / 15.5 = 975 / 15.5 = 62.903
//   time cost wait (3, 2) 83.33; economic cost price (3, 4) 50 -> costs = 400 / 6 = 66.667
//   net = 62.903 - 66.667 = -3.763
TEST_F(ValueAnalysisTest, PerceivedValueBalance)
{
    ValueReport r = analyzeValue(*db, {});
    const ValueBalance& b = r.perceived;
    ASSERT_EQ(b.parts.size(), 5u);
    EXPECT_NEAR(*part(b, "functional").score, 400.0 / 6.0, 1e-9);
    EXPECT_NEAR(*part(b, "emotional").score, 50.0, 1e-9);
    EXPECT_NEAR(*part(b, "social").score, 75.0, 1e-9);
    EXPECT_NEAR(*part(b, "time_cost").score, 500.0 / 6.0, 1e-9);
    EXPECT_NEAR(*part(b, "economic_cost").score, 50.0, 1e-9);
    EXPECT_NEAR(*part(b, "functional").contribution, 400.0 / 15.5, 1e-9);
    EXPECT_NEAR(*part(b, "time_cost").contribution, 250.0 / 6.0, 1e-9);
    EXPECT_NEAR(*b.benefits, 975.0 / 15.5, 1e-9);
    EXPECT_NEAR(*b.costs, 400.0 / 6.0, 1e-9);
    EXPECT_NEAR(*b.net, 975.0 / 15.5 - 400.0 / 6.0, 1e-9);
    EXPECT_NEAR(*b.net, -3.763440860215, 1e-9);
    EXPECT_DOUBLE_EQ(part(b, "functional").weight, 6.0);
    EXPECT_EQ(part(b, "functional").ratings, 3);
    EXPECT_TRUE(part(b, "time_cost").cost);
    EXPECT_FALSE(part(b, "social").cost);
    EXPECT_TRUE(r.warnings.empty());
}

// Kotler: product = coffee, personnel = staff, image = brand, service has no attribute;
// money = price, time = wait, energy and physical have none. Same totals as above.
TEST_F(ValueAnalysisTest, KotlerDeliveredValue)
{
    ValueReport r = analyzeValue(*db, {});
    const ValueBalance& d = r.delivered;
    ASSERT_EQ(d.parts.size(), 8u);
    EXPECT_EQ(d.parts[0].code, "product");
    EXPECT_EQ(d.parts[7].code, "physical");
    EXPECT_FALSE(part(d, "service").score);
    EXPECT_FALSE(part(d, "service").contribution);
    EXPECT_FALSE(part(d, "energy").score);
    EXPECT_NEAR(*part(d, "personnel").score, 50.0, 1e-9);
    EXPECT_NEAR(*part(d, "money").contribution, 25.0, 1e-9);
    EXPECT_NEAR(*d.benefits, 975.0 / 15.5, 1e-9);
    EXPECT_NEAR(*d.costs, 400.0 / 6.0, 1e-9);
    double sum = 0.0;
    for (const auto& p : d.parts)
        if (!p.cost && p.contribution)
            sum += *p.contribution;
    EXPECT_NEAR(sum, *d.benefits, 1e-9);
}

// Crosshairs at the means of the attribute means: importance (6+3+5.5+3+4)/5 = 4.3,
// performance (5+4+4+2+5.5)/5 = 4.1.
TEST_F(ValueAnalysisTest, ImportancePerformanceQuadrants)
{
    ValueReport r = analyzeValue(*db, {});
    EXPECT_EQ(r.ipa.points, 5);
    EXPECT_NEAR(*r.ipa.importanceSplit, 4.3, 1e-12);
    EXPECT_NEAR(*r.ipa.performanceSplit, 4.1, 1e-12);
    EXPECT_EQ(*attr(r, "coffee_quality").quadrant, Quadrant::KeepUpTheGoodWork);
    EXPECT_EQ(*attr(r, "staff_friendly").quadrant, Quadrant::ConcentrateHere);
    EXPECT_EQ(*attr(r, "price_fair").quadrant, Quadrant::LowPriority);
    EXPECT_EQ(*attr(r, "wait_time").quadrant, Quadrant::LowPriority);
    EXPECT_EQ(*attr(r, "brand_pride").quadrant, Quadrant::PossibleOverkill);

    // At the scale midpoint 4: price (3, 4) sits on the performance line and counts as high.
    ValueOptions mid;
    mid.crossHair = CrossHair::ScaleMidpoint;
    ValueReport m = analyzeValue(*db, {}, mid);
    EXPECT_DOUBLE_EQ(*m.ipa.importanceSplit, 4.0);
    EXPECT_EQ(*attr(m, "price_fair").quadrant, Quadrant::PossibleOverkill);
    EXPECT_EQ(*attr(m, "brand_pride").quadrant, Quadrant::KeepUpTheGoodWork);
    EXPECT_EQ(*attr(m, "wait_time").quadrant, Quadrant::LowPriority);
}

TEST(Quadrants, ClassifyOnTheLinesCountsAsHigh)
{
    EXPECT_EQ(classify(4, 4, 4, 4), Quadrant::KeepUpTheGoodWork);
    EXPECT_EQ(classify(4, 3.99, 4, 4), Quadrant::ConcentrateHere);
    EXPECT_EQ(classify(3.99, 3.99, 4, 4), Quadrant::LowPriority);
    EXPECT_EQ(classify(3.99, 4, 4, 4), Quadrant::PossibleOverkill);
    EXPECT_EQ(code(Quadrant::ConcentrateHere), "concentrate_here");
    EXPECT_EQ(displayName(Quadrant::PossibleOverkill), "Possible overkill");
}

// Segment S = customers 1 and 2 (R1, R2): coffee P (5+4)/2, basic layer (4.2 + 38/9)/2.
TEST_F(ValueAnalysisTest, SegmentFilter)
{
    ValueFilter f;
    f.population = resolvePopulation(*db, "S");
    ValueReport r = analyzeValue(*db, f);
    EXPECT_EQ(r.responses, 2);
    EXPECT_DOUBLE_EQ(attr(r, "coffee_quality").performance->mean, 4.5);
    EXPECT_DOUBLE_EQ(attr(r, "coffee_quality").gap->mean, 2.0);
    EXPECT_NEAR(r.layer(Layer::Basic).score->mean, (4.2 + 38.0 / 9.0) / 2.0, 1e-12);
    EXPECT_EQ(r.layer(Layer::ValueAdded).score->n, 2);
    EXPECT_FALSE(attr(r, "staff_friendly").gap->hasInterval); // R1 only

    // Label x = customer 1 only.
    f.population = resolvePopulation(*db, "S:x");
    ValueReport x = analyzeValue(*db, f);
    EXPECT_EQ(x.responses, 1);
    EXPECT_DOUBLE_EQ(x.layer(Layer::Basic).score->mean, 4.2);
    EXPECT_FALSE(x.layer(Layer::Differentiation).score);
    EXPECT_FALSE(attr(x, "wait_time").performance);
    // R1 alone: coffee (6, 5) 66.67 and staff (5, 6) 83.33 -> benefits 816.67 / 11;
    // price (4, 3) -> sacrifice (7 - 3)/6 * 100 = 66.67.
    EXPECT_NEAR(*x.perceived.benefits, (400.0 + 5.0 * 500.0 / 6.0) / 11.0, 1e-9);
    EXPECT_NEAR(*x.perceived.costs, 400.0 / 6.0, 1e-9);
    EXPECT_NEAR(*x.perceived.net, 7.575757575758, 1e-9);
    EXPECT_FALSE(part(x.perceived, "social").score);
}

TEST_F(ValueAnalysisTest, TouchpointAndPeriodFilters)
{
    ValueFilter f;
    f.touchpoint = "order"; // R1 and R3
    ValueReport r = analyzeValue(*db, f);
    EXPECT_EQ(r.responses, 2);
    EXPECT_DOUBLE_EQ(attr(r, "coffee_quality").performance->mean, 5.5);
    EXPECT_FALSE(attr(r, "wait_time").performance);

    ValueFilter p;
    p.from = 1500;
    p.to = 3000; // R2 only: to is exclusive
    ValueReport q = analyzeValue(*db, p);
    EXPECT_EQ(q.responses, 1);
    EXPECT_NEAR(q.layer(Layer::Basic).score->mean, 38.0 / 9.0, 1e-12);

    ValueFilter bad;
    bad.from = 10;
    bad.to = 10;
    EXPECT_THROW(analyzeValue(*db, bad), InputError);
    ValueOptions badConfidence;
    badConfidence.confidence = 1.0;
    EXPECT_THROW(analyzeValue(*db, {}, badConfidence), InputError);
}

// Segment S against the whole base, B - A with Welch's t test; S:x has one response, so its
// comparisons are missing rather than invented.
TEST_F(ValueAnalysisTest, CompareTwoPopulations)
{
    ValueFilter a, b;
    a.population = resolvePopulation(*db, "S");
    ValueComparison c = compareValue(*db, a, b);
    ASSERT_EQ(c.layers.size(), 3u);
    ASSERT_TRUE(c.layers[0].score);
    const double meanA = (4.2 + 38.0 / 9.0) / 2.0;
    const double meanB = (4.2 + 38.0 / 9.0 + 6.0) / 3.0;
    EXPECT_NEAR(c.layers[0].score->difference, meanB - meanA, 1e-12);
    // Welch: se^2 = s_A^2/2 + s_B^2/3 with s_A^2 = (0.2/9)^2 / 2 (two values 0.2/9 apart).
    const double d = 38.0 / 9.0 - 4.2;
    const double varA = d * d / 2.0;
    const double bm = meanB;
    const double varB = ((4.2 - bm) * (4.2 - bm) + (38.0 / 9.0 - bm) * (38.0 / 9.0 - bm) +
                         (6.0 - bm) * (6.0 - bm)) /
                        2.0;
    EXPECT_NEAR(c.layers[0].score->standardError, std::sqrt(varA / 2.0 + varB / 3.0), 1e-9);
    EXPECT_FALSE(c.layers[2].score); // differentiation: S has one response
    ASSERT_EQ(c.attributes.size(), c.a.attributes.size());
    EXPECT_EQ(c.attributes[0].attributeId, 2); // coffee_quality
    ASSERT_TRUE(c.attributes[0].performance);
    EXPECT_NEAR(c.attributes[0].performance->difference, 5.0 - 4.5, 1e-12);

    ValueFilter x;
    x.population = resolvePopulation(*db, "S:x");
    ValueComparison cx = compareValue(*db, x, b);
    EXPECT_FALSE(cx.layers[0].score);
}

// A cost component on an attribute not flagged as a cost would flip its direction: it is
// kept in layers, gaps and IPA but left out of that balance with a warning.
TEST_F(ValueAnalysisTest, InconsistentCostFlagIsLeftOutOfTheBalance)
{
    db->exec("INSERT INTO attributes (id, code, name, layer, component, kotler, is_cost) "
             "VALUES (7, 'parking', 'Parking', 'basic', 'time_cost', 'physical', 0);"
             "INSERT INTO attribute_ratings VALUES (1, 7, 7, 1, 7);");
    ValueReport r = analyzeValue(*db, {});
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_NE(r.warnings[0].find("parking"), std::string::npos);
    EXPECT_EQ(part(r.perceived, "time_cost").attributes, 2);
    EXPECT_EQ(part(r.perceived, "time_cost").ratedAttributes, 1);
    EXPECT_NEAR(*r.perceived.costs, 400.0 / 6.0, 1e-9); // unchanged
    EXPECT_FALSE(part(r.delivered, "physical").score);
    EXPECT_TRUE(attr(r, "parking").quadrant);
}

TEST(ValueAnalysisEmpty, EmptyWorkspaceGivesMissingNumbers)
{
    test::TempDir dir;
    Database db(dir.file("empty.vdw"));
    ValueReport r = analyzeValue(db, {});
    EXPECT_EQ(r.responses, 0);
    EXPECT_TRUE(r.attributes.empty());
    ASSERT_EQ(r.layers.size(), 3u);
    for (const auto& l : r.layers) {
        EXPECT_FALSE(l.score);
        EXPECT_FALSE(l.gap);
    }
    EXPECT_FALSE(r.perceived.benefits);
    EXPECT_FALSE(r.delivered.net);
    EXPECT_FALSE(r.ipa.importanceSplit);
    EXPECT_EQ(r.ipa.points, 0);
}

// One attribute with one rating: means without intervals; the crosshairs pass through the
// single point, which therefore counts as "keep up the good work".
TEST(ValueAnalysisEdge, OneRatingOnly)
{
    test::TempDir dir;
    Database db(dir.file("one.vdw"));
    db.exec("INSERT INTO attributes (id, code, name, layer) VALUES (1, 'a', 'A', 'basic');"
            "INSERT INTO responses (id, ts) VALUES (1, 0);"
            "INSERT INTO attribute_ratings VALUES (1, 1, 7, 7, 1);");
    ValueReport r = analyzeValue(db, {});
    EXPECT_EQ(r.respondents, 0); // anonymous response
    EXPECT_EQ(r.responses, 1);
    EXPECT_DOUBLE_EQ(r.attributes[0].gap->mean, -6.0);
    EXPECT_FALSE(r.attributes[0].gap->hasInterval);
    EXPECT_EQ(*r.attributes[0].quadrant, Quadrant::KeepUpTheGoodWork);
    EXPECT_DOUBLE_EQ(r.layer(Layer::Basic).score->mean, 7.0);
    // Not mapped to a component or Kotler part: the balances stay missing.
    EXPECT_FALSE(r.perceived.benefits);
}

TEST(ValueAnalysisProgress, ReportsAndCancels)
{
    test::TempDir dir;
    Database db(dir.file("p.vdw"));
    int calls = 0;
    analyzeValue(db, {}, {}, [&calls](double, std::string_view) {
        ++calls;
        return true;
    });
    EXPECT_GE(calls, 4);
    EXPECT_THROW(analyzeValue(db, {}, {}, [](double, std::string_view) { return false; }),
                 CancelledError);
}

TEST(ValueScale, CommonScale)
{
    EXPECT_DOUBLE_EQ(benefitScore(1.0), 0.0);
    EXPECT_DOUBLE_EQ(benefitScore(7.0), 100.0);
    EXPECT_DOUBLE_EQ(benefitScore(4.0), 50.0);
    EXPECT_DOUBLE_EQ(sacrificeScore(7.0), 0.0);
    EXPECT_DOUBLE_EQ(sacrificeScore(1.0), 100.0);
    EXPECT_EQ(code(Layer::ValueAdded), "value_added");
    EXPECT_EQ(parseLayer("differentiation"), Layer::Differentiation);
    EXPECT_FALSE(parseLayer("top"));
    EXPECT_EQ(parseKotlerPart("physical"), KotlerPart::Physical);
    EXPECT_TRUE(isCost(KotlerPart::Energy));
    EXPECT_FALSE(isCost(Component::Social));
}
