#include "io/ImportTestSupport.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/io/ImportLog.h"
#include "valuedesk/io/Importer.h"
#include "valuedesk/storage/CustomerRepository.h"

#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

using namespace vd;
using namespace vd::io;
using vd::date::toEpoch;
using vd::test::addCustomers;
using vd::test::dump;
using vd::test::snapshot;
using vd::test::writeFile;

namespace {

ImportOptions opts(ImportKind kind, const std::string& file)
{
    ImportOptions o;
    o.kind = kind;
    o.file = file;
    o.now = toEpoch(2024, 6, 1);
    return o;
}

// n transactions of customers C001..C100, ~40 bytes a row.
std::string transactionsCsv(int n)
{
    std::string text = "order_id,customer_id,order_date,amount,channel\n";
    text.reserve(static_cast<std::size_t>(n) * 48);
    char buf[128];
    for (int i = 0; i < n; ++i) {
        std::snprintf(buf, sizeof buf, "O%07d,C%03d,2024-%02d-%02d 10:%02d,%d.%02d,web\n", i,
                      1 + i % 100, 1 + i % 12, 1 + i % 28, i % 60, 5 + i % 200, i % 100);
        text += buf;
    }
    return text;
}

class ImportSafety : public ::testing::Test
{
protected:
    test::TempDir dir;
    std::string path = dir.file("w.vdw");
    std::unique_ptr<Database> db = std::make_unique<Database>(path);
};

const std::string kDuplicates = vd::test::fixturePath("customers_duplicates.csv");

} // namespace

TEST_F(ImportSafety, AllOrNothingIsTheDefaultAndWritesNothingOnBadRows)
{
    addCustomers(*db, 2, "X");
    auto before = snapshot(*db);
    ImportOptions o = opts(ImportKind::Customers, kDuplicates);
    o.rejectsPath = dir.file("dup.rejects.csv");
    EXPECT_EQ(o.mode, ImportMode::AllOrNothing);
    try {
        importFile(*db, o);
        FAIL() << "expected ImportRejectedError";
    } catch (const ImportRejectedError& e) {
        EXPECT_EQ(e.line(), 4);
        EXPECT_EQ(e.column(), 1);
        EXPECT_NE(e.reason().find("2 of 5 rows are invalid"), std::string::npos) << e.what();
        const ImportResult& r = e.result();
        EXPECT_FALSE(r.committed);
        EXPECT_EQ(r.importId, 0);
        EXPECT_EQ(r.rowsRejected, 2);
        ASSERT_EQ(r.issues.size(), 2u);
        EXPECT_EQ(r.issues[0].reason,
                  "duplicate id within the file (an earlier row has the same id)");
        EXPECT_EQ(r.issues[0].value, "D001");
        EXPECT_EQ(r.issues[1].line, 5);
        EXPECT_EQ(r.issues[1].columnName, "birth_year");
        EXPECT_EQ(r.issues[1].reason, "score out of range: birth_year must be 1880 to 2100");
        EXPECT_EQ(r.rejectsPath, o.rejectsPath);
    }
    EXPECT_EQ(snapshot(*db), before);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM import_log"), 0);
    // The rejects file lists both bad rows so the user can fix them.
    std::string rejects = test::readText(o.rejectsPath);
    EXPECT_NE(rejects.find("D001,First again,1981,again@example.com,\"line 4, column "
                           "\"\"external_id\"\": duplicate id"),
              std::string::npos)
        << rejects;
    EXPECT_NE(rejects.find("D003,Too old,1492,"), std::string::npos);
}

TEST_F(ImportSafety, SkipBadRowsKeepsTheGoodOnes)
{
    ImportOptions o = opts(ImportKind::Customers, kDuplicates);
    o.mode = ImportMode::SkipBadRows;
    o.rejectsPath = dir.file("dup.rejects.csv");
    ImportResult r = importFile(*db, o);
    EXPECT_EQ(r.rowsNew, 3);
    EXPECT_EQ(r.rowsRejected, 2);
    EXPECT_EQ(dump(*db, "SELECT external_id, name, birth_year FROM customers ORDER BY id"),
              (std::vector<std::string>{"D001|First|1980", "D002|Second|1990", "D004|Fine|2001"}));
    EXPECT_EQ(dump(*db, "SELECT rows_new, rows_updated, rows_rejected FROM import_log"),
              std::vector<std::string>{"3|0|2"});
    // Exactly the header and two rows.
    std::string rejects = test::readText(o.rejectsPath);
    EXPECT_EQ(std::count(rejects.begin(), rejects.end(), '\n'), 3);
    EXPECT_FALSE(std::filesystem::exists(o.rejectsPath + ".tmp"));
}

