#include "valuedesk/segment/RuleSegment.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/Activity.h"
#include "valuedesk/segment/Rfm.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

namespace vd::segment {

namespace {

using nlohmann::json;

constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxConditions = 500;
constexpr std::size_t kMaxList = 1000;

enum class Origin { Customer, Year, Scores, Predictions };

struct FieldSql
{
    RuleField field;
    const char* sql; // fixed SQL expression; "?" in it is the reference year (Origin::Year)
    Origin origin;
};

const std::vector<FieldSql>& fieldTable()
{
    using T = FieldType;
    static const std::vector<FieldSql> t = {
        {{"country", "Country", "geographic", T::Text}, "c.country", Origin::Customer},
        {{"region", "Region", "geographic", T::Text}, "c.region", Origin::Customer},
        {{"city", "City", "geographic", T::Text}, "c.city", Origin::Customer},
        {{"birth_year", "Birth year", "demographic", T::Number}, "c.birth_year", Origin::Customer},
        {{"age", "Age", "demographic", T::Number}, "(? - c.birth_year)", Origin::Year},
        {{"gender", "Gender", "demographic", T::Text}, "c.gender", Origin::Customer},
        {{"income_band", "Income band", "demographic", T::Text}, "c.income_band", Origin::Customer},
        {{"education", "Education", "demographic", T::Text}, "c.education", Origin::Customer},
        {{"lifestyle", "Lifestyle", "psychographic", T::Text}, "c.lifestyle", Origin::Customer},
        {{"values_tags", "Values tags", "psychographic", T::Tags},
         "c.values_tags",
         Origin::Customer},
        {{"channel", "Channel", "behavioural", T::Text}, "c.channel", Origin::Customer},
        {{"usage_frequency", "Usage frequency", "behavioural", T::Text},
         "c.usage_frequency",
         Origin::Customer},
        {{"loyalty_tier", "Loyalty tier", "behavioural", T::Text},
         "c.loyalty_tier",
         Origin::Customer},
        {{"consent_email", "Consent: email", "consent", T::Bool},
         "c.consent_email",
         Origin::Customer},
        {{"consent_sms", "Consent: SMS", "consent", T::Bool}, "c.consent_sms", Origin::Customer},
        {{"consent_phone", "Consent: phone", "consent", T::Bool},
         "c.consent_phone",
         Origin::Customer},
        {{"created_at", "Created", "record", T::Date}, "c.created_at", Origin::Customer},
        {{"revenue", "Total revenue", "score", T::Number},
         "coalesce(s.revenue, 0)",
         Origin::Scores},
        {{"orders", "Order count", "score", T::Number}, "coalesce(s.orders, 0)", Origin::Scores},
        {{"margin", "Margin", "score", T::Number}, "s.margin", Origin::Scores},
        {{"recency_days", "Days since last purchase", "score", T::Number},
         "s.recency_days",
         Origin::Scores},
        {{"last_purchase", "Last purchase", "score", T::Date}, "s.last_purchase", Origin::Scores},
        {{"r_score", "R score", "score", T::Number}, "s.r", Origin::Scores},
        {{"f_score", "F score", "score", T::Number}, "s.f", Origin::Scores},
        {{"m_score", "M score", "score", T::Number}, "s.m", Origin::Scores},
        {{"rfm_segment", "RFM segment", "score", T::RfmSegment}, "s.rfm_segment", Origin::Scores},
        {{"clv", "CLV", "score", T::Number}, "p.clv", Origin::Predictions},
        {{"p_alive", "P(alive)", "score", T::Number}, "p.p_alive", Origin::Predictions},
        {{"nps", "NPS answer (latest)", "score", T::Number}, "s.nps_latest", Origin::Scores},
        {{"nps_mean", "NPS answer (mean)", "score", T::Number}, "s.nps_mean", Origin::Scores},
    };
    return t;
}

const FieldSql* fieldSql(const std::string& name)
{
    for (const auto& f : fieldTable())
        if (f.field.name == name)
            return &f;
    return nullptr;
}

bool isRfmField(const std::string& n)
{
    return n == "r_score" || n == "f_score" || n == "m_score" || n == "rfm_segment";
}
bool isActivityField(const std::string& n)
{
    return n == "revenue" || n == "orders" || n == "margin" || n == "recency_days" ||
           n == "last_purchase" || isRfmField(n);
}
bool isNpsField(const std::string& n)
{
    return n == "nps" || n == "nps_mean";
}

std::string typeName(FieldType t)
{
    switch (t) {
    case FieldType::Text:
        return "text";
    case FieldType::Number:
        return "number";
    case FieldType::Bool:
        return "yes/no";
    case FieldType::Date:
        return "date";
    case FieldType::Tags:
        return "tag list";
    case FieldType::RfmSegment:
        return "RFM segment";
    }
    return "field";
}

std::string joinOps(const std::vector<std::string>& ops)
{
    std::string s;
    for (const auto& o : ops)
        s += (s.empty() ? "" : ", ") + o;
    return s;
}

std::int64_t parseDay(const json& v, const std::string& where)
{
    if (!v.is_string())
        throw InputError(where + ": a date must be a \"YYYY-MM-DD\" string");
    auto ts = date::parseIso(v.get<std::string>());
    if (!ts)
        throw InputError(where + ": \"" + v.get<std::string>() +
                         "\" is not a valid date (YYYY-MM-DD)");
    return date::epochDay(*ts);
}

void checkScalar(FieldType type, const json& v, const std::string& where)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::RfmSegment:
    case FieldType::Tags:
        if (!v.is_string())
            throw InputError(where + ": the value must be text");
        if (type == FieldType::Tags && v.get<std::string>().empty())
            throw InputError(where + ": the tag must not be empty");
        return;
    case FieldType::Number:
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            throw InputError(where + ": the value must be a number");
        return;
    case FieldType::Bool:
        if (!v.is_boolean())
            throw InputError(where + ": the value must be true or false");
        return;
    case FieldType::Date:
        parseDay(v, where);
        return;
    }
}

