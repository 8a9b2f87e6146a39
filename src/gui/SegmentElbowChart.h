#pragma once

#include "valuedesk/segment/KMeans.h"

#include <QWidget>
#include <vector>

class QChartView;

namespace vd::gui {

// The elbow chart of the clusters tab: k-means inertia for k = 2 .. 10 (left axis; look for
// the bend) and the mean silhouette width (right axis; higher separates better), with the k
// chosen in the settings marked — the two usual ways to choose k.
class SegmentElbowChart : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentElbowChart(QWidget* parent = nullptr);

    void setPoints(std::vector<segment::ElbowPoint> points, int chosenK,
                   const QString& placeholder = {});
    const std::vector<segment::ElbowPoint>& points() const { return m_points; }
    QChartView* view() const { return m_view; }

private:
    QChartView* m_view;
    std::vector<segment::ElbowPoint> m_points;
};

} // namespace vd::gui
