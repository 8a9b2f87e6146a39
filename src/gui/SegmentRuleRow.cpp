#include "SegmentRuleRow.h"

#include "valuedesk/segment/RuleSegment.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <cmath>

namespace vd::gui {

using nlohmann::json;
using segment::FieldType;

namespace {

const segment::RuleField* fieldOf(const QString& name)
{
    return segment::findRuleField(name.toStdString());
}

QString baseTitle(const std::string& base)
{
    if (base == "geographic")
        return SegmentRuleRow::tr("Geographic");
    if (base == "demographic")
        return SegmentRuleRow::tr("Demographic");
    if (base == "psychographic")
        return SegmentRuleRow::tr("Psychographic");
    if (base == "behavioural")
        return SegmentRuleRow::tr("Behavioural");
    if (base == "consent")
        return SegmentRuleRow::tr("Consent");
    if (base == "record")
        return SegmentRuleRow::tr("Record");
    return SegmentRuleRow::tr("Scores");
}

QString opTitle(const std::string& op, FieldType type)
{
    const bool date = type == FieldType::Date;
    if (op == "eq")
        return date ? SegmentRuleRow::tr("on") : SegmentRuleRow::tr("equals");
    if (op == "ne")
        return SegmentRuleRow::tr("is not");
    if (op == "lt")
        return date ? SegmentRuleRow::tr("before") : SegmentRuleRow::tr("<");
    if (op == "le")
        return date ? SegmentRuleRow::tr("on or before") : SegmentRuleRow::tr("≤");
    if (op == "gt")
        return date ? SegmentRuleRow::tr("after") : SegmentRuleRow::tr(">");
    if (op == "ge")
        return date ? SegmentRuleRow::tr("on or after") : SegmentRuleRow::tr("≥");
    if (op == "between")
        return SegmentRuleRow::tr("between");
    if (op == "in")
        return SegmentRuleRow::tr("is one of");
    if (op == "not_in")
        return SegmentRuleRow::tr("is none of");
    if (op == "contains")
        return type == FieldType::Tags ? SegmentRuleRow::tr("has tag")
                                       : SegmentRuleRow::tr("contains");
    if (op == "not_contains")
        return type == FieldType::Tags ? SegmentRuleRow::tr("lacks tag")
                                       : SegmentRuleRow::tr("does not contain");
    if (op == "starts_with")
        return SegmentRuleRow::tr("starts with");
    if (op == "is_null")
        return SegmentRuleRow::tr("is missing");
    if (op == "not_null")
        return SegmentRuleRow::tr("is present");
    return QString::fromStdString(op);
}

// A number as JSON (integer when whole), or the text itself so validation names it.
json numberValue(const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        v = QLocale().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return t.toStdString();
    if (v == std::floor(v) && std::fabs(v) < 9e15)
        return static_cast<std::int64_t>(v);
    return v;
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString scalarText(const json& v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<std::int64_t>());
    if (v.is_number())
        return QLocale::c().toString(v.get<double>(), 'g', 15);
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}

} // namespace

SegmentRuleRow::SegmentRuleRow(Choices choices, QWidget* parent)
    : QFrame(parent), m_choices(std::move(choices)), m_field(new QComboBox(this)),
      m_op(new QComboBox(this)), m_value(new QComboBox(this)), m_high(new QLineEdit(this)),
      m_bool(new QComboBox(this)), m_date(new QDateEdit(this)), m_dateHigh(new QDateEdit(this)),
      m_remove(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 1, 0, 1);
    std::string base;
    for (const auto& f : segment::ruleFields()) {
        if (f.base != base) {
            if (!base.empty())
                m_field->insertSeparator(m_field->count());
            base = f.base;
        }
        m_field->addItem(tr("%1 · %2").arg(baseTitle(f.base), QString::fromStdString(f.label)),
                         QString::fromStdString(f.name));
    }
    m_field->setToolTip(tr("The customer attribute or computed score to test"));
    m_field->setMinimumContentsLength(18);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_op->setMinimumContentsLength(10);
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->setMinimumContentsLength(14);
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_value->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_value->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_high->setPlaceholderText(tr("high"));
    m_high->setMaximumWidth(110);
    m_bool->addItem(tr("yes"), true);
    m_bool->addItem(tr("no"), false);
    for (QDateEdit* d : {m_date, m_dateHigh}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
    }
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this condition"));
    layout->addWidget(m_field, 3);
    layout->addWidget(m_op, 2);
    layout->addWidget(m_value, 3);
    layout->addWidget(m_high, 1);
    layout->addWidget(m_bool, 2);
    layout->addWidget(m_date, 2);
    layout->addWidget(m_dateHigh, 2);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::activated, this, [this] {
        fillOps();
        updateEditors();
        emit changed();
    });
    connect(m_op, &QComboBox::activated, this, [this] {
        updateEditors();
        emit changed();
    });
    connect(m_value, &QComboBox::activated, this, [this] { emit changed(); });
    connect(m_value->lineEdit(), &QLineEdit::editingFinished, this, [this] { emit changed(); });
    connect(m_high, &QLineEdit::editingFinished, this, [this] { emit changed(); });
    connect(m_bool, &QComboBox::activated, this, [this] { emit changed(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { emit changed(); });
    connect(m_dateHigh, &QDateEdit::dateChanged, this, [this] { emit changed(); });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(); });

    setField(QStringLiteral("country"));
}

QString SegmentRuleRow::field() const
{
    return m_field->currentData().toString();
}

