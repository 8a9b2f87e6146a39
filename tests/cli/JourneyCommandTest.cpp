#include "CliRunner.h"
#include "journey/JourneyFixture.h"
#include "valuedesk/journey/JourneyJson.h"
#include "valuedesk/journey/JourneyKpis.h"
#include "valuedesk/journey/JourneyRepository.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <utility>
#include <vector>

using vd::test::runCli;
using Json = nlohmann::json;
using namespace vd::journey;
using vd::date::toEpoch;

namespace {

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Page objects of a PDF ("/Type /Page", not "/Type /Pages").
int pdfPages(const std::string& pdf)
{
    const std::regex page(R"(/Type\s*/Page[^s])");
    return static_cast<int>(
        std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), page), std::sregex_iterator()));
}

// Width and height (points) of every /MediaBox, in file order: Qt writes pages in order.
std::vector<std::pair<double, double>> pdfPageSizes(const std::string& pdf)
{
    const std::regex box(R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])");
    std::vector<std::pair<double, double>> out;
    for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), box); it != std::sregex_iterator();
         ++it)
        out.emplace_back(std::stod((*it)[3]) - std::stod((*it)[1]),
                         std::stod((*it)[4]) - std::stod((*it)[2]));
    return out;
}

// Horizontal resolution from a PNG's pHYs chunk (dots per metre); -1 without one.
long pngDotsPerMetre(const std::string& png)
{
    const auto at = png.find("pHYs");
    if (at == std::string::npos || at + 8 > png.size())
        return -1;
    long v = 0;
    for (std::size_t i = at + 4; i < at + 8; ++i)
        v = v * 256 + static_cast<unsigned char>(png[i]);
    return v;
}

// The sample map of tests/journey (JourneyFixture.h) with its persona, and the queue's six
// responses of JourneyKpisTest: NPS 10, 9, 8, 6, 3 and one unanswered; CSAT 5, 4, 3, 2, 1, 4;
// CES 7, 6, 4, 2. By hand: NPS = (2 promoters - 2 detractors) / 5 = 0; CSAT top-2 = 3/6 =
// 50 % (< the 60 % threshold: flagged); CSAT mean 19/6; CES mean 19/4 = 4.75; CES agree
// (5..7) 2/4 = 50 %. checkout: one response, NPS 9 -> +100.
class JourneyCommandTest : public ::testing::Test, public vd::test::JourneyFixture
{
protected:
    void SetUp() override
    {
        JourneyRepository repo(db());
        Persona persona = vd::test::samplePersona();
        repo.savePersona(persona);
        map.personaId = persona.id;
        repo.saveMap(map);
        const std::int64_t t = toEpoch(2024, 3, 15, 9, 30);
        std::vector<std::int64_t> c;
        for (int i = 1; i <= 5; ++i)
            c.push_back(customer("c" + std::to_string(i)));
        response(c[0], t, "queue_order", 10, 5, 7);
        response(c[1], t + 60, "queue_order", 9, 4, 6);
        response(c[2], t + 120, "queue_order", 8, 3, 4);
        response(c[3], t + 180, "queue_order", 6, 2, 2);
        response(c[4], t + 240, "queue_order", 3, 1, std::nullopt);
        response(std::nullopt, t + 300, "queue_order", std::nullopt, 4, std::nullopt);
        response(c[1], t, "checkout", 9, 5, 5);
    }

    vd::test::CliResult run(std::vector<std::string> args, const std::string& format = "json")
    {
        args.insert(args.begin(), {"-w", path(), "--format", format, "journey"});
        return runCli(args);
    }
    Json json(std::vector<std::string> args)
    {
        auto r = run(std::move(args));
        EXPECT_EQ(r.code, 0) << r.err;
        return Json::parse(r.out);
    }
    std::string file(const std::string& name) const { return dir().file(name); }

    JourneyMap map = vd::test::sampleMap();
};

} // namespace

TEST_F(JourneyCommandTest, ListsMaps)
{
    Json j = json({"list"});
    ASSERT_EQ(j.size(), 1u);
    EXPECT_EQ(j[0]["name"], "Coffee visit");
    EXPECT_EQ(j[0]["kind"], "as_is");
    EXPECT_EQ(j[0]["persona"], "Lin Xiaoyu 林晓雨");
    EXPECT_EQ(j[0]["stages"], 3);
    EXPECT_EQ(j[0]["touchpoints"], 5);
    EXPECT_EQ(j[0]["open_opportunities"], 1); // one open, one solved
}

