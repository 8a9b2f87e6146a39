#include "valuedesk/segment/SegmentStore.h"

#include "SegmentFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/SegmentDrafts.h"

#include <gtest/gtest.h>

using namespace vd::segment;

class StoreDb : public vd::test::SegmentFixture
{
protected:
    void SetUp() override
    {
        SegmentFixture::SetUp();
        a = customer("A");
        b = customer("B");
        c = customer("C");
        d = customer("D");
        order(a, "2024-01-01", 300);
        order(b, "2024-01-01", 50);
        order(d, "2024-01-01", 20);
        answer(a, "2024-01-02", 10);
        answer(b, "2024-01-02", 9);
        answer(b, "2024-01-03", 3); // latest counts
        auto run = clvRun();
        prediction(run, a, 500, 0.9);
        prediction(run, b, 20, 0.2);
        prediction(run, d, 100, 0.7);
    }
    std::int64_t a = 0, b = 0, c = 0, d = 0;
};

TEST_F(StoreDb, SavesListsAndReadsMembers)
{
    SegmentStore store(db());
    PyramidResult p = buildPyramid({{a, 3, 300}, {b, 3, 50}, {c, 3, 0}, {d, 3, 20}},
                                   PyramidOptions{PyramidBasis::Revenue, {0.2, 0.4, 0.6}, {}, 0});
    SegmentDraft draft = pyramidDraft(p);
    const auto id = store.save("Pyramid Q1", draft.kind, draft.definition, draft.members, 1000);
    auto s = store.get(id);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, "pyramid");
    EXPECT_EQ(s->members, 4);
    EXPECT_EQ(s->createdAt, 1000);
    // The contract: labels exactly platinum, gold, iron, lead, in that order.
    EXPECT_EQ(s->labels, (std::vector<std::string>{"platinum", "gold", "iron", "lead"}));
    auto platinum = store.members(id, std::string("platinum"));
    ASSERT_EQ(platinum.size(), 1u);
    EXPECT_EQ(platinum[0].customerId, a);
    EXPECT_EQ(store.members(id).size(), 4u);
    EXPECT_EQ(store.labelCounts(id).size(), 4u);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM segment_members WHERE segment_id = ?1 AND label "
                            "NOT IN ('platinum', 'gold', 'iron', 'lead')",
                            id),
              0);

    const auto later = store.save("Pyramid Q1", "manual", "{}", {{a, ""}}, 2000);
    EXPECT_EQ(store.list().front().id, later) << "newest first";
    EXPECT_EQ(store.resolve("Pyramid Q1").id, later);
    EXPECT_EQ(store.resolve(std::to_string(id)).id, id);
    EXPECT_THROW(store.resolve("nope"), vd::InputError);
    store.rename(later, "Manual pick");
    EXPECT_EQ(store.get(later)->name, "Manual pick");
    store.remove(later);
    EXPECT_FALSE(store.get(later));
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM segment_members WHERE segment_id = ?1", later),
              0);
    EXPECT_THROW(store.remove(later), vd::InputError);
}

TEST_F(StoreDb, RefusesBadSnapshotsAndLeavesNothingBehind)
{
    SegmentStore store(db());
    EXPECT_THROW(store.save(" ", "rfm", "{}", {}), vd::InputError);
    EXPECT_THROW(store.save("x", "astrology", "{}", {}), vd::InputError);
    EXPECT_THROW(store.save("x", "rfm", "[1]", {}), vd::InputError);
    EXPECT_THROW(store.save("x", "rfm", "{oops", {}), vd::InputError);
    EXPECT_THROW(store.save("x", "rfm", "{}", {{a, "1"}, {a, "2"}}), vd::InputError);
    EXPECT_THROW(store.save("x", "rfm", "{}", {{a, "1"}, {999, "2"}}), vd::InputError);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM segments"), 0) << "rolled back";
    store.save("x", "rfm", "{}", {}, 5);
    EXPECT_THROW(store.save("x", "rfm", "{}", {}, 5), vd::InputError) << "same name, same second";
}

// A large snapshot is checked against the customers in one ordered pass, a small one by
// lookups: both name the first member that is not a customer, and save nothing.
TEST_F(StoreDb, LargeSnapshotsAreCheckedInOnePass)
{
    std::vector<SegmentMember> many;
    {
        vd::Transaction tx(db());
        for (int i = 0; i < 5000; ++i)
            many.push_back({customer("L" + std::to_string(i)), "l"});
        tx.commit();
    }
    SegmentStore store(db());
    const auto before = db().queryInt("SELECT count(*) FROM segment_members");
    for (int where = 0; where < 3; ++where) { // the first, a middle and the last member
        const std::size_t gap = where == 0 ? 0 : where == 1 ? many.size() / 2 : many.size() - 1;
        auto bad = many;
        const std::int64_t ghost = bad[gap].customerId;
        db().prepare("DELETE FROM customers WHERE id = ?").bindAll(ghost).run();
        try {
            store.save("big", "manual", "{}", bad, static_cast<std::int64_t>(gap));
            ADD_FAILURE() << "a missing customer was accepted";
        } catch (const vd::InputError& e) {
            EXPECT_NE(std::string(e.what()).find(std::to_string(ghost)), std::string::npos)
                << e.what();
        }
        EXPECT_EQ(db().queryInt("SELECT count(*) FROM segment_members"), before);
        many.erase(many.begin() + static_cast<std::ptrdiff_t>(gap));
    }
    const auto id = store.save("big", "manual", "{}", many, 99);
    EXPECT_EQ(db().queryInt("SELECT count(*) FROM segment_members WHERE segment_id = ?", id),
              static_cast<std::int64_t>(many.size()));
}

