#include "AlertRuleModel.h"
#include "AlertRulesDialog.h"
#include "CaseTableModel.h"
#include "DashboardBreakdownModel.h"
#include "DashboardDriverChart.h"
#include "DashboardIpaChart.h"
#include "DashboardPage.h"
#include "DashboardTrendChart.h"
#include "ExportHelper.h"
#include "FeedbackQueuePage.h"
#include "KpiTile.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "loyalty/LoyaltyFixture.h"
#include "support/GuiWait.h"
#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/loyalty/Cases.h"
#include "valuedesk/loyalty/Dashboard.h"
#include "valuedesk/storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace vd;
using namespace vd::gui;
using vd::test::day;

namespace {

bool settled()
{
    return TaskMonitor::instance().runningCount() == 0;
}

// A small demo workspace, generated once for the whole test program.
const std::string& demoPath()
{
    static test::TempDir dir;
    static const std::string path = [] {
        std::string p = dir.file("demo.vdw");
        Database db(p);
        DemoOptions options;
        options.customers = 1500;
        options.seed = 7;
        options.kano = false;
        generateDemo(db, options, {});
        return p;
    }();
    return path;
}

// Five hand-made cases: detractor of a (CLV 1234.5), CSAT 2 of b, a negative Chinese comment
// of c, an angry phone call of b; opened with the default 48 h SLA.
struct QueueFixture
{
    QueueFixture()
    {
        a = f.customer("a");
        b = f.customer("b");
        c = f.customer("c");
        f.clvRun({{a, 1234.5}});
        f.response(a, day(2024, 3, 1), 3, std::nullopt, std::nullopt, "store", "pickup",
                   "Waited 20 minutes, coffee was cold");
        f.response(b, day(2024, 3, 3), 8, 2);
        f.response(c, day(2024, 3, 4), std::nullopt, std::nullopt, std::nullopt, "app", "order",
                   "应用闪退，太慢了");
        f.db()
            .prepare("INSERT INTO interactions (customer_id, ts, channel, summary) VALUES "
                     "(?, ?, 'phone', 'Customer angry about a wrong order')")
            .bindAll(b, day(2024, 3, 6))
            .run();
        loyalty::openCases(f.db(), day(2024, 3, 6));
    }
    test::LoyaltyFixture f;
    std::int64_t a = 0, b = 0, c = 0;
    // Past the due time of the first two cases (03-03 12:00 and 03-05 12:00) only.
    const std::int64_t now = day(2024, 3, 5) + 1;
};

std::string statusOf(Database& db, std::int64_t caseId)
{
    auto st = db.prepare("SELECT status FROM feedback_cases WHERE id = ?");
    st.bind(1, caseId);
    return st.step() ? st.getText(0) : std::string();
}

} // namespace

