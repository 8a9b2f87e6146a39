#include "ImportLogModel.h"

#include "valuedesk/Date.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace vd::gui {

ImportLogModel::ImportLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportLogModel::setEntries(std::vector<io::ImportLogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const io::ImportLogEntry* ImportLogModel::entry(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

int ImportLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ImportLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const io::ImportLogEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    const bool undone = e.status == "undone";
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return static_cast<qlonglong>(e.id);
        case Started:
            return QString::fromStdString(date::formatDateTime(e.startedAt));
        case Kind:
            return QString::fromStdString(e.kind);
        case File:
            return QFileInfo(QString::fromStdString(e.file)).fileName();
        case New:
            return QLocale().toString(static_cast<qlonglong>(e.rowsNew));
        case Updated:
            return QLocale().toString(static_cast<qlonglong>(e.rowsUpdated));
        case Rejected:
            return QLocale().toString(static_cast<qlonglong>(e.rowsRejected));
        case Status:
            if (e.status == "done")
                return tr("imported");
            if (undone)
                return tr("undone");
            return QString::fromStdString(e.status);
        case Sha256:
            // The first 12 hex digits identify a file in practice; the tooltip has all 64.
            return QString::fromStdString(e.sha256.substr(0, 12));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == File)
            return QString::fromStdString(e.file);
        if (index.column() == Sha256)
            return tr("SHA-256 of the file: %1").arg(QString::fromStdString(e.sha256));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == New || index.column() == Updated ||
            index.column() == Rejected)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (undone)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Started:
        return tr("Time (UTC)");
    case Kind:
        return tr("Kind");
    case File:
        return tr("File");
    case New:
        return tr("New");
    case Updated:
        return tr("Updated");
    case Rejected:
        return tr("Rejected");
    case Status:
        return tr("Status");
    case Sha256:
        return tr("SHA-256");
    }
    return {};
}

} // namespace vd::gui
