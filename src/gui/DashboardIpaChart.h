#pragma once

#include <QWidget>

#include "valuedesk/loyalty/Drivers.h"

namespace vd::gui {

// The importance-performance matrix of the dashboard (Martilla & James 1977): mean
// performance across, importance up (stated 1-7, or the derived share of R^2 when importance
// was not asked), crosshairs at the means, quadrant names in the corners and every attribute
// labelled. Painted directly so labels can sit next to their points at any size.
class DashboardIpaChart : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardIpaChart(QWidget* parent = nullptr);
    void setResult(const loyalty::IpaResult& result, bool chinese = false);
    void showMessage(const QString& text);
    int pointCount() const { return static_cast<int>(m_result.attributes.size()); }
    QSize sizeHint() const override { return {520, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    loyalty::IpaResult m_result;
    bool m_chinese = false;
    QString m_message;
};

} // namespace vd::gui
