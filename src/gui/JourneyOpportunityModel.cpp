#include "JourneyOpportunityModel.h"

#include "JourneyRenderer.h"

namespace vd::gui {

using namespace vd::journey;

JourneyOpportunityModel::JourneyOpportunityModel(QObject* parent) : QAbstractTableModel(parent) {}

void JourneyOpportunityModel::setOpportunities(std::vector<Opportunity> opportunities)
{
    if (opportunities == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(opportunities);
    endResetModel();
}

int JourneyOpportunityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JourneyOpportunityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JourneyOpportunityModel::priorityText(int priority)
{
    switch (priority) {
    case 1:
        return tr("1 high");
    case 2:
        return tr("2 medium");
    case 3:
        return tr("3 low");
    }
    return QString::number(priority);
}

QVariant JourneyOpportunityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opportunity& o = m_rows[static_cast<std::size_t>(index.row())];
    const bool solved = o.status == OpportunityStatus::Solved;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Text:
            return QString::fromStdString(o.text);
        case Owner:
            return QString::fromStdString(o.owner);
        case Priority:
            return role == Qt::EditRole ? QVariant(o.priority) : QVariant(priorityText(o.priority));
        case Solved:
            return role == Qt::DisplayRole ? QVariant(solved ? tr("Solved") : tr("Open"))
                                           : QVariant();
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == Solved)
            return solved ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Priority && !solved)
            return render::JourneyRenderer::priorityColor(o.priority).darker(120);
        if (solved)
            return QColor(0x9c, 0xa3, 0xaf);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Priority)
            return tr("1 = high, 2 = medium, 3 = low");
        break;
    }
    return {};
}

QVariant JourneyOpportunityModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Text:
        return tr("Opportunity");
    case Owner:
        return tr("Owner");
    case Priority:
        return tr("Priority");
    case Solved:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags JourneyOpportunityModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Solved)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool JourneyOpportunityModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    std::vector<Opportunity> rows = m_rows;
    Opportunity& o = rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::CheckStateRole && index.column() == Solved) {
        o.status = value.toInt() == Qt::Checked ? OpportunityStatus::Solved
                                                : OpportunityStatus::Open;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Text: {
            const QString text = value.toString().trimmed();
            if (text.isEmpty())
                return false; // an opportunity needs a text
            o.text = text.toStdString();
            break;
        }
        case Owner:
            o.owner = value.toString().trimmed().toStdString();
            break;
        case Priority: {
            bool ok = false;
            const int p = value.toInt(&ok);
            if (!ok || p < kHighPriority || p > kLowPriority)
                return false;
            o.priority = p;
            break;
        }
        default:
            return false;
        }
    } else {
        return false;
    }
    if (rows == m_rows)
        return false;
    m_rows = rows;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit edited(m_rows);
    return true;
}

} // namespace vd::gui
