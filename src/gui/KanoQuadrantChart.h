#pragma once

#include "valuedesk/kano/Category.h"

#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QList>
#include <optional>
#include <vector>

namespace vd::gui {

// A scatter of features on a plane split into Kano's four quadrants — attractive top left,
// one-dimensional top right, must-be bottom right, indifferent bottom left — as in the
// Better–Worse diagram (x = |Worse|, y = Better, split at 0.5; Berger et al. 1993) and the
// continuous plot (x = dysfunctional, y = functional mean score, split at 2). Points are
// coloured by category and named; the names are placed around their points so that they do
// not cover each other or other points when there is room.
class KanoQuadrantChart : public QChartView
{
    Q_OBJECT
public:
    struct Frame
    {
        QString title;
        QString xTitle, yTitle;
        double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
        double xSplit = 0.5, ySplit = 0.5;
        int xTicks = 11, yTicks = 11;
        QString labelFormat = QStringLiteral("%.1f");
        QString spreadName;   // legend entry of the spread bars; empty = none drawn
        QString weightedName; // legend entry of the second (weighted) markers
        // When set, the four category names sit in the corners of the box from this value to
        // the maxima (the continuous plot, whose negative scores are reverse/questionable),
        // and that negative zone carries `outsideName`.
        std::optional<double> boxMin;
        QString outsideName;
    };
    struct Point
    {
        QString label;
        QPointF value;
        kano::Category category = kano::Category::Indifferent;
        double xSpread = 0, ySpread = 0; // half-lengths of the spread bars; 0 = none
        std::optional<QPointF> weighted; // a second position (hollow square) joined by a line
    };

    explicit KanoQuadrantChart(QWidget* parent = nullptr);
    void setPoints(const Frame& frame, const std::vector<Point>& points);
    void clear();
    int pointCount() const { return static_cast<int>(m_points.size()); }
    // Where the feature labels ended up, in scene coordinates (for tests).
    QList<QRectF> labelRects() const;
    // The markers (plain and weighted) and category names the labels keep clear of.
    QList<QRectF> obstacleRects() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeLabels();

    std::vector<Point> m_points;
    Frame m_frame;
    QList<QRectF> m_obstacles;
    QList<QGraphicsSimpleTextItem*> m_pointLabels;
    QList<std::pair<QGraphicsSimpleTextItem*, Qt::Alignment>> m_quadrantLabels;
};

} // namespace vd::gui
