#include "valuedesk/journey/JourneyModel.h"

#include "journey/JourneyFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/journey/JourneyTemplates.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace vd::journey;

namespace {

std::vector<std::string> names(const Stage& s)
{
    std::vector<std::string> out;
    for (const Touchpoint& t : s.touchpoints)
        out.push_back(t.name);
    return out;
}

} // namespace

TEST(JourneyModel, MoveTouchpointWithinStageKeepsOthersInOrder)
{
    JourneyMap map = vd::test::sampleMap();
    Touchpoint extra;
    extra.name = "Pick-up";
    insertTouchpoint(map, {1, 2}, extra); // append
    EXPECT_EQ(names(map.stages[1]),
              (std::vector<std::string>{"Queue and order", "Pay in app", "Pick-up"}));
    moveTouchpoint(map, {1, 0}, {1, 2}); // first to last
    EXPECT_EQ(names(map.stages[1]),
              (std::vector<std::string>{"Pay in app", "Pick-up", "Queue and order"}));
    moveTouchpoint(map, {1, 2}, {1, 0}); // and back
    EXPECT_EQ(names(map.stages[1]),
              (std::vector<std::string>{"Queue and order", "Pay in app", "Pick-up"}));
}

TEST(JourneyModel, MoveTouchpointAcrossStagesCarriesItsContent)
{
    JourneyMap map = vd::test::sampleMap();
    const Touchpoint queue = map.stages[1].touchpoints[0];
    const int before = touchpointCount(map);
    moveTouchpoint(map, {1, 0}, {2, 1}); // to the end of "Use"
    EXPECT_EQ(touchpointCount(map), before);
    EXPECT_EQ(names(map.stages[1]), (std::vector<std::string>{"Pay in app"}));
    EXPECT_EQ(names(map.stages[2]), (std::vector<std::string>{"Drink", "Queue and order"}));
    EXPECT_EQ(map.stages[2].touchpoints[1], queue); // opportunities and KPIs travel along
    moveTouchpoint(map, {2, 1}, {1, 0});
    EXPECT_EQ(map, vd::test::sampleMap());
}

TEST(JourneyModel, MoveIntoAnEmptyStage)
{
    JourneyMap map = vd::test::sampleMap();
    insertStage(map, 3, Stage{0, "Loyalty", "", {}});
    moveTouchpoint(map, {0, 0}, {3, 0});
    EXPECT_EQ(names(map.stages[3]), (std::vector<std::string>{"Social ad"}));
    EXPECT_EQ(names(map.stages[0]), (std::vector<std::string>{"Friend"}));
}

TEST(JourneyModel, BadIndexesThrowAndLeaveTheMapAsItWas)
{
    JourneyMap map = vd::test::sampleMap();
    const JourneyMap original = map;
    EXPECT_THROW(moveTouchpoint(map, {1, 0}, {1, 2}), vd::InputError); // stage 2 would have 2
    EXPECT_THROW(moveTouchpoint(map, {1, 0}, {2, 2}), vd::InputError); // "Use" has 1 -> max 1
    EXPECT_THROW(moveTouchpoint(map, {5, 0}, {0, 0}), vd::InputError);
    EXPECT_THROW(moveTouchpoint(map, {0, -1}, {0, 0}), vd::InputError);
    EXPECT_THROW(removeStage(map, 3), vd::InputError);
    EXPECT_THROW(insertStage(map, 4, Stage{}), vd::InputError);
    EXPECT_THROW(moveStage(map, 0, 3), vd::InputError);
    EXPECT_THROW(removeTouchpoint(map, {2, 1}), vd::InputError);
    EXPECT_THROW(insertOpportunity(map, {1, 0}, 3, Opportunity{}), vd::InputError);
    EXPECT_THROW(removeOpportunity(map, {0, 0}, 0), vd::InputError);
    EXPECT_EQ(map, original);
    try {
        removeStage(map, 7);
        FAIL();
    } catch (const vd::InputError& e) {
        EXPECT_EQ(std::string(e.what()), "the map has no stage 8 (it has 3)");
    }
}

TEST(JourneyModel, MoveStageThenBackIsIdentity)
{
    JourneyMap map = vd::test::sampleMap();
    moveStage(map, 0, 2);
    EXPECT_EQ(map.stages[0].name, "Purchase");
    EXPECT_EQ(map.stages[1].name, "Use");
    EXPECT_EQ(map.stages[2].name, "Awareness");
    moveStage(map, 2, 0);
    EXPECT_EQ(map, vd::test::sampleMap());
}

TEST(JourneyModel, RemoveAndReinsertIsIdentity)
{
    JourneyMap map = vd::test::sampleMap();
    Stage s = removeStage(map, 1);
    EXPECT_EQ(map.stages.size(), 2u);
    insertStage(map, 1, s);
    Touchpoint t = removeTouchpoint(map, {1, 0});
    insertTouchpoint(map, {1, 0}, t);
    Opportunity o = removeOpportunity(map, {1, 0}, 1);
    EXPECT_EQ(o.text, "Show queue length");
    insertOpportunity(map, {1, 0}, 1, o);
    EXPECT_EQ(map, vd::test::sampleMap());
}

TEST(JourneyModel, CodesAndMeanEmotion)
{
    JourneyMap map = vd::test::sampleMap();
    map.stages[2].touchpoints[0].code = "checkout"; // duplicate code listed once
    EXPECT_EQ(touchpointCodes(map),
              (std::vector<std::string>{"ad_social", "queue_order", "checkout"}));
    // Emotions 1, 2, -2, 0, 1 -> 2 / 5.
    EXPECT_DOUBLE_EQ(*meanEmotion(map), 0.4);
    EXPECT_FALSE(meanEmotion(makeTemplate(TemplateKind::Empty)).has_value());
    EXPECT_EQ(touchpointCount(makeTemplate(TemplateKind::Empty)), 0);
}

