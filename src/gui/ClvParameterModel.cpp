#include "ClvParameterModel.h"

#include <QFont>
#include <QLocale>
#include <cmath>
#include <limits>

namespace vd::gui {

ClvParameterModel::ClvParameterModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClvParameterModel::setRows(std::vector<ClvParameterRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ClvParameterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClvParameterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClvParameterModel::modelName(const std::string& code)
{
    if (code == "bgnbd")
        return tr("BG/NBD");
    if (code == "mbgnbd")
        return tr("MBG/NBD");
    if (code == "paretonbd")
        return tr("Pareto/NBD");
    if (code == "gg")
        return tr("Gamma-Gamma spend");
    if (code == "simple")
        return tr("Simple CLV");
    return QString::fromStdString(code);
}

QVariant ClvParameterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const ClvParameterRow& r = m_rows[static_cast<std::size_t>(index.row())];
    using Kind = ClvParameterRow::Kind;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (role == ValueRole) {
        if (index.column() == Estimate)
            return r.value;
        if (index.column() == StandardError)
            return r.standardError ? *r.standardError : nan;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Estimate ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (r.kind == Kind::Converged && !r.note.empty())
            return QString::fromStdString(r.note);
        if (r.kind == Kind::Parameter && index.column() == StandardError)
            return r.standardError
                       ? tr("From the inverse Hessian of the log-likelihood at the optimum")
                       : QString::fromStdString(r.note);
        return {};
    }
    if (role == Qt::FontRole && r.kind != Kind::Parameter && index.column() == Parameter) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Model:
        return modelName(r.model);
    case Parameter:
        switch (r.kind) {
        case Kind::Parameter:
            return QString::fromStdString(r.name);
        case Kind::LogLikelihood:
            return tr("Log-likelihood");
        case Kind::Customers:
            return tr("Customers");
        case Kind::Converged:
            return tr("Converged");
        }
        return {};
    case Estimate:
        switch (r.kind) {
        case Kind::Parameter:
            return locale.toString(r.value, 'f', 4);
        case Kind::LogLikelihood:
            return locale.toString(r.value, 'f', 2);
        case Kind::Customers:
            return locale.toString(static_cast<qlonglong>(std::llround(r.value)));
        case Kind::Converged:
            return r.value > 0.5 ? tr("Yes") : tr("No");
        }
        return {};
    case StandardError:
        if (r.kind != Kind::Parameter)
            return QString();
        return r.standardError ? locale.toString(*r.standardError, 'f', 4)
                               : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant ClvParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model:
        return tr("Model");
    case Parameter:
        return tr("Parameter");
    case Estimate:
        return tr("Estimate");
    case StandardError:
        return tr("Std. error");
    default:
        return {};
    }
}

} // namespace vd::gui
