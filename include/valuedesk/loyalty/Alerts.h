#pragma once

#include "valuedesk/loyalty/Metrics.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

// Alert thresholds on loyalty metrics. A manager should hear about a fall in NPS only when
// it is real, so besides fixed levels ("CSAT below 70 %") a rule can fire on a change for
// the worse against the previous period that is significant at the chosen confidence.
// Rules live in the workspace settings (key loyalty.alert_rules, JSON) and are evaluated on
// demand: by the dashboard when it opens and after data changes, by `metrics alerts`.
namespace vd::loyalty {

// Metric values are in display units: NPS in points, shares (csat, ces_agree, retention,
// repurchase, churn) in percent, means on their 1-5 / 1-7 scale.
enum class AlertMetric { Nps, Csat, CsatMean, Ces, CesAgree, Retention, Repurchase, Churn };

const char* alertMetricName(AlertMetric m);  // "nps", "csat", "csat_mean", "ces", "ces_agree", ...
const char* alertMetricLabel(AlertMetric m); // "NPS", "CSAT", "CSAT mean", ... for messages
std::optional<AlertMetric> parseAlertMetric(std::string_view text);
// Churn is the only metric where a rise is bad.
bool higherIsBetter(AlertMetric m);

enum class AlertKind {
    Below, // value < threshold
    Above, // value > threshold
    Drop   // significant change for the worse vs the previous period (a rise for churn)
};
const char* alertKindName(AlertKind k); // "below", "above", "drop"

struct AlertRule
{
    AlertMetric metric = AlertMetric::Nps;
    AlertKind kind = AlertKind::Drop;
    double threshold = 0.0; // unused by Drop
    bool enabled = true;
};

AlertKind parseAlertKindOrThrow(std::string_view text); // vd::InputError naming the choices
std::optional<AlertKind> parseAlertKind(std::string_view text);

// The values a metric can take, in display units: NPS -100..100, shares 0..100, CSAT mean
// 1..5, CES mean 1..7. A below/above threshold must lie inside (inclusive).
struct MetricRange
{
    double lowest;
    double highest;
};
MetricRange alertMetricRange(AlertMetric m);

// Why a rule cannot be used (a threshold that is not finite or outside the metric's range),
// or nullopt when it is fine. Drop rules ignore their threshold.
std::optional<std::string> alertRuleProblem(const AlertRule& rule);
// Throws vd::InputError "alert rule N: ..." for the first rule with a problem or the second
// of two rules that test the same thing (same metric and kind, and for below/above the same
// threshold).
void validateAlertRules(const std::vector<AlertRule>& rules);

// NPS, CSAT, CES and retention drops, NPS below 0 and CSAT below 70 %.
std::vector<AlertRule> defaultAlertRules();
// [{"metric": "nps", "kind": "below", "threshold": 0, "enabled": true}, ...]
std::string alertRulesToJson(const std::vector<AlertRule>& rules);
// Parses and validates; vd::InputError naming the item ("alert rule 2: unknown metric
// \"npss\" ..."), also for keys other than metric, kind, threshold and enabled.
std::vector<AlertRule> parseAlertRules(std::string_view json);
std::vector<AlertRule> loadAlertRules(Database& db); // defaults when the setting is missing
// True when the workspace has its own rules (else the defaults apply).
bool hasCustomAlertRules(Database& db);
// Validates (validateAlertRules) and stores the rules in loyalty.alert_rules.
void saveAlertRules(Database& db, const std::vector<AlertRule>& rules);
// Removes the workspace's rules: the defaults apply again.
void resetAlertRules(Database& db);

// One metric in one period, with what its significance test needs.
struct MetricValue
{
    double value = 0.0; // display units
    std::int64_t n = 0; // its denominator
    std::optional<NpsResult> nps;
    std::optional<ProportionResult> proportion;
    std::optional<MeanResult> mean;
};

struct PeriodValues
{
    Period period;
    std::map<AlertMetric, MetricValue> values; // metrics without data are absent
};

// Collects the metrics of one period from its score row and retention row (either may be
// null).
PeriodValues periodValues(const Period& period, const ScoreMetrics* scores,
                          const RetentionMetrics* retention);

// The change of one metric from `before` to `after` with the test that fits it: the
// adjusted-Wald NPS z test, the two-proportion z test or Welch's t test. nullopt when either
// side lacks the data (or a mean has fewer than 2 values). Differences are in display units.
std::optional<Comparison> compareMetric(AlertMetric m, const MetricValue& before,
                                        const MetricValue& after, double confidence);

struct Alert
{
    AlertRule rule;
    std::string period;         // label of the period evaluated
    std::string previousPeriod; // label of the period before (compared by Drop rules)
    double value = 0.0;
    std::optional<double> previous;
    std::optional<Comparison> test; // for Drop rules
    // One English sentence for the CLI and logs. The GUI builds its own, translatable text
    // from the fields above.
    std::string message;
};

// Pure evaluation: the rules that fire for `current` (and, for Drop, `previous`).
std::vector<Alert> evaluateAlerts(const std::vector<AlertRule>& rules, const PeriodValues& current,
                                  const PeriodValues* previous,
                                  double confidence = kDefaultConfidence);

struct AlertContext
{
    Grain grain = Grain::Month;
    std::optional<std::int64_t> asOf; // period containing this instant; default: latest data
    MetricsFilter filter;             // segment / channel (from and to are set here)
    double confidence = kDefaultConfidence;
};

// Loads the rules, computes the current and previous period and evaluates.
std::vector<Alert> evaluateAlerts(Database& db, const AlertContext& context);

} // namespace vd::loyalty
