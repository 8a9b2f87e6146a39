#include <gtest/gtest.h>

#include <filesystem>

#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/Workspace.h"

using namespace vd;

namespace {

Customer makeCustomer(const std::string& ext, const std::string& name)
{
    Customer c;
    c.externalId = ext;
    c.name = name;
    c.createdAt = date::toEpoch(2024, 1, 2);
    return c;
}

} // namespace

TEST(Database, NewFileIsAtCurrentVersionWithWalAndForeignKeys)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(db.queryInt("PRAGMA foreign_keys"), 1);
    Statement st = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getText(0), "wal");
    EXPECT_TRUE(db.lastBackupPath().empty()) << "a new file needs no backup";
}

TEST(Database, ForeignKeysAreEnforced)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    EXPECT_THROW(db.prepare("INSERT INTO transactions (customer_id, ts, amount) VALUES (?,?,?)")
                     .bindAll(std::int64_t{999}, std::int64_t{0}, 1.0)
                     .run(),
                 DatabaseError);
}

TEST(Database, CheckConstraintsRejectScoresOutOfRange)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    EXPECT_THROW(db.exec("INSERT INTO responses (ts, nps) VALUES (0, 11)"), DatabaseError);
    EXPECT_THROW(db.exec("INSERT INTO responses (ts, csat) VALUES (0, 0)"), DatabaseError);
    EXPECT_NO_THROW(db.exec("INSERT INTO responses (ts, nps, csat, ces) VALUES (0, 10, 5, 7)"));
}

TEST(Database, RefusesFileFromNewerApp)
{
    test::TempDir dir;
    std::string path = dir.file("future.vdw");
    {
        Database db(path);
        db.exec("PRAGMA user_version = 999");
    }
    try {
        Database db(path);
        FAIL() << "a newer file must be refused";
    } catch (const SchemaTooNewError& e) {
        EXPECT_EQ(e.fileVersion(), 999);
        EXPECT_NE(std::string(e.what()).find("newer ValueDesk"), std::string::npos);
    }
    // The refused file is untouched.
    Database::Options ro;
    ro.readOnly = true;
    ro.targetVersion = 0;
    EXPECT_THROW(Database(path, ro), SchemaTooNewError);
}

TEST(Database, RefusesNonDatabaseFile)
{
    test::TempDir dir;
    std::string path = dir.file("notes.txt");
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        std::fputs("this is not a database, just some text that is long enough to matter\n", f);
        std::fclose(f);
    }
    EXPECT_THROW(Database db(path), DatabaseError);
}

TEST(Migrations, OldFileMigratesWithBackupAndKeepsData)
{
    test::TempDir dir;
    std::string path = dir.file("old.vdw");
    {
        Database::Options v1;
        v1.targetVersion = 1;
        Database db(path, v1);
        ASSERT_EQ(db.schemaVersion(), 1);
        CustomerRepository repo(db);
        repo.insert(makeCustomer("C1", "Zhang Wei"));
        repo.insert(makeCustomer("C2", "Anna Schmidt"));
        // v1 has no search index yet.
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name='customers_fts'"), 0);
    }
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    ASSERT_FALSE(db.lastBackupPath().empty());
    EXPECT_TRUE(std::filesystem::exists(db.lastBackupPath()));
    {
        Database::Options ro;
        ro.readOnly = true;
        ro.migrate = false;
        ro.targetVersion = 1;
        Database backup(db.lastBackupPath(), ro);
        EXPECT_EQ(backup.schemaVersion(), 1);
        EXPECT_EQ(backup.queryInt("SELECT count(*) FROM customers"), 2);
    }
    CustomerRepository repo(db);
    EXPECT_EQ(repo.count(), 2);
    auto hits = repo.search("anna");
    ASSERT_EQ(hits.size(), 1u) << "migration 2 must index customers that existed before";
    EXPECT_EQ(repo.get(hits[0])->externalId, "C2");
}

