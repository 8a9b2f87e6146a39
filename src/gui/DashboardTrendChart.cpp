#include "DashboardTrendChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace vd::gui {

DashboardTrendChart::DashboardTrendChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void DashboardTrendChart::setData(const QString& title, const QString& xTitle,
                                  const QString& yTitle, double yMin, double yMax,
                                  const QString& xFormat, const QList<Series>& series)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis), delete axis;
    c->setTitle(title);
    m_lines = 0;
    m_bands = 0;

    auto* x = new QDateTimeAxis;
    x->setTitleText(xTitle);
    x->setFormat(xFormat);
    auto* y = new QValueAxis;
    y->setTitleText(yTitle);
    y->setRange(yMin, yMax);
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    qint64 minX = 0, maxX = 0;
    bool any = false;
    for (const Series& s : series) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        QPen pen(s.color);
        pen.setWidthF(2.0);
        line->setPen(pen);
        auto* dots = new QScatterSeries;
        dots->setMarkerSize(6.0);
        dots->setColor(s.color);
        dots->setBorderColor(s.color);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        for (const Point& p : s.points) {
            line->append(static_cast<double>(p.periodStartMs), p.value);
            dots->append(static_cast<double>(p.periodStartMs), p.value);
            if (p.lower && p.upper) {
                upper->append(static_cast<double>(p.periodStartMs), *p.upper);
                lower->append(static_cast<double>(p.periodStartMs), *p.lower);
            }
            minX = any ? std::min(minX, p.periodStartMs) : p.periodStartMs;
            maxX = any ? std::max(maxX, p.periodStartMs) : p.periodStartMs;
            any = true;
        }
        if (upper->count() > 1) {
            auto* band = new QAreaSeries(upper, lower);
            upper->setParent(band);
            lower->setParent(band);
            band->setName(tr("%1, 95 % interval").arg(s.name));
            QColor fill = s.color;
            fill.setAlpha(50);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            c->addSeries(band);
            band->attachAxis(x);
            band->attachAxis(y);
            ++m_bands;
        } else {
            delete upper;
            delete lower;
        }
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        c->addSeries(dots);
        dots->attachAxis(x);
        dots->attachAxis(y);
        ++m_lines;
    }
    // The dots and the band share their line's colour, and the chart title names the band:
    // one legend entry per line keeps the legend short enough to be read in full.
    for (QLegendMarker* m : c->legend()->markers())
        if (qobject_cast<QScatterSeries*>(m->series()) || qobject_cast<QAreaSeries*>(m->series()))
            m->setVisible(false);
    if (any) {
        // Half a month of padding so the first and last points are not on the frame.
        const qint64 pad = 15LL * 86400 * 1000;
        x->setRange(QDateTime::fromMSecsSinceEpoch(minX - pad, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(maxX + pad, Qt::UTC));
    }
}

} // namespace vd::gui
