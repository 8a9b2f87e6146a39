#pragma once

#include <QFrame>
#include <QStringList>
#include <functional>
#include <nlohmann/json.hpp>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace vd::gui {

// One condition of the rule builder: field, operator and value(s). The field list is the
// core's whitelist grouped by segmentation base; the operators follow the field's type; the
// value editor too (a picker of the values customers hold for text fields, yes/no, dates,
// two numbers for "between", comma-separated lists for "is one of"). Reads and writes the
// condition in the rule JSON of RuleSegment.h.
class SegmentRuleRow : public QFrame
{
    Q_OBJECT
public:
    // Values a text field's picker offers (the builder caches them per field).
    using Choices = std::function<QStringList(const QString& field)>;

    explicit SegmentRuleRow(Choices choices, QWidget* parent = nullptr);

    // {"field": ..., "op": ..., "value": ...}; a value the user has not finished typing is
    // kept as text, so validation can name it.
    nlohmann::json toJson() const;
    void setJson(const nlohmann::json& condition);

    QString field() const;
    QString op() const;
    void setField(const QString& name);
    void setOp(const QString& op);
    // The first value box (text, number, low end, list) and the second (high end).
    void setValueText(const QString& text);
    void setHighText(const QString& text);
    void refreshChoices();

    QComboBox* fieldBox() const { return m_field; }
    QComboBox* opBox() const { return m_op; }
    QComboBox* valueBox() const { return m_value; }

signals:
    void changed();
    void removeRequested();

private:
    void fillOps();
    void updateEditors();

    Choices m_choices;
    QComboBox* m_field;
    QComboBox* m_op;
    QComboBox* m_value;
    QLineEdit* m_high;
    QComboBox* m_bool;
    QDateEdit* m_date;
    QDateEdit* m_dateHigh;
    QToolButton* m_remove;
};

} // namespace vd::gui
