#include "valuedesk/storage/Database.h"

#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Workspace.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <thread>

using namespace vd;

namespace {

// A database written without ValueDesk (rollback journal, as SQLite creates it).
void makeRawDatabase(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_close(db);
}

std::string rawPragma(const std::string& path, const char* pragma)
{
    sqlite3* db = nullptr;
    std::string value;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, pragma, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            value = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

std::string rawJournalMode(const std::string& path)
{
    return rawPragma(path, "PRAGMA journal_mode");
}
int rawUserVersion(const std::string& path)
{
    return std::stoi(rawPragma(path, "PRAGMA user_version"));
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

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
    EXPECT_EQ(db.queryInt("PRAGMA page_size"), Database::kPageSize);
}

// A workspace written with SQLite's default 4 KB pages (ValueDesk before 16 KB pages, or any
// other tool) keeps them: the size of a file with pages cannot change without a VACUUM.
TEST(Database, OlderFileKeepsItsPageSize)
{
    test::TempDir dir;
    const std::string path = dir.file("w.vdw");
    {
        Database db(path);
        CustomerRepository(db).insert(makeCustomer("P1", "Pages"));
        db.exec("PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM");
    }
    ASSERT_EQ(rawPragma(path, "PRAGMA page_size"), "4096");
    Database db(path);
    EXPECT_EQ(db.queryInt("PRAGMA page_size"), 4096);
    EXPECT_EQ(rawJournalMode(path), "wal");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers WHERE external_id = 'P1'"), 1);
    CustomerRepository(db).insert(makeCustomer("P2", "Pages two"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 2);
    EXPECT_EQ(db.queryInt("PRAGMA page_size"), 4096);
}

// Bulk loads switch to the rollback journal only when they are alone on the file, and the
// workspace is back in WAL mode afterwards; a rolled-back load leaves nothing.
TEST(Database, RollbackJournalScopeOnlyWhenAlone)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    auto mode = [](Database& d) {
        Statement st = d.prepare("PRAGMA journal_mode");
        return st.step() ? st.getText(0) : std::string();
    };
    {
        RollbackJournalScope journal(db);
        EXPECT_TRUE(journal.switched());
        EXPECT_EQ(mode(db), "delete");
        Transaction tx(db);
        CustomerRepository(db).insert(makeCustomer("J1", "Journal"));
        // not committed: rolled back through the journal
    }
    EXPECT_EQ(mode(db), "wal");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 0);
    {
        Database other(dir.file("w.vdw"));
        RollbackJournalScope journal(db);
        EXPECT_FALSE(journal.switched()) << "another connection has the file open";
        EXPECT_EQ(mode(db), "wal");
    }
    {
        Transaction tx(db);
        RollbackJournalScope journal(db);
        EXPECT_FALSE(journal.switched()) << "inside a transaction";
    }
    EXPECT_EQ(mode(db), "wal");
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
    // As a newer ValueDesk might leave it: its own tables, rollback journal, version 999.
    makeRawDatabase(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, future_column TEXT);"
                          "INSERT INTO customers (future_column) VALUES ('x');"
                          "PRAGMA user_version = 999;");
    const std::string before = readBytes(path);
    ASSERT_EQ(rawJournalMode(path), "delete");
    try {
        Database db(path);
        FAIL() << "a newer file must be refused";
    } catch (const SchemaTooNewError& e) {
        EXPECT_EQ(e.fileVersion(), 999);
        EXPECT_EQ(e.appVersion(), Database::currentSchemaVersion());
        EXPECT_NE(std::string(e.what()).find("newer ValueDesk"), std::string::npos);
    }
    Database::Options ro;
    ro.readOnly = true;
    ro.targetVersion = 0;
    EXPECT_THROW(Database(path, ro), SchemaTooNewError);
    EXPECT_THROW(Database::inspect(path), SchemaTooNewError);
    // The refused file is untouched: same bytes, still in rollback-journal mode, no WAL.
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    EXPECT_EQ(rawJournalMode(path), "delete");
    EXPECT_EQ(rawUserVersion(path), 999);
}

