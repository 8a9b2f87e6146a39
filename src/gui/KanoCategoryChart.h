#pragma once

#include "valuedesk/kano/KanoStudy.h"

#include <QChartView>

namespace vd::gui {

// Stacked 100 % bars, one per feature, split into the shares of A, O, M, I, R and Q, so the
// mix behind each dominant category (and how clear-cut it is) shows at a glance. The first
// feature of the report is the top bar.
class KanoCategoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit KanoCategoryChart(QWidget* parent = nullptr);
    void setReport(const kano::KanoReport* report);
    int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace vd::gui
