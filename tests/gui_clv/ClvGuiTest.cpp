#include "ClvAliveHeatmap.h"
#include "ClvChurnModel.h"
#include "ClvDistributionChart.h"
#include "ClvFrequencyChart.h"
#include "ClvPage.h"
#include "ClvParameterModel.h"
#include "ClvPredictionModel.h"
#include "ClvResults.h"
#include "ClvTrackingChart.h"
#include "ExportHelper.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "clv/CdnowLoader.h"
#include "clv/ClvFixtures.h"
#include "support/GuiWait.h"
#include "support/TempDir.h"
#include "valuedesk/clv/ClvStore.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace vd;
using namespace vd::gui;

namespace {

// |value - published| <= relative * |published|
void expectWithin(double value, double published, double relative, const char* what)
{
    EXPECT_NEAR(value, published, relative * std::fabs(published)) << what;
}

const ClvParameterRow* findRow(const std::vector<ClvParameterRow>& rows, const std::string& model,
                               const std::string& name)
{
    for (const auto& r : rows)
        if (r.model == model && r.name == name && r.kind == ClvParameterRow::Kind::Parameter)
            return &r;
    return nullptr;
}

bool hasInk(const QImage& image)
{
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - c.blue()) > 40 || std::abs(c.red() - c.green()) > 40)
                ++coloured;
        }
    return coloured > 50;
}

std::vector<std::string> readLines(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line))
        lines.push_back(line);
    return lines;
}

// A stored run with hand-made predictions whose histograms and churn list are known.
void storeHandRun(Database& db)
{
    for (int id = 1; id <= 6; ++id)
        test::addCustomer(db, id);
    clv::RunRecord run;
    run.model = "bgnbd";
    run.paramsJson =
        R"({"fit":{"model":"bgnbd","parameters":{"r":0.25,"alpha":4.5,"a":0.8,"b":2.5},)"
        R"("standard_errors":{"r":0.01,"alpha":0.4,"a":null,"b":0.7},"log_likelihood":-12.5,)"
        R"("customers":6,"converged":true,"message":"ok","standard_error_note":"Hessian not )"
        R"(positive definite"},"spend_model":"observed","horizon":52,"discount":0.1,"margin":0.5})";
    run.calibrationEnd = date::toEpoch(2024, 1, 31);
    run.timeUnit = "week";
    run.customers = 6;
    std::vector<clv::CustomerPrediction> p(6);
    // P(alive): 0.05, 0.15, 0.15, 0.45, 0.95, 1.0; CLV 10, 20, 30, 40, 50, 1000.
    const double alive[] = {0.05, 0.15, 0.15, 0.45, 0.95, 1.0};
    for (int i = 0; i < 6; ++i) {
        p[static_cast<std::size_t>(i)].customerId = i + 1;
        p[static_cast<std::size_t>(i)].pAlive = alive[i];
        p[static_cast<std::size_t>(i)].clv = i < 5 ? 10.0 * (i + 1) : 1000.0;
        p[static_cast<std::size_t>(i)].valueAtRisk = 100.0 - 10.0 * i; // 100, 90, ..., 50
    }
    p[2].valueAtRisk = 95.0; // customer 3 before customer 2
    clv::saveRun(db, run, p);
}

class ClvGuiTest : public ::testing::Test
{
protected:
    std::string path(const std::string& name) { return dir.file(name); }
    test::TempDir dir;
};