TEST(Database, RefusesAnotherApplicationsSqliteFileUntouched)
{
    test::TempDir dir;
    std::string path = dir.file("foreign.db");
    makeRawDatabase(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                          "INSERT INTO notes (body) VALUES ('keep me');"
                          "CREATE INDEX notes_body ON notes(body);");
    const std::string before = readBytes(path);
    try {
        Database db(path);
        FAIL() << "a version-0 file with foreign tables must be refused";
    } catch (const NotAWorkspaceError& e) {
        EXPECT_NE(std::string(e.what()).find("is not a ValueDesk workspace"), std::string::npos)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("notes"), std::string::npos) << e.what();
    }
    EXPECT_THROW(Database::inspect(path), NotAWorkspaceError);
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    EXPECT_EQ(rawJournalMode(path), "delete");
    EXPECT_EQ(rawUserVersion(path), 0);
    // No backup was written and no schema object added.
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find(".bak"), std::string::npos);
}

TEST(Database, EmptyVersionZeroFileBecomesAWorkspace)
{
    test::TempDir dir;
    std::string path = dir.file("empty.vdw");
    makeRawDatabase(path, "PRAGMA user_version = 0;");
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    EXPECT_TRUE(db.lastBackupPath().empty());
}

TEST(Database, InspectReadsTheVersionWithoutWriting)
{
    test::TempDir dir;
    std::string missing = dir.file("missing.vdw");
    auto none = Database::inspect(missing);
    EXPECT_FALSE(none.exists);
    EXPECT_FALSE(none.needsMigration);
    EXPECT_FALSE(std::filesystem::exists(missing)) << "inspect creates nothing";

    std::string current = dir.file("current.vdw");
    {
        Database db(current);
    }
    auto now = Database::inspect(current);
    EXPECT_TRUE(now.exists);
    EXPECT_EQ(now.version, Database::currentSchemaVersion());
    EXPECT_FALSE(now.needsMigration);

    std::string old = dir.file("old.vdw");
    {
        Database::Options v1;
        v1.targetVersion = 1;
        Database db(old, v1);
    }
    const std::string before = readBytes(old);
    auto older = Database::inspect(old);
    EXPECT_EQ(older.version, 1);
    EXPECT_TRUE(older.needsMigration);
    EXPECT_EQ(readBytes(old), before);
}

TEST(Database, SecondConnectionWaitsForTheWriteLockWithinItsBusyTimeout)
{
    test::TempDir dir;
    std::string path = dir.file("w.vdw");
    {
        Database create(path);
    }
    std::promise<void> locked;
    std::promise<void> release;
    std::thread holder([&] {
        Database a(path);
        Transaction tx(a); // BEGIN IMMEDIATE: holds the write lock
        a.exec("INSERT INTO settings (key, value) VALUES ('holder', '1')");
        locked.set_value();
        release.get_future().wait();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        tx.commit();
    });
    locked.get_future().wait();

    // A connection with a short timeout gives up with SQLITE_BUSY while the lock is held...
    Database::Options impatient;
    impatient.busyTimeoutMs = 50;
    Database b(path, impatient);
    try {
        b.exec("INSERT INTO settings (key, value) VALUES ('impatient', '1')");
        ADD_FAILURE() << "the write lock is held; the insert must time out";
    } catch (const DatabaseError& e) {
        EXPECT_EQ(e.code() & 0xff, SQLITE_BUSY) << e.what();
    }

    // ...one with the default (10 s) waits until the holder commits, then writes.
    Database c(path);
    release.set_value();
    const auto start = std::chrono::steady_clock::now();
    EXPECT_NO_THROW(c.exec("INSERT INTO settings (key, value) VALUES ('patient', '1')"));
    const auto waited = std::chrono::steady_clock::now() - start;
    holder.join();
    EXPECT_GE(waited, std::chrono::milliseconds(150)) << "it had to wait for the lock";
    EXPECT_EQ(c.queryInt("SELECT count(*) FROM settings WHERE key IN ('holder', 'patient')"), 2);
    EXPECT_EQ(c.queryInt("SELECT count(*) FROM settings WHERE key = 'impatient'"), 0);
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

TEST(Migrations, Version2FileGetsSortIndexesAndChineseSubstringSearch)
{
    test::TempDir dir;
    std::string path = dir.file("v2.vdw");
    {
        Database::Options v2;
        v2.targetVersion = 2;
        Database db(path, v2);
        ASSERT_EQ(db.schemaVersion(), 2);
        CustomerRepository repo(db);
        Customer a = makeCustomer("C1", "王旭涛");
        a.city = "上海";
        a.email = "wangxutao@example.cn";
        repo.insert(a);
        repo.insert(makeCustomer("C2", "Anna Schmidt"));
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = "
                              "'idx_customers_email'"),
                  0);
        EXPECT_TRUE(repo.search("旭涛").empty()) << "v2 cannot find a given name";
    }
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    ASSERT_FALSE(db.lastBackupPath().empty());
    EXPECT_NE(db.lastBackupPath().find(".v2.bak"), std::string::npos) << db.lastBackupPath();
    {
        Database::Options ro;
        ro.readOnly = true;
        ro.migrate = false;
        ro.targetVersion = 2;
        Database backup(db.lastBackupPath(), ro);
        EXPECT_EQ(backup.schemaVersion(), 2);
        EXPECT_EQ(backup.queryInt("SELECT count(*) FROM customers"), 2);
    }
    for (const char* index : {"idx_customers_email", "idx_customers_company", "idx_customers_city",
                              "idx_customers_birth_year", "idx_customers_channel"})
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                              "name = ?",
                              std::string(index)),
                  1)
            << index;
    CustomerRepository repo(db);
    EXPECT_EQ(repo.count(), 2);
    // The rebuild indexed the customers that existed before; new ones follow the triggers.
    ASSERT_EQ(repo.search("旭涛").size(), 1u);
    EXPECT_EQ(repo.search("上海").size(), 1u);
    EXPECT_EQ(repo.search("anna").size(), 1u);
    Customer b = makeCustomer("C3", "李旭");
    repo.insert(b);
    EXPECT_EQ(repo.search("旭").size(), 2u);
}

