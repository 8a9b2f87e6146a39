#include "valuedesk/demo/DemoGenerator.h"

#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/Rfm.h"
#include "valuedesk/segment/Tiers.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/Workspace.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace vd;

namespace {

// FNV-1a over every row of every table of the workspace, in primary-key order.
std::uint64_t hashWorkspace(Database& db)
{
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        h ^= 0xff;
        h *= 1099511628211ull;
    };
    for (const std::string& table : WorkspaceInfo::tables()) {
        mix(table);
        Statement st = db.prepare("SELECT * FROM " + table + " ORDER BY 1, 2");
        while (st.step())
            for (int c = 0; c < st.columnCount(); ++c)
                mix(st.isNull(c) ? std::string("<null>") : st.getText(c));
    }
    return h;
}

std::int64_t totalRows(Database& db)
{
    std::int64_t n = 0;
    for (auto& [table, count] : WorkspaceInfo(db).tableCounts())
        n += count;
    return n;
}

// Indexes, triggers and tables: what bulk loading takes away and must put back.
std::set<std::string> schemaObjects(Database& db)
{
    std::set<std::string> out;
    Statement st = db.prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '') "
                              "FROM sqlite_master");
    while (st.step())
        out.insert(st.getText(0));
    return out;
}

DemoOptions small(std::int64_t customers = 2000)
{
    DemoOptions o;
    o.customers = customers;
    return o;
}

// Kano category of a (functional, dysfunctional) answer pair by the standard 5x5 table;
// answers coded 1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike.
char kanoCategory(int functional, int dysfunctional)
{
    static const char* const kTable[5] = {"QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"};
    return kTable[functional - 1][dysfunctional - 1];
}

// One 2,000-customer demo workspace shared by the plausibility tests.
class DemoWorkspaceTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<test::TempDir>();
        s_db = std::make_unique<Database>(s_dir->file("demo.vdw"));
        s_summary = generateDemo(*s_db, small());
    }
    static void TearDownTestSuite()
    {
        s_db.reset();
        s_dir.reset();
    }

    Database& db() { return *s_db; }

    static std::unique_ptr<test::TempDir> s_dir;
    static std::unique_ptr<Database> s_db;
    static DemoSummary s_summary;
};

std::unique_ptr<test::TempDir> DemoWorkspaceTest::s_dir;
std::unique_ptr<Database> DemoWorkspaceTest::s_db;
DemoSummary DemoWorkspaceTest::s_summary;

} // namespace

TEST_F(DemoWorkspaceTest, SummaryMatchesTheTables)
{
    EXPECT_EQ(s_summary.customers, 2000);
    EXPECT_EQ(s_summary.customers, db().queryInt("SELECT count(*) FROM customers"));
    EXPECT_EQ(s_summary.transactions, db().queryInt("SELECT count(*) FROM transactions"));
    EXPECT_EQ(s_summary.returns,
              db().queryInt("SELECT count(*) FROM transactions WHERE is_return = 1"));
    EXPECT_EQ(s_summary.loyaltyPoints, db().queryInt("SELECT count(*) FROM loyalty_points"));
    EXPECT_EQ(s_summary.interactions, db().queryInt("SELECT count(*) FROM interactions"));
    EXPECT_EQ(s_summary.responses, db().queryInt("SELECT count(*) FROM responses"));
    EXPECT_EQ(s_summary.attributeRatings, db().queryInt("SELECT count(*) FROM attribute_ratings"));
    EXPECT_EQ(s_summary.feedbackCases, db().queryInt("SELECT count(*) FROM feedback_cases"));
    EXPECT_EQ(s_summary.kanoAnswers, db().queryInt("SELECT count(*) FROM kano_answers"));
    EXPECT_EQ(s_summary.journeyTouchpoints,
              db().queryInt("SELECT count(*) FROM journey_touchpoints"));
    EXPECT_EQ(s_summary.segments, 4);
    EXPECT_EQ(s_summary.segments, db().queryInt("SELECT count(*) FROM segments"));
    EXPECT_EQ(s_summary.segmentMembers, db().queryInt("SELECT count(*) FROM segment_members"));
    // Every table of the summary plus the two settings rows the generator leaves
    // (demo.generator and workspace.currency).
    EXPECT_EQ(s_summary.rows() + 2, totalRows(db()));
    EXPECT_GT(s_summary.seconds, 0.0);
}

