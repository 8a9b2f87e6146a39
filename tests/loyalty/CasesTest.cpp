#include "valuedesk/loyalty/Cases.h"

#include "LoyaltyFixture.h"
#include "valuedesk/storage/Workspace.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::loyalty;
using vd::test::day;

namespace {

class CasesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        a = f.customer("a");
        b = f.customer("b");
        c = f.customer("c");
        f.clvRun({{a, 1234.5}}); // b and c have no CLV: value at risk unknown
        detractor = f.response(a, day(2024, 3, 1), 3, std::nullopt, std::nullopt, "store", "pickup",
                               "Waited 20 minutes, coffee was cold");
        f.response(b, day(2024, 3, 2), 10, 5, std::nullopt, "app", "order", "Great app");
        lowCsat = f.response(b, day(2024, 3, 3), 8, 2); // passive but CSAT 2: negative
        negComment = f.response(c, day(2024, 3, 4), std::nullopt, std::nullopt, std::nullopt, "app",
                                "order", "应用闪退，太慢了");
        f.response(c, day(2024, 3, 5), 7, 4); // passive, no text: no case
        f.db()
            .prepare("INSERT INTO interactions (customer_id, ts, channel, summary) VALUES "
                     "(?, ?, 'phone', 'Customer angry about a wrong order'), "
                     "(?, ?, 'email', 'Asked about opening hours')")
            .bindAll(b, day(2024, 3, 6), b, day(2024, 3, 7))
            .run();
    }

    test::LoyaltyFixture f;
    std::int64_t a = 0, b = 0, c = 0, detractor = 0, lowCsat = 0, negComment = 0;
    const std::int64_t now = day(2024, 3, 2) + 3600; // 2024-03-02 13:00
};

} // namespace

TEST_F(CasesTest, OpensOneCasePerDetractorAndNegativeItemIdempotently)
{
    OpenCasesResult r = openCases(f.db(), now);
    EXPECT_EQ(r.detractors, 1);
    EXPECT_EQ(r.negativeResponses, 2);
    EXPECT_EQ(r.negativeInteractions, 1);
    EXPECT_EQ(r.total(), 4);
    OpenCasesResult again = openCases(f.db(), now);
    EXPECT_EQ(again.total(), 0) << "no duplicate case per response";
    EXPECT_EQ(f.db().queryInt("SELECT count(*) FROM feedback_cases"), 4);

    CaseFilter all;
    all.now = now;
    auto cases = listCases(f.db(), all);
    ASSERT_EQ(cases.size(), 4u);
    // Ordered by due time: the detractor of 2024-03-01 12:00 is first, due 48 h later.
    const FeedbackCase& d = cases[0];
    EXPECT_EQ(d.responseId, detractor);
    EXPECT_EQ(d.status, CaseStatus::New);
    EXPECT_EQ(d.category, "speed");
    ASSERT_TRUE(d.sentiment);
    EXPECT_LT(*d.sentiment, 0.0);
    EXPECT_EQ(d.openedAt, day(2024, 3, 1));
    EXPECT_EQ(*d.dueAt, day(2024, 3, 3));
    ASSERT_TRUE(d.valueAtRisk);
    EXPECT_DOUBLE_EQ(*d.valueAtRisk, 1234.5);
    EXPECT_EQ(d.customerName, "Customer a");

    // Without text the summary describes the scores; no CLV means unknown, not 0.
    const FeedbackCase& csat = cases[1];
    EXPECT_EQ(csat.responseId, lowCsat);
    EXPECT_EQ(csat.summary, "NPS 8, CSAT 2");
    EXPECT_FALSE(csat.valueAtRisk);
    EXPECT_EQ(cases[2].category, "app"); // 应用闪退 matches 闪退
    EXPECT_TRUE(cases[3].interactionId.has_value());
    // "angry about a wrong order": a fulfilment slip at the hand-off counter -> speed.
    EXPECT_EQ(cases[3].category, "speed");
}

