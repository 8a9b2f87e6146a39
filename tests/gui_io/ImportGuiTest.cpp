#include "ExportHelper.h"
#include "ImportIssueModel.h"
#include "ImportLogModel.h"
#include "ImportMappingModel.h"
#include "ImportPage.h"
#include "ImportPreviewModel.h"
#include "WorkspaceSession.h"
#include "io/ImportTestSupport.h"
#include "support/GuiWait.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/io/ImportLog.h"
#include "valuedesk/io/Sha256.h"
#include "valuedesk/storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace vd;
using namespace vd::gui;
using vd::test::readText;
using vd::test::writeFile;

namespace {

// Chinese headers as a Shanghai shop system writes them; every one has a synonym in
// src/core/io/Mapping.cpp (客户编号 -> external_id, 姓名 -> name, 城市 -> city,
// 注册日期 -> created_at).
const char* kCustomersCsv = "客户编号,姓名,城市,注册日期\n"
                            "C001,张三,上海,2024-01-05\n"
                            "C002,李四,北京,2024-02-10\n"
                            "C003,王五,广州,2024-03-15\n";

// Dates with the year last and every day <= 12: nothing in the file decides day/month order.
// Row 4 names a customer that does not exist.
const char* kTransactionsCsv = "order_id,customer_id,order_date,amount\n"
                               "A1,C001,05/03/2024,10.00\n"
                               "A2,C002,06/04/2024,\"1,234.50\"\n"
                               "A3,C999,07/05/2024,30.00\n";

class ImportGui : public ::testing::Test
{
protected:
    test::TempDir dir;
    std::string workspace = dir.file("w.vdw");
    WorkspaceSession session;

    void SetUp() override { session.open(QString::fromStdString(workspace)); }

    std::int64_t countRows(const char* table)
    {
        return session.db().queryInt(std::string("SELECT COUNT(*) FROM ") + table);
    }

    static void waitIdle(ImportPage& page)
    {
        ASSERT_EVENTUALLY(!page.isBusy(), 20000);
        QApplication::processEvents();
    }
};

io::FilePreview previewOf(const std::string& path, io::ImportKind kind)
{
    return io::previewFile(path, kind);
}

} // namespace

TEST_F(ImportGui, MappingModelPassesTesterAutoMapsChineseHeadersAndEdits)
{
    const std::string csv = writeFile(dir, "customers.csv", kCustomersCsv);
    ImportMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setPreview(previewOf(csv, io::ImportKind::Customers), io::ImportKind::Customers);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), ImportMappingModel::ColumnCount);
    EXPECT_EQ(model.target(0), "external_id");
    EXPECT_EQ(model.target(1), "name");
    EXPECT_EQ(model.target(2), "city");
    EXPECT_EQ(model.target(3), "created_at");
    EXPECT_EQ(model.index(3, ImportMappingModel::Type).data().toString(), "date");
    EXPECT_EQ(model.index(1, ImportMappingModel::Example).data().toString(), "张三");
    EXPECT_TRUE(model.index(0, ImportMappingModel::Target).data().toString().contains("*"))
        << "required fields are starred";
    EXPECT_TRUE(model.flags(model.index(0, ImportMappingModel::Target)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, ImportMappingModel::FileColumn)) & Qt::ItemIsEditable);

    // A field takes one column: giving "name" to 城市 takes it away from 姓名.
    EXPECT_TRUE(model.setData(model.index(2, ImportMappingModel::Target), "name"));
    EXPECT_EQ(model.target(2), "name");
    EXPECT_EQ(model.target(1), "");
    EXPECT_EQ(model.index(1, ImportMappingModel::Target).data().toString(), "(ignored)");
    // Unknown targets and targets of other kinds are refused.
    EXPECT_FALSE(model.setData(model.index(2, ImportMappingModel::Target), "amount"));
    EXPECT_FALSE(model.setData(model.index(2, ImportMappingModel::Target), "kano:seat:functional"));
    EXPECT_EQ(model.target(2), "name");
    // Ignoring the required id column is allowed in the grid, and reported as missing.
    EXPECT_TRUE(model.setTarget(0, QString()));
    EXPECT_EQ(model.mapping().missingRequired(), std::vector<std::string>{"external_id"});

    // Offered choices: ignore first, then every customer field.
    const auto choices = model.choices(0);
    ASSERT_EQ(choices.size(), io::fieldsFor(io::ImportKind::Customers).size() + 1);
    EXPECT_TRUE(choices[0].target.isEmpty());
    EXPECT_EQ(choices[1].target, "external_id");
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ImportGui, MappingModelOffersTheColumnFamilyOfWideKanoFiles)
{
    const std::string csv = writeFile(dir, "kano.csv",
                                      "respondent,seat_functional,seat_dysfunctional\n"
                                      "R1,喜欢,不喜欢\nR2,1,5\n");
    ImportMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPreview(previewOf(csv, io::ImportKind::Kano), io::ImportKind::Kano);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.target(1), "kano:seat:functional");
    const auto choices = model.choices(1);
    ASSERT_GE(choices.size(), 2u);
    EXPECT_EQ(choices[1].target, "kano:seat:functional");
    EXPECT_TRUE(model.setTarget(1, QString()));
    EXPECT_TRUE(model.setTarget(1, "kano:seat:functional"));
    EXPECT_EQ(model.target(1), "kano:seat:functional");
}

