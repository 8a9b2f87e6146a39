#include "valuedesk/loyalty/Alerts.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/Workspace.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace vd::loyalty {

namespace {

constexpr const char* kRulesKey = "loyalty.alert_rules";
constexpr AlertMetric kAllMetrics[] = {
    AlertMetric::Nps,      AlertMetric::Csat,      AlertMetric::CsatMean,   AlertMetric::Ces,
    AlertMetric::CesAgree, AlertMetric::Retention, AlertMetric::Repurchase, AlertMetric::Churn};

bool isShare(AlertMetric m)
{
    return m != AlertMetric::Nps && m != AlertMetric::CsatMean && m != AlertMetric::Ces;
}

std::string formatValue(AlertMetric m, double v)
{
    char buf[64];
    if (m == AlertMetric::Nps)
        std::snprintf(buf, sizeof buf, "%+.1f", v);
    else if (isShare(m))
        std::snprintf(buf, sizeof buf, "%.1f %%", v);
    else
        std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

MetricValue fromProportion(const ProportionResult& p)
{
    MetricValue v;
    v.value = 100.0 * p.proportion;
    v.n = p.n;
    v.proportion = p;
    return v;
}

MetricValue fromMean(const MeanResult& m)
{
    MetricValue v;
    v.value = m.mean;
    v.n = m.n;
    v.mean = m;
    return v;
}

} // namespace

const char* alertMetricName(AlertMetric m)
{
    switch (m) {
    case AlertMetric::Nps:
        return "nps";
    case AlertMetric::Csat:
        return "csat";
    case AlertMetric::CsatMean:
        return "csat_mean";
    case AlertMetric::Ces:
        return "ces";
    case AlertMetric::CesAgree:
        return "ces_agree";
    case AlertMetric::Retention:
        return "retention";
    case AlertMetric::Repurchase:
        return "repurchase";
    case AlertMetric::Churn:
        return "churn";
    }
    return "nps";
}

const char* alertMetricLabel(AlertMetric m)
{
    switch (m) {
    case AlertMetric::Nps:
        return "NPS";
    case AlertMetric::Csat:
        return "CSAT";
    case AlertMetric::CsatMean:
        return "CSAT mean";
    case AlertMetric::Ces:
        return "CES";
    case AlertMetric::CesAgree:
        return "CES agree";
    case AlertMetric::Retention:
        return "Retention";
    case AlertMetric::Repurchase:
        return "Repurchase";
    case AlertMetric::Churn:
        return "Churn";
    }
    return "NPS";
}

std::optional<AlertMetric> parseAlertMetric(std::string_view text)
{
    for (AlertMetric m : kAllMetrics)
        if (text == alertMetricName(m))
            return m;
    return std::nullopt;
}

bool higherIsBetter(AlertMetric m)
{
    return m != AlertMetric::Churn;
}

const char* alertKindName(AlertKind k)
{
    switch (k) {
    case AlertKind::Below:
        return "below";
    case AlertKind::Above:
        return "above";
    case AlertKind::Drop:
        return "drop";
    }
    return "drop";
}

std::optional<AlertKind> parseAlertKind(std::string_view text)
{
    if (text == "below")
        return AlertKind::Below;
    if (text == "above")
        return AlertKind::Above;
    if (text == "drop")
        return AlertKind::Drop;
    return std::nullopt;
}

AlertKind parseAlertKindOrThrow(std::string_view text)
{
    if (auto k = parseAlertKind(text))
        return *k;
    throw InputError("unknown alert kind \"" + std::string(text) + "\" (below, above or drop)");
}

MetricRange alertMetricRange(AlertMetric m)
{
    switch (m) {
    case AlertMetric::Nps:
        return {-100.0, 100.0};
    case AlertMetric::CsatMean:
        return {1.0, 5.0};
    case AlertMetric::Ces:
        return {1.0, 7.0};
    default:
        return {0.0, 100.0};
    }
}

std::optional<std::string> alertRuleProblem(const AlertRule& r)
{
    if (r.kind == AlertKind::Drop)
        return std::nullopt;
    if (!std::isfinite(r.threshold))
        return std::string("the threshold must be a finite number");
    const MetricRange range = alertMetricRange(r.metric);
    if (r.threshold < range.lowest || r.threshold > range.highest) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "the %s threshold %g is outside %g to %g (%s)",
                      alertMetricName(r.metric), r.threshold, range.lowest, range.highest,
                      r.metric == AlertMetric::Nps ? "NPS points"
                      : isShare(r.metric)          ? "percent"
                                                   : "the answer scale");
        return std::string(buf);
    }
    return std::nullopt;
}

void validateAlertRules(const std::vector<AlertRule>& rules)
{
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const std::string where = "alert rule " + std::to_string(i + 1) + ": ";
        if (auto problem = alertRuleProblem(rules[i]))
            throw InputError(where + *problem);
        for (std::size_t j = 0; j < i; ++j) {
            const AlertRule& a = rules[j];
            const AlertRule& b = rules[i];
            if (a.metric == b.metric && a.kind == b.kind &&
                (b.kind == AlertKind::Drop || a.threshold == b.threshold))
                throw InputError(where + "repeats alert rule " + std::to_string(j + 1) + " (" +
                                 alertMetricName(b.metric) + " " + alertKindName(b.kind) + ")");
        }
    }
}

