#include "valuedesk/segment/Rfm.h"

#include "SegmentFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/Activity.h"
#include "valuedesk/segment/Tiers.h"
#include "valuedesk/storage/Workspace.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace vd::segment;

namespace {

std::vector<int> scores(std::vector<double> v, Direction d)
{
    return quintileScores(v, d);
}

} // namespace

// Tie rule: score = 1 + floor(5 w / n), w = customers strictly worse. Hand-computed.
TEST(Quintiles, DistinctValuesGiveExactQuintiles)
{
    EXPECT_EQ(scores({10, 20, 30, 40, 50}, Direction::HigherIsBetter),
              (std::vector<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(scores({10, 20, 30, 40, 50}, Direction::LowerIsBetter),
              (std::vector<int>{5, 4, 3, 2, 1}));
    // n = 10: two customers per quintile.
    EXPECT_EQ(scores({9, 1, 8, 2, 7, 3, 6, 4, 5, 0}, Direction::HigherIsBetter),
              (std::vector<int>{5, 1, 5, 2, 4, 2, 4, 3, 3, 1}));
}

TEST(Quintiles, TiesShareTheScoreOfTheirWorstPosition)
{
    // Six 1s are the worst block (w = 0) -> 1; the 2 has w = 6 -> 1 + floor(30/10) = 4;
    // the 3: w = 7 -> 4; the 4: w = 8 -> 5; the 5: w = 9 -> 5.
    EXPECT_EQ(scores({1, 1, 1, 1, 1, 1, 2, 3, 4, 5}, Direction::HigherIsBetter),
              (std::vector<int>{1, 1, 1, 1, 1, 1, 4, 4, 5, 5}));
    // Lower is better: 5 (w=0) -> 1, 4 (w=1) -> 1, 3 (w=2) -> 2, 2 (w=3) -> 2, the 1s (w=4)
    // -> 3.
    EXPECT_EQ(scores({1, 1, 1, 1, 1, 1, 2, 3, 4, 5}, Direction::LowerIsBetter),
              (std::vector<int>{3, 3, 3, 3, 3, 3, 2, 2, 1, 1}));
    EXPECT_EQ(scores({7, 7, 7}, Direction::HigherIsBetter), (std::vector<int>{1, 1, 1}));
    EXPECT_EQ(scores({7}, Direction::HigherIsBetter), (std::vector<int>{1}));
    EXPECT_TRUE(scores({}, Direction::HigherIsBetter).empty());
}

TEST(Quintiles, DoNotDependOnInputOrder)
{
    std::vector<double> v = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
    auto s = quintileScores(v, Direction::HigherIsBetter);
    std::vector<std::size_t> perm(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        perm[i] = (i * 7 + 3) % v.size();
    std::vector<double> shuffled;
    for (auto p : perm)
        shuffled.push_back(v[p]);
    auto s2 = quintileScores(shuffled, Direction::HigherIsBetter);
    for (std::size_t i = 0; i < v.size(); ++i)
        EXPECT_EQ(s2[i], s[perm[i]]);
    for (std::size_t i = 0; i < v.size(); ++i) {
        for (std::size_t j = 0; j < v.size(); ++j) {
            if (v[i] == v[j]) {
                EXPECT_EQ(s[i], s[j]);
            }
        }
    }
}

TEST(Quintiles, HugeValuesAndNaN)
{
    EXPECT_EQ(scores({1e300, -1e300, 0, 1e-300, 5e299}, Direction::HigherIsBetter),
              (std::vector<int>{5, 1, 2, 3, 4}));
    EXPECT_THROW(scores({1, std::nan(""), 3}, Direction::HigherIsBetter), vd::InputError);
}

TEST(Median, OddEvenEmpty)
{
    EXPECT_EQ(median({3, 1, 2}), 2.0);
    EXPECT_EQ(median({4, 1, 3, 2}), 2.5);
    EXPECT_FALSE(median({}).has_value());
}

// ---------------------------------------------------------------- grid

TEST(RfmGrid, DefaultCoversEveryCellOnce)
{
    RfmGrid g = RfmGrid::defaults();
    EXPECT_TRUE(g.problems().empty());
    ASSERT_EQ(g.segments().size(), 10u);
    std::size_t cells = 0;
    for (const auto& s : g.segments())
        cells += s.cells.size();
    EXPECT_EQ(cells, 25u);
    auto name = [&](int r, int f) {
        return g.segments()[static_cast<std::size_t>(g.segmentAt(r, f))].name;
    };
    // The R x F map read as "RF" codes (docs/methods.md).
    EXPECT_EQ(name(5, 5), "Champions");
    EXPECT_EQ(name(5, 4), "Champions");
    EXPECT_EQ(name(4, 5), "Loyal");
    EXPECT_EQ(name(3, 4), "Loyal");
    EXPECT_EQ(name(5, 2), "Potential loyalist");
    EXPECT_EQ(name(4, 3), "Potential loyalist");
    EXPECT_EQ(name(5, 1), "New");
    EXPECT_EQ(name(4, 1), "Promising");
    EXPECT_EQ(name(3, 3), "Need attention");
    EXPECT_EQ(name(3, 1), "About to sleep");
    EXPECT_EQ(name(3, 2), "About to sleep");
    EXPECT_EQ(name(2, 3), "At risk");
    EXPECT_EQ(name(1, 4), "At risk");
    EXPECT_EQ(name(1, 5), "Can't lose");
    EXPECT_EQ(name(2, 5), "Can't lose");
    EXPECT_EQ(name(1, 1), "Hibernating");
    EXPECT_EQ(name(2, 2), "Hibernating");
}

TEST(RfmGrid, GapsAndOverlapsAreNamed)
{
    RfmGrid g = RfmGrid::defaults();
    g.clear(3, 3); // Need attention loses its only cell
    auto p = g.problems();
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0], "\"Need attention\" has no cells");
    EXPECT_EQ(p[1], "cell R3 F3 is not in any segment");
    EXPECT_THROW(g.validate(), vd::InputError);
    try {
        g.validate();
    } catch (const vd::InputError& e) {
        EXPECT_NE(std::string(e.what()).find("R3 F3"), std::string::npos);
    }

    RfmGrid o = RfmGrid::defaults();
    o.segments()[1].cells.push_back({5, 5}); // Loyal also claims a Champions cell
    p = o.problems();
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0], "cell R5 F5 is in more than one segment: \"Champions\" and \"Loyal\"");
}

