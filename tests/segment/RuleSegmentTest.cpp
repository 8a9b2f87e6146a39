#include "valuedesk/segment/RuleSegment.h"

#include "SegmentFixture.h"
#include "valuedesk/Error.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace vd::segment;
using nlohmann::json;

class RuleDb : public vd::test::SegmentFixture
{
protected:
    void SetUp() override
    {
        SegmentFixture::SetUp();
        a = customer("A", [](vd::Customer& c) {
            c.country = "China";
            c.city = "Shanghai";
            c.birthYear = 1990;
            c.gender = "F";
            c.valuesTags = R"(["eco", "health"])";
            c.channel = "app";
            c.consentEmail = true;
            c.createdAt = ts("2021-05-01");
        });
        b = customer("B", [](vd::Customer& c) {
            c.country = "china";
            c.city = "Beijing";
            c.birthYear = 1970;
            c.valuesTags = "Eco, Family";
            c.channel = "store";
            c.createdAt = ts("2022-01-15 10:00");
        });
        c = customer("C", [](vd::Customer& x) {
            x.country = "USA";
            x.createdAt = ts("2023-03-03");
        });
        d = customer("D", [](vd::Customer& x) {
            x.city = "Shenzhen";
            x.birthYear = 2000;
            x.valuesTags = R"(["family"])";
            x.createdAt = ts("2024-01-01");
        });
        order(a, "2023-12-01", 100);
        order(a, "2024-01-10", 100);
        order(a, "2024-01-30", 100);
        order(b, "2023-06-01", 50);
        order(d, "2024-01-20", 10);
        order(d, "2024-01-31", 10);
        answer(a, "2024-01-05", 10);
        answer(b, "2024-01-06", 3);
        auto run = clvRun();
        prediction(run, a, 500, 0.9);
        prediction(run, b, 20, 0.2);
        prediction(run, d, 100, 0.7);
    }

    std::vector<std::int64_t> eval(const std::string& rule)
    {
        return evaluateRule(db(), Rule::fromJson(rule)).customerIds;
    }
    std::vector<std::int64_t> ids(std::initializer_list<std::int64_t> v) { return v; }

    std::int64_t a = 0, b = 0, c = 0, d = 0;
};

TEST_F(RuleDb, TextFieldsIgnoreCaseAndMissingValuesMatchOnlyNegativeTests)
{
    EXPECT_EQ(eval(R"({"field": "country", "op": "eq", "value": "CHINA"})"), ids({a, b}));
    EXPECT_EQ(eval(R"({"field": "country", "op": "ne", "value": "China"})"), ids({c, d}));
    EXPECT_EQ(eval(R"({"field": "country", "op": "in", "value": ["usa", "Japan"]})"), ids({c}));
    EXPECT_EQ(eval(R"({"field": "country", "op": "not_in", "value": ["USA"]})"), ids({a, b, d}));
    EXPECT_EQ(eval(R"({"field": "city", "op": "starts_with", "value": "sh"})"), ids({a, d}));
    EXPECT_EQ(eval(R"({"field": "city", "op": "contains", "value": "JING"})"), ids({b}));
    EXPECT_EQ(eval(R"({"field": "city", "op": "not_contains", "value": "jing"})"), ids({a, c, d}));
    EXPECT_EQ(eval(R"({"field": "city", "op": "is_null"})"), ids({c}));
    EXPECT_EQ(eval(R"({"field": "gender", "op": "not_null"})"), ids({a}));
}

TEST_F(RuleDb, NumbersAgeAndDates)
{
    // Reference day = newest transaction, 2024-01-31: ages 34, 54, -, 24.
    EXPECT_EQ(eval(R"({"field": "age", "op": "ge", "value": 30})"), ids({a, b}));
    EXPECT_EQ(eval(R"({"field": "age", "op": "between", "value": [20, 40]})"), ids({a, d}));
    EXPECT_EQ(eval(R"({"field": "birth_year", "op": "lt", "value": 1980})"), ids({b}));
    EXPECT_EQ(eval(R"({"field": "birth_year", "op": "ne", "value": 1990})"), ids({b, c, d}));
    EXPECT_EQ(eval(R"({"field": "created_at", "op": "lt", "value": "2022-01-15"})"), ids({a}));
    EXPECT_EQ(eval(R"({"field": "created_at", "op": "le", "value": "2022-01-15"})"), ids({a, b}));
    EXPECT_EQ(eval(R"({"field": "created_at", "op": "eq", "value": "2022-01-15"})"), ids({b}));
    EXPECT_EQ(eval(R"({"field": "created_at", "op": "gt", "value": "2023-03-03"})"), ids({d}));
    EXPECT_EQ(eval(R"({"field": "created_at", "op": "ge", "value": "2023-03-03"})"), ids({c, d}));
    EXPECT_EQ(
        eval(R"({"field": "created_at", "op": "between", "value": ["2022-01-01", "2023-03-03"]})"),
        ids({b, c}));
    EXPECT_EQ(eval(R"({"field": "consent_email", "op": "eq", "value": true})"), ids({a}));
    EXPECT_EQ(eval(R"({"field": "consent_email", "op": "eq", "value": false})"), ids({b, c, d}));
}