// The CLV page's default run is stored with the demo (BG/NBD + Gamma-Gamma in weeks,
// calibrated to the end of the data), dated like the data, with a prediction for every
// customer who bought before the calibration end.
TEST_F(DemoWorkspaceTest, ClvRunAsThePageWouldStoreIt)
{
    ASSERT_GT(s_summary.clvRun, 0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM model_runs"), 1);
    Statement run = db().prepare(
        "SELECT model, time_unit, converged, created_at, n_customers FROM model_runs WHERE id = ?");
    run.bindAll(s_summary.clvRun);
    ASSERT_TRUE(run.step());
    EXPECT_EQ(run.getText(0), "bgnbd");
    EXPECT_EQ(run.getText(1), "week");
    EXPECT_EQ(run.getInt(2), 1);
    EXPECT_EQ(run.getInt(3), small().endDate);
    const std::int64_t buyers =
        db().queryInt("SELECT count(DISTINCT customer_id) FROM transactions WHERE is_return = 0");
    EXPECT_EQ(run.getInt(4), buyers);
    EXPECT_EQ(s_summary.clvPredictions, buyers);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customer_predictions WHERE run_id = ?",
                            s_summary.clvRun),
              buyers);
    EXPECT_GT(db().queryInt("SELECT count(*) FROM customer_predictions WHERE run_id = ? AND "
                            "clv > 0",
                            s_summary.clvRun),
              buyers / 2);
}

TEST_F(DemoWorkspaceTest, RepeatBuyerShareAndOrderCountArePlausible)
{
    double repeat = db().queryDouble(
        "SELECT avg(n >= 2) FROM (SELECT c.id, count(t.id) AS n FROM customers c "
        "LEFT JOIN transactions t ON t.customer_id = c.id AND t.is_return = 0 GROUP BY c.id)");
    EXPECT_GE(repeat, 0.3);
    EXPECT_LE(repeat, 0.7);
    double perCustomer =
        db().queryDouble("SELECT count(*) / 2000.0 FROM transactions WHERE is_return = 0");
    EXPECT_GE(perCustomer, 5.0) << "about 10 orders per customer over three years";
    EXPECT_LE(perCustomer, 16.0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers c WHERE NOT EXISTS "
                            "(SELECT 1 FROM transactions t WHERE t.customer_id = c.id)"),
              0)
        << "everybody buys at least once";
}

TEST_F(DemoWorkspaceTest, NpsHasPromotersPassivesAndDetractors)
{
    Statement st = db().prepare("SELECT avg(nps >= 9), avg(nps BETWEEN 7 AND 8), avg(nps <= 6), "
                                "count(*) FROM responses WHERE nps IS NOT NULL");
    ASSERT_TRUE(st.step());
    EXPECT_GE(st.getDouble(0), 0.10);
    EXPECT_GE(st.getDouble(1), 0.10);
    EXPECT_GE(st.getDouble(2), 0.10);
    EXPECT_GE(st.getInt(3), 300);
}

TEST_F(DemoWorkspaceTest, AllScoresAreInRange)
{
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM responses WHERE nps NOT BETWEEN 0 AND 10 OR "
                            "csat NOT BETWEEN 1 AND 5 OR ces NOT BETWEEN 1 AND 7"),
              0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM responses WHERE nps IS NULL AND csat IS NULL "
                            "AND ces IS NULL"),
              0)
        << "every response answers at least one score";
    EXPECT_EQ(
        db().queryInt("SELECT count(*) FROM attribute_ratings WHERE importance IS NULL OR "
                      "importance NOT BETWEEN 1 AND 7 OR performance NOT BETWEEN 1 AND 7 "
                      "OR expectation NOT BETWEEN 1 AND 7 OR importance <> round(importance)"),
        0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM kano_answers WHERE functional NOT BETWEEN 1 "
                            "AND 5 OR dysfunctional NOT BETWEEN 1 AND 5 OR importance NOT BETWEEN "
                            "1 AND 7"),
              0);
    EXPECT_GT(db().queryInt("SELECT count(*) FROM responses WHERE comment IS NOT NULL"), 0);
    EXPECT_GT(db().queryInt("SELECT count(*) FROM responses WHERE comment GLOB '*[a-z]*'"), 0);
}

TEST_F(DemoWorkspaceTest, EveryTouchpointUsedExistsInTheJourneyMap)
{
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM responses WHERE touchpoint IS NULL OR "
                            "touchpoint NOT IN (SELECT code FROM journey_touchpoints)"),
              0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM interactions WHERE touchpoint NOT IN "
                            "(SELECT code FROM journey_touchpoints)"),
              0);
    // ... and every touchpoint of the map gets answers, so all its KPIs can be computed.
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM journey_touchpoints t WHERE NOT EXISTS "
                            "(SELECT 1 FROM responses r WHERE r.touchpoint = t.code)"),
              0);
}