TEST_F(ImportSafety, DryRunCountsAndWritesNothing)
{
    addCustomers(*db, 1, "D"); // D001 exists: the file's D001 is an update
    auto before = snapshot(*db);
    ImportOptions o = opts(ImportKind::Customers, kDuplicates);
    o.mode = ImportMode::SkipBadRows;
    o.dryRun = true;
    o.rejectsPath = dir.file("never.csv");
    ImportResult r = importFile(*db, o);
    EXPECT_TRUE(r.dryRun);
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(r.importId, 0);
    EXPECT_EQ(r.rowsNew, 2);     // D002, D004
    EXPECT_EQ(r.rowsUpdated, 1); // D001 (name and birth year differ)
    EXPECT_EQ(r.rowsRejected, 2);
    EXPECT_EQ(r.issues.size(), 2u);
    EXPECT_EQ(snapshot(*db), before);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM import_log"), 0);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM import_changes"), 0);
    EXPECT_FALSE(std::filesystem::exists(o.rejectsPath));
    EXPECT_FALSE(std::filesystem::exists(defaultRejectsPath(kDuplicates)));
}

TEST_F(ImportSafety, ReimportUpsertsAndUndoRestoresExactly)
{
    std::string v1 = writeFile(dir, "v1.csv",
                               "external_id,name,city,birth_year,email\n"
                               "C001,Ann,Paris,1980,ann@example.com\n"
                               "C002,Bob,Rome,1975,\n"
                               "C003,Cai,北京,,cai@example.cn\n");
    std::string v2 = writeFile(dir, "v2.csv",
                               "external_id,name,city,birth_year,email\n"
                               "C001,Ann Smith,Lyon,1980,ann@example.com\n" // changed
                               "C002,Bob,Rome,1975,\n"                      // same
                               "C004,Dan,Oslo,1990,dan@example.com\n");     // new
    auto empty = snapshot(*db);
    ImportResult r1 = importFile(*db, opts(ImportKind::Customers, v1));
    EXPECT_EQ(r1.rowsNew, 3);
    auto afterFirst = snapshot(*db);

    ImportResult r2 = importFile(*db, opts(ImportKind::Customers, v2));
    EXPECT_EQ(r2.rowsNew, 1);
    EXPECT_EQ(r2.rowsUpdated, 1);
    EXPECT_EQ(r2.rowsUnchanged, 1);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM customers"), 4); // no duplicate customers
    EXPECT_EQ(dump(*db, "SELECT name, city FROM customers WHERE external_id = 'C001'"),
              std::vector<std::string>{"Ann Smith|Lyon"});
    // The re-import keeps the first import's created_at (empty = keep).
    EXPECT_EQ(db->queryInt("SELECT created_at FROM customers WHERE external_id = 'C001'"),
              toEpoch(2024, 6, 1));
    CustomerRepository repo(*db);
    EXPECT_EQ(repo.search("Lyon").size(), 1u); // the full-text index followed the update

    // Undoing an earlier import while a later one is in place is refused.
    EXPECT_THROW(undoImport(*db, r1.importId), InputError);

    UndoResult u2 = undoImport(*db, r2.importId);
    EXPECT_EQ(u2.rowsDeleted, 1);
    EXPECT_EQ(u2.rowsRestored, 1);
    auto afterUndo2 = snapshot(*db);
    EXPECT_EQ(afterUndo2, afterFirst);
    EXPECT_EQ(repo.search("Lyon").size(), 0u);
    EXPECT_EQ(repo.search("Paris").size(), 1u);
    EXPECT_THROW(undoImport(*db, r2.importId), InputError); // already undone

    undoImport(*db, r1.importId);
    EXPECT_EQ(snapshot(*db), empty);
    EXPECT_EQ(dump(*db, "SELECT id, status FROM import_log ORDER BY id"),
              (std::vector<std::string>{"1|undone", "2|undone"}));
    EXPECT_THROW(undoImport(*db, 99), InputError);

    auto log = listImports(*db);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].id, 2);
    EXPECT_EQ(log[0].kind, "customers");
    EXPECT_EQ(log[0].rowsNew, 1);
    EXPECT_EQ(log[0].rowsUpdated, 1);
    EXPECT_NE(log[0].options.find("\"rows_unchanged\":1"), std::string::npos);
}