TEST_F(RuleDb, TagsAsJsonOrSeparatedText)
{
    EXPECT_EQ(eval(R"({"field": "values_tags", "op": "contains", "value": "eco"})"), ids({a, b}));
    EXPECT_EQ(eval(R"({"field": "values_tags", "op": "contains", "value": "FAMILY"})"),
              ids({b, d}));
    EXPECT_EQ(eval(R"({"field": "values_tags", "op": "contains", "value": "eco "})"), ids({a, b}));
    EXPECT_EQ(eval(R"({"field": "values_tags", "op": "contains", "value": "ec"})"), ids({}))
        << "a whole tag, not a substring";
    EXPECT_EQ(eval(R"({"field": "values_tags", "op": "not_contains", "value": "eco"})"),
              ids({c, d}));
    EXPECT_EQ(eval(R"({"field": "values_tags", "op": "is_null"})"), ids({c}));
}

TEST_F(RuleDb, ComputedScores)
{
    EXPECT_EQ(eval(R"({"field": "revenue", "op": "ge", "value": 100})"), ids({a}));
    EXPECT_EQ(eval(R"({"field": "orders", "op": "eq", "value": 0})"), ids({c}));
    EXPECT_EQ(eval(R"({"field": "recency_days", "op": "le", "value": 1})"), ids({a, d}));
    EXPECT_EQ(eval(R"({"field": "last_purchase", "op": "lt", "value": "2024-01-01"})"), ids({b}));
    EXPECT_EQ(eval(R"({"field": "nps", "op": "ge", "value": 9})"), ids({a}));
    EXPECT_EQ(eval(R"({"field": "nps_mean", "op": "is_null"})"), ids({c, d}));
    EXPECT_EQ(eval(R"({"field": "clv", "op": "gt", "value": 50})"), ids({a, d}));
    EXPECT_EQ(eval(R"({"field": "p_alive", "op": "lt", "value": 0.5})"), ids({b}));
    // RFM of the three buyers (hand-scored): recency 1, 244, 0 -> R 2, 1, 4; frequency 3, 1,
    // 2 -> F 4, 1, 2: A At risk (R2 F4), B Hibernating (R1 F1), D Potential loyalist (R4 F2).
    EXPECT_EQ(eval(R"({"field": "rfm_segment", "op": "eq", "value": "At risk"})"), ids({a}));
    EXPECT_EQ(eval(R"({"field": "rfm_segment", "op": "in",
                      "value": ["Hibernating", "Potential loyalist"]})"),
              ids({b, d}));
    EXPECT_EQ(eval(R"({"field": "r_score", "op": "ge", "value": 4})"), ids({d}));
    EXPECT_EQ(eval(R"({"field": "rfm_segment", "op": "is_null"})"), ids({c}));
    EXPECT_THROW(eval(R"({"field": "rfm_segment", "op": "eq", "value": "Gold"})"), vd::InputError);
}

TEST_F(RuleDb, AndOrGroups)
{
    EXPECT_EQ(eval(R"({"and": [{"field": "country", "op": "eq", "value": "china"},
                               {"or": [{"field": "age", "op": "lt", "value": 40},
                                       {"field": "nps", "op": "le", "value": 6}]}]})"),
              ids({a, b}));
    EXPECT_EQ(eval(R"({"and": [{"field": "country", "op": "eq", "value": "china"},
                               {"field": "age", "op": "lt", "value": 40}]})"),
              ids({a}));
    EXPECT_EQ(eval(R"({"or": [{"field": "country", "op": "eq", "value": "USA"},
                              {"field": "clv", "op": "ge", "value": 100}]})"),
              ids({a, c, d}));
    EXPECT_EQ(eval(R"({"and": []})"), ids({a, b, c, d}));
    EXPECT_EQ(eval(R"({"or": []})"), ids({}));
}

TEST_F(RuleDb, ValuesAreBoundNeverSpliced)
{
    const std::string evil = "x' OR 1=1; DROP TABLE customers; --";
    json rule = {{"field", "country"}, {"op", "eq"}, {"value", evil}};
    Rule r = Rule::fromJsonValue(rule);
    CompiledRule compiled = compileRule(r, day("2024-01-31"));
    EXPECT_EQ(compiled.sql.find("DROP"), std::string::npos);
    ASSERT_EQ(compiled.params.size(), 1u);
    EXPECT_EQ(std::get<std::string>(compiled.params[0]), evil);
    EXPECT_TRUE(evaluateRule(db(), r).customerIds.empty());
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM customers"), 4);
}

