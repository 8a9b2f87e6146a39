#pragma once

#include <functional>
#include <optional>

#include "Page.h"
#include "valuedesk/loyalty/Cases.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace vd::gui {

class CaseTableModel;

// The closed-loop queue: every detractor and negative feedback case with its owner, due
// time and the customer's value at risk. Filters by status, owner and overdue; actions
// follow the case status machine (assign, resolve, mark customer informed), are only enabled
// when the selected case allows them and go through the page's undo stack; double-click
// opens the customer's 360 page. The list is read in the background (runTask).
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
    QComboBox* ownerFilter() const { return m_owner; }
    QLabel* countLabel() const { return m_count; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isLoading() const { return m_loading > 0; }
    void setStatusFilter(std::optional<loyalty::CaseStatus> status);
    void setOwnerFilter(const QString& owner); // "" = all owners
    void setOverdueOnly(bool on);
    // Selects a listed case; false when it is not in the filtered list.
    bool selectCase(std::int64_t caseId);
    // Assigns the selected case; asks for the owner unless one is given (tests).
    void assignSelected(const QString& owner = {});
    void resolveSelected();
    void informSelected();
    void openSelectedCustomer();
    void openCasesNow(); // background: open cases for new feedback
    void editSettings(); // dialog: SLA hours and keyword category rules

    // The rules as the settings dialog edits them: one line per category,
    // "category: keyword, keyword" (full-width ：and ，accepted). rulesFromText throws
    // vd::InputError naming the line without a category or keywords; blank lines are skipped.
    static QString rulesToText(const std::vector<loyalty::CategoryRule>& rules);
    static std::vector<loyalty::CategoryRule> rulesFromText(const QString& text);

    // The clock the page judges overdue with; tests replace it.
    void setClock(std::function<std::int64_t()> clock) { m_clock = std::move(clock); }

    // Called by the undo commands after they changed a case.
    void caseEdited(std::int64_t caseId);

protected:
    void reload() override;

private:
    loyalty::CaseFilter currentFilter() const;
    void load();
    void updateActions();
    const loyalty::FeedbackCase* selectedCase() const;
    void transition(const QString& text,
                    const std::function<void(Database&, std::int64_t, std::int64_t)>& action);

    QComboBox* m_status;
    QComboBox* m_owner;
    QCheckBox* m_overdue;
    QLabel* m_count;
    QTableView* m_view;
    QPushButton* m_open;
    QPushButton* m_assign;
    QPushButton* m_resolve;
    QPushButton* m_inform;
    QPushButton* m_customer;
    QPushButton* m_settings;
    CaseTableModel* m_model;
    QUndoStack* m_undo;
    std::function<std::int64_t()> m_clock;
    std::optional<std::int64_t> m_keepCase; // re-selected after the next load
    int m_generation = 0;
    int m_loading = 0;
    bool m_filling = false;
};

} // namespace vd::gui