TEST_F(JourneyCommandTest, ShowsHandComputedKpisPerTouchpoint)
{
    Json j = json({"show", "Coffee visit"});
    ASSERT_EQ(j.size(), 5u);
    const Json& queue = j[2];
    EXPECT_EQ(queue["touchpoint"], "Queue and order");
    EXPECT_EQ(queue["stage"], "Purchase");
    EXPECT_EQ(queue["responses"], 6);
    EXPECT_DOUBLE_EQ(queue["nps"].get<double>(), 0.0);
    EXPECT_DOUBLE_EQ(queue["csat_top2_pct"].get<double>(), 50.0);
    EXPECT_NEAR(queue["csat_mean"].get<double>(), 19.0 / 6.0, 1e-9);
    EXPECT_DOUBLE_EQ(queue["ces_mean"].get<double>(), 4.75);
    EXPECT_DOUBLE_EQ(queue["ces_agree_pct"].get<double>(), 50.0);
    EXPECT_NEAR(queue["derived_emotion"].get<double>(), 19.0 / 6.0 - 3.0, 1e-9);
    EXPECT_EQ(queue["flagged"], 1);
    EXPECT_NE(queue["alerts"].get<std::string>().find("CSAT"), std::string::npos);
    EXPECT_EQ(queue["open_opportunities"], 1);
    EXPECT_DOUBLE_EQ(j[3]["nps"].get<double>(), 100.0);
    EXPECT_EQ(j[3]["flagged"], 0);
    // Not measured: no code, no counts (null, never a made-up 0).
    EXPECT_TRUE(j[1]["responses"].is_null());
    EXPECT_TRUE(j[1]["nps"].is_null());

    // A period without responses: nobody answered, nothing flagged.
    Json empty = json({"show", "1", "--from", "2020-01-01", "--to", "2020-02-01"});
    EXPECT_EQ(empty[2]["responses"], 0);
    EXPECT_TRUE(empty[2]["nps"].is_null());
    EXPECT_EQ(empty[2]["flagged"], 0);

    // The table format names the map and counts the flags.
    auto r = run({"show", "Coffee visit"}, "table");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("1 touchpoint(s) past a KPI threshold"), std::string::npos) << r.out;
}

