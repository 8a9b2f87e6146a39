#include "ImportMappingModel.h"

#include "valuedesk/Error.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace vd::gui {

ImportMappingModel::ImportMappingModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportMappingModel::setPreview(const io::FilePreview& preview, io::ImportKind kind)
{
    beginResetModel();
    m_kind = kind;
    m_columns = preview.columns;
    m_examples.clear();
    m_targets.clear();
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        // The first non-empty value says more than an empty first cell.
        QString example;
        for (const auto& row : preview.rows)
            if (i < row.size() && !row[i].empty()) {
                example = QString::fromStdString(row[i]);
                break;
            }
        m_examples.push_back(example);
        m_targets.push_back(QString::fromStdString(preview.mapping.targetOf(m_columns[i].header)));
    }
    endResetModel();
}

void ImportMappingModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_examples.clear();
    m_targets.clear();
    endResetModel();
}

io::Mapping ImportMappingModel::mapping() const
{
    io::Mapping m;
    m.kind = m_kind;
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        m.columns.push_back({m_columns[i].header, m_targets[i].toStdString()});
    return m;
}

void ImportMappingModel::applyMapping(const io::Mapping& mapping)
{
    for (const auto& c : mapping.columns) {
        const QString target = QString::fromStdString(c.target);
        if (!target.isEmpty() && !isKnownTarget(target))
            throw InputError("the mapping sends column \"" + c.column + "\" to \"" + c.target +
                             "\", which is not a field of " + io::kindName(m_kind));
    }
    for (const auto& c : mapping.columns) {
        const int row = rowOf(QString::fromStdString(c.column));
        if (row >= 0)
            setTarget(row, QString::fromStdString(c.target));
    }
}

QString ImportMappingModel::target(int row) const
{
    return row >= 0 && row < rowCount() ? m_targets[static_cast<std::size_t>(row)] : QString();
}

bool ImportMappingModel::isKnownTarget(const QString& target) const
{
    const std::string t = target.toStdString();
    if (io::findField(m_kind, t))
        return true;
    const io::PatternTarget p = io::parsePatternTarget(t);
    if (p.family == io::PatternTarget::Family::Rating)
        return m_kind == io::ImportKind::Responses;
    if (p.family == io::PatternTarget::Family::Kano)
        return m_kind == io::ImportKind::Kano;
    return false;
}

bool ImportMappingModel::setTarget(int row, const QString& target)
{
    if (row < 0 || row >= rowCount())
        return false;
    const QString t = target.trimmed();
    if (!t.isEmpty() && !isKnownTarget(t))
        return false;
    const auto r = static_cast<std::size_t>(row);
    if (m_targets[r] == t)
        return true;
    if (!t.isEmpty())
        for (std::size_t i = 0; i < m_targets.size(); ++i)
            if (i != r && m_targets[i] == t) {
                m_targets[i].clear();
                const QModelIndex other = index(static_cast<int>(i), Target);
                emit dataChanged(other, other);
            }
    m_targets[r] = t;
    const QModelIndex idx = index(row, Target);
    emit dataChanged(idx, idx);
    return true;
}

int ImportMappingModel::rowOf(const QString& column) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (QString::fromStdString(m_columns[i].header) == column)
            return static_cast<int>(i);
    return -1;
}

std::vector<ImportMappingModel::Choice> ImportMappingModel::choices(int row) const
{
    std::vector<Choice> out;
    out.push_back({QString(), tr("(ignored)")});
    if (row >= 0 && row < rowCount()) {
        const auto r = static_cast<std::size_t>(row);
        if (auto p = io::matchPatternHeader(m_kind, m_columns[r].header)) {
            const QString t =
                QString::fromStdString(io::patternTarget(p->family, p->subject, p->part));
            out.push_back({t, t});
        }
        // A pattern target set by a loaded mapping stays selectable.
        const QString current = m_targets[r];
        if (!current.isEmpty() && !io::findField(m_kind, current.toStdString()) &&
            (out.size() < 2 || out[1].target != current))
            out.push_back({current, current});
    }
    for (const auto& f : io::fieldsFor(m_kind)) {
        const QString t = QString::fromStdString(f.name);
        out.push_back({t, targetLabel(m_kind, t)});
    }
    return out;
}

