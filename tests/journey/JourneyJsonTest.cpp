#include "valuedesk/journey/JourneyJson.h"

#include "journey/JourneyFixture.h"
#include "valuedesk/Error.h"
#include "valuedesk/journey/JourneyRepository.h"
#include "valuedesk/journey/JourneyTemplates.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace vd::journey;

namespace {

vd::InputError parseError(const std::string& text)
{
    try {
        fromJson(text, "map.json");
    } catch (const vd::InputError& e) {
        return e;
    }
    ADD_FAILURE() << "no error for " << text;
    return vd::InputError("none");
}

std::string validFile(const std::string& mapBody)
{
    return R"({"format": "valuedesk-journey-map", "version": 1, "map": )" + mapBody + "}";
}

} // namespace

TEST(JourneyJson, RoundTripIsIdentity)
{
    JourneyDocument doc{vd::test::sampleMap(), vd::test::samplePersona()};
    const std::string json = toJson(doc);
    const JourneyDocument back = fromJson(json);
    EXPECT_EQ(back, doc);
    EXPECT_EQ(toJson(back), json);

    JourneyDocument noPersona{makeTemplate(TemplateKind::Retail, TemplateLanguage::Chinese), {}};
    EXPECT_EQ(fromJson(toJson(noPersona)), noPersona);
    JourneyDocument empty{makeTemplate(TemplateKind::Empty), {}};
    EXPECT_EQ(fromJson(toJson(empty)), empty);
}

TEST(JourneyJson, IdsAndLinksAreNotExported)
{
    JourneyDocument doc{vd::test::sampleMap(), vd::test::samplePersona()};
    doc.map.id = 5;
    doc.map.personaId = 9;
    doc.map.stages[0].id = 77;
    doc.persona->id = 9;
    const auto j = nlohmann::json::parse(toJson(doc));
    EXPECT_EQ(j["format"], "valuedesk-journey-map");
    EXPECT_EQ(j["version"], 1);
    EXPECT_FALSE(j["map"].contains("id"));
    EXPECT_FALSE(j["map"]["stages"][0].contains("id"));
    EXPECT_EQ(j["map"]["stages"][1]["touchpoints"][0]["emotion"], -2);
    EXPECT_EQ(j["map"]["stages"][1]["touchpoints"][0]["kpis"][0]["threshold"], 0.0);
    EXPECT_EQ(j["persona"]["age"], 29);
    EXPECT_EQ(fromJson(j.dump()), (JourneyDocument{contentOf(doc.map), vd::test::samplePersona()}));
}

TEST(JourneyJson, ExportImportThroughTheWorkspace)
{
    vd::test::JourneyFixture fx;
    JourneyRepository repo(fx.db());
    JourneyDocument doc{vd::test::sampleMap(), vd::test::samplePersona()};
    const std::int64_t id = repo.importDocument(doc);
    const std::string exported = toJson(repo.loadDocument(id));
    const std::string file = fx.dir().file("shared.json");
    writeJourneyFile(file, repo.loadDocument(id));
    JourneyDocument reimported = readJourneyFile(file);
    const std::int64_t id2 = repo.importDocument(reimported);
    JourneyDocument second = repo.loadDocument(id2);
    second.map.name = doc.map.name; // the import renamed it "Coffee visit (2)"
    EXPECT_EQ(toJson(second), exported);
}

TEST(JourneyJson, SyntaxErrorsGiveLineAndColumn)
{
    // The stray comma before "}" on line 3: nlohmann reports the unexpected '}' there.
    const std::string text = "{\n  \"format\": \"valuedesk-journey-map\",\n  \"version\": 1,}\n";
    vd::InputError e = parseError(text);
    EXPECT_EQ(e.file(), "map.json");
    EXPECT_EQ(e.line(), 3);
    EXPECT_EQ(e.column(), 16);
    EXPECT_NE(e.reason().find("not valid JSON"), std::string::npos) << e.reason();
    EXPECT_EQ(std::string(e.what()).rfind("map.json:3:16: ", 0), 0u) << e.what();

    // Columns count characters, not bytes: the two CJK characters are 3 bytes each.
    e = parseError("{\"名字\" x}");
    EXPECT_EQ(e.line(), 1);
    EXPECT_EQ(e.column(), 7);

    e = parseError("");
    EXPECT_EQ(e.line(), 1);
    e = parseError("{\"a\": [1, 2\n\n");
    EXPECT_EQ(e.line(), 3);
}