TEST_F(JourneyCommandTest, ExportsImagesAndAPdfHandout)
{
    for (const char* ext : {"png", "svg", "pdf"}) {
        const std::string out = file(std::string("map.") + ext);
        auto r = run({"export", "Coffee visit", "--output", out});
        ASSERT_EQ(r.code, 0) << ext << ": " << r.err;
        ASSERT_TRUE(std::filesystem::exists(out)) << ext;
        EXPECT_GT(std::filesystem::file_size(out), 2000u) << ext;
    }
    EXPECT_EQ(slurp(file("map.png")).substr(1, 3), "PNG");
    EXPECT_NE(slurp(file("map.svg")).find("<svg"), std::string::npos);
    // The map on a page of its own size, then persona, KPI table and opportunities on A4
    // landscape pages: four pages (JourneyRenderer::write).
    const std::string pdf = slurp(file("map.pdf"));
    EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
    EXPECT_EQ(pdfPages(pdf), 4);
    const std::vector<std::pair<double, double>> sizes = pdfPageSizes(pdf);
    ASSERT_EQ(sizes.size(), 4u);
    EXPECT_NE(sizes[0], sizes[1]); // the map's own size...
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        EXPECT_NEAR(sizes[i].first, 842.0, 1.0) << i; // ... then A4 landscape, in points
        EXPECT_NEAR(sizes[i].second, 595.0, 1.0) << i;
    }
    // The small map is far below the 40-megapixel cap: exactly 300 dpi (11,811 dots/metre).
    EXPECT_EQ(pngDotsPerMetre(slurp(file("map.png"))), 11811);
    auto r = run({"export", "Coffee visit", "--output", file("map.pdf")}, "table");
    EXPECT_NE(r.err.find("(4 page(s))"), std::string::npos) << r.err;

    // --as wins over the extension.
    ASSERT_EQ(run({"export", "1", "--output", file("named.dat"), "--as", "svg"}).code, 0);
    EXPECT_NE(slurp(file("named.dat")).find("<svg"), std::string::npos);

    // --format png|svg|pdf names the file type too (the issue's spelling of the command).
    ASSERT_EQ(run({"export", "1", "--output", file("fmt.dat")}, "pdf").code, 0);
    EXPECT_EQ(slurp(file("fmt.dat")).substr(0, 5), "%PDF-");
    ASSERT_EQ(run({"export", "1", "--output", file("fmt.svg")}, "png").code, 0);
    EXPECT_EQ(slurp(file("fmt.svg")).substr(1, 3), "PNG");
    // Without an extension, --format json writes the map as JSON.
    ASSERT_EQ(run({"export", "1", "--output", file("plain")}, "json").code, 0);
    EXPECT_EQ(slurp(file("plain")).substr(0, 1), "{");
    // Other commands still refuse a file type as --format.
    auto bad = runCli({"-w", path(), "--format", "png", "info"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--format must be table, csv or json"), std::string::npos) << bad.err;
}

TEST_F(JourneyCommandTest, ExportsTheKpiTableAsCsv)
{
    auto r = run({"export", "Coffee visit", "--output", file("kpis.csv"), "--as", "csv"});
    ASSERT_EQ(r.code, 0) << r.err;
    std::istringstream in(slurp(file("kpis.csv")));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    ASSERT_EQ(lines.size(), 6u); // header + five touchpoints
    EXPECT_EQ(lines[0].rfind("stage,touchpoint,code", 0), 0u) << lines[0];
    EXPECT_NE(lines[3].find("Queue and order"), std::string::npos);
    EXPECT_NE(lines[3].find(",6,"), std::string::npos) << lines[3];
}

TEST_F(JourneyCommandTest, JsonRoundTripIsTheIdentity)
{
    ASSERT_EQ(run({"export", "Coffee visit", "--output", file("a.json")}).code, 0);
    const std::string first = slurp(file("a.json"));
    const JourneyDocument doc = fromJson(first);
    EXPECT_EQ(contentOf(doc.map), contentOf(JourneyRepository(db()).loadMap(map.id)));
    ASSERT_TRUE(doc.persona);
    EXPECT_EQ(doc.persona->quote, "不想排队。");

    // Import as a new map (the name is taken: " (2)"), export it again: same text but the
    // name.
    Json imported = json({"import", file("a.json")});
    ASSERT_EQ(imported.size(), 1u);
    EXPECT_EQ(imported[0]["name"], "Coffee visit (2)");
    EXPECT_EQ(imported[0]["touchpoints"], 5);
    const std::string id = std::to_string(imported[0]["id"].get<std::int64_t>());
    ASSERT_EQ(run({"export", id, "--output", file("b.json")}).code, 0);
    JourneyDocument again = fromJson(slurp(file("b.json")));
    EXPECT_EQ(again.map.name, "Coffee visit (2)");
    again.map.name = doc.map.name;
    EXPECT_EQ(toJson(again), first);
    EXPECT_EQ(json({"list"}).size(), 2u);
}

TEST_F(JourneyCommandTest, DuplicatesAndCompares)
{
    Json dup = json({"duplicate", "Coffee visit", "--to-be"});
    EXPECT_EQ(dup[0]["name"], "Coffee visit (to be)");
    EXPECT_EQ(dup[0]["kind"], "to_be");
    Json same = json({"compare", "Coffee visit", "Coffee visit (to be)"});
    EXPECT_TRUE(same.empty());

    // Cheer up the queue in the to-be map: one changed touchpoint with delta +3.
    JourneyRepository repo(db());
    JourneyMap toBe = repo.loadMap(dup[0]["id"].get<std::int64_t>());
    touchpointAt(toBe, {1, 0}).emotion = 1;
    repo.saveMap(toBe);
    Json diff = json({"compare", "Coffee visit", "Coffee visit (to be)"});
    ASSERT_EQ(diff.size(), 1u);
    EXPECT_EQ(diff[0]["name"], "Queue and order");
    EXPECT_EQ(diff[0]["fields"], "emotion");
    EXPECT_EQ(diff[0]["emotion_delta"], 3);
}

TEST_F(JourneyCommandTest, RefusesBadRequests)
{
    auto r = run({"show", "No such map"});
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.err.find("no journey map named \"No such map\""), std::string::npos) << r.err;
    r = run({"export", "1", "--output", file("x.gif")});
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.err.find("png, svg, pdf, json or csv"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(file("x.gif")));
    r = run({"export", "1"});
    EXPECT_NE(r.err.find("--output"), std::string::npos) << r.err;
    r = run({"export", "1", "--output", file("x.json"), "--segment", "S"});
    EXPECT_NE(r.err.find("holds the map only"), std::string::npos) << r.err;
    r = run({"list", "--from", "2024-01-01"});
    EXPECT_NE(r.err.find("does not apply"), std::string::npos) << r.err;
    r = run({"show", "1", "--from", "2024-02-01", "--to", "2024-01-01"});
    EXPECT_NE(r.err.find("--to must be after --from"), std::string::npos) << r.err;
    r = run({"frobnicate"});
    EXPECT_NE(r.err.find("unknown journey sub-command"), std::string::npos) << r.err;
    // A file that is not a journey map: the JSON error names the file.
    {
        std::ofstream(file("bad.json")) << "{\"format\": \"something else\"}";
    }
    r = run({"import", file("bad.json")});
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.err.find("bad.json"), std::string::npos) << r.err;
}
