#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QTranslator>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

#include "Customer360Page.h"
#include "CustomerTableModel.h"
#include "CustomersPage.h"
#include "ExportHelper.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TaskRunner.h"
#include "TimelineModel.h"
#include "WorkspaceSession.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"

using namespace vd;
using namespace vd::gui;

namespace {

void addCustomers(Database& db, int n)
{
    CustomerRepository repo(db);
    Transaction tx(db);
    for (int i = 0; i < n; ++i) {
        Customer c;
        c.externalId = "C" + std::to_string(100000 + i);
        c.name = (i % 10 == 0 ? "Wang " : "Li ") + std::to_string(i % 97);
        c.city = i % 2 ? "Shanghai" : "Beijing";
        c.createdAt = date::toEpoch(2024, 1, 1) + i;
        repo.insert(c);
    }
    tx.commit();
}

} // namespace

TEST(CustomerTableModel, PassesModelTesterAndPagesLazily)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    addCustomers(db, 1000);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.columnCount(), CustomerTableModel::ColumnCount);
    EXPECT_EQ(model.index(0, CustomerTableModel::ExternalId).data().toString(), "C100000");
    // A row near the end comes from the reversed query and must still be in order.
    EXPECT_EQ(model.index(999, CustomerTableModel::ExternalId).data().toString(), "C100999");
    EXPECT_EQ(model.index(700, CustomerTableModel::ExternalId).data().toString(), "C100700");
    model.sort(CustomerTableModel::ExternalId, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, CustomerTableModel::ExternalId).data().toString(), "C100999");
    EXPECT_EQ(model.index(999, CustomerTableModel::ExternalId).data().toString(), "C100000");
    model.sort(CustomerTableModel::Name, Qt::AscendingOrder);
    QString previous;
    for (int r = 0; r < 1000; r += 37) {
        QString name = model.index(r, CustomerTableModel::Name).data().toString();
        EXPECT_LE(previous, name);
        previous = name;
    }
    model.setSearch("wang");
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_TRUE(model.index(0, CustomerTableModel::Name).data().toString().startsWith("Wang"));
    model.setSearch("nobody");
    EXPECT_EQ(model.rowCount(), 0);
    model.setDatabase(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CustomerTableModel, EmptyWorkspace)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.index(0, 0).isValid());
}

TEST(TimelineModel, PassesModelTester)
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TimelineEvent order;
    order.kind = TimelineEvent::Kind::Order;
    order.ts = date::toEpoch(2025, 3, 1, 9, 30);
    order.amount = 12.5;
    TimelineEvent response;
    response.kind = TimelineEvent::Kind::Response;
    response.nps = 3;
    model.setEvents({order, response});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, TimelineModel::When).data().toString(), "2025-03-01 09:30");
    EXPECT_EQ(model.index(1, TimelineModel::Scores).data().toString(), "NPS 3");
}

TEST(MainWindow, OpensWorkspaceSearchesAndOpensCustomer360)
{
    test::TempDir dir;
    std::string path = dir.file("w.vdw");
    {
        Database db(path);
        addCustomers(db, 300);
    }
    WorkspaceSession session;
    MainWindow window(session);
    window.resize(1200, 800);
    window.show();
    window.openWorkspace(QString::fromStdString(path));
    ASSERT_TRUE(session.isOpen());
    ASSERT_TRUE(window.showPage("customers"));
    auto* page = qobject_cast<CustomersPage*>(window.page("customers"));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->model()->rowCount(), 300);

    // Typing filters after the debounce.
    QTest::keyClicks(page->searchBox(), "wang");
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 30, 3000);

    // Enter on a row opens the 360 page for that customer.
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    EXPECT_EQ(window.currentPageId(), "customer");
    auto* c360 = qobject_cast<Customer360Page*>(window.page("customer"));
    ASSERT_NE(c360, nullptr);
    EXPECT_EQ(c360->customerId(), page->model()->customerId(0));

    test::TempDir out;
    QString png = QString::fromStdString(out.file("window.png"));
    renderWidget(&window, png);
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 2 * window.width()) << "PNG export is at twice the logical size";
    EXPECT_LE(window.minimumSizeHint().width(), 1280) << "the window fits a 1280 px laptop screen";
}

TEST(MainWindow, RefusesNewerWorkspaceInTheMessageBar)
{
    test::TempDir dir;
    std::string path = dir.file("future.vdw");
    {
        Database db(path);
        db.exec("PRAGMA user_version = 999");
    }
    WorkspaceSession session;
    MainWindow window(session);
    window.openWorkspace(QString::fromStdString(path));
    EXPECT_FALSE(session.isOpen());
    EXPECT_TRUE(window.messageBar()->text().contains("newer ValueDesk"));
}

TEST(TaskRunner, RunsInBackgroundReportsProgressAndCancels)
{
    test::TempDir dir;
    std::string path = dir.file("w.vdw");
    WorkspaceSession session;
    session.open(QString::fromStdString(path));
    QObject context;
    int result = 0;
    QSignalSpy progress(&TaskMonitor::instance(), &TaskMonitor::progress);
    runTask<int>(
        &context, session, "count",
        [](Database& db, const ProgressCallback& cb) {
            cb(0.5, "half");
            return static_cast<int>(db.queryInt("SELECT 41 + 1"));
        },
        [&](int r) { result = r; });
    QTRY_COMPARE_WITH_TIMEOUT(result, 42, 5000);
    EXPECT_GE(progress.count(), 1);

    bool doneCalled = false;
    std::atomic_bool started{false};
    runTask<int>(
        &context, session, "endless",
        [&started](Database&, const ProgressCallback& cb) {
            ProgressReporter reporter(cb);
            started = true;
            for (int i = 0;; ++i) {
                reporter.stage(0.0, "spinning");
                QThread::msleep(5);
            }
            return 0;
        },
        [&](int) { doneCalled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
    EXPECT_EQ(TaskMonitor::instance().runningCount(), 1);
    TaskMonitor::instance().cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(TaskMonitor::instance().runningCount(), 0, 5000);
    EXPECT_FALSE(doneCalled);

    QString error;
    runTask<int>(
        &context, session, "failing",
        [](Database&, const ProgressCallback&) -> int { throw vd::AnalysisError("no data"); },
        [](int) {}, [&](const QString& e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString("no data"), 5000);
}

// Both Chinese catalogues of every part are embedded, and they translate the shell.
TEST(Translations, EmbeddedForSimplifiedAndTraditionalChinese)
{
    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList cn = dir.entryList({QStringLiteral("*_zh_CN.qm")});
    const QStringList tw = dir.entryList({QStringLiteral("*_zh_TW.qm")});
    ASSERT_FALSE(cn.isEmpty());
    EXPECT_EQ(cn.size(), tw.size());
    EXPECT_TRUE(cn.contains(QStringLiteral("shell_zh_CN.qm")));

    QTranslator simplified;
    ASSERT_TRUE(simplified.load(dir.filePath(QStringLiteral("shell_zh_CN.qm"))));
    EXPECT_EQ(simplified.translate("Pages", "Customers"), QStringLiteral("客户"));
    QTranslator traditional;
    ASSERT_TRUE(traditional.load(dir.filePath(QStringLiteral("shell_zh_TW.qm"))));
    EXPECT_EQ(traditional.translate("Pages", "Customers"), QStringLiteral("客戶"));
}
