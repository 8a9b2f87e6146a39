#include "JourneyKpiTableModel.h"

#include "JourneyRenderer.h"

#include <QColor>
#include <QLocale>
#include <cmath>
#include <limits>

namespace vd::gui {

using namespace vd::journey;

namespace {

QString fixed(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString signedFixed(double v, int decimals)
{
    const QString s = fixed(std::abs(v), decimals);
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        return fixed(0.0, decimals);
    return (v < 0 ? QStringLiteral("−") : QStringLiteral("+")) + s;
}

} // namespace

JourneyKpiTableModel::JourneyKpiTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void JourneyKpiTableModel::setMap(const JourneyMap& map, const std::optional<MapKpis>& kpis)
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t s = 0; s < map.stages.size(); ++s)
        for (std::size_t t = 0; t < map.stages[s].touchpoints.size(); ++t) {
            const journey::Touchpoint& tp = map.stages[s].touchpoints[t];
            Row r;
            r.ref = {static_cast<int>(s), static_cast<int>(t)};
            r.stage = QString::fromStdString(map.stages[s].name);
            r.name = QString::fromStdString(tp.name);
            r.code = QString::fromStdString(tp.code);
            r.emotion = tp.emotion;
            if (kpis && s < kpis->byStage.size() && t < kpis->byStage[s].size())
                r.kpis = kpis->byStage[s][t];
            m_rows.push_back(std::move(r));
        }
    endResetModel();
}

TouchpointRef JourneyKpiTableModel::refAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).ref;
}

int JourneyKpiTableModel::rowOf(TouchpointRef ref) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].ref == ref)
            return static_cast<int>(i);
    return -1;
}

int JourneyKpiTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JourneyKpiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JourneyKpiTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const TouchpointKpis* k = r.kpis ? &*r.kpis : nullptr;
    const bool measured = k && !r.code.isEmpty();
    const auto& m = k ? k->metrics : loyalty::ScoreMetrics{};
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    // Number for sorting (NaN when missing) and its text.
    auto value = [&]() -> std::optional<double> {
        if (!measured)
            return std::nullopt;
        switch (index.column()) {
        case Responses:
            return static_cast<double>(m.counts.responses);
        case Nps:
            return kpiValue(m, KpiMetric::Nps);
        case CsatTop2:
            return kpiValue(m, KpiMetric::CsatTop2);
        case CsatMean:
            return kpiValue(m, KpiMetric::CsatMean);
        case CesMean:
            return kpiValue(m, KpiMetric::CesMean);
        case CesAgree:
            return kpiValue(m, KpiMetric::CesAgree);
        case Derived:
            return k->derivedEmotion;
        default:
            return std::nullopt;
        }
    };
    auto crossedFor = [&](KpiMetric metric) {
        if (!k)
            return false;
        for (const KpiReading& rd : k->readings)
            if (rd.definition.metric == metric && rd.crossed)
                return true;
        return false;
    };
    auto metricOf = [](int column) -> std::optional<KpiMetric> {
        switch (column) {
        case Responses:
            return KpiMetric::Responses;
        case Nps:
            return KpiMetric::Nps;
        case CsatTop2:
            return KpiMetric::CsatTop2;
        case CsatMean:
            return KpiMetric::CsatMean;
        case CesMean:
            return KpiMetric::CesMean;
        case CesAgree:
            return KpiMetric::CesAgree;
        default:
            return std::nullopt;
        }
    };

    switch (role) {
    case Qt::DisplayRole: {
        switch (index.column()) {
        case Stage:
            return r.stage;
        case Touchpoint:
            return r.name;
        case Code:
            return r.code.isEmpty() ? tr("(not measured)") : r.code;
        case Entered:
            return signedFixed(r.emotion, 0);
        case Alerts: {
            QStringList alerts;
            if (k)
                for (const KpiReading& rd : k->readings)
                    if (rd.crossed)
                        alerts << render::JourneyRenderer::readingText(rd);
            return alerts.join(QStringLiteral("; "));
        }
        default:
            break;
        }
        const auto v = value();
        if (!v)
            return measured ? QStringLiteral("—") : QString();
        switch (index.column()) {
        case Responses:
            return QLocale().toString(static_cast<qlonglong>(*v));
        case Nps:
            return signedFixed(*v, 0);
        case CsatTop2:
        case CesAgree:
            return fixed(*v, 0) + QStringLiteral(" %");
        case CsatMean:
        case CesMean:
            return fixed(*v, 2);
        case Derived:
            return signedFixed(*v, 2);
        }
        return {};
    }
    case SortRole:
        if (index.column() == Entered)
            return static_cast<double>(r.emotion);
        if (const auto v = value())
            return *v;
        if (index.column() >= Responses && index.column() <= Derived)
            return kNone;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() >= Responses && index.column() <= Derived)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (const auto metric = metricOf(index.column()); metric && crossedFor(*metric))
            return QColor(0xb9, 0x1c, 0x1c);
        if (index.column() == Alerts)
            return QColor(0xb9, 0x1c, 0x1c);
        if (!measured && index.column() != Stage && index.column() != Touchpoint &&
            index.column() != Entered)
            return QColor(0x9c, 0xa3, 0xaf);
        break;
    case Qt::BackgroundRole:
        if (k && k->flagged)
            return QColor(0xfe, 0xe2, 0xe2);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Nps && m.nps)
            return tr("NPS %1 (95 % interval %2 to %3), %n answer(s)", nullptr,
                      static_cast<int>(m.counts.promoters + m.counts.passives + m.counts.detractors))
                .arg(signedFixed(m.nps->nps, 1), signedFixed(m.nps->lower, 1),
                     signedFixed(m.nps->upper, 1));
        if (index.column() == Derived && k && k->derivedEmotion && k->derivedLower)
            return tr("Mean CSAT − 3; 95 % interval %1 to %2")
                .arg(signedFixed(*k->derivedLower, 2), signedFixed(*k->derivedUpper, 2));
        break;
    }
    return {};
}

QVariant JourneyKpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Nps:
            return tr("Net promoter score: % promoters (9–10) − % detractors (0–6), points");
        case CsatTop2:
            return tr("Share of CSAT answers 4 or 5 on the 1–5 scale");
        case CesMean:
            return tr("Mean customer effort score, 1–7, higher = easier");
        case CesAgree:
            return tr("Share of CES answers 5–7");
        case Entered:
            return tr("Emotion as entered in the workshop, −2…+2");
        case Derived:
            return tr("Emotion derived from the data: mean CSAT − 3, −2…+2");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Stage:
        return tr("Stage");
    case Touchpoint:
        return tr("Touchpoint");
    case Code:
        return tr("Code");
    case Responses:
        return tr("Responses");
    case Nps:
        return tr("NPS");
    case CsatTop2:
        return tr("CSAT top-2");
    case CsatMean:
        return tr("CSAT mean");
    case CesMean:
        return tr("CES mean");
    case CesAgree:
        return tr("CES agree");
    case Entered:
        return tr("Emotion entered");
    case Derived:
        return tr("Emotion derived");
    case Alerts:
        return tr("Past threshold");
    }
    return {};
}

} // namespace vd::gui
