#include "KanoCategoryChart.h"
#include "KanoFeatureModel.h"
#include "KanoPage.h"
#include "KanoQuadrantChart.h"
#include "WorkspaceSession.h"
#include "kano/KanoFixture.h"
#include "support/GuiWait.h"
#include "valuedesk/Error.h"
#include "valuedesk/demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHorizontalPercentBarSeries>
#include <QImage>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <cmath>
#include <gtest/gtest.h>

using namespace vd;
using namespace vd::gui;
using kano::Category;

namespace {

// The hand-computed study of tests/kano/KanoFixture.h ("Cabin": seat, meal, wifi).
class KanoGuiTest : public test::KanoFixture
{
protected:
    std::string path() { return dir.file("kano.vdw"); }

    kano::KanoReport cabin(kano::EvaluationTable table = kano::EvaluationTable::Standard)
    {
        kano::KanoOptions o;
        o.table = table;
        return kano::analyzeStudy(*db, 1, o);
    }

    static int rowOf(const KanoFeatureModel& m, const QString& name)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, KanoFeatureModel::Feature).data().toString() == name)
                return r;
        return -1;
    }
    static double sortValue(const KanoFeatureModel& m, int row, int column)
    {
        return m.index(row, column).data(KanoFeatureModel::SortRole).toDouble();
    }
    static QString text(const KanoFeatureModel& m, int row, int column)
    {
        return m.index(row, column).data().toString();
    }
};

bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                return true;
    return false;
}

QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString all = QString::fromUtf8(f.readAll());
    if (all.startsWith(QChar(0xFEFF)))
        all.remove(0, 1);
    return all.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

