#include "valuedesk/loyalty/Alerts.h"

#include "LoyaltyFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/loyalty/Dashboard.h"
#include "valuedesk/storage/Workspace.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::loyalty;
using vd::test::day;

namespace {

PeriodValues npsPeriod(const std::string& label, std::int64_t det, std::int64_t pas,
                       std::int64_t pro)
{
    ScoreMetrics s = scoreMetricsFromCounts(label, ScoreCounts{det + pas + pro, det, pas, pro});
    Period p;
    p.label = label;
    return periodValues(p, &s, nullptr);
}

PeriodValues churnPeriod(const std::string& label, std::int64_t previousBuyers,
                         std::int64_t retained)
{
    RetentionMetrics r;
    r.period.label = label;
    r.previousBuyers = previousBuyers;
    r.retained = retained;
    r.retention = proportionInterval(retained, previousBuyers);
    r.churn = proportionInterval(previousBuyers - retained, previousBuyers);
    return periodValues(r.period, nullptr, &r);
}

} // namespace

TEST(Alerts, ThresholdRules)
{
    std::vector<AlertRule> rules = {{AlertMetric::Nps, AlertKind::Below, 0.0, true},
                                    {AlertMetric::Churn, AlertKind::Above, 30.0, true},
                                    {AlertMetric::Nps, AlertKind::Below, 50.0, false}};
    // NPS (det 4, pas 3, pro 3) = -10 < 0 fires; the disabled rule never does.
    auto fired = evaluateAlerts(rules, npsPeriod("2024-04", 4, 3, 3), nullptr);
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_NEAR(fired[0].value, -10.0, 1e-12);
    EXPECT_NE(fired[0].message.find("below the threshold"), std::string::npos);
    EXPECT_TRUE(evaluateAlerts(rules, npsPeriod("2024-04", 3, 3, 4), nullptr).empty());
    // Exactly at the threshold does not fire ("below" is strict).
    EXPECT_TRUE(evaluateAlerts(rules, npsPeriod("2024-04", 1, 0, 1), nullptr).empty());
    // Churn 40 % > 30 % fires; a period without data fires nothing.
    EXPECT_EQ(evaluateAlerts(rules, churnPeriod("2024-04", 10, 6), nullptr).size(), 1u);
    EXPECT_TRUE(evaluateAlerts(rules, PeriodValues{}, nullptr).empty());
}

// The drop rule fires only on a significant change for the worse. (30,20,50) -> (40,20,40),
// n = 100 each: z = -1.586, p = 0.113 (see ScoresTest): not significant; ten times the
// sample is.
TEST(Alerts, SignificantDropRule)
{
    std::vector<AlertRule> rules = {{AlertMetric::Nps, AlertKind::Drop, 0.0, true},
                                    {AlertMetric::Churn, AlertKind::Drop, 0.0, true}};
    PeriodValues good = npsPeriod("2024-03", 30, 20, 50);
    PeriodValues bad = npsPeriod("2024-04", 40, 20, 40);
    EXPECT_TRUE(evaluateAlerts(rules, bad, &good).empty());
    EXPECT_TRUE(evaluateAlerts(rules, good, &bad).empty()) << "a rise is not a drop";
    PeriodValues goodBig = npsPeriod("2024-03", 300, 200, 500);
    PeriodValues badBig = npsPeriod("2024-04", 400, 200, 400);
    auto fired = evaluateAlerts(rules, badBig, &goodBig);
    ASSERT_EQ(fired.size(), 1u);
    ASSERT_TRUE(fired[0].test);
    EXPECT_LT(fired[0].test->pValue, 0.05);
    EXPECT_NEAR(*fired[0].previous, 20.0, 1e-12);
    EXPECT_NE(fired[0].message.find("from +20.0 in 2024-03 to +0.0 in 2024-04"), std::string::npos)
        << fired[0].message;

    // Churn is worse when it rises: 10 % -> 40 % of 100 is significant (z = 4.95).
    const PeriodValues low = churnPeriod("a", 100, 90);
    const PeriodValues high = churnPeriod("b", 100, 60);
    auto churn = evaluateAlerts(rules, high, &low);
    ASSERT_EQ(churn.size(), 1u);
    EXPECT_EQ(churn[0].rule.metric, AlertMetric::Churn);
    EXPECT_TRUE(evaluateAlerts(rules, low, &high).empty());
}

TEST(Alerts, RulesJsonRoundTripAndValidation)
{
    auto rules = defaultAlertRules();
    auto back = parseAlertRules(alertRulesToJson(rules));
    ASSERT_EQ(back.size(), rules.size());
    EXPECT_EQ(back[5].metric, AlertMetric::Csat);
    EXPECT_EQ(back[5].kind, AlertKind::Below);
    EXPECT_DOUBLE_EQ(back[5].threshold, 70.0);
    EXPECT_THROW(parseAlertRules("[{\"metric\": \"npx\", \"kind\": \"drop\"}]"), InputError);
    EXPECT_THROW(parseAlertRules("[{\"metric\": \"nps\", \"kind\": \"below\"}]"), InputError);
    EXPECT_THROW(parseAlertRules("[{\"metric\": \"nps\", \"kind\": \"sideways\"}]"), InputError);
    EXPECT_THROW(parseAlertRules("nope"), InputError);

    test::LoyaltyFixture f;
    EXPECT_EQ(loadAlertRules(f.db()).size(), rules.size()) << "defaults when unset";
    saveAlertRules(f.db(), {{AlertMetric::Ces, AlertKind::Below, 4.5, true}});
    auto saved = loadAlertRules(f.db());
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].metric, AlertMetric::Ces);
}