TEST_F(ImportGui, PreviewIssueAndLogModelsPassTheTester)
{
    const std::string csv = writeFile(dir, "multi.csv", "id,note\nC1,\"two\nlines\"\nC2\n");
    ImportPreviewModel preview;
    QAbstractItemModelTester t1(&preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
    preview.setPreview(previewOf(csv, io::ImportKind::Customers));
    ASSERT_EQ(preview.rowCount(), 2);
    ASSERT_EQ(preview.columnCount(), 2);
    EXPECT_EQ(preview.index(0, 1).data().toString(), "two ⏎ lines");
    EXPECT_EQ(preview.index(0, 1).data(Qt::ToolTipRole).toString(), "two\nlines");
    EXPECT_EQ(preview.index(1, 1).data().toString(), ""); // short record
    EXPECT_TRUE(preview.headerData(0, Qt::Horizontal).toString().startsWith("id\n"));
    preview.clear();
    EXPECT_EQ(preview.columnCount(), 0);

    ImportIssueModel issues;
    QAbstractItemModelTester t2(&issues, QAbstractItemModelTester::FailureReportingMode::Fatal);
    io::RowIssue a;
    a.line = 4;
    a.column = 2;
    a.columnName = "customer_id";
    a.value = "C999";
    a.reason = "unknown customer";
    io::RowIssue whole;
    whole.line = 7;
    whole.reason = "3 fields, the header has 4";
    issues.setIssues("/data/orders.csv", {a, whole});
    ASSERT_EQ(issues.rowCount(), 2);
    EXPECT_EQ(issues.index(0, ImportIssueModel::File).data().toString(), "orders.csv");
    EXPECT_EQ(issues.index(0, ImportIssueModel::Line).data().toLongLong(), 4);
    EXPECT_EQ(issues.index(0, ImportIssueModel::FieldColumn).data().toString(), "2 (customer_id)");
    EXPECT_EQ(issues.index(0, ImportIssueModel::Value).data().toString(), "C999");
    EXPECT_EQ(issues.index(0, ImportIssueModel::Reason).data().toString(), "unknown customer");
    EXPECT_EQ(issues.index(1, ImportIssueModel::FieldColumn).data().toString(), "(whole row)");
    issues.clear();
    EXPECT_EQ(issues.rowCount(), 0);

    ImportLogModel log;
    QAbstractItemModelTester t3(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    io::ImportLogEntry e;
    e.id = 3;
    e.startedAt = date::toEpoch(2024, 6, 1);
    e.kind = "customers";
    e.file = "/data/customers.csv";
    e.sha256 = std::string(64, 'a');
    e.rowsNew = 1234;
    e.status = "undone";
    log.setEntries({e});
    ASSERT_EQ(log.rowCount(), 1);
    EXPECT_EQ(log.index(0, ImportLogModel::File).data().toString(), "customers.csv");
    EXPECT_EQ(log.index(0, ImportLogModel::Sha256).data().toString(), "aaaaaaaaaaaa");
    EXPECT_TRUE(log.index(0, ImportLogModel::Sha256)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString(64, 'a')));
    EXPECT_EQ(log.index(0, ImportLogModel::Status).data().toString(), "undone");
    EXPECT_TRUE(log.index(0, ImportLogModel::Started).data().toString().startsWith("2024-06-01"));
    log.setEntries({});
    EXPECT_EQ(log.rowCount(), 0);
}

// The whole wizard on temp files: detection, auto-mapping, dry run, import, the day/month
// question, all-or-nothing refusal with the first errors, skip-bad-rows with a rejects file,
// the history with its SHA-256, and undo.
// The empty mapping table is what a user sees first: no header may be cut off.
TEST_F(ImportGui, MappingHeadersFitBeforeAFileIsChosen)
{
    ImportPage page(session);
    page.resize(1400, 900);
    page.show();
    page.ensureFresh();
    QHeaderView* header = page.mappingView()->horizontalHeader();
    ASSERT_EQ(page.mappingModel()->rowCount(), 0);
    for (int c = 0; c < header->count() - 1; ++c) // the last section stretches
        EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c))
            << page.mappingModel()->headerData(c, Qt::Horizontal).toString().toStdString();
}

