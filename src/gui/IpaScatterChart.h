#pragma once

#include "valuedesk/value/ValueAnalysis.h"

#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QList>

namespace vd::gui {

// The importance–performance grid (Martilla & James 1977): performance across, importance
// up, crosshairs where the analysis put them and the four action quadrants named in their
// corners, a tick every scale point. Points are coloured by quadrant and labelled with the
// attribute name, each name placed where it overlaps no other name and no point; with a
// second population its points are hollow squares joined to the first one's by a thin line.
class IpaScatterChart : public QChartView
{
    Q_OBJECT
public:
    explicit IpaScatterChart(QWidget* parent = nullptr);
    void setReports(const value::ValueReport* a, const value::ValueReport* b = nullptr);
    int pointCount() const { return m_pointCount; }
    // Where the attribute names and the quadrant names are drawn (scene coordinates): names
    // are placed around their points so that they overlap neither each other nor a point.
    QList<QRectF> pointLabelRects() const;
    QList<QRectF> quadrantLabelRects() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeLabels();

    struct Label
    {
        QGraphicsSimpleTextItem* item;
        QPointF value;
        Qt::Alignment corner; // for quadrant names: where in the plot area
        bool quadrant;
    };
    QList<Label> m_labels;
    int m_pointCount = 0;
};

} // namespace vd::gui