void validateNode(const RuleNode& node, const std::string& where, int depth,
                  std::size_t& conditions, const RfmGrid* grid)
{
    if (depth > kMaxDepth)
        throw InputError(where + ": rules may nest at most " + std::to_string(kMaxDepth) +
                         " groups deep");
    if (node.kind != RuleNode::Kind::Condition) {
        const char* key = node.kind == RuleNode::Kind::And ? "and" : "or";
        for (std::size_t i = 0; i < node.children.size(); ++i)
            validateNode(node.children[i], where + "." + key + "[" + std::to_string(i + 1) + "]",
                         depth + 1, conditions, grid);
        return;
    }
    if (++conditions > kMaxConditions)
        throw InputError("rule: at most " + std::to_string(kMaxConditions) + " conditions");
    const FieldSql* f = fieldSql(node.field);
    if (!f) {
        std::string known;
        for (const auto& x : fieldTable())
            known += (known.empty() ? "" : ", ") + x.field.name;
        throw InputError(where + ": unknown field \"" + node.field + "\" (fields: " + known + ")");
    }
    const auto& ops = ruleOperators(f->field.type);
    if (std::find(ops.begin(), ops.end(), node.op) == ops.end())
        throw InputError(where + ": operator \"" + node.op + "\" does not apply to the " +
                         typeName(f->field.type) + " field \"" + node.field + "\" (use " +
                         joinOps(ops) + ")");
    const std::string at = where + " (" + node.field + " " + node.op + ")";
    if (operatorTakesNoValue(node.op)) {
        if (!node.value.is_null())
            throw InputError(at + ": this operator takes no value");
        return;
    }
    if (node.op == "in" || node.op == "not_in") {
        if (!node.value.is_array() || node.value.empty())
            throw InputError(at + ": the value must be a non-empty list");
        if (node.value.size() > kMaxList)
            throw InputError(at + ": at most " + std::to_string(kMaxList) + " values in a list");
        for (const auto& v : node.value)
            checkScalar(f->field.type, v, at);
    } else if (node.op == "between") {
        if (!node.value.is_array() || node.value.size() != 2)
            throw InputError(at + ": the value must be a [low, high] pair");
        checkScalar(f->field.type, node.value[0], at);
        checkScalar(f->field.type, node.value[1], at);
        const bool ordered = f->field.type == FieldType::Date
                                 ? parseDay(node.value[0], at) <= parseDay(node.value[1], at)
                                 : node.value[0].get<double>() <= node.value[1].get<double>();
        if (!ordered)
            throw InputError(at + ": the low end is above the high end");
    } else {
        checkScalar(f->field.type, node.value, at);
    }
    if (f->field.type == FieldType::RfmSegment && grid) {
        std::vector<json> names = node.value.is_array()
                                      ? std::vector<json>(node.value.begin(), node.value.end())
                                      : std::vector<json>{node.value};
        for (const auto& n : names) {
            const auto s = n.get<std::string>();
            bool found = false;
            std::string known;
            for (const auto& seg : grid->segments()) {
                found = found || seg.name == s;
                known += (known.empty() ? "" : ", ") + seg.name;
            }
            if (!found)
                throw InputError(at + ": no RFM segment is called \"" + s +
                                 "\" (segments: " + known + ")");
        }
    }
}

