#include "AlertRuleModel.h"

#include "AlertRuleCommand.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace vd::gui {

namespace {

using loyalty::AlertKind;
using loyalty::AlertMetric;

bool isShare(AlertMetric m)
{
    return m != AlertMetric::Nps && m != AlertMetric::CsatMean && m != AlertMetric::Ces;
}

} // namespace

AlertRuleModel::AlertRuleModel(QUndoStack* undo, QObject* parent)
    : QAbstractTableModel(parent), m_undo(undo)
{
}

QString AlertRuleModel::metricLabel(AlertMetric m)
{
    switch (m) {
    case AlertMetric::Nps:
        return tr("NPS");
    case AlertMetric::Csat:
        return tr("CSAT top-2 box");
    case AlertMetric::CsatMean:
        return tr("CSAT mean");
    case AlertMetric::Ces:
        return tr("CES mean");
    case AlertMetric::CesAgree:
        return tr("CES agree (5–7)");
    case AlertMetric::Retention:
        return tr("Retention");
    case AlertMetric::Repurchase:
        return tr("Repurchase");
    case AlertMetric::Churn:
        return tr("Churn");
    }
    return {};
}

QString AlertRuleModel::kindLabel(AlertKind k)
{
    switch (k) {
    case AlertKind::Below:
        return tr("below");
    case AlertKind::Above:
        return tr("above");
    case AlertKind::Drop:
        return tr("significant drop");
    }
    return {};
}

QString AlertRuleModel::unitSuffix(AlertMetric m)
{
    if (m == AlertMetric::Nps)
        return tr(" pts");
    if (m == AlertMetric::CsatMean)
        return tr(" (1–5)");
    if (m == AlertMetric::Ces)
        return tr(" (1–7)");
    return QStringLiteral(" %");
}

QString AlertRuleModel::formatValue(AlertMetric m, double v)
{
    const QLocale loc;
    if (m == AlertMetric::Nps)
        return (v > 0 ? QStringLiteral("+") : QString()) + loc.toString(v, 'f', 1);
    if (isShare(m))
        return loc.toString(v, 'f', 1) + QStringLiteral(" %");
    return loc.toString(v, 'f', 2);
}

QString AlertRuleModel::alertText(const loyalty::Alert& a)
{
    const AlertMetric m = a.rule.metric;
    const QString name = metricLabel(m);
    const QString period = QString::fromStdString(a.period);
    switch (a.rule.kind) {
    case AlertKind::Below:
        return tr("%1 is %2 in %3, below the threshold %4")
            .arg(name, formatValue(m, a.value), period, formatValue(m, a.rule.threshold));
    case AlertKind::Above:
        return tr("%1 is %2 in %3, above the threshold %4")
            .arg(name, formatValue(m, a.value), period, formatValue(m, a.rule.threshold));
    case AlertKind::Drop:
        return tr("%1 went from %2 in %3 to %4 in %5, a significant change for the worse "
                  "(p = %6)")
            .arg(name, a.previous ? formatValue(m, *a.previous) : QStringLiteral("—"),
                 QString::fromStdString(a.previousPeriod), formatValue(m, a.value), period,
                 a.test ? QLocale().toString(a.test->pValue, 'g', 3) : QStringLiteral("—"));
    }
    return {};
}

void AlertRuleModel::setRules(std::vector<loyalty::AlertRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
    emit rulesChanged();
}

void AlertRuleModel::addRule(const loyalty::AlertRule& rule)
{
    m_undo->push(new AlertRuleCommand(
        this, AlertRuleCommand::Action::Insert, static_cast<int>(m_rules.size()), rule, rule,
        tr("Add the rule %1 %2").arg(metricLabel(rule.metric), kindLabel(rule.kind))));
}

void AlertRuleModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const loyalty::AlertRule r = m_rules[static_cast<std::size_t>(row)];
    m_undo->push(new AlertRuleCommand(
        this, AlertRuleCommand::Action::Remove, row, r, r,
        tr("Remove the rule %1 %2").arg(metricLabel(r.metric), kindLabel(r.kind))));
}

void AlertRuleModel::restoreDefaults()
{
    m_undo->push(new AlertRuleCommand(this, m_rules, loyalty::defaultAlertRules(),
                                      tr("Restore the default alert rules")));
}

void AlertRuleModel::applyRule(int row, const loyalty::AlertRule& rule)
{
    if (row < 0 || row >= rowCount())
        return;
    m_rules[static_cast<std::size_t>(row)] = rule;
    // Every row's check may change (a repeated rule is reported on the second one).
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit rulesChanged();
}

void AlertRuleModel::applyInsert(int row, const loyalty::AlertRule& rule)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_rules.insert(m_rules.begin() + row, rule);
    endInsertRows();
    if (rowCount() > 1)
        emit dataChanged(index(0, Check), index(rowCount() - 1, Check));
    emit rulesChanged();
}

void AlertRuleModel::applyRemove(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    if (rowCount() > 0)
        emit dataChanged(index(0, Check), index(rowCount() - 1, Check));
    emit rulesChanged();
}

void AlertRuleModel::applyAll(const std::vector<loyalty::AlertRule>& rules)
{
    setRules(rules);
}