// New rows go to the workspace in batches of up to 1024; a batch stops at the first row
// whose order id is stored already, keeps the rows before it and takes the rest one by one.
// Whatever the mix, the counts, the rows and the undo must be those of one-by-one inserts.
TEST_F(ImportSafety, ReimportWithKnownIdsInsideBatchesCountsAndUndoesEveryRow)
{
    addCustomers(*db, 100);
    std::string first = writeFile(dir, "first.csv", transactionsCsv(2000));
    ImportResult r1 = importFile(*db, opts(ImportKind::Transactions, first));
    ASSERT_EQ(r1.rowsNew, 2000);
    auto afterFirst = snapshot(*db);

    // 600 new orders, then the 2000 stored ones (every 10th with a new amount), then 700 new,
    // then a new order twice: the first batch breaks after 600 rows, later ones at once.
    std::string text = "order_id,customer_id,order_date,amount,channel\n";
    char buf[128];
    for (int i = 0; i < 600; ++i) {
        std::snprintf(buf, sizeof buf, "N%07d,C%03d,2024-03-01 10:00,12.50,web\n", i, 1 + i % 100);
        text += buf;
    }
    std::string stored = transactionsCsv(2000);
    stored.erase(0, stored.find('\n') + 1);
    int line = 0;
    for (std::size_t pos = 0; pos < stored.size(); ++line) {
        std::size_t end = stored.find('\n', pos);
        std::string row = stored.substr(pos, end - pos);
        if (line % 10 == 0)
            row.replace(row.find(",web") - 1, 1, "7"); // the last digit of the amount
        text += row + "\n";
        pos = end + 1;
    }
    for (int i = 0; i < 700; ++i) {
        std::snprintf(buf, sizeof buf, "M%07d,C%03d,2024-04-01 10:00,3.00,store\n", i, 1 + i % 100);
        text += buf;
    }
    text += "Z0000001,C001,2024-05-01 10:00,1.00,web\nZ0000001,C001,2024-05-01 10:00,1.00,web\n";
    ImportOptions o = opts(ImportKind::Transactions, writeFile(dir, "second.csv", text));
    o.mode = ImportMode::SkipBadRows;
    o.rejectsPath = dir.file("second.rejects.csv");
    ImportResult r2 = importFile(*db, o);
    EXPECT_EQ(r2.rowsRead, 600 + 2000 + 700 + 2);
    EXPECT_EQ(r2.rowsNew, 600 + 700 + 1);
    EXPECT_EQ(r2.rowsUpdated, 200) << "every 10th amount ended in 0 and now ends in 7";
    EXPECT_EQ(r2.rowsUnchanged, 1800);
    EXPECT_EQ(r2.rowsRejected, 1) << "the order id twice in the file";
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM transactions"), 2000 + 1301);
    EXPECT_EQ(db->queryInt("SELECT count(DISTINCT external_id) FROM transactions"), 3301);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM transactions WHERE amount = 12.5"), 600);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM transactions WHERE external_id LIKE 'M%'"), 700);

    UndoResult u = undoImport(*db, r2.importId);
    EXPECT_EQ(u.rowsDeleted, 1301);
    EXPECT_EQ(u.rowsRestored, r2.rowsUpdated);
    EXPECT_EQ(snapshot(*db), afterFirst);
}