TEST_F(ImportGui, WizardImportsAsksDayMonthRejectsAndUndoes)
{
    const std::string customers = writeFile(dir, "customers.csv", kCustomersCsv);
    const std::string orders = writeFile(dir, "orders.csv", kTransactionsCsv);
    ImportPage page(session);
    int asked = 0;
    QString askedColumn;
    page.setDateOrderAsker([&](const QString& column, const QString&) {
        ++asked;
        askedColumn = column;
        return std::optional<io::DateOrder>(io::DateOrder::DayFirst);
    });
    page.resize(1400, 900);
    page.show();
    page.ensureFresh();
    EXPECT_EQ(page.openAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QSignalSpy changed(&session, &WorkspaceSession::dataChanged);

    // Customers: dry run writes nothing, the import writes all three.
    page.setKind(io::ImportKind::Customers);
    ASSERT_TRUE(page.openFile(QString::fromStdString(customers)));
    ASSERT_TRUE(page.preview());
    EXPECT_EQ(page.preview()->encoding.name, "UTF-8");
    EXPECT_EQ(page.preview()->delimiter, ',');
    EXPECT_TRUE(page.detectionLabel()->text().contains("UTF-8"));
    ASSERT_TRUE(page.startImport(true));
    waitIdle(page);
    ASSERT_TRUE(page.lastResult());
    EXPECT_TRUE(page.lastResult()->dryRun);
    EXPECT_EQ(page.lastResult()->rowsNew, 3);
    EXPECT_EQ(countRows("customers"), 0);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(page.summaryLabel()->text().contains("nothing was written"));

    ASSERT_TRUE(page.startImport(false));
    waitIdle(page);
    ASSERT_TRUE(page.lastResult());
    EXPECT_FALSE(page.lastResult()->dryRun);
    EXPECT_EQ(page.lastResult()->rowsNew, 3);
    EXPECT_EQ(countRows("customers"), 3);
    EXPECT_EQ(session.db().queryInt("SELECT COUNT(*) FROM customers WHERE external_id = 'C002' "
                                    "AND name = '李四' AND city = '北京'"),
              1);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(page.logModel()->rowCount(), 1);
    EXPECT_EQ(page.logModel()->entry(0)->sha256, io::Sha256::hexOfFile(customers));
    EXPECT_EQ(page.logModel()->entry(0)->rowsNew, 3);

    // Transactions with day/month left open: the user is asked, once; all-or-nothing refuses
    // the file because of C999 and names line 4, column 2.
    page.setKind(io::ImportKind::Transactions);
    ASSERT_TRUE(page.openFile(QString::fromStdString(orders)));
    EXPECT_EQ(page.mappingModel()->ambiguousDateColumns(), QStringList{"order_date"});
    EXPECT_TRUE(page.detectionLabel()->text().contains("day-first or month-first"));
    ASSERT_TRUE(page.startImport(false));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(askedColumn, "order_date");
    waitIdle(page);
    EXPECT_TRUE(page.lastWasRejected());
    EXPECT_EQ(countRows("transactions"), 0);
    ASSERT_GE(page.issueModel()->rowCount(), 1);
    const io::RowIssue* issue = page.issueModel()->issue(0);
    EXPECT_EQ(issue->line, 4);
    EXPECT_EQ(issue->column, 2);
    EXPECT_EQ(issue->value, "C999");
    EXPECT_TRUE(page.summaryLabel()->text().contains("Nothing was imported"));

    // Skip bad rows: two rows in, the third in orders.rejects.csv with its reason.
    page.setSkipBadRows(true);
    ASSERT_TRUE(page.startImport(false));
    EXPECT_EQ(asked, 1) << "the answer is kept for the file";
    waitIdle(page);
    ASSERT_TRUE(page.lastResult());
    EXPECT_FALSE(page.lastWasRejected());
    EXPECT_EQ(page.lastResult()->rowsNew, 2);
    EXPECT_EQ(page.lastResult()->rowsRejected, 1);
    EXPECT_EQ(countRows("transactions"), 2);
    // Day first: 05/03/2024 is 5 March 2024; "1,234.50" is 1234.5.
    EXPECT_EQ(session.db().queryInt("SELECT ts FROM transactions WHERE external_id = 'A1'"),
              date::toEpoch(2024, 3, 5));
    EXPECT_EQ(session.db().queryInt(
                  "SELECT COUNT(*) FROM transactions WHERE external_id = 'A2' AND amount = 1234.5"),
              1);
    const std::string rejects = page.lastResult()->rejectsPath;
    EXPECT_EQ(rejects, io::defaultRejectsPath(orders));
    const std::string rejectsText = readText(rejects);
    EXPECT_NE(rejectsText.find("reason"), std::string::npos) << rejectsText;
    EXPECT_NE(rejectsText.find("C999"), std::string::npos) << rejectsText;
    EXPECT_EQ(changed.count(), 2);
    ASSERT_EQ(page.logModel()->rowCount(), 2);
    const qint64 ordersImport = page.logModel()->entry(0)->id;
    EXPECT_EQ(page.logModel()->entry(0)->rowsRejected, 1);

    // Undo the newest import: the transactions go, the customers stay.
    page.undoImport(ordersImport);
    waitIdle(page);
    EXPECT_TRUE(page.lastError().isEmpty()) << page.lastError().toStdString();
    EXPECT_EQ(countRows("transactions"), 0);
    EXPECT_EQ(countRows("customers"), 3);
    EXPECT_EQ(page.logModel()->entry(0)->status, "undone");
    EXPECT_EQ(changed.count(), 3);

    const QString png = QString::fromStdString(dir.file("import-page.png"));
    renderWidget(&page, png);
    EXPECT_TRUE(QFile::exists(png));
    if (qEnvironmentVariableIsSet("VD_IMPORT_PNG"))
        page.grab().save(qEnvironmentVariable("VD_IMPORT_PNG"));
}

TEST_F(ImportGui, QuestionAskedWhenOnlyRowsBeyondThePreviewAreAmbiguous)
{
    test::addCustomers(session.db(), 3);
    // ISO dates in the 1000 rows the preview profiles; the one slash date comes after them,
    // so only the core's full pass meets the question and the page must ask and run again.
    std::string text = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < 1100; ++i)
        text += "B" + std::to_string(i) + ",C001,2024-01-15,1\n";
    text += "Z1,C002,04/02/2024,2\n";
    const std::string orders = writeFile(dir, "late.csv", text);
    ImportPage page(session);
    int asked = 0;
    page.setDateOrderAsker([&](const QString&, const QString& example) {
        ++asked;
        EXPECT_EQ(example, "04/02/2024");
        return std::optional<io::DateOrder>(io::DateOrder::MonthFirst);
    });
    page.setKind(io::ImportKind::Transactions);
    ASSERT_TRUE(page.openFile(QString::fromStdString(orders)));
    EXPECT_TRUE(page.mappingModel()->ambiguousDateColumns().isEmpty());
    ASSERT_TRUE(page.startImport(false));
    ASSERT_EVENTUALLY(!page.isBusy() && page.lastResult().has_value(), 20000);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(page.lastResult()->rowsNew, 1101);
    EXPECT_EQ(session.db().queryInt("SELECT ts FROM transactions WHERE external_id = 'Z1'"),
              date::toEpoch(2024, 4, 2));
}

