#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/segment/RfmGrid.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vd {
class Database;
}

namespace vd::segment {

enum class FieldType { Text, Number, Bool, Date, Tags, RfmSegment };

// A field a rule may test: a customer column of the four segmentation bases (plus consent
// and creation date) or a computed score. Only these names reach SQL, each through a fixed
// expression, so a rule can never inject SQL.
struct RuleField
{
    std::string name;  // as in the rule JSON
    std::string label; // for the rule builder
    std::string base;  // geographic, demographic, psychographic, behavioural, consent, record,
                       // score
    FieldType type;
};

const std::vector<RuleField>& ruleFields();
const RuleField* findRuleField(const std::string& name);
// Operators valid for a field type, in the order the rule builder offers them.
const std::vector<std::string>& ruleOperators(FieldType type);
// True for operators that take no value (is_null, not_null).
bool operatorTakesNoValue(const std::string& op);

// One value of a text field as the customers hold it, with how many have it.
struct FieldValue
{
    std::string value;
    std::int64_t customers = 0;
};
// The distinct non-empty values of a text field of the customers table (country, city,
// channel, ...), most frequent first (ties by value), at most `limit`: what a rule builder
// offers in its value picker. Values that differ only in ASCII case are one value (rules
// compare without case), shown in their most frequent spelling. Throws vd::InputError for
// a field that is not a text column of the customers (scores, numbers, tags).
std::vector<FieldValue> distinctValues(Database& db, const std::string& field,
                                       std::size_t limit = 200);

// One node of a rule: an AND / OR group of children, or a condition (field, operator, value).
struct RuleNode
{
    enum class Kind { And, Or, Condition };
    Kind kind = Kind::And;
    std::vector<RuleNode> children;
    std::string field;
    std::string op;
    nlohmann::json value; // string, number, bool, or a list for in / not_in / between

    static RuleNode condition(std::string field, std::string op, nlohmann::json value = {})
    {
        RuleNode n;
        n.kind = Kind::Condition;
        n.field = std::move(field);
        n.op = std::move(op);
        n.value = std::move(value);
        return n;
    }
    static RuleNode group(Kind kind, std::vector<RuleNode> children)
    {
        RuleNode n;
        n.kind = kind;
        n.children = std::move(children);
        return n;
    }
};

// A rule segment: a tree of conditions saved as JSON and re-evaluated on demand, e.g.
//   {"and": [{"field": "country", "op": "eq", "value": "China"},
//            {"or": [{"field": "age", "op": "between", "value": [25, 34]},
//                    {"field": "rfm_segment", "op": "in", "value": ["Champions", "Loyal"]}]}]}
// Semantics (docs/methods.md): text comparisons ignore ASCII case; a customer without a
// value never matches a positive test (eq, lt, in, contains, ...) and always matches a
// negative one (ne, not_in, not_contains); an empty AND matches everyone, an empty OR no one.
class Rule
{
public:
    Rule() = default;
    explicit Rule(RuleNode root) : m_root(std::move(root)) {}

    // Parses and validates; throws vd::InputError naming the node ("rule: and[2].or[1]: ...").
    static Rule fromJson(std::string_view text);
    static Rule fromJsonValue(const nlohmann::json& j);
    nlohmann::json toJsonValue() const;
    std::string toJson() const { return toJsonValue().dump(); }

    const RuleNode& root() const { return m_root; }
    RuleNode& root() { return m_root; }

    // Checks fields, operators and values (types, list sizes, dates, lo <= hi); throws
    // vd::InputError. `grid` (when given) also checks rfm_segment names.
    void validate(const RfmGrid* grid = nullptr) const;

    // "country = "China" AND (age between 25 and 34 OR ...)", for lists and reports.
    std::string describe() const;

    // Which computed sources the rule reads.
    bool usesField(const std::string& name) const;

private:
    RuleNode m_root;
};

using SqlParam = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// The SQL a rule compiles to: fixed text from the field and operator whitelists with one "?"
// per value, and the values to bind in order.
struct CompiledRule
{
    std::string sql; // SELECT c.id FROM customers c ... WHERE ... ORDER BY c.id
    std::vector<SqlParam> params;
    bool needsScores = false;      // reads the temp table of computed scores
    bool needsPredictions = false; // joins current_predictions
};

struct RuleOptions
{
    // Reference day for scores (purchases and answers up to its end, recency from it, age
    // in its year); nullopt = the day of the newest transaction (today without any).
    std::optional<std::int64_t> referenceDay;
    RfmGrid grid = RfmGrid::defaults(); // for r/f/m scores and rfm_segment
    int threads = 0;
};

// Compiles a validated rule; referenceDay must be set.
CompiledRule compileRule(const Rule& rule, std::int64_t referenceDay);

struct RuleResult
{
    std::vector<std::int64_t> customerIds; // ascending
    std::int64_t referenceDay = 0;
    std::int64_t customersInBase = 0;
};

// Evaluates the rule over the workspace: computed scores (revenue, orders, RFM, NPS) are
// computed in one pass each, only when the rule uses them, into a temporary table the SQL
// joins; CLV and P(alive) come from current_predictions.
RuleResult evaluateRule(Database& db, const Rule& rule, const RuleOptions& options = {},
                        const ProgressCallback& progress = {});

} // namespace vd::segment
