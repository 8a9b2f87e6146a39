#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace vd::gui {

// A loyalty metric over time: one line per metric with its 95 % interval drawn as a
// translucent band (QAreaSeries between the lower and upper bounds, named in the chart title
// rather than the legend), periods on a date axis, both axes titled with their units. Periods
// without answers leave the line unbroken but carry no point, so a missing month never reads as
// zero.
class DashboardTrendChart : public QChartView
{
    Q_OBJECT
public:
    struct Point
    {
        qint64 periodStartMs = 0;
        double value = 0.0;
        std::optional<double> lower;
        std::optional<double> upper;
    };
    struct Series
    {
        QString name;
        QColor color;
        QList<Point> points;
    };

    explicit DashboardTrendChart(QWidget* parent = nullptr);

    // yMin/yMax fix the value axis (e.g. -100..100 for NPS); xFormat is a QDateTime format.
    void setData(const QString& title, const QString& xTitle, const QString& yTitle, double yMin,
                 double yMax, const QString& xFormat, const QList<Series>& series);

    int lineCount() const { return m_lines; }
    int bandCount() const { return m_bands; }

private:
    int m_lines = 0;
    int m_bands = 0;
};

} // namespace vd::gui