TEST(CaseTableModel, PassesModelTesterAndReadsPagesById)
{
    test::LoyaltyFixture f;
    // 450 detractors: three pages of 200.
    const auto a = f.customer("a");
    f.clvRun({{a, 99.5}});
    const auto b = f.customer("b");
    for (int i = 0; i < 450; ++i)
        f.response(i % 2 ? a : b, day(2024, 1, 1) + i * 3600, i % 7);
    loyalty::openCases(f.db(), 0);

    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setDatabase(&f.db());
    loyalty::CaseFilter all;
    all.now = day(2024, 1, 3); // cases opened before 2024-01-01 00:00 + 48 h... are overdue
    model.setFilter(all);
    ASSERT_EQ(model.rowCount(), 450);
    EXPECT_EQ(model.columnCount(), CaseTableModel::ColumnCount);
    // Queue order is due time, i.e. the response order here; rows past a page boundary too.
    const auto ids = loyalty::listCaseIds(f.db(), all);
    for (int r : {0, 199, 200, 399, 449})
        EXPECT_EQ(model.index(r, CaseTableModel::Id).data(CaseTableModel::CaseIdRole).toLongLong(),
                  ids[static_cast<std::size_t>(r)]);
    // Row 0: opened 2024-01-01 12:00, due 01-03 12:00, not yet overdue at 01-03 12:00.
    EXPECT_EQ(model.index(0, CaseTableModel::Opened).data().toString(), "2024-01-01");
    EXPECT_EQ(model.index(0, CaseTableModel::Opened).data(Qt::ToolTipRole).toString(),
              "2024-01-01 12:00");
    EXPECT_EQ(model.index(0, CaseTableModel::Due).data().toString(), "2024-01-03 12:00");
    EXPECT_EQ(model.index(0, CaseTableModel::Status).data().toString(), "New");
    // Row 0 is customer b (no CLV): unknown, never 0. Row 1 is a: CLV 99.50.
    EXPECT_EQ(model.index(0, CaseTableModel::ValueAtRisk).data().toString(), "unknown");
    EXPECT_EQ(model.index(1, CaseTableModel::ValueAtRisk).data().toString(), "99.50");
    EXPECT_EQ(model.index(1, CaseTableModel::Customer).data().toString(), "Customer a");

    all.now = day(2024, 1, 3) + 3600 + 1; // first two cases past due
    model.setFilter(all);
    EXPECT_EQ(model.index(0, CaseTableModel::Status).data().toString(), "New (overdue)");
    EXPECT_EQ(model.index(1, CaseTableModel::Status).data().toString(), "New (overdue)");
    EXPECT_EQ(model.index(2, CaseTableModel::Status).data().toString(), "New");
    EXPECT_EQ(model.rowOf(ids[300]), 300);
    EXPECT_EQ(model.rowOf(-5), -1);

    // A status change shows after refresh without changing the list.
    loyalty::assignCase(f.db(), ids[0], "anna", 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.index(0, CaseTableModel::Owner).data().toString(), "anna");
    EXPECT_EQ(model.index(0, CaseTableModel::Status).data().toString(), "Assigned (overdue)");

    // A case deleted behind the model's back leaves an empty row, not a wrong one.
    f.db().prepare("DELETE FROM feedback_cases WHERE id = ?").bind(1, ids[5]).run();
    model.refresh();
    EXPECT_FALSE(model.index(5, CaseTableModel::Id).data().isValid());
    EXPECT_EQ(model.index(6, CaseTableModel::Id).data(CaseTableModel::CaseIdRole).toLongLong(),
              ids[6]);

    model.setDatabase(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.caseAt(0), nullptr);
}