TEST(ClvParameterModelTest, PassesTesterAndFormatsEstimates)
{
    ClvParameterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    std::vector<ClvParameterRow> rows(3);
    rows[0].model = "bgnbd";
    rows[0].name = "r";
    rows[0].value = 0.24259;
    rows[0].standardError = 0.012557;
    rows[1].model = "bgnbd";
    rows[1].name = "a";
    rows[1].value = 0.793;
    rows[1].note = "Hessian not positive definite";
    rows[2].kind = ClvParameterRow::Kind::Converged;
    rows[2].model = "bgnbd";
    rows[2].value = 1.0;
    model.setRows(rows);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), ClvParameterModel::ColumnCount);
    EXPECT_EQ(model.index(0, ClvParameterModel::Model).data().toString(), "BG/NBD");
    EXPECT_EQ(model.index(0, ClvParameterModel::Estimate).data().toString(), "0.2426");
    EXPECT_EQ(model.index(0, ClvParameterModel::StandardError).data().toString(), "0.0126");
    EXPECT_EQ(model.index(1, ClvParameterModel::StandardError).data().toString(), "—");
    EXPECT_TRUE(std::isnan(model.index(1, ClvParameterModel::StandardError)
                               .data(ClvParameterModel::ValueRole)
                               .toDouble()));
    EXPECT_EQ(model.index(1, ClvParameterModel::StandardError).data(Qt::ToolTipRole).toString(),
              "Hessian not positive definite");
    EXPECT_EQ(model.index(2, ClvParameterModel::Parameter).data().toString(), "Converged");
    EXPECT_EQ(model.index(2, ClvParameterModel::Estimate).data().toString(), "Yes");
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ClvGuiTest, StoredRunLoadsWithKnownHistogramsAndChurnList)
{
    {
        Database db(path("hand.vdw"));
        // No run yet: nothing to show, no error.
        ClvResults empty = loadClvResults(db, 0.5, 100);
        EXPECT_FALSE(empty.run);
        EXPECT_TRUE(empty.parameters.empty());
        storeHandRun(db);
    }
    Database db(path("hand.vdw"));
    ClvResults r = loadClvResults(db, 0.5, 100);
    ASSERT_TRUE(r.run);
    EXPECT_EQ(r.predictions, 6);
    EXPECT_DOUBLE_EQ(r.totalClv, 1150.0);
    EXPECT_DOUBLE_EQ(r.margin, 0.5);
    EXPECT_EQ(r.spendModel, "observed");
    // Parameters in the model's order r, alpha, a, b (the JSON object is alphabetical), then
    // log-likelihood, customers and convergence.
    ASSERT_EQ(r.parameters.size(), 7u);
    EXPECT_EQ(r.parameters[0].name, "r");
    EXPECT_EQ(r.parameters[1].name, "alpha");
    EXPECT_EQ(r.parameters[3].name, "b");
    EXPECT_DOUBLE_EQ(*r.parameters[1].standardError, 0.4);
    EXPECT_FALSE(r.parameters[2].standardError);
    EXPECT_EQ(r.parameters[2].note, "Hessian not positive definite");
    EXPECT_EQ(r.parameters[4].kind, ClvParameterRow::Kind::LogLikelihood);
    EXPECT_DOUBLE_EQ(r.parameters[4].value, -12.5);
    // P(alive) bins of 0.1: 0.05 -> 0, 0.15 twice -> 1, 0.45 -> 4, 0.95 and 1.0 -> 9.
    ASSERT_EQ(r.pAlive.counts.size(), 10u);
    EXPECT_EQ(r.pAlive.counts[0], 1);
    EXPECT_EQ(r.pAlive.counts[1], 2);
    EXPECT_EQ(r.pAlive.counts[4], 1);
    EXPECT_EQ(r.pAlive.counts[9], 2);
    // CLV: the 99th percentile of 6 values is the 5th smallest (offset floor(0.99 * 5) = 4),
    // 50, so 20 bins of 2.5: 10 -> bin 4, 20 -> 8, 30 -> 12, 40 -> 16, 50 sits on the upper
    // edge and joins bin 19; 1000 is the overflow.
    EXPECT_DOUBLE_EQ(r.clvValue.binWidth, 2.5);
    EXPECT_EQ(r.clvValue.counts[4], 1);
    EXPECT_EQ(r.clvValue.counts[8], 1);
    EXPECT_EQ(r.clvValue.counts[16], 1);
    EXPECT_EQ(r.clvValue.counts[19], 1);
    EXPECT_EQ(r.clvValue.overflow, 1);
    // Churn below 0.5: customers 1-4 by value at risk: 1 (100), 3 (95), 2 (90), 4 (70).
    EXPECT_EQ(r.churn.total, 4);
    EXPECT_DOUBLE_EQ(r.churn.valueAtRisk, 355.0);
    ASSERT_EQ(r.churn.rows.size(), 4u);
    EXPECT_EQ(r.churn.rows[0].prediction.customerId, 1);
    EXPECT_EQ(r.churn.rows[1].prediction.customerId, 3);
    EXPECT_EQ(r.churn.rows[2].prediction.customerId, 2);
    // A limit cuts the list, not the totals.
    ClvChurnList cut = loadChurnList(db, 0.5, 2);
    EXPECT_EQ(cut.rows.size(), 2u);
    EXPECT_EQ(cut.total, 4);
    EXPECT_THROW(loadChurnList(db, 1.5, 2), InputError);
    EXPECT_THROW(loadChurnList(db, std::nan(""), 2), InputError);

    // The churn model over that list.
    ClvChurnModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setList(r.churn);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(1, ClvChurnModel::Customer).data().toString(), "C3");
    EXPECT_EQ(model.index(1, ClvChurnModel::Rank).data().toInt(), 2);
    EXPECT_EQ(model.index(1, ClvChurnModel::PAlive).data().toString(), "15.0 %");
    EXPECT_EQ(model.index(1, ClvChurnModel::ValueAtRisk).data().toString(), "95.00");
    EXPECT_EQ(model.customerId(1), 3);
    EXPECT_EQ(model.customerId(9), 0);
    EXPECT_EQ(model.index(0, ClvChurnModel::Name).data(ClvChurnModel::CustomerIdRole).toLongLong(),
              1);
    model.setList({});
    EXPECT_EQ(model.rowCount(), 0);

    // The export writes every customer below the threshold with a header.
    const std::string csv = path("churn.csv");
    EXPECT_EQ(exportChurnCsv(db, 0.5, csv), 4);
    const auto lines = readLines(csv);
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_NE(lines[0].find("rank,customer_id,external_id,name,p_alive,clv,value_at_risk"),
              std::string::npos);
    EXPECT_EQ(lines[2].rfind("2,3,C3,Customer 3,0.15,30,95,", 0), 0u) << lines[2];
    EXPECT_THROW(exportChurnCsv(db, 0.5, path("missing/dir/x.csv")), Error);

    // The distribution chart colours the bins wholly below the threshold: 0.05, 0.15, 0.15.
    ClvDistributionChart chart;
    chart.setData(r.pAlive, r.clvValue, 0.3, "52 weeks");
    EXPECT_EQ(chart.customersBelow(), 3);
    ASSERT_EQ(chart.clvCategories().size(), 21);
    EXPECT_EQ(chart.clvCategories().front(), "0");
    EXPECT_EQ(chart.clvCategories().back(), "≥50");
}

