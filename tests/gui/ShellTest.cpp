#include "Customer360Page.h"
#include "CustomerTableModel.h"
#include "CustomersPage.h"
#include "ExportHelper.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TaskRunner.h"
#include "TimelineModel.h"
#include "WorkspaceSession.h"
#include "support/GuiWait.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/InteractionRepository.h"
#include "valuedesk/storage/LoyaltyRepository.h"
#include "valuedesk/storage/ResponseRepository.h"
#include "valuedesk/storage/TransactionRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace vd;
using namespace vd::gui;

namespace {

// Points QSettings and the application data directory (demo.vdw) at a private directory for
// one test, so tests neither see nor change the user's recent list or demo workspace.
class IsolatedProfile
{
public:
    IsolatedProfile()
    {
        const QString base = QString::fromStdString(m_dir.path().string());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, base + "/config");
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, base + "/config");
        m_oldData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", (base + "/data").toUtf8());
        QSettings().clear();
    }
    ~IsolatedProfile()
    {
        QSettings().clear();
        if (m_oldData.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_oldData);
    }
    std::string file(const std::string& name) const { return m_dir.file(name); }

private:
    test::TempDir m_dir;
    QByteArray m_oldData;
};

QAction* action(QWidget& window, const char* name)
{
    auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
    EXPECT_NE(a, nullptr) << name;
    return a;
}

QString statusCounts(QWidget& window)
{
    auto* label = window.findChild<QLabel*>("statusCounts");
    return label ? label->text() : QString();
}

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
    // Counting happens on the loader thread: nothing yet, then every row.
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.isCounting());
    ASSERT_EVENTUALLY(model.rowCount() == 1000, 10000);
    EXPECT_EQ(model.columnCount(), CustomerTableModel::ColumnCount);
    // The first page comes with the count.
    EXPECT_EQ(model.index(0, CustomerTableModel::ExternalId).data().toString(), "C100000");
    // A row near the end comes from the reversed query and must still be in order.
    auto text = [&](int row) {
        return model.index(row, CustomerTableModel::ExternalId).data().toString();
    };
    EXPECT_EVENTUALLY(text(999) == "C100999", 10000);
    EXPECT_EVENTUALLY(text(700) == "C100700", 10000);
    model.sort(CustomerTableModel::ExternalId, Qt::DescendingOrder);
    ASSERT_EVENTUALLY(model.rowCount() == 1000 && text(0) == "C100999", 10000);
    EXPECT_EVENTUALLY(text(999) == "C100000", 10000);
    model.sort(CustomerTableModel::Name, Qt::AscendingOrder);
    ASSERT_EVENTUALLY(model.rowCount() == 1000, 10000);
    QString previous;
    for (int r = 0; r < 1000; r += 37) {
        const QModelIndex i = model.index(r, CustomerTableModel::Name);
        ASSERT_EVENTUALLY(!i.data(CustomerTableModel::LoadingRole).toBool(), 10000);
        QString name = i.data().toString();
        EXPECT_LE(previous, name);
        previous = name;
    }
    model.setSearch("wang");
    ASSERT_EVENTUALLY(!model.isCounting(), 10000);
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_TRUE(model.index(0, CustomerTableModel::Name).data().toString().startsWith("Wang"));
    model.setSearch("nobody");
    ASSERT_EVENTUALLY(!model.isCounting(), 10000);
    EXPECT_EQ(model.rowCount(), 0);
    model.setDatabase(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.isCounting());
}

TEST(CustomerTableModel, ShowsPlaceholdersUntilAPageArrivesAndPrefetchesItsNeighbours)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    addCustomers(db, 1000);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    ASSERT_EVENTUALLY(model.rowCount() == 1000, 10000);
    ASSERT_TRUE(model.isRowLoaded(0));
    const int far = 3 * CustomerTableModel::kPageSize + 5; // page 3, not loaded yet
    ASSERT_FALSE(model.isRowLoaded(far));
    const QModelIndex farIndex = model.index(far, CustomerTableModel::Name);
    EXPECT_EQ(farIndex.data().toString(), QStringLiteral("Loading…"));
    EXPECT_TRUE(farIndex.data(CustomerTableModel::LoadingRole).toBool());
    EXPECT_EQ(model.customerId(far), 0) << "no id before the row is there";
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_EVENTUALLY(model.isRowLoaded(far), 10000);
    EXPECT_GE(changed.count(), 1) << "the view hears when the page arrives";
    EXPECT_EQ(model.index(far, CustomerTableModel::ExternalId).data().toString(), "C100773");
    EXPECT_NE(model.customerId(far), 0);
    // Its neighbour (page 2) was fetched too without being asked for.
    ASSERT_EVENTUALLY(model.isRowLoaded(2 * CustomerTableModel::kPageSize), 10000);
    ASSERT_EVENTUALLY(model.pendingPages() == 0, 10000);
}

