#pragma once

#include "Page.h"

class QLabel;
class QTableView;
class QFormLayout;
class QComboBox;

namespace vd::gui {

class TimelineModel;

// Everything known about one customer on one page: profile and the four segmentation bases,
// value figures (orders, revenue, CLV, P(alive)), segment memberships, loyalty points and
// tier, and the contact timeline of orders, interactions and survey responses, paged as the
// user scrolls (the label above it says how many of how many events are shown).
class Customer360Page : public Page
{
    Q_OBJECT
public:
    Customer360Page(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCustomer(qint64 id);
    qint64 customerId() const { return m_id; }
    TimelineModel* timeline() const { return m_timeline; }
    QTableView* timelineView() const { return m_timelineView; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* orderBox() const { return m_order; }
    QString title() const;
    QString timelineStatus() const;
    // The text shown for a row of the profile or value box, by its label ("Geographic:",
    // "Orders:"); empty when there is no such row.
    QString fieldText(const QString& label) const;

protected:
    void reload() override;

private:
    void updateTimelineStatus();

    QLabel* m_title;
    QLabel* m_subtitle;
    QFormLayout* m_profile;
    QFormLayout* m_value;
    QTableView* m_timelineView;
    TimelineModel* m_timeline;
    QLabel* m_timelineStatus;
    QComboBox* m_kind;
    QComboBox* m_order;
    qint64 m_id = 0;
};

} // namespace vd::gui
