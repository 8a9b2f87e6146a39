#pragma once

#include "valuedesk/clv/Summary.h"
#include "valuedesk/clv/Validation.h"

#include <QChartView>
#include <optional>

namespace vd::gui {

// The tracking plot of a fitted transaction model (Fader, Hardie & Lee 2005, Figure 1):
// actual repeat transactions by calendar period against the model's expectation, cumulative
// or per period, with the calibration end marked so the holdout forecast stands out.
class ClvTrackingChart : public QChartView
{
    Q_OBJECT
public:
    enum class Mode { Cumulative, Incremental };

    explicit ClvTrackingChart(QWidget* parent = nullptr);

    // validation null shows `placeholder` instead of a plot.
    void setData(const clv::ValidationResult* validation, clv::TimeUnit unit, bool hasHoldout,
                 const QString& placeholder = {});
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // For tests: points of the actual and model lines, and whether the marker is drawn.
    int pointCount() const { return m_points; }
    bool hasCalibrationMarker() const { return m_marker; }
    QString xTitle() const;
    QString yTitle() const;

private:
    void rebuild();

    std::optional<clv::ValidationResult> m_data;
    clv::TimeUnit m_unit = clv::TimeUnit::Week;
    bool m_hasHoldout = false;
    QString m_placeholder;
    Mode m_mode = Mode::Cumulative;
    int m_points = 0;
    bool m_marker = false;
};

} // namespace vd::gui