// Shows the page at `size` and waits for its first load.
void showLoaded(ClvPage& page, QSize size)
{
    page.resize(size);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isBusy(), 20000);
}

// The page as the main window shows it at 1400 x 900 (about 1180 x 830 beside the
// navigation): the splitter must give the parameter pane the width of its columns, or it
// leaves a strip that shows the model column only and hides the estimates.
TEST_F(ClvGuiTest, ParameterPaneShowsEveryColumnOfAStoredRun)
{
    {
        Database db(path("hand.vdw"));
        storeHandRun(db);
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(path("hand.vdw")));
    ClvPage page(session);
    ASSERT_NO_FATAL_FAILURE(showLoaded(page, {1180, 830}));
    ASSERT_TRUE(page.results().run);
    const QTableView* view = page.parameterView();
    const QHeaderView* header = view->horizontalHeader();
    const auto columnsWidth = [header] {
        int w = 0;
        for (int c = 0; c < header->count(); ++c)
            w += header->sectionSize(c);
        return w;
    };
    ASSERT_EVENTUALLY(columnsWidth() <= view->viewport()->width(), 2000);
    EXPECT_GE(header->sectionSize(ClvParameterModel::StandardError),
              header->sectionSizeHint(ClvParameterModel::StandardError));
    // The pane takes no more than 40 % of the page: the charts keep the rest.
    EXPECT_LE(view->width(), page.width() * 2 / 5);
}

// The y values of the chart's line named `name`.
std::vector<double> seriesValues(ClvTrackingChart& chart, const QString& name)
{
    std::vector<double> out;
    for (QAbstractSeries* s : chart.chart()->series())
        if (s->name() == name)
            for (const QPointF& p : static_cast<QLineSeries*>(s)->points())
                out.push_back(p.y());
    return out;
}