TEST(RfmGrid, NamesAndRangesAreChecked)
{
    RfmGrid g = RfmGrid::defaults();
    g.segments()[1].name = "Champions";
    g.segments()[2].name = "";
    g.segments()[3].cells.push_back({6, 1});
    auto p = g.problems();
    auto has = [&](const std::string& s) { return std::find(p.begin(), p.end(), s) != p.end(); };
    EXPECT_TRUE(has("the name \"Champions\" is used by more than one segment"));
    EXPECT_TRUE(has("segment 3 has no name"));
    EXPECT_TRUE(has("\"New\" has cell R6 F1 outside the 1..5 scores"));
}

TEST(RfmGrid, AssignMovesACell)
{
    RfmGrid g = RfmGrid::defaults();
    const int lost = static_cast<int>(g.segments().size());
    g.segments().push_back({"Lost", {}});
    g.assign(1, 1, lost);
    EXPECT_TRUE(g.isValid());
    EXPECT_EQ(g.segmentAt(1, 1), lost);
    EXPECT_THROW(g.assign(0, 1, 0), vd::InputError);
    EXPECT_THROW(g.assign(1, 1, 99), vd::InputError);
}

TEST(RfmGrid, JsonRoundTripAndSettings)
{
    vd::test::TempDir dir;
    vd::Database db(dir.file("g.vdw"));
    RfmGrid g = RfmGrid::defaults();
    EXPECT_EQ(RfmGrid::fromJson(g.toJson()), g);
    EXPECT_EQ(RfmGrid::load(db), g) << "defaults when nothing is stored";
    g.segments()[0].name = "Best";
    g.save(db);
    EXPECT_EQ(RfmGrid::load(db), g);

    RfmGrid bad = g;
    bad.clear(5, 5);
    EXPECT_THROW(bad.save(db), vd::InputError);
    EXPECT_EQ(RfmGrid::load(db), g) << "a refused grid is not stored";

    vd::WorkspaceInfo(db).setSetting(RfmGrid::kSettingKey, "{\"segments\": [{\"name\": 3}]}");
    try {
        RfmGrid::load(db);
        FAIL();
    } catch (const vd::InputError& e) {
        EXPECT_NE(std::string(e.what()).find(RfmGrid::kSettingKey), std::string::npos);
    }
    EXPECT_THROW(RfmGrid::fromJson("{not json"), vd::InputError);
    EXPECT_THROW(RfmGrid::fromJson("{\"segments\": [{\"name\": \"A\", \"cells\": [[1]]}]}"),
                 vd::InputError);
}

