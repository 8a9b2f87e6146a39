#include "ClvChurnModel.h"

#include <QLocale>

namespace vd::gui {

ClvChurnModel::ClvChurnModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClvChurnModel::setList(ClvChurnList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

qint64 ClvChurnModel::customerId(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_list.rows[static_cast<std::size_t>(row)].prediction.customerId;
}

int ClvChurnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.rows.size());
}

int ClvChurnModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClvChurnModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const auto& s = m_list.rows[static_cast<std::size_t>(index.row())];
    const auto& p = s.prediction;
    if (role == CustomerIdRole)
        return static_cast<qlonglong>(p.customerId);
    if (role == ValueRole) {
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case PAlive:
            return p.pAlive ? QVariant(*p.pAlive) : QVariant();
        case Clv:
            return p.clv;
        case ValueAtRisk:
            return p.valueAtRisk;
        case ExpectedPurchases:
            return p.expectedTransactions;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Rank || index.column() >= PAlive;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == ValueAtRisk)
        return tr("Discounted margin lost if the customer has already left: "
                  "(1 − P(alive)) × the value of the customer if alive");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Customer:
        return s.externalId.empty() ? QString::number(p.customerId)
                                    : QString::fromStdString(s.externalId);
    case Name:
        return QString::fromStdString(s.name);
    case PAlive:
        return p.pAlive ? locale.toString(*p.pAlive * 100.0, 'f', 1) + QStringLiteral(" %")
                        : QStringLiteral("—");
    case Clv:
        return locale.toString(p.clv, 'f', 2);
    case ValueAtRisk:
        return locale.toString(p.valueAtRisk, 'f', 2);
    case ExpectedPurchases:
        return locale.toString(p.expectedTransactions, 'f', 2);
    default:
        return {};
    }
}

QVariant ClvChurnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Customer:
        return tr("Customer");
    case Name:
        return tr("Name");
    case PAlive:
        return tr("P(alive)");
    case Clv:
        return tr("CLV");
    case ValueAtRisk:
        return tr("Value at risk");
    case ExpectedPurchases:
        return tr("Expected purchases");
    default:
        return {};
    }
}

} // namespace vd::gui