// The tracking chart in both modes over a hand-made validation: cumulative shows the running
// totals, per period the increments (and says so on the axis); the calibration end is drawn
// only with a holdout.
TEST(ClvTrackingChartTest, PerPeriodModeShowsTheIncrements)
{
    clv::ValidationResult v;
    const double actual[] = {3, 0, 7, 5, 2}, predicted[] = {2.5, 3.5, 4.0, 4.5, 3.0};
    double ca = 0, cp = 0;
    for (int k = 0; k < 5; ++k) {
        clv::PeriodPoint p;
        p.period = k + 1;
        p.startDay = date::daysFromCivil(2024, 1, 1) + 7 * k;
        p.actual = actual[k];
        p.predicted = predicted[k];
        p.actualCumulative = ca += actual[k];
        p.predictedCumulative = cp += predicted[k];
        v.tracking.push_back(p);
    }
    v.calibrationPeriods = 3;
    ClvTrackingChart chart;
    chart.resize(640, 400);
    chart.setData(&v, clv::TimeUnit::Week, true);
    EXPECT_EQ(chart.mode(), ClvTrackingChart::Mode::Cumulative);
    EXPECT_EQ(chart.pointCount(), 5);
    EXPECT_TRUE(chart.hasCalibrationMarker());
    EXPECT_EQ(seriesValues(chart, "Actual"), (std::vector<double>{3, 3, 10, 15, 17}));
    EXPECT_EQ(seriesValues(chart, "Model"), (std::vector<double>{2.5, 6, 10, 14.5, 17.5}));
    EXPECT_TRUE(chart.yTitle().contains("Cumulative"));

    chart.setMode(ClvTrackingChart::Mode::Incremental);
    EXPECT_EQ(chart.mode(), ClvTrackingChart::Mode::Incremental);
    EXPECT_EQ(chart.pointCount(), 5);
    EXPECT_EQ(seriesValues(chart, "Actual"), (std::vector<double>{3, 0, 7, 5, 2}));
    EXPECT_EQ(seriesValues(chart, "Model"), (std::vector<double>{2.5, 3.5, 4.0, 4.5, 3.0}));
    EXPECT_TRUE(chart.yTitle().contains("per week")) << chart.yTitle().toStdString();
    EXPECT_TRUE(chart.chart()->title().contains("per week"));
    // The calibration-end marker spans the per-period axis, which is lower than the cumulative.
    const auto marker = seriesValues(chart, "Calibration end");
    ASSERT_EQ(marker.size(), 2u);
    EXPECT_GE(marker[1], 7.0);
    EXPECT_LT(marker[1], 17.0);
    EXPECT_TRUE(chart.hasCalibrationMarker());

    // Without a holdout no marker; no data shows the placeholder and no lines.
    chart.setData(&v, clv::TimeUnit::Week, false);
    EXPECT_FALSE(chart.hasCalibrationMarker());
    chart.setData(nullptr, clv::TimeUnit::Week, false, "nothing yet");
    EXPECT_EQ(chart.pointCount(), 0);
    EXPECT_TRUE(chart.chart()->series().isEmpty());
    EXPECT_EQ(chart.chart()->title(), "nothing yet");
}

// The heat map's cells are the model's P(alive) (FHL 2005 eq. 13 through BgNbdModel::pAlive)
// on the grid of aliveGrid(), and each is painted in the colour of its value.
TEST(ClvAliveHeatmapTest, PaintsEveryCellInTheColourOfItsPAlive)
{
    auto model = clv::TransactionModel::create(clv::ModelKind::BgNbd, {0.243, 4.414, 0.793, 2.426});
    clv::SummaryData data;
    for (int i = 0; i < 200; ++i) {
        clv::CustomerSummary c;
        c.customerId = i + 1;
        c.x = i % 9;
        c.T = 20.0 + (i % 19);
        c.tx = c.x > 0 ? c.T * (i % 7) / 7.0 : 0.0;
        data.customers.push_back(c);
    }
    const ClvAliveGrid grid = aliveGrid(*model, data);
    EXPECT_DOUBLE_EQ(grid.T, 38.0);
    ASSERT_EQ(grid.recency.size(), 24u);
    ASSERT_EQ(grid.frequency.size(), 9u); // x = 0 .. 8 (the 99th percentile)
    for (std::size_t i = 0; i < grid.frequency.size(); ++i)
        for (std::size_t j = 0; j < grid.recency.size(); ++j) {
            const double x = grid.frequency[i];
            EXPECT_DOUBLE_EQ(grid.at(i, j), model->pAlive(x, x == 0 ? 0.0 : grid.recency[j], 38.0))
                << i << " " << j;
        }

    ClvAliveHeatmap map;
    map.resize(800, 500);
    map.setGrid(grid, "weeks");
    const QImage image = map.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_TRUE(hasInk(image));
    int distinct = 0;
    QColor previous;
    for (int i = 0; i < static_cast<int>(grid.frequency.size()); ++i)
        for (int j = 0; j < static_cast<int>(grid.recency.size()); ++j) {
            const QRectF cell = map.cellRect(i, j);
            ASSERT_FALSE(cell.isEmpty());
            const QPoint centre = cell.center().toPoint();
            EXPECT_EQ(map.cellAt(centre), std::make_pair(i, j));
            const QColor want = ClvAliveHeatmap::colorFor(
                grid.at(static_cast<std::size_t>(i), static_cast<std::size_t>(j)));
            const QColor got = image.pixelColor(centre * image.devicePixelRatio());
            EXPECT_LE(std::abs(got.red() - want.red()), 2) << i << " " << j;
            EXPECT_LE(std::abs(got.green() - want.green()), 2) << i << " " << j;
            EXPECT_LE(std::abs(got.blue() - want.blue()), 2) << i << " " << j;
            distinct += got != previous ? 1 : 0;
            previous = got;
        }
    EXPECT_GT(distinct, 50); // a gradient, not one flat colour
    // Frequent buyers who went quiet long ago are the red corner, recent ones green.
    EXPECT_LT(grid.at(8, 0), 0.2);
    EXPECT_GT(grid.at(8, 23), 0.6);
    EXPECT_GT(ClvAliveHeatmap::colorFor(0.0).red(), ClvAliveHeatmap::colorFor(0.0).green());
    EXPECT_GT(ClvAliveHeatmap::colorFor(1.0).green(), ClvAliveHeatmap::colorFor(1.0).red());

    // Without a grid: only the placeholder text, no cells.
    map.setGrid(std::nullopt, "weeks", "No CLV model fitted yet");
    EXPECT_TRUE(map.cellRect(0, 0).isEmpty());
    EXPECT_FALSE(hasInk(map.grab().toImage()));
}