TEST_F(ImportGui, CancelLeavesTheWorkspaceAsBefore)
{
    std::string text = "customer_id,name\n";
    for (int i = 0; i < 200000; ++i)
        text += "X" + std::to_string(i) + ",Customer " + std::to_string(i) + "\n";
    const std::string big = writeFile(dir, "big.csv", text);
    ImportPage page(session);
    page.setKind(io::ImportKind::Customers);
    ASSERT_TRUE(page.openFile(QString::fromStdString(big)));
    ASSERT_TRUE(page.startImport(false));
    EXPECT_TRUE(page.isBusy());
    page.cancelImport();
    waitIdle(page);
    EXPECT_EQ(countRows("customers"), 0);
    EXPECT_EQ(countRows("import_log"), 0);
    EXPECT_FALSE(page.lastResult());
    EXPECT_TRUE(page.summaryLabel()->text().contains("Cancelled"));
}

TEST_F(ImportGui, MappingSavedInTheCliFormatAndLoadedByName)
{
    const std::string customers = writeFile(dir, "customers.csv", kCustomersCsv);
    const std::string mapPath = dir.file("customers.map.json");
    {
        ImportPage page(session);
        ASSERT_TRUE(page.openFile(QString::fromStdString(customers)));
        // The user keeps the city out and reads the file as GB18030-compatible UTF-8.
        page.mappingModel()->setTarget(page.mappingModel()->rowOf("城市"), QString());
        page.setDateOrder(io::DateOrder::DayFirst);
        ASSERT_TRUE(page.saveMapping(QString::fromStdString(mapPath)));
    }
    // What the CLI's --map reads.
    const io::Mapping m = io::Mapping::load(mapPath);
    EXPECT_EQ(m.kind, io::ImportKind::Customers);
    EXPECT_EQ(m.encoding, "UTF-8");
    EXPECT_EQ(m.delimiter, ',');
    EXPECT_EQ(m.dateOrder, io::DateOrder::DayFirst);
    EXPECT_EQ(m.targetOf("客户编号"), "external_id");
    EXPECT_EQ(m.targetOf("城市"), "");

    // Next month's file: other column order, semicolons. Loading maps by name.
    const std::string next = writeFile(dir, "next.csv",
                                       "城市;注册日期;客户编号;姓名\n"
                                       "深圳;2024-04-01;C004;赵六\n");
    ImportPage page(session);
    page.setKind(io::ImportKind::Transactions); // the mapping switches the kind back
    ASSERT_TRUE(page.openFile(QString::fromStdString(next)));
    ASSERT_TRUE(page.loadMapping(QString::fromStdString(mapPath)));
    EXPECT_EQ(page.kind(), io::ImportKind::Customers);
    // The saved delimiter (comma) does not split this file: the user sees one column and
    // switches the delimiter back to detection, keeping the mapping.
    page.setDelimiter(0);
    page.mappingModel()->applyMapping(m);
    EXPECT_EQ(page.mappingModel()->target(page.mappingModel()->rowOf("城市")), "");
    EXPECT_EQ(page.mappingModel()->target(page.mappingModel()->rowOf("客户编号")), "external_id");
    EXPECT_EQ(page.currentOptions(false).dateOrder, io::DateOrder::DayFirst);
    ASSERT_TRUE(page.startImport(false));
    waitIdle(page);
    ASSERT_TRUE(page.lastResult());
    EXPECT_EQ(page.lastResult()->rowsNew, 1);
    EXPECT_EQ(session.db().queryInt("SELECT COUNT(*) FROM customers WHERE external_id = 'C004' "
                                    "AND city IS NULL"),
              1);

    // A mapping for another kind's fields is refused with the reason shown.
    const std::string bad =
        writeFile(dir, "bad.json", R"({"kind": "customers", "columns": {"城市": "amount"}})");
    EXPECT_FALSE(page.loadMapping(QString::fromStdString(bad)));
    EXPECT_TRUE(page.lastError().contains("amount")) << page.lastError().toStdString();
}