// ---------------------------------------------------------------- from the database

class RfmDb : public vd::test::SegmentFixture
{
protected:
    // Ten buyers whose R, F, M ranks are hand-scored in the test below, one who only bought
    // after the reference date and one who never bought.
    void SetUp() override
    {
        SegmentFixture::SetUp();
        struct Buyer
        {
            const char* last;
            int count;
            double total;
        };
        const Buyer buyers[] = {{"2024-01-31", 10, 1000}, {"2024-01-30", 8, 800},
                                {"2024-01-25", 6, 600},   {"2024-01-20", 5, 500},
                                {"2024-01-10", 4, 400},   {"2023-12-31", 3, 300},
                                {"2023-12-01", 2, 200},   {"2023-11-01", 1, 100},
                                {"2023-10-01", 1, 50},    {"2023-09-01", 1, 20}};
        for (int i = 0; i < 10; ++i) {
            ids.push_back(customer("C" + std::to_string(i + 1)));
            const auto& b = buyers[i];
            for (int k = 1; k < b.count; ++k)
                order(ids.back(), "2023-06-0" + std::to_string(k % 9 + 1), b.total / b.count);
            order(ids.back(), b.last, b.total / b.count);
        }
        order(ids[0], "2024-01-15", 100, std::nullopt, true); // return, positive amount
        order(ids[1], "2024-01-16", -50, std::nullopt, true); // return, negative amount
        late = customer("LATE");
        order(late, "2024-02-05", 70);
        never = customer("NEVER");
    }
    std::vector<std::int64_t> ids;
    std::int64_t late = 0, never = 0;
};

