#pragma once

#include <QFrame>
#include <QString>

#include "valuedesk/loyalty/Dashboard.h"

class QLabel;

namespace vd::gui {

// One dashboard indicator: the value of the current period in large type, its interval and
// n beneath, and the change against the previous period coloured good (green) or bad (red)
// with a "significant" marker when the period test rejects "no change" at 95 %. A tile never
// shows a made-up zero: without data it says so.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString& title, QWidget* parent = nullptr);

    // previousLabel names what the change is against ("2024-03", "previous CLV run").
    void setKpi(const loyalty::Kpi& kpi, const QString& previousLabel);
    void clear();

    QString valueText() const;
    QString changeText() const;
    bool significantShown() const { return m_significant; }

    // Display formatting shared with the breakdown tables and tests.
    static QString formatValue(const loyalty::Kpi& kpi, double value);
    static QString formatChange(const loyalty::Kpi& kpi, double change);

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    QLabel* m_change;
    bool m_significant = false;
};

} // namespace vd::gui
