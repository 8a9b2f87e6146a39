#include "valuedesk/journey/JourneyRepository.h"

#include "journey/JourneyFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/journey/JourneyJson.h"
#include "valuedesk/journey/JourneyTemplates.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace vd::journey;

namespace {

class JourneyRepositoryTest : public ::testing::Test, public vd::test::JourneyFixture
{
protected:
    std::int64_t clock = 1'700'000'000;
    JourneyRepository repo{db(), [this] { return clock; }};

    std::int64_t count(const char* table)
    {
        return db().queryInt(std::string("SELECT count(*) FROM ") + table);
    }
};

} // namespace

TEST_F(JourneyRepositoryTest, SaveAndLoadGiveTheSameMap)
{
    Persona persona = vd::test::samplePersona();
    repo.savePersona(persona);
    EXPECT_GT(persona.id, 0);
    EXPECT_EQ(repo.loadPersona(persona.id), persona);

    JourneyMap map = vd::test::sampleMap();
    map.personaId = persona.id;
    repo.saveMap(map);
    EXPECT_GT(map.id, 0);
    EXPECT_EQ(map.createdAt, clock);
    EXPECT_EQ(map.updatedAt, clock);
    for (const Stage& s : map.stages) {
        EXPECT_GT(s.id, 0);
        for (const Touchpoint& t : s.touchpoints)
            EXPECT_GT(t.id, 0);
    }
    EXPECT_EQ(repo.loadMap(map.id), map);
    EXPECT_EQ(contentOf(map), vd::test::sampleMap());
    EXPECT_EQ(count("journey_stages"), 3);
    EXPECT_EQ(count("journey_touchpoints"), 5);
    EXPECT_EQ(count("journey_opportunities"), 2);

    const auto list = repo.listMaps();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].name, "Coffee visit");
    EXPECT_EQ(list[0].personaName, "Lin Xiaoyu 林晓雨");
    EXPECT_EQ(list[0].stages, 3);
    EXPECT_EQ(list[0].touchpoints, 5);
    EXPECT_EQ(list[0].openOpportunities, 1);
}

TEST_F(JourneyRepositoryTest, ResaveKeepsIdsMovesAndDeletes)
{
    JourneyMap map = vd::test::sampleMap();
    repo.saveMap(map);
    const std::int64_t queueId = map.stages[1].touchpoints[0].id;
    const std::int64_t opportunityId = map.stages[1].touchpoints[0].opportunities[0].id;
    const std::int64_t useStageId = map.stages[2].id;

    // Move "Queue and order" into "Use", then delete the (now smaller) purchase stage's
    // other touchpoint and the whole awareness stage.
    moveTouchpoint(map, {1, 0}, {2, 0});
    removeTouchpoint(map, {1, 0});
    removeStage(map, 0);
    map.stages[1].touchpoints[0].emotion = -1;
    clock += 60;
    repo.saveMap(map);

    const JourneyMap loaded = repo.loadMap(map.id);
    EXPECT_EQ(loaded, map);
    ASSERT_EQ(loaded.stages.size(), 2u);
    EXPECT_EQ(loaded.stages[1].id, useStageId);
    EXPECT_EQ(loaded.stages[1].touchpoints[0].id, queueId);
    EXPECT_EQ(loaded.stages[1].touchpoints[0].emotion, -1);
    EXPECT_EQ(loaded.stages[1].touchpoints[0].opportunities[0].id, opportunityId);
    EXPECT_EQ(loaded.updatedAt, clock);
    EXPECT_EQ(loaded.createdAt, clock - 60);
    EXPECT_EQ(count("journey_stages"), 2);
    EXPECT_EQ(count("journey_touchpoints"), 2);
    EXPECT_EQ(count("journey_opportunities"), 2);
}

TEST_F(JourneyRepositoryTest, MovingOutOfADeletedStageSurvives)
{
    // The touchpoint leaves its stage in the same save that deletes the stage: the cascade of
    // the stage delete must not take it along.
    JourneyMap map = vd::test::sampleMap();
    repo.saveMap(map);
    moveTouchpoint(map, {1, 0}, {0, 0});
    removeStage(map, 1);
    repo.saveMap(map);
    const JourneyMap loaded = repo.loadMap(map.id);
    ASSERT_EQ(loaded.stages.size(), 2u);
    EXPECT_EQ(loaded.stages[0].touchpoints[0].name, "Queue and order");
    EXPECT_EQ(loaded.stages[0].touchpoints[0].opportunities.size(), 2u);
    EXPECT_EQ(loaded, map);
}

