#pragma once

#include "valuedesk/loyalty/Alerts.h"

#include <QUndoCommand>
#include <vector>

namespace vd::gui {

class AlertRuleModel;

// One undoable change of the alert-rule list in the "Alert rules…" dialog: a rule edited,
// added or removed, or the whole list replaced (restore defaults). Consecutive edits of the
// same cell merge, so typing a threshold is one undo step.
class AlertRuleCommand : public QUndoCommand
{
public:
    enum class Action { Edit, Insert, Remove, ReplaceAll };

    // Edit: row becomes `after`; Insert: `after` is inserted at row; Remove: row goes.
    AlertRuleCommand(AlertRuleModel* model, Action action, int row, loyalty::AlertRule before,
                     loyalty::AlertRule after, const QString& text, int column = -1);
    // ReplaceAll.
    AlertRuleCommand(AlertRuleModel* model, std::vector<loyalty::AlertRule> before,
                     std::vector<loyalty::AlertRule> after, const QString& text);

    void redo() override;
    void undo() override;
    int id() const override { return 0x414c5254; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    AlertRuleModel* m_model;
    Action m_action;
    int m_row = 0;
    int m_column = -1;
    loyalty::AlertRule m_before;
    loyalty::AlertRule m_after;
    std::vector<loyalty::AlertRule> m_allBefore;
    std::vector<loyalty::AlertRule> m_allAfter;
};

} // namespace vd::gui
