#include "AlertRuleDelegate.h"

#include "AlertRuleModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace vd::gui {

namespace {

constexpr loyalty::AlertMetric kMetrics[] = {
    loyalty::AlertMetric::Nps,        loyalty::AlertMetric::Csat,
    loyalty::AlertMetric::CsatMean,   loyalty::AlertMetric::Ces,
    loyalty::AlertMetric::CesAgree,   loyalty::AlertMetric::Retention,
    loyalty::AlertMetric::Repurchase, loyalty::AlertMetric::Churn};
constexpr loyalty::AlertKind kKinds[] = {loyalty::AlertKind::Below, loyalty::AlertKind::Above,
                                         loyalty::AlertKind::Drop};

loyalty::AlertMetric metricOf(const QModelIndex& index)
{
    return static_cast<loyalty::AlertMetric>(
        index.siblingAtColumn(AlertRuleModel::Metric).data(AlertRuleModel::ValueRole).toInt());
}

} // namespace

QWidget* AlertRuleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    switch (index.column()) {
    case AlertRuleModel::Metric: {
        auto* box = new QComboBox(parent);
        for (loyalty::AlertMetric m : kMetrics)
            box->addItem(AlertRuleModel::metricLabel(m), static_cast<int>(m));
        return box;
    }
    case AlertRuleModel::Kind: {
        auto* box = new QComboBox(parent);
        for (loyalty::AlertKind k : kKinds)
            box->addItem(AlertRuleModel::kindLabel(k), static_cast<int>(k));
        return box;
    }
    case AlertRuleModel::Threshold: {
        const loyalty::AlertMetric m = metricOf(index);
        const loyalty::MetricRange range = loyalty::alertMetricRange(m);
        auto* spin = new QDoubleSpinBox(parent);
        spin->setRange(range.lowest, range.highest);
        const bool mean = m == loyalty::AlertMetric::CsatMean || m == loyalty::AlertMetric::Ces;
        spin->setDecimals(mean ? 2 : 1);
        spin->setSingleStep(mean ? 0.1 : 1.0);
        spin->setSuffix(AlertRuleModel::unitSuffix(m));
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void AlertRuleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(box->findData(index.data(AlertRuleModel::ValueRole)));
        return;
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AlertRuleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace vd::gui
