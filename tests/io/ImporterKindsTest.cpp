#include <gtest/gtest.h>

#include "io/ImportTestSupport.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/io/Importer.h"
#include "valuedesk/io/Sha256.h"

using namespace vd;
using namespace vd::io;
using vd::date::toEpoch;
using vd::test::addCustomers;
using vd::test::dump;
using vd::test::fixturePath;
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

class ImportKinds : public ::testing::Test
{
protected:
    test::TempDir dir;
    Database db{dir.file("w.vdw")};
};

} // namespace

TEST_F(ImportKinds, CustomersInGb18030WithChineseHeaders)
{
    ImportResult r = importFile(db, opts(ImportKind::Customers, fixturePath("customers_gb18030.csv")));
    EXPECT_EQ(r.encoding, "GB18030");
    EXPECT_EQ(r.delimiter, ',');
    EXPECT_EQ(r.rowsRead, 4);
    EXPECT_EQ(r.rowsNew, 4);
    EXPECT_EQ(r.rowsRejected, 0);
    EXPECT_TRUE(r.committed);
    EXPECT_GT(r.importId, 0);
    // 性别 maps to gender; every column is mapped.
    EXPECT_TRUE(r.unmappedColumns.empty());
    auto rows = dump(db, "SELECT external_id, name, city, channel, gender, phone, created_at FROM "
                         "customers ORDER BY external_id");
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0], "C001|张伟|北京|门店|男|13800000001|" + std::to_string(toEpoch(2023, 1, 5)));
    EXPECT_EQ(rows[3], "C004|刘洋|深圳|门店|男|13800000004|" + std::to_string(toEpoch(2023, 3, 18)));
    // The log names the file and its SHA-256.
    auto log = dump(db, "SELECT kind, sha256, rows_new, rows_updated, rows_rejected, status FROM import_log");
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0], "customers|" + Sha256::hexOfFile(fixturePath("customers_gb18030.csv")) + "|4|0|0|done");
}

TEST_F(ImportKinds, CustomersInBig5)
{
    ImportResult r = importFile(db, opts(ImportKind::Customers, fixturePath("customers_big5.csv")));
    EXPECT_EQ(r.encoding, "BIG5");
    EXPECT_EQ(r.rowsNew, 3);
    EXPECT_EQ(dump(db, "SELECT name, city, channel, created_at FROM customers WHERE external_id = 'T001'"),
              std::vector<std::string>{"陳怡君|臺北|門市|" + std::to_string(toEpoch(2023, 1, 5))});
}

TEST_F(ImportKinds, ExcelUnicodeTextIsUtf16WithTabs)
{
    ImportResult r = importFile(db, opts(ImportKind::Customers, fixturePath("customers_utf16le_bom.tsv")));
    EXPECT_EQ(r.encoding, "UTF-16LE");
    EXPECT_EQ(r.delimiter, '\t');
    EXPECT_EQ(dump(db, "SELECT external_id, name, city, email FROM customers ORDER BY id"),
              (std::vector<std::string>{"U001|Anna Müller|München|anna@example.de",
                                        "U002|赵敏|杭州|zhao@example.cn"}));
}

TEST_F(ImportKinds, QuotedFieldsWithLineBreaksAndBom)
{
    ImportResult r = importFile(db, opts(ImportKind::Customers, fixturePath("customers_utf8_bom_multiline.csv")));
    EXPECT_EQ(r.encoding, "UTF-8");
    EXPECT_EQ(r.rowsNew, 3);
    EXPECT_EQ(dump(db, "SELECT name, company, values_tags FROM customers ORDER BY external_id"),
              (std::vector<std::string>{"Smith, John|ACME \"Coffee\" Ltd|quality\r\nservice",
                                        "Jane Doe|Line one\r\nline two\r\nline three|price",
                                        "  padded  |<null>|<null>"}));
}

