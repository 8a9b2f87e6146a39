#pragma once

#include "valuedesk/io/Importer.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// The rows an import (or dry run) refused, each with file, line, column, value and reason,
// as the analyst needs them to fix the source file.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Line, FieldColumn, Value, Reason, ColumnCount };

    explicit ImportIssueModel(QObject* parent = nullptr);

    void setIssues(const QString& file, std::vector<io::RowIssue> issues);
    void clear();
    const io::RowIssue* issue(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_file;
    std::vector<io::RowIssue> m_issues;
};

} // namespace vd::gui