TEST_F(RfmDb, ScoresSegmentsAndSummaries)
{
    RfmOptions o;
    o.referenceDay = day("2024-01-31");
    RfmResult r = computeRfm(db(), o);
    ASSERT_EQ(r.customers.size(), 10u);
    EXPECT_EQ(r.customersWithoutPurchase, 2);
    const int R[] = {5, 5, 4, 4, 3, 3, 2, 2, 1, 1};
    const int F[] = {5, 5, 4, 4, 3, 3, 2, 1, 1, 1};
    const int M[] = {5, 5, 4, 4, 3, 3, 2, 2, 1, 1};
    const std::int64_t recency[] = {0, 1, 6, 11, 21, 31, 61, 91, 122, 152};
    const char* segment[] = {"Champions",      "Champions",      "Loyal",       "Loyal",
                             "Need attention", "Need attention", "Hibernating", "Hibernating",
                             "Hibernating",    "Hibernating"};
    for (std::size_t i = 0; i < 10; ++i) {
        const auto& c = r.customers[i];
        EXPECT_EQ(c.customerId, ids[i]);
        EXPECT_EQ(c.recencyDays, recency[i]) << i;
        EXPECT_EQ(c.r, R[i]) << i;
        EXPECT_EQ(c.f, F[i]) << i;
        EXPECT_EQ(c.m, M[i]) << i;
        EXPECT_EQ(r.grid.segments()[static_cast<std::size_t>(c.segment)].name, segment[i]) << i;
    }
    EXPECT_DOUBLE_EQ(r.customers[0].monetary, 900.0) << "1000 - return of 100";
    EXPECT_DOUBLE_EQ(r.customers[1].monetary, 750.0) << "800 - return stored as -50";
    EXPECT_EQ(r.customers[0].frequency, 10) << "returns are not purchases";

    const double total = 900 + 750 + 600 + 500 + 400 + 300 + 200 + 100 + 50 + 20;
    EXPECT_DOUBLE_EQ(r.totalRevenue, total);
    const auto& champions = r.segments[0];
    EXPECT_EQ(champions.name, "Champions");
    EXPECT_EQ(champions.customers, 2);
    EXPECT_DOUBLE_EQ(champions.revenue, 1650.0);
    EXPECT_DOUBLE_EQ(*champions.revenueShare, 1650.0 / total);
    EXPECT_DOUBLE_EQ(*champions.medianRecencyDays, 0.5);
    EXPECT_DOUBLE_EQ(*champions.medianFrequency, 9.0);
    EXPECT_DOUBLE_EQ(*champions.medianMonetary, 825.0);
    const auto& hib = r.segments[9];
    EXPECT_EQ(hib.name, "Hibernating");
    EXPECT_EQ(hib.customers, 4);
    EXPECT_DOUBLE_EQ(*hib.medianRecencyDays, (91 + 122) / 2.0);
    EXPECT_DOUBLE_EQ(*hib.medianFrequency, 1.0);
    EXPECT_DOUBLE_EQ(*hib.medianMonetary, 75.0);
    EXPECT_EQ(r.segments[3].customers, 0) << "New is empty";
    EXPECT_FALSE(r.segments[3].medianMonetary.has_value());

    EXPECT_EQ(r.heatCount[4][4], 2);
    EXPECT_DOUBLE_EQ(r.heatRevenue[4][4], 1650.0);
    EXPECT_EQ(r.heatCount[0][0], 2);
    std::int64_t cells = 0;
    for (const auto& row : r.heatCount)
        for (auto v : row)
            cells += v;
    EXPECT_EQ(cells, 10);
}

TEST_F(RfmDb, DefaultReferenceDateIsTheNewestTransaction)
{
    RfmResult r = computeRfm(db());
    EXPECT_EQ(r.referenceDay, day("2024-02-05"));
    EXPECT_EQ(r.customers.size(), 11u) << "the late buyer is scored now";
    EXPECT_EQ(r.customersWithoutPurchase, 1);
}

TEST_F(RfmDb, EarlyReferenceDateIgnoresLaterPurchases)
{
    RfmOptions o;
    o.referenceDay = day("2023-10-15");
    RfmResult r = computeRfm(db(), o);
    // Buyers 1..7 made their early orders in June 2023; buyers 9 and 10 bought on
    // 2023-10-01 and 2023-09-01.
    EXPECT_EQ(r.customers.size(), 9u);
    for (const auto& c : r.customers)
        EXPECT_NE(c.customerId, ids[7]) << "buyer 8 only bought on 2023-11-01";
}

TEST_F(RfmDb, SameAnswerWithHelperThreads)
{
    RfmOptions one, two;
    one.threads = 1;
    two.threads = 2;
    auto a = computeRfm(db(), one);
    auto b = computeRfm(db(), two);
    ASSERT_EQ(a.customers.size(), b.customers.size());
    for (std::size_t i = 0; i < a.customers.size(); ++i) {
        EXPECT_EQ(a.customers[i].customerId, b.customers[i].customerId);
        EXPECT_EQ(a.customers[i].frequency, b.customers[i].frequency);
        EXPECT_DOUBLE_EQ(a.customers[i].monetary, b.customers[i].monetary);
        EXPECT_EQ(a.customers[i].segment, b.customers[i].segment);
    }
}

