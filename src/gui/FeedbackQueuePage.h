#pragma once

#include <functional>

#include "Page.h"
#include "valuedesk/loyalty/Cases.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace vd::gui {

class CaseTableModel;

// The closed-loop queue: every detractor and negative feedback case with its owner, due
// time and the customer's value at risk. Filters by status, owner and overdue; actions
// follow the case status machine (assign, resolve, mark customer informed) and are only
// enabled when the selected case allows them; double-click opens the customer's 360 page.
class FeedbackQueuePage : public Page
{
    Q_OBJECT
public:
    explicit FeedbackQueuePage(WorkspaceSession& session, QWidget* parent = nullptr);

    CaseTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* informButton() const { return m_inform; }
    void setStatusFilter(std::optional<loyalty::CaseStatus> status);
    void setOverdueOnly(bool on);
    // Assigns the selected case; asks for the owner unless one is given (tests).
    void assignSelected(const QString& owner = {});
    void resolveSelected();
    void informSelected();
    void openCasesNow(); // background: open cases for new feedback

    // The clock the page judges overdue with; tests replace it.
    void setClock(std::function<std::int64_t()> clock) { m_clock = std::move(clock); }

protected:
    void reload() override;

private:
    void applyFilter();
    void updateActions();
    const loyalty::FeedbackCase* selectedCase() const;
    void act(const std::function<void(Database&, std::int64_t, std::int64_t)>& action);

    QComboBox* m_status;
    QComboBox* m_owner;
    QCheckBox* m_overdue;
    QLabel* m_count;
    QTableView* m_view;
    QPushButton* m_open;
    QPushButton* m_assign;
    QPushButton* m_resolve;
    QPushButton* m_inform;
    CaseTableModel* m_model;
    std::function<std::int64_t()> m_clock;
    bool m_filling = false;
};

} // namespace vd::gui