TEST_F(DemoWorkspaceTest, JourneyMapHasTheCourseStagesAndPersona)
{
    Statement st = db().prepare("SELECT s.name FROM journey_stages s JOIN journey_maps m "
                                "ON m.id = s.map_id WHERE m.name = ? ORDER BY s.position");
    st.bind(1, kDemoJourneyMap);
    std::vector<std::string> stages;
    while (st.step())
        stages.push_back(st.getText(0));
    EXPECT_EQ(stages, (std::vector<std::string>{"Awareness", "Consideration", "Purchase", "Use",
                                                "Loyalty"}));
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM journey_maps m JOIN personas p ON "
                            "p.id = m.persona_id WHERE json_valid(p.channels)"),
              1);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM journey_touchpoints WHERE emotion NOT BETWEEN "
                            "-2 AND 2 OR NOT json_valid(kpis) OR code IS NULL"),
              0);
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT code) FROM journey_touchpoints"),
              db().queryInt("SELECT count(*) FROM journey_touchpoints"));
    EXPECT_GT(db().queryInt("SELECT count(*) FROM journey_opportunities WHERE owner IS NOT NULL"),
              0);
}

// docs/demo.md: thresholds on a few touchpoints, and the demo data crosses some of them, so
// the map opens with flagged touchpoints (the KPIs themselves: tests/journey/JourneyDemoTest).
TEST_F(DemoWorkspaceTest, SomeTouchpointsCarryAlertThresholds)
{
    Statement st = db().prepare("SELECT t.code FROM journey_touchpoints t, json_each(t.kpis) k "
                                "WHERE k.type = 'object' AND "
                                "json_extract(k.value, '$.threshold') IS NOT NULL ORDER BY t.code");
    std::vector<std::string> codes;
    while (st.step())
        codes.push_back(st.getText(0));
    EXPECT_EQ(codes, (std::vector<std::string>{"delivery", "drink_quality", "queue_order",
                                               "support_chat"}));
}

// docs/demo.md, "Saved segments": the two income groups hold exactly the customers of their
// bands, the RFM snapshot every buyer, the customer pyramid every customer in its four tiers.
TEST_F(DemoWorkspaceTest, SegmentsToCompareAreSaved)
{
    auto kind = [&](const std::string& name) {
        Statement st = db().prepare("SELECT kind FROM segments WHERE name = ?");
        st.bind(1, name);
        return st.step() ? st.getText(0) : std::string("<none>");
    };
    auto members = [&](const std::string& name) {
        return db().queryInt("SELECT count(*) FROM segment_members m JOIN segments s ON "
                             "s.id = m.segment_id WHERE s.name = ?",
                             name);
    };
    EXPECT_EQ(kind("Lower income"), "rule");
    EXPECT_EQ(kind("Upper income"), "rule");
    EXPECT_EQ(kind(kDemoRfmSegment), "rfm");
    EXPECT_EQ(kind(kDemoPyramidSegment), "pyramid");
    const std::int64_t lower = db().queryInt(
        "SELECT count(*) FROM customers WHERE income_band IN ('low', 'lower_middle')");
    const std::int64_t upper = db().queryInt(
        "SELECT count(*) FROM customers WHERE income_band IN ('upper_middle', 'high')");
    EXPECT_GT(lower, 200);
    EXPECT_GT(upper, 200);
    EXPECT_EQ(members("Lower income"), lower);
    EXPECT_EQ(members("Upper income"), upper);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM segment_members m JOIN segments s ON "
                            "s.id = m.segment_id JOIN customers c ON c.id = m.customer_id WHERE "
                            "s.name = 'Upper income' AND c.income_band NOT IN "
                            "('upper_middle', 'high')"),
              0);
    EXPECT_EQ(members(kDemoRfmSegment),
              db().queryInt("SELECT count(DISTINCT customer_id) FROM transactions WHERE "
                            "is_return = 0"));
    EXPECT_EQ(members(kDemoPyramidSegment), 2000);
    // Top 1 %, next 4 %, next 15 %, the remaining 80 % (revenue ties share a tier).
    Statement tiers = db().prepare("SELECT m.label, count(*) FROM segment_members m JOIN "
                                   "segments s ON s.id = m.segment_id WHERE s.kind = 'pyramid' "
                                   "GROUP BY m.label");
    std::map<std::string, std::int64_t> perTier;
    while (tiers.step())
        perTier[tiers.getText(0)] = tiers.getInt(1);
    EXPECT_EQ(perTier.size(), 4u);
    EXPECT_NEAR(static_cast<double>(perTier["platinum"]), 20.0, 2.0);
    EXPECT_NEAR(static_cast<double>(perTier["gold"]), 80.0, 3.0);
    EXPECT_NEAR(static_cast<double>(perTier["iron"]), 300.0, 5.0);
    // Several RFM segments are populated, and every label is one of the grid's names.
    EXPECT_GE(db().queryInt("SELECT count(DISTINCT m.label) FROM segment_members m JOIN "
                            "segments s ON s.id = m.segment_id WHERE s.kind = 'rfm'"),
              6);
    // Saved at the end of the window, the same instant on every run.
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM segments WHERE created_at <> ?", small().endDate),
              0);

    // The RFM and pyramid segments come from activity counted while the orders were written:
    // each member's label is the one the analyses give reading the orders back now.
    auto labels = [&](const std::string& name) {
        std::map<std::int64_t, std::string> out;
        Statement st = db().prepare("SELECT m.customer_id, m.label FROM segment_members m JOIN "
                                    "segments s ON s.id = m.segment_id WHERE s.name = ?");
        st.bind(1, name);
        while (st.step())
            out[st.getInt(0)] = st.getText(1);
        return out;
    };
    const segment::RfmResult rfm = segment::computeRfm(db());
    const auto savedRfm = labels(kDemoRfmSegment);
    ASSERT_EQ(savedRfm.size(), rfm.customers.size());
    for (const auto& c : rfm.customers)
        EXPECT_EQ(savedRfm.at(c.customerId),
                  rfm.grid.segments()[static_cast<std::size_t>(c.segment)].name);
    segment::PyramidOptions p;
    p.basis = segment::PyramidBasis::Revenue;
    const segment::PyramidResult pyramid = segment::computePyramid(db(), p);
    const auto savedPyramid = labels(kDemoPyramidSegment);
    ASSERT_EQ(savedPyramid.size(), pyramid.members.size());
    for (const auto& m : pyramid.members)
        EXPECT_EQ(savedPyramid.at(m.customerId),
                  segment::kPyramidLabels[static_cast<std::size_t>(m.level)]);
}