TEST_F(StoreDb, ComparisonTableIsHandComputed)
{
    SegmentStore store(db());
    auto s1 = store.save("S1", "manual", R"({"labels": ["y", "x"]})", {{a, "x"}, {b, "y"}}, 1);
    auto s2 = store.save("S2", "manual", "{}", {{c, ""}, {d, ""}}, 2);
    CompareOptions o;
    o.bySubgroup = true;
    auto rows = store.compare({s1, s2}, o);
    ASSERT_EQ(rows.size(), 5u); // S1, S1/y, S1/x, S2, S2/""
    const double base = 300 + 50 + 20;
    const auto& r1 = rows[0];
    EXPECT_EQ(r1.label, "");
    EXPECT_EQ(r1.customers, 2);
    EXPECT_DOUBLE_EQ(r1.revenue, 350);
    EXPECT_DOUBLE_EQ(*r1.revenueShare, 350 / base);
    EXPECT_DOUBLE_EQ(*r1.averageClv, 260);
    EXPECT_DOUBLE_EQ(*r1.nps, 0) << "one promoter (10), one detractor (latest 3)";
    EXPECT_EQ(r1.npsAnswers, 2);
    EXPECT_DOUBLE_EQ(*r1.churnRiskShare, 0.5);
    EXPECT_EQ(rows[1].label, "y") << "the definition's label order";
    EXPECT_DOUBLE_EQ(*rows[1].nps, -100);
    EXPECT_DOUBLE_EQ(*rows[1].churnRiskShare, 1.0);
    EXPECT_EQ(rows[2].label, "x");
    EXPECT_DOUBLE_EQ(*rows[2].nps, 100);
    const auto& r2 = rows[3];
    EXPECT_DOUBLE_EQ(r2.revenue, 20);
    EXPECT_DOUBLE_EQ(*r2.averageClv, 100);
    EXPECT_EQ(r2.withPrediction, 1);
    EXPECT_FALSE(r2.nps.has_value());
    EXPECT_DOUBLE_EQ(*r2.churnRiskShare, 0.0);
    EXPECT_THROW(store.compare({}), vd::InputError);
    EXPECT_THROW(store.compare({12345}), vd::InputError);
}

TEST_F(StoreDb, MigrationMatrixCountsMovesAndLeavers)
{
    SegmentStore store(db());
    const std::string def = R"({"labels": ["platinum", "gold", "iron", "lead"]})";
    auto before = store.save("P", "pyramid", def, {{a, "gold"}, {b, "gold"}, {c, "lead"}}, 10);
    auto after = store.save("P", "pyramid", def, {{a, "platinum"}, {b, "lead"}, {d, "lead"}}, 20);
    MigrationMatrix m = store.migration(before, after);
    EXPECT_EQ(m.labelsFrom, (std::vector<std::string>{"gold", "lead"}));
    EXPECT_EQ(m.labelsTo, (std::vector<std::string>{"platinum", "lead"}));
    EXPECT_EQ(m.counts, (std::vector<std::vector<std::int64_t>>{{1, 1}, {0, 0}}));
    EXPECT_EQ(m.onlyInFrom, (std::vector<std::int64_t>{0, 1}));
    EXPECT_EQ(m.onlyInTo, (std::vector<std::int64_t>{0, 1}));
    EXPECT_EQ(m.inBoth, 2);
    EXPECT_THROW(store.migration(before, 999), vd::InputError);
}

TEST_F(StoreDb, DraftsCarryDefinitionsAndLabels)
{
    RfmOptions o;
    o.referenceDay = day("2024-01-31");
    SegmentDraft r = rfmDraft(computeRfm(db(), o));
    EXPECT_EQ(r.kind, "rfm");
    EXPECT_EQ(r.members.size(), 3u);
    auto j = nlohmann::json::parse(r.definition);
    EXPECT_EQ(j["reference_date"], "2024-01-31");
    EXPECT_EQ(j["labels"].size(), 10u);
    SegmentStore store(db());
    auto id = store.save("RFM", r.kind, r.definition, r.members);
    // Same day, one order each: every R and F score ties at 1, so all are Hibernating; the
    // saved labels list only the sub-groups that have members.
    EXPECT_EQ(store.get(id)->labels, (std::vector<std::string>{"Hibernating"}));

    SegmentDraft t = tierDraft(computeTiers(db()));
    EXPECT_EQ(t.members.size(), 3u);
    EXPECT_EQ(nlohmann::json::parse(t.definition)["churn_p_alive"], 0.5);
}