// Counts (detractors, passives, promoters) = (1, 2, 3): NPS 33.3, adjusted-Wald interval
// centre 22.2, half width 48.97 (hand computed in tests/loyalty/ScoresTest.cpp).
TEST(DashboardBreakdownModel, PassesModelTesterAndLeavesMissingCellsEmpty)
{
    DashboardBreakdownModel model(QStringLiteral("Channel"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    loyalty::ScoreCounts store;
    store.responses = 7;
    store.detractors = 1;
    store.passives = 2;
    store.promoters = 3;
    store.csatN = 4;
    store.csatTop2 = 3;
    store.csatSum = 16;
    store.csatSumSq = 70; // answers 5, 5, 4, 2
    loyalty::ScoreCounts app;
    app.responses = 2; // unanswered items only
    model.setRows({loyalty::scoreMetricsFromCounts("store", store),
                   loyalty::scoreMetricsFromCounts("", app)});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(DashboardBreakdownModel::Group, Qt::Horizontal).toString(),
              "Channel");
    EXPECT_EQ(model.index(0, DashboardBreakdownModel::Nps).data().toString(), "33.3");
    EXPECT_EQ(model.index(0, DashboardBreakdownModel::NpsInterval).data().toString(),
              "-26.7 to 71.2");
    EXPECT_EQ(model.index(0, DashboardBreakdownModel::CsatTop2).data().toString(), "75.0 %");
    EXPECT_EQ(model.index(0, DashboardBreakdownModel::Nps).data(Qt::ToolTipRole).toString(),
              "3 promoters, 2 passives, 1 detractors");
    EXPECT_EQ(model.index(1, DashboardBreakdownModel::Group).data().toString(), "(none)");
    EXPECT_FALSE(model.index(1, DashboardBreakdownModel::Nps).data().isValid());
    EXPECT_FALSE(model.index(1, DashboardBreakdownModel::CesMean).data().isValid());
    EXPECT_DOUBLE_EQ(model.index(0, DashboardBreakdownModel::Nps)
                         .data(DashboardBreakdownModel::SortRole)
                         .toDouble(),
                     100.0 / 3.0);
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(KpiTile, ShowsChangeAndMarksOnlyTestedSignificantChanges)
{
    KpiTile tile(QStringLiteral("NPS"));
    EXPECT_EQ(tile.valueText(), "no data");
    loyalty::Kpi k;
    k.id = "nps";
    k.unit = "points";
    k.value = 12.5;
    k.previous = 20.0;
    k.lower = 5.0;
    k.upper = 19.0;
    k.n = 400;
    k.test = loyalty::Comparison{};
    k.test->pValue = 0.01;
    k.significant = true;
    tile.setKpi(k, QStringLiteral("2024-02"));
    EXPECT_EQ(tile.valueText(), "+12.5");
    EXPECT_TRUE(tile.significantShown());
    EXPECT_TRUE(tile.changeText().contains(QStringLiteral("−7.5 pts")))
        << tile.changeText().toStdString();
    EXPECT_TRUE(tile.changeText().contains(QStringLiteral("#b91c1c"))); // worse: red
    k.significant = false;
    tile.setKpi(k, QStringLiteral("2024-02"));
    EXPECT_FALSE(tile.significantShown());
    EXPECT_TRUE(tile.changeText().contains(QStringLiteral("not significant")));
    // Revenue has no test: never marked, grey.
    loyalty::Kpi rev;
    rev.id = "revenue";
    rev.unit = "currency";
    rev.value = 12000;
    rev.previous = 10000;
    tile.setKpi(rev, QStringLiteral("2024-02"));
    EXPECT_EQ(tile.valueText(), "12,000");
    EXPECT_FALSE(tile.significantShown());
    EXPECT_TRUE(tile.changeText().contains(QStringLiteral("+2,000")));
    // Churn: a rise is bad.
    loyalty::Kpi churn;
    churn.id = "churn";
    churn.unit = "%";
    churn.value = 30;
    churn.previous = 20;
    churn.higherIsBetter = false;
    churn.test = loyalty::Comparison{};
    churn.significant = true;
    tile.setKpi(churn, QStringLiteral("2024-02"));
    EXPECT_TRUE(tile.changeText().contains(QStringLiteral("#b91c1c")));
    EXPECT_TRUE(tile.changeText().contains(QStringLiteral("+10.0 pp")));
}

TEST(DashboardPage, LoadsTheDemoWorkspaceWithTheCoreNumbers)
{
    WorkspaceSession session;
    session.open(QString::fromStdString(demoPath()));
    DashboardPage page(session);
    page.resize(1090, 900);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(page.data().has_value() && settled(), 30000);
    ASSERT_EVENTUALLY(page.drivers().has_value() && settled(), 30000);
    const loyalty::DashboardData& shown = *page.data();
    ASSERT_FALSE(shown.empty);

    // The same numbers as the core computes for the latest month of all customers.
    Database db(demoPath());
    const loyalty::DashboardData want = loyalty::computeDashboard(db, {});
    EXPECT_EQ(shown.current.label, want.current.label);
    const loyalty::Kpi* nps = want.kpi("nps");
    ASSERT_TRUE(nps && nps->value);
    EXPECT_EQ(page.tile("nps")->valueText(), KpiTile::formatValue(*nps, *nps->value));
    for (const char* id :
         {"nps", "csat", "ces", "retention", "repurchase", "churn", "customers", "revenue", "clv"})
        ASSERT_NE(page.tile(QString::fromLatin1(id)), nullptr) << id;
    EXPECT_NE(page.tile("customers")->valueText(), "no data");
    EXPECT_NE(page.tile("revenue")->valueText(), "no data");
    // Trends with interval bands, alerts listed (or the "no alert" line), drivers and IPA.
    EXPECT_GE(page.npsChart()->lineCount(), 1);
    EXPECT_GE(page.npsChart()->bandCount(), 1);
    // CSAT and CES means have their own trend; money is in the demo's currency (yuan).
    EXPECT_EQ(page.meanChart()->lineCount(), 2);
    EXPECT_GE(page.meanChart()->bandCount(), 1);
    EXPECT_TRUE(page.tile("revenue")->valueText().startsWith(QStringLiteral("¥")))
        << page.tile("revenue")->valueText().toStdString();
    EXPECT_EQ(page.alertList()->count(), std::max<int>(1, static_cast<int>(want.alerts.size())));
    EXPECT_GT(page.driverChart()->barCount(), 0);
    EXPECT_GT(page.ipaChart()->pointCount(), 0);
    EXPECT_GT(page.drivers()->n, 0);

    // Switching to quarters recomputes for the latest quarter.
    page.setGrain(loyalty::Grain::Quarter);
    ASSERT_EVENTUALLY(settled() && page.data()->current.label.find('Q') != std::string::npos,
                      30000);
    loyalty::DashboardQuery quarters;
    quarters.grain = loyalty::Grain::Quarter;
    EXPECT_EQ(page.data()->current.label, loyalty::computeDashboard(db, quarters).current.label);
    test::TempDir out;
    const QString png = QString::fromStdString(out.file("dashboard.png"));
    renderWidget(page.content(), png);
    EXPECT_FALSE(QImage(png).isNull());
}

TEST(DashboardPage, EmptyWorkspaceSaysSo)
{
    test::TempDir dir;
    const std::string path = dir.file("empty.vdw");
    {
        Database db(path);
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(path));
    DashboardPage page(session);
    page.ensureFresh();
    ASSERT_EVENTUALLY(page.data().has_value() && settled(), 10000);
    EXPECT_TRUE(page.data()->empty);
    EXPECT_EQ(page.tile("nps")->valueText(), "no data");
}

// Alerts are evaluated when a workspace opens and again after its data changes (an import
// emits dataChanged), whether or not the dashboard is visible.
TEST(DashboardPage, AlertsAreEvaluatedOnOpenAndAfterDataChanges)
{
    test::LoyaltyFixture f;
    const auto a = f.customer("a");
    // March 2024: 3 promoters, 1 detractor (NPS +50). April: 1 promoter, 3 detractors
    // (NPS -50): the default rule "NPS below 0" fires for 2024-04.
    for (int i = 0; i < 3; ++i)
        f.response(a, day(2024, 3, 2 + i), 10);
    f.response(a, day(2024, 3, 9), 2);
    f.response(a, day(2024, 4, 2), 10);
    for (int i = 0; i < 3; ++i)
        f.response(a, day(2024, 4, 3 + i), 1);

    WorkspaceSession session;
    DashboardPage page(session); // hidden: never reloaded
    QSignalSpy messages(&session, &WorkspaceSession::message);
    session.open(QString::fromStdString(f.path()));
    ASSERT_EVENTUALLY(messages.count() >= 1 && settled(), 10000);
    const QString first = messages.takeFirst().at(0).toString();
    EXPECT_TRUE(first.contains("2024-04")) << first.toStdString();
    EXPECT_TRUE(first.contains("NPS")) << first.toStdString();
    // The closed loop ran too: the four detractors got cases without anybody asking.
    EXPECT_TRUE(first.contains("Opened 4 feedback case")) << first.toStdString();
    EXPECT_EQ(session.db().queryInt("SELECT count(*) FROM feedback_cases"), 4);

    // New data for May that is just as bad: a new period, announced again.
    f.response(a, day(2024, 5, 2), 0);
    session.notifyDataChanged();
    ASSERT_EVENTUALLY(messages.count() >= 1 && settled(), 10000);
    const QString may = messages.takeFirst().at(0).toString();
    EXPECT_TRUE(may.contains("2024-05")) << may.toStdString();
    EXPECT_TRUE(may.contains("Opened 1 feedback case")) << may.toStdString();
    EXPECT_EQ(session.db().queryInt("SELECT count(*) FROM feedback_cases"), 5);

    // Unchanged alerts are not repeated on every change.
    session.notifyDataChanged();
    QTest::qWait(200);
    ASSERT_EVENTUALLY(settled(), 10000);
    EXPECT_EQ(messages.count(), 0);
}

TEST(FeedbackQueuePage, TransitionsFromTheQueueWithUndoAndFilters)
{
    QueueFixture q;
    WorkspaceSession session;
    session.open(QString::fromStdString(q.f.path()));
    FeedbackQueuePage page(session);
    page.setClock([&q] { return q.now; });
    page.resize(1090, 700);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);
    ASSERT_EQ(page.model()->rowCount(), 4);
    EXPECT_EQ(page.countLabel()->text(), "4 cases · 2 overdue");
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Nothing selected: no action.
    EXPECT_FALSE(page.assignButton()->isEnabled());
    Database& db = session.db();
    const std::int64_t first = page.model()->caseAt(0)->id; // the detractor of a
    ASSERT_TRUE(page.selectCase(first));
    EXPECT_TRUE(page.assignButton()->isEnabled());
    EXPECT_FALSE(page.resolveButton()->isEnabled()); // new -> resolved is refused
    EXPECT_FALSE(page.informButton()->isEnabled());

    page.assignSelected(QStringLiteral("anna"));
    EXPECT_EQ(statusOf(db, first), "assigned");
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);
    ASSERT_NE(page.model()->caseAt(0), nullptr);
    EXPECT_EQ(page.model()->caseAt(0)->id, first); // still selected and listed first
    EXPECT_EQ(page.assignButton()->text(), "Reassign…");
    EXPECT_TRUE(page.resolveButton()->isEnabled());
    EXPECT_FALSE(page.informButton()->isEnabled());
    EXPECT_NE(page.ownerFilter()->findData(QStringLiteral("anna")), -1);

    page.resolveSelected();
    EXPECT_EQ(statusOf(db, first), "resolved");
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);
    EXPECT_FALSE(page.assignButton()->isEnabled()); // resolved -> assigned is refused
    EXPECT_TRUE(page.informButton()->isEnabled());
    page.informSelected();
    EXPECT_EQ(statusOf(db, first), "informed");
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);
    EXPECT_FALSE(page.assignButton()->isEnabled());
    EXPECT_FALSE(page.resolveButton()->isEnabled());
    EXPECT_FALSE(page.informButton()->isEnabled());
    // Resolved and informed cases are no longer overdue.
    EXPECT_EQ(page.countLabel()->text(), "4 cases · 1 overdue");

    // Undo walks back through the recorded states, redo forward again.
    ASSERT_EQ(page.undoStack()->count(), 3);
    EXPECT_EQ(page.undoStack()->undoText().toStdString(),
              "Mark case " + std::to_string(first) + " as customer informed");
    page.undoStack()->undo();
    EXPECT_EQ(statusOf(db, first), "resolved");
    page.undoStack()->undo();
    page.undoStack()->undo();
    EXPECT_EQ(statusOf(db, first), "new");
    EXPECT_FALSE(loyalty::getCase(db, first, 0)->owner);
    page.undoStack()->redo();
    EXPECT_EQ(statusOf(db, first), "assigned");
    EXPECT_EQ(loyalty::getCase(db, first, 0)->owner, "anna");
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);

    // Someone else resolves it: undoing the assignment no longer applies and says so.
    loyalty::resolveCase(db, first, q.now);
    QSignalSpy messages(&session, &WorkspaceSession::message);
    page.undoStack()->undo();
    EXPECT_EQ(statusOf(db, first), "resolved");
    ASSERT_GE(messages.count(), 1);
    EXPECT_TRUE(messages.at(0).at(0).toString().contains("changed by someone else"));
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);

    // Filters: status, owner, overdue.
    page.setStatusFilter(loyalty::CaseStatus::New);
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);
    EXPECT_EQ(page.model()->rowCount(), 3);
    page.setStatusFilter(std::nullopt);
    page.setOwnerFilter(QStringLiteral("anna"));
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);
    EXPECT_EQ(page.model()->rowCount(), 1);
    page.setOwnerFilter({});
    page.setOverdueOnly(true);
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 10000);
    ASSERT_EQ(page.model()->rowCount(), 1); // the CSAT-2 case of b, due 03-05 12:00
    EXPECT_TRUE(page.model()->caseAt(0)->overdue);
    EXPECT_EQ(page.model()->caseAt(0)->customerId, q.b);

    // A case opens its customer's 360 page.
    QSignalSpy open(&session, &WorkspaceSession::customerRequested);
    page.selectCase(page.model()->caseAt(0)->id);
    page.openSelectedCustomer();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toLongLong(), q.b);
}