TEST_F(ImportKinds, SemicolonsDecimalCommasAndDottedDates)
{
    addCustomers(db, 4);
    ImportResult r = importFile(db, opts(ImportKind::Transactions,
                                         fixturePath("transactions_semicolon_decimal_comma.csv")));
    EXPECT_EQ(r.delimiter, ';');
    EXPECT_EQ(r.rowsNew, 4);
    EXPECT_EQ(r.unmappedColumns, std::vector<std::string>{"Bestell-Nr"});
    EXPECT_EQ(dump(db, "SELECT customer_id, ts, amount, cost FROM transactions ORDER BY id"),
              (std::vector<std::string>{
                  "1|" + std::to_string(toEpoch(2024, 3, 5)) + "|1234.56|800.0",
                  "2|" + std::to_string(toEpoch(2024, 3, 6)) + "|12.5|7.25",
                  "3|" + std::to_string(toEpoch(2024, 3, 7)) + "|99.9|<null>",
                  "4|" + std::to_string(toEpoch(2024, 12, 31, 23, 59)) + "|2000.0|1500.5"}));
}

TEST_F(ImportKinds, MessyMoneyAndMixedDateFormats)
{
    addCustomers(db, 4);
    ImportOptions o = opts(ImportKind::Transactions, fixturePath("transactions_messy_numbers.csv"));
    // 3/10/2024 could be 3 October or 10 March, and nothing else in the column decides.
    try {
        importFile(db, o);
        FAIL() << "expected DateOrderNeededError";
    } catch (const DateOrderNeededError& e) {
        EXPECT_EQ(e.columnName(), "下单时间");
        EXPECT_EQ(e.example(), "3/10/2024 2:30 PM");
        EXPECT_EQ(e.line(), 7);
        EXPECT_EQ(e.column(), 3);
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM import_log"), 0);
    o.dateOrder = DateOrder::MonthFirst;
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsNew, 6);
    EXPECT_EQ(dump(db, "SELECT external_id, customer_id, ts, amount, is_return, product FROM "
                       "transactions ORDER BY id"),
              (std::vector<std::string>{
                  "N1|1|" + std::to_string(toEpoch(2024, 3, 5, 10, 15)) + "|1234.5|0|拿铁",
                  "N2|2|" + std::to_string(toEpoch(2024, 3, 6, 14, 30)) + "|88.0|0|美式",
                  "N3|3|" + std::to_string(toEpoch(2024, 3, 7, 9, 5)) + "|-12.0|1|退货-蛋糕",
                  "N4|4|" + std::to_string(toEpoch(2024, 3, 8, 8, 0)) + "|12000.0|0|年卡",
                  "N5|1|" + std::to_string(toEpoch(2024, 3, 9)) + "|3456.7|0|礼盒",
                  "N6|2|" + std::to_string(toEpoch(2024, 3, 10, 14, 30)) + "|45.0|0|豆子"}));
}

TEST_F(ImportKinds, AmbiguousDayMonthIsAskedNeverGuessed)
{
    addCustomers(db, 3);
    ImportOptions o = opts(ImportKind::Transactions, fixturePath("transactions_ambiguous_dates.csv"));
    EXPECT_THROW(importFile(db, o), DateOrderNeededError);
    o.dateOrder = DateOrder::DayFirst;
    importFile(db, o);
    EXPECT_EQ(db.queryInt("SELECT ts FROM transactions WHERE external_id = 'A1'"), toEpoch(2024, 3, 5));
    EXPECT_EQ(db.queryInt("SELECT ts FROM transactions WHERE external_id = 'A3'"), toEpoch(2024, 5, 7));
}

