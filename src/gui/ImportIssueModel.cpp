#include "ImportIssueModel.h"

#include <QFileInfo>

namespace vd::gui {

ImportIssueModel::ImportIssueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setIssues(const QString& file, std::vector<io::RowIssue> issues)
{
    beginResetModel();
    m_file = file;
    m_issues = std::move(issues);
    endResetModel();
}

void ImportIssueModel::clear()
{
    setIssues({}, {});
}

const io::RowIssue* ImportIssueModel::issue(int row) const
{
    return row >= 0 && row < rowCount() ? &m_issues[static_cast<std::size_t>(row)] : nullptr;
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const io::RowIssue& i = m_issues[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return QFileInfo(m_file).fileName();
        case Line:
            return static_cast<qlonglong>(i.line);
        case FieldColumn:
            if (i.column == 0)
                return tr("(whole row)");
            return i.columnName.empty()
                       ? QString::number(i.column)
                       : QStringLiteral("%1 (%2)").arg(i.column).arg(
                             QString::fromStdString(i.columnName));
        case Value:
            return QString::fromStdString(i.value);
        case Reason:
            return QString::fromStdString(i.reason);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return m_file;
        return QString::fromStdString(i.describe(m_file.toStdString()));
    } else if (role == Qt::TextAlignmentRole && index.column() == Line) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace vd::gui