// A table read before serves RFM only for the day it covers (the demo reads once for RFM
// and the pyramid); for another day RFM reads the transactions itself.
TEST_F(RfmDb, ReusesActivityOnlyForTheDayItCovers)
{
    const ActivityTable all = loadActivity(db(), latestTransactionDay(db()), {}, 1);
    EXPECT_TRUE(activityCovers(db(), all, std::nullopt)) << "through the newest day is all";
    EXPECT_TRUE(activityCovers(db(), all, day("2030-01-01")));
    EXPECT_FALSE(activityCovers(db(), all, day("2024-01-31")));

    RfmOptions fresh, reused;
    reused.activity = &all;
    const RfmResult a = computeRfm(db(), fresh);
    const RfmResult b = computeRfm(db(), reused);
    ASSERT_EQ(a.customers.size(), b.customers.size());
    for (std::size_t i = 0; i < a.customers.size(); ++i) {
        EXPECT_EQ(a.customers[i].customerId, b.customers[i].customerId);
        EXPECT_EQ(a.customers[i].segment, b.customers[i].segment);
        EXPECT_DOUBLE_EQ(a.customers[i].monetary, b.customers[i].monetary);
    }

    // Reused for an earlier day, the table would score the late buyer; it is not reused.
    reused.referenceDay = day("2024-01-31");
    EXPECT_EQ(computeRfm(db(), reused).customers.size(), 10u);

    // The revenue pyramid takes the same table.
    PyramidOptions p;
    p.basis = PyramidBasis::Revenue;
    const PyramidResult pa = computePyramid(db(), p);
    p.activity = &all;
    const PyramidResult pb = computePyramid(db(), p);
    ASSERT_EQ(pa.members.size(), pb.members.size());
    for (std::size_t i = 0; i < pa.members.size(); ++i) {
        EXPECT_EQ(pa.members[i].level, pb.members[i].level);
        EXPECT_DOUBLE_EQ(pa.members[i].value, pb.members[i].value);
    }
}

TEST_F(RfmDb, CustomGridAndInvalidGrid)
{
    RfmOptions o;
    o.referenceDay = day("2024-01-31");
    o.grid = RfmGrid(std::vector<RfmSegmentDef>{RfmSegmentDef{"Everyone", {}}});
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            o.grid.segments()[0].cells.push_back({r, f});
    auto r = computeRfm(db(), o);
    EXPECT_EQ(r.segments[0].customers, 10);
    o.grid.clear(2, 2);
    EXPECT_THROW(computeRfm(db(), o), vd::InputError);
}

TEST(RfmEmpty, NoTransactionsIsAnAnalysisError)
{
    vd::test::TempDir dir;
    vd::Database db(dir.file("e.vdw"));
    EXPECT_THROW(computeRfm(db), vd::AnalysisError);
}

TEST(RfmPure, OneCustomerAndBadInputs)
{
    auto r = scoreRfm({{7, 100, 1, 10.0}}, 100, RfmGrid::defaults());
    ASSERT_EQ(r.customers.size(), 1u);
    EXPECT_EQ(r.customers[0].r, 1);
    EXPECT_EQ(r.customers[0].segment, 9) << "R1 F1 is Hibernating";
    EXPECT_THROW(scoreRfm({{7, 101, 1, 10.0}}, 100, RfmGrid::defaults()), vd::InputError);
    EXPECT_THROW(scoreRfm({{7, 100, 0, 10.0}}, 100, RfmGrid::defaults()), vd::InputError);
    EXPECT_THROW(scoreRfm({{7, 100, 1, std::nan("")}}, 100, RfmGrid::defaults()), vd::InputError);
}