TEST_F(ImportKinds, OneDecidingValueAnywhereInTheColumnDecides)
{
    addCustomers(db, 1);
    std::string text = "order_id,customer_id,date,amount\n";
    for (int i = 0; i < 3000; ++i)
        text += "O" + std::to_string(i) + ",C001,05/03/2024,1\n";
    text += "LAST,C001,25/12/2024,1\n"; // the only value that decides: day first
    ImportResult r = importFile(db, opts(ImportKind::Transactions, writeFile(dir, "late.csv", text)));
    EXPECT_EQ(r.rowsNew, 3001);
    EXPECT_EQ(r.mapping.dateOrder, DateOrder::Unknown); // decided per column, not by the user
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM transactions WHERE ts = ?", toEpoch(2024, 3, 5)), 3000);
    EXPECT_EQ(db.queryInt("SELECT ts FROM transactions WHERE external_id = 'LAST'"), toEpoch(2024, 12, 25));

    // A column that proves both orders is refused before anything is written.
    std::string mixed = "order_id,customer_id,date,amount\nX1,C001,13/01/2024,1\nX2,C001,01/13/2024,1\n";
    try {
        importFile(db, opts(ImportKind::Transactions, writeFile(dir, "mixed.csv", mixed)));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(e.reason().find("mixes day-first"), std::string::npos) << e.what();
        EXPECT_EQ(e.line(), 3);
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM transactions"), 3001);
}

TEST_F(ImportKinds, ResponsesWithScoresRatingsAndRejects)
{
    addCustomers(db, 4);
    ImportOptions o = opts(ImportKind::Responses, fixturePath("responses_out_of_range.csv"));
    o.mode = ImportMode::SkipBadRows;
    o.rejectsPath = dir.file("responses.rejects.csv");
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsRead, 5);
    EXPECT_EQ(r.rowsNew, 1);
    EXPECT_EQ(r.rowsRejected, 4);
    // Every problem: line, column number and name, value, reason.
    ASSERT_EQ(r.issues.size(), 5u);
    EXPECT_EQ(r.issues[0].line, 3);
    EXPECT_EQ(r.issues[0].column, 5);
    EXPECT_EQ(r.issues[0].columnName, "推荐意愿");
    EXPECT_EQ(r.issues[0].value, "11");
    EXPECT_EQ(r.issues[0].reason, "score out of range: nps must be 0 to 10");
    EXPECT_EQ(r.issues[1].columnName, "满意度");
    EXPECT_EQ(r.issues[1].reason, "score out of range: csat must be 1 to 5");
    EXPECT_EQ(r.issues[2].columnName, "费力度");
    EXPECT_EQ(r.issues[2].line, 4);
    EXPECT_EQ(r.issues[3].columnName, "price_performance");
    EXPECT_EQ(r.issues[3].value, "9");
    EXPECT_EQ(r.issues[4].columnName, "客户编号");
    EXPECT_NE(r.issues[4].reason.find("unknown customer"), std::string::npos);
    EXPECT_EQ(r.issues[4].describe("f.csv"),
              "f.csv:6:2: column \"客户编号\" value \"C009\": " + r.issues[4].reason);

    EXPECT_EQ(dump(db, "SELECT external_id, customer_id, touchpoint, nps, csat, ces, comment FROM responses"),
              std::vector<std::string>{"R1|1|checkout|9|5|2|很好"});
    EXPECT_EQ(dump(db, "SELECT a.code, r.importance, r.performance, r.expectation FROM attribute_ratings r "
                       "JOIN attributes a ON a.id = r.attribute_id ORDER BY a.code"),
              (std::vector<std::string>{"price|6.0|5.0|<null>", "服务态度|7.0|6.0|<null>"}));
    // The rejects file: original columns, then the reason; UTF-8 with a BOM.
    std::string rejects = test::readText(o.rejectsPath);
    EXPECT_EQ(rejects.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(rejects.find("response_id,客户编号,日期"), std::string::npos);
    EXPECT_NE(rejects.find(",reason\r\n"), std::string::npos);
    EXPECT_NE(rejects.find("R3,C003,2024-03-03,delivery,6,0,8,太慢了,4,3,5,2,\"line 4, column "
                           "\"\"满意度\"\": score out of range: csat must be 1 to 5; line 4, column "
                           "\"\"费力度\"\": score out of range: ces must be 1 to 7\"\r\n"),
              std::string::npos)
        << rejects;
    EXPECT_EQ(r.rejectsPath, o.rejectsPath);
}

TEST_F(ImportKinds, KanoWideFormInChinese)
{
    ImportOptions o = opts(ImportKind::Kano, fixturePath("kano_airline_zh.csv"));
    o.study = "航空公司";
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsNew, 4);
    EXPECT_EQ(dump(db, "SELECT name FROM kano_studies"), std::vector<std::string>{"航空公司"});
    EXPECT_EQ(dump(db, "SELECT code, position FROM kano_features ORDER BY position"),
              (std::vector<std::string>{"准点起飞|0", "舒适座椅|1", "免费升舱|2"}));
    // Codes: 1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike.
    auto answers = dump(db, "SELECT r.external_id, f.code, a.functional, a.dysfunctional, a.importance "
                            "FROM kano_answers a JOIN kano_respondents r ON r.id = a.respondent_id "
                            "JOIN kano_features f ON f.id = a.feature_id ORDER BY r.external_id, f.position");
    EXPECT_EQ(answers, (std::vector<std::string>{
                           "K1|准点起飞|2|5|9.0", "K1|舒适座椅|1|5|<null>", "K1|免费升舱|1|3|<null>",
                           "K2|准点起飞|2|5|8.0", "K2|舒适座椅|1|4|<null>", "K2|免费升舱|1|3|<null>",
                           "K3|准点起飞|3|5|7.0", "K3|舒适座椅|1|5|<null>", "K3|免费升舱|1|4|<null>",
                           "K4|准点起飞|2|5|<null>", "K4|舒适座椅|2|5|<null>", "K4|免费升舱|3|3|<null>"}));
}