TEST(FeedbackQueuePage, DemoQueueLoadsAndRenders)
{
    WorkspaceSession session;
    session.open(QString::fromStdString(demoPath()));
    FeedbackQueuePage page(session);
    page.resize(1090, 700);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isLoading() && settled(), 30000);
    Database db(demoPath());
    EXPECT_EQ(page.model()->rowCount(), db.queryInt("SELECT count(*) FROM feedback_cases"));
    EXPECT_GT(page.model()->rowCount(), 0);
    test::TempDir out;
    const QString png = QString::fromStdString(out.file("feedback.png"));
    renderWidget(&page, png);
    EXPECT_FALSE(QImage(png).isNull());
    // Open cases come first: the demo's closed 2023 cases are at the end of the queue.
    ASSERT_NE(page.model()->caseAt(0), nullptr);
    const auto first = page.model()->caseAt(0)->status;
    EXPECT_TRUE(first == loyalty::CaseStatus::New || first == loyalty::CaseStatus::Assigned);
    EXPECT_EQ(page.model()->headerData(CaseTableModel::ValueAtRisk, Qt::Horizontal).toString(),
              "Customer CLV");
}

// The pages fit a 1280 px laptop screen next to the 190 px navigation list.
TEST(LoyaltyPages, FitALaptopScreen)
{
    test::TempDir dir;
    const std::string path = dir.file("w.vdw");
    {
        Database db(path);
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(path));
    DashboardPage dashboard(session);
    FeedbackQueuePage queue(session);
    EXPECT_LE(dashboard.minimumSizeHint().width(), 1000);
    EXPECT_LE(queue.minimumSizeHint().width(), 1000);
}

