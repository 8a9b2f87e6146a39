#include "CliRunner.h"
#include "kano/KanoFixture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using vd::test::runCli;
using Json = nlohmann::json;

namespace {

// The hand-computed study of tests/kano (KanoFixture.h lists every answer, KanoStudyTest.cpp
// has the arithmetic); here we check that the CLI prints those numbers.
class KanoCommandTest : public vd::test::KanoFixture
{
protected:
    vd::test::CliResult run(std::vector<std::string> args, const std::string& format = "json")
    {
        args.insert(args.begin(), {"-w", dir.file("kano.vdw"), "--format", format, "kano"});
        return runCli(args);
    }
    Json json(std::vector<std::string> args)
    {
        auto r = run(std::move(args));
        EXPECT_EQ(r.code, 0) << r.err;
        return Json::parse(r.out);
    }
};

} // namespace

TEST_F(KanoCommandTest, ListsStudies)
{
    Json j = json({"--list"});
    ASSERT_EQ(j.size(), 2u);
    EXPECT_EQ(j[0]["name"], "Empty");
    EXPECT_EQ(j[1]["name"], "Cabin");
    EXPECT_EQ(j[1]["features"], 3);
    EXPECT_EQ(j[1]["respondents"], 4);
    EXPECT_EQ(j[1]["answers"], 8);
    EXPECT_EQ(j[1]["id"], 1);
}