TEST(CustomerTableModel, DropsAnswersToASupersededSearch)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    addCustomers(db, 1000);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    ASSERT_EVENTUALLY(!model.isCounting(), 10000);
    QSignalSpy counts(&model, &CustomerTableModel::countChanged);
    // Typing fast: only the last search may reach the grid.
    model.setSearch("wang");
    model.setSearch("li");
    model.setSearch("nobody");
    ASSERT_EVENTUALLY(!model.isCounting(), 10000);
    QTest::qWait(200); // any late answer to "wang" or "li" would arrive now
    EXPECT_EQ(model.rowCount(), 0);
    for (const auto& args : counts)
        EXPECT_EQ(args.at(0).toLongLong(), 0) << "a stale count reached the model";
}

TEST(CustomerTableModel, EmptyWorkspace)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    ASSERT_EVENTUALLY(!model.isCounting(), 10000);
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
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST(TimelineModel, PagesThroughEveryEventOfACustomer)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    addCustomers(db, 1);
    const std::int64_t id = db.queryInt("SELECT min(id) FROM customers");
    TransactionRepository orders(db);
    InteractionRepository contacts(db);
    {
        Transaction tx(db);
        for (int i = 0; i < 450; ++i) {
            Order o;
            o.customerId = id;
            o.ts = 1000 + 2 * i;
            o.amount = 1;
            orders.insert(o);
            Interaction x;
            x.customerId = id;
            x.ts = 1001 + 2 * i;
            x.channel = "app";
            contacts.insert(x);
        }
        tx.commit();
    }
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(&db, id);
    EXPECT_EQ(model.totalCount(), 900);
    EXPECT_EQ(model.rowCount(), TimelineModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * TimelineModel::kPageSize);
    model.fetchAll();
    EXPECT_EQ(model.rowCount(), 900);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(0, TimelineModel::Kind).data().toString(), "Interaction");
    model.setKinds(TimelineRepository::Orders);
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.index(0, TimelineModel::Kind).data().toString(), "Order");
    model.setNewestFirst(false);
    EXPECT_EQ(model.index(0, TimelineModel::When).data().toString(),
              QString::fromStdString(date::formatDateTime(1000)).left(16));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST(MainWindow, OpensWorkspaceSearchesAndOpensCustomer360)
{
    IsolatedProfile profile;
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
    ASSERT_TRUE(session.isOpen()) << "a current workspace opens at once";
    ASSERT_TRUE(window.showPage("customers"));
    auto* page = qobject_cast<CustomersPage*>(window.page("customers"));
    ASSERT_NE(page, nullptr);
    ASSERT_EVENTUALLY(page->model()->rowCount() == 300, 10000);
    EXPECT_EVENTUALLY(page->countLabel()->text() == "300 customers", 5000);
    // The status bar counts arrive from their worker.
    EXPECT_EVENTUALLY(statusCounts(window) == "300 customers · 0 orders · 0 responses", 10000)
        << statusCounts(window).toStdString();

    // Typing filters after the debounce.
    QTest::keyClicks(page->searchBox(), "wang");
    ASSERT_EVENTUALLY(page->model()->search() == "wang" && !page->model()->isCounting(), 10000);
    EXPECT_EQ(page->model()->rowCount(), 30);
    EXPECT_EVENTUALLY(page->countLabel()->text() == "30 matching customers", 5000);

    // Enter on a row opens the 360 page for that customer.
    ASSERT_EVENTUALLY(page->model()->isRowLoaded(0), 10000);
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    EXPECT_EQ(window.currentPageId(), "customer");
    auto* c360 = qobject_cast<Customer360Page*>(window.page("customer"));
    ASSERT_NE(c360, nullptr);
    EXPECT_EQ(c360->customerId(), page->model()->customerId(0));
    EXPECT_TRUE(c360->title().startsWith("Wang"));

    test::TempDir out;
    QString png = QString::fromStdString(out.file("window.png"));
    renderWidget(&window, png);
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 2 * window.width()) << "PNG export is at twice the logical size";
    EXPECT_LE(window.minimumSizeHint().width(), 1280) << "the window fits a 1280 px laptop screen";
}

