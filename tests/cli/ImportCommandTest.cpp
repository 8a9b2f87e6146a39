#include "CliRunner.h"
#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using vd::test::runCli;

namespace {

std::string fixture(const std::string& name)
{
    return std::string(VD_TEST_DATA_DIR) + "/io/" + name;
}

std::string write(const vd::test::TempDir& dir, const std::string& name, const std::string& text)
{
    std::string p = dir.file(name);
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

std::string read(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> rows(vd::Database& db, const std::string& sql)
{
    std::vector<std::string> out;
    vd::Statement st = db.prepare(sql);
    while (st.step()) {
        std::string r;
        for (int c = 0; c < st.columnCount(); ++c)
            r += (c ? "|" : "") + (st.isNull(c) ? std::string("<null>") : st.getText(c));
        out.push_back(r);
    }
    return out;
}

class ImportCli : public ::testing::Test
{
protected:
    vd::test::TempDir dir;
    std::string ws = dir.file("w.vdw");
    void SetUp() override { ASSERT_EQ(runCli({"-w", ws, "init"}).code, 0); }
};

} // namespace

TEST_F(ImportCli, ImportsGb18030CustomersAndPrintsTheSummary)
{
    auto r = runCli(
        {"-w", ws, "--format", "csv", "import", "customers", fixture("customers_gb18030.csv")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "import_id,kind,read,new,updated,unchanged,rejected,encoding,delimiter,"
                     "rejects_file,seconds\r\n"
                     "1,customers,4,4,0,0,0,GB18030,comma,," +
                         r.out.substr(r.out.rfind(',') + 1));
    EXPECT_NE(r.err.find("100%"), std::string::npos) << "progress on stderr";
    vd::Database db(ws);
    EXPECT_EQ(rows(db, "SELECT name FROM customers WHERE external_id = 'C002'"),
              std::vector<std::string>{"王芳"});

    // Same file again: matched by id, nothing duplicated.
    auto again = runCli(
        {"-w", ws, "--format", "json", "import", "customers", fixture("customers_gb18030.csv")});
    ASSERT_EQ(again.code, 0) << again.err;
    EXPECT_NE(again.out.find("\"unchanged\": 4"), std::string::npos) << again.out;
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 4);
}

TEST_F(ImportCli, BadRowsAllOrNothingSkipAndDryRun)
{
    std::string file = dir.file("dups.csv");
    std::ofstream(file, std::ios::binary) << read(fixture("customers_duplicates.csv"));
    auto refused = runCli({"-w", ws, "import", "customers", file});
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find(file + ":4:1: column \"external_id\" value \"D001\": duplicate id"),
              std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("2 of 5 rows are invalid"), std::string::npos);
    vd::Database db(ws);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 0);

    auto dry = runCli(
        {"-w", ws, "--format", "csv", "import", "customers", file, "--skip-bad-rows", "--dry-run"});
    ASSERT_EQ(dry.code, 0) << dry.err;
    EXPECT_NE(dry.out.find(",customers,5,3,0,0,2,"), std::string::npos) << dry.out;
    EXPECT_NE(dry.err.find("dry run: nothing was written"), std::string::npos);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 0);

    auto skip =
        runCli({"-w", ws, "--format", "csv", "import", "customers", file, "--skip-bad-rows"});
    ASSERT_EQ(skip.code, 0) << skip.err;
    EXPECT_NE(skip.out.find(dir.file("dups.rejects.csv")), std::string::npos) << skip.out;
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 3);

    EXPECT_EQ(
        runCli({"-w", ws, "import", "customers", file, "--skip-bad-rows", "--all-or-nothing"}).code,
        2);
    EXPECT_EQ(runCli({"-w", ws, "import", "pets", file}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "import", "kano", fixture("kano_airline_en.csv")}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "import", "customers", file, "--encodnig", "gbk"}).code, 2);
}