QString SegmentRuleRow::op() const
{
    return m_op->currentData().toString();
}

void SegmentRuleRow::setField(const QString& name)
{
    const QSignalBlocker block(this);
    const int i = m_field->findData(name);
    if (i >= 0)
        m_field->setCurrentIndex(i);
    fillOps();
    updateEditors();
}

void SegmentRuleRow::setOp(const QString& op)
{
    const QSignalBlocker block(this);
    const int i = m_op->findData(op);
    if (i >= 0)
        m_op->setCurrentIndex(i);
    updateEditors();
}

void SegmentRuleRow::setValueText(const QString& text)
{
    m_value->setEditText(text);
}

void SegmentRuleRow::setHighText(const QString& text)
{
    m_high->setText(text);
}

void SegmentRuleRow::fillOps()
{
    const QString previous = op();
    const segment::RuleField* f = fieldOf(field());
    const QSignalBlocker block(m_op);
    m_op->clear();
    if (!f)
        return;
    for (const auto& o : segment::ruleOperators(f->type))
        m_op->addItem(opTitle(o, f->type), QString::fromStdString(o));
    const int i = m_op->findData(previous);
    m_op->setCurrentIndex(i >= 0 ? i : 0);
}

void SegmentRuleRow::refreshChoices()
{
    const segment::RuleField* f = fieldOf(field());
    const QString text = m_value->currentText();
    const QSignalBlocker block(m_value);
    m_value->clear();
    if (f && (f->type == FieldType::Text || f->type == FieldType::RfmSegment) && m_choices)
        m_value->addItems(m_choices(field()));
    m_value->setEditText(text);
}

void SegmentRuleRow::updateEditors()
{
    const segment::RuleField* f = fieldOf(field());
    const std::string o = op().toStdString();
    const FieldType type = f ? f->type : FieldType::Text;
    const bool none = segment::operatorTakesNoValue(o);
    const bool between = o == "between";
    const bool list = o == "in" || o == "not_in";
    const bool isDate = type == FieldType::Date;
    const bool isBool = type == FieldType::Bool;
    m_value->setVisible(!none && !isDate && !isBool);
    m_high->setVisible(!none && between && !isDate);
    m_bool->setVisible(!none && isBool);
    m_date->setVisible(!none && isDate);
    m_dateHigh->setVisible(!none && isDate && between);
    QString hint;
    if (list)
        hint = tr("values, separated by commas");
    else if (between)
        hint = tr("low");
    else if (type == FieldType::Number)
        hint = tr("number");
    else if (type == FieldType::Tags)
        hint = tr("tag");
    else
        hint = tr("value");
    m_value->lineEdit()->setPlaceholderText(hint);
    refreshChoices();
}

json SegmentRuleRow::toJson() const
{
    const segment::RuleField* f = fieldOf(field());
    json c = {{"field", field().toStdString()}, {"op", op().toStdString()}};
    if (!f)
        return c;
    const std::string o = op().toStdString();
    if (segment::operatorTakesNoValue(o))
        return c;
    const FieldType type = f->type;
    const QString text = m_value->currentText();
    if (type == FieldType::Bool) {
        c["value"] = m_bool->currentData().toBool();
    } else if (type == FieldType::Date) {
        const std::string lo = m_date->date().toString(Qt::ISODate).toStdString();
        if (o == "between")
            c["value"] = json::array({lo, m_dateHigh->date().toString(Qt::ISODate).toStdString()});
        else
            c["value"] = lo;
    } else if (o == "between") {
        c["value"] = json::array({numberValue(text), numberValue(m_high->text())});
    } else if (o == "in" || o == "not_in") {
        json list = json::array();
        for (const QString& part : splitList(text))
            list.push_back(type == FieldType::Number ? numberValue(part)
                                                     : json(part.toStdString()));
        c["value"] = list;
    } else if (type == FieldType::Number) {
        c["value"] = numberValue(text);
    } else {
        c["value"] = text.trimmed().toStdString();
    }
    return c;
}

void SegmentRuleRow::setJson(const json& condition)
{
    const QSignalBlocker block(this);
    setField(QString::fromStdString(condition.value("field", std::string("country"))));
    setOp(QString::fromStdString(condition.value("op", std::string("eq"))));
    const json value = condition.contains("value") ? condition["value"] : json();
    const segment::RuleField* f = fieldOf(field());
    const FieldType type = f ? f->type : FieldType::Text;
    if (type == FieldType::Bool) {
        m_bool->setCurrentIndex(value.is_boolean() && !value.get<bool>() ? 1 : 0);
    } else if (type == FieldType::Date) {
        auto dateOf = [](const json& v) {
            const QDate d =
                v.is_string()
                    ? QDate::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODate)
                    : QDate();
            return d.isValid() ? d : QDate::currentDate();
        };
        if (value.is_array() && value.size() == 2) {
            m_date->setDate(dateOf(value[0]));
            m_dateHigh->setDate(dateOf(value[1]));
        } else {
            m_date->setDate(dateOf(value));
        }
    } else if (value.is_array() && op() == QLatin1String("between") && value.size() == 2) {
        m_value->setEditText(scalarText(value[0]));
        m_high->setText(scalarText(value[1]));
    } else if (value.is_array()) {
        QStringList parts;
        for (const auto& v : value)
            parts << scalarText(v);
        m_value->setEditText(parts.join(QStringLiteral(", ")));
    } else {
        m_value->setEditText(scalarText(value));
    }
}

} // namespace vd::gui