TEST_F(ImportSafety, UndoRestoresRatingsAndKanoAnswers)
{
    addCustomers(*db, 2);
    std::string r1 = writeFile(
        dir, "r1.csv",
        "response_id,customer,date,nps,price_importance,price_performance,service_performance\n"
        "R1,C001,2024-01-01,9,6,5,7\n"
        "R2,C002,2024-01-02,3,,,\n");
    std::string r2 = writeFile(
        dir, "r2.csv",
        "response_id,customer,date,nps,price_importance,price_performance,service_performance\n"
        "R1,C001,2024-01-01,9,6,4,\n" // a rating changed, one removed
        "R2,C002,2024-01-02,3,,,\n"   // unchanged
        "R3,C001,2024-01-03,10,7,7,7\n");
    ImportResult a = importFile(*db, opts(ImportKind::Responses, r1));
    auto afterFirst = snapshot(*db);
    ImportResult b = importFile(*db, opts(ImportKind::Responses, r2));
    EXPECT_EQ(b.rowsUpdated, 1);
    EXPECT_EQ(b.rowsUnchanged, 1);
    EXPECT_EQ(b.rowsNew, 1);
    EXPECT_EQ(
        dump(
            *db,
            "SELECT a.code, r.importance, r.performance FROM attribute_ratings r JOIN attributes a "
            "ON a.id = r.attribute_id WHERE r.response_id = 1 ORDER BY a.code"),
        std::vector<std::string>{"price|6.0|4.0"});
    undoImport(*db, b.importId);
    EXPECT_EQ(snapshot(*db), afterFirst);
    undoImport(*db, a.importId);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM responses"), 0);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM attributes"), 0);

    std::string k1 = writeFile(
        dir, "k1.csv", "respondent,seat_functional,seat_dysfunctional\nP1,like,dislike\nP2,1,3\n");
    std::string k2 = writeFile(
        dir, "k2.csv",
        "respondent,seat_functional,seat_dysfunctional,meal_functional,meal_dysfunctional\n"
        "P1,like,live with,2,5\nP2,1,3,,\n");
    ImportOptions ko = opts(ImportKind::Kano, k1);
    ko.study = "Seats";
    ImportResult ka = importFile(*db, ko);
    auto afterKano = snapshot(*db);
    ko.file = k2;
    ImportResult kb = importFile(*db, ko);
    EXPECT_EQ(kb.rowsUpdated, 1);
    EXPECT_EQ(kb.rowsUnchanged, 1);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM kano_answers"), 3); // P1 seat and meal, P2 seat
    undoImport(*db, kb.importId);
    EXPECT_EQ(snapshot(*db), afterKano);
    undoImport(*db, ka.importId);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM kano_studies"), 0);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM kano_answers"), 0);
}