namespace {

// March 2024: 40 promoters, 10 detractors (NPS 60); April: 10 promoters, 40 detractors
// (NPS -60), i.e. adjusted z = -7.6: a certain drop, and below 0.
void fillDrop(test::LoyaltyFixture& f)
{
    auto c = f.customer("c");
    for (int i = 0; i < 50; ++i) {
        f.response(c, day(2024, 3, 1 + i % 28), i < 40 ? 10 : 2, i < 45 ? 5 : 1);
        f.response(c, day(2024, 4, 1 + i % 28), i < 10 ? 10 : 2, i < 20 ? 5 : 1);
    }
}

} // namespace

TEST(Alerts, EvaluatedFromTheWorkspace)
{
    test::LoyaltyFixture f;
    fillDrop(f);
    AlertContext ctx; // as of the latest response: April 2024
    auto alerts = evaluateAlerts(f.db(), ctx);
    // Default rules: NPS drop, CSAT drop (90 % -> 40 %), NPS below 0, CSAT below 70 %.
    ASSERT_EQ(alerts.size(), 4u);
    for (const Alert& a : alerts)
        EXPECT_EQ(a.period, "2024-04");
    EXPECT_EQ(alerts[0].rule.metric, AlertMetric::Nps);
    EXPECT_NEAR(alerts[0].value, -60.0, 1e-12);
    // As of March only level rules can fire, and March is fine.
    ctx.asOf = day(2024, 3, 15);
    EXPECT_TRUE(evaluateAlerts(f.db(), ctx).empty());

    WorkspaceInfo(f.db()).setSetting("loyalty.alert_rules", "[");
    EXPECT_THROW(evaluateAlerts(f.db(), AlertContext{}), InputError);
}

TEST(Dashboard, KpiTilesWithChangeAndSignificance)
{
    test::LoyaltyFixture f;
    fillDrop(f);
    auto a = f.customer("a");
    auto b = f.customer("b");
    f.order(a, day(2024, 3, 2), 10);
    f.order(b, day(2024, 3, 3), 20);
    f.order(a, day(2024, 4, 2), 30);
    f.order(a, day(2024, 4, 3), 5);
    f.clvRun({{a, 100.0}, {b, 300.0}});
    f.clvRun({{a, 150.0}, {b, 350.0}});

    DashboardQuery q;
    q.trendPeriods = 3;
    DashboardData d = computeDashboard(f.db(), q);
    EXPECT_FALSE(d.empty);
    EXPECT_EQ(d.current.label, "2024-04");
    EXPECT_EQ(d.previous.label, "2024-03");
    ASSERT_EQ(d.trend.size(), 3u);
    EXPECT_EQ(d.trend[0].key, "2024-02");
    ASSERT_EQ(d.kpis.size(), 9u);

    const Kpi* nps = d.kpi("nps");
    EXPECT_NEAR(*nps->value, -60.0, 1e-12);
    EXPECT_NEAR(*nps->previous, 60.0, 1e-12);
    EXPECT_NEAR(*nps->change(), -120.0, 1e-12);
    EXPECT_TRUE(nps->significant);
    EXPECT_LT(*nps->lower, -60.0 + 1e-9 + 20.0);

    // April buyers: a (2 orders); March: a, b. Retention 1/2, repurchase 1/1, churn 1/2.
    EXPECT_NEAR(*d.kpi("retention")->value, 50.0, 1e-12);
    EXPECT_NEAR(*d.kpi("repurchase")->value, 100.0, 1e-12);
    EXPECT_NEAR(*d.kpi("churn")->value, 50.0, 1e-12);
    EXPECT_FALSE(d.kpi("churn")->higherIsBetter);
    EXPECT_NEAR(*d.kpi("customers")->value, 1.0, 1e-12);
    EXPECT_NEAR(*d.kpi("customers")->previous, 2.0, 1e-12);
    EXPECT_NEAR(*d.kpi("revenue")->value, 35.0, 1e-12);
    // Average CLV of the newest run (250) against the previous run (200).
    EXPECT_NEAR(*d.kpi("clv")->value, 250.0, 1e-12);
    EXPECT_NEAR(*d.kpi("clv")->change(), 50.0, 1e-12);
    EXPECT_FALSE(d.kpi("ces")->value) << "nobody answered CES";
    EXPECT_EQ(d.alerts.size(), 4u);

    DashboardData empty = computeDashboard(test::LoyaltyFixture().db(), q);
    EXPECT_TRUE(empty.empty);
    EXPECT_TRUE(empty.kpis.empty());
}
