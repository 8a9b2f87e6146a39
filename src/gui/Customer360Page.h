#pragma once

#include "Page.h"

class QLabel;
class QTableView;
class QFormLayout;
class QSortFilterProxyModel;
class QComboBox;

namespace vd::gui {

class TimelineModel;

// Everything known about one customer on one page: profile and the four segmentation bases,
// value figures (orders, revenue, CLV, P(alive)), segment memberships, loyalty points and the
// contact timeline of orders, interactions and survey responses.
class Customer360Page : public Page
{
    Q_OBJECT
public:
    Customer360Page(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCustomer(qint64 id);
    qint64 customerId() const { return m_id; }
    TimelineModel* timeline() const { return m_timeline; }

protected:
    void reload() override;

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QFormLayout* m_profile;
    QFormLayout* m_value;
    QTableView* m_timelineView;
    TimelineModel* m_timeline;
    QSortFilterProxyModel* m_filter;
    QComboBox* m_kind;
    qint64 m_id = 0;
};

} // namespace vd::gui
