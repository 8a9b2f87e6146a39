#include "SegmentRuleGroup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace vd::gui {

using nlohmann::json;

SegmentRuleGroup::SegmentRuleGroup(SegmentRuleRow::Choices choices, int depth, QWidget* parent)
    : QFrame(parent), m_choices(std::move(choices)), m_depth(depth), m_kind(new QComboBox(this)),
      m_addGroup(new QToolButton(this)), m_body(new QVBoxLayout)
{
    if (depth > 0) {
        setFrameShape(QFrame::StyledPanel);
        setObjectName(QStringLiteral("ruleGroup"));
        setStyleSheet(QStringLiteral("QFrame#ruleGroup { border-left: 3px solid #8aa6c8; "
                                     "background: palette(alternate-base); }"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(depth > 0 ? 8 : 0, 4, 4, 4);
    auto* head = new QHBoxLayout;
    auto* match = new QLabel(tr("Match"), this);
    m_kind->addItem(tr("all of these (AND)"), QStringLiteral("and"));
    m_kind->addItem(tr("any of these (OR)"), QStringLiteral("or"));
    m_kind->setToolTip(tr("AND: every condition must hold; OR: at least one"));
    auto* addConditionButton = new QToolButton(this);
    addConditionButton->setText(tr("+ Condition"));
    addConditionButton->setToolTip(tr("Add a condition to this group"));
    m_addGroup->setText(tr("+ Group"));
    m_addGroup->setToolTip(tr("Add a nested group, e.g. (age 25–34 OR Champions)"));
    m_addGroup->setEnabled(depth < kMaxDepth);
    head->addWidget(match);
    head->addWidget(m_kind);
    head->addWidget(addConditionButton);
    head->addWidget(m_addGroup);
    head->addStretch();
    if (depth > 0) {
        auto* remove = new QToolButton(this);
        remove->setText(tr("Remove group"));
        remove->setToolTip(tr("Remove this group and its conditions"));
        head->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, [this] { emit removeRequested(); });
    }
    layout->addLayout(head);
    m_body->setSpacing(2);
    layout->addLayout(m_body);

    connect(m_kind, &QComboBox::activated, this, [this] { emit changed(); });
    connect(addConditionButton, &QToolButton::clicked, this, [this] {
        addCondition();
        emit changed();
    });
    connect(m_addGroup, &QToolButton::clicked, this, [this] {
        addGroup();
        emit changed();
    });
}

bool SegmentRuleGroup::isOr() const
{
    return m_kind->currentData().toString() == QLatin1String("or");
}

void SegmentRuleGroup::setOr(bool anyOf)
{
    m_kind->setCurrentIndex(anyOf ? 1 : 0);
}

SegmentRuleRow* SegmentRuleGroup::addCondition(const json& condition)
{
    auto* row = new SegmentRuleRow(m_choices, this);
    if (condition.is_object())
        row->setJson(condition);
    m_body->addWidget(row);
    m_children.append(row);
    connect(row, &SegmentRuleRow::changed, this, &SegmentRuleGroup::changed);
    connect(row, &SegmentRuleRow::removeRequested, this, [this, row] {
        removeChild(row);
        emit changed();
    });
    return row;
}

SegmentRuleGroup* SegmentRuleGroup::addGroup(const json& group)
{
    auto* child = new SegmentRuleGroup(m_choices, m_depth + 1, this);
    if (group.is_object())
        child->setJson(group);
    else
        child->addCondition();
    m_body->addWidget(child);
    m_children.append(child);
    connect(child, &SegmentRuleGroup::changed, this, &SegmentRuleGroup::changed);
    connect(child, &SegmentRuleGroup::removeRequested, this, [this, child] {
        removeChild(child);
        emit changed();
    });
    return child;
}

void SegmentRuleGroup::removeChild(QWidget* child)
{
    if (!m_children.removeOne(child))
        return;
    m_body->removeWidget(child);
    child->hide();
    child->deleteLater();
}

void SegmentRuleGroup::clearChildren()
{
    for (QWidget* child : m_children) {
        m_body->removeWidget(child);
        child->hide();
        child->deleteLater();
    }
    m_children.clear();
}

json SegmentRuleGroup::toJson() const
{
    json list = json::array();
    for (QWidget* child : m_children) {
        if (auto* row = qobject_cast<SegmentRuleRow*>(child))
            list.push_back(row->toJson());
        else if (auto* group = qobject_cast<SegmentRuleGroup*>(child))
            list.push_back(group->toJson());
    }
    return json{{isOr() ? "or" : "and", list}};
}

void SegmentRuleGroup::setJson(const json& group)
{
    const QSignalBlocker block(this);
    clearChildren();
    if (!group.is_object())
        return;
    const char* key = group.contains("or") || group.contains("any") ? "or" : "and";
    const json* list = nullptr;
    for (const char* k : {"and", "all", "or", "any"})
        if (group.contains(k) && group[k].is_array())
            list = &group[k];
    if (!list) {
        // A lone condition at the top: an AND group of one.
        setOr(false);
        if (group.contains("field"))
            addCondition(group);
        return;
    }
    setOr(std::string(key) == "or");
    for (const auto& child : *list) {
        const bool isGroup = child.is_object() && (child.contains("and") || child.contains("or") ||
                                                   child.contains("all") || child.contains("any"));
        // Deeper nesting than the + Group button offers (from JSON) is kept as it is.
        if (isGroup)
            addGroup(child);
        else
            addCondition(child);
    }
}

QList<SegmentRuleRow*> SegmentRuleGroup::allRows() const
{
    QList<SegmentRuleRow*> out;
    for (QWidget* child : m_children) {
        if (auto* row = qobject_cast<SegmentRuleRow*>(child))
            out << row;
        else if (auto* group = qobject_cast<SegmentRuleGroup*>(child))
            out << group->allRows();
    }
    return out;
}

} // namespace vd::gui