// seat: O 2, M 1, I 1 -> O, runner-up M, CS .25, TS .75, Better .5, Worse -.75, Fong not
// significant (1 < 2.2593555); meal: A; wifi: nothing to compute -> nulls.
TEST_F(KanoCommandTest, ClassifiesFeatures)
{
    auto r = run({"Cabin"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("warning: feature \"wifi\" has no answers"), std::string::npos) << r.err;
    Json j = Json::parse(r.out);
    ASSERT_EQ(j.size(), 3u);
    const Json& seat = j[0];
    EXPECT_EQ(seat["feature"], "seat");
    EXPECT_EQ(seat["n"], 4);
    EXPECT_EQ(seat["O"], 2);
    EXPECT_EQ(seat["M"], 1);
    EXPECT_EQ(seat["I"], 1);
    EXPECT_EQ(seat["Q"], 0);
    EXPECT_DOUBLE_EQ(seat["share_O"].get<double>(), 0.5);
    EXPECT_EQ(seat["category"], "O");
    EXPECT_EQ(seat["category_name"], "One-dimensional");
    EXPECT_EQ(seat["runner_up"], "M");
    EXPECT_DOUBLE_EQ(seat["category_strength"].get<double>(), 0.25);
    EXPECT_DOUBLE_EQ(seat["total_strength"].get<double>(), 0.75);
    EXPECT_NEAR(seat["fong_critical"].get<double>(), 2.2593555, 1e-6);
    EXPECT_EQ(seat["fong_significant"], "no");
    EXPECT_DOUBLE_EQ(seat["better"].get<double>(), 0.5);
    EXPECT_DOUBLE_EQ(seat["worse"].get<double>(), -0.75);

    EXPECT_EQ(j[1]["category"], "A");
    EXPECT_DOUBLE_EQ(j[1]["worse"].get<double>(), 0.0);

    const Json& wifi = j[2];
    EXPECT_EQ(wifi["n"], 0);
    EXPECT_TRUE(wifi["category"].is_null());
    EXPECT_TRUE(wifi["better"].is_null());
    EXPECT_TRUE(wifi["worse"].is_null());
    EXPECT_TRUE(wifi["share_A"].is_null());
    EXPECT_TRUE(wifi["fong_significant"].is_null());
}

TEST_F(KanoCommandTest, PouliotTable)
{
    Json j = json({"Cabin", "--table", "pouliot"});
    EXPECT_EQ(j[0]["Q"], 1);
    EXPECT_EQ(j[0]["I"], 0);
    EXPECT_NEAR(j[0]["better"].get<double>(), 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(j[0]["worse"].get<double>(), -1.0);
}

TEST_F(KanoCommandTest, Segment)
{
    auto r = run({"Cabin", "--segment", "Flyers"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("not linked to a customer"), std::string::npos) << r.err;
    Json j = Json::parse(r.out);
    EXPECT_EQ(j[0]["n"], 2);
    EXPECT_DOUBLE_EQ(j[0]["better"].get<double>(), 1.0);
    EXPECT_EQ(j[1]["category"], "A");
    EXPECT_DOUBLE_EQ(j[1]["category_strength"].get<double>(), 0.5);

    Json gold = json({"Cabin", "--segment", "Flyers:gold"});
    EXPECT_EQ(gold[0]["n"], 1);
}

// seat: functional 3 (sd 1.1547005), dysfunctional 2.75 (sd 2.5), weighted 2.9333333 / 3,
// quadrant O; meal: quadrant Q.
TEST_F(KanoCommandTest, Continuous)
{
    Json j = json({"Cabin", "--continuous"});
    ASSERT_EQ(j.size(), 3u);
    EXPECT_DOUBLE_EQ(j[0]["functional_mean"].get<double>(), 3.0);
    EXPECT_NEAR(j[0]["functional_sd"].get<double>(), 1.1547005, 1e-7);
    EXPECT_DOUBLE_EQ(j[0]["dysfunctional_mean"].get<double>(), 2.75);
    EXPECT_NEAR(j[0]["dysfunctional_sd"].get<double>(), 2.5, 1e-12);
    EXPECT_EQ(j[0]["weighted_n"], 3);
    EXPECT_NEAR(j[0]["weighted_functional"].get<double>(), 44.0 / 15.0, 1e-12);
    EXPECT_NEAR(j[0]["weighted_dysfunctional"].get<double>(), 3.0, 1e-12);
    EXPECT_NEAR(j[0]["mean_importance"].get<double>(), 5.0, 1e-12);
    EXPECT_EQ(j[0]["quadrant"], "O");
    EXPECT_EQ(j[1]["quadrant"], "Q");
    EXPECT_TRUE(j[2]["functional_mean"].is_null());
    EXPECT_TRUE(j[2]["quadrant"].is_null());
}

TEST_F(KanoCommandTest, CsvAndTableFormats)
{
    auto csv = run({"Cabin"}, "csv");
    ASSERT_EQ(csv.code, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("feature,name,n,A,O,M,I,R,Q,", 0), 0u) << csv.out;
    EXPECT_EQ(csv.out.find("nan"), std::string::npos);
    auto table = run({"1"}, "table"); // by id
    ASSERT_EQ(table.code, 0) << table.err;
    EXPECT_NE(table.out.find("Comfortable seat"), std::string::npos);
    EXPECT_EQ(table.out.find("nan"), std::string::npos);
}

TEST_F(KanoCommandTest, Errors)
{
    auto unknown = run({"Nope"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_NE(unknown.err.find("no Kano study named \"Nope\""), std::string::npos) << unknown.err;
    EXPECT_NE(unknown.err.find("\"Cabin\""), std::string::npos) << unknown.err;

    auto badTable = run({"Cabin", "--table", "berger"});
    EXPECT_EQ(badTable.code, 2);
    EXPECT_NE(badTable.err.find("standard or pouliot"), std::string::npos) << badTable.err;

    auto badSegment = run({"Cabin", "--segment", "Ghosts"});
    EXPECT_EQ(badSegment.code, 1);
    EXPECT_NE(badSegment.err.find("\"Flyers\""), std::string::npos) << badSegment.err;

    EXPECT_EQ(run({"--list", "--continuous"}).code, 2);
    EXPECT_EQ(run({}).code, 2);
    EXPECT_EQ(run({"Cabin", "--colour"}).code, 2);
}
