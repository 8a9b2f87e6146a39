// afterDataChange: the closed loop runs by itself after imports, on open and after the demo.
#include "valuedesk/loyalty/DataChange.h"

#include "LoyaltyFixture.h"
#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::loyalty;
using vd::test::day;

TEST(AfterDataChange, OpensCasesOnceEvaluatesAlertsAndRefreshesRollups)
{
    test::LoyaltyFixture f;
    auto a = f.customer("a");
    // March: NPS +50 (3 promoters, 1 detractor); April: NPS -50 (3 detractors).
    for (int i = 0; i < 3; ++i)
        f.response(a, day(2024, 3, 2 + i), 10);
    f.response(a, day(2024, 3, 9), 2);
    f.response(a, day(2024, 4, 2), 10);
    for (int i = 0; i < 3; ++i)
        f.response(a, day(2024, 4, 3 + i), 1, std::nullopt, std::nullopt, "app", "order_app",
                   "The app keeps crashing");
    f.order(a, day(2024, 3, 1), 10);
    f.order(a, day(2024, 4, 1), 12);

    const DataChangeResult first = afterDataChange(f.db(), day(2024, 4, 30));
    EXPECT_FALSE(first.readOnly);
    EXPECT_EQ(first.cases.detractors, 4);
    EXPECT_EQ(first.retentionRollup, RollupChange::Rebuilt);
    EXPECT_TRUE(first.responseRollupRebuilt);
    bool npsBelow = false;
    for (const Alert& al : first.alerts)
        npsBelow = npsBelow || (al.rule.metric == AlertMetric::Nps &&
                                al.rule.kind == AlertKind::Below && al.period == "2024-04");
    EXPECT_TRUE(npsBelow);
    EXPECT_EQ(f.db().queryInt("SELECT count(*) FROM feedback_cases WHERE category = 'app'"), 3);

    // Idempotent: nothing new, nothing rebuilt; the alerts still fire.
    const DataChangeResult again = afterDataChange(f.db(), day(2024, 4, 30));
    EXPECT_EQ(again.cases.total(), 0);
    EXPECT_EQ(again.retentionRollup, RollupChange::None);
    EXPECT_FALSE(again.responseRollupRebuilt);
    EXPECT_EQ(again.alerts.size(), first.alerts.size());

    // New data: one more detractor and an order are picked up.
    f.response(a, day(2024, 5, 2), 0);
    f.order(a, day(2024, 5, 3), 9);
    const DataChangeResult later = afterDataChange(f.db(), day(2024, 5, 31));
    EXPECT_EQ(later.cases.detractors, 1);
    EXPECT_NE(later.retentionRollup, RollupChange::None); // few orders: rebuilt
    for (const Alert& al : later.alerts)
        EXPECT_EQ(al.period, "2024-05");
}

TEST(AfterDataChange, ReadOnlyWorkspaceOnlyEvaluatesAlerts)
{
    test::LoyaltyFixture f;
    auto a = f.customer("a");
    f.response(a, day(2024, 4, 2), 1);
    Database::Options ro;
    ro.readOnly = true;
    Database db(f.path(), ro);
    const DataChangeResult r = afterDataChange(db, day(2024, 4, 30));
    EXPECT_TRUE(r.readOnly);
    EXPECT_EQ(r.cases.total(), 0);
    EXPECT_FALSE(r.alerts.empty()); // NPS -100 below 0
    EXPECT_EQ(f.db().queryInt("SELECT count(*) FROM feedback_cases"), 0);
}

