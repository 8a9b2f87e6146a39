#include "SegmentFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"

#include <gtest/gtest.h>

using namespace vd::segment;
using nlohmann::json;

// What the segmentation page and `segment rules --saved` need beyond the first analyses:
// member pages with names, customer rows of a preview, value pickers, and saved rules read
// back and evaluated again.
class SavedRuleDb : public vd::test::SegmentFixture
{
protected:
    void SetUp() override
    {
        SegmentFixture::SetUp();
        a = customer("A", [](vd::Customer& c) {
            c.name = "Ann";
            c.country = "China";
            c.channel = "app";
        });
        b = customer("B", [](vd::Customer& c) {
            c.name = "Bo";
            c.country = "china";
            c.channel = "store";
        });
        c = customer("C", [](vd::Customer& x) {
            x.name = "Cy";
            x.country = "USA";
            x.channel = " app ";
        });
        d = customer("D", [](vd::Customer& x) {
            x.name = "Di";
            x.country = "China";
        });
        order(a, "2024-01-10", 100);
        order(a, "2024-01-20", 100);
        order(b, "2024-01-05", 30);
        order(c, "2024-01-25", 10);
    }

    std::int64_t saveRule(const std::string& name, const std::string& ruleJson,
                          std::optional<std::int64_t> referenceDay = {},
                          std::int64_t createdAt = 1000)
    {
        Rule rule = Rule::fromJson(ruleJson);
        RuleOptions o;
        o.referenceDay = referenceDay;
        o.grid = RfmGrid::load(db());
        RuleResult r = evaluateRule(db(), rule, o);
        SegmentDraft draft = ruleDraft(rule, r, &o.grid);
        return SegmentStore(db()).save(name, draft.kind, draft.definition, draft.members,
                                       createdAt);
    }

    std::int64_t a = 0, b = 0, c = 0, d = 0;
};

TEST_F(SavedRuleDb, MemberPagesCarryExternalIdNameAndLabel)
{
    SegmentStore store(db());
    const auto id = store.save("Manual", "manual", "{}", {{d, "x"}, {a, "y"}, {c, "x"}}, 10);
    EXPECT_EQ(store.memberCount(id), 3);
    EXPECT_EQ(store.memberCount(id, std::string("x")), 2);
    EXPECT_EQ(store.memberCount(id, std::string("none")), 0);
    auto all = store.memberPage(id, 0, 10);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].customerId, a) << "customer-id order";
    EXPECT_EQ(all[0].externalId, "A");
    EXPECT_EQ(all[0].name, "Ann");
    EXPECT_EQ(all[0].label, "y");
    EXPECT_EQ(all[2].externalId, "D");
    auto second = store.memberPage(id, 1, 1);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0].customerId, c);
    auto xs = store.memberPage(id, 1, 5, std::string("x"));
    ASSERT_EQ(xs.size(), 1u);
    EXPECT_EQ(xs[0].externalId, "D");
    EXPECT_TRUE(store.memberPage(id, 3, 5).empty());
    EXPECT_THROW(store.memberPage(id, -1, 5), vd::InputError);

    auto rows = store.customerRows({d, 999999, b});
    ASSERT_EQ(rows.size(), 2u) << "unknown ids are left out";
    EXPECT_EQ(rows[0].externalId, "D");
    EXPECT_EQ(rows[1].name, "Bo");
}

TEST_F(SavedRuleDb, DistinctValuesIgnoreCaseAndBlanks)
{
    auto countries = distinctValues(db(), "country");
    ASSERT_EQ(countries.size(), 2u);
    EXPECT_EQ(countries[0].value, "China") << "the most frequent spelling of china/China";
    EXPECT_EQ(countries[0].customers, 3);
    EXPECT_EQ(countries[1].value, "USA");
    auto channels = distinctValues(db(), "channel");
    ASSERT_EQ(channels.size(), 2u);
    EXPECT_EQ(channels[0].value, "app") << "trimmed";
    EXPECT_EQ(channels[0].customers, 2);
    EXPECT_EQ(distinctValues(db(), "country", 1).size(), 1u);
    EXPECT_TRUE(distinctValues(db(), "region").empty());
    EXPECT_THROW(distinctValues(db(), "revenue"), vd::InputError);
    EXPECT_THROW(distinctValues(db(), "values_tags"), vd::InputError);
    EXPECT_THROW(distinctValues(db(), "nope"), vd::InputError);
}