TEST_F(ImportCli, LogAndUndo)
{
    std::string v1 = write(dir, "v1.csv", "id,name\nA1,Ann\nA2,Bob\n");
    std::string v2 = write(dir, "v2.csv", "id,name\nA1,Anne\nA3,Cy\n");
    ASSERT_EQ(runCli({"-w", ws, "import", "customers", v1}).code, 0);
    ASSERT_EQ(runCli({"-w", ws, "import", "customers", v2}).code, 0);
    auto log = runCli({"-w", ws, "--format", "csv", "import", "log"});
    ASSERT_EQ(log.code, 0) << log.err;
    EXPECT_NE(log.out.find("2,"), std::string::npos);
    EXPECT_NE(log.out.find(",customers," + v2 + ",1,1,0,done,"), std::string::npos) << log.out;
    EXPECT_EQ(runCli({"-w", ws, "import", "undo", "1"}).code, 1) << "newest first";
    auto undo = runCli({"-w", ws, "--format", "csv", "import", "undo", "2"});
    ASSERT_EQ(undo.code, 0) << undo.err;
    EXPECT_EQ(undo.out, "import_id,rows_deleted,rows_restored\r\n2,1,1\r\n");
    vd::Database db(ws);
    EXPECT_EQ(rows(db, "SELECT external_id, name FROM customers ORDER BY id"),
              (std::vector<std::string>{"A1|Ann", "A2|Bob"}));
    EXPECT_EQ(runCli({"-w", ws, "import", "undo", "x"}).code, 2);
}

TEST_F(ImportCli, DateOrderEncodingMapAndPreview)
{
    ASSERT_EQ(runCli({"-w", ws, "import", "customers", fixture("customers_gb18030.csv")}).code, 0);
    auto ask =
        runCli({"-w", ws, "import", "transactions", fixture("transactions_ambiguous_dates.csv")});
    EXPECT_EQ(ask.code, 1);
    EXPECT_NE(ask.err.find("--date-order"), std::string::npos) << ask.err;
    auto ok = runCli({"-w", ws, "import", "transactions",
                      fixture("transactions_ambiguous_dates.csv"), "--date-order", "mdy"});
    ASSERT_EQ(ok.code, 0) << ok.err;

    // preview needs no workspace; --save-map writes the automatic mapping to edit.
    std::string map = dir.file("map.json");
    auto pv = runCli({"--format", "csv", "import", "preview", "transactions",
                      fixture("transactions_semicolon_decimal_comma.csv"), "--save-map", map});
    ASSERT_EQ(pv.code, 0) << pv.err;
    EXPECT_NE(pv.err.find("delimiter semicolon"), std::string::npos) << pv.err;
    EXPECT_NE(pv.out.find("amount,number,amount,\"1.234,56\""), std::string::npos) << pv.out;
    std::string json = read(map);
    EXPECT_NE(json.find("\"Bestell-Nr\": null"), std::string::npos) << json;
    // Edit the mapping: the order number becomes the external id.
    json.replace(json.find("\"Bestell-Nr\": null"), 18, "\"Bestell-Nr\": \"external_id\"");
    std::ofstream(map, std::ios::binary) << json;
    auto mapped = runCli({"-w", ws, "import", "transactions",
                          fixture("transactions_semicolon_decimal_comma.csv"), "--map", map});
    ASSERT_EQ(mapped.code, 0) << mapped.err;
    vd::Database db(ws);
    EXPECT_EQ(
        rows(
            db,
            "SELECT external_id, amount FROM transactions WHERE external_id LIKE 'E%' ORDER BY id"),
        (std::vector<std::string>{"E1|1234.56", "E2|12.5", "E3|99.9", "E4|2000.0"}));
    auto wrongEnc = runCli(
        {"-w", ws, "import", "customers", fixture("customers_big5.csv"), "--encoding", "utf-8"});
    EXPECT_EQ(wrongEnc.code, 1);
    EXPECT_NE(wrongEnc.err.find(":1:"), std::string::npos) << wrongEnc.err;
}

