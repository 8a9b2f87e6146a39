#pragma once

#include "valuedesk/value/ValueAnalysis.h"

#include <QChartView>

namespace vd::gui {

// The delivered-value breakdown under the pyramid: total customer value stacked from its
// parts next to total customer cost stacked from its parts, on the common 0–100 scale, for
// one or two populations. Kotler's parts (product, service, personnel, image against money,
// time, energy, physical) or the value components (functional, emotional, social against
// time and economic cost).
class PyramidDeliveredChart : public QChartView
{
    Q_OBJECT
public:
    enum class Breakdown { Kotler, Components };

    explicit PyramidDeliveredChart(QWidget* parent = nullptr);
    void setReports(const value::ValueReport* a, const value::ValueReport* b = nullptr);
    void setBreakdown(Breakdown breakdown);
    Breakdown breakdown() const { return m_breakdown; }
    QString summary() const { return m_summary; } // the title's net-value sentence

private:
    void rebuild();

    const value::ValueReport* m_a = nullptr;
    const value::ValueReport* m_b = nullptr;
    Breakdown m_breakdown = Breakdown::Kotler;
    QString m_summary;
};

} // namespace vd::gui