// KanoFixture, standard table (hand-computed there):
//   seat  O 2, M 1, I 1 (n 4): dominant O, runner-up M (M beats I on the tie);
//         category strength (2 - 1) / 4 = .25, total strength 3 / 4 = .75;
//         Fong 1.65 sqrt(3 * 5 / 8) = 2.2594, |2 - 1| = 1 < 2.26 -> not significant;
//         Better 2 / 4 = .5, Worse -3 / 4 = -.75;
//         functional 4, 2, 4, 2 -> mean 3, sd sqrt(4 / 3) = 1.1547;
//         dysfunctional 4, 4, 4, -1 -> mean 2.75, sd sqrt(18.75 / 3) = 2.5;
//         weighted (7, 5, 3): functional (28 + 10 + 6) / 15 = 2.9333, dysfunctional
//         (28 + 20 - 3) / 15 = 3; continuous quadrant (2.75, 3) -> O.
//   meal  A 1, R 1, Q 1, I 1: dominant A (A > I), Better 1 / 2, Worse 0.
//   wifi  no answers: every number missing.
TEST_F(KanoGuiTest, ModelShowsTheHandComputedNumbers)
{
    KanoFeatureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setReport(cabin());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), KanoFeatureModel::ColumnCount);

    const int seat = rowOf(model, "Comfortable seat");
    ASSERT_EQ(seat, 0); // the study's order
    EXPECT_EQ(sortValue(model, seat, KanoFeatureModel::Respondents), 4.0);
    EXPECT_EQ(sortValue(model, seat, KanoFeatureModel::CountO), 2.0);
    EXPECT_EQ(sortValue(model, seat, KanoFeatureModel::CountM), 1.0);
    EXPECT_EQ(sortValue(model, seat, KanoFeatureModel::CountI), 1.0);
    EXPECT_EQ(sortValue(model, seat, KanoFeatureModel::CountA), 0.0);
    EXPECT_DOUBLE_EQ(
        model.index(seat, KanoFeatureModel::CountO).data(KanoFeatureModel::ShareRole).toDouble(),
        0.5);
    EXPECT_EQ(text(model, seat, KanoFeatureModel::CountO), "2 (50.0 %)");
    EXPECT_EQ(text(model, seat, KanoFeatureModel::Dominant), "O One-dimensional");
    EXPECT_EQ(sortValue(model, seat, KanoFeatureModel::Dominant),
              double(kano::indexOf(Category::OneDimensional)));
    EXPECT_EQ(text(model, seat, KanoFeatureModel::RunnerUp), "M Must-be");
    EXPECT_DOUBLE_EQ(sortValue(model, seat, KanoFeatureModel::CategoryStrength), 0.25);
    EXPECT_DOUBLE_EQ(sortValue(model, seat, KanoFeatureModel::TotalStrength), 0.75);
    EXPECT_EQ(text(model, seat, KanoFeatureModel::Fong), "Not significant");
    EXPECT_EQ(sortValue(model, seat, KanoFeatureModel::Fong), 0.0);
    EXPECT_TRUE(model.index(seat, KanoFeatureModel::Fong)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("2.26"));
    EXPECT_DOUBLE_EQ(sortValue(model, seat, KanoFeatureModel::Better), 0.5);
    EXPECT_DOUBLE_EQ(sortValue(model, seat, KanoFeatureModel::Worse), -0.75);
    EXPECT_EQ(text(model, seat, KanoFeatureModel::Worse), "-0.75");
    EXPECT_EQ(text(model, seat, KanoFeatureModel::Functional), "3.00 ± 1.15");
    EXPECT_EQ(text(model, seat, KanoFeatureModel::Dysfunctional), "2.75 ± 2.50");
    EXPECT_NEAR(sortValue(model, seat, KanoFeatureModel::WeightedFunctional), 44.0 / 15.0, 1e-12);
    EXPECT_NEAR(sortValue(model, seat, KanoFeatureModel::WeightedDysfunctional), 3.0, 1e-12);
    EXPECT_EQ(text(model, seat, KanoFeatureModel::Quadrant), "O One-dimensional");

    const int meal = rowOf(model, "Good meal");
    EXPECT_EQ(text(model, meal, KanoFeatureModel::Dominant), "A Attractive");
    EXPECT_DOUBLE_EQ(sortValue(model, meal, KanoFeatureModel::Better), 0.5);
    EXPECT_DOUBLE_EQ(sortValue(model, meal, KanoFeatureModel::Worse), 0.0);

    const int wifi = rowOf(model, "Wi-Fi");
    EXPECT_EQ(text(model, wifi, KanoFeatureModel::Respondents), "0");
    EXPECT_EQ(text(model, wifi, KanoFeatureModel::CountA), "0");
    EXPECT_TRUE(std::isnan(sortValue(model, wifi, KanoFeatureModel::Better)));
    EXPECT_EQ(text(model, wifi, KanoFeatureModel::Better), "—");
    EXPECT_EQ(text(model, wifi, KanoFeatureModel::Dominant), "—");
    EXPECT_EQ(text(model, wifi, KanoFeatureModel::Functional), "—");

    for (int c = 0; c < KanoFeatureModel::ColumnCount; ++c)
        EXPECT_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty()) << c;
    EXPECT_EQ(model.headerData(KanoFeatureModel::CountM, Qt::Horizontal).toString(), "M");

    model.setReport(std::nullopt);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(KanoGuiTest, CsvHoldsRawCountsSharesAndCoefficients)
{
    KanoFeatureModel model;
    model.setReport(cabin());
    const QString file = QString::fromStdString(dir.file("kano.csv"));
    model.writeCsv(file);
    const QStringList lines = readLines(file);
    ASSERT_EQ(lines.size(), 4);
    const QStringList header = lines[0].split(',');
    EXPECT_EQ(header.value(0), "feature");
    EXPECT_EQ(header.size(), 34);
    const QStringList seat = lines[1].split(',');
    ASSERT_EQ(seat.size(), header.size());
    auto field = [&header, &seat](const char* name) { return seat.value(header.indexOf(name)); };
    EXPECT_EQ(field("feature"), "seat");
    EXPECT_EQ(field("name_zh"), QString::fromUtf8("舒适的座位"));
    EXPECT_EQ(field("n"), "4");
    EXPECT_EQ(field("O"), "2");
    EXPECT_EQ(field("share_O"), "0.5");
    EXPECT_EQ(field("category"), "O");
    EXPECT_EQ(field("runner_up"), "M");
    EXPECT_EQ(field("better"), "0.5");
    EXPECT_EQ(field("worse"), "-0.75");
    EXPECT_EQ(field("fong_significant"), "no");
    EXPECT_EQ(field("continuous_category"), "O");
    const QStringList wifi = lines[3].split(',');
    EXPECT_EQ(wifi.value(0), "wifi");
    EXPECT_EQ(wifi.value(header.indexOf("better")), "");

    EXPECT_THROW(model.writeCsv(QString::fromStdString(dir.file("no/such/dir/x.csv"))), vd::Error);
}