RuleNode parseNode(const json& j, const std::string& where, int depth)
{
    if (depth > kMaxDepth)
        throw InputError(where + ": rules may nest at most " + std::to_string(kMaxDepth) +
                         " groups deep");
    if (!j.is_object())
        throw InputError(where + ": expected an object ({\"and\": [...]}, {\"or\": [...]} or a "
                                 "condition {\"field\", \"op\", \"value\"})");
    for (const char* key : {"and", "or", "all", "any"}) {
        if (!j.contains(key))
            continue;
        if (j.size() != 1)
            throw InputError(where + ": a group has only its \"" + std::string(key) + "\" list");
        const json& list = j[key];
        if (!list.is_array())
            throw InputError(where + ": \"" + std::string(key) + "\" needs a list");
        const bool isAnd = std::string(key) == "and" || std::string(key) == "all";
        RuleNode n;
        n.kind = isAnd ? RuleNode::Kind::And : RuleNode::Kind::Or;
        std::size_t i = 0;
        for (const auto& child : list)
            n.children.push_back(parseNode(
                child, where + "." + (isAnd ? "and" : "or") + "[" + std::to_string(++i) + "]",
                depth + 1));
        return n;
    }
    if (!j.contains("field") || !j["field"].is_string())
        throw InputError(where + ": a condition needs a \"field\" name");
    if (!j.contains("op") || !j["op"].is_string())
        throw InputError(where + ": a condition needs an \"op\" (operator)");
    for (const auto& [k, v] : j.items())
        if (k != "field" && k != "op" && k != "value")
            throw InputError(where + ": unexpected key \"" + k + "\"");
    return RuleNode::condition(j["field"].get<std::string>(), j["op"].get<std::string>(),
                               j.contains("value") ? j["value"] : json());
}

json nodeToJson(const RuleNode& n)
{
    if (n.kind == RuleNode::Kind::Condition) {
        json c = {{"field", n.field}, {"op", n.op}};
        if (!n.value.is_null())
            c["value"] = n.value;
        return c;
    }
    json list = json::array();
    for (const auto& child : n.children)
        list.push_back(nodeToJson(child));
    return json{{n.kind == RuleNode::Kind::And ? "and" : "or", list}};
}

