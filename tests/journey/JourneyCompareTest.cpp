#include "valuedesk/journey/JourneyCompare.h"

#include "journey/JourneyFixture.h"

#include <gtest/gtest.h>

using namespace vd::journey;

namespace {

const TouchpointChange* find(const MapComparison& c, const std::string& name)
{
    for (const TouchpointChange& t : c.touchpoints)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

TEST(JourneyCompare, IdenticalMapsHaveNoChanges)
{
    const JourneyMap a = vd::test::sampleMap();
    JourneyMap b = a;
    b.id = 99; // ids and links do not matter
    b.stages[0].id = 5;
    const MapComparison c = compareMaps(a, b);
    EXPECT_TRUE(c.identical());
    EXPECT_EQ(c.unchangedTouchpoints, 5);
    EXPECT_DOUBLE_EQ(*c.meanEmotionBefore, 0.4);
    EXPECT_DOUBLE_EQ(*c.meanEmotionAfter, 0.4);
    EXPECT_EQ(c.openOpportunitiesBefore, 1);
}

TEST(JourneyCompare, AsIsToBeChanges)
{
    const JourneyMap asIs = vd::test::sampleMap();
    JourneyMap toBe = asIs;
    toBe.kind = MapKind::ToBe;
    // Designed improvements: the queue gets better, pay moves to "Use", a stage is added,
    // the friend touchpoint is dropped, one opportunity solved, the awareness stage renamed.
    Touchpoint& queue = toBe.stages[1].touchpoints[0];
    queue.emotion = 1;
    queue.painPoints.clear();
    queue.opportunities[0].status = OpportunityStatus::Solved;
    moveTouchpoint(toBe, {1, 1}, {2, 1});
    removeTouchpoint(toBe, {0, 1});
    toBe.stages[0].name = "Discovery";
    Stage loyalty{0, "Loyalty", "Come back", {}};
    Touchpoint points;
    points.name = "Points";
    points.code = "points";
    points.emotion = 2;
    loyalty.touchpoints.push_back(points);
    insertStage(toBe, 3, loyalty);

    const MapComparison c = compareMaps(asIs, toBe);
    // Stages: Discovery pairs with Awareness by position (renamed); Loyalty is new.
    ASSERT_EQ(c.stages.size(), 2u);
    EXPECT_EQ(c.stages[0].kind, ChangeKind::Changed);
    EXPECT_EQ(c.stages[0].name, "Discovery");
    EXPECT_EQ(c.stages[0].fields, (std::vector<std::string>{"name"}));
    EXPECT_EQ(c.stages[1].kind, ChangeKind::Added);
    EXPECT_EQ(c.stages[1].afterIndex, 3);

    const TouchpointChange* q = find(c, "Queue and order");
    ASSERT_TRUE(q);
    EXPECT_EQ(q->kind, ChangeKind::Changed);
    EXPECT_EQ(q->fields, (std::vector<std::string>{"emotion", "pain_points", "opportunities"}));
    EXPECT_EQ(q->emotionDelta(), 3); // -2 -> +1

    const TouchpointChange* pay = find(c, "Pay in app");
    ASSERT_TRUE(pay);
    EXPECT_EQ(pay->fields, (std::vector<std::string>{"stage"}));
    EXPECT_EQ(pay->stageBefore, "Purchase");
    EXPECT_EQ(pay->stageAfter, "Use");
    EXPECT_EQ(pay->emotionDelta(), 0);

    const TouchpointChange* friendTp = find(c, "Friend");
    ASSERT_TRUE(friendTp);
    EXPECT_EQ(friendTp->kind, ChangeKind::Removed);
    EXPECT_EQ(friendTp->stageBefore, "Awareness");
    EXPECT_FALSE(friendTp->emotionAfter);

    const TouchpointChange* added = find(c, "Points");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->kind, ChangeKind::Added);
    EXPECT_EQ(added->stageAfter, "Loyalty");

    // The ad and the drink are unchanged (the ad's stage was renamed, not left).
    EXPECT_EQ(c.unchangedTouchpoints, 2);
    EXPECT_EQ(c.touchpoints.size(), 4u);
    // Before: 1, 2, -2, 0, 1 -> 0.4; after: 1, 1, 1, 0, 2 -> 1.0.
    EXPECT_DOUBLE_EQ(*c.meanEmotionAfter, 1.0);
    EXPECT_EQ(c.openOpportunitiesAfter, 0);
}

TEST(JourneyCompare, StageOrderAndRepeatedNames)
{
    JourneyMap a = vd::test::sampleMap();
    JourneyMap b = a;
    moveStage(b, 2, 0); // Use, Awareness, Purchase
    MapComparison c = compareMaps(a, b);
    ASSERT_EQ(c.stages.size(), 3u);
    for (const StageChange& s : c.stages)
        EXPECT_EQ(s.fields, (std::vector<std::string>{"position"}));
    // Touchpoints stayed in their stages: nothing else changed.
    EXPECT_TRUE(c.touchpoints.empty());

    // Touchpoints without code pair by name, occurrences in order.
    JourneyMap x = vd::test::sampleMap();
    x.stages[0].touchpoints.push_back(x.stages[0].touchpoints[1]); // second "Friend"
    JourneyMap y = vd::test::sampleMap();
    c = compareMaps(x, y);
    ASSERT_EQ(c.touchpoints.size(), 1u);
    EXPECT_EQ(c.touchpoints[0].kind, ChangeKind::Removed);
    EXPECT_EQ(c.touchpoints[0].name, "Friend");
}

TEST(JourneyCompare, EmptyMaps)
{
    JourneyMap empty;
    empty.name = "E";
    const MapComparison c = compareMaps(empty, vd::test::sampleMap());
    EXPECT_FALSE(c.meanEmotionBefore);
    EXPECT_EQ(c.stages.size(), 3u);
    EXPECT_EQ(c.touchpoints.size(), 5u);
    for (const auto& t : c.touchpoints)
        EXPECT_EQ(t.kind, ChangeKind::Added);
}
