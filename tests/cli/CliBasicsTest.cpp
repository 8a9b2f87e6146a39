#include <gtest/gtest.h>

#include "CliRunner.h"
#include "support/TempDir.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"

using vd::test::runCli;

TEST(Cli, VersionAndHelp)
{
    auto v = runCli({"--version"});
    EXPECT_EQ(v.code, 0);
    EXPECT_NE(v.out.find("valuedesk-cli"), std::string::npos);
    auto h = runCli({"--help"});
    EXPECT_EQ(h.code, 0);
    for (const char* cmd : {"init", "info", "customers"})
        EXPECT_NE(h.out.find(cmd), std::string::npos) << cmd;
}

TEST(Cli, NoCommandOrUnknownCommandIsUsageError)
{
    EXPECT_EQ(runCli({}).code, 2);
    auto r = runCli({"frobnicate"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("unknown command"), std::string::npos);
}

TEST(Cli, InitInfoAndSearch)
{
    vd::test::TempDir dir;
    std::string ws = dir.file("w.vdw");
    EXPECT_EQ(runCli({"info", "-w", ws}).code, 1) << "info on a missing file is an error";
    ASSERT_EQ(runCli({"-w", ws, "init"}).code, 0);
    EXPECT_EQ(runCli({"-w", ws, "init"}).code, 1) << "init refuses to overwrite";
    {
        vd::Database db(ws);
        vd::CustomerRepository repo(db);
        vd::Customer c;
        c.externalId = "K1";
        c.name = "Zhou, \"Jay\"";
        c.city = "Taipei";
        repo.insert(c);
    }
    auto info = runCli({"-w", ws, "info", "--format", "csv"});
    ASSERT_EQ(info.code, 0) << info.err;
    EXPECT_NE(info.out.find("customers,1\r\n"), std::string::npos) << info.out;

    auto csv = runCli({"-w", ws, "--format", "csv", "customers", "search", "taipei"});
    ASSERT_EQ(csv.code, 0) << csv.err;
    EXPECT_NE(csv.out.find("\"Zhou, \"\"Jay\"\"\""), std::string::npos) << csv.out;

    auto json = runCli({"-w", ws, "customers", "search", "zhou", "--format=json"});
    ASSERT_EQ(json.code, 0) << json.err;
    EXPECT_NE(json.out.find("\"name\": \"Zhou, \\\"Jay\\\"\""), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("\"email\": null"), std::string::npos);

    auto none = runCli({"-w", ws, "customers", "search", "nobody"});
    EXPECT_EQ(none.code, 0);
}

TEST(Cli, BadOptionsAreRefusedWithUsage)
{
    vd::test::TempDir dir;
    std::string ws = dir.file("w.vdw");
    runCli({"-w", ws, "init"});
    auto r = runCli({"-w", ws, "info", "--bogus"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("unknown option --bogus"), std::string::npos);
    EXPECT_EQ(runCli({"-w", ws, "--format", "xml", "info"}).code, 2);
    EXPECT_EQ(runCli({"customers", "search", "x"}).code, 2) << "needs a workspace";
}

TEST(Cli, DemoFillsAnEmptyWorkspaceAndRefusesAFullOne)
{
    vd::test::TempDir dir;
    std::string ws = dir.file("demo.vdw");
    auto r = runCli({"-w", ws, "-q", "demo", "--customers", "200", "--seed", "3", "--format",
                     "csv"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("customers,200\r\n"), std::string::npos) << r.out;
    auto again = runCli({"-w", ws, "-q", "demo", "--customers", "10"});
    EXPECT_EQ(again.code, 1) << "a workspace with customers is refused";
    EXPECT_EQ(runCli({"-w", ws, "demo", "--customers", "-5"}).code, 2);
    auto found = runCli({"-w", ws, "--format", "csv", "info"});
    EXPECT_NE(found.out.find("customers,200"), std::string::npos);
}
