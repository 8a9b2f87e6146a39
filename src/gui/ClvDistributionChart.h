#pragma once

#include "ClvResults.h"

#include <QWidget>

class QChartView;

namespace vd::gui {

// How the current predictions spread: customers by P(alive), the bars below the churn
// threshold in the warning colour, next to customers by CLV (up to the 99th percentile, the
// rest in one last bar) — the two numbers the churn list ranks by.
class ClvDistributionChart : public QWidget
{
    Q_OBJECT
public:
    explicit ClvDistributionChart(QWidget* parent = nullptr);

    // horizonText names the CLV horizon for the axis title, e.g. "52 weeks".
    void setData(const ClvHistogram& pAlive, const ClvHistogram& clv, double threshold,
                 const QString& horizonText, const QString& placeholder = {});

    QChartView* pAliveView() const { return m_pAlive; }
    QChartView* clvView() const { return m_clv; }
    QStringList clvCategories() const { return m_clvCategories; }
    // Customers drawn in the warning colour (bins entirely below the threshold).
    qint64 customersBelow() const { return m_below; }

private:
    QChartView* m_pAlive;
    QChartView* m_clv;
    QStringList m_clvCategories;
    qint64 m_below = 0;
};

} // namespace vd::gui
