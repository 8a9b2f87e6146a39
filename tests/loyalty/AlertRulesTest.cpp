// Validation and storage of user-editable alert rules (settings key loyalty.alert_rules),
// what `metrics alerts --rules FILE.json` and the dashboard's "Alert rules…" dialog rely on.
#include "LoyaltyFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/loyalty/Alerts.h"
#include "valuedesk/storage/Workspace.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::loyalty;

namespace {

std::string errorOf(const std::string& json)
{
    try {
        parseAlertRules(json);
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

} // namespace

TEST(AlertRules, ClearErrorsNameTheRuleAndTheProblem)
{
    EXPECT_NE(errorOf(R"([{"metric": "nps", "kind": "drop"}, {"metric": "npss", "kind": "drop"}])")
                  .find("alert rule 2: unknown metric \"npss\""),
              std::string::npos);
    EXPECT_NE(errorOf(R"([{"metric": "nps", "kind": "below", "treshold": 5}])")
                  .find("unknown key \"treshold\""),
              std::string::npos);
    EXPECT_NE(errorOf(R"([{"metric": "nps", "kind": "below", "threshold": 150}])")
                  .find("outside -100 to 100"),
              std::string::npos);
    EXPECT_NE(errorOf(R"([{"metric": "csat", "kind": "above", "threshold": -1}])")
                  .find("outside 0 to 100 (percent)"),
              std::string::npos);
    EXPECT_NE(
        errorOf(R"([{"metric": "ces", "kind": "below", "threshold": 0.5}])").find("outside 1 to 7"),
        std::string::npos);
    EXPECT_NE(errorOf(R"([{"metric": "csat_mean", "kind": "below", "threshold": 6}])")
                  .find("outside 1 to 5"),
              std::string::npos);
    EXPECT_NE(errorOf(R"([{"metric": "nps", "kind": "drop"}, {"metric": "nps", "kind": "drop"}])")
                  .find("alert rule 2: repeats alert rule 1"),
              std::string::npos);
    EXPECT_NE(errorOf(R"([{"metric": "nps", "kind": "below", "threshold": 5, "enabled": "yes"}])")
                  .find("\"enabled\" must be true or false"),
              std::string::npos);
    // Same metric and kind with other thresholds is fine; a drop needs no threshold.
    EXPECT_EQ(parseAlertRules(R"([{"metric": "nps", "kind": "below", "threshold": 0},
                                  {"metric": "nps", "kind": "below", "threshold": -20},
                                  {"metric": "churn", "kind": "drop"}])")
                  .size(),
              3u);
    // Bounds are inclusive.
    EXPECT_FALSE(alertRuleProblem({AlertMetric::Nps, AlertKind::Below, -100.0, true}));
    EXPECT_FALSE(alertRuleProblem({AlertMetric::Ces, AlertKind::Above, 7.0, true}));
    EXPECT_TRUE(alertRuleProblem({AlertMetric::Ces, AlertKind::Above, 7.01, true}));
}

TEST(AlertRules, SaveValidatesAndResetRestoresDefaults)
{
    test::LoyaltyFixture f;
    EXPECT_FALSE(hasCustomAlertRules(f.db()));
    EXPECT_THROW(saveAlertRules(f.db(), {{AlertMetric::Nps, AlertKind::Below, 500.0, true}}),
                 InputError);
    EXPECT_FALSE(hasCustomAlertRules(f.db())) << "a refused save writes nothing";
    saveAlertRules(f.db(), {{AlertMetric::Retention, AlertKind::Below, 40.0, true},
                            {AlertMetric::Nps, AlertKind::Drop, 0.0, false}});
    EXPECT_TRUE(hasCustomAlertRules(f.db()));
    const auto rules = loadAlertRules(f.db());
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_EQ(rules[0].metric, AlertMetric::Retention);
    EXPECT_DOUBLE_EQ(rules[0].threshold, 40.0);
    EXPECT_FALSE(rules[1].enabled);
    resetAlertRules(f.db());
    EXPECT_FALSE(hasCustomAlertRules(f.db()));
    EXPECT_EQ(loadAlertRules(f.db()).size(), defaultAlertRules().size());
}

// A drop alert carries both period labels, so a GUI can phrase it in its own language.
TEST(AlertRules, AlertsCarryStructuredFields)
{
    auto period = [](const char* label, std::int64_t det, std::int64_t pro) {
        ScoreMetrics s = scoreMetricsFromCounts(label, ScoreCounts{det + pro, det, 0, pro});
        Period p;
        p.label = label;
        return periodValues(p, &s, nullptr);
    };
    const PeriodValues before = period("2024-03", 100, 400);
    const PeriodValues after = period("2024-04", 400, 100);
    const auto alerts =
        evaluateAlerts({{AlertMetric::Nps, AlertKind::Drop, 0.0, true}}, after, &before);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].period, "2024-04");
    EXPECT_EQ(alerts[0].previousPeriod, "2024-03");
    EXPECT_NEAR(alerts[0].value, -60.0, 1e-9);
    EXPECT_NEAR(*alerts[0].previous, 60.0, 1e-9);
    ASSERT_TRUE(alerts[0].test);
    EXPECT_LT(alerts[0].test->pValue, 1e-6);
}
