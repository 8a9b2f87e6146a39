#include "ImportPreviewModel.h"

#include "ImportMappingModel.h"

namespace vd::gui {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const io::FilePreview& preview)
{
    beginResetModel();
    m_columns = preview.columns;
    m_rows = preview.rows;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto c = static_cast<std::size_t>(index.column());
    // A short record (fewer fields than the header) shows empty cells.
    QString text = c < row.size() ? QString::fromStdString(row[c]) : QString();
    if (role == Qt::DisplayRole)
        text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")); // embedded line breaks
    return text;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const io::PreviewColumn& c = m_columns[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1\n%2").arg(QString::fromStdString(c.header),
                                            ImportMappingModel::typeName(c));
    if (role == Qt::ToolTipRole)
        return c.target.empty() ? tr("Not imported")
                                : tr("Imported as %1").arg(QString::fromStdString(c.target));
    return {};
}

} // namespace vd::gui
