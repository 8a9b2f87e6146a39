#pragma once

#include "SegmentRuleRow.h"

#include <QFrame>
#include <QList>
#include <nlohmann/json.hpp>

class QComboBox;
class QToolButton;
class QVBoxLayout;

namespace vd::gui {

// An AND / OR group of the rule builder: its conditions and nested groups, in order. Groups
// nest up to kMaxDepth levels below the top one, which is plenty for "China AND (young OR
// Champions)"; the core accepts deeper rules from JSON.
class SegmentRuleGroup : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kMaxDepth = 2;

    SegmentRuleGroup(SegmentRuleRow::Choices choices, int depth, QWidget* parent = nullptr);

    // {"and": [...]} or {"or": [...]}.
    nlohmann::json toJson() const;
    // Rebuilds the children from a group (or wraps a lone condition in an AND group).
    void setJson(const nlohmann::json& group);

    bool isOr() const;
    void setOr(bool anyOf);
    SegmentRuleRow* addCondition(const nlohmann::json& condition = {});
    SegmentRuleGroup* addGroup(const nlohmann::json& group = {});
    void removeChild(QWidget* child);
    // Direct children in order (SegmentRuleRow or SegmentRuleGroup).
    const QList<QWidget*>& items() const { return m_children; }
    int depth() const { return m_depth; }
    // Every row below this group, depth first (for refreshing value pickers).
    QList<SegmentRuleRow*> allRows() const;

signals:
    void changed();
    void removeRequested();

private:
    void clearChildren();

    SegmentRuleRow::Choices m_choices;
    int m_depth;
    QComboBox* m_kind;
    QToolButton* m_addGroup;
    QVBoxLayout* m_body;
    QList<QWidget*> m_children;
};

} // namespace vd::gui