TEST(JourneyModel, ValidateNamesTheProblem)
{
    JourneyMap map = vd::test::sampleMap();
    EXPECT_NO_THROW(validate(map));
    auto expectError = [](const JourneyMap& m, const std::string& message) {
        try {
            validate(m);
            FAIL() << "expected " << message;
        } catch (const vd::InputError& e) {
            EXPECT_EQ(std::string(e.what()), message);
        }
    };
    JourneyMap m = map;
    m.stages[1].touchpoints[0].emotion = 3;
    expectError(m, "stage 2, touchpoint 1 (Queue and order): the emotion must be -2..+2, not 3");
    m = map;
    m.stages[1].touchpoints[0].opportunities[0].priority = 0;
    expectError(m, "stage 2, touchpoint 1 (Queue and order): the priority of opportunity 1 "
                   "must be 1..3, not 0");
    m = map;
    m.stages[0].name = "  ";
    expectError(m, "stage 1 needs a name");
    m = map;
    m.name.clear();
    expectError(m, "a journey map needs a name");
    m = map;
    m.stages[1].touchpoints[0].kpis[0].threshold = std::numeric_limits<double>::quiet_NaN();
    expectError(m, "stage 2, touchpoint 1 (Queue and order): the threshold of nps must be a "
                   "finite number");
    Persona p = vd::test::samplePersona();
    p.age = 200;
    EXPECT_THROW(validate(p), vd::InputError);
}

TEST(JourneyModel, KpiColumnRoundTripAndDemoForm)
{
    const std::vector<KpiDefinition> kpis = {{KpiMetric::Nps, 20.0, AlertWhen::Below},
                                             {KpiMetric::CsatTop2, std::nullopt, AlertWhen::Below},
                                             {KpiMetric::Responses, 5.0, AlertWhen::Above},
                                             {KpiMetric::CesAgree, std::nullopt, AlertWhen::Above}};
    const std::string json = kpisToJson(kpis);
    EXPECT_EQ(json, R"([{"alert":"below","metric":"nps","threshold":20.0},"csat",)"
                    R"({"alert":"above","metric":"responses","threshold":5.0},)"
                    R"({"alert":"above","metric":"ces_agree"}])");
    EXPECT_EQ(kpisFromJson(json), kpis);
    // What the demo generator writes.
    const auto demo = kpisFromJson(R"(["nps","csat","ces","responses"])");
    ASSERT_EQ(demo.size(), 4u);
    EXPECT_EQ(demo[2].metric, KpiMetric::CesMean);
    EXPECT_FALSE(demo[2].threshold);
    EXPECT_TRUE(kpisFromJson("").empty());
    EXPECT_THROW(kpisFromJson("[\"loyalty\"]"), vd::InputError);
    EXPECT_THROW(kpisFromJson("{}"), vd::InputError);
    EXPECT_THROW(kpisFromJson("[{\"metric\":\"nps\",\"threshold\":\"high\"}]"), vd::InputError);
    EXPECT_THROW(kpisFromJson("[1"), vd::InputError);
}

TEST(JourneyModel, ContentOfClearsIdsAndLinksOnly)
{
    JourneyMap map = vd::test::sampleMap();
    map.id = 7;
    map.personaId = 3;
    map.sourceMapId = 2;
    map.createdAt = 100;
    map.updatedAt = 200;
    map.stages[1].id = 11;
    map.stages[1].touchpoints[0].id = 21;
    map.stages[1].touchpoints[0].opportunities[1].id = 31;
    EXPECT_NE(map, vd::test::sampleMap());
    EXPECT_EQ(contentOf(map), vd::test::sampleMap());
}

TEST(JourneyTemplates, RetailHasTheSeedsFiveStages)
{
    const JourneyMap en = makeTemplate(TemplateKind::Retail);
    ASSERT_EQ(en.stages.size(), 5u);
    EXPECT_EQ(en.stages[0].name, "Awareness");
    EXPECT_EQ(en.stages[1].name, "Consideration");
    EXPECT_EQ(en.stages[2].name, "Purchase");
    EXPECT_EQ(en.stages[3].name, "Use");
    EXPECT_EQ(en.stages[4].name, "Loyalty");
    EXPECT_NO_THROW(validate(en));
    const JourneyMap zh = makeTemplate(TemplateKind::Retail, TemplateLanguage::Chinese);
    ASSERT_EQ(zh.stages.size(), 5u);
    EXPECT_EQ(zh.stages[0].name, "了解");
    EXPECT_EQ(zh.stages[4].name, "忠诚");
    // Same touchpoints and codes in both languages, every one neutral and measured.
    EXPECT_EQ(touchpointCodes(en), touchpointCodes(zh));
    EXPECT_EQ(touchpointCount(en), 14);
    for (const Stage& s : en.stages)
        for (const Touchpoint& t : s.touchpoints) {
            EXPECT_EQ(t.emotion, 0);
            EXPECT_FALSE(t.code.empty());
            EXPECT_EQ(t.kpis, defaultKpis());
        }
    const JourneyMap empty = makeTemplate(TemplateKind::Empty);
    EXPECT_TRUE(empty.stages.empty());
    EXPECT_FALSE(empty.name.empty());
}