TEST_F(SavedRuleDb, RuleDefinitionReadsBackRuleDayAndGrid)
{
    const auto plain = saveRule("China", R"({"field": "country", "op": "eq", "value": "CHINA"})",
                                day("2024-01-31"));
    SegmentStore store(db());
    SavedRuleDefinition def = ruleDefinition(*store.get(plain));
    EXPECT_EQ(def.rule.toJson(),
              Rule::fromJson(R"({"field": "country", "op": "eq", "value": "CHINA"})").toJson());
    EXPECT_EQ(def.referenceDay, day("2024-01-31"));
    EXPECT_FALSE(def.grid) << "no RFM condition, no grid";

    const auto rfm =
        saveRule("Champions", R"({"field": "rfm_segment", "op": "ne", "value": "Hibernating"})");
    EXPECT_TRUE(ruleDefinition(*store.get(rfm)).grid);

    const auto manual = store.save("M", "manual", "{}", {{a, ""}}, 5);
    EXPECT_THROW(ruleDefinition(*store.get(manual)), vd::InputError);
    const auto broken = store.save("Broken", "rule", R"({"rule": {"field": "x"}})", {}, 6);
    try {
        ruleDefinition(*store.get(broken));
        FAIL() << "a broken rule must be refused";
    } catch (const vd::InputError& e) {
        EXPECT_NE(std::string(e.what()).find("\"Broken\""), std::string::npos) << e.what();
    }
}

TEST_F(SavedRuleDb, ReevaluationSeesNewDataAndCountsMoves)
{
    // Orders >= 1 at 2024-01-31: A, B, C.
    const auto id =
        saveRule("Buyers", R"({"field": "orders", "op": "ge", "value": 1})", day("2024-01-31"));
    SegmentStore store(db());
    EXPECT_EQ(store.memberCount(id), 3);

    // D buys, B's purchase becomes a return-free nothing: delete it.
    order(d, "2024-02-10", 40);
    db().exec("DELETE FROM transactions WHERE customer_id = " + std::to_string(b));

    RuleReevaluation now = reevaluateRule(db(), id);
    EXPECT_EQ(now.result.customerIds, (std::vector<std::int64_t>{a, c, d}));
    EXPECT_EQ(now.result.referenceDay, day("2024-02-10")) << "newest data by default";
    EXPECT_EQ(now.before, 3);
    EXPECT_EQ(now.stayed, 2);
    EXPECT_EQ(now.joined, 1);
    EXPECT_EQ(now.left, 1);

    // The same as evaluating the saved rule by hand.
    RuleResult direct = evaluateRule(db(), ruleDefinition(*store.get(id)).rule);
    EXPECT_EQ(direct.customerIds, now.result.customerIds);

    // At the snapshot's own day, D's February order does not count yet.
    ReevaluateOptions o;
    o.useSavedDay = true;
    RuleReevaluation then = reevaluateRule(db(), id, o);
    EXPECT_EQ(then.result.referenceDay, day("2024-01-31"));
    EXPECT_EQ(then.result.customerIds, (std::vector<std::int64_t>{a, c}));
    o.referenceDay = day("2024-01-15");
    EXPECT_EQ(reevaluateRule(db(), id, o).result.customerIds, (std::vector<std::int64_t>{a}));

    // A new snapshot of the re-evaluation is an ordinary rule segment again.
    SegmentDraft draft = ruleDraft(now.saved.rule, now.result, &now.grid);
    const auto next = store.save("Buyers", draft.kind, draft.definition, draft.members, 2000);
    EXPECT_EQ(store.resolve("Buyers").id, next);
    MigrationMatrix m = store.migration(id, next);
    EXPECT_EQ(m.inBoth, 2);
    EXPECT_EQ(m.onlyInFrom, (std::vector<std::int64_t>{1}));
    EXPECT_EQ(m.onlyInTo, (std::vector<std::int64_t>{1}));

    EXPECT_THROW(reevaluateRule(db(), 424242), vd::InputError);
}

TEST_F(SavedRuleDb, ReevaluationUsesTheSavedGrid)
{
    // "Top" holds the R = 4 row (C: recency 6 days, two of three buyers are worse, so R =
    // 1 + floor(5 * 2 / 3) = 4). Saved with the rule, the grid must win over the workspace's
    // even after that changes.
    std::vector<RfmSegmentDef> two = {{"Top", {}}, {"Rest", {}}};
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            two[r == 4 ? 0 : 1].cells.push_back({r, f});
    const RfmGrid grid(two);
    grid.save(db());
    const auto id = saveRule("Top", R"({"field": "rfm_segment", "op": "eq", "value": "Top"})",
                             day("2024-01-31"));
    RfmGrid::defaults().save(db()); // "Top" is not a segment of the workspace's grid now
    RuleReevaluation again = reevaluateRule(db(), id);
    EXPECT_EQ(again.grid, grid);
    EXPECT_EQ(again.result.customerIds, (std::vector<std::int64_t>{c}));
    EXPECT_EQ(again.before, 1);
    EXPECT_EQ(again.stayed, 1);
    EXPECT_EQ(again.joined + again.left, 0);
}