std::vector<AlertRule> defaultAlertRules()
{
    return {
        {AlertMetric::Nps, AlertKind::Drop, 0.0, true},
        {AlertMetric::Csat, AlertKind::Drop, 0.0, true},
        {AlertMetric::Ces, AlertKind::Drop, 0.0, true},
        {AlertMetric::Retention, AlertKind::Drop, 0.0, true},
        {AlertMetric::Nps, AlertKind::Below, 0.0, true},
        {AlertMetric::Csat, AlertKind::Below, 70.0, true},
    };
}

std::string alertRulesToJson(const std::vector<AlertRule>& rules)
{
    nlohmann::json j = nlohmann::json::array();
    for (const AlertRule& r : rules) {
        nlohmann::json item = {{"metric", alertMetricName(r.metric)},
                               {"kind", alertKindName(r.kind)},
                               {"enabled", r.enabled}};
        if (r.kind != AlertKind::Drop)
            item["threshold"] = r.threshold;
        j.push_back(std::move(item));
    }
    return j.dump();
}

std::vector<AlertRule> parseAlertRules(std::string_view json)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        throw InputError("alert rules: not valid JSON (" + std::string(e.what()) + ")");
    }
    if (!j.is_array())
        throw InputError("alert rules: expected a JSON array of {metric, kind, threshold}");
    std::vector<AlertRule> rules;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto& item = j[i];
        const std::string where = "alert rule " + std::to_string(i + 1) + ": ";
        if (!item.is_object())
            throw InputError(where + "must be an object");
        for (const auto& [key, value] : item.items()) {
            (void)value;
            if (key != "metric" && key != "kind" && key != "threshold" && key != "enabled")
                throw InputError(where + "unknown key \"" + key +
                                 "\" (a rule has metric, kind, threshold and enabled)");
        }
        AlertRule r;
        if (!item.contains("metric") || !item["metric"].is_string())
            throw InputError(where + "needs a \"metric\" text");
        auto metric = parseAlertMetric(item["metric"].get<std::string>());
        if (!metric)
            throw InputError(where + "unknown metric \"" + item["metric"].get<std::string>() +
                             "\" (nps, csat, csat_mean, ces, ces_agree, retention, repurchase, "
                             "churn)");
        r.metric = *metric;
        const std::string kind = item.contains("kind") && item["kind"].is_string()
                                     ? item["kind"].get<std::string>()
                                     : "";
        if (auto k = parseAlertKind(kind))
            r.kind = *k;
        else
            throw InputError(where + "\"kind\" must be below, above or drop");
        if (r.kind != AlertKind::Drop) {
            if (!item.contains("threshold") || !item["threshold"].is_number())
                throw InputError(where + "a " + kind + " rule needs a numeric \"threshold\"");
            r.threshold = item["threshold"].get<double>();
            if (!std::isfinite(r.threshold))
                throw InputError(where + "the threshold must be a finite number");
        }
        if (item.contains("enabled")) {
            if (!item["enabled"].is_boolean())
                throw InputError(where + "\"enabled\" must be true or false");
            r.enabled = item["enabled"].get<bool>();
        }
        rules.push_back(r);
    }
    validateAlertRules(rules);
    return rules;
}

std::vector<AlertRule> loadAlertRules(Database& db)
{
    auto json = WorkspaceInfo(db).setting(kRulesKey);
    return json ? parseAlertRules(*json) : defaultAlertRules();
}

bool hasCustomAlertRules(Database& db)
{
    return WorkspaceInfo(db).setting(kRulesKey).has_value();
}

void saveAlertRules(Database& db, const std::vector<AlertRule>& rules)
{
    validateAlertRules(rules);
    WorkspaceInfo(db).setSetting(kRulesKey, alertRulesToJson(rules));
}

void resetAlertRules(Database& db)
{
    db.prepare("DELETE FROM settings WHERE key = ?").bind(1, std::string_view(kRulesKey)).run();
}

PeriodValues periodValues(const Period& period, const ScoreMetrics* s, const RetentionMetrics* r)
{
    PeriodValues pv;
    pv.period = period;
    if (s) {
        if (s->nps) {
            MetricValue v;
            v.value = s->nps->nps;
            v.n = s->nps->n;
            v.nps = s->nps;
            pv.values[AlertMetric::Nps] = v;
        }
        if (s->csatTop2)
            pv.values[AlertMetric::Csat] = fromProportion(*s->csatTop2);
        if (s->csatMean)
            pv.values[AlertMetric::CsatMean] = fromMean(*s->csatMean);
        if (s->cesMean)
            pv.values[AlertMetric::Ces] = fromMean(*s->cesMean);
        if (s->cesAgree)
            pv.values[AlertMetric::CesAgree] = fromProportion(*s->cesAgree);
    }
    if (r) {
        if (r->retention)
            pv.values[AlertMetric::Retention] = fromProportion(*r->retention);
        if (r->churn)
            pv.values[AlertMetric::Churn] = fromProportion(*r->churn);
        if (r->repurchase)
            pv.values[AlertMetric::Repurchase] = fromProportion(*r->repurchase);
    }
    return pv;
}