TEST_F(DemoWorkspaceTest, CustomersJoinBeforeTheirFirstOrder)
{
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers c WHERE created_at > "
                            "(SELECT min(ts) FROM transactions t WHERE t.customer_id = c.id)"),
              0);
}

TEST_F(DemoWorkspaceTest, EverythingHappensInsideTheWindow)
{
    DemoOptions o;
    std::int64_t start = date::toEpoch(2023, 7, 1);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers WHERE created_at < ? OR "
                            "created_at > ?",
                            start, o.endDate),
              0);
    for (const char* sql : {"SELECT max(ts) FROM transactions", "SELECT max(ts) FROM interactions",
                            "SELECT max(ts) FROM responses", "SELECT max(ts) FROM loyalty_points",
                            "SELECT max(opened_at) FROM feedback_cases",
                            "SELECT max(max(coalesce(assigned_at, 0), coalesce(resolved_at, 0), "
                            "coalesce(informed_at, 0))) FROM feedback_cases"})
        EXPECT_LE(db().queryInt(sql), o.endDate) << sql;
    EXPECT_GE(db().queryInt("SELECT min(ts) FROM transactions"), start);
}

TEST_F(DemoWorkspaceTest, AmountsArePositiveExceptReturns)
{
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM transactions WHERE is_return = 0 AND "
                            "(amount <= 0 OR cost <= 0 OR cost >= amount OR quantity < 1)"),
              0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM transactions WHERE is_return = 1 AND "
                            "amount >= 0"),
              0);
    std::int64_t returns = db().queryInt("SELECT count(*) FROM transactions WHERE is_return = 1");
    std::int64_t orders = db().queryInt("SELECT count(*) FROM transactions");
    EXPECT_GT(returns, 0);
    EXPECT_LT(returns * 50, orders) << "a few returns, not many";
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT category) FROM transactions"), 6);
}

TEST_F(DemoWorkspaceTest, SeasonalityPeaksInNovemberAndDecember)
{
    // Orders per day by month over the last full year (July 2025 - June 2026).
    auto perDay = [&](int year, int month) {
        std::int64_t from = date::toEpoch(year, month, 1);
        std::int64_t to =
            month == 12 ? date::toEpoch(year + 1, 1, 1) : date::toEpoch(year, month + 1, 1);
        return static_cast<double>(db().queryInt("SELECT count(*) FROM transactions WHERE "
                                                 "is_return = 0 AND ts >= ? AND ts < ?",
                                                 from, to)) /
               static_cast<double>(date::daysInMonth(year, month));
    };
    double december = perDay(2025, 12);
    double october = perDay(2025, 10);
    EXPECT_GT(december, october * 1.1);
    EXPECT_GT(perDay(2025, 11), october);
}