TEST_F(JourneyRepositoryTest, CopiedIdsAndForeignIdsBecomeNewRows)
{
    JourneyMap other = vd::test::sampleMap();
    other.name = "Other";
    repo.saveMap(other);
    JourneyMap map = vd::test::sampleMap();
    repo.saveMap(map);
    // A pasted copy of a touchpoint carries its original's id; one from another map too.
    map.stages[0].touchpoints.push_back(map.stages[0].touchpoints[0]);
    map.stages[0].touchpoints.push_back(other.stages[2].touchpoints[0]);
    repo.saveMap(map);
    EXPECT_NE(map.stages[0].touchpoints[2].id, map.stages[0].touchpoints[0].id);
    EXPECT_NE(map.stages[0].touchpoints[3].id, other.stages[2].touchpoints[0].id);
    EXPECT_EQ(repo.loadMap(other.id), other); // the other map is untouched
    EXPECT_EQ(repo.loadMap(map.id), map);
}

TEST_F(JourneyRepositoryTest, InvalidMapWritesNothing)
{
    JourneyMap map = vd::test::sampleMap();
    repo.saveMap(map);
    const JourneyMap stored = map;
    map.stages[0].name = "Renamed";
    map.stages[2].touchpoints[0].emotion = 5;
    EXPECT_THROW(repo.saveMap(map), vd::InputError);
    EXPECT_EQ(repo.loadMap(map.id), stored);

    JourneyMap fresh = vd::test::sampleMap();
    fresh.personaId = 999;
    EXPECT_THROW(repo.saveMap(fresh), vd::InputError);
    EXPECT_EQ(fresh.id, 0); // no id leaked from the rolled-back insert
    EXPECT_EQ(count("journey_maps"), 1);
    EXPECT_THROW(repo.loadMap(12345), vd::InputError);
    JourneyMap ghost = vd::test::sampleMap();
    ghost.id = 12345;
    EXPECT_THROW(repo.saveMap(ghost), vd::InputError);
    EXPECT_EQ(count("journey_stages"), 3);
}

TEST_F(JourneyRepositoryTest, DuplicateAsToBeAndDelete)
{
    Persona persona = vd::test::samplePersona();
    repo.savePersona(persona);
    JourneyMap map = vd::test::sampleMap();
    map.personaId = persona.id;
    repo.saveMap(map);

    JourneyMap copy = repo.duplicateMap(map.id, "Coffee visit (to be)", MapKind::ToBe);
    EXPECT_NE(copy.id, map.id);
    EXPECT_EQ(copy.kind, MapKind::ToBe);
    EXPECT_EQ(copy.sourceMapId, map.id);
    EXPECT_EQ(copy.personaId, persona.id);
    JourneyMap expected = contentOf(map);
    expected.name = "Coffee visit (to be)";
    expected.kind = MapKind::ToBe;
    EXPECT_EQ(contentOf(copy), expected);
    EXPECT_NE(copy.stages[0].id, map.stages[0].id);
    EXPECT_EQ(count("journey_touchpoints"), 10);

    // Deleting the source keeps the copy and clears its link; deleting the persona clears
    // the persona of both maps.
    repo.deleteMap(map.id);
    EXPECT_EQ(count("journey_touchpoints"), 5);
    EXPECT_FALSE(repo.loadMap(copy.id).sourceMapId);
    repo.deletePersona(persona.id);
    EXPECT_FALSE(repo.loadMap(copy.id).personaId);
    EXPECT_THROW(repo.deleteMap(map.id), vd::InputError);
    EXPECT_THROW(repo.deletePersona(persona.id), vd::InputError);
}