TEST(FeedbackQueuePage, KeywordRulesRoundTripThroughTheSettingsText)
{
    const auto defaults = loyalty::defaultCategoryRules();
    const auto back = FeedbackQueuePage::rulesFromText(FeedbackQueuePage::rulesToText(defaults));
    ASSERT_EQ(back.size(), defaults.size());
    for (std::size_t i = 0; i < back.size(); ++i) {
        EXPECT_EQ(back[i].category, defaults[i].category);
        EXPECT_EQ(back[i].keywords, defaults[i].keywords);
    }
    // Full-width punctuation, blank lines and spaces are fine; the result categorises.
    const auto rules = FeedbackQueuePage::rulesFromText(
        QStringLiteral("\n ambience： music , 音乐，噪音 \n\nwifi: wi-fi; internet\n"));
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_EQ(rules[0].category, "ambience");
    EXPECT_EQ(rules[0].keywords, (std::vector<std::string>{"music", "音乐", "噪音"}));
    EXPECT_EQ(rules[1].keywords, (std::vector<std::string>{"wi-fi", "internet"}));
    EXPECT_EQ(loyalty::categorize("店里噪音太大", rules), "ambience");
    EXPECT_EQ(loyalty::categorize("No internet again", rules), "wifi");
    EXPECT_TRUE(FeedbackQueuePage::rulesFromText(QStringLiteral("  \n")).empty());
    try {
        FeedbackQueuePage::rulesFromText(QStringLiteral("ok: a\nno colon here"));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    }
    EXPECT_THROW(FeedbackQueuePage::rulesFromText(QStringLiteral("empty:  ,")), InputError);
    EXPECT_THROW(FeedbackQueuePage::rulesFromText(QStringLiteral(": kw")), InputError);
}

