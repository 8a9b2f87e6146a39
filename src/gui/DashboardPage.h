#pragma once

#include "Page.h"
#include "valuedesk/loyalty/Dashboard.h"
#include "valuedesk/loyalty/Drivers.h"

#include <QList>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QTableView;
class QTabWidget;

namespace vd::gui {

class AlertRulesDialog;
class DashboardBreakdownModel;
class DashboardDriverChart;
class DashboardIpaChart;
class DashboardTrendChart;
class KpiTile;

// The manager's monthly loyalty review: KPI tiles with the change against the previous
// period and a marker when it is significant, trends with interval bands, breakdowns by
// channel, touchpoint and segment, the alerts that fired, and the key drivers with the
// importance-performance matrix. All numbers come from loyalty::computeDashboard and
// loyalty::keyDrivers, run in the background; the page only lays them out.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(WorkspaceSession& session, QWidget* parent = nullptr);

    // For tests and the screenshot mode.
    const std::optional<loyalty::DashboardData>& data() const { return m_data; }
    const std::optional<loyalty::DriverResult>& drivers() const { return m_drivers; }
    KpiTile* tile(const QString& id) const;
    DashboardTrendChart* npsChart() const { return m_npsChart; }
    DashboardDriverChart* driverChart() const { return m_driverChart; }
    DashboardIpaChart* ipaChart() const { return m_ipaChart; }
    QListWidget* alertList() const { return m_alerts; }
    QTabWidget* tabs() const { return m_tabs; }
    QWidget* content() const { return m_content; }
    DashboardTrendChart* meanChart() const { return m_meanChart; }
    void setGrain(loyalty::Grain grain);
    void setSegment(const QString& segment); // "" = all customers

    // "Alert rules…": edits the rules in a dialog, saves them and re-evaluates.
    void editAlertRules();
    // Saves validated rules and re-evaluates the dashboard and the alerts; false (with a
    // message) when the rules are refused.
    bool saveAlertRules(const std::vector<loyalty::AlertRule>& rules);
    // Tests: called with the open dialog before it runs (to edit it and accept or reject).
    void setAlertDialogHook(std::function<void(AlertRulesDialog&)> hook)
    {
        m_dialogHook = std::move(hook);
    }

protected:
    void reload() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillPeriods();
    void refresh();
    void showData(loyalty::DashboardData data);
    void loadDrivers();
    void checkAlertsInBackground();
    void fitAlertList();
    void layoutTiles();
    loyalty::Grain grain() const;
    std::optional<std::string> segment() const;

    QWidget* m_content;
    QComboBox* m_grain;
    QComboBox* m_period;
    QComboBox* m_segment;
    QLabel* m_caption;
    QList<KpiTile*> m_tiles;
    QGridLayout* m_tileGrid;
    int m_tileColumns = 0;
    QListWidget* m_alerts;
    QTabWidget* m_tabs;
    DashboardTrendChart* m_npsChart;
    DashboardTrendChart* m_shareChart;
    DashboardTrendChart* m_meanChart;
    DashboardTrendChart* m_retentionChart;
    DashboardBreakdownModel* m_byChannel;
    DashboardBreakdownModel* m_byTouchpoint;
    DashboardBreakdownModel* m_bySegment;
    DashboardDriverChart* m_driverChart;
    DashboardIpaChart* m_ipaChart;
    std::optional<loyalty::DashboardData> m_data;
    std::optional<loyalty::DriverResult> m_drivers;
    int m_generation = 0;
    bool m_filling = false;
    QString m_lastAlertNotice;
    std::function<void(AlertRulesDialog&)> m_dialogHook;
};

} // namespace vd::gui