TEST_F(DemoWorkspaceTest, KanoMajorityMatchesTheCourseExample)
{
    Statement st = db().prepare(
        "SELECT f.code, a.functional, a.dysfunctional FROM kano_answers a "
        "JOIN kano_features f ON f.id = a.feature_id JOIN kano_studies s ON s.id = f.study_id "
        "WHERE s.name = ?");
    st.bind(1, kDemoKanoStudy);
    std::map<std::string, std::map<char, int>> counts;
    while (st.step())
        ++counts[st.getText(0)]
                [kanoCategory(static_cast<int>(st.getInt(1)), static_cast<int>(st.getInt(2)))];
    const std::map<std::string, char> expected = {{"on_time_departure", 'M'},
                                                  {"comfortable_seat", 'O'},
                                                  {"good_meal", 'O'},
                                                  {"free_upgrade", 'A'},
                                                  {"wifi", 'A'},
                                                  {"inflight_magazine", 'I'}};
    ASSERT_EQ(counts.size(), expected.size());
    for (const auto& [feature, category] : expected) {
        const auto& c = counts[feature];
        int total = 0;
        char best = '?';
        int bestCount = -1;
        for (const auto& [cat, n] : c) {
            total += n;
            if (n > bestCount) {
                best = cat;
                bestCount = n;
            }
        }
        EXPECT_EQ(total, 300) << feature;
        EXPECT_EQ(best, category) << feature;
        EXPECT_GT(bestCount, total * 0.4) << feature << ": the majority is clear";
    }
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT customer_id) FROM kano_respondents"), 300)
        << "respondents are distinct customers";
    Statement zh = db().prepare("SELECT name, name_zh FROM kano_features WHERE code = ?");
    zh.bind(1, "on_time_departure");
    ASSERT_TRUE(zh.step());
    EXPECT_EQ(zh.getText(0), "On-time departure");
    EXPECT_EQ(zh.getText(1), "准点起飞");
}

TEST_F(DemoWorkspaceTest, LoyaltyTierFollowsPoints)
{
    // Qualifying points: everything earned minus points taken back for returns; redemptions
    // do not lower the tier.
    Statement st = db().prepare(
        "SELECT c.loyalty_tier, (SELECT name FROM loyalty_tiers WHERE min_points <= "
        "coalesce((SELECT sum(points) FROM loyalty_points p WHERE p.customer_id = c.id AND "
        "p.kind <> 'redeem'), 0) ORDER BY min_points DESC LIMIT 1) FROM customers c "
        "WHERE c.loyalty_tier IS NOT NULL");
    int members = 0;
    std::map<std::string, int> tiers;
    while (st.step()) {
        ++members;
        ++tiers[st.getText(0)];
        EXPECT_EQ(st.getText(0), st.getText(1));
    }
    EXPECT_GT(members, 1000);
    EXPECT_GE(tiers.size(), 3u);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers c WHERE loyalty_tier IS NULL AND "
                            "EXISTS (SELECT 1 FROM loyalty_points p WHERE p.customer_id = c.id)"),
              0)
        << "non-members collect no points";
    EXPECT_GT(db().queryInt("SELECT count(*) FROM loyalty_points WHERE kind = 'redeem'"), 0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM loyalty_points p JOIN transactions t ON "
                            "t.id = p.transaction_id WHERE t.customer_id <> p.customer_id OR "
                            "t.ts <> p.ts"),
              0);
}

TEST_F(DemoWorkspaceTest, AttributesCoverThePyramidComponentsAndKotler)
{
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT layer) FROM attributes"), 3);
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT component) FROM attributes"), 5);
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT kotler) FROM attributes"), 8);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM attributes WHERE name_zh IS NULL OR "
                            "layer IS NULL OR component IS NULL OR kotler IS NULL"),
              0);
    for (const char* code :
         {"product_quality", "price_fairness", "service_speed", "staff_friendliness",
          "app_experience", "brand_pride", "emotional_connection", "community"})
        EXPECT_EQ(db().queryInt("SELECT count(*) FROM attributes WHERE code = ?", code), 1) << code;
    // Every attribute is rated, with a visible gap between expectation and experience
    // somewhere.
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM attributes a WHERE NOT EXISTS "
                            "(SELECT 1 FROM attribute_ratings r WHERE r.attribute_id = a.id)"),
              0);
    EXPECT_GT(db().queryDouble("SELECT avg(r.expectation - r.performance) FROM attribute_ratings r "
                               "JOIN attributes a ON a.id = r.attribute_id "
                               "WHERE a.code = 'service_speed'"),
              0.5);
}