TEST(AlertRuleModel, PassesModelTesterEditsWithUndoAndValidates)
{
    QUndoStack undo;
    AlertRuleModel model(&undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRules(loyalty::defaultAlertRules());
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(undo.count(), 0);
    EXPECT_TRUE(model.isValid());
    EXPECT_EQ(model.index(5, AlertRuleModel::Metric).data().toString(), "CSAT top-2 box");
    EXPECT_EQ(model.index(5, AlertRuleModel::Kind).data().toString(), "below");
    EXPECT_EQ(model.index(5, AlertRuleModel::Threshold).data().toString(), "70.0 %");
    EXPECT_EQ(model.index(0, AlertRuleModel::Threshold).data().toString(), "—"); // drop
    EXPECT_FALSE(model.flags(model.index(0, AlertRuleModel::Threshold)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(model.index(5, AlertRuleModel::Threshold)) & Qt::ItemIsEditable);

    // Threshold out of range: the row says so and the list is not valid.
    ASSERT_TRUE(model.setData(model.index(5, AlertRuleModel::Threshold), 140.0));
    EXPECT_FALSE(model.isValid());
    EXPECT_TRUE(model.index(5, AlertRuleModel::Check).data().toString().contains("between"));
    undo.undo();
    EXPECT_TRUE(model.isValid());
    EXPECT_DOUBLE_EQ(model.rules()[5].threshold, 70.0);

    // A repeated rule is reported on the second one.
    loyalty::AlertRule again{loyalty::AlertMetric::Nps, loyalty::AlertKind::Drop, 0.0, true};
    model.addRule(again);
    ASSERT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.index(6, AlertRuleModel::Check).data().toString(), "Repeats rule 1");
    EXPECT_EQ(model.firstProblem(), "Rule 7: Repeats rule 1");
    // Switching it to "above" (0) makes it a new rule; disabling works through the check box.
    ASSERT_TRUE(model.setData(model.index(6, AlertRuleModel::Kind),
                              static_cast<int>(loyalty::AlertKind::Above)));
    EXPECT_TRUE(model.isValid());
    ASSERT_TRUE(
        model.setData(model.index(6, AlertRuleModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(model.rules()[6].enabled);
    // Changing the metric keeps the threshold inside the new range.
    ASSERT_TRUE(model.setData(model.index(5, AlertRuleModel::Metric),
                              static_cast<int>(loyalty::AlertMetric::Ces)));
    EXPECT_DOUBLE_EQ(model.rules()[5].threshold, 7.0);
    model.removeRule(0);
    EXPECT_EQ(model.rowCount(), 6);
    // Undo everything step by step, redo one.
    while (undo.canUndo())
        undo.undo();
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.rules()[5].metric, loyalty::AlertMetric::Csat);
    undo.redo();
    EXPECT_EQ(model.rowCount(), 7);
    model.restoreDefaults();
    EXPECT_EQ(model.rowCount(), 6);
    undo.undo();
    EXPECT_EQ(model.rowCount(), 7);
}

// Alert sentences are built in the GUI from the structured fields, so they go through tr().
TEST(AlertRuleModel, AlertTextFromStructuredFields)
{
    loyalty::Alert below;
    below.rule = {loyalty::AlertMetric::Csat, loyalty::AlertKind::Below, 70.0, true};
    below.period = "2024-04";
    below.value = 50.0;
    EXPECT_EQ(AlertRuleModel::alertText(below),
              "CSAT top-2 box is 50.0 % in 2024-04, below the threshold 70.0 %");
    loyalty::Alert drop;
    drop.rule = {loyalty::AlertMetric::Nps, loyalty::AlertKind::Drop, 0.0, true};
    drop.period = "2024-04";
    drop.previousPeriod = "2024-03";
    drop.value = -60.0;
    drop.previous = 60.0;
    drop.test = loyalty::Comparison{};
    drop.test->pValue = 0.0012;
    EXPECT_EQ(AlertRuleModel::alertText(drop),
              "NPS went from +60.0 in 2024-03 to -60.0 in 2024-04, a significant change for "
              "the worse (p = 0.0012)");
}

// "Alert rules…": edit in the dialog, OK saves the rules and the dashboard is re-evaluated.
TEST(DashboardPage, AlertRulesDialogSavesAndReevaluates)
{
    test::LoyaltyFixture f;
    const auto a = f.customer("a");
    // April 2024: NPS +50 (3 promoters, 1 detractor): no default rule fires.
    for (int i = 0; i < 3; ++i)
        f.response(a, day(2024, 4, 2 + i), 10);
    f.response(a, day(2024, 4, 9), 2);
    WorkspaceSession session;
    session.open(QString::fromStdString(f.path()));
    DashboardPage page(session);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(page.data().has_value() && settled(), 10000);
    EXPECT_TRUE(page.data()->alerts.empty());
    EXPECT_TRUE(page.alertList()->item(0)->text().startsWith("No alert rule fired"));

    bool sawProblem = false;
    page.setAlertDialogHook([&](AlertRulesDialog& d) {
        // "NPS below 60": first out of range (600), OK is off; then fixed.
        d.addRule();
        const int row = d.model()->rowCount() - 1;
        d.model()->setData(d.model()->index(row, AlertRuleModel::Threshold), 600.0);
        sawProblem = !d.okButton()->isEnabled() && !d.problemLabel()->text().isEmpty();
        d.model()->setData(d.model()->index(row, AlertRuleModel::Threshold), 60.0);
        EXPECT_TRUE(d.okButton()->isEnabled());
        // The threshold editor follows the metric's range.
        QStyleOptionViewItem option;
        QWidget* editor = d.view()->itemDelegate()->createEditor(
            d.view()->viewport(), option, d.model()->index(row, AlertRuleModel::Threshold));
        auto* spin = qobject_cast<QDoubleSpinBox*>(editor);
        EXPECT_TRUE(spin && spin->minimum() == -100.0 && spin->maximum() == 100.0);
        delete editor;
        QMetaObject::invokeMethod(&d, &QDialog::accept, Qt::QueuedConnection);
    });
    page.editAlertRules();
    EXPECT_TRUE(sawProblem);
    EXPECT_TRUE(loyalty::hasCustomAlertRules(session.db()));
    ASSERT_EQ(loyalty::loadAlertRules(session.db()).size(), 7u);
    ASSERT_EVENTUALLY(settled() && page.data() && !page.data()->alerts.empty(), 10000);
    EXPECT_EQ(page.data()->alerts.front().rule.metric, loyalty::AlertMetric::Nps);
    EXPECT_TRUE(page.alertList()->item(0)->text().contains("below the threshold +60.0"))
        << page.alertList()->item(0)->text().toStdString();

    // Invalid rules passed directly are refused with a message and not stored.
    QSignalSpy messages(&session, &WorkspaceSession::message);
    EXPECT_FALSE(
        page.saveAlertRules({{loyalty::AlertMetric::Ces, loyalty::AlertKind::Below, 9.0, true}}));
    ASSERT_GE(messages.count(), 1);
    EXPECT_TRUE(messages.last().at(0).toString().contains("alert rule 1"));
    EXPECT_EQ(loyalty::loadAlertRules(session.db()).size(), 7u);
}