TEST(JourneyJson, ContentErrorsNameThePath)
{
    auto reason = [](const std::string& text) { return parseError(text).reason(); };
    EXPECT_EQ(reason("[1, 2]"), "a journey map file must hold a JSON object");
    EXPECT_EQ(reason(R"({"format": "other", "version": 1, "map": {}})"),
              "not a journey map file (\"format\" must be \"valuedesk-journey-map\")");
    EXPECT_NE(reason(R"({"format": "valuedesk-journey-map", "version": 2, "map": {}})")
                  .find("newer ValueDesk"),
              std::string::npos);
    EXPECT_EQ(reason(validFile("{}")), "map.name is missing");
    EXPECT_EQ(reason(validFile(R"({"name": 3})")), "map.name must be a text");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "kind": "future"})")),
              "map.kind must be \"as_is\" or \"to_be\"");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "stages": {}})")), "map.stages must be an array");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "stages": [{"name": "S", "touchpoints":
               [{"name": "T", "emotion": 3}]}]})")),
              "map.stages[0].touchpoints[0].emotion must be a whole number from -2 to 2, not 3");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "stages": [{"name": "S", "touchpoints":
               [{"name": "T", "emotion": 1.5}]}]})")),
              "map.stages[0].touchpoints[0].emotion must be a whole number from -2 to 2, not 1.5");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "stages": [{"name": "S"}, {"touchpoints": []}]})")),
              "map.stages[1].name is missing");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "stages": [{"name": "S", "touchpoints":
               [{"name": "T", "kpis": ["nps", {"metric": "wow"}]}]}]})")),
              "map.stages[0].touchpoints[0].kpis[1].metric is an unknown KPI \"wow\" (use nps, "
              "csat, csat_mean, ces, ces_agree or responses)");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "stages": [{"name": "S", "touchpoints":
               [{"name": "T", "opportunities": [{"text": "x", "priority": 4}]}]}]})")),
              "map.stages[0].touchpoints[0].opportunities[0].priority must be a whole number "
              "from 1 to 3, not 4");
    EXPECT_EQ(reason(validFile(R"({"name": "M", "stages": [{"name": " "}]})")),
              "stage 1 needs a name");
    EXPECT_EQ(reason(R"({"format": "valuedesk-journey-map", "version": 1, "map": {"name": "M"},
                        "persona": {"name": "P", "age": -1}})"),
              "persona.age must be a whole number from 0 to 130, not -1");
    EXPECT_EQ(reason(R"({"format": "valuedesk-journey-map", "version": 1, "map": {"name": "M"},
                        "persona": {"name": "P", "channels": ["app", 1]}})"),
              "persona.channels[1] must be a text");
}

TEST(JourneyJson, MinimalFileUsesDefaults)
{
    const JourneyDocument doc = fromJson(
        validFile(R"({"name": "M", "stages": [{"name": "S", "touchpoints": [{"name": "T"}]}]})"));
    EXPECT_EQ(doc.map.kind, MapKind::AsIs);
    const Touchpoint& t = doc.map.stages[0].touchpoints[0];
    EXPECT_EQ(t.emotion, 0);
    EXPECT_TRUE(t.kpis.empty());
    EXPECT_FALSE(doc.persona);
}

TEST(JourneyJson, MissingFileIsAnInputError)
{
    EXPECT_THROW(readJourneyFile("/nonexistent/map.json"), vd::InputError);
}
