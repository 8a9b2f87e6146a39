#pragma once

#include "valuedesk/loyalty/Dashboard.h"

#include <QFrame>
#include <QString>

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
    // ISO 4217 code of the workspace currency ("CNY"); money tiles show its symbol.
    void setCurrency(const QString& code) { m_currency = code; }

    QString valueText() const;
    QString changeText() const;
    QString detailText() const;
    bool significantShown() const { return m_significant; }

    // Display formatting shared with the breakdown tables and tests. Money keeps one number
    // of decimals for the value, its interval and its change: none from 1,000 up (judged on
    // the larger of value and previous value), else two; the currency symbol goes in front.
    static QString formatValue(const loyalty::Kpi& kpi, double value, const QString& currency = {});
    static QString formatChange(const loyalty::Kpi& kpi, double change,
                                const QString& currency = {});
    static QString currencySymbol(const QString& code); // "CNY" -> "¥", unknown -> "XYZ "

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    QLabel* m_change;
    bool m_significant = false;
    QString m_currency;
};

} // namespace vd::gui