// A fit reports its progress as it goes: the stages of the run in order (summaries, the
// starts, the refinement, standard errors, spend model, predictions, saving) with fractions
// that never go back, through the TaskMonitor that drives the status bar.
TEST_F(ClvGuiTest, FitReportsProgressWhileItRuns)
{
    {
        Database db(path("cdnow.vdw"));
        test::loadCdnowSample(db, std::string(VD_TEST_DATA_DIR) + "/cdnow/CDNOW_sample.txt");
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(path("cdnow.vdw")));
    ClvPage page(session);
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isBusy(), 20000);
    page.calibrationEdit()->setDate(QDate(1997, 9, 30));

    QObject receiver;
    std::map<int, QString> titles;
    std::map<int, std::vector<std::pair<double, QString>>> updates;
    QObject::connect(&TaskMonitor::instance(), &TaskMonitor::started, &receiver,
                     [&](int id, const QString& title) { titles[id] = title; });
    QObject::connect(
        &TaskMonitor::instance(), &TaskMonitor::progress, &receiver,
        [&](int id, double f, const QString& status) { updates[id].emplace_back(f, status); },
        Qt::QueuedConnection);
    page.fit();
    ASSERT_TRUE(page.isBusy());
    ASSERT_EVENTUALLY(!page.isBusy(), 60000);
    ASSERT_TRUE(page.results().run);
    QApplication::processEvents();

    int fitTask = 0;
    for (const auto& [id, title] : titles)
        if (title.contains("Fitting"))
            fitTask = id;
    ASSERT_GT(fitTask, 0);
    const auto& steps = updates[fitTask];
    ASSERT_GE(steps.size(), 8u);
    QStringList statuses;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_GE(steps[i].first, 0.0);
        EXPECT_LE(steps[i].first, 1.0);
        if (i > 0) {
            EXPECT_GE(steps[i].first, steps[i - 1].first - 1e-12)
                << steps[i - 1].second.toStdString() << " -> " << steps[i].second.toStdString();
        }
        if (statuses.isEmpty() || statuses.back() != steps[i].second)
            statuses << steps[i].second;
    }
    const QString all = statuses.join(" | ");
    for (const char* stage :
         {"reading transactions", "fitting bgnbd: start 1 of 4", "fitting bgnbd: start 4 of 4",
          "refining bgnbd", "standard errors", "fitting gg"})
        EXPECT_TRUE(all.contains(stage)) << stage << " not in: " << all.toStdString();
    EXPECT_GT(steps.back().first, 0.9);
    // The stages come in order.
    EXPECT_LT(all.indexOf("fitting bgnbd: start 1"), all.indexOf("refining bgnbd"));
    EXPECT_LT(all.indexOf("refining bgnbd"), all.indexOf("fitting gg"));
}

