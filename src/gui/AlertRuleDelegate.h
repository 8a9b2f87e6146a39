#pragma once

#include <QStyledItemDelegate>

namespace vd::gui {

// Editors of the alert-rule table: a list of metrics, a list of kinds, and a number field whose
// range and unit follow the row's metric (NPS -100…100 points, shares 0…100 %, means on their
// 1–5 / 1–7 scale), so that most out-of-range thresholds cannot even be typed.
class AlertRuleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace vd::gui
