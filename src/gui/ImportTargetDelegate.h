#pragma once

#include <QStyledItemDelegate>

namespace vd::gui {

// Edits the "Import as" cell of the mapping grid with a combo box of the fields the kind
// offers (ImportMappingModel::choices), so the user picks a valid target instead of typing.
class ImportTargetDelegate : public QStyledItemDelegate
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
