#include "ClvTrackingChart.h"

#include "valuedesk/Date.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace vd::gui {

namespace {
QString unitName(clv::TimeUnit unit)
{
    switch (unit) {
    case clv::TimeUnit::Day:
        return ClvTrackingChart::tr("day");
    case clv::TimeUnit::Week:
        return ClvTrackingChart::tr("week");
    case clv::TimeUnit::Month:
        return ClvTrackingChart::tr("month");
    }
    return {};
}

qint64 dayToMs(std::int64_t day)
{
    return day * date::kSecondsPerDay * 1000;
}
} // namespace

ClvTrackingChart::ClvTrackingChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void ClvTrackingChart::setData(const clv::ValidationResult* validation, clv::TimeUnit unit,
                               bool hasHoldout, const QString& placeholder)
{
    m_data = validation ? std::optional<clv::ValidationResult>(*validation) : std::nullopt;
    m_unit = unit;
    m_hasHoldout = hasHoldout;
    m_placeholder = placeholder;
    rebuild();
}

void ClvTrackingChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuild();
}

QString ClvTrackingChart::xTitle() const
{
    return tr("Calendar %1 (start date)").arg(unitName(m_unit));
}

QString ClvTrackingChart::yTitle() const
{
    return m_mode == Mode::Cumulative
               ? tr("Cumulative repeat transactions (count)")
               : tr("Repeat transactions per %1 (count)").arg(unitName(m_unit));
}

void ClvTrackingChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_points = 0;
    m_marker = false;
    if (!m_data || m_data->tracking.empty()) {
        c->setTitle(m_placeholder);
        c->legend()->hide();
        return;
    }
    c->legend()->show();
    const bool cumulative = m_mode == Mode::Cumulative;
    c->setTitle(m_hasHoldout
                    ? (cumulative ? tr("Cumulative repeat transactions: calibration and holdout")
                                  : tr("Repeat transactions per %1: calibration and holdout")
                                        .arg(unitName(m_unit)))
                    : (cumulative ? tr("Cumulative repeat transactions in the calibration period")
                                  : tr("Repeat transactions per %1 in the calibration period")
                                        .arg(unitName(m_unit))));

    auto* x = new QDateTimeAxis;
    x->setTitleText(xTitle());
    x->setFormat(m_unit == clv::TimeUnit::Day ? QStringLiteral("yyyy-MM-dd")
                                              : QStringLiteral("yyyy-MM"));
    x->setTickCount(8);
    auto* y = new QValueAxis;
    y->setTitleText(yTitle());
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    auto* actual = new QLineSeries;
    actual->setName(tr("Actual"));
    QPen actualPen(QColor(0x1f, 0x3a, 0x5f));
    actualPen.setWidthF(2.0);
    actual->setPen(actualPen);
    auto* model = new QLineSeries;
    model->setName(tr("Model"));
    QPen modelPen(QColor(0xe0, 0x7b, 0x1a));
    modelPen.setWidthF(2.0);
    modelPen.setStyle(Qt::DashLine);
    model->setPen(modelPen);

    double top = 0.0;
    const auto& points = m_data->tracking;
    for (const auto& p : points) {
        const double a = cumulative ? p.actualCumulative : p.actual;
        const double m = cumulative ? p.predictedCumulative : p.predicted;
        const auto t = static_cast<double>(dayToMs(p.startDay));
        actual->append(t, a);
        model->append(t, m);
        top = std::max({top, a, m});
    }
    m_points = static_cast<int>(points.size());
    c->addSeries(actual);
    c->addSeries(model);
    for (QLineSeries* s : {actual, model}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    y->setRange(0.0, top > 0 ? top * 1.05 : 1.0);
    y->applyNiceNumbers();

    const qint64 first = dayToMs(points.front().startDay);
    qint64 last = dayToMs(points.back().startDay);
    if (last == first)
        last = first + 86400000LL;
    x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));

    // The calibration end: a vertical line where the first holdout period starts.
    if (m_hasHoldout && m_data->calibrationPeriods > 0 &&
        m_data->calibrationPeriods < static_cast<int>(points.size())) {
        const auto at = static_cast<double>(
            dayToMs(points[static_cast<std::size_t>(m_data->calibrationPeriods)].startDay));
        auto* marker = new QLineSeries;
        marker->setName(tr("Calibration end"));
        QPen pen(QColor(0x6b, 0x72, 0x80));
        pen.setWidthF(1.2);
        pen.setStyle(Qt::DotLine);
        marker->setPen(pen);
        marker->append(at, 0.0);
        marker->append(at, y->max());
        c->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
        m_marker = true;
    }
}

} // namespace vd::gui
