#include "AlertRuleCommand.h"

#include "AlertRuleModel.h"

namespace vd::gui {

AlertRuleCommand::AlertRuleCommand(AlertRuleModel* model, Action action, int row,
                                   loyalty::AlertRule before, loyalty::AlertRule after,
                                   const QString& text, int column)
    : QUndoCommand(text), m_model(model), m_action(action), m_row(row), m_column(column),
      m_before(before), m_after(after)
{
}

AlertRuleCommand::AlertRuleCommand(AlertRuleModel* model, std::vector<loyalty::AlertRule> before,
                                   std::vector<loyalty::AlertRule> after, const QString& text)
    : QUndoCommand(text), m_model(model), m_action(Action::ReplaceAll),
      m_allBefore(std::move(before)), m_allAfter(std::move(after))
{
}

void AlertRuleCommand::redo()
{
    switch (m_action) {
    case Action::Edit:
        m_model->applyRule(m_row, m_after);
        break;
    case Action::Insert:
        m_model->applyInsert(m_row, m_after);
        break;
    case Action::Remove:
        m_model->applyRemove(m_row);
        break;
    case Action::ReplaceAll:
        m_model->applyAll(m_allAfter);
        break;
    }
}

void AlertRuleCommand::undo()
{
    switch (m_action) {
    case Action::Edit:
        m_model->applyRule(m_row, m_before);
        break;
    case Action::Insert:
        m_model->applyRemove(m_row);
        break;
    case Action::Remove:
        m_model->applyInsert(m_row, m_before);
        break;
    case Action::ReplaceAll:
        m_model->applyAll(m_allBefore);
        break;
    }
}

bool AlertRuleCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const AlertRuleCommand*>(other);
    if (!o || m_action != Action::Edit || o->m_action != Action::Edit || o->m_row != m_row ||
        o->m_column != m_column || m_column != AlertRuleModel::Threshold)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace vd::gui