std::string describeNode(const RuleNode& n, bool nested)
{
    if (n.kind == RuleNode::Kind::Condition) {
        static const std::vector<std::pair<std::string, std::string>> words = {
            {"eq", "="},
            {"ne", "≠"},
            {"lt", "<"},
            {"le", "≤"},
            {"gt", ">"},
            {"ge", "≥"},
            {"in", "in"},
            {"not_in", "not in"},
            {"between", "between"},
            {"contains", "contains"},
            {"not_contains", "does not contain"},
            {"starts_with", "starts with"},
            {"is_null", "is missing"},
            {"not_null", "is present"}};
        std::string op = n.op;
        for (const auto& [k, w] : words)
            if (k == n.op)
                op = w;
        std::string s = n.field + " " + op;
        if (n.op == "between" && n.value.is_array() && n.value.size() == 2)
            s += " " + n.value[0].dump() + " and " + n.value[1].dump();
        else if (!n.value.is_null())
            s += " " + n.value.dump();
        return s;
    }
    if (n.children.empty())
        return n.kind == RuleNode::Kind::And ? "everyone" : "no one";
    std::string s;
    const char* sep = n.kind == RuleNode::Kind::And ? " AND " : " OR ";
    for (std::size_t i = 0; i < n.children.size(); ++i)
        s += (i ? sep : "") + describeNode(n.children[i], true);
    return nested && n.children.size() > 1 ? "(" + s + ")" : s;
}

bool nodeUses(const RuleNode& n, const std::function<bool(const std::string&)>& pred)
{
    if (n.kind == RuleNode::Kind::Condition)
        return pred(n.field);
    for (const auto& c : n.children)
        if (nodeUses(c, pred))
            return true;
    return false;
}

// Writes the WHERE expression; every value goes to params. The text is built with <<
// chains, whose operands C++17 evaluates left to right, so the parameters are pushed in the
// order their "?" appear.
class Compiler
{
public:
    explicit Compiler(std::int64_t referenceDay) : m_year(date::civilFromDays(referenceDay).year) {}

    std::string node(const RuleNode& n)
    {
        if (n.kind != RuleNode::Kind::Condition) {
            if (n.children.empty())
                return n.kind == RuleNode::Kind::And ? "1" : "0";
            std::string s = "(";
            const char* sep = n.kind == RuleNode::Kind::And ? " AND " : " OR ";
            for (std::size_t i = 0; i < n.children.size(); ++i) {
                if (i)
                    s += sep;
                s += node(n.children[i]);
            }
            return s + ")";
        }
        const FieldSql& f = *fieldSql(n.field);
        if (f.origin == Origin::Scores)
            needsScores = true;
        if (f.origin == Origin::Predictions)
            needsPredictions = true;
        return condition(f, n.op, n.value);
    }

    std::vector<SqlParam> params;
    bool needsScores = false;
    bool needsPredictions = false;

private:
    struct E // the field's expression
    {
        const FieldSql& f;
    };
    struct V // one bound value
    {
        const json& value;
        FieldType type;
    };
    struct DayEnd // start of the day after a date value
    {
        const json& value;
    };
    struct L // (?, ?, ...) of a list
    {
        const json& values;
        FieldType type;
    };

    class Sql
    {
    public:
        explicit Sql(Compiler& c) : m_c(c) {}
        Sql& operator<<(std::string_view text)
        {
            m_s += text;
            return *this;
        }
        Sql& operator<<(const E& e)
        {
            if (e.f.origin == Origin::Year)
                m_c.params.emplace_back(static_cast<std::int64_t>(m_c.m_year));
            m_s += e.f.sql;
            return *this;
        }
        Sql& operator<<(const V& v)
        {
            m_c.pushValue(v.value, v.type);
            m_s += "?";
            return *this;
        }
        Sql& operator<<(const DayEnd& d)
        {
            m_c.params.emplace_back((parseDay(d.value, "rule") + 1) * date::kSecondsPerDay);
            m_s += "?";
            return *this;
        }
        Sql& operator<<(const L& l)
        {
            m_s += "(";
            for (std::size_t i = 0; i < l.values.size(); ++i) {
                if (i)
                    m_s += ", ";
                *this << V{l.values[i], l.type};
            }
            m_s += ")";
            return *this;
        }
        std::string str() const { return m_s; }

