#pragma once

#include <QChartView>
#include <vector>

namespace vd::gui {

// Calibration-period fit check (Fader, Hardie & Lee 2005, Figure 2): how many customers made
// 0, 1, 2, ... repeat purchases, actual against the model's expectation sum_i P(X(T_i) = k).
class ClvFrequencyChart : public QChartView
{
    Q_OBJECT
public:
    explicit ClvFrequencyChart(QWidget* parent = nullptr);

    // The last bin holds "k or more"; empty vectors show `placeholder`.
    void setData(const std::vector<double>& actual, const std::vector<double>& predicted,
                 const QString& placeholder = {});
    QStringList categories() const { return m_categories; }

private:
    QStringList m_categories;
};

} // namespace vd::gui
