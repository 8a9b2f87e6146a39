#include "SegmentRuleBuilder.h"

#include "valuedesk/Error.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace vd::gui {

SegmentRuleBuilder::SegmentRuleBuilder(QWidget* parent)
    : QWidget(parent),
      m_root(new SegmentRuleGroup([this](const QString& f) { return choicesFor(f); }, 0))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto* holder = new QWidget(scroll);
    auto* hl = new QVBoxLayout(holder);
    hl->addWidget(m_root);
    hl->addStretch();
    scroll->setWidget(holder);
    layout->addWidget(scroll);
    connect(m_root, &SegmentRuleGroup::changed, this, &SegmentRuleBuilder::edited);
    m_root->addCondition();
}

QStringList SegmentRuleBuilder::choicesFor(const QString& field)
{
    const segment::RuleField* f = segment::findRuleField(field.toStdString());
    if (!f)
        return {};
    const bool pickable =
        f->type == segment::FieldType::Text || f->type == segment::FieldType::RfmSegment;
    if (pickable && !m_choices.contains(field) && !m_asked.contains(field)) {
        m_asked << field;
        // Asked later from the event loop: rows ask while they are being built, before
        // anyone could have connected to the signal.
        QMetaObject::invokeMethod(
            this, [this, field] { emit choicesWanted(field); }, Qt::QueuedConnection);
    }
    return m_choices.value(field);
}

void SegmentRuleBuilder::setChoices(const QString& field, const QStringList& values)
{
    m_choices.insert(field, values);
    for (SegmentRuleRow* row : m_root->allRows())
        if (row->field() == field)
            row->refreshChoices();
}

void SegmentRuleBuilder::clearChoices()
{
    m_choices.clear();
    m_asked.clear();
}

nlohmann::json SegmentRuleBuilder::state() const
{
    return m_root->toJson();
}

void SegmentRuleBuilder::setState(const nlohmann::json& state)
{
    m_root->setJson(state);
}

std::optional<segment::Rule> SegmentRuleBuilder::rule(QString* error) const
{
    try {
        return segment::Rule::fromJsonValue(state());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

} // namespace vd::gui