TEST_F(RuleDb, ParametersFollowTheirPlaceholders)
{
    // age binds the reference year before each use; between binds low then high.
    Rule r = Rule::fromJson(R"({"and": [{"field": "age", "op": "ne", "value": 54},
                                        {"field": "created_at", "op": "between",
                                         "value": ["2021-01-01", "2021-12-31"]}]})");
    CompiledRule cr = compileRule(r, day("2024-01-31"));
    ASSERT_EQ(cr.params.size(), 5u);
    EXPECT_EQ(std::get<std::int64_t>(cr.params[0]), 2024);
    EXPECT_EQ(std::get<std::int64_t>(cr.params[1]), 2024);
    EXPECT_EQ(std::get<std::int64_t>(cr.params[2]), 54);
    EXPECT_EQ(std::get<std::int64_t>(cr.params[3]), ts("2021-01-01"));
    EXPECT_EQ(std::get<std::int64_t>(cr.params[4]), ts("2022-01-01"));
    EXPECT_EQ(std::count(cr.sql.begin(), cr.sql.end(), '?'), 5);
    EXPECT_EQ(evaluateRule(db(), r).customerIds, ids({a}));
}

TEST(Rule, RefusesBadRulesWithThePlace)
{
    auto message = [](const std::string& text) {
        try {
            Rule::fromJson(text);
        } catch (const vd::InputError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_NE(
        message(R"({"field": "shoe", "op": "eq", "value": 1})").find("unknown field \"shoe\""),
        std::string::npos);
    EXPECT_NE(message(R"({"and": [{"field": "age", "op": "eq", "value": 1},
                                  {"field": "age", "op": "contains", "value": "3"}]})")
                  .find("rule.and[2]: operator \"contains\" does not apply"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "age", "op": "between", "value": [40, 30]})").find("low end"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "age", "op": "eq"})").find("must be a number"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "age", "op": "eq", "value": "30"})").find("must be a number"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "city", "op": "in", "value": []})").find("non-empty list"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "created_at", "op": "lt", "value": "2024-02-30"})")
                  .find("not a valid date"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "city", "op": "is_null", "value": "x"})").find("no value"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "city", "op": "eq", "value": "x", "extra": 1})")
                  .find("unexpected key"),
              std::string::npos);
    EXPECT_NE(message(R"({"field": "consent_sms", "op": "eq", "value": 1})").find("true or false"),
              std::string::npos);
    EXPECT_NE(message("[1, 2]").find("expected an object"), std::string::npos);
    EXPECT_NE(message("{oops").find("not valid JSON"), std::string::npos);
    std::string deep = R"({"field": "age", "op": "eq", "value": 1})";
    for (int i = 0; i < 20; ++i)
        deep = "{\"and\": [" + deep + "]}";
    EXPECT_NE(message(deep).find("nest"), std::string::npos);
}

TEST(Rule, JsonRoundTripAndDescription)
{
    const char* text = R"({"and": [{"field": "country", "op": "eq", "value": "China"},
                                    {"or": [{"field": "age", "op": "between", "value": [25, 34]},
                                            {"field": "city", "op": "is_null"}]}]})";
    Rule r = Rule::fromJson(text);
    EXPECT_EQ(Rule::fromJson(r.toJson()).toJsonValue(), r.toJsonValue());
    EXPECT_EQ(r.describe(), "country = \"China\" AND (age between 25 and 34 OR city is missing)");
    EXPECT_TRUE(r.usesField("age"));
    EXPECT_FALSE(r.usesField("clv"));
    EXPECT_THROW(Rule::fromJson(R"({"all": [], "x": 1})"), vd::InputError);
    EXPECT_EQ(Rule::fromJson(R"({"all": []})").toJson(), R"({"and":[]})");
}

TEST(Rule, FieldCatalogueCoversTheFourBases)
{
    std::set<std::string> bases;
    for (const auto& f : ruleFields()) {
        bases.insert(f.base);
        EXPECT_FALSE(ruleOperators(f.type).empty()) << f.name;
    }
    for (const char* b : {"geographic", "demographic", "psychographic", "behavioural", "consent",
                          "record", "score"})
        EXPECT_TRUE(bases.count(b)) << b;
    EXPECT_NE(findRuleField("loyalty_tier"), nullptr);
    EXPECT_EQ(findRuleField("password"), nullptr);
}
