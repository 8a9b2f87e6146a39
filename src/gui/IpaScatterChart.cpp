#include "IpaScatterChart.h"

#include "PyramidAttributeModel.h"
#include "PyramidRenderer.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace vd::gui {

namespace {

QColor quadrantColor(value::Quadrant q)
{
    switch (q) {
    case value::Quadrant::ConcentrateHere:
        return QColor(0xc0, 0x39, 0x2b);
    case value::Quadrant::KeepUpTheGoodWork:
        return QColor(0x1e, 0x84, 0x49);
    case value::Quadrant::LowPriority:
        return QColor(0x7f, 0x8c, 0x8d);
    case value::Quadrant::PossibleOverkill:
        return QColor(0x29, 0x80, 0xb9);
    }
    return Qt::black;
}

} // namespace

IpaScatterChart::IpaScatterChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    chart()->setTitle(tr("Importance–performance analysis"));
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeLabels(); });
}

void IpaScatterChart::setReports(const value::ValueReport* a, const value::ValueReport* b)
{
    QChart* c = chart();
    for (const Label& l : m_labels) {
        c->scene()->removeItem(l.item);
        delete l.item;
    }
    m_labels.clear();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_pointCount = 0;
    if (!a || !a->ipa.importanceSplit)
        return;

    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(tr("Performance (mean rating, 1–7)"));
    y->setTitleText(tr("Importance (mean rating, 1–7)"));
    double lo = 7.0, hi = 1.0;
    auto widen = [&](const value::ValueReport* r) {
        for (const auto& at : r->attributes)
            if (at.importance && at.performance) {
                lo = std::min({lo, at.importance->mean, at.performance->mean});
                hi = std::max({hi, at.importance->mean, at.performance->mean});
            }
    };
    widen(a);
    if (b)
        widen(b);
    // Zoom on the data (both axes the same range, whole half-points) but never beyond 1..7.
    lo = std::max(1.0, std::floor(std::min(lo, *a->ipa.performanceSplit) * 2.0 - 1.0) / 2.0);
    hi = std::min(7.0, std::ceil(std::max(hi, *a->ipa.importanceSplit) * 2.0 + 1.0) / 2.0);
    for (QValueAxis* axis : {x, y}) {
        axis->setRange(lo, hi);
        axis->setTickCount(static_cast<int>((hi - lo) * 2) + 1);
        axis->setLabelFormat("%.1f");
    }
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    // Crosshairs.
    const double iSplit = *a->ipa.importanceSplit, pSplit = *a->ipa.performanceSplit;
    auto* vLine = new QLineSeries;
    vLine->append(pSplit, lo);
    vLine->append(pSplit, hi);
    auto* hLine = new QLineSeries;
    hLine->append(lo, iSplit);
    hLine->append(hi, iSplit);
    for (QLineSeries* line : {vLine, hLine}) {
        line->setPen(QPen(QColor(0x6b, 0x72, 0x80), 1.5, Qt::DashLine));
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    vLine->setName(a->ipa.crossHair == value::CrossHair::DataMeans
                       ? tr("Crosshairs at the means of the attribute means")
                       : tr("Crosshairs at the scale midpoint (4)"));

    std::map<std::int64_t, const value::AttributeResult*> inB;
    if (b)
        for (const auto& r : b->attributes)
            inB[r.attribute.id] = &r;

    // One series per quadrant so the legend explains the colours.
    std::map<value::Quadrant, QScatterSeries*> byQuadrant;
    for (value::Quadrant q : {value::Quadrant::ConcentrateHere, value::Quadrant::KeepUpTheGoodWork,
                              value::Quadrant::LowPriority, value::Quadrant::PossibleOverkill}) {
        auto* s = new QScatterSeries;
        s->setName(quadrantName(q));
        s->setColor(quadrantColor(q));
        s->setBorderColor(Qt::white);
        s->setMarkerSize(13);
        byQuadrant[q] = s;
    }
    QScatterSeries* second = nullptr;
    if (b) {
        second = new QScatterSeries;
        second->setName(render::PyramidRenderer::populationName(b->filter.population));
        second->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        second->setMarkerSize(10);
        second->setColor(Qt::white);
        second->setBorderColor(QColor(0xe0, 0x8e, 0x2b));
        second->setPen(QPen(QColor(0xe0, 0x8e, 0x2b), 2.0));
    }
    for (const auto& at : a->attributes) {
        if (!at.importance || !at.performance || !at.quadrant)
            continue;
        const QPointF pt(at.performance->mean, at.importance->mean);
        byQuadrant[*at.quadrant]->append(pt);
        ++m_pointCount;
        auto* label = new QGraphicsSimpleTextItem(attributeName(at.attribute));
        QFont f = label->font();
        f.setPointSizeF(8.5);
        label->setFont(f);
        label->setBrush(QColor(0x1f, 0x29, 0x37));
        c->scene()->addItem(label);
        m_labels.push_back({label, pt, {}, false});
        if (second) {
            auto it = inB.find(at.attribute.id);
            if (it != inB.end() && it->second->importance && it->second->performance) {
                const QPointF pb(it->second->performance->mean, it->second->importance->mean);
                second->append(pb);
                auto* link = new QLineSeries;
                link->append(pt);
                link->append(pb);
                link->setPen(QPen(QColor(0xe0, 0x8e, 0x2b, 150), 1.0));
                c->addSeries(link);
                link->attachAxis(x);
                link->attachAxis(y);
                c->legend()->markers(link).first()->setVisible(false);
            }
        }
    }
    for (auto& [q, s] : byQuadrant) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (second) {
        c->addSeries(second);
        second->attachAxis(x);
        second->attachAxis(y);
    }
    c->legend()->markers(hLine).first()->setVisible(false);
    c->legend()->setAlignment(Qt::AlignBottom);

    // Quadrant names in the corners of the plot area (importance up, performance across).
    const std::pair<value::Quadrant, Qt::Alignment> corners[] = {
        {value::Quadrant::ConcentrateHere, Qt::AlignTop | Qt::AlignLeft},
        {value::Quadrant::KeepUpTheGoodWork, Qt::AlignTop | Qt::AlignRight},
        {value::Quadrant::LowPriority, Qt::AlignBottom | Qt::AlignLeft},
        {value::Quadrant::PossibleOverkill, Qt::AlignBottom | Qt::AlignRight}};
    for (const auto& [q, corner] : corners) {
        auto* label = new QGraphicsSimpleTextItem(quadrantName(q));
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(10);
        label->setFont(f);
        QColor col = quadrantColor(q);
        col.setAlpha(170);
        label->setBrush(col);
        c->scene()->addItem(label);
        m_labels.push_back({label, {}, corner, true});
    }
    c->setTitle(tr("Importance–performance analysis (Martilla & James 1977) — %1")
                    .arg(render::PyramidRenderer::populationName(a->filter.population)));
    placeLabels();
}

void IpaScatterChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void IpaScatterChart::placeLabels()
{
    QChart* c = chart();
    const QRectF area = c->plotArea();
    if (c->series().isEmpty())
        return;
    QAbstractSeries* ref = c->series().first();
    for (const Label& l : m_labels) {
        const QRectF box = l.item->boundingRect();
        if (l.quadrant) {
            const double x =
                (l.corner & Qt::AlignLeft) ? area.left() + 8 : area.right() - box.width() - 8;
            const double y =
                (l.corner & Qt::AlignTop) ? area.top() + 6 : area.bottom() - box.height() - 6;
            l.item->setPos(x, y);
        } else {
            const QPointF pos = c->mapToPosition(l.value, ref);
            l.item->setPos(pos.x() + 9, pos.y() - box.height() / 2.0);
        }
    }
}

} // namespace vd::gui
