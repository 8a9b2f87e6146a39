#include "CliRunner.h"
#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sqlite3.h>

using vd::test::runCli;

namespace {

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void makeRawDatabase(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST(CliWorkspace, InfoPrintsTheSchemaVersion)
{
    vd::test::TempDir dir;
    std::string ws = dir.file("w.vdw");
    ASSERT_EQ(runCli({"-w", ws, "init"}).code, 0);
    const std::string version = std::to_string(vd::Database::currentSchemaVersion());
    auto csv = runCli({"-w", ws, "info", "--format", "csv"});
    ASSERT_EQ(csv.code, 0) << csv.err;
    EXPECT_NE(csv.out.find("schema_version," + version + "\r\n"), std::string::npos) << csv.out;
    auto table = runCli({"-w", ws, "info"});
    ASSERT_EQ(table.code, 0) << table.err;
    EXPECT_NE(table.out.find("schema_version"), std::string::npos) << table.out;
    auto json = runCli({"-w", ws, "info", "--format", "json"});
    ASSERT_EQ(json.code, 0) << json.err;
    EXPECT_NE(json.out.find("\"schema_version\""), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("\"rows\": " + version), std::string::npos) << json.out;
}

TEST(CliWorkspace, InfoRefusesAnotherApplicationsDatabaseAndLeavesItAlone)
{
    vd::test::TempDir dir;
    std::string foreign = dir.file("foreign.db");
    makeRawDatabase(foreign, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT);"
                             "INSERT INTO contacts (name) VALUES ('Ada');");
    const std::string before = readBytes(foreign);
    auto r = runCli({"-w", foreign, "info"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("is not a ValueDesk workspace"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(readBytes(foreign), before);
    EXPECT_FALSE(std::filesystem::exists(foreign + "-wal"));
    auto search = runCli({"-w", foreign, "customers", "search", "ada"});
    EXPECT_EQ(search.code, 1);
    EXPECT_EQ(readBytes(foreign), before);
}

TEST(CliWorkspace, InfoRefusesAFileOfANewerValueDeskUnchanged)
{
    vd::test::TempDir dir;
    std::string future = dir.file("future.vdw");
    makeRawDatabase(future, "CREATE TABLE customers (id INTEGER PRIMARY KEY);"
                            "PRAGMA user_version = 999;");
    const std::string before = readBytes(future);
    auto r = runCli({"-w", future, "info"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("newer ValueDesk"), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(future), before);
}

TEST(CliWorkspace, SearchFindsChineseGivenNamesAndCities)
{
    vd::test::TempDir dir;
    std::string ws = dir.file("demo.vdw");
    auto demo = runCli({"-w", ws, "-q", "demo", "--customers", "2000", "--seed", "7"});
    ASSERT_EQ(demo.code, 0) << demo.err;
    // The README example: a pinyin prefix (e-mail) with a Chinese city.
    auto r = runCli({"-w", ws, "--format", "csv", "customers", "search", "wang 上海"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("上海"), std::string::npos) << r.out;
    auto city =
        runCli({"-w", ws, "--format", "csv", "customers", "search", "上海", "--limit", "5"});
    ASSERT_EQ(city.code, 0) << city.err;
    EXPECT_GE(std::count(city.out.begin(), city.out.end(), '\n'), 2) << city.out;
}
