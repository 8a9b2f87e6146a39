#pragma once

#include <QChartView>

#include "valuedesk/loyalty/Drivers.h"

namespace vd::gui {

// Key drivers of the recommend score as horizontal bars: each attribute's share of the
// explained variance (Johnson's relative weights, adding up to 100 %), largest on top, with n
// and R^2 in the title so a reader knows how much there is to share.
class DashboardDriverChart : public QChartView
{
    Q_OBJECT
public:
    explicit DashboardDriverChart(QWidget* parent = nullptr);
    void setResult(const loyalty::DriverResult& result, bool chinese = false);
    void showMessage(const QString& text); // no result: a reason instead of bars
    int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace vd::gui
