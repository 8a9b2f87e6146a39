#include "DashboardBreakdownModel.h"

#include <QLocale>

namespace vd::gui {

DashboardBreakdownModel::DashboardBreakdownModel(QString groupTitle, QObject* parent)
    : QAbstractTableModel(parent), m_groupTitle(std::move(groupTitle))
{
}

void DashboardBreakdownModel::setRows(std::vector<loyalty::ScoreMetrics> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DashboardBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DashboardBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const loyalty::ScoreMetrics& r = m_rows[static_cast<std::size_t>(index.row())];
    const QLocale loc;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Group ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Group:
            return QString::fromStdString(r.key);
        case Responses:
            return static_cast<qlonglong>(r.counts.responses);
        case Nps:
        case NpsInterval:
            return r.nps ? QVariant(r.nps->nps) : QVariant(-1000.0);
        case CsatTop2:
            return r.csatTop2 ? QVariant(r.csatTop2->proportion) : QVariant(-1.0);
        case CesMean:
            return r.cesMean ? QVariant(r.cesMean->mean) : QVariant(-1.0);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Nps && r.nps)
        return tr("%L1 promoters, %L2 passives, %L3 detractors")
            .arg(r.nps->promoters)
            .arg(r.nps->passives)
            .arg(r.nps->detractors);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group:
        return r.key.empty() ? tr("(none)") : QString::fromStdString(r.key);
    case Responses:
        return loc.toString(static_cast<qlonglong>(r.counts.responses));
    case Nps:
        return r.nps ? QVariant(loc.toString(r.nps->nps, 'f', 1)) : QVariant();
    case NpsInterval:
        return r.nps ? QVariant(tr("%1 to %2")
                                    .arg(loc.toString(r.nps->lower, 'f', 1),
                                         loc.toString(r.nps->upper, 'f', 1)))
                     : QVariant();
    case CsatTop2:
        return r.csatTop2
                   ? QVariant(loc.toString(100.0 * r.csatTop2->proportion, 'f', 1) + " %")
                   : QVariant();
    case CesMean:
        return r.cesMean ? QVariant(loc.toString(r.cesMean->mean, 'f', 2)) : QVariant();
    }
    return {};
}

QVariant DashboardBreakdownModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return m_groupTitle;
    case Responses:
        return tr("Responses");
    case Nps:
        return tr("NPS (points)");
    case NpsInterval:
        return tr("NPS 95 % CI");
    case CsatTop2:
        return tr("CSAT top-2 (%)");
    case CesMean:
        return tr("CES mean (1–7)");
    }
    return {};
}

} // namespace vd::gui