TEST_F(DemoWorkspaceTest, SegmentsRateDifferently)
{
    auto mean = [&](const char* column, const char* attribute, const char* where) {
        return db().queryDouble(
            std::string("SELECT avg(r.") + column +
                ") FROM attribute_ratings r JOIN attributes a ON a.id = r.attribute_id "
                "JOIN responses s ON s.id = r.response_id JOIN customers c ON c.id = "
                "s.customer_id WHERE a.code = ? AND " +
                where,
            attribute);
    };
    EXPECT_GT(mean("importance", "brand_pride", "c.income_band IN ('upper_middle', 'high')"),
              mean("importance", "brand_pride", "c.income_band IN ('low', 'lower_middle')") + 0.5);
    EXPECT_GT(mean("importance", "app_experience", "c.birth_year >= 1997"),
              mean("importance", "app_experience", "c.birth_year <= 1975") + 0.8);
}

TEST_F(DemoWorkspaceTest, DetractorsBuyLess)
{
    // The latent experience drives both the answers and the dropout probability. Customers
    // are grouped by their mean NPS ("ever answered low" would favour heavy buyers, who
    // answer more often) and compared on the log of their order count (order counts are
    // heavy-tailed).
    Statement st = db().prepare(
        "SELECT avg(r.nps), (SELECT count(*) FROM transactions t WHERE t.customer_id = "
        "r.customer_id) FROM responses r WHERE r.nps IS NOT NULL GROUP BY r.customer_id");
    double logPromoters = 0.0, logDetractors = 0.0;
    int promoters = 0, detractors = 0;
    while (st.step()) {
        double meanNps = st.getDouble(0);
        double logOrders = std::log(static_cast<double>(st.getInt(1)));
        if (meanNps >= 9.0) {
            logPromoters += logOrders;
            ++promoters;
        } else if (meanNps <= 6.0) {
            logDetractors += logOrders;
            ++detractors;
        }
    }
    ASSERT_GT(promoters, 50);
    ASSERT_GT(detractors, 50);
    EXPECT_GT(logPromoters / promoters, logDetractors / detractors + 0.3);
}

TEST_F(DemoWorkspaceTest, AppTouchpointsDipInOneQuarter)
{
    // Q4 2025: the broken app release.
    std::int64_t from = date::toEpoch(2025, 10, 1), to = date::toEpoch(2026, 1, 1);
    const char* app = "touchpoint IN ('order_app', 'loyalty_app', 'menu_browse', 'delivery')";
    double inDip = db().queryDouble(std::string("SELECT avg(nps) FROM responses WHERE ") + app +
                                        " AND ts >= ? AND ts < ?",
                                    from, to);
    double outside = db().queryDouble(std::string("SELECT avg(nps) FROM responses WHERE ") + app +
                                          " AND (ts < ? OR ts >= ?)",
                                      from, to);
    EXPECT_LT(inDip, outside - 1.0);
    EXPECT_GT(db().queryInt("SELECT count(*) FROM interactions WHERE touchpoint = 'order_app' "
                            "AND ts >= ? AND ts < ?",
                            from, to),
              0)
        << "failed app payments reach the contact centre";
}

TEST_F(DemoWorkspaceTest, FeedbackCasesFollowDetractorsThroughTheLoop)
{
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT status) FROM feedback_cases"), 4);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM feedback_cases WHERE due_at <> opened_at + "
                            "48 * 3600"),
              0);
    // Cases follow the closed-loop rule of openCases (tests/loyalty/DemoCasesTest.cpp checks
    // category, sentiment and that nothing is left without a case).
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM feedback_cases f JOIN responses r ON "
                            "r.id = f.response_id WHERE NOT (coalesce(r.nps <= 6, 0) OR "
                            "coalesce(r.csat <= 2, 0) OR coalesce(r.ces <= 2, 0) OR "
                            "r.comment IS NOT NULL)"),
              0)
        << "cases come from detractors and negative answers";
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM feedback_cases WHERE (response_id IS NULL) = "
                            "(interaction_id IS NULL)"),
              0)
        << "each case has exactly one source";
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM feedback_cases WHERE sentiment > 1 OR "
                            "sentiment < -1 OR category IS NULL OR summary IS NULL OR "
                            "value_at_risk IS NOT NULL"),
              0);
    // The steps happen in order and match the status.
    EXPECT_EQ(
        db().queryInt("SELECT count(*) FROM feedback_cases WHERE "
                      "(status = 'new' AND (assigned_at IS NOT NULL OR owner IS NOT NULL)) OR "
                      "(status <> 'new' AND (assigned_at < opened_at OR owner IS NULL)) OR "
                      "(status IN ('resolved', 'informed') AND resolved_at < assigned_at) OR "
                      "(status = 'informed' AND informed_at < resolved_at) OR "
                      "(status <> 'informed' AND informed_at IS NOT NULL)"),
        0);
    EXPECT_GT(db().queryInt("SELECT count(*) FROM feedback_cases WHERE resolved_at > due_at"), 0)
        << "some cases breach the SLA";
}