// Everything exported imports into an empty workspace as the same data.
TEST_F(ImportCli, ExportImportRoundTrip)
{
    ASSERT_EQ(
        runCli({"-w", ws, "import", "customers", fixture("customers_utf8_bom_multiline.csv")}).code,
        0);
    ASSERT_EQ(runCli({"-w", ws, "import", "customers", fixture("customers_gb18030.csv")}).code, 0);
    {
        vd::Database db(ws);
        db.exec("UPDATE customers SET email = '', birth_year = 1984, consent_sms = 1 WHERE "
                "external_id = 'C003'");
    }
    ASSERT_EQ(runCli({"-w", ws, "import", "transactions", fixture("transactions_messy_numbers.csv"),
                      "--date-order", "mdy"})
                  .code,
              0);
    ASSERT_EQ(runCli({"-w", ws, "import", "interactions", fixture("interactions_zh.csv"),
                      "--skip-bad-rows", "--rejects", dir.file("i.rej")})
                  .code,
              0);
    ASSERT_EQ(runCli({"-w", ws, "import", "responses", fixture("responses_out_of_range.csv"),
                      "--skip-bad-rows", "--rejects", dir.file("r.rej")})
                  .code,
              0);
    ASSERT_EQ(runCli({"-w", ws, "import", "cases", fixture("cases.csv"), "--skip-bad-rows",
                      "--rejects", dir.file("c.rej")})
                  .code,
              0);
    ASSERT_EQ(
        runCli({"-w", ws, "import", "kano", fixture("kano_airline_zh.csv"), "--study", "Air"}).code,
        0);

    std::string ws2 = dir.file("w2.vdw");
    ASSERT_EQ(runCli({"-w", ws2, "init"}).code, 0);
    for (const char* kind : {"customers", "transactions", "interactions", "responses", "cases"}) {
        std::string table = std::string(kind) == "cases" ? "feedback_cases" : kind;
        std::string out = dir.file(std::string(kind) + ".csv");
        auto e = runCli({"-w", ws, "export", table, "--output", out, "--bom"});
        ASSERT_EQ(e.code, 0) << e.err;
        auto i = runCli({"-w", ws2, "import", kind, out});
        ASSERT_EQ(i.code, 0) << kind << ": " << i.err;
    }
    std::string kano = dir.file("kano.csv");
    ASSERT_EQ(runCli({"-w", ws, "export", "kano", "Air", "-o", kano}).code, 0);
    ASSERT_EQ(runCli({"-w", ws2, "import", "kano", kano, "--study", "Air"}).code, 0);

    vd::Database a(ws), b(ws2);
    const char* queries[] = {
        "SELECT * FROM customers ORDER BY id",
        "SELECT t.*, c.external_id FROM transactions t JOIN customers c ON c.id = t.customer_id "
        "ORDER BY t.id",
        "SELECT * FROM interactions ORDER BY id",
        "SELECT r.external_id, c.external_id, r.ts, r.channel, r.touchpoint, r.nps, r.csat, r.ces, "
        "r.comment "
        "FROM responses r LEFT JOIN customers c ON c.id = r.customer_id ORDER BY r.id",
        "SELECT * FROM feedback_cases ORDER BY id",
        "SELECT r.external_id, f.code, a.functional, a.dysfunctional, a.importance FROM "
        "kano_answers a "
        "JOIN kano_respondents r ON r.id = a.respondent_id JOIN kano_features f ON f.id = "
        "a.feature_id "
        "ORDER BY r.external_id, f.position",
    };
    for (const char* q : queries) {
        auto ra = rows(a, q);
        EXPECT_FALSE(ra.empty()) << q;
        EXPECT_EQ(ra, rows(b, q)) << q;
    }
    // The empty string and NULL stay apart.
    EXPECT_EQ(rows(b, "SELECT quote(email), birth_year, consent_sms FROM customers WHERE "
                      "external_id = 'C003'"),
              std::vector<std::string>{"''|1984|1"});
}

