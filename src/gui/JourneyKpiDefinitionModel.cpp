#include "JourneyKpiDefinitionModel.h"

#include <QColor>
#include <QLocale>
#include <cmath>

namespace vd::gui {

using namespace vd::journey;

JourneyKpiDefinitionModel::JourneyKpiDefinitionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    for (KpiMetric m : allKpiMetrics())
        m_rows.push_back({false, KpiDefinition{m, std::nullopt, AlertWhen::Below}});
}

void JourneyKpiDefinitionModel::setDefinitions(std::vector<KpiDefinition> definitions)
{
    std::vector<Row> rows;
    for (KpiMetric m : allKpiMetrics()) {
        Row r{false, KpiDefinition{m, std::nullopt, AlertWhen::Below}};
        for (const KpiDefinition& d : definitions)
            if (d.metric == m) {
                r.shown = true;
                r.definition = d;
            }
        rows.push_back(r);
    }
    bool same = rows.size() == m_rows.size();
    for (std::size_t i = 0; same && i < rows.size(); ++i)
        same = rows[i].shown == m_rows[i].shown && rows[i].definition == m_rows[i].definition;
    if (same)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::vector<KpiDefinition> JourneyKpiDefinitionModel::definitions() const
{
    std::vector<KpiDefinition> out;
    for (const Row& r : m_rows)
        if (r.shown)
            out.push_back(r.definition);
    return out;
}

int JourneyKpiDefinitionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JourneyKpiDefinitionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JourneyKpiDefinitionModel::metricName(KpiMetric m)
{
    switch (m) {
    case KpiMetric::Nps:
        return tr("NPS");
    case KpiMetric::CsatTop2:
        return tr("CSAT top-2");
    case KpiMetric::CsatMean:
        return tr("CSAT mean");
    case KpiMetric::CesMean:
        return tr("CES mean");
    case KpiMetric::CesAgree:
        return tr("CES agree");
    case KpiMetric::Responses:
        return tr("Responses");
    }
    return {};
}

QString JourneyKpiDefinitionModel::unit(KpiMetric m)
{
    switch (m) {
    case KpiMetric::Nps:
        return tr("points, −100…100");
    case KpiMetric::CsatTop2:
    case KpiMetric::CesAgree:
        return tr("%");
    case KpiMetric::CsatMean:
        return tr("scale 1…5");
    case KpiMetric::CesMean:
        return tr("scale 1…7");
    case KpiMetric::Responses:
        return tr("count");
    }
    return {};
}

QVariant JourneyKpiDefinitionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const KpiDefinition& d = r.definition;
    switch (index.column()) {
    case Metric:
        if (role == Qt::DisplayRole)
            return metricName(d.metric);
        if (role == Qt::CheckStateRole)
            return r.shown ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Show this KPI on the touchpoint (%1)").arg(unit(d.metric));
        break;
    case Threshold:
        if (role == Qt::DisplayRole)
            return d.threshold ? QLocale().toString(*d.threshold, 'g', 6) + QStringLiteral(" ") +
                                     unit(d.metric)
                               : tr("none");
        if (role == Qt::EditRole)
            return d.threshold ? QLocale().toString(*d.threshold, 'g', 6) : QString();
        if (role == Qt::ToolTipRole)
            return tr("Mark the touchpoint when the value is beyond this threshold; empty = no "
                      "alert");
        if (role == Qt::ForegroundRole && !d.threshold)
            return QColor(0x9c, 0xa3, 0xaf);
        break;
    case HigherIsWorse:
        if (role == Qt::CheckStateRole)
            return d.alertWhen == AlertWhen::Above ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return d.alertWhen == AlertWhen::Above ? tr("alert above") : tr("alert below");
        break;
    }
    return {};
}

QVariant JourneyKpiDefinitionModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("KPI");
    case Threshold:
        return tr("Threshold");
    case HigherIsWorse:
        return tr("Higher is worse");
    }
    return {};
}

Qt::ItemFlags JourneyKpiDefinitionModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case Metric:
    case HigherIsWorse:
        return f | Qt::ItemIsUserCheckable;
    case Threshold:
        return f | Qt::ItemIsEditable;
    }
    return f;
}

bool JourneyKpiDefinitionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::CheckStateRole && index.column() == Metric) {
        r.shown = value.toInt() == Qt::Checked;
    } else if (role == Qt::CheckStateRole && index.column() == HigherIsWorse) {
        r.definition.alertWhen = value.toInt() == Qt::Checked ? AlertWhen::Above : AlertWhen::Below;
    } else if (role == Qt::EditRole && index.column() == Threshold) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            r.definition.threshold.reset();
        } else {
            bool ok = false;
            double v = QLocale().toDouble(text, &ok);
            if (!ok)
                v = text.toDouble(&ok); // "20.5" also where the locale writes "20,5"
            if (!ok || !std::isfinite(v))
                return false;
            r.definition.threshold = v;
            r.shown = true; // a threshold on a hidden KPI would never be seen
        }
    } else {
        return false;
    }
    Row& current = m_rows[static_cast<std::size_t>(index.row())];
    if (r.shown == current.shown && r.definition == current.definition)
        return false;
    current = r;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit edited(definitions());
    return true;
}

} // namespace vd::gui