TEST_F(DemoWorkspaceTest, CustomersLookLikeTheCompanysMarket)
{
    double china = db().queryDouble("SELECT avg(country = 'CN') FROM customers");
    EXPECT_GT(china, 0.75);
    EXPECT_LT(china, 0.95);
    EXPECT_EQ(db().queryInt("SELECT count(DISTINCT country) FROM customers"), 6);
    EXPECT_GT(db().queryInt("SELECT count(*) FROM customers WHERE country = 'CN' AND "
                            "name GLOB '[王李张刘陈]*'"),
              0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers WHERE country <> 'CN' AND "
                            "name NOT LIKE '% %'"),
              0)
        << "international customers have Latin first and last names";
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers WHERE NOT json_valid(values_tags) "
                            "OR json_array_length(values_tags) NOT BETWEEN 1 AND 3"),
              0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers WHERE channel NOT IN ('store', "
                            "'web', 'app', 'phone', 'email', 'chat', 'social')"),
              0);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers WHERE birth_year NOT BETWEEN 1940 "
                            "AND 2008"),
              0);
    EXPECT_GT(db().queryInt("SELECT count(*) FROM customers WHERE company IS NOT NULL"), 50);
    EXPECT_GT(db().queryInt("SELECT count(DISTINCT income_band) FROM customers"), 4);
}

TEST_F(DemoWorkspaceTest, IndexesTriggersAndSearchAreBack)
{
    test::TempDir other;
    Database fresh(other.file("fresh.vdw"));
    EXPECT_EQ(schemaObjects(db()), schemaObjects(fresh));
    Statement st = db().prepare("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH ?");
    st.bind(1, "\"上海\"");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getInt(0), db().queryInt("SELECT count(*) FROM customers WHERE city = '上海'"));
    EXPECT_EQ(db().queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    Statement mode = db().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.getText(0), "wal");
    Statement check = db().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.getText(0), "ok");
}

// ------------------------------------------------------------------ determinism

TEST(DemoGenerator, SameSeedGivesIdenticalRowsAndOtherSeedsDiffer)
{
    test::TempDir dir;
    Database a(dir.file("a.vdw")), b(dir.file("b.vdw")), c(dir.file("c.vdw")), d(dir.file("d.vdw"));
    generateDemo(a, small());
    DemoOptions direct = small();
    direct.backgroundThread = false; // the single-threaded path writes the same rows
    generateDemo(b, direct);
    DemoOptions other = small();
    other.seed = 43;
    generateDemo(c, other);
    DemoOptions slow = small();
    slow.bulkLoad = false; // indexes maintained row by row, foreign keys checked
    generateDemo(d, slow);
    std::uint64_t ha = hashWorkspace(a);
    EXPECT_EQ(ha, hashWorkspace(b));
    EXPECT_EQ(ha, hashWorkspace(d));
    EXPECT_NE(ha, hashWorkspace(c));
}

TEST(DemoGenerator, InsideTheCallersTransactionRowsAreTheSame)
{
    test::TempDir dir;
    Database a(dir.file("a.vdw")), b(dir.file("b.vdw"));
    generateDemo(a, small());
    {
        Transaction tx(b);
        generateDemo(b, small()); // foreign keys stay enforced: one row at a time
        tx.commit();
    }
    EXPECT_EQ(hashWorkspace(a), hashWorkspace(b));
}

// ------------------------------------------------------------------ cancel and errors

TEST(DemoGenerator, CancelAtTheFirstCallbackLeavesTheWorkspaceUntouched)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    auto before = schemaObjects(db);
    int calls = 0;
    EXPECT_THROW(generateDemo(db, small(),
                              [&](double, std::string_view) {
                                  ++calls;
                                  return false;
                              }),
                 CancelledError);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(totalRows(db), 0);
    EXPECT_EQ(schemaObjects(db), before);
}

