#include "SegmentElbowChart.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace vd::gui {

SegmentElbowChart::SegmentElbowChart(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(new QChart, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 230);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    setPoints({}, 0, tr("Elbow: press Elbow to run k = 2…10"));
}

void SegmentElbowChart::setPoints(std::vector<segment::ElbowPoint> points, int chosenK,
                                  const QString& placeholder)
{
    m_points = std::move(points);
    QChart* c = m_view->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    if (m_points.empty()) {
        c->setTitle(placeholder);
        c->legend()->hide();
        return;
    }
    c->setTitle(tr("Choosing k: inertia and silhouette"));
    c->legend()->show();
    auto* inertia = new QLineSeries;
    inertia->setName(tr("Inertia"));
    inertia->setPointsVisible(true);
    inertia->setColor(QColor(0x1f, 0x4e, 0x8c));
    auto* sil = new QLineSeries;
    sil->setName(tr("Mean silhouette"));
    sil->setPointsVisible(true);
    sil->setColor(QColor(0xd9, 0x7b, 0x1e));
    auto* chosen = new QScatterSeries;
    chosen->setName(tr("Chosen k"));
    chosen->setMarkerSize(13);
    chosen->setColor(QColor(0, 0, 0, 0));
    chosen->setBorderColor(QColor(0xc0, 0x39, 0x2b));
    chosen->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
    double top = 0.0, silTop = 0.0, silLow = 0.0;
    int kMin = m_points.front().k, kMax = m_points.front().k;
    for (const auto& p : m_points) {
        inertia->append(p.k, p.inertia);
        top = std::max(top, p.inertia);
        kMin = std::min(kMin, p.k);
        kMax = std::max(kMax, p.k);
        if (p.silhouette) {
            sil->append(p.k, *p.silhouette);
            silTop = std::max(silTop, *p.silhouette);
            silLow = std::min(silLow, *p.silhouette);
        }
        if (p.k == chosenK)
            chosen->append(p.k, p.inertia);
    }
    c->addSeries(inertia);
    c->addSeries(sil);
    c->addSeries(chosen);
    auto* x = new QValueAxis;
    x->setTitleText(tr("Number of clusters k"));
    x->setRange(kMin - 0.5, kMax + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(kMin);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setMinorTickCount(0);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Inertia (squared distance, standardised units)"));
    y->setRange(0.0, top > 0 ? top * 1.08 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.3g"));
    auto* y2 = new QValueAxis;
    y2->setTitleText(tr("Mean silhouette (−1 … 1)"));
    y2->setRange(std::min(0.0, silLow), std::max(0.1, silTop * 1.15));
    y2->applyNiceNumbers();
    y2->setLabelFormat(QStringLiteral("%.2f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(y2, Qt::AlignRight);
    inertia->attachAxis(x);
    inertia->attachAxis(y);
    chosen->attachAxis(x);
    chosen->attachAxis(y);
    sil->attachAxis(x);
    sil->attachAxis(y2);
}

} // namespace vd::gui
