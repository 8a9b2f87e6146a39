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
#include <cmath>
#include <limits>
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
    // Zoom on the data (both axes the same range, whole scale points, so a tick every 1.0)
    // but never beyond 1..7.
    lo = std::max(
        1.0, std::floor(std::min({lo, *a->ipa.performanceSplit, *a->ipa.importanceSplit}) - 0.25));
    hi = std::min(
        7.0, std::ceil(std::max({hi, *a->ipa.performanceSplit, *a->ipa.importanceSplit}) + 0.25));
    if (hi - lo < 2.0) {
        hi = std::min(7.0, lo + 2.0);
        lo = std::max(1.0, hi - 2.0);
    }
    for (QValueAxis* axis : {x, y}) {
        axis->setRange(lo, hi);
        axis->setTickCount(static_cast<int>(std::lround(hi - lo)) + 1);
        axis->setMinorTickCount(1);
        axis->setLabelFormat("%.0f");
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
    const QString crossHair = a->ipa.crossHair == value::CrossHair::DataMeans
                                  ? tr("crosshairs at the means of the attribute means")
                                  : tr("crosshairs at the scale midpoint (4)");

    std::map<std::int64_t, const value::AttributeResult*> inB;
    if (b)
        for (const auto& r : b->attributes)
            inB[r.attribute.id] = &r;

    // One series per quadrant for the colours; the quadrant names stand in the plot corners,
    // so the legend only tells the two populations apart (a legend row of six entries would be
    // cut to "Concentr..." on a laptop).
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
    QScatterSeries* firstKey = nullptr;
    if (b) {
        firstKey = new QScatterSeries; // no points: the legend's entry for the circles
        firstKey->setName(render::PyramidRenderer::populationName(a->filter.population));
        firstKey->setColor(QColor(0x6b, 0x72, 0x80));
        firstKey->setBorderColor(Qt::white);
        firstKey->setMarkerSize(13);
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
        c->legend()->markers(s).first()->setVisible(false);
    }
    if (firstKey) {
        c->addSeries(firstKey);
        firstKey->attachAxis(x);
        firstKey->attachAxis(y);
    }
    if (second) {
        c->addSeries(second);
        second->attachAxis(x);
        second->attachAxis(y);
    }
    c->legend()->markers(hLine).first()->setVisible(false);
    c->legend()->markers(vLine).first()->setVisible(false);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setVisible(second != nullptr);

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
    // Two lines (the title is rich text), so that neither is cut on a narrow page.
    c->setTitle(
        tr("Importance–performance analysis (Martilla & James 1977)<br>%1 · %2")
            .arg(render::PyramidRenderer::populationName(a->filter.population).toHtmlEscaped(),
                 crossHair));
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
    // Quadrant names first, in their corners; they and every point marker are obstacles.
    std::vector<QRectF> taken;
    for (const Label& l : m_labels) {
        if (!l.quadrant)
            continue;
        const QRectF box = l.item->boundingRect();
        const double x =
            (l.corner & Qt::AlignLeft) ? area.left() + 8 : area.right() - box.width() - 8;
        const double y =
            (l.corner & Qt::AlignTop) ? area.top() + 6 : area.bottom() - box.height() - 6;
        l.item->setPos(x, y);
        taken.push_back(QRectF(QPointF(x, y), box.size()));
    }
    const double marker = 8.0;
    for (const Label& l : m_labels)
        if (!l.quadrant) {
            const QPointF pos = c->mapToPosition(l.value, ref);
            taken.push_back(QRectF(pos.x() - marker, pos.y() - marker, 2 * marker, 2 * marker));
        }
    // Each name goes to the first free place around its point: right, left, above, below,
    // then the diagonals, then further out; failing that, where it overlaps least.
    for (const Label& l : m_labels) {
        if (l.quadrant)
            continue;
        const QRectF box = l.item->boundingRect();
        const QPointF pos = c->mapToPosition(l.value, ref);
        const double w = box.width(), h = box.height();
        QRectF best;
        double bestOverlap = std::numeric_limits<double>::infinity();
        for (double d : {9.0, 18.0, 30.0}) {
            const QPointF candidates[] = {
                {pos.x() + d, pos.y() - h / 2},         {pos.x() - d - w, pos.y() - h / 2},
                {pos.x() - w / 2, pos.y() - d - h},     {pos.x() - w / 2, pos.y() + d},
                {pos.x() + d, pos.y() - d - h / 2},     {pos.x() + d, pos.y() + d - h / 2},
                {pos.x() - d - w, pos.y() - d - h / 2}, {pos.x() - d - w, pos.y() + d - h / 2}};
            for (const QPointF& at : candidates) {
                const QRectF r(at, QSizeF(w, h));
                double overlap = 0.0;
                if (!area.contains(r))
                    overlap += 1e6; // outside the plot: only if nothing else works
                for (const QRectF& t : taken) {
                    const QRectF i = r.intersected(t);
                    if (!i.isEmpty())
                        overlap += i.width() * i.height();
                }
                if (overlap < bestOverlap) {
                    bestOverlap = overlap;
                    best = r;
                }
                if (overlap == 0.0)
                    break;
            }
            if (bestOverlap == 0.0)
                break;
        }
        l.item->setPos(best.topLeft());
        taken.push_back(best);
    }
}

QList<QRectF> IpaScatterChart::pointLabelRects() const
{
    QList<QRectF> out;
    for (const Label& l : m_labels)
        if (!l.quadrant)
            out << l.item->sceneBoundingRect();
    return out;
}

QList<QRectF> IpaScatterChart::quadrantLabelRects() const
{
    QList<QRectF> out;
    for (const Label& l : m_labels)
        if (l.quadrant)
            out << l.item->sceneBoundingRect();
    return out;
}

} // namespace vd::gui
