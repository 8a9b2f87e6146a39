#include "CliRunner.h"
#include "value/ValueFixture.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using vd::test::runCli;
using Json = nlohmann::json;

namespace {

// The hand-computed workspace of tests/value (see ValueFixture.h for every rating and
// ValueAnalysisTest.cpp for the arithmetic); here we check the CLI prints those numbers.
class ValueCommandTest : public vd::test::ValueFixture
{
protected:
    Json json(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"-w", dir.file("value.vdw"), "--format", "json", "value"});
        auto r = runCli(args);
        EXPECT_EQ(r.code, 0) << r.err;
        return Json::parse(r.out);
    }
    vd::test::CliResult run(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"-w", dir.file("value.vdw"), "value"});
        return runCli(args);
    }
};

} // namespace

TEST_F(ValueCommandTest, PyramidPrintsLayerScores)
{
    Json j = json({"pyramid"});
    ASSERT_EQ(j.size(), 3u);
    EXPECT_EQ(j[0]["layer"], "basic");
    EXPECT_EQ(j[0]["population"], "Whole base");
    EXPECT_EQ(j[0]["n"], 3);
    EXPECT_NEAR(j[0]["score"].get<double>(), 4.807407407407407, 1e-12);
    EXPECT_NEAR(j[0]["score_100"].get<double>(), (4.807407407407407 - 1) / 6 * 100, 1e-9);
    EXPECT_NEAR(j[1]["score"].get<double>(), 10.0 / 3.0, 1e-12);
    // Differentiation: one response, so no interval: empty, not zero.
    EXPECT_EQ(j[2]["n"], 1);
    EXPECT_TRUE(j[2]["lower"].is_null());
    EXPECT_EQ(j[2]["attributes"], 2);
    EXPECT_EQ(j[2]["rated_attributes"], 1);
}

TEST_F(ValueCommandTest, GapRanksAndShowsMissingAsEmpty)
{
    Json j = json({"gap"});
    ASSERT_EQ(j.size(), 6u);
    EXPECT_EQ(j[0]["code"], "staff_friendly");
    EXPECT_EQ(j[0]["rank"], 1);
    EXPECT_NEAR(j[0]["priority"].get<double>(), 8.25, 1e-12);
    EXPECT_EQ(j[1]["code"], "price_fair");
    EXPECT_EQ(j[5]["code"], "unrated");
    EXPECT_TRUE(j[5]["rank"].is_null());
    EXPECT_TRUE(j[5]["gap"].is_null());
    EXPECT_TRUE(j[5]["importance"].is_null());
    EXPECT_EQ(j[5]["n"], 0);

    // CSV: the missing cells are empty fields.
    auto csv = run({"gap", "--format", "csv"});
    ASSERT_EQ(csv.code, 0) << csv.err;
    EXPECT_NE(csv.out.find("Whole base,,unrated,Nobody rated this,differentiation,0,,,,,,,\r\n"),
              std::string::npos)
        << csv.out;
}

TEST_F(ValueCommandTest, IpaQuadrantsAndCrosshairs)
{
    Json j = json({"ipa"});
    int seen = 0;
    for (const auto& row : j) {
        if (row["code"] == "staff_friendly") {
            EXPECT_EQ(row["quadrant"], "concentrate_here");
            ++seen;
        } else if (row["code"] == "brand_pride") {
            EXPECT_EQ(row["quadrant"], "possible_overkill");
            ++seen;
        } else if (row["code"] == "unrated") {
            EXPECT_TRUE(row["quadrant"].is_null());
            ++seen;
        }
    }
    EXPECT_EQ(seen, 3);
    EXPECT_NEAR(j[0]["importance_line"].get<double>(), 4.3, 1e-12);
    Json m = json({"ipa", "--crosshair", "midpoint"});
    EXPECT_DOUBLE_EQ(m[0]["performance_line"].get<double>(), 4.0);
}

TEST_F(ValueCommandTest, DeliveredValueTotals)
{
    Json j = json({"delivered"});
    ASSERT_EQ(j.size(), 11u); // 8 Kotler parts + 3 totals
    EXPECT_EQ(j[8]["part"], "total_customer_value");
    EXPECT_NEAR(j[8]["score"].get<double>(), 975.0 / 15.5, 1e-9);
    EXPECT_NEAR(j[9]["score"].get<double>(), 400.0 / 6.0, 1e-9);
    EXPECT_EQ(j[10]["part"], "delivered_value");
    EXPECT_NEAR(j[10]["score"].get<double>(), -3.763440860215, 1e-9);
    EXPECT_TRUE(j[1]["score"].is_null()); // service: no attribute

    Json c = json({"delivered", "--breakdown", "components"});
    ASSERT_EQ(c.size(), 8u);
    EXPECT_EQ(c[0]["part"], "functional");
    EXPECT_EQ(c[7]["part"], "perceived_value");
}