TEST_F(ImportKinds, KanoWideFormInEnglishMatchesExistingFeatures)
{
    db.exec("INSERT INTO kano_studies (id, name, created_at) VALUES (7, 'Airline', 0);"
            "INSERT INTO kano_features (id, study_id, code, name, position) VALUES "
            "(70, 7, 'on_time_departure', 'On-time departure', 0)");
    ImportOptions o = opts(ImportKind::Kano, fixturePath("kano_airline_en.csv"));
    o.study = "Airline";
    o.mode = ImportMode::SkipBadRows;
    o.rejectsPath = dir.file("kano.rejects.csv");
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsNew, 3);
    EXPECT_EQ(r.rowsRejected, 1);
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].line, 5);
    EXPECT_EQ(r.issues[0].value, "maybe");
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM kano_studies"), 1);
    EXPECT_EQ(dump(db, "SELECT id, code FROM kano_features ORDER BY position"),
              (std::vector<std::string>{"70|on_time_departure", "71|comfortable_seat", "72|free_upgrade"}));
    EXPECT_EQ(dump(db, "SELECT r.external_id, a.feature_id, a.functional, a.dysfunctional FROM kano_answers a "
                       "JOIN kano_respondents r ON r.id = a.respondent_id ORDER BY r.external_id, a.feature_id"),
              (std::vector<std::string>{"E1|70|2|5", "E1|71|1|5", "E1|72|1|3", "E2|70|2|5", "E2|71|1|5",
                                        "E2|72|1|3", "E3|70|2|5", "E3|71|1|4", "E3|72|1|4"}));
    // A Kano import without a study is refused.
    o.study.clear();
    EXPECT_THROW(importFile(db, o), InputError);
}

TEST_F(ImportKinds, InteractionsWithChineseChannels)
{
    addCustomers(db, 4);
    ImportOptions o = opts(ImportKind::Interactions, fixturePath("interactions_zh.csv"));
    o.mode = ImportMode::SkipBadRows;
    o.rejectsPath = dir.file("i.rejects.csv");
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsNew, 3);
    EXPECT_EQ(r.rowsRejected, 1);
    EXPECT_EQ(r.issues[0].value, "传真");
    EXPECT_EQ(dump(db, "SELECT customer_id, channel, touchpoint, summary FROM interactions ORDER BY id"),
              (std::vector<std::string>{"1|store|点单|询问新品", "2|phone|投诉|咖啡太凉", "3|social|活动|参加集点"}));
}