QStringList ImportMappingModel::ambiguousDateColumns() const
{
    QStringList out;
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].dateOrderNeeded && !m_targets[i].isEmpty())
            out << QString::fromStdString(m_columns[i].header);
    return out;
}

QStringList ImportMappingModel::ambiguousDecimalColumns() const
{
    QStringList out;
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].decimalNeeded && !m_targets[i].isEmpty())
            out << QString::fromStdString(m_columns[i].header);
    return out;
}

int ImportMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

int ImportMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportMappingModel::typeName(const io::PreviewColumn& column)
{
    QString name;
    switch (column.type) {
    case io::ColumnType::Empty:
        name = tr("empty");
        break;
    case io::ColumnType::Integer:
        name = tr("integer");
        break;
    case io::ColumnType::Number:
        name = tr("number");
        break;
    case io::ColumnType::Date:
        name = tr("date");
        break;
    case io::ColumnType::DateTime:
        name = tr("date and time");
        break;
    case io::ColumnType::Boolean:
        name = tr("yes/no");
        break;
    case io::ColumnType::Text:
        name = tr("text");
        break;
    }
    if (column.dateOrderNeeded)
        name += tr(" — day/month order?");
    else if (column.dateOrder == io::DateOrder::DayFirst)
        name += tr(" (day first)");
    else if (column.dateOrder == io::DateOrder::MonthFirst)
        name += tr(" (month first)");
    if (column.decimal == io::DecimalMark::Comma)
        name += tr(" (decimal comma)");
    else if (column.decimalNeeded)
        name += tr(" — decimal point or comma?");
    return name;
}

QString ImportMappingModel::targetLabel(io::ImportKind kind, const QString& target)
{
    if (target.isEmpty())
        return tr("(ignored)");
    if (const io::FieldSpec* f = io::findField(kind, target.toStdString())) {
        QString label = QString::fromStdString(f->label);
        if (label.isEmpty())
            label = target;
        QString text = QStringLiteral("%1 (%2)").arg(label, target);
        if (f->required)
            text += QStringLiteral(" *");
        return text;
    }
    return target;
}

QVariant ImportMappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto r = static_cast<std::size_t>(index.row());
    const io::PreviewColumn& c = m_columns[r];
    const bool ignored = m_targets[r].isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QString::fromStdString(c.header);
        case Type:
            return typeName(c);
        case Example:
            return m_examples[r];
        case Target:
            return targetLabel(m_kind, m_targets[r]);
        }
        break;
    case Qt::EditRole:
    case TargetRole:
        if (index.column() == Target)
            return m_targets[r];
        if (role == Qt::EditRole)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Type && c.dateOrderNeeded)
            return tr("These dates can be read day-first or month-first and no value in the "
                      "preview decides; you will be asked which it is.");
        if (index.column() == Target)
            return tr("Double-click to choose the field this column feeds.");
        if (index.column() == Example)
            return m_examples[r];
        break;
    case Qt::ForegroundRole:
        if (index.column() == Type && c.dateOrderNeeded)
            return QBrush(QColor(0xb4, 0x53, 0x09));
        if (index.column() == Target && ignored)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        break;
    case Qt::FontRole:
        if (index.column() == Target && !ignored) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Target ||
        (role != Qt::EditRole && role != TargetRole))
        return false;
    return setTarget(index.row(), value.toString());
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Target)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("Column in the file");
    case Type:
        return tr("Detected type");
    case Example:
        return tr("Example");
    case Target:
        return tr("Import as");
    }
    return {};
}

} // namespace vd::gui