TEST(Customer360Page, ShowsProfileSegmentationBasesValueAndThePagedTimeline)
{
    IsolatedProfile profile;
    test::TempDir dir;
    std::string path = dir.file("w.vdw");
    std::int64_t id = 0;
    {
        Database db(path);
        Customer c;
        c.externalId = "K42";
        c.name = "王旭涛";
        c.email = "xutao.wang@example.cn";
        c.company = "上海咖啡有限公司";
        c.country = "CN";
        c.region = "华东";
        c.city = "上海";
        c.birthYear = 1990;
        c.gender = "male";
        c.incomeBand = "high";
        c.education = "bachelor";
        c.lifestyle = "urban professional";
        c.valuesTags = "[\"quality\"]";
        c.channel = "app";
        c.usageFrequency = "weekly";
        c.loyaltyTier = "Gold";
        c.consentEmail = true;
        c.createdAt = date::toEpoch(2023, 4, 5);
        id = CustomerRepository(db).insert(c);
        TransactionRepository orders(db);
        InteractionRepository contacts(db);
        ResponseRepository responses(db);
        LoyaltyRepository loyalty(db);
        loyalty.insertTier({0, "Green", 0, 1});
        loyalty.insertTier({0, "Gold", 500, 2});
        Transaction tx(db);
        for (int i = 0; i < 2600; ++i) { // more than the old cap of 2000 events
            const std::int64_t ts = date::toEpoch(2024, 1, 1) + 3600 * i;
            if (i % 2 == 0) {
                Order o;
                o.customerId = id;
                o.ts = ts;
                o.amount = 10;
                o.cost = 4;
                orders.insert(o);
            } else if (i % 4 == 1) {
                Interaction x;
                x.customerId = id;
                x.ts = ts;
                x.channel = "chat";
                contacts.insert(x);
            } else {
                Response r;
                r.customerId = id;
                r.ts = ts;
                r.nps = i % 11;
                responses.insert(r);
            }
        }
        loyalty.insertEntry({0, id, std::nullopt, 1, 800, LoyaltyEntry::Kind::Earn});
        loyalty.insertEntry({0, id, std::nullopt, 2, -100, LoyaltyEntry::Kind::Redeem});
        tx.commit();
    }
    WorkspaceSession session;
    MainWindow window(session);
    window.show();
    window.openWorkspace(QString::fromStdString(path));
    ASSERT_TRUE(session.isOpen());
    session.openCustomer(id);
    ASSERT_EQ(window.currentPageId(), "customer");
    auto* c360 = qobject_cast<Customer360Page*>(window.page("customer"));
    ASSERT_NE(c360, nullptr);
    EXPECT_EQ(c360->title(), "王旭涛");
    EXPECT_EQ(c360->fieldText("Geographic:"), "CN / 华东 / 上海");
    const QString demographic = c360->fieldText("Demographic:");
    EXPECT_TRUE(demographic.contains("born 1990")) << demographic.toStdString();
    EXPECT_TRUE(demographic.contains("male") && demographic.contains("income high") &&
                demographic.contains("bachelor"))
        << demographic.toStdString();
    EXPECT_EQ(c360->fieldText("Psychographic:"), "urban professional; values: [\"quality\"]");
    EXPECT_EQ(c360->fieldText("Behavioural:"), "prefers app, uses weekly, tier Gold");
    EXPECT_EQ(c360->fieldText("Consent:"), "email yes, SMS no, phone no");
    const QLocale locale;
    EXPECT_EQ(c360->fieldText("Orders:"), locale.toString(1300));
    EXPECT_EQ(c360->fieldText("Revenue:"), locale.toString(13000.0, 'f', 2));
    EXPECT_EQ(c360->fieldText("Margin:"), locale.toString(7800.0, 'f', 2));
    EXPECT_EQ(c360->fieldText("Loyalty points:"), "700 (Gold tier)");
    EXPECT_FALSE(c360->fieldText("Latest NPS answer:").isEmpty());

    // The timeline pages instead of cutting at 2000 events, and says so.
    TimelineModel* timeline = c360->timeline();
    EXPECT_EQ(timeline->totalCount(), 2600);
    EXPECT_EQ(timeline->rowCount(), TimelineModel::kPageSize);
    EXPECT_EQ(c360->timelineStatus(),
              QString("showing 200 of %1 events; scroll down for more").arg(locale.toString(2600)));
    c360->timelineView()->scrollToBottom();
    EXPECT_EVENTUALLY(timeline->rowCount() > TimelineModel::kPageSize, 5000)
        << "scrolling down fetches the next page";
    timeline->fetchAll();
    EXPECT_EQ(timeline->rowCount(), 2600);
    EXPECT_EQ(c360->timelineStatus(), QString("%1 events").arg(locale.toString(2600)));
    c360->kindBox()->setCurrentIndex(1); // orders
    EXPECT_EQ(timeline->totalCount(), 1300);
    EXPECT_EQ(timeline->index(0, TimelineModel::Kind).data().toString(), "Order");
    c360->kindBox()->setCurrentIndex(3); // survey responses
    EXPECT_EQ(timeline->totalCount(), 650);
    EXPECT_EQ(timeline->index(0, TimelineModel::Kind).data().toString(), "Survey response");

    // Closing the workspace empties the timeline (it must not keep the old connection).
    session.close();
    EXPECT_EQ(timeline->rowCount(), 0);
    EXPECT_FALSE(timeline->canFetchMore({}));
}