TEST_F(ImportKinds, FeedbackCases)
{
    addCustomers(db, 3);
    ImportOptions o = opts(ImportKind::Cases, fixturePath("cases.csv"));
    o.mode = ImportMode::SkipBadRows;
    o.rejectsPath = dir.file("c.rejects.csv");
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsNew, 2);
    EXPECT_EQ(r.rowsRejected, 1);
    EXPECT_EQ(r.issues[0].reason, "score out of range: sentiment must be -1 to 1");
    EXPECT_EQ(dump(db, "SELECT external_id, customer_id, status, owner, opened_at, due_at, sentiment FROM "
                       "feedback_cases ORDER BY id"),
              (std::vector<std::string>{
                  "F1|1|new|Li|" + std::to_string(toEpoch(2024, 3, 1, 9)) + "|" +
                      std::to_string(toEpoch(2024, 3, 3, 9)) + "|-0.6",
                  "F2|2|resolved|Wang|" + std::to_string(toEpoch(2024, 3, 2, 10)) + "|" +
                      std::to_string(toEpoch(2024, 3, 4, 10)) + "|-0.4"}));
}

TEST_F(ImportKinds, TransactionRulesNegativeAmountsUnknownCustomersFieldCounts)
{
    addCustomers(db, 2);
    std::string text = "order_id,customer_id,date,amount,return,qty\n"
                       "T1,C001,2024-01-01,10,no,1\n"
                       "T2,C001,2024-01-02,-5,no,1\n"      // negative, not a return
                       "T3,C001,2024-01-03,-5,yes,-1\n"    // a return: fine
                       "T4,C777,2024-01-04,5,no,1\n"       // unknown customer
                       "T5,C002,2024-01-05,5\n"            // too few fields
                       "T6,C002,2024-13-01,5,no,1\n"       // no such month
                       "T7,C002,2024-01-07,abc,no,1\n"     // not a number
                       "T8,C002,2024-01-08,5,perhaps,1\n"  // not yes/no
                       "T9,,2024-01-09,5,no,1\n"           // missing customer
                       "T10,C999,2024-02-30,-1,no,1\n";    // three issues, in column order
    ImportOptions o = opts(ImportKind::Transactions, writeFile(dir, "t.csv", text));
    o.mode = ImportMode::SkipBadRows;
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsNew, 2);
    EXPECT_EQ(r.rowsRejected, 8);
    std::vector<std::string> reasons;
    for (const auto& i : r.issues)
        reasons.push_back(std::to_string(i.line) + " " + i.columnName + ": " + i.reason);
    EXPECT_EQ(reasons, (std::vector<std::string>{
                           "3 amount: negative amount in a row not marked as a return",
                           "5 customer_id: unknown customer id (not in the workspace; import the customers first)",
                           "6 : the row has 4 fields but the header has 6",
                           "7 date: bad date: no such date (2024-13-01)",
                           "8 amount: not a number (not a number)",
                           "9 return: not yes/no (use 1/0, yes/no, true/false, 是/否)",
                           "10 customer_id: missing customer id",
                           "11 customer_id: unknown customer id (not in the workspace; import the customers first)",
                           "11 date: bad date: no such date (2024-02-30)",
                           "11 amount: negative amount in a row not marked as a return"}));
    EXPECT_EQ(dump(db, "SELECT external_id, amount, is_return, quantity FROM transactions ORDER BY id"),
              (std::vector<std::string>{"T1|10.0|0|1", "T3|-5.0|1|-1"}));
    EXPECT_EQ(test::readText(defaultRejectsPath(o.file)).substr(0, 3), "\xEF\xBB\xBF");
}

TEST_F(ImportKinds, SeparateDateAndTimeColumnsAndMargin)
{
    addCustomers(db, 1);
    std::string text = "会员号,日期,时间,金额,毛利\nC001,2024-03-05,14:30,100,40\n";
    importFile(db, opts(ImportKind::Transactions, writeFile(dir, "dt.csv", text)));
    EXPECT_EQ(dump(db, "SELECT ts, amount, cost FROM transactions"),
              std::vector<std::string>{std::to_string(toEpoch(2024, 3, 5, 14, 30)) + "|100.0|60.0"});
}

