#include "ClvPredictionModel.h"

#include <QLocale>

namespace vd::gui {

ClvPredictionModel::ClvPredictionModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClvPredictionModel::setRows(std::vector<clv::StoredPrediction> rows, std::int64_t total)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_total = total;
    endResetModel();
}

qint64 ClvPredictionModel::customerId(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[static_cast<std::size_t>(row)].prediction.customerId;
}

std::optional<clv::PredictionSort> ClvPredictionModel::sortFor(int column)
{
    switch (column) {
    case Customer:
        return clv::PredictionSort::CustomerId;
    case PAlive:
        return clv::PredictionSort::PAlive;
    case ExpectedPurchases:
        return clv::PredictionSort::ExpectedTransactions;
    case Clv:
        return clv::PredictionSort::Clv;
    case ValueAtRisk:
        return clv::PredictionSort::ValueAtRisk;
    default:
        return std::nullopt;
    }
}

int ClvPredictionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClvPredictionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClvPredictionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const auto& s = m_rows[static_cast<std::size_t>(index.row())];
    const auto& p = s.prediction;
    if (role == ValueRole) {
        switch (index.column()) {
        case Customer:
            return static_cast<qlonglong>(p.customerId);
        case Frequency:
            return p.x;
        case Recency:
            return p.tx;
        case Age:
            return p.T;
        case PAlive:
            return p.pAlive ? QVariant(*p.pAlive) : QVariant();
        case ExpectedPurchases:
            return p.expectedTransactions;
        case ExpectedSpend:
            return p.expectedSpend;
        case Clv:
            return p.clv;
        case ValueAtRisk:
            return p.valueAtRisk;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Frequency ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Customer:
        return s.externalId.empty() ? QString::number(p.customerId)
                                    : QString::fromStdString(s.externalId);
    case Name:
        return QString::fromStdString(s.name);
    case Frequency:
        return locale.toString(p.x, 'f', 0);
    case Recency:
        return locale.toString(p.tx, 'f', 1);
    case Age:
        return locale.toString(p.T, 'f', 1);
    case PAlive:
        return p.pAlive ? locale.toString(*p.pAlive * 100.0, 'f', 1) + QStringLiteral(" %")
                        : QStringLiteral("—");
    case ExpectedPurchases:
        return locale.toString(p.expectedTransactions, 'f', 2);
    case ExpectedSpend:
        return locale.toString(p.expectedSpend, 'f', 2);
    case Clv:
        return locale.toString(p.clv, 'f', 2);
    case ValueAtRisk:
        return locale.toString(p.valueAtRisk, 'f', 2);
    default:
        return {};
    }
}

QVariant ClvPredictionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Frequency:
            return tr("Repeat purchases in the calibration period (x)");
        case Recency:
            return tr("Time of the last calibration purchase since the first (t_x), in time "
                      "units");
        case Age:
            return tr("Time from the first purchase to the calibration end (T), in time units");
        case ExpectedPurchases:
            return tr("Expected purchases over the horizon");
        case ExpectedSpend:
            return tr("Expected spend per purchase");
        default:
            return sortFor(section) ? QVariant() : QVariant(tr("Not sortable"));
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case Name:
        return tr("Name");
    case Frequency:
        return tr("x");
    case Recency:
        return tr("t_x");
    case Age:
        return tr("T");
    case PAlive:
        return tr("P(alive)");
    case ExpectedPurchases:
        return tr("Expected purchases");
    case ExpectedSpend:
        return tr("Expected spend");
    case Clv:
        return tr("CLV");
    case ValueAtRisk:
        return tr("Value at risk");
    default:
        return {};
    }
}

void ClvPredictionModel::sort(int column, Qt::SortOrder order)
{
    if (const auto s = sortFor(column))
        emit sortRequested(*s, order == Qt::AscendingOrder);
}

} // namespace vd::gui