// The fresh demo leaves no detractor or negative item without a case, and its cases carry
// exactly what openCases would give them: lexicon sentiment, keyword category, no made-up
// value at risk (docs/demo.md, feedback_cases).
TEST(AfterDataChange, FreshDemoHasEveryCaseTheLoopWouldOpen)
{
    test::TempDir dir;
    Database db(dir.file("demo.vdw"));
    DemoOptions o;
    o.customers = 1500;
    o.seed = 3;
    o.kano = false;
    const DemoSummary s = generateDemo(db, o);
    ASSERT_GT(s.feedbackCases, 0);
    EXPECT_EQ(openCases(db, o.endDate).total(), 0) << "no un-cased detractor or complaint";
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM feedback_cases WHERE value_at_risk IS NOT NULL"),
              0);
    EXPECT_EQ(db.queryInt("SELECT count(DISTINCT status) FROM feedback_cases"), 4);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM feedback_cases WHERE summary LIKE 'Unhappy%'"
                          " OR summary LIKE 'Detractor:%'"),
              0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM period_buyers_state"), 1) << "rollup built";

    const auto rules = defaultCategoryRules();
    Statement st =
        db.prepare("SELECT r.nps, r.csat, r.ces, coalesce(r.comment, ''), r.touchpoint, r.channel,"
                   " f.category, f.sentiment, f.summary FROM feedback_cases f"
                   " JOIN responses r ON r.id = f.response_id");
    int checked = 0, other = 0;
    auto score = [&st](int col) {
        return st.isNull(col) ? std::nullopt : std::optional<int>(static_cast<int>(st.getInt(col)));
    };
    while (st.step()) {
        const FeedbackTriage t = triageResponse(score(0), score(1), score(2), st.getText(3),
                                                st.getText(4), st.getText(5), rules);
        ASSERT_TRUE(t.opensCase);
        EXPECT_EQ(st.getText(6), t.category);
        EXPECT_EQ(st.getOptDouble(7), t.sentiment);
        EXPECT_EQ(st.getText(8), t.summary);
        other += t.category == "other";
        ++checked;
    }
    EXPECT_GT(checked, 50);
    EXPECT_LT(other * 10, checked) << "the demo's topics are the default categories";
}

// The demo counts the retention rollup from the orders as it writes them
// (RetentionRollupBuilder): it must be current on open and equal, period by period, to the
// rollup a full rebuild reads back from the transactions table.
TEST(AfterDataChange, DemoRetentionRollupEqualsARebuild)
{
    test::TempDir dir;
    Database db(dir.file("demo.vdw"));
    DemoOptions o;
    o.customers = 1200;
    o.seed = 11;
    o.kano = false;
    generateDemo(db, o);
    EXPECT_EQ(refreshRetentionRollup(db), RollupChange::None) << "current on open";

    struct Row
    {
        std::string grain;
        std::int64_t start, buyers, repeat, retained, orders;
        double revenue;
    };
    auto snapshot = [&db] {
        std::vector<Row> rows;
        Statement st = db.prepare("SELECT grain, period_start, buyers, repeat_buyers, retained,"
                                  " orders, revenue FROM period_buyers ORDER BY 1, 2");
        while (st.step())
            rows.push_back({st.getText(0), st.getInt(1), st.getInt(2), st.getInt(3), st.getInt(4),
                            st.getInt(5), st.getDouble(6)});
        return rows;
    };
    const std::vector<Row> streamed = snapshot();
    ASSERT_GT(streamed.size(), 150u) << "three years of weeks, months and quarters";
    EXPECT_GT(db.queryInt("SELECT sum(retained) FROM period_buyers"), 0);

    db.exec("DELETE FROM period_buyers_state");
    ASSERT_EQ(refreshRetentionRollup(db), RollupChange::Rebuilt);
    const std::vector<Row> rebuilt = snapshot();
    ASSERT_EQ(rebuilt.size(), streamed.size());
    for (std::size_t i = 0; i < rebuilt.size(); ++i) {
        SCOPED_TRACE(rebuilt[i].grain + " " + std::to_string(rebuilt[i].start));
        EXPECT_EQ(streamed[i].grain, rebuilt[i].grain);
        EXPECT_EQ(streamed[i].start, rebuilt[i].start);
        EXPECT_EQ(streamed[i].buyers, rebuilt[i].buyers);
        EXPECT_EQ(streamed[i].repeat, rebuilt[i].repeat);
        EXPECT_EQ(streamed[i].retained, rebuilt[i].retained);
        EXPECT_EQ(streamed[i].orders, rebuilt[i].orders);
        EXPECT_DOUBLE_EQ(streamed[i].revenue, rebuilt[i].revenue);
    }
}