    private:
        Compiler& m_c;
        std::string m_s;
    };

    void pushValue(const json& value, FieldType type)
    {
        switch (type) {
        case FieldType::Number:
            if (value.is_number_integer())
                params.emplace_back(value.get<std::int64_t>());
            else
                params.emplace_back(value.get<double>());
            break;
        case FieldType::Bool:
            params.emplace_back(static_cast<std::int64_t>(value.get<bool>() ? 1 : 0));
            break;
        case FieldType::Date:
            params.emplace_back(parseDay(value, "rule") * date::kSecondsPerDay);
            break;
        default:
            params.emplace_back(value.get<std::string>());
        }
    }

    std::string condition(const FieldSql& f, const std::string& op, const json& value)
    {
        const FieldType t = f.field.type;
        const E x{f};
        Sql q(*this);
        const bool textual = t == FieldType::Text || t == FieldType::Tags;
        if (op == "is_null") {
            if (textual)
                return (q << "(" << x << " IS NULL OR trim(" << x << ") = '')").str();
            return (q << "(" << x << " IS NULL)").str();
        }
        if (op == "not_null") {
            if (textual)
                return (q << "(" << x << " IS NOT NULL AND trim(" << x << ") <> '')").str();
            return (q << "(" << x << " IS NOT NULL)").str();
        }
        if (t == FieldType::Text || t == FieldType::RfmSegment) {
            if (op == "eq")
                return (q << "(" << x << " = " << V{value, t} << " COLLATE NOCASE)").str();
            if (op == "ne")
                return (q << "(" << x << " IS NULL OR " << x << " <> " << V{value, t}
                          << " COLLATE NOCASE)")
                    .str();
            if (op == "in")
                return (q << "(" << x << " COLLATE NOCASE IN " << L{value, t} << ")").str();
            if (op == "not_in")
                return (q << "(" << x << " IS NULL OR " << x << " COLLATE NOCASE NOT IN "
                          << L{value, t} << ")")
                    .str();
            if (op == "contains")
                return (q << "(instr(lower(" << x << "), lower(" << V{value, t} << ")) > 0)").str();
            if (op == "not_contains")
                return (q << "(" << x << " IS NULL OR instr(lower(" << x << "), lower("
                          << V{value, t} << ")) = 0)")
                    .str();
            if (op == "starts_with")
                return (q << "(substr(lower(" << x << "), 1, length(" << V{value, t}
                          << ")) = lower(" << V{value, t} << "))")
                    .str();
        }
        if (t == FieldType::Tags && (op == "contains" || op == "not_contains")) {
            // A JSON array of tags, or (imported text) a list separated by commas or
            // semicolons; tags compare without ASCII case and without spaces.
            q << (op == "contains" ? "(" : "(NOT ") << "(" << x << " IS NOT NULL AND "
              << "(CASE WHEN json_valid(" << x << ") AND json_type(" << x
              << ") = 'array' THEN EXISTS (SELECT 1 FROM json_each(" << x
              << ") WHERE lower(replace(CAST(value AS TEXT), ' ', '')) = lower(replace("
              << V{value, t} << ", ' ', ''))) ELSE instr(',' || lower(replace(replace(" << x
              << ", ';', ','), ' ', '')) || ',', ',' || lower(replace(" << V{value, t}
              << ", ' ', '')) || ',') > 0 END)))";
            return q.str();
        }
        if (t == FieldType::Number) {
            static const std::vector<std::pair<std::string, std::string>> cmp = {
                {"eq", " = "}, {"lt", " < "}, {"le", " <= "}, {"gt", " > "}, {"ge", " >= "}};
            for (const auto& [o, s] : cmp)
                if (op == o)
                    return (q << "(" << x << s << V{value, t} << ")").str();
            if (op == "ne")
                return (q << "(" << x << " IS NULL OR " << x << " <> " << V{value, t} << ")").str();
            if (op == "between")
                return (q << "(" << x << " BETWEEN " << V{value[0], t} << " AND " << V{value[1], t}
                          << ")")
                    .str();
            if (op == "in")
                return (q << "(" << x << " IN " << L{value, t} << ")").str();
            if (op == "not_in")
                return (q << "(" << x << " IS NULL OR " << x << " NOT IN " << L{value, t} << ")")
                    .str();
        }
        if (t == FieldType::Bool && op == "eq")
            return (q << "(" << x << " = " << V{value, t} << ")").str();
        if (t == FieldType::Date) {
            // Whole UTC days: "eq 2024-03-01" is any time that day.
            if (op == "eq")
                return (q << "(" << x << " >= " << V{value, t} << " AND " << x << " < "
                          << DayEnd{value} << ")")
                    .str();
            if (op == "lt")
                return (q << "(" << x << " < " << V{value, t} << ")").str();
            if (op == "le")
                return (q << "(" << x << " < " << DayEnd{value} << ")").str();
            if (op == "gt")
                return (q << "(" << x << " >= " << DayEnd{value} << ")").str();
            if (op == "ge")
                return (q << "(" << x << " >= " << V{value, t} << ")").str();
            if (op == "between")
                return (q << "(" << x << " >= " << V{value[0], t} << " AND " << x << " < "
                          << DayEnd{value[1]} << ")")
                    .str();
        }
        throw InputError("rule: operator \"" + op + "\" does not apply to \"" + f.field.name +
                         "\"");
    }