TEST_F(CasesTest, EveryTransitionAllowedAndRefused)
{
    openCases(f.db(), now);
    CaseFilter all;
    all.now = now;
    const std::int64_t id = listCases(f.db(), all)[0].id;

    EXPECT_THROW(resolveCase(f.db(), id, now), CaseTransitionError); // new -> resolved
    EXPECT_THROW(informCase(f.db(), id, now), CaseTransitionError);  // new -> informed
    EXPECT_THROW(assignCase(f.db(), id, "  ", now), InputError);
    assignCase(f.db(), id, "li.wei", now);                          // new -> assigned
    EXPECT_THROW(informCase(f.db(), id, now), CaseTransitionError); // assigned -> informed
    assignCase(f.db(), id, "anna", now + 60);                       // reassign keeps time
    auto got = getCase(f.db(), id, now);
    EXPECT_EQ(got->owner, "anna");
    EXPECT_EQ(got->assignedAt, now);
    resolveCase(f.db(), id, now + 120);                                  // assigned -> resolved
    EXPECT_THROW(assignCase(f.db(), id, "x", now), CaseTransitionError); // resolved -> assigned
    EXPECT_THROW(resolveCase(f.db(), id, now), CaseTransitionError);     // resolved -> resolved
    informCase(f.db(), id, now + 180);                                   // resolved -> informed
    EXPECT_THROW(assignCase(f.db(), id, "x", now), CaseTransitionError);
    EXPECT_THROW(resolveCase(f.db(), id, now), CaseTransitionError);
    EXPECT_THROW(informCase(f.db(), id, now), CaseTransitionError);
    got = getCase(f.db(), id, now);
    EXPECT_EQ(got->status, CaseStatus::Informed);
    EXPECT_EQ(got->resolvedAt, now + 120);
    EXPECT_EQ(got->informedAt, now + 180);
    try {
        resolveCase(f.db(), id, now);
        FAIL();
    } catch (const CaseTransitionError& e) {
        EXPECT_NE(std::string(e.what()).find("is informed"), std::string::npos) << e.what();
    }
    EXPECT_THROW(assignCase(f.db(), 999999, "x", now), InputError);
}

TEST_F(CasesTest, FiltersOverdueOwnerStatusAndSla)
{
    openCases(f.db(), now);
    CaseFilter q;
    // Due: detractor 03-03 12:00, CSAT 2 03-05 12:00, comment 03-06, interaction 03-08.
    q.now = day(2024, 3, 5) + 1; // past the due time of the first two cases only
    q.overdueOnly = true;
    EXPECT_EQ(countCases(f.db(), q), 2);
    auto overdue = listCases(f.db(), q);
    EXPECT_TRUE(overdue[0].overdue);

    // A resolved case is never overdue.
    assignCase(f.db(), overdue[0].id, "anna", now);
    resolveCase(f.db(), overdue[0].id, now);
    EXPECT_EQ(countCases(f.db(), q), 1);

    CaseFilter byOwner;
    byOwner.owner = "anna";
    EXPECT_EQ(countCases(f.db(), byOwner), 1);
    CaseFilter byStatus;
    byStatus.status = CaseStatus::New;
    EXPECT_EQ(countCases(f.db(), byStatus), 3);
    byStatus.limit = 2;
    byStatus.offset = 2;
    EXPECT_EQ(listCases(f.db(), byStatus).size(), 1u);
    EXPECT_EQ(caseOwners(f.db()), std::vector<std::string>{"anna"});

    // A shorter SLA from settings applies to newly opened cases.
    CaseSettings s = loadCaseSettings(f.db());
    EXPECT_EQ(s.slaHours, 48);
    s.slaHours = 24;
    saveCaseSettings(f.db(), s);
    auto late = f.response(c, day(2024, 4, 1), 0);
    openCases(f.db(), now);
    CaseFilter one;
    one.customerId = c;
    bool found = false;
    for (const auto& fc : listCases(f.db(), one)) {
        if (fc.responseId == late) {
            found = true;
            EXPECT_EQ(*fc.dueAt, day(2024, 4, 2));
        }
    }
    EXPECT_TRUE(found);

    WorkspaceInfo(f.db()).setSetting("loyalty.case_sla_hours", "soon");
    EXPECT_THROW(loadCaseSettings(f.db()), InputError);
}