TEST_F(ImportKinds, MissingRequiredColumnsAreNamed)
{
    std::string text = "name,city\nAnn,Paris\n";
    try {
        importFile(db, opts(ImportKind::Customers, writeFile(dir, "c.csv", text)));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(e.reason().find("external_id"), std::string::npos);
        EXPECT_NE(e.reason().find("\"name\", \"city\""), std::string::npos);
    }
    EXPECT_THROW(importFile(db, opts(ImportKind::Customers, writeFile(dir, "empty.csv", ""))), InputError);
    EXPECT_THROW(importFile(db, opts(ImportKind::Customers, dir.file("nope.csv"))), InputError);
    ImportResult r = importFile(db, opts(ImportKind::Customers, writeFile(dir, "h.csv", "external_id,name\n")));
    EXPECT_EQ(r.rowsRead, 0);
    EXPECT_TRUE(r.committed);
}

TEST_F(ImportKinds, SavedMappingMatchesByNameInAnyOrder)
{
    addCustomers(db, 2);
    Mapping m;
    m.kind = ImportKind::Transactions;
    m.columns = {{"Beleg", "external_id"}, {"Kunde", "customer"}, {"Wann", "ts"}, {"Summe", "amount"}};
    m.dateOrder = DateOrder::DayFirst;
    std::string jsonPath = dir.file("map.json");
    m.save(jsonPath);
    // Columns in another order than the mapping lists them, plus an extra one.
    std::string text = "Summe,Extra,Wann,Kunde,Beleg\n12.5,x,02/03/2024,C002,B1\n";
    ImportOptions o = opts(ImportKind::Transactions, writeFile(dir, "m.csv", text));
    o.mapping = Mapping::load(jsonPath);
    ImportResult r = importFile(db, o);
    EXPECT_EQ(r.rowsNew, 1);
    EXPECT_EQ(r.unmappedColumns, std::vector<std::string>{"Extra"});
    EXPECT_EQ(dump(db, "SELECT external_id, customer_id, ts, amount FROM transactions"),
              std::vector<std::string>{"B1|2|" + std::to_string(toEpoch(2024, 3, 2)) + "|12.5"});
    // A mapping that names a column the file lacks is refused.
    ImportOptions bad = opts(ImportKind::Transactions, writeFile(dir, "m2.csv", "Summe,Wann,Kunde\n1,02/03/2024,C001\n"));
    bad.mapping = m;
    EXPECT_THROW(importFile(db, bad), InputError);
    // And so is a mapping for another kind.
    ImportOptions other = opts(ImportKind::Customers, o.file);
    other.mapping = m;
    EXPECT_THROW(importFile(db, other), InputError);
}

TEST_F(ImportKinds, PreviewShowsDetectedFormatTypesAndMapping)
{
    FilePreview p = previewFile(fixturePath("customers_gb18030.csv"), ImportKind::Customers);
    EXPECT_EQ(p.encoding.name, "GB18030");
    EXPECT_EQ(p.delimiter, ',');
    ASSERT_EQ(p.columns.size(), 7u);
    EXPECT_EQ(p.columns[0].header, "客户编号");
    EXPECT_EQ(p.columns[0].target, "external_id");
    EXPECT_EQ(p.columns[0].type, ColumnType::Text);
    EXPECT_EQ(p.columns[5].type, ColumnType::Date);
    EXPECT_EQ(p.columns[6].type, ColumnType::Integer);
    EXPECT_EQ(p.rows.size(), 4u);
    EXPECT_EQ(p.rows[1][1], "王芳");
    EXPECT_EQ(p.estimatedRows, 4);

    FilePreview a = previewFile(fixturePath("transactions_ambiguous_dates.csv"), ImportKind::Transactions);
    EXPECT_TRUE(a.columns[2].dateOrderNeeded);
    FilePreview s = previewFile(fixturePath("transactions_semicolon_decimal_comma.csv"), ImportKind::Transactions);
    EXPECT_EQ(s.delimiter, ';');
    EXPECT_EQ(s.columns[3].decimal, DecimalMark::Comma);
    EXPECT_EQ(s.columns[3].type, ColumnType::Number);
}