    int m_year;
};

void bindParam(Statement& st, int index, const SqlParam& p)
{
    std::visit(
        [&](const auto& x) {
            using X = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<X, std::nullptr_t>)
                st.bind(index, nullptr);
            else
                st.bind(index, x);
        },
        p);
}

// Drops the temporary score table when evaluation ends, however it ends.
struct TempScores
{
    Database& db;
    bool created = false;
    ~TempScores()
    {
        if (created) {
            try {
                db.exec("DROP TABLE IF EXISTS temp.vd_rule_scores");
            } catch (...) {
            }
        }
    }
};

} // namespace

const std::vector<RuleField>& ruleFields()
{
    static const std::vector<RuleField> fields = [] {
        std::vector<RuleField> v;
        for (const auto& f : fieldTable())
            v.push_back(f.field);
        return v;
    }();
    return fields;
}

const RuleField* findRuleField(const std::string& name)
{
    const FieldSql* f = fieldSql(name);
    return f ? &f->field : nullptr;
}

const std::vector<std::string>& ruleOperators(FieldType type)
{
    static const std::vector<std::string> text = {"eq",          "ne",       "in",
                                                  "not_in",      "contains", "not_contains",
                                                  "starts_with", "is_null",  "not_null"};
    static const std::vector<std::string> number = {
        "eq", "ne", "lt", "le", "gt", "ge", "between", "in", "not_in", "is_null", "not_null"};
    static const std::vector<std::string> boolean = {"eq"};
    static const std::vector<std::string> dates = {"eq", "lt",      "le",      "gt",
                                                   "ge", "between", "is_null", "not_null"};
    static const std::vector<std::string> tags = {"contains", "not_contains", "is_null",
                                                  "not_null"};
    static const std::vector<std::string> segment = {"eq",     "ne",      "in",
                                                     "not_in", "is_null", "not_null"};
    switch (type) {
    case FieldType::Text:
        return text;
    case FieldType::Number:
        return number;
    case FieldType::Bool:
        return boolean;
    case FieldType::Date:
        return dates;
    case FieldType::Tags:
        return tags;
    case FieldType::RfmSegment:
        return segment;
    }
    return text;
}