TEST(Cases, EditedKeywordRulesDecideTheCategory)
{
    test::LoyaltyFixture f;
    auto a = f.customer("a");
    f.response(a, day(2024, 1, 1), 2, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
               "Music too loud");
    CaseSettings s;
    s.rules = {{"ambience", {"music", "音乐"}}};
    saveCaseSettings(f.db(), s);
    openCases(f.db(), 0);
    EXPECT_EQ(listCases(f.db(), {})[0].category, "ambience");
    EXPECT_EQ(openCases(f.db(), 0).total(), 0);
}

// Undo of a transition puts back exactly the recorded fields, redo replays them, and neither
// applies when the case moved on meanwhile (a stale undo must not skip the status machine).
TEST_F(CasesTest, RestoreStateUndoesAndRedoesOnlyFromTheRecordedState)
{
    openCases(f.db(), now);
    CaseFilter all;
    all.now = now;
    const std::int64_t id = listCases(f.db(), all)[0].id;
    const CaseState fresh = caseState(*getCase(f.db(), id, now));
    EXPECT_EQ(fresh.status, CaseStatus::New);
    EXPECT_FALSE(fresh.owner);

    assignCase(f.db(), id, "anna", now + 10);
    const CaseState assigned = caseState(*getCase(f.db(), id, now));
    EXPECT_EQ(assigned.owner, "anna");
    EXPECT_EQ(assigned.assignedAt, now + 10);

    restoreCaseState(f.db(), id, assigned, fresh); // undo
    EXPECT_EQ(caseState(*getCase(f.db(), id, now)), fresh);
    CaseFilter fresh4;
    fresh4.status = CaseStatus::New;
    EXPECT_EQ(countCases(f.db(), fresh4), 4);
    // A second undo from the wrong state is refused and changes nothing.
    EXPECT_THROW(restoreCaseState(f.db(), id, assigned, fresh), CaseTransitionError);
    restoreCaseState(f.db(), id, fresh, assigned); // redo
    EXPECT_EQ(caseState(*getCase(f.db(), id, now)), assigned);

    // Someone resolves it meanwhile: the undo of the assignment no longer applies.
    resolveCase(f.db(), id, now + 20);
    EXPECT_THROW(restoreCaseState(f.db(), id, assigned, fresh), CaseTransitionError);
    EXPECT_EQ(getCase(f.db(), id, now)->status, CaseStatus::Resolved);
    EXPECT_THROW(restoreCaseState(f.db(), 999999, fresh, assigned), InputError);
}

TEST_F(CasesTest, IdsInQueueOrderAndRowsByIdMatchListCases)
{
    openCases(f.db(), now);
    CaseFilter all;
    all.now = day(2024, 3, 5) + 1;
    const auto cases = listCases(f.db(), all);
    const auto ids = listCaseIds(f.db(), all);
    ASSERT_EQ(ids.size(), cases.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        EXPECT_EQ(ids[i], cases[i].id);

    // Any order is kept, missing ids are skipped, fields equal listCases'.
    const std::vector<std::int64_t> pick{ids[2], 424242, ids[0]};
    const auto rows = getCases(f.db(), pick, all.now);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].id, ids[2]);
    EXPECT_EQ(rows[1].id, ids[0]);
    EXPECT_EQ(rows[1].overdue, cases[0].overdue);
    EXPECT_TRUE(rows[1].overdue);
    EXPECT_EQ(rows[1].valueAtRisk, cases[0].valueAtRisk);
    EXPECT_DOUBLE_EQ(*rows[1].valueAtRisk, 1234.5); // customer a's own CLV
    EXPECT_EQ(rows[0].summary, cases[2].summary);
    EXPECT_TRUE(getCases(f.db(), {}, now).empty());
    const std::vector<std::int64_t> tooMany(501, ids[0]);
    EXPECT_THROW(getCases(f.db(), tooMany, now), InputError);

    CaseFilter overdue = all;
    overdue.overdueOnly = true;
    EXPECT_EQ(listCaseIds(f.db(), overdue).size(), 2u);
}