QString AlertRuleModel::problem(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const loyalty::AlertRule& r = m_rules[static_cast<std::size_t>(row)];
    if (r.kind != AlertKind::Drop) {
        const loyalty::MetricRange range = loyalty::alertMetricRange(r.metric);
        if (!std::isfinite(r.threshold) || r.threshold < range.lowest ||
            r.threshold > range.highest)
            return tr("The threshold must lie between %1 and %2")
                .arg(formatValue(r.metric, range.lowest), formatValue(r.metric, range.highest));
    }
    for (int j = 0; j < row; ++j) {
        const loyalty::AlertRule& o = m_rules[static_cast<std::size_t>(j)];
        if (o.metric == r.metric && o.kind == r.kind &&
            (r.kind == AlertKind::Drop || o.threshold == r.threshold))
            return tr("Repeats rule %1").arg(j + 1);
    }
    return {};
}

QString AlertRuleModel::firstProblem() const
{
    for (int row = 0; row < rowCount(); ++row)
        if (QString p = problem(row); !p.isEmpty())
            return tr("Rule %1: %2").arg(row + 1).arg(p);
    return {};
}

int AlertRuleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int AlertRuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRuleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const loyalty::AlertRule& r = m_rules[static_cast<std::size_t>(index.row())];
    const bool level = r.kind != AlertKind::Drop;
    switch (index.column()) {
    case Metric:
        if (role == Qt::DisplayRole)
            return metricLabel(r.metric);
        if (role == ValueRole || role == Qt::EditRole)
            return static_cast<int>(r.metric);
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return kindLabel(r.kind);
        if (role == ValueRole || role == Qt::EditRole)
            return static_cast<int>(r.kind);
        if (role == Qt::ToolTipRole && !level)
            return tr("Fires when the change against the previous period is for the worse "
                      "and significant at 95 %");
        break;
    case Threshold:
        if (role == Qt::DisplayRole)
            return level ? formatValue(r.metric, r.threshold) : QStringLiteral("—");
        if (role == Qt::EditRole)
            return r.threshold;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return level ? tr("In NPS points, percent, or on the answer scale")
                         : tr("A drop rule needs no threshold");
        break;
    case Enabled:
        if (role == Qt::CheckStateRole)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    case Check: {
        const QString p = problem(index.row());
        if (role == Qt::DisplayRole)
            return p.isEmpty() ? tr("OK") : p;
        if (role == Qt::ForegroundRole)
            return QBrush(p.isEmpty() ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
        break;
    }
    default:
        break;
    }
    return {};
}

bool AlertRuleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    const loyalty::AlertRule before = m_rules[static_cast<std::size_t>(index.row())];
    loyalty::AlertRule after = before;
    QString text;
    switch (index.column()) {
    case Metric:
        if (role != Qt::EditRole)
            return false;
        after.metric = static_cast<AlertMetric>(value.toInt());
        if (after.kind != AlertKind::Drop) {
            // Keep the threshold inside the new metric's range.
            const loyalty::MetricRange range = loyalty::alertMetricRange(after.metric);
            after.threshold = std::clamp(after.threshold, range.lowest, range.highest);
        }
        text = tr("Change the metric of rule %1 to %2")
                   .arg(index.row() + 1)
                   .arg(metricLabel(after.metric));
        break;
    case Kind:
        if (role != Qt::EditRole)
            return false;
        after.kind = static_cast<AlertKind>(value.toInt());
        text = tr("Change rule %1 to %2").arg(index.row() + 1).arg(kindLabel(after.kind));
        break;
    case Threshold: {
        if (role != Qt::EditRole)
            return false;
        bool ok = false;
        after.threshold = value.toDouble(&ok);
        if (!ok)
            return false;
        text = tr("Set the threshold of rule %1 to %2")
                   .arg(index.row() + 1)
                   .arg(formatValue(after.metric, after.threshold));
        break;
    }
    case Enabled:
        if (role != Qt::CheckStateRole)
            return false;
        after.enabled = value.toInt() == Qt::Checked;
        text = after.enabled ? tr("Enable rule %1").arg(index.row() + 1)
                             : tr("Disable rule %1").arg(index.row() + 1);
        break;
    default:
        return false;
    }
    if (after.metric == before.metric && after.kind == before.kind &&
        after.threshold == before.threshold && after.enabled == before.enabled)
        return true;
    m_undo->push(new AlertRuleCommand(this, AlertRuleCommand::Action::Edit, index.row(), before,
                                      after, text, index.column()));
    return true;
}

Qt::ItemFlags AlertRuleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const loyalty::AlertRule& r = m_rules[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Metric:
    case Kind:
        f |= Qt::ItemIsEditable;
        break;
    case Threshold:
        if (r.kind != AlertKind::Drop)
            f |= Qt::ItemIsEditable;
        break;
    case Enabled:
        f |= Qt::ItemIsUserCheckable;
        break;
    default:
        break;
    }
    return f;
}

QVariant AlertRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Kind:
        return tr("Fires when");
    case Threshold:
        return tr("Threshold");
    case Enabled:
        return tr("On");
    case Check:
        return tr("Check");
    }
    return {};
}

} // namespace vd::gui