TEST(MainWindow, RefusesNewerWorkspaceInTheMessageBar)
{
    test::TempDir dir;
    std::string path = dir.file("future.vdw");
    {
        Database db(path);
        db.exec("PRAGMA user_version = 999");
    }
    QFile f(QString::fromStdString(path));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    WorkspaceSession session;
    MainWindow window(session);
    window.openWorkspace(QString::fromStdString(path));
    EXPECT_FALSE(session.isOpen());
    EXPECT_FALSE(session.isOpening());
    EXPECT_TRUE(window.messageBar()->text().contains("newer ValueDesk"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST(MainWindow, FileMenuCreatesOpensAndListsRecentWorkspaces)
{
    IsolatedProfile profile;
    WorkspaceSession session;
    MainWindow window(session);
    window.show();
    QString answer;
    bool askedToSave = false;
    window.setPathPrompt([&](bool save) {
        askedToSave = save;
        return answer;
    });

    // File > New: the suffix is added, the file created and opened.
    answer = QString::fromStdString(profile.file("fresh"));
    action(window, "actionNewWorkspace")->trigger();
    EXPECT_TRUE(askedToSave);
    ASSERT_TRUE(session.isOpen());
    EXPECT_EQ(session.path(), answer + ".vdw");
    EXPECT_TRUE(QFile::exists(answer + ".vdw"));
    EXPECT_EVENTUALLY(statusCounts(window) == "0 customers · 0 orders · 0 responses", 10000);
    // ...but never over an existing file.
    action(window, "actionNewWorkspace")->trigger();
    EXPECT_TRUE(window.messageBar()->text().contains("already exists"));
    // Cancelling the dialog does nothing.
    answer.clear();
    action(window, "actionOpenWorkspace")->trigger();
    EXPECT_EQ(session.path(), QString::fromStdString(profile.file("fresh.vdw")));

    // File > Open.
    std::string other = profile.file("other.vdw");
    {
        Database db(other);
        addCustomers(db, 5);
    }
    answer = QString::fromStdString(other);
    action(window, "actionOpenWorkspace")->trigger();
    EXPECT_FALSE(askedToSave);
    ASSERT_EQ(session.path(), answer);
    EXPECT_EVENTUALLY(statusCounts(window) == "5 customers · 0 orders · 0 responses", 10000);

    // Open recent: newest first, capped at the documented ten.
    QStringList opened;
    for (int i = 0; i < 12; ++i) {
        const QString p = QString::fromStdString(profile.file("r" + std::to_string(i) + ".vdw"));
        window.openWorkspace(p);
        ASSERT_EQ(session.path(), p);
        opened.prepend(p);
    }
    ASSERT_EQ(MainWindow::kMaxRecent, 10);
    EXPECT_EQ(window.recentWorkspaces(), opened.mid(0, 10));
    auto* recent = window.findChild<QMenu*>("menuRecent");
    ASSERT_NE(recent, nullptr);
    const auto entries = recent->actions();
    ASSERT_EQ(entries.size(), 10);
    EXPECT_EQ(entries.front()->text(), QDir::toNativeSeparators(opened.front()));
    entries.back()->trigger();
    EXPECT_EQ(session.path(), opened.at(9)) << "a recent entry opens its workspace";
    EXPECT_EQ(window.recentWorkspaces().front(), opened.at(9));
    EXPECT_EQ(window.recentWorkspaces().size(), 10);
}

TEST(MainWindow, OpenDemoGeneratesOnceAndGuardsASecondTrigger)
{
    IsolatedProfile profile;
    WorkspaceSession session;
    MainWindow window(session);
    window.setDemoCustomers(300);
    window.show();
    const QString demo = MainWindow::demoWorkspacePath();
    ASSERT_TRUE(demo.startsWith(QString::fromStdString(profile.file("data"))))
        << demo.toStdString();
    QSignalSpy started(&TaskMonitor::instance(), &TaskMonitor::started);
    QAction* open = action(window, "actionOpenDemo");
    open->trigger();
    EXPECT_TRUE(window.isGeneratingDemo());
    EXPECT_FALSE(open->isEnabled());
    // A second trigger (the shortcut, the menu) must not start again or delete the file.
    window.openDemoWorkspace();
    EXPECT_TRUE(window.messageBar()->text().contains("being generated"));
    EXPECT_EQ(started.count(), 1);
    EXPECT_TRUE(QFile::exists(demo));
    ASSERT_EVENTUALLY(session.isOpen() && session.path() == demo, 120000);
    EXPECT_FALSE(window.isGeneratingDemo());
    EXPECT_TRUE(open->isEnabled());
    EXPECT_EVENTUALLY(statusCounts(window).startsWith("300 customers"), 10000);
    EXPECT_EVENTUALLY(window.findChildren<WorkspaceSession*>().isEmpty(), 5000)
        << "the generator's session is gone";
    // Once generated it only opens.
    auto generations = [&] {
        int n = 0;
        for (const auto& args : started)
            n += args.at(1).toString() == "Generating the demo workspace";
        return n;
    };
    EXPECT_EQ(generations(), 1);
    session.close();
    window.openDemoWorkspace();
    EXPECT_TRUE(session.isOpen());
    EXPECT_EQ(generations(), 1);
}

TEST(MainWindow, CancellingTheDemoLeavesAMessageAndNoSession)
{
    IsolatedProfile profile;
    WorkspaceSession session;
    MainWindow window(session);
    window.setDemoCustomers(5000);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.openDemoWorkspace();
    ASSERT_TRUE(window.isGeneratingDemo());
    TaskMonitor::instance().cancelAll();
    ASSERT_EVENTUALLY(!window.isGeneratingDemo(), 60000);
    EXPECT_FALSE(session.isOpen());
    EXPECT_TRUE(window.messageBar()->text().contains("cancelled"))
        << window.messageBar()->text().toStdString();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EVENTUALLY(window.findChildren<WorkspaceSession*>().isEmpty(), 5000)
        << "the generator's session was not leaked";
    EXPECT_FALSE(QFile::exists(MainWindow::demoWorkspacePath())) << "nothing half-made is kept";
    EXPECT_TRUE(action(window, "actionOpenDemo")->isEnabled());
}

TEST(MainWindow, ADemoWorkspaceOfANewerVersionIsRefusedNotDeleted)
{
    IsolatedProfile profile;
    const QString demo = MainWindow::demoWorkspacePath();
    {
        Database db(demo.toStdString());
        addCustomers(db, 3);
        db.exec("PRAGMA user_version = 999");
    }
    QFile f(demo);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    WorkspaceSession session;
    MainWindow window(session);
    QSignalSpy started(&TaskMonitor::instance(), &TaskMonitor::started);
    window.openDemoWorkspace();
    EXPECT_FALSE(session.isOpen());
    EXPECT_FALSE(window.isGeneratingDemo());
    EXPECT_EQ(started.count(), 0);
    EXPECT_TRUE(window.messageBar()->text().contains("newer ValueDesk"))
        << window.messageBar()->text().toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before) << "the file of the newer version is kept as it was";
}

TEST(MainWindow, MigratesAnOlderWorkspaceInTheBackgroundWithProgress)
{
    IsolatedProfile profile;
    std::string path = profile.file("old.vdw");
    QSignalSpy started(&TaskMonitor::instance(), &TaskMonitor::started);
    {
        Database::Options v2;
        v2.targetVersion = 2;
        Database db(path, v2);
        addCustomers(db, 50);
    }
    WorkspaceSession session;
    MainWindow window(session);
    window.openWorkspace(QString::fromStdString(path));
    EXPECT_TRUE(session.isOpening() || session.isOpen());
    ASSERT_EVENTUALLY(session.isOpen(), 30000);
    EXPECT_FALSE(session.isOpening());
    ASSERT_GE(started.count(), 1);
    EXPECT_EQ(started.front().at(1).toString(), "Upgrading the workspace");
    EXPECT_EQ(session.db().schemaVersion(), Database::currentSchemaVersion());
    EXPECT_TRUE(window.messageBar()->text().contains(".v2.bak"))
        << window.messageBar()->text().toStdString();
    EXPECT_TRUE(QFile::exists(QString::fromStdString(path + ".v2.bak")));
    EXPECT_EQ(window.recentWorkspaces().front(), QString::fromStdString(path));
}

TEST(MainWindow, RestoresTheSavedGeometry)
{
    IsolatedProfile profile;
    {
        WorkspaceSession session;
        MainWindow first(session);
        first.show();
        first.resize(1300, 780);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
        first.close(); // saves the geometry
    }
    WorkspaceSession session;
    MainWindow second(session);
    EXPECT_EQ(second.size(), QSize(1300, 780));
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
    ASSERT_EVENTUALLY(result == 42, 5000);
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
    ASSERT_EVENTUALLY(started.load(), 5000);
    EXPECT_EQ(TaskMonitor::instance().runningCount(), 1);
    TaskMonitor::instance().cancelAll();
    ASSERT_EVENTUALLY(TaskMonitor::instance().runningCount() == 0, 5000);
    EXPECT_FALSE(doneCalled);

    QString error;
    runTask<int>(
        &context, session, "failing",
        [](Database&, const ProgressCallback&) -> int { throw vd::AnalysisError("no data"); },
        [](int) {}, [&](const QString& e) { error = e; });
    ASSERT_EVENTUALLY(error == QString("no data"), 5000);
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

// English counts read "1 cell" and "3 cells", not "1 cell(s)": the test main installs the
// English catalogue as the app does, and every plural text of the Chinese catalogues has its
// English forms there (resources/translations/plurals_en.ts).
TEST(Translations, EnglishPluralsReadNaturally)
{
    auto clear = [](int n) {
        return QCoreApplication::translate("vd::gui::SegmentRfmTab", "Clear %n cell(s)", nullptr,
                                           n);
    };
    EXPECT_EQ(clear(1), QStringLiteral("Clear 1 cell"));
    EXPECT_EQ(clear(3), QStringLiteral("Clear 3 cells"));
    EXPECT_EQ(clear(0), QStringLiteral("Clear 0 cells"));
    // A context lupdate cannot see (the journey renderer's own helper), added by hand.
    EXPECT_EQ(QCoreApplication::translate("JourneyRenderer", "Stage %1: %2 (%n touchpoint(s))",
                                          nullptr, 1),
              QStringLiteral("Stage %1: %2 (1 touchpoint)"));

    const QDir dir(QStringLiteral(VD_SOURCE_DIR "/resources/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*_zh_CN.ts")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    int plurals = 0;
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        QXmlStreamReader xml(&file);
        QString context;
        bool numerus = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source") && numerus) {
                const QString source = xml.readElementText();
                const QByteArray ctx = context.toUtf8();
                const QByteArray src = source.toUtf8();
                const QString one =
                    QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 1);
                EXPECT_FALSE(one.contains(QLatin1String("(s)")))
                    << name.toStdString() << ": " << context.toStdString() << " / "
                    << source.toStdString();
                ++plurals;
            }
        }
        EXPECT_FALSE(xml.hasError())
            << name.toStdString() << ": " << xml.errorString().toStdString() << " at line "
            << xml.lineNumber();
    }
    EXPECT_GT(plurals, 10);
}