TEST_F(ImportSafety, CancelMidWayLeavesTheWorkspaceAsBefore)
{
    addCustomers(*db, 100);
    auto before = snapshot(*db);
    // Big enough for the bulk path that suspends the transaction indexes.
    std::string file = writeFile(dir, "t.csv", transactionsCsv(150000));
    ImportOptions o = opts(ImportKind::Transactions, file);
    int calls = 0;
    double seen = 0;
    auto progress = [&](double fraction, std::string_view) {
        ++calls;
        seen = fraction;
        return fraction < 0.5;
    };
    EXPECT_THROW(importFile(*db, o, progress), CancelledError);
    EXPECT_GE(seen, 0.5);
    EXPECT_LT(seen, 1.0);
    EXPECT_EQ(snapshot(*db), before);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM transactions"), 0);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM import_log"), 0);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                           "'transactions' AND name LIKE 'idx_%'"),
              2);
    EXPECT_FALSE(db->inTransaction());
    // The same file then imports completely, indexes rebuilt.
    ImportResult r = importFile(*db, o);
    EXPECT_EQ(r.rowsNew, 150000);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                           "'transactions' AND name LIKE 'idx_%'"),
              2);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM transactions WHERE customer_id = 7"), 1500);
    EXPECT_EQ(dump(*db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    EXPECT_EQ(dump(*db, "SELECT row_id, last_row_id FROM import_changes WHERE action = 'insert'"),
              std::vector<std::string>{"1|150000"}); // one run, not 150000 records
}

// A bulk load changes the connection's page cache, sorter threads, foreign-key checks and
// journal for its length; the connection is handed back as it was, also after a cancel.
TEST_F(ImportSafety, BulkImportGivesTheConnectionItsSettingsBack)
{
    addCustomers(*db, 100);
    db->exec("PRAGMA threads = 1");
    db->exec("PRAGMA cache_size = -3000");
    auto settings = [&] {
        return std::vector<std::string>{
            dump(*db, "PRAGMA threads").at(0), dump(*db, "PRAGMA cache_size").at(0),
            dump(*db, "PRAGMA foreign_keys").at(0), dump(*db, "PRAGMA journal_mode").at(0)};
    };
    const std::vector<std::string> before = settings();
    ASSERT_EQ(before, (std::vector<std::string>{"1", "-3000", "1", "wal"}));
    std::string file = writeFile(dir, "t.csv", transactionsCsv(150000));
    ImportOptions o = opts(ImportKind::Transactions, file);
    auto cancelAtIndexes = [](double, std::string_view status) {
        return status != "rebuilding indexes";
    };
    EXPECT_THROW(importFile(*db, o, cancelAtIndexes), CancelledError);
    EXPECT_EQ(settings(), before);
    EXPECT_EQ(importFile(*db, o).rowsNew, 150000);
    EXPECT_EQ(settings(), before);
}

TEST_F(ImportSafety, ExceptionMidWayLeavesTheWorkspaceAsBefore)
{
    addCustomers(*db, 100);
    auto before = snapshot(*db);
    std::string file = writeFile(dir, "t.csv", transactionsCsv(20000));
    auto progress = [&](double fraction, std::string_view) -> bool {
        if (fraction > 0.3)
            throw std::runtime_error("disk on fire");
        return true;
    };
    EXPECT_THROW(importFile(*db, opts(ImportKind::Transactions, file), progress),
                 std::runtime_error);
    EXPECT_EQ(snapshot(*db), before);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM import_log"), 0);
    EXPECT_FALSE(db->inTransaction());
}

// A process killed in the middle of an import (power cut, kill -9): SQLite's journal makes the
// half-written transaction vanish, so the file opens with the old data and passes the
// integrity check.
TEST_F(ImportSafety, KilledProcessLeavesTheWorkspaceAsBefore)
{
    addCustomers(*db, 100);
    auto before = snapshot(*db);
    std::string file = writeFile(dir, "t.csv", transactionsCsv(200000));
    db.reset(); // no connection may cross a fork
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        try {
            Database child(path);
            importFile(child, opts(ImportKind::Transactions, file),
                       [](double fraction, std::string_view) {
                           if (fraction > 0.6)
                               raise(SIGKILL);
                           return true;
                       });
        } catch (...) {
        }
        _exit(3); // only reached if the kill did not happen
    }
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
    EXPECT_EQ(WTERMSIG(status), SIGKILL);
    Database after(path);
    EXPECT_EQ(dump(after, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    EXPECT_EQ(snapshot(after), before);
    EXPECT_EQ(after.queryInt("SELECT count(*) FROM import_log"), 0);
    EXPECT_EQ(
        after.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                       "'transactions' AND name LIKE 'idx_%'"),
        2);
}

TEST_F(ImportSafety, SameFileWithoutIdsIsNotImportedTwiceByAccident)
{
    addCustomers(*db, 2);
    std::string file = writeFile(dir, "noid.csv",
                                 "customer_id,date,amount\nC001,2024-01-01,5\nC002,2024-01-02,6\n");
    importFile(*db, opts(ImportKind::Transactions, file));
    try {
        importFile(*db, opts(ImportKind::Transactions, file));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(e.reason().find("imported before (import #1"), std::string::npos) << e.what();
    }
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM transactions"), 2);
    ImportOptions again = opts(ImportKind::Transactions, file);
    again.allowRepeat = true;
    importFile(*db, again);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM transactions"), 4);
    // With ids the repeat is harmless: rows are matched and left unchanged.
    std::string keyed =
        writeFile(dir, "id.csv", "order_id,customer_id,date,amount\nK1,C001,2024-01-01,5\n");
    importFile(*db, opts(ImportKind::Transactions, keyed));
    ImportResult r = importFile(*db, opts(ImportKind::Transactions, keyed));
    EXPECT_EQ(r.rowsUnchanged, 1);
    ASSERT_EQ(r.notes.size(), 1u);
    EXPECT_NE(r.notes[0].find("imported before"), std::string::npos);
}

TEST_F(ImportSafety, BrokenQuotesStopTheImportWithFileLineAndColumn)
{
    auto before = snapshot(*db);
    for (auto [name, line, column] : {std::tuple{"broken_quote_unclosed.csv", 3, 2},
                                      std::tuple{"broken_quote_text_after.csv", 3, 2}}) {
        std::string file = vd::test::fixturePath(name);
        try {
            importFile(*db, opts(ImportKind::Customers, file));
            FAIL() << name;
        } catch (const InputError& e) {
            EXPECT_EQ(e.file(), file);
            EXPECT_EQ(e.line(), line) << name;
            EXPECT_EQ(e.column(), column) << name;
        }
    }
    EXPECT_EQ(snapshot(*db), before);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM import_log"), 0);
}

TEST_F(ImportSafety, WrongEncodingChoiceIsAnErrorWithTheLine)
{
    ImportOptions o = opts(ImportKind::Customers, vd::test::fixturePath("customers_gb18030.csv"));
    o.encoding = "UTF-8";
    try {
        importFile(*db, o);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.line(), 1);
        EXPECT_NE(e.reason().find("--encoding"), std::string::npos);
    }
    o.encoding = "gbk";
    EXPECT_EQ(importFile(*db, o).rowsNew, 4);
}