bool operatorTakesNoValue(const std::string& op)
{
    return op == "is_null" || op == "not_null";
}

std::vector<FieldValue> distinctValues(Database& db, const std::string& field, std::size_t limit)
{
    const FieldSql* f = fieldSql(field);
    if (!f || f->origin != Origin::Customer || f->field.type != FieldType::Text)
        throw InputError("\"" + field +
                         "\" is not a text field of the customers; values can be "
                         "listed for country, region, city, gender, income_band, education, "
                         "lifestyle, channel, usage_frequency and loyalty_tier");
    // The expression comes from the whitelist above, never from the caller. Grouped without
    // case; the spelling shown is the most frequent one of the group (ties: the smallest).
    const std::string x = f->sql;
    Statement st = db.prepare(
        "WITH v AS (SELECT trim(" + x + ") AS value, count(*) AS n FROM customers c WHERE " + x +
        " IS NOT NULL AND trim(" + x +
        ") <> '' GROUP BY 1), g AS (SELECT value, n, sum(n) OVER (PARTITION BY lower(value)) AS "
        "total, row_number() OVER (PARTITION BY lower(value) ORDER BY n DESC, value) AS pick "
        "FROM v) SELECT value, total FROM g WHERE pick = 1 ORDER BY total DESC, value LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    std::vector<FieldValue> out;
    while (st.step())
        out.push_back({st.getText(0), st.getInt(1)});
    return out;
}

Rule Rule::fromJson(std::string_view text)
{
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        throw InputError("rule: not valid JSON (" + std::string(e.what()) + ")");
    }
    return fromJsonValue(j);
}

Rule Rule::fromJsonValue(const json& j)
{
    Rule r(parseNode(j, "rule", 0));
    r.validate();
    return r;
}

json Rule::toJsonValue() const
{
    return nodeToJson(m_root);
}

void Rule::validate(const RfmGrid* grid) const
{
    std::size_t conditions = 0;
    validateNode(m_root, "rule", 0, conditions, grid);
}

std::string Rule::describe() const
{
    return describeNode(m_root, false);
}

bool Rule::usesField(const std::string& name) const
{
    return nodeUses(m_root, [&](const std::string& f) { return f == name; });
}

CompiledRule compileRule(const Rule& rule, std::int64_t referenceDay)
{
    rule.validate();
    Compiler c(referenceDay);
    const std::string where = c.node(rule.root());
    CompiledRule out;
    out.sql = "SELECT c.id FROM customers c";
    if (c.needsScores)
        out.sql += " LEFT JOIN temp.vd_rule_scores s ON s.customer_id = c.id";
    if (c.needsPredictions)
        out.sql += " LEFT JOIN current_predictions p ON p.customer_id = c.id";
    out.sql += " WHERE " + where + " ORDER BY c.id";
    out.params = std::move(c.params);
    out.needsScores = c.needsScores;
    out.needsPredictions = c.needsPredictions;
    return out;
}

