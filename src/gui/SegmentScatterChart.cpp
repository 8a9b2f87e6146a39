#include "SegmentScatterChart.h"

#include "SegmentFormat.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace vd::gui {

SegmentScatterChart::SegmentScatterChart(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(new QChart, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(300, 230);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    setPlaceholder(tr("Run k-means to see the clusters"));
}

int SegmentScatterChart::seriesCount() const
{
    return static_cast<int>(m_view->chart()->series().size());
}

std::vector<std::int64_t> SegmentScatterChart::sampleRows(std::int64_t n, std::int64_t limit,
                                                          std::uint64_t seed)
{
    std::vector<std::int64_t> rows;
    if (n <= 0 || limit <= 0)
        return rows;
    if (n <= limit) {
        rows.resize(static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i)
            rows[static_cast<std::size_t>(i)] = i;
        return rows;
    }
    rows.reserve(static_cast<std::size_t>(limit));
    std::mt19937_64 engine(seed);
    std::int64_t needed = limit;
    for (std::int64_t i = 0; i < n && needed > 0; ++i) {
        // Keep row i with probability needed / (rows left).
        const double u = static_cast<double>(engine() >> 11) * 0x1.0p-53;
        if (u * static_cast<double>(n - i) < static_cast<double>(needed)) {
            rows.push_back(i);
            --needed;
        }
    }
    return rows;
}

void SegmentScatterChart::setPlaceholder(const QString& text)
{
    QChart* c = m_view->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(text);
    c->legend()->hide();
    m_points = 0;
}

void SegmentScatterChart::setPoints(const std::vector<QPointF>& points,
                                    const std::vector<int>& labels, int k, const QString& xTitle,
                                    const QString& yTitle, std::int64_t total)
{
    setPlaceholder({});
    if (points.empty() || k < 1) {
        setPlaceholder(tr("No customers to show"));
        return;
    }
    QChart* c = m_view->chart();
    std::vector<QList<QPointF>> byCluster(static_cast<std::size_t>(k));
    double xLo = std::numeric_limits<double>::infinity(), xHi = -xLo, yLo = xLo, yHi = -xLo;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int label = labels[i];
        if (label < 0 || label >= k || !std::isfinite(points[i].x()) ||
            !std::isfinite(points[i].y()))
            continue;
        byCluster[static_cast<std::size_t>(label)].append(points[i]);
        xLo = std::min(xLo, points[i].x());
        xHi = std::max(xHi, points[i].x());
        yLo = std::min(yLo, points[i].y());
        yHi = std::max(yHi, points[i].y());
        ++m_points;
    }
    if (m_points == 0) {
        setPlaceholder(tr("No customers to show"));
        return;
    }
    auto* x = new QValueAxis;
    x->setTitleText(xTitle);
    auto* y = new QValueAxis;
    y->setTitleText(yTitle);
    const double xPad = xHi > xLo ? 0.04 * (xHi - xLo) : 1.0;
    const double yPad = yHi > yLo ? 0.04 * (yHi - yLo) : 1.0;
    x->setRange(xLo - xPad, xHi + xPad);
    y->setRange(yLo - yPad, yHi + yPad);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    const double markerSize = m_points > 5000 ? 4.0 : 6.0;
    for (int cluster = 0; cluster < k; ++cluster) {
        auto* s = new QScatterSeries;
        s->setName(tr("Cluster %1").arg(cluster + 1));
        s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        s->setMarkerSize(markerSize);
        QColor color = segfmt::color(cluster);
        s->setColor(color);
        s->setBorderColor(color);
        s->replace(byCluster[static_cast<std::size_t>(cluster)]);
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->legend()->show();
    c->setTitle(static_cast<std::int64_t>(m_points) < total
                    ? tr("%1 of %2 customers (a fixed random sample)")
                          .arg(segfmt::count(m_points), segfmt::count(total))
                    : tr("%1 customers").arg(segfmt::count(m_points)));
}

} // namespace vd::gui
