#pragma once

#include "valuedesk/loyalty/Alerts.h"

#include <QDialog>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace vd::gui {

class AlertRuleModel;

// "Alert rules…" on the dashboard: the manager chooses which metric changes deserve an alert
// (below or above a level, or a significant drop against the previous period) without
// editing JSON. Rules are edited in a table (AlertRuleModel) with undo; OK is only enabled
// while every rule is usable, and the line above the buttons says what is wrong. The caller
// saves rules() (loyalty::saveAlertRules) and re-evaluates.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRulesDialog(std::vector<loyalty::AlertRule> rules, QWidget* parent = nullptr);

    std::vector<loyalty::AlertRule> rules() const;
    AlertRuleModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QUndoStack* undoStack() const { return m_undo; }
    QPushButton* okButton() const;
    QLabel* problemLabel() const { return m_problem; }

    void addRule(); // a new "NPS below 0" rule, selected
    void removeSelectedRule();

private:
    void updateState();

    QUndoStack* m_undo;
    AlertRuleModel* m_model;
    QTableView* m_view;
    QLabel* m_problem;
    QPushButton* m_remove;
    QDialogButtonBox* m_buttons;
};

} // namespace vd::gui
