#include "ImportTargetDelegate.h"

#include "ImportMappingModel.h"

#include <QComboBox>

namespace vd::gui {

QWidget* ImportTargetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    const auto* model = qobject_cast<const ImportMappingModel*>(index.model());
    if (!model || index.column() != ImportMappingModel::Target)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    for (const auto& c : model->choices(index.row()))
        combo->addItem(c.label, c.target);
    // Picking an item is the whole edit: commit at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ImportTargetDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ImportTargetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int i = combo->findData(index.data(ImportMappingModel::TargetRole).toString());
        combo->setCurrentIndex(i >= 0 ? i : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ImportTargetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData().toString(), ImportMappingModel::TargetRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace vd::gui