// Undo/redo replays only one step of the machine or its exact inverse: even with the right
// `expected`, new -> informed, new -> resolved or a step that also rewrites other fields is
// refused and nothing is written.
TEST_F(CasesTest, RestoreStateRefusesJumpsThroughTheMachine)
{
    openCases(f.db(), now);
    CaseFilter all;
    all.now = now;
    const std::int64_t id = listCases(f.db(), all)[0].id;
    const CaseState fresh = caseState(*getCase(f.db(), id, now));

    CaseState informed{CaseStatus::Informed, std::string("anna"), now, now + 1, now + 2};
    EXPECT_THROW(restoreCaseState(f.db(), id, fresh, informed), CaseTransitionError);
    CaseState resolved{CaseStatus::Resolved, std::string("anna"), now, now + 1, std::nullopt};
    EXPECT_THROW(restoreCaseState(f.db(), id, fresh, resolved), CaseTransitionError);
    CaseState ownerless{CaseStatus::Assigned, std::nullopt, now, std::nullopt, std::nullopt};
    EXPECT_THROW(restoreCaseState(f.db(), id, fresh, ownerless), CaseTransitionError);
    EXPECT_EQ(caseState(*getCase(f.db(), id, now)), fresh) << "nothing written";

    // Walk the machine for real and check each step's undo and redo.
    assignCase(f.db(), id, "anna", now + 10);
    const CaseState assigned = caseState(*getCase(f.db(), id, now));
    resolveCase(f.db(), id, now + 20);
    const CaseState done = caseState(*getCase(f.db(), id, now));
    informCase(f.db(), id, now + 30);
    const CaseState told = caseState(*getCase(f.db(), id, now));
    // Informed -> new in one go is no single step back.
    EXPECT_THROW(restoreCaseState(f.db(), id, told, fresh), CaseTransitionError);
    // A "step back" that also changes the owner is not the inverse of resolve.
    CaseState otherOwner = assigned;
    otherOwner.owner = "bo";
    EXPECT_THROW(restoreCaseState(f.db(), id, told, otherOwner), CaseTransitionError);
    restoreCaseState(f.db(), id, told, done);      // undo inform
    restoreCaseState(f.db(), id, done, assigned);  // undo resolve
    restoreCaseState(f.db(), id, assigned, fresh); // undo assign
    EXPECT_EQ(caseState(*getCase(f.db(), id, now)), fresh);
    restoreCaseState(f.db(), id, fresh, assigned);      // redo
    restoreCaseState(f.db(), id, assigned, otherOwner); // a reassignment is one step
    EXPECT_EQ(getCase(f.db(), id, now)->owner, "bo");
}

// CES 1-2 ("very hard to get it done") is negative feedback too; the summary names the score.
TEST(Cases, VeryHighEffortOpensACase)
{
    test::LoyaltyFixture f;
    auto a = f.customer("a");
    f.response(a, day(2024, 3, 1), std::nullopt, std::nullopt, 2, "app", "checkout");
    f.response(a, day(2024, 3, 2), std::nullopt, std::nullopt, 3, "app", "checkout");
    const OpenCasesResult r = openCases(f.db(), 0);
    EXPECT_EQ(r.negativeResponses, 1);
    CaseFilter all;
    const auto cases = listCases(f.db(), all);
    ASSERT_EQ(cases.size(), 1u);
    EXPECT_EQ(cases[0].summary, "CES 2 at checkout (app)");
    EXPECT_EQ(cases[0].category, "payment"); // from the touchpoint: no text
    EXPECT_FALSE(cases[0].sentiment);
}

// Queue order: open cases first (soonest due first), then closed ones (latest due first).
TEST_F(CasesTest, QueueListsOpenCasesFirst)
{
    openCases(f.db(), now);
    CaseFilter all;
    all.now = now;
    auto ids = listCaseIds(f.db(), all);
    ASSERT_EQ(ids.size(), 4u);
    assignCase(f.db(), ids[0], "anna", now);
    resolveCase(f.db(), ids[0], now);
    assignCase(f.db(), ids[1], "anna", now);
    resolveCase(f.db(), ids[1], now);
    informCase(f.db(), ids[1], now);
    const auto queue = listCaseIds(f.db(), all);
    EXPECT_EQ(queue, (std::vector<std::int64_t>{ids[2], ids[3], ids[1], ids[0]}));
    const auto cases = listCases(f.db(), all);
    ASSERT_EQ(cases.size(), 4u);
    EXPECT_EQ(cases[0].id, ids[2]);
    EXPECT_EQ(cases[3].id, ids[0]);
}