TEST(DemoGenerator, CancelMidwayRollsEverythingBack)
{
    for (bool background : {true, false}) {
        test::TempDir dir;
        Database db(dir.file("w.vdw"));
        auto before = schemaObjects(db);
        DemoOptions o = small(20000);
        o.backgroundThread = background;
        double last = 0.0;
        EXPECT_THROW(generateDemo(db, o,
                                  [&](double fraction, std::string_view) {
                                      last = fraction;
                                      return fraction < 0.3;
                                  }),
                     CancelledError);
        EXPECT_GE(last, 0.3);
        EXPECT_EQ(totalRows(db), 0) << "background " << background;
        EXPECT_EQ(schemaObjects(db), before) << "indexes and triggers are back";
        EXPECT_EQ(db.queryInt("PRAGMA foreign_keys"), 1);
        {
            Statement mode = db.prepare("PRAGMA journal_mode");
            ASSERT_TRUE(mode.step());
            EXPECT_EQ(mode.getText(0), "wal");
        }
        // The workspace is still usable: generating again works.
        DemoSummary s = generateDemo(db, small(100));
        EXPECT_EQ(s.customers, 100);
    }
}

TEST(DemoGenerator, ProgressRisesToOne)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    std::vector<double> seen;
    generateDemo(db, small(), [&](double fraction, std::string_view status) {
        EXPECT_FALSE(status.empty());
        seen.push_back(fraction);
        return true;
    });
    ASSERT_GE(seen.size(), 3u);
    EXPECT_EQ(seen.front(), 0.0);
    EXPECT_EQ(seen.back(), 1.0);
    for (std::size_t i = 1; i < seen.size(); ++i)
        EXPECT_GE(seen[i], seen[i - 1]);
}

TEST(DemoGenerator, ZeroCustomersStillBuildsTheReferenceData)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    DemoSummary s = generateDemo(db, small(0));
    EXPECT_EQ(s.customers, 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM transactions"), 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM responses"), 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM journey_touchpoints"), 18);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM attributes"), 14);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM loyalty_tiers"), 4);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM kano_respondents WHERE customer_id IS NULL"), 300);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM kano_answers"), 300 * 6);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM segments"), 0); // nobody to segment
    EXPECT_EQ(s.segments, 0);
}

TEST(DemoGenerator, OneCustomerWorks)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    DemoSummary s = generateDemo(db, small(1));
    EXPECT_EQ(s.customers, 1);
    EXPECT_GE(s.transactions, 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM kano_respondents WHERE customer_id = 1"), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM kano_respondents WHERE customer_id IS NULL"), 299);
}

TEST(DemoGenerator, KanoAnswersDoNotDependOnTheNumberOfCustomers)
{
    test::TempDir dir;
    Database a(dir.file("a.vdw")), b(dir.file("b.vdw"));
    generateDemo(a, small(0));
    generateDemo(b, small(500));
    const char* sql = "SELECT group_concat(functional || dysfunctional || importance, ',') FROM "
                      "(SELECT * FROM kano_answers ORDER BY 1, 2)";
    Statement x = a.prepare(sql), y = b.prepare(sql);
    ASSERT_TRUE(x.step());
    ASSERT_TRUE(y.step());
    EXPECT_EQ(x.getText(0), y.getText(0));
}

TEST(DemoGenerator, RefusesAWorkspaceThatAlreadyHasData)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    generateDemo(db, small(50));
    std::uint64_t before = hashWorkspace(db);
    EXPECT_THROW(generateDemo(db, small(50)), Error);
    EXPECT_EQ(hashWorkspace(db), before);
}

TEST(DemoGenerator, RejectsImpossibleOptions)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    DemoOptions o = small(-1);
    EXPECT_THROW(generateDemo(db, o), Error);
    o = small();
    o.years = 0;
    EXPECT_THROW(generateDemo(db, o), Error);
    o = small();
    o.kanoRespondents = -3;
    EXPECT_THROW(generateDemo(db, o), Error);
    EXPECT_EQ(totalRows(db), 0);
}

TEST(DemoGenerator, PartsCanBeLeftOut)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    DemoOptions o = small(300);
    o.surveys = o.interactions = o.loyalty = o.kano = o.journeyMap = o.segments = o.clv = false;
    DemoSummary s = generateDemo(db, o);
    EXPECT_EQ(s.customers, 300);
    EXPECT_GT(s.transactions, 300);
    EXPECT_EQ(s.clvRun, 0);
    for (const char* table :
         {"responses", "interactions", "loyalty_points", "kano_studies", "journey_maps",
          "feedback_cases", "personas", "segments", "model_runs"})
        EXPECT_EQ(db.queryInt(std::string("SELECT count(*) FROM ") + table), 0) << table;
}

TEST(DemoGenerator, OtherWindowsWork)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    DemoOptions o = small(500);
    o.years = 1;
    o.endDate = date::toEpoch(2024, 2, 29, 12);
    generateDemo(db, o);
    EXPECT_LE(db.queryInt("SELECT max(ts) FROM transactions"), o.endDate);
    EXPECT_GE(db.queryInt("SELECT min(created_at) FROM customers"), date::toEpoch(2023, 2, 28));
}