TEST(Migrations, ReportProgressAndACancelLeavesTheFileAtItsVersion)
{
    test::TempDir dir;
    std::string path = dir.file("v2.vdw");
    {
        Database::Options v2;
        v2.targetVersion = 2;
        Database db(path, v2);
        CustomerRepository repo(db);
        Transaction tx(db);
        for (int i = 0; i < 200; ++i)
            repo.insert(makeCustomer("C" + std::to_string(i), "王" + std::to_string(i)));
        tx.commit();
    }
    // Cancel during the backup: nothing migrated, no partial backup left.
    Database::Options cancelNow;
    cancelNow.progress = [](double, std::string_view) { return false; };
    EXPECT_THROW(Database(path, cancelNow), CancelledError);
    EXPECT_EQ(rawUserVersion(path), 2);
    EXPECT_FALSE(std::filesystem::exists(path + ".v2.bak"));

    // Cancel once the migration step starts: the backup stays, the version too.
    Database::Options cancelAtStep;
    cancelAtStep.progress = [](double, std::string_view status) {
        return status.find("migrating") == std::string_view::npos;
    };
    EXPECT_THROW(Database(path, cancelAtStep), CancelledError);
    EXPECT_EQ(rawUserVersion(path), 2);
    {
        Database::Options v2;
        v2.targetVersion = 2;
        v2.migrate = false;
        Database db(path, v2);
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = "
                              "'customers_fts_source'"),
                  0)
            << "the cancelled step rolled back";
    }

    // Without a cancel: progress is heard and the file reaches the current version.
    int calls = 0;
    double last = -1;
    Database::Options watch;
    watch.progress = [&](double fraction, std::string_view) {
        ++calls;
        EXPECT_GE(fraction, 0.0);
        EXPECT_LE(fraction, 1.0);
        last = fraction;
        return true;
    };
    Database db(path, watch);
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    EXPECT_GE(calls, 2);
    EXPECT_GE(last, 0.0);
    CustomerRepository::Query all;
    all.search = "王";
    EXPECT_EQ(CustomerRepository(db).count(all), 200);
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
        EXPECT_EQ(
            db.queryInt("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?", name),
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
    EXPECT_EQ(date::formatDateTime(date::toEpoch(1999, 12, 31, 23, 59, 58)), "1999-12-31 23:59:58");
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