TEST_F(ImportGui, ExportsTablesAsCsvWithBomAndJson)
{
    test::addCustomers(session.db(), 3);
    ImportPage page(session);
    page.show();
    page.ensureFresh();
    page.exportWhat()->setCurrentIndex(0); // table
    const int i = page.exportName()->findText("customers");
    ASSERT_GE(i, 0);
    page.exportName()->setCurrentIndex(i);
    page.exportBom()->setChecked(true);
    const std::string csv = dir.file("customers.csv");
    page.exportTo(QString::fromStdString(csv));
    waitIdle(page);
    EXPECT_EQ(page.lastExportRows(), 3);
    const std::string text = readText(csv);
    ASSERT_GE(text.size(), 3u);
    EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(text.find("C002"), std::string::npos);

    page.exportFormat()->setCurrentIndex(
        page.exportFormat()->findData(static_cast<int>(io::ExportFormat::Json)));
    EXPECT_FALSE(page.exportBom()->isEnabled());
    const std::string json = dir.file("customers.json");
    page.exportTo(QString::fromStdString(json));
    waitIdle(page);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(readText(json)));
    ASSERT_TRUE(doc.isArray());
    ASSERT_EQ(doc.array().size(), 3);
    EXPECT_EQ(doc.array().at(0).toObject().value("external_id").toString(), "C001");

    // An analysis query; a writing statement is refused and no file is left behind.
    page.exportWhat()->setCurrentIndex(3);
    page.exportFormat()->setCurrentIndex(0);
    page.exportQuery()->setPlainText("SELECT COUNT(*) AS n FROM customers");
    const std::string q = dir.file("q.csv");
    page.exportTo(QString::fromStdString(q));
    waitIdle(page);
    EXPECT_EQ(page.lastExportRows(), 1);
    page.exportQuery()->setPlainText("DELETE FROM customers");
    const std::string q2 = dir.file("q2.csv");
    page.exportTo(QString::fromStdString(q2));
    waitIdle(page);
    EXPECT_FALSE(page.lastError().isEmpty());
    EXPECT_FALSE(QFile::exists(QString::fromStdString(q2)));
    EXPECT_EQ(countRows("customers"), 3);
}