TEST_F(ValueCommandTest, SegmentAndComparison)
{
    Json s = json({"pyramid", "--segment", "S"});
    EXPECT_EQ(s[0]["population"], "S");
    EXPECT_NEAR(s[0]["score"].get<double>(), (4.2 + 38.0 / 9.0) / 2.0, 1e-12);

    Json c = json({"pyramid", "--segment", "S", "--compare", "all"});
    ASSERT_EQ(c.size(), 6u);
    EXPECT_EQ(c[3]["population"], "Whole base");
    EXPECT_TRUE(c[0]["score_difference"].is_null()); // only on the second population's rows
    EXPECT_NEAR(c[3]["score_difference"].get<double>(),
                (4.2 + 38.0 / 9.0 + 6.0) / 3.0 - (4.2 + 38.0 / 9.0) / 2.0, 1e-12);
    EXPECT_GT(c[3]["p_value"].get<double>(), 0.0);
    EXPECT_LE(c[3]["p_value"].get<double>(), 1.0);

    Json g = json({"gap", "--segment", "S:x", "--touchpoint", "order"});
    EXPECT_EQ(g[0]["population"], "S:x");
}

TEST_F(ValueCommandTest, ErrorsAreClear)
{
    auto unknown = run({"pyramid", "--segment", "nope"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_NE(unknown.err.find("no saved segment named \"nope\""), std::string::npos)
        << unknown.err;
    EXPECT_EQ(run({"pyramid", "--breakdown", "kotler"}).code, 2);
    EXPECT_EQ(run({"frob"}).code, 2);
    EXPECT_EQ(run({"ipa", "--crosshair", "median"}).code, 2);
    EXPECT_EQ(run({"gap", "--from", "yesterday"}).code, 2);
    EXPECT_EQ(run({"gap", "--confidence", "2"}).code, 1);
    EXPECT_EQ(run({}).code, 2);
    // The option before the sub-command word is not mistaken for it.
    EXPECT_EQ(run({"--segment", "S", "pyramid", "--format", "csv"}).code, 0);

    auto none = run({"customers"});
    EXPECT_EQ(none.code, 1);
    EXPECT_NE(none.err.find("no customer pyramid"), std::string::npos) << none.err;
}

TEST_F(ValueCommandTest, CustomerPyramidAndExports)
{
    db->exec("INSERT INTO segments (id, name, kind, created_at) VALUES (9, 'P', 'pyramid', 1);"
             "INSERT INTO segment_members VALUES (9, 1, 'platinum'), (9, 2, 'lead'),"
             " (9, 3, 'lead');"
             "INSERT INTO transactions (customer_id, ts, amount) VALUES (1, 1, 300), (2, 1, 50),"
             " (3, 1, 50);");
    Json j = json({"customers"});
    ASSERT_EQ(j.size(), 4u);
    EXPECT_EQ(j[0]["tier"], "platinum");
    EXPECT_EQ(j[0]["customers"], 1);
    EXPECT_DOUBLE_EQ(j[0]["revenue_share"].get<double>(), 0.75);
    EXPECT_DOUBLE_EQ(j[3]["customer_share"].get<double>(), 2.0 / 3.0);
    EXPECT_TRUE(j[3]["clv_share"].is_null());

    for (const char* ext : {"png", "svg", "pdf"}) {
        const std::string out = dir.file(std::string("pyramid.") + ext);
        auto r = run({"pyramid", "--compare", "S", "--export", out});
        ASSERT_EQ(r.code, 0) << r.err;
        ASSERT_TRUE(std::filesystem::exists(out)) << ext;
        EXPECT_GT(std::filesystem::file_size(out), 1000u) << ext;
    }
    const std::string tiers = dir.file("tiers.png");
    auto r = run({"customers", "--export", tiers, "--size", "revenue"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_GT(std::filesystem::file_size(tiers), 1000u);
    EXPECT_EQ(run({"pyramid", "--export", dir.file("x.bmp")}).code, 1);
}