TEST_F(ImportCli, ExportFormatsSegmentsAndQueries)
{
    ASSERT_EQ(runCli({"-w", ws, "import", "customers", fixture("customers_gb18030.csv")}).code, 0);
    {
        vd::Database db(ws);
        db.exec("INSERT INTO segments (id, name, kind, created_at) VALUES (1, 'vip', 'manual', 1);"
                "INSERT INTO segment_members VALUES (1, 2, 'gold'), (1, 4, 'silver')");
    }
    std::string csv = dir.file("c.csv");
    auto e = runCli({"-w", ws, "export", "customers", "-o", csv, "--bom"});
    ASSERT_EQ(e.code, 0) << e.err;
    EXPECT_NE(e.err.find("exported 4 rows"), std::string::npos);
    std::string text = read(csv);
    EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(text.find("\r\n1,C001,张伟,"), std::string::npos) << text;
    EXPECT_NE(text.find(",2023-01-05 00:00:00\r\n"), std::string::npos) << text;

    auto json = runCli({"-w", ws, "export", "segment", "vip", "--as", "json"});
    ASSERT_EQ(json.code, 0) << json.err;
    EXPECT_NE(json.out.find("\"external_id\": \"C002\""), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("\"segment_label\": \"silver\""), std::string::npos);
    EXPECT_NE(json.out.find("\"email\": null"), std::string::npos);
    EXPECT_EQ(runCli({"-w", ws, "export", "segment", "nobody"}).code, 1);

    auto q = runCli({"-w", ws, "export", "query",
                     "SELECT city, count(*) AS n FROM customers GROUP BY city ORDER BY city"});
    ASSERT_EQ(q.code, 0) << q.err;
    EXPECT_EQ(q.out, "city,n\r\n上海,1\r\n北京,1\r\n广州,1\r\n深圳,1\r\n");
    EXPECT_EQ(runCli({"-w", ws, "export", "query", "DELETE FROM customers"}).code, 1);
    EXPECT_EQ(runCli({"-w", ws, "export", "query", "SELECT 1; DELETE FROM customers"}).code, 1);
    EXPECT_EQ(runCli({"-w", ws, "export", "no_such_table"}).code, 1);
    auto tables = runCli({"-w", ws, "--format", "csv", "export", "tables"});
    EXPECT_NE(tables.out.find("current_predictions\r\n"), std::string::npos);
    vd::Database db(ws);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 4);
}

// The CLI process is killed (SIGKILL) in the middle of a large import; the workspace must
// pass PRAGMA integrity_check and hold exactly what it held before.
TEST_F(ImportCli, KilledInTheMiddleOfALargeImport)
{
    ASSERT_EQ(runCli({"-w", ws, "import", "customers", fixture("customers_gb18030.csv")}).code, 0);
    std::string big = dir.file("big.csv");
    {
        std::ofstream out(big, std::ios::binary);
        out << "order_id,customer_id,date,amount\n";
        for (int i = 0; i < 600000; ++i)
            out << "X" << i << ",C00" << (1 + i % 4) << ",2024-01-" << (10 + i % 18) << " 12:00,"
                << (i % 500) << ".5\n";
    }
    int errPipe[2];
    ASSERT_EQ(pipe(errPipe), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
    posix_spawn_file_actions_addclose(&actions, errPipe[0]);
    std::vector<std::string> args = {VD_CLI_PATH, "-w", ws, "import", "transactions", big};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, VD_CLI_PATH, &actions, nullptr, argv.data(), environ), 0);
    close(errPipe[1]);
    // Wait for a progress line past 30 %, then kill.
    std::string err;
    char buf[256];
    bool killed = false;
    ssize_t n = 0;
    while ((n = read(errPipe[0], buf, sizeof buf)) > 0) {
        err.append(buf, static_cast<std::size_t>(n));
        for (int pct = 30; pct < 90 && !killed; ++pct)
            if (err.find(" " + std::to_string(pct) + "% importing") != std::string::npos) {
                kill(pid, SIGKILL);
                killed = true;
            }
        if (killed)
            break;
    }
    close(errPipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);
    ASSERT_TRUE(killed) << "no progress seen: " << err;
    ASSERT_TRUE(WIFSIGNALED(status));
    vd::Database db(ws);
    EXPECT_EQ(rows(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM transactions"), 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customers"), 4);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM import_log"), 1);
}