TEST(Migrations, MigrationsAreTransactionalSoAFailedStepLeavesTheOldVersion)
{
    test::TempDir dir;
    std::string path = dir.file("clash.vdw");
    {
        Database::Options v1;
        v1.targetVersion = 1;
        Database db(path, v1);
        // A table in the way of migration 2 makes it fail half-way.
        db.exec("CREATE TABLE customers_fts (x)");
    }
    EXPECT_THROW(Database db(path), DatabaseError);
    Database::Options v1;
    v1.targetVersion = 1;
    v1.migrate = false;
    Database db(path, v1);
    EXPECT_EQ(db.schemaVersion(), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name LIKE 'customers_fts_%'"),
              0);
}

TEST(Transaction, RollsBackUnlessCommittedAndNestsAsSavepoint)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    CustomerRepository repo(db);
    {
        Transaction tx(db);
        repo.insert(makeCustomer("A", "a"));
    }
    EXPECT_EQ(repo.count(), 0);
    {
        Transaction outer(db);
        repo.insert(makeCustomer("B", "b"));
        {
            Transaction inner(db);
            repo.insert(makeCustomer("C", "c"));
        } // inner rolled back
        outer.commit();
    }
    EXPECT_EQ(repo.count(), 1);
    EXPECT_TRUE(repo.findByExternalId("B"));
    EXPECT_FALSE(repo.findByExternalId("C"));
}

TEST(Statement, BindsOptionalsAndReadsNulls)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    Statement st = db.prepare("SELECT ?, ?, ?");
    st.bindAll(std::optional<std::int64_t>{}, std::optional<double>{2.5}, std::string("x"));
    ASSERT_TRUE(st.step());
    EXPECT_TRUE(st.isNull(0));
    EXPECT_FALSE(st.getOptInt(0));
    EXPECT_DOUBLE_EQ(*st.getOptDouble(1), 2.5);
    EXPECT_EQ(st.getText(2), "x");
}

TEST(Statement, BadSqlNamesTheStatement)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    try {
        db.prepare("SELEC nonsense");
        FAIL();
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find("SELEC nonsense"), std::string::npos);
    }
}

TEST(WorkspaceInfo, CountsEveryTableAndStoresSettings)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    WorkspaceInfo info(db);
    auto counts = info.tableCounts();
    EXPECT_EQ(counts.size(), WorkspaceInfo::tables().size());
    for (const auto& name : WorkspaceInfo::tables())
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?",
                              name),
                  1)
            << name;
    EXPECT_FALSE(info.setting("sla_hours"));
    info.setSetting("sla_hours", "48");
    info.setSetting("sla_hours", "24");
    EXPECT_EQ(info.setting("sla_hours", "48"), "24");
}

TEST(Date, RoundTripsAndRejectsImpossibleDates)
{
    EXPECT_EQ(date::toEpoch(1970, 1, 1), 0);
    EXPECT_EQ(date::toEpoch(2000, 3, 1), 951868800);
    EXPECT_EQ(date::formatDate(951868800), "2000-03-01");
    EXPECT_EQ(date::formatDateTime(date::toEpoch(1999, 12, 31, 23, 59, 58)),
              "1999-12-31 23:59:58");
    EXPECT_EQ(date::formatDate(-1), "1969-12-31");
    EXPECT_EQ(*date::parseIso("2024-02-29"), date::toEpoch(2024, 2, 29));
    EXPECT_EQ(*date::parseIso("2024-02-29T10:11:12Z"), date::toEpoch(2024, 2, 29, 10, 11, 12));
    EXPECT_EQ(*date::parseIso("2024-02-29 10:11"), date::toEpoch(2024, 2, 29, 10, 11));
    EXPECT_FALSE(date::parseIso("2023-02-29"));
    EXPECT_FALSE(date::parseIso("2023-13-01"));
    EXPECT_FALSE(date::parseIso("2023/01/01"));
    EXPECT_FALSE(date::parseIso("2023-01-01 25:00"));
    EXPECT_FALSE(date::parseIso(""));
    for (std::int64_t d = -800000; d < 800000; d += 997) {
        auto c = date::civilFromDays(d);
        ASSERT_EQ(date::daysFromCivil(c.year, c.month, c.day), d);
    }
}