TEST_F(KanoGuiTest, ChartsFillFromTheReport)
{
    const kano::KanoReport report = cabin();
    KanoCategoryChart bars;
    bars.setReport(&report);
    EXPECT_EQ(bars.barCount(), 2); // wifi has no answers
    ASSERT_EQ(bars.chart()->series().size(), 1);
    auto* series = qobject_cast<QHorizontalPercentBarSeries*>(bars.chart()->series().first());
    ASSERT_TRUE(series);
    ASSERT_EQ(series->count(), 6); // A, O, M, I, R, Q
    // Bars run bottom-up: index 0 is the last feature with answers (meal), 1 the seat.
    QBarSet* o = series->barSets().at(static_cast<int>(kano::indexOf(Category::OneDimensional)));
    EXPECT_EQ(o->at(1), 2.0);
    EXPECT_EQ(o->at(0), 0.0);
    for (QAbstractAxis* axis : bars.chart()->axes())
        EXPECT_FALSE(axis->titleText().isEmpty());
    bars.setReport(nullptr);
    EXPECT_EQ(bars.barCount(), 0);
    EXPECT_TRUE(bars.chart()->series().isEmpty());

    KanoQuadrantChart scatter;
    KanoQuadrantChart::Frame frame;
    frame.title = "t";
    frame.xTitle = "x";
    frame.yTitle = "y";
    scatter.setPoints(
        frame, {{"P", QPointF(0.75, 0.5), Category::OneDimensional, 0, 0, {}},
                {"Q", QPointF(0.0, 0.5), Category::Attractive, 0.1, 0.1, QPointF(0.1, 0.6)}});
    EXPECT_EQ(scatter.pointCount(), 2);
    EXPECT_EQ(scatter.labelRects().size(), 2);
    scatter.clear();
    EXPECT_EQ(scatter.pointCount(), 0);
    EXPECT_TRUE(scatter.chart()->series().isEmpty());
}

TEST_F(KanoGuiTest, PageFollowsTablePickerAndSegmentPicker)
{
    WorkspaceSession session;
    session.open(QString::fromStdString(path()));
    KanoPage page(session);
    page.resize(1300, 900);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
    ASSERT_TRUE(page.data().report);
    EXPECT_FALSE(page.showsPlaceholder());
    // Newest study first: "Empty" (created 2000) has no features; the picker offers both.
    ASSERT_EQ(page.studyBox()->count(), 2);
    const int cabinIndex = page.studyBox()->findData(QVariant::fromValue<qlonglong>(1));
    ASSERT_GE(cabinIndex, 0);
    page.studyBox()->setCurrentIndex(cabinIndex);
    page.analyse();
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
    ASSERT_TRUE(page.data().report);
    EXPECT_EQ(page.data().report->study.name, "Cabin");
    EXPECT_EQ(page.model()->rowCount(), 3);
    EXPECT_EQ(page.betterWorseChart()->pointCount(), 2);
    EXPECT_EQ(page.continuousChart()->pointCount(), 2);
    EXPECT_EQ(page.categoryChart()->barCount(), 2);

    // Pouliot: r4's (must-be, must-be) on the seat becomes questionable.
    page.tableBox()->setCurrentIndex(1);
    page.analyse();
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
    ASSERT_TRUE(page.data().report);
    EXPECT_EQ(page.data().report->table, kano::EvaluationTable::Pouliot);
    const kano::FeatureResult* seat = page.model()->feature(0);
    ASSERT_TRUE(seat);
    EXPECT_EQ(seat->discrete.counts[Category::Questionable], 1);
    EXPECT_EQ(seat->discrete.counts[Category::Indifferent], 0);
    EXPECT_TRUE(page.statusLabel()->text().contains("Pouliot"));

    // Segment "Flyers" (newest snapshot: customers 1 and 3) keeps r1 and r3: seat O 2.
    ASSERT_EQ(page.segmentBox()->count(), 3); // all, Flyers, Nobody
    const int flyers = page.segmentBox()->findData(QStringLiteral("Flyers"));
    ASSERT_GE(flyers, 0);
    page.segmentBox()->setCurrentIndex(flyers);
    page.tableBox()->setCurrentIndex(0);
    page.analyse();
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
    ASSERT_TRUE(page.data().report);
    EXPECT_EQ(page.data().report->respondents, 2);
    seat = page.model()->feature(0);
    EXPECT_EQ(seat->discrete.n, 2);
    EXPECT_EQ(seat->discrete.counts[Category::OneDimensional], 2);
    EXPECT_EQ(page.segmentBox()->currentData().toString(), "Flyers");
    EXPECT_EQ(page.studyBox()->currentData().toLongLong(), 1);
}

