#pragma once

#include "SegmentRuleGroup.h"
#include "valuedesk/segment/RuleSegment.h"

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

namespace vd::gui {

// The rule builder of the rules tab: a top AND / OR group of condition rows and nested
// groups in a scroll area. Its state is the rule JSON of RuleSegment.h, so what the builder
// shows, what is saved and what `valuedesk-cli segment rules --rule` reads are one format.
// Value pickers are filled lazily: the builder asks for a field's values the first time a
// row shows that field (requestChoices) and fills them in when they arrive (setChoices).
class SegmentRuleBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentRuleBuilder(QWidget* parent = nullptr);

    nlohmann::json state() const;
    void setState(const nlohmann::json& state);
    // The validated rule, or nullopt with the reason (naming the node) in `error`.
    std::optional<segment::Rule> rule(QString* error = nullptr) const;

    SegmentRuleGroup* root() const { return m_root; }

    void setChoices(const QString& field, const QStringList& values);
    bool hasChoices(const QString& field) const { return m_choices.contains(field); }
    void clearChoices();

signals:
    // The user changed the rule (a field, an operator, a finished value, a row or group).
    void edited();
    // A row shows a text field whose values are not known yet.
    void choicesWanted(const QString& field);

private:
    QStringList choicesFor(const QString& field);

    SegmentRuleGroup* m_root;
    QHash<QString, QStringList> m_choices;
    QStringList m_asked;
};

} // namespace vd::gui