// End to end on the CDNOW sample: the page fits BG/NBD with a 39-week calibration and a
// 39-week holdout, shows the published estimates (Fader, Hardie & Lee 2005, Marketing Science
// 24(2): r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.4) and the tracking plot, stores the
// run and tells the other pages; a second page on the same workspace shows the same run.
TEST_F(ClvGuiTest, PageFitsCdnowAndReproducesThePublishedEstimates)
{
    {
        Database db(path("cdnow.vdw"));
        test::loadCdnowSample(db, std::string(VD_TEST_DATA_DIR) + "/cdnow/CDNOW_sample.txt");
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(path("cdnow.vdw")));
    ClvPage page(session);
    // The page's models stay consistent through every reset a fit causes.
    using Tester = QAbstractItemModelTester;
    Tester t1(page.parameterModel(), Tester::FailureReportingMode::Fatal);
    Tester t2(page.churnModel(), Tester::FailureReportingMode::Fatal);
    Tester t3(page.predictionModel(), Tester::FailureReportingMode::Fatal);
    ASSERT_NO_FATAL_FAILURE(showLoaded(page, {1400, 900}));
    EXPECT_FALSE(page.results().run);
    // Defaults from the data: calibration end on the last purchase day.
    EXPECT_EQ(page.calibrationEdit()->date(), QDate(1998, 6, 30));

    page.modelBox()->setCurrentIndex(page.modelBox()->findData("bgnbd"));
    page.calibrationEdit()->setDate(QDate(1997, 9, 30));
    page.holdoutCheck()->setChecked(true);
    page.holdoutEdit()->setDate(QDate(1998, 6, 30));
    page.discountSpin()->setValue(10);
    page.marginSpin()->setValue(30);
    const clv::ClvRunOptions o = page.runOptions();
    EXPECT_EQ(o.summary.calibrationEnd, date::toEpoch(1997, 9, 30));
    EXPECT_EQ(*o.summary.holdoutEnd, date::toEpoch(1998, 6, 30));
    EXPECT_EQ(o.summary.unit, clv::TimeUnit::Week);
    EXPECT_DOUBLE_EQ(o.clv.horizon, 52);
    EXPECT_DOUBLE_EQ(o.clv.margin, 0.3);
    EXPECT_DOUBLE_EQ(o.clv.annualDiscount, 0.1);

    QSignalSpy changed(&session, &WorkspaceSession::dataChanged);
    QTest::keyClick(page.fitButton(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(page.isBusy());
    ASSERT_EVENTUALLY(!page.isBusy(), 60000);
    ASSERT_TRUE(page.results().run) << page.summaryLabel()->text().toStdString();
    EXPECT_EQ(changed.count(), 1);

    const auto rows = page.results().parameters;
    expectWithin(findRow(rows, "bgnbd", "r")->value, 0.243, 0.01, "r");
    expectWithin(findRow(rows, "bgnbd", "alpha")->value, 4.414, 0.01, "alpha");
    expectWithin(findRow(rows, "bgnbd", "a")->value, 0.793, 0.01, "a");
    expectWithin(findRow(rows, "bgnbd", "b")->value, 2.426, 0.01, "b");
    // Standard errors as lifetimes' BetaGeoFitter prints them on this data (tests/clv).
    expectWithin(*findRow(rows, "bgnbd", "alpha")->standardError, 0.378221, 0.01, "se alpha");
    // Gamma-Gamma: p 6.25, q 3.74, gamma 15.44 (Fader, Hardie & Lee 2005, JMR 42(4)).
    expectWithin(findRow(rows, "gg", "q")->value, 3.74, 0.01, "q");
    EXPECT_NEAR(page.results().run->logLikelihood.value_or(0), -9582.43, 0.01);
    EXPECT_EQ(page.parameterModel()->rowCount(), static_cast<int>(rows.size()));

    // Tracking: 78 weeks, 1,882 actual holdout repeat transactions, calibration end marked.
    ASSERT_TRUE(page.results().validation);
    EXPECT_EQ(page.results().validation->actualHoldout, 1882);
    EXPECT_EQ(page.trackingChart()->pointCount(), 78);
    EXPECT_TRUE(page.trackingChart()->hasCalibrationMarker());
    EXPECT_TRUE(page.trackingChart()->yTitle().contains("count"));
    EXPECT_TRUE(page.summaryLabel()->text().contains("1,882"))
        << page.summaryLabel()->text().toStdString();
    EXPECT_EQ(page.frequencyChart()->categories().size(), 8);
    // "Show: Per period" switches the chart to the weekly increments of the same validation.
    page.trackingModeBox()->setCurrentIndex(1);
    EXPECT_EQ(page.trackingChart()->mode(), ClvTrackingChart::Mode::Incremental);
    {
        const auto weekly = seriesValues(*page.trackingChart(), "Actual");
        ASSERT_EQ(weekly.size(), 78u);
        EXPECT_EQ(weekly[19], 73); // week 20 (BTYD walkthrough)
        EXPECT_EQ(weekly[77], 28); // the last holdout week
        const auto model = seriesValues(*page.trackingChart(), "Model");
        EXPECT_NEAR(model[77], page.results().validation->tracking[77].predicted, 1e-9);
    }
    page.trackingModeBox()->setCurrentIndex(0);
    EXPECT_EQ(seriesValues(*page.trackingChart(), "Actual").back(), 4339);

    // The heat map: P(alive) of the fitted model over recency x frequency at the longest
    // observed age; x = 0 is alive for BG/NBD, and for x > 0 a later last purchase means a
    // likelier live customer (FHL 2005, eq. 13).
    ASSERT_TRUE(page.results().aliveGrid);
    const ClvAliveGrid grid = *page.results().aliveGrid;
    EXPECT_EQ(grid.recency.size(), 24u);
    EXPECT_GE(grid.frequency.size(), 6u);
    EXPECT_NEAR(grid.T, 38.857, 0.01); // customers first buying on 1997-01-01
    auto bg = clv::TransactionModel::create(
        clv::ModelKind::BgNbd,
        {findRow(rows, "bgnbd", "r")->value, findRow(rows, "bgnbd", "alpha")->value,
         findRow(rows, "bgnbd", "a")->value, findRow(rows, "bgnbd", "b")->value});
    for (std::size_t j = 0; j < grid.recency.size(); ++j) {
        EXPECT_DOUBLE_EQ(grid.at(0, j), 1.0);
        EXPECT_NEAR(grid.at(3, j), bg->pAlive(3, grid.recency[j], grid.T), 1e-12);
        if (j > 0) {
            EXPECT_GT(grid.at(3, j), grid.at(3, j - 1));
        }
    }

    // Every customer has a prediction; the histograms account for all of them.
    EXPECT_EQ(page.results().predictions, 2357);
    std::int64_t inBins = 0;
    for (auto n : page.results().pAlive.counts)
        inBins += n;
    EXPECT_EQ(inBins, 2357);
    inBins = page.results().clvValue.overflow;
    for (auto n : page.results().clvValue.counts)
        inBins += n;
    EXPECT_EQ(inBins, 2357);
    {
        Database db(path("cdnow.vdw"));
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM current_predictions"), 2357);
        EXPECT_EQ(clv::currentRunId(db), page.results().run->id);
    }

    // Churn list: below 50 %, ranked by value at risk; double-click opens the customer.
    const ClvChurnList& churn = page.results().churn;
    ASSERT_GT(churn.rows.size(), 10u);
    for (std::size_t i = 0; i < churn.rows.size(); ++i) {
        EXPECT_LT(*churn.rows[i].prediction.pAlive, 0.5);
        if (i > 0) {
            EXPECT_GE(churn.rows[i - 1].prediction.valueAtRisk,
                      churn.rows[i].prediction.valueAtRisk);
        }
    }
    QSignalSpy opened(&session, &WorkspaceSession::customerRequested);
    QApplication::processEvents();
    QTableView* view = page.churnView();
    const QRect cell = view->visualRect(view->model()->index(1, ClvChurnModel::Name));
    ASSERT_TRUE(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_GE(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toLongLong(), churn.rows[1].prediction.customerId);

    // Every customer's prediction: the first 1,000 by CLV; a header click re-queries by
    // P(alive), ascending; the export writes all 2,357.
    ClvPredictionModel* predictions = page.predictionModel();
    EXPECT_EQ(predictions->total(), 2357);
    ASSERT_EQ(predictions->rowCount(), 1000);
    EXPECT_GE(predictions->rows().front().prediction.clv,
              predictions->rows().back().prediction.clv);
    QSignalSpy requeried(predictions, &QAbstractItemModel::modelReset);
    page.predictionView()->sortByColumn(ClvPredictionModel::PAlive, Qt::AscendingOrder);
    ASSERT_EVENTUALLY(requeried.count() >= 1, 10000);
    EXPECT_EQ(predictions->rowCount(), 1000);
    EXPECT_LT(*predictions->rows().front().prediction.pAlive,
              *predictions->rows().back().prediction.pAlive);
    for (int i = 1; i < predictions->rowCount(); ++i)
        ASSERT_LE(*predictions->rows()[static_cast<std::size_t>(i - 1)].prediction.pAlive,
                  *predictions->rows()[static_cast<std::size_t>(i)].prediction.pAlive);
    const std::string all = path("predictions.csv");
    EXPECT_EQ(page.exportPredictions(QString::fromStdString(all)), 2357);
    EXPECT_EQ(readLines(all).size(), 2358u);

    // A stricter threshold shortens the list (after the debounce).
    const std::int64_t before = churn.total;
    page.thresholdSpin()->setValue(20);
    ASSERT_EVENTUALLY(page.results().churn.threshold == 0.2, 10000);
    EXPECT_LT(page.results().churn.total, before);
    const std::string csv = path("risk.csv");
    EXPECT_EQ(page.exportChurn(QString::fromStdString(csv)), page.results().churn.total);
    EXPECT_EQ(static_cast<std::int64_t>(readLines(csv).size()), page.results().churn.total + 1);

    // Render and keep the picture for a look (VD_CLV_SCREENSHOT names the file).
    const QString png = QString::fromStdString(path("clv-page.png"));
    renderWidget(&page, png);
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_TRUE(hasInk(image));
    if (const QByteArray keep = qgetenv("VD_CLV_SCREENSHOT"); !keep.isEmpty())
        QFile::copy(png, QString::fromLocal8Bit(keep));

    // A fresh page reads the stored run, recomputes the same diagnostics and the settings.
    ClvPage again(session);
    again.ensureFresh();
    ASSERT_EVENTUALLY(!again.isBusy(), 20000);
    ASSERT_TRUE(again.results().run);
    EXPECT_EQ(again.results().run->id, page.results().run->id);
    ASSERT_TRUE(again.results().validation);
    EXPECT_EQ(again.results().validation->tracking.size(), 78u);
    ASSERT_TRUE(again.results().aliveGrid);
    EXPECT_NEAR(again.results().aliveGrid->at(3, 5), grid.at(3, 5), 1e-9);
    EXPECT_NEAR(again.results().validation->predictedHoldout,
                page.results().validation->predictedHoldout, 1e-6);
    EXPECT_EQ(again.calibrationEdit()->date(), QDate(1997, 9, 30));
    EXPECT_TRUE(again.holdoutCheck()->isChecked());
    EXPECT_DOUBLE_EQ(again.marginSpin()->value(), 30.0);
}

// The demo workspace end to end with the page's own defaults, in months.
TEST_F(ClvGuiTest, PageFitsTheDemoWorkspace)
{
    {
        Database db(path("demo.vdw"));
        DemoOptions d;
        d.customers = 400;
        d.seed = 11;
        d.interactions = false;
        d.surveys = false;
        d.journeyMap = false;
        d.kano = false;
        d.backgroundThread = false;
        generateDemo(db, d);
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(path("demo.vdw")));
    ClvPage page(session);
    ASSERT_NO_FATAL_FAILURE(showLoaded(page, {1400, 900}));
    page.unitBox()->setCurrentIndex(
        page.unitBox()->findData(static_cast<int>(clv::TimeUnit::Month)));
    // 52 weeks become 12 months (364 days / 30.44).
    EXPECT_DOUBLE_EQ(page.horizonSpin()->value(), 12.0);
    page.modelBox()->setCurrentIndex(page.modelBox()->findData("paretonbd"));
    page.fit();
    ASSERT_EVENTUALLY(!page.isBusy(), 60000);
    ASSERT_TRUE(page.results().run) << page.summaryLabel()->text().toStdString();
    EXPECT_EQ(page.results().run->model, "paretonbd");
    EXPECT_EQ(page.results().run->timeUnit, "month");
    EXPECT_FALSE(page.results().hasHoldout);
    ASSERT_TRUE(page.results().validation); // calibration tracking without a holdout
    EXPECT_FALSE(page.trackingChart()->hasCalibrationMarker());
    EXPECT_GT(page.results().predictions, 300);
    EXPECT_TRUE(findRow(page.results().parameters, "paretonbd", "beta"));

    // The simple formula has no P(alive): no churn list, a clear note instead.
    page.modelBox()->setCurrentIndex(page.modelBox()->findData("simple"));
    page.fit();
    ASSERT_EVENTUALLY(!page.isBusy(), 60000);
    EXPECT_EQ(page.results().run->model, "simple");
    EXPECT_EQ(page.results().churn.total, 0);
    EXPECT_TRUE(page.results().parameters.empty());
}

TEST_F(ClvGuiTest, EmptyWorkspaceGivesAClearError)
{
    {
        Database db(path("empty.vdw"));
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(path("empty.vdw")));
    ClvPage page(session);
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isBusy(), 20000);
    QSignalSpy messages(&session, &WorkspaceSession::message);
    page.fit();
    ASSERT_EVENTUALLY(!page.isBusy(), 20000);
    EXPECT_FALSE(page.results().run);
    ASSERT_GE(messages.count(), 1);
    EXPECT_TRUE(messages.last().first().toString().contains("no customer has a purchase"))
        << messages.last().first().toString().toStdString();
}

} // namespace