TEST(KanoPageDemo, DemoAirlineStudyShowsItsCategoriesAndExports)
{
    test::TempDir dir;
    const std::string file = dir.file("demo.vdw");
    {
        Database db(file);
        DemoOptions options;
        options.customers = 300;
        options.kanoRespondents = 300;
        options.interactions = false;
        options.surveys = false;
        options.loyalty = false;
        options.journeyMap = false;
        generateDemo(db, options);
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(file));
    KanoPage page(session);
    page.resize(1400, 900);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isLoading(), 20000);
    ASSERT_TRUE(page.data().report);
    EXPECT_EQ(page.data().report->study.name, kDemoKanoStudy);
    const KanoFeatureModel& m = *page.model();
    ASSERT_EQ(m.rowCount(), 6);
    auto dominantOf = [&m](const std::string& code) -> QString {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.feature(r)->feature.code == code)
                return m.index(r, KanoFeatureModel::Dominant).data().toString();
        return {};
    };
    // The seed's airline example: on-time departure must-be, comfortable seat one-dimensional,
    // free upgrade attractive.
    EXPECT_EQ(dominantOf("on_time_departure"), "M Must-be");
    EXPECT_EQ(dominantOf("comfortable_seat"), "O One-dimensional");
    EXPECT_EQ(dominantOf("free_upgrade"), "A Attractive");
    EXPECT_EQ(page.categoryChart()->barCount(), 6);
    EXPECT_EQ(page.betterWorseChart()->pointCount(), 6);
    EXPECT_EQ(page.continuousChart()->pointCount(), 6);

    // The feature names on the Better–Worse diagram do not cover each other.
    page.tabs()->setCurrentIndex(KanoPage::BetterWorseTab);
    QApplication::processEvents();
    const QList<QRectF> labels = page.betterWorseChart()->labelRects();
    ASSERT_EQ(labels.size(), 6);
    for (int i = 0; i < labels.size(); ++i)
        for (int j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels[i].intersects(labels[j])) << i << " " << j;

    // On both diagrams no feature name covers a marker (plain or importance-weighted) or a
    // category name.
    page.tabs()->setCurrentIndex(KanoPage::ContinuousTab);
    QApplication::processEvents();
    for (KanoQuadrantChart* chart : {page.betterWorseChart(), page.continuousChart()}) {
        const QList<QRectF> names = chart->labelRects();
        const QList<QRectF> obstacles = chart->obstacleRects();
        ASSERT_EQ(names.size(), 6);
        ASSERT_GE(obstacles.size(), 6 + 4);
        for (const QRectF& n : names)
            for (const QRectF& o : obstacles)
                EXPECT_FALSE(n.intersects(o)) << chart->chart()->title().toStdString();
    }

    // Exports: every chart as PNG and SVG, the table as CSV.
    const KanoPage::Tab tabs[] = {KanoPage::CategoriesTab, KanoPage::BetterWorseTab,
                                  KanoPage::ContinuousTab};
    for (KanoPage::Tab tab : tabs) {
        const QString png =
            QString::fromStdString(dir.file("chart" + std::to_string(tab) + ".png"));
        const QString svg =
            QString::fromStdString(dir.file("chart" + std::to_string(tab) + ".svg"));
        page.exportChart(tab, png);
        page.exportChart(tab, svg);
        QImage image(png);
        ASSERT_FALSE(image.isNull()) << png.toStdString();
        EXPECT_GT(image.width(), 400);
        EXPECT_TRUE(hasInk(image));
        QFile s(svg);
        ASSERT_TRUE(s.open(QIODevice::ReadOnly));
        EXPECT_TRUE(s.readAll().contains("<svg"));
    }
    const QString csv = QString::fromStdString(dir.file("kano.csv"));
    page.exportCsv(csv);
    EXPECT_EQ(readLines(csv).size(), 7);
}

TEST(KanoPageEmpty, WorkspaceWithoutStudiesShowsAPlaceholder)
{
    test::TempDir dir;
    WorkspaceSession session;
    session.open(QString::fromStdString(dir.file("empty.vdw")));
    KanoPage page(session);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
    EXPECT_FALSE(page.data().report);
    EXPECT_TRUE(page.showsPlaceholder());
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_EQ(page.studyBox()->count(), 0);
    EXPECT_THROW(page.exportCsv(QString::fromStdString(dir.file("x.csv"))), vd::Error);
    EXPECT_THROW(
        page.exportChart(KanoPage::CategoriesTab, QString::fromStdString(dir.file("x.png"))),
        vd::Error);
}
