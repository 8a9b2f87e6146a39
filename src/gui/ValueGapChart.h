#pragma once

#include "valuedesk/value/ValueAnalysis.h"

#include <QChartView>
#include <QStringList>

namespace vd::gui {

// Horizontal bars of the value gap (expectation − experience) per attribute, ranked by
// importance × gap with the top priority at the top. One population: shortfalls red,
// surpluses blue; two populations: one bar each, side by side.
class ValueGapChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxAttributes = 20;

    explicit ValueGapChart(QWidget* parent = nullptr);
    void setReports(const value::ValueReport* a, const value::ValueReport* b = nullptr);
    // Category labels top-down as drawn, and the attributes left out for lack of ratings.
    QStringList categories() const { return m_categories; }
    QStringList unrated() const { return m_unrated; }

private:
    QStringList m_categories;
    QStringList m_unrated;
};

} // namespace vd::gui
