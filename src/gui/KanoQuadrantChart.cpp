#include "KanoQuadrantChart.h"

#include "KanoFeatureModel.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace vd::gui {

using kano::Category;

KanoQuadrantChart::KanoQuadrantChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeLabels(); });
}

void KanoQuadrantChart::clear()
{
    QChart* c = chart();
    for (QGraphicsSimpleTextItem* item : m_pointLabels) {
        c->scene()->removeItem(item);
        delete item;
    }
    m_pointLabels.clear();
    for (auto& [item, corner] : m_quadrantLabels) {
        c->scene()->removeItem(item);
        delete item;
    }
    m_quadrantLabels.clear();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_points.clear();
}

void KanoQuadrantChart::setPoints(const Frame& frame, const std::vector<Point>& points)
{
    clear();
    QChart* c = chart();
    c->setTitle(frame.title);
    if (points.empty())
        return;
    m_points = points;
    m_frame = frame;

    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(frame.xTitle);
    y->setTitleText(frame.yTitle);
    x->setRange(frame.xMin, frame.xMax);
    y->setRange(frame.yMin, frame.yMax);
    x->setTickCount(frame.xTicks);
    y->setTickCount(frame.yTicks);
    x->setLabelFormat(frame.labelFormat);
    y->setLabelFormat(frame.labelFormat);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries* s, bool inLegend) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (!inLegend)
            for (QLegendMarker* m : c->legend()->markers(s))
                m->setVisible(false);
    };

    // Quadrant borders.
    auto* vLine = new QLineSeries;
    vLine->append(frame.xSplit, frame.yMin);
    vLine->append(frame.xSplit, frame.yMax);
    auto* hLine = new QLineSeries;
    hLine->append(frame.xMin, frame.ySplit);
    hLine->append(frame.xMax, frame.ySplit);
    for (QLineSeries* line : {vLine, hLine}) {
        line->setPen(QPen(QColor(0x6b, 0x72, 0x80), 1.2, Qt::DashLine));
        attach(line, false);
    }
    if (frame.boxMin) {
        // The edge of the non-negative box: below or left of it a score is reverse or
        // questionable.
        auto* edge = new QLineSeries;
        edge->append(*frame.boxMin, frame.yMax);
        edge->append(*frame.boxMin, *frame.boxMin);
        edge->append(frame.xMax, *frame.boxMin);
        edge->setPen(QPen(QColor(0x9c, 0xa3, 0xaf), 1.0, Qt::DotLine));
        attach(edge, false);
    }

    // Spread bars first so the markers sit on top of them.
    bool anySpread = false;
    for (const Point& p : points) {
        QColor col = kanoCategoryColor(p.category);
        col.setAlpha(120);
        const QPen pen(col, 1.6);
        if (p.xSpread > 0) {
            auto* bar = new QLineSeries;
            bar->append(p.value.x() - p.xSpread, p.value.y());
            bar->append(p.value.x() + p.xSpread, p.value.y());
            bar->setPen(pen);
            attach(bar, false);
            anySpread = true;
        }
        if (p.ySpread > 0) {
            auto* bar = new QLineSeries;
            bar->append(p.value.x(), p.value.y() - p.ySpread);
            bar->append(p.value.x(), p.value.y() + p.ySpread);
            bar->setPen(pen);
            attach(bar, false);
            anySpread = true;
        }
    }
    if (anySpread && !frame.spreadName.isEmpty()) {
        // A pointless series that only explains the bars in the legend.
        auto* key = new QLineSeries;
        key->setName(frame.spreadName);
        key->setPen(QPen(QColor(0x6b, 0x72, 0x80, 160), 1.6));
        attach(key, true);
    }

    // Weighted positions joined to the plain ones.
    QScatterSeries* weighted = nullptr;
    for (const Point& p : points) {
        if (!p.weighted)
            continue;
        if (!weighted) {
            weighted = new QScatterSeries;
            weighted->setName(frame.weightedName);
            weighted->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            weighted->setMarkerSize(9);
            weighted->setColor(Qt::white);
            weighted->setBorderColor(QColor(0x37, 0x41, 0x51));
            weighted->setPen(QPen(QColor(0x37, 0x41, 0x51), 1.5));
        }
        weighted->append(*p.weighted);
        auto* link = new QLineSeries;
        link->append(p.value);
        link->append(*p.weighted);
        link->setPen(QPen(QColor(0x37, 0x41, 0x51, 140), 1.0));
        attach(link, false);
    }

    // One series per category, in the category order, so the legend explains the colours.
    std::map<Category, QScatterSeries*> byCategory;
    for (const Point& p : points) {
        QScatterSeries*& s = byCategory[p.category];
        if (!s) {
            s = new QScatterSeries;
            s->setName(kanoCategoryName(p.category));
            s->setColor(kanoCategoryColor(p.category));
            s->setBorderColor(Qt::white);
            s->setMarkerSize(13);
        }
        s->append(p.value);
    }
    if (weighted)
        attach(weighted, true);
    for (auto& [cat, s] : byCategory)
        attach(s, true);

    for (const Point& p : points) {
        auto* label = new QGraphicsSimpleTextItem(p.label);
        QFont f = label->font();
        f.setPointSizeF(8.5);
        label->setFont(f);
        label->setBrush(QColor(0x1f, 0x29, 0x37));
        label->setZValue(20);
        c->scene()->addItem(label);
        m_pointLabels.push_back(label);
    }
    const std::pair<Category, Qt::Alignment> corners[] = {
        {Category::Attractive, Qt::AlignTop | Qt::AlignLeft},
        {Category::OneDimensional, Qt::AlignTop | Qt::AlignRight},
        {Category::MustBe, Qt::AlignBottom | Qt::AlignRight},
        {Category::Indifferent, Qt::AlignBottom | Qt::AlignLeft}};
    for (const auto& [cat, corner] : corners) {
        auto* label = new QGraphicsSimpleTextItem(kanoCategoryName(cat));
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(10);
        label->setFont(f);
        QColor col = kanoCategoryColor(cat);
        if (cat == Category::Indifferent)
            col = QColor(0x6b, 0x72, 0x80);
        col.setAlpha(190);
        label->setBrush(col);
        label->setZValue(15);
        c->scene()->addItem(label);
        m_quadrantLabels.push_back({label, corner});
    }
    if (frame.boxMin && !frame.outsideName.isEmpty()) {
        auto* label = new QGraphicsSimpleTextItem(frame.outsideName);
        QFont f = label->font();
        f.setItalic(true);
        f.setPointSizeF(9);
        label->setFont(f);
        label->setBrush(QColor(0x6b, 0x72, 0x80, 200));
        label->setZValue(15);
        c->scene()->addItem(label);
        m_quadrantLabels.push_back({label, Qt::Alignment()});
    }
    placeLabels();
}

void KanoQuadrantChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

QList<QRectF> KanoQuadrantChart::obstacleRects() const
{
    return m_obstacles;
}

QList<QRectF> KanoQuadrantChart::labelRects() const
{
    QList<QRectF> rects;
    for (const QGraphicsSimpleTextItem* item : m_pointLabels)
        rects << item->sceneBoundingRect();
    return rects;
}

void KanoQuadrantChart::placeLabels()
{
    QChart* c = chart();
    // The chart may lay itself out while setPoints() is still adding the labels.
    if (m_points.empty() || c->series().isEmpty() ||
        m_pointLabels.size() != static_cast<qsizetype>(m_points.size()))
        return;
    const QRectF area = c->plotArea();
    QAbstractSeries* ref = c->series().first();

    // Everything a feature name must keep clear of: the quadrant names, the markers and the
    // names already placed.
    QList<QRectF> taken;
    // The box the category names sit in: the plot area, or the non-negative part of it.
    QRectF box = area;
    if (m_frame.boxMin) {
        const QPointF corner = c->mapToPosition(QPointF(*m_frame.boxMin, *m_frame.boxMin), ref);
        box = QRectF(QPointF(corner.x(), area.top()), QPointF(area.right(), corner.y()));
    }
    for (auto& [item, corner] : m_quadrantLabels) {
        const QRectF b = item->boundingRect();
        double x = 0, y = 0;
        if (corner == Qt::Alignment()) { // the negative zone, bottom left of the plot area
            x = area.left() + 8;
            y = area.bottom() - b.height() - 6;
        } else {
            x = (corner & Qt::AlignLeft) ? box.left() + 8 : box.right() - b.width() - 8;
            y = (corner & Qt::AlignTop) ? box.top() + 6 : box.bottom() - b.height() - 6;
        }
        item->setPos(x, y);
        taken << item->sceneBoundingRect();
    }
    std::vector<QPointF> marks;
    for (const Point& p : m_points) {
        marks.push_back(c->mapToPosition(p.value, ref));
        taken << QRectF(marks.back() - QPointF(7, 7), QSizeF(14, 14));
        if (p.weighted) {
            const QPointF w = c->mapToPosition(*p.weighted, ref);
            taken << QRectF(w - QPointF(6, 6), QSizeF(12, 12));
        }
    }
    m_obstacles = taken;

    auto overlap = [&taken, &area](const QRectF& r) {
        double total = 0;
        for (const QRectF& t : taken) {
            const QRectF i = r.intersected(t);
            if (!i.isEmpty())
                total += i.width() * i.height();
        }
        // Leaving the plot area counts as overlap too.
        const QRectF inside = r.intersected(area);
        total += r.width() * r.height() - (inside.isEmpty() ? 0 : inside.width() * inside.height());
        return total;
    };

    for (std::size_t i = 0; i < m_points.size(); ++i) {
        QGraphicsSimpleTextItem* item = m_pointLabels[static_cast<qsizetype>(i)];
        const QSizeF size = item->boundingRect().size();
        const QPointF at = marks[i];
        const double w = size.width(), h = size.height();
        // Right, left, above, below, then the diagonals, then the same further out.
        std::vector<QPointF> candidates;
        for (double reach : {1.0, 2.2, 3.6}) {
            const double g = 9 * reach;
            candidates.insert(candidates.end(), {{at.x() + g, at.y() - h / 2},
                                                 {at.x() - g - w, at.y() - h / 2},
                                                 {at.x() - w / 2, at.y() - g - h},
                                                 {at.x() - w / 2, at.y() + g},
                                                 {at.x() + g * 0.7, at.y() - g * 0.7 - h},
                                                 {at.x() + g * 0.7, at.y() + g * 0.7},
                                                 {at.x() - g * 0.7 - w, at.y() - g * 0.7 - h},
                                                 {at.x() - g * 0.7 - w, at.y() + g * 0.7}});
        }
        QPointF best = candidates.front();
        double bestOverlap = -1;
        for (const QPointF& pos : candidates) {
            const double o = overlap(QRectF(pos, size));
            if (bestOverlap < 0 || o < bestOverlap) {
                best = pos;
                bestOverlap = o;
                if (o == 0)
                    break;
            }
        }
        item->setPos(best);
        taken << QRectF(best, size);
    }
}

} // namespace vd::gui