TEST_F(JourneyRepositoryTest, ImportMakesNewRowsAndUniqueNames)
{
    JourneyDocument doc{vd::test::sampleMap(), vd::test::samplePersona()};
    const std::int64_t first = repo.importDocument(doc);
    EXPECT_EQ(doc.map.name, "Coffee visit");
    JourneyDocument again{vd::test::sampleMap(), vd::test::samplePersona()};
    const std::int64_t second = repo.importDocument(again);
    EXPECT_NE(first, second);
    EXPECT_EQ(again.map.name, "Coffee visit (2)");
    EXPECT_EQ(count("personas"), 2);
    const JourneyDocument loaded = repo.loadDocument(second);
    EXPECT_EQ(loaded, again);
    ASSERT_TRUE(loaded.persona);
    Persona p = *loaded.persona;
    p.id = 0;
    EXPECT_EQ(p, vd::test::samplePersona());
}

TEST_F(JourneyRepositoryTest, PersonaFieldsAndLegacyChannels)
{
    Persona minimal;
    minimal.name = "Anonymous";
    repo.savePersona(minimal);
    EXPECT_EQ(repo.loadPersona(minimal.id), minimal); // empty fields and no age survive
    db().prepare("UPDATE personas SET channels = 'app, store ,web' WHERE id = ?")
        .bindAll(minimal.id)
        .run();
    EXPECT_EQ(repo.loadPersona(minimal.id).channels,
              (std::vector<std::string>{"app", "store", "web"}));
    minimal.name = "";
    EXPECT_THROW(repo.savePersona(minimal), vd::InputError);
    EXPECT_EQ(repo.listPersonas().size(), 1u);
}

TEST_F(JourneyRepositoryTest, TemplatesSaveAndLoad)
{
    for (auto kind : {TemplateKind::Empty, TemplateKind::Retail}) {
        JourneyMap map = makeTemplate(kind, TemplateLanguage::Chinese);
        repo.saveMap(map);
        EXPECT_EQ(repo.loadMap(map.id), map);
    }
}

TEST_F(JourneyRepositoryTest, BrokenKpiColumnNamesTheTouchpoint)
{
    JourneyMap map = vd::test::sampleMap();
    repo.saveMap(map);
    db().prepare("UPDATE journey_touchpoints SET kpis = '[\"wow\"]' WHERE id = ?")
        .bindAll(map.stages[1].touchpoints[0].id)
        .run();
    try {
        repo.loadMap(map.id);
        FAIL();
    } catch (const vd::InputError& e) {
        EXPECT_NE(std::string(e.what()).find("touchpoint \"Queue and order\""), std::string::npos)
            << e.what();
    }
}

// The persona's picture is a data: URI (PersonaPanel embeds a small PNG): it must come back
// byte for byte from the workspace and from a journey file, and through an import into
// another workspace.
TEST_F(JourneyRepositoryTest, PersonaAvatarSurvivesStorageJsonAndImport)
{
    Persona persona = vd::test::samplePersona();
    persona.avatar = vd::test::kAvatarDataUri;
    repo.savePersona(persona);
    EXPECT_EQ(repo.loadPersona(persona.id).avatar, vd::test::kAvatarDataUri);

    JourneyMap map = vd::test::sampleMap();
    map.personaId = persona.id;
    repo.saveMap(map);
    const JourneyDocument doc = repo.loadDocument(map.id);
    ASSERT_TRUE(doc.persona);
    EXPECT_EQ(doc.persona->avatar, vd::test::kAvatarDataUri);

    const std::string json = toJson(doc);
    EXPECT_EQ(nlohmann::json::parse(json)["persona"]["avatar"], vd::test::kAvatarDataUri);
    JourneyDocument back = fromJson(json);
    ASSERT_TRUE(back.persona);
    EXPECT_EQ(back.persona->avatar, vd::test::kAvatarDataUri);

    vd::test::JourneyFixture other;
    JourneyRepository otherRepo(other.db());
    const std::int64_t id = otherRepo.importDocument(back);
    const JourneyDocument imported = otherRepo.loadDocument(id);
    ASSERT_TRUE(imported.persona);
    EXPECT_EQ(imported.persona->avatar, vd::test::kAvatarDataUri);
    Persona expected = persona;
    expected.id = imported.persona->id;
    EXPECT_EQ(*imported.persona, expected);
}
