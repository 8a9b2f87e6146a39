#pragma once

#include "valuedesk/io/ImportLog.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// The workspace's import history (import_log, newest first): when, what, from which file
// with its SHA-256, with what counts, and whether it was undone — the audit trail an analyst
// shows when asked where a number came from.
class ImportLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Started, Kind, File, New, Updated, Rejected, Status, Sha256, ColumnCount };

    explicit ImportLogModel(QObject* parent = nullptr);

    void setEntries(std::vector<io::ImportLogEntry> entries);
    const io::ImportLogEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<io::ImportLogEntry> m_entries;
};

} // namespace vd::gui