std::optional<Comparison> compareMetric(AlertMetric m, const MetricValue& before,
                                        const MetricValue& after, double confidence)
{
    if (before.nps && after.nps)
        return compareNps(*before.nps, *after.nps, confidence);
    if (before.proportion && after.proportion) {
        Comparison c = compareProportions(*before.proportion, *after.proportion, confidence);
        c.difference *= 100.0; // percent points
        c.standardError *= 100.0;
        return c;
    }
    if (before.mean && after.mean && before.mean->n >= 2 && after.mean->n >= 2)
        return compareMeans(*before.mean, *after.mean, confidence);
    (void)m;
    return std::nullopt;
}

std::vector<Alert> evaluateAlerts(const std::vector<AlertRule>& rules, const PeriodValues& current,
                                  const PeriodValues* previous, double confidence)
{
    std::vector<Alert> out;
    for (const AlertRule& rule : rules) {
        if (!rule.enabled)
            continue;
        auto it = current.values.find(rule.metric);
        if (it == current.values.end())
            continue; // no data this period: nothing to judge
        const MetricValue& v = it->second;
        Alert a;
        a.rule = rule;
        a.period = current.period.label;
        if (previous)
            a.previousPeriod = previous->period.label;
        a.value = v.value;
        const MetricValue* prev = nullptr;
        if (previous) {
            auto p = previous->values.find(rule.metric);
            if (p != previous->values.end()) {
                prev = &p->second;
                a.previous = prev->value;
            }
        }
        const std::string name = alertMetricLabel(rule.metric);
        bool fires = false;
        switch (rule.kind) {
        case AlertKind::Below:
            fires = v.value < rule.threshold;
            if (fires)
                a.message = name + " is " + formatValue(rule.metric, v.value) + " in " + a.period +
                            ", below the threshold " + formatValue(rule.metric, rule.threshold);
            break;
        case AlertKind::Above:
            fires = v.value > rule.threshold;
            if (fires)
                a.message = name + " is " + formatValue(rule.metric, v.value) + " in " + a.period +
                            ", above the threshold " + formatValue(rule.metric, rule.threshold);
            break;
        case AlertKind::Drop: {
            if (!prev)
                break;
            a.test = compareMetric(rule.metric, *prev, v, confidence);
            if (!a.test)
                break;
            const bool worse =
                higherIsBetter(rule.metric) ? a.test->difference < 0 : a.test->difference > 0;
            fires = worse && a.test->significant;
            if (fires) {
                char p[32];
                std::snprintf(p, sizeof p, "%.3g", a.test->pValue);
                a.message = name + " went from " + formatValue(rule.metric, prev->value) + " in " +
                            previous->period.label + " to " + formatValue(rule.metric, v.value) +
                            " in " + a.period + ", a significant change for the worse (p = " + p +
                            ")";
            }
            break;
        }
        }
        if (fires)
            out.push_back(std::move(a));
    }
    return out;
}

std::vector<Alert> evaluateAlerts(Database& db, const AlertContext& ctx)
{
    std::int64_t asOf = 0;
    if (ctx.asOf) {
        asOf = *ctx.asOf;
    } else {
        auto span = activitySpan(db);
        if (!span)
            return {};
        asOf = span->second;
    }
    const Period current = periodContaining(asOf, ctx.grain);
    const Period previous = previousPeriod(current, ctx.grain);
    MetricsQuery q;
    q.by = Breakdown::Period;
    q.grain = ctx.grain;
    q.filter = ctx.filter;
    q.filter.from = previous.start;
    q.filter.to = current.end;
    q.filter.touchpoint.reset();
    q.confidence = ctx.confidence;
    MetricsQuery scoreQuery = q;
    scoreQuery.filter.touchpoint = ctx.filter.touchpoint;
    const auto scores = scoreMetrics(db, scoreQuery);
    const auto retention = retentionMetrics(db, q);
    auto findRetention = [&retention](const Period& p) -> const RetentionMetrics* {
        for (const auto& r : retention)
            if (r.period.start == p.start)
                return &r;
        return nullptr;
    };
    const ScoreMetrics* sCur = nullptr;
    const ScoreMetrics* sPrev = nullptr;
    for (const auto& s : scores) {
        if (s.period && s.period->start == current.start)
            sCur = &s;
        if (s.period && s.period->start == previous.start)
            sPrev = &s;
    }
    const PeriodValues cur = periodValues(current, sCur, findRetention(current));
    const PeriodValues prev = periodValues(previous, sPrev, findRetention(previous));
    return evaluateAlerts(loadAlertRules(db), cur, &prev, ctx.confidence);
}

} // namespace vd::loyalty
