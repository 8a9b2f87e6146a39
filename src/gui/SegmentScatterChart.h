#pragma once

#include <QPointF>
#include <QWidget>
#include <cstdint>
#include <vector>

class QChartView;

namespace vd::gui {

// The cluster scatter: customers on two chosen features or on the first two principal
// components, one colour per cluster (the profile table's colours). A scatter of 10^6 points
// tells no more than one of 20,000 and takes seconds to draw, so the tab passes a fixed
// random sample (sampleRows) and the title says how many points are shown.
class SegmentScatterChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::int64_t kMaxPoints = 20000;

    explicit SegmentScatterChart(QWidget* parent = nullptr);

    // points[i] belongs to cluster labels[i] (0 .. k-1); `total` is the number of customers
    // the sample stands for.
    void setPoints(const std::vector<QPointF>& points, const std::vector<int>& labels, int k,
                   const QString& xTitle, const QString& yTitle, std::int64_t total);
    void setPlaceholder(const QString& text);

    int pointCount() const { return m_points; }
    int seriesCount() const;
    QChartView* view() const { return m_view; }

    // At most `limit` of the rows 0 .. n-1, ascending, drawn uniformly with a fixed seed
    // (selection sampling, Knuth's Algorithm S): the same workspace always shows the same
    // points. All rows when n <= limit.
    static std::vector<std::int64_t> sampleRows(std::int64_t n, std::int64_t limit = kMaxPoints,
                                                std::uint64_t seed = 20240601);

private:
    QChartView* m_view;
    int m_points = 0;
};

} // namespace vd::gui
