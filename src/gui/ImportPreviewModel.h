#pragma once

#include "valuedesk/io/Importer.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// The first rows of the file as the importer reads them (after decoding and splitting), so
// the user sees at once whether the encoding and delimiter are right. The header shows each
// column's name and its detected type.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const io::FilePreview& preview);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<io::PreviewColumn> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace vd::gui