RuleResult evaluateRule(Database& db, const Rule& rule, const RuleOptions& options,
                        const ProgressCallback& progress)
{
    const bool usesRfm = nodeUses(rule.root(), isRfmField);
    rule.validate(usesRfm ? &options.grid : nullptr);
    if (usesRfm)
        options.grid.validate();
    ProgressReporter reporter(progress);
    std::optional<std::int64_t> day = options.referenceDay;
    if (!day)
        day = latestTransactionDay(db);
    if (!day)
        day = date::epochDay(std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count());
    CompiledRule compiled = compileRule(rule, *day);

    TempScores temp{db};
    if (compiled.needsScores) {
        const bool activityNeeded = nodeUses(rule.root(), isActivityField);
        const bool npsNeeded = nodeUses(rule.root(), isNpsField);
        ActivityTable activity;
        if (activityNeeded) {
            ProgressCallback scan;
            if (progress)
                scan = [&progress](double f, std::string_view s) { return progress(0.6 * f, s); };
            activity = loadActivity(db, day, scan, options.threads);
        }
        std::vector<CustomerNps> nps;
        if (npsNeeded)
            nps = loadNpsAnswers(db, day);
        RfmResult rfm;
        if (usesRfm) {
            std::vector<RfmInput> inputs;
            for (const auto& a : activity.customers)
                if (a.purchases > 0)
                    inputs.push_back(
                        {a.customerId, date::epochDay(a.lastPurchase), a.purchases, a.revenue});
            rfm = scoreRfm(std::move(inputs), *day, options.grid);
        }
        reporter.stage(0.7, "preparing scores");
        db.exec("CREATE TEMP TABLE IF NOT EXISTS vd_rule_scores ("
                "customer_id INTEGER PRIMARY KEY, revenue REAL, orders INTEGER, margin REAL, "
                "recency_days INTEGER, last_purchase INTEGER, r INTEGER, f INTEGER, m INTEGER, "
                "rfm_segment TEXT, nps_latest INTEGER, nps_mean REAL)");
        temp.created = true;
        db.exec("DELETE FROM temp.vd_rule_scores");
        Transaction tx(db, Transaction::Mode::Deferred);
        Statement ins = db.prepare("INSERT INTO temp.vd_rule_scores VALUES "
                                   "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        // Merge the three id-sorted lists.
        std::size_t ia = 0, ir = 0, in = 0;
        const auto& acts = activity.customers;
        const auto& scored = rfm.customers;
        std::int64_t written = 0;
        const auto total = static_cast<std::int64_t>(acts.size() + nps.size());
        while (ia < acts.size() || in < nps.size()) {
            std::int64_t id = std::numeric_limits<std::int64_t>::max();
            if (ia < acts.size())
                id = std::min(id, acts[ia].customerId);
            if (in < nps.size())
                id = std::min(id, nps[in].customerId);
            ins.clearBindings();
            ins.bind(1, id);
            if (ia < acts.size() && acts[ia].customerId == id) {
                const auto& a = acts[ia++];
                ins.bind(2, a.revenue);
                ins.bind(3, a.purchases);
                if (a.costRows > 0)
                    ins.bind(4, a.margin);
                if (a.purchases > 0) {
                    ins.bind(5, *day - date::epochDay(a.lastPurchase));
                    ins.bind(6, a.lastPurchase);
                }
            }
            while (ir < scored.size() && scored[ir].customerId < id)
                ++ir;
            if (ir < scored.size() && scored[ir].customerId == id) {
                const auto& s = scored[ir];
                ins.bind(7, s.r);
                ins.bind(8, s.f);
                ins.bind(9, s.m);
                ins.bind(10, options.grid.segments()[static_cast<std::size_t>(s.segment)].name);
            }
            if (in < nps.size() && nps[in].customerId == id) {
                ins.bind(11, nps[in].latest);
                ins.bind(12, nps[in].mean);
                ++in;
            }
            ins.run();
            if ((++written & 0xFFF) == 0)
                reporter.update(written, total, "preparing scores");
        }
        tx.commit();
    }
    reporter.stage(0.9, "selecting customers");
    RuleResult result;
    result.referenceDay = *day;
    Statement st = db.prepare(compiled.sql);
    for (std::size_t i = 0; i < compiled.params.size(); ++i)
        bindParam(st, static_cast<int>(i + 1), compiled.params[i]);
    while (st.step())
        result.customerIds.push_back(st.getInt(0));
    result.customersInBase = db.queryInt("SELECT count(*) FROM customers");
    reporter.stage(1.0, "done");
    return result;
}

} // namespace vd::segment
