#pragma once

#include "valuedesk/io/Importer.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace vd::gui {

// The column mapping of the import wizard: one row per column of the file with its detected
// type, an example value and the field it feeds, which the user can change (a combo per row,
// ImportTargetDelegate). Kept as an io::Mapping so the wizard imports, saves and loads exactly
// what the CLI's --map reads.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, Type, Example, Target, ColumnCount };
    // Qt::UserRole on the Target column: the raw target name ("" when ignored).
    static constexpr int TargetRole = Qt::UserRole + 1;

    struct Choice
    {
        QString target; // "" = ignore the column
        QString label;
    };

    explicit ImportMappingModel(QObject* parent = nullptr);

    // Takes the preview's columns and its automatic mapping.
    void setPreview(const io::FilePreview& preview, io::ImportKind kind);
    void clear();

    io::ImportKind kind() const { return m_kind; }
    // The mapping as shown (columns only; reading settings are the page's).
    io::Mapping mapping() const;
    // Applies a saved mapping's targets to the columns of the same name; other columns keep
    // theirs. Throws vd::InputError when it names a target unknown for the kind.
    void applyMapping(const io::Mapping& mapping);
    QString target(int row) const;
    // Sets a target (empty = ignore); a target another column fed moves to this one, since
    // each field takes one column. Returns false for a target the kind does not know.
    bool setTarget(int row, const QString& target);
    int rowOf(const QString& column) const;
    // Targets offered for a row: ignore, every field of the kind, and the column family this
    // header belongs to (rating:<attribute>:<part>, kano:<feature>:<part>) when it is one.
    std::vector<Choice> choices(int row) const;
    // Columns whose dates can be read day-first or month-first and are mapped to a field.
    QStringList ambiguousDateColumns() const;
    // Columns whose numbers (1,234 alone) can use either decimal mark and are mapped.
    QStringList ambiguousDecimalColumns() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Human name of a target: "Customer id (customer_id)", "(ignored)".
    static QString targetLabel(io::ImportKind kind, const QString& target);
    static QString typeName(const io::PreviewColumn& column);

private:
    bool isKnownTarget(const QString& target) const;

    io::ImportKind m_kind = io::ImportKind::Customers;
    std::vector<io::PreviewColumn> m_columns;
    std::vector<QString> m_examples;
    std::vector<QString> m_targets;
};

} // namespace vd::gui
