#include "ExportHelper.h"
#include "IpaScatterChart.h"
#include "PyramidAttributeModel.h"
#include "PyramidDeliveredChart.h"
#include "PyramidPresentation.h"
#include "PyramidRenderer.h"
#include "PyramidWidget.h"
#include "TaskRunner.h"
#include "ValueGapChart.h"
#include "ValuePyramidPage.h"
#include "WorkspaceSession.h"
#include "value/ValueFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <cmath>
#include <gtest/gtest.h>

using namespace vd;
using namespace vd::gui;

namespace {

// The hand-computed workspace of tests/value (ValueFixture.h), plus a saved customer pyramid.
class ValueGuiTest : public test::ValueFixture
{
protected:
    void addPyramid()
    {
        db->exec("INSERT INTO segments (id, name, kind, created_at) VALUES "
                 "(9, 'CLV pyramid', 'pyramid', 1);"
                 "INSERT INTO segment_members VALUES (9, 1, 'platinum'), (9, 2, 'gold'),"
                 " (9, 3, 'lead');"
                 "INSERT INTO transactions (customer_id, ts, amount) VALUES (1, 1, 500),"
                 " (2, 1, 200), (3, 1, 100);");
    }
    std::string path() { return dir.file("value.vdw"); }
};

double polygonArea(const QPolygonF& p)
{
    double a = 0.0;
    for (int i = 0; i < p.size(); ++i) {
        const QPointF& u = p[i];
        const QPointF& v = p[(i + 1) % p.size()];
        a += u.x() * v.y() - v.x() * u.y();
    }
    return std::abs(a) / 2.0;
}

bool hasInk(const QImage& image)
{
    // Something other than the white background was drawn.
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                return true;
    return false;
}

} // namespace

TEST(PyramidRenderer, GapColoursDivergeAroundWhite)
{
    using render::PyramidRenderer;
    EXPECT_EQ(PyramidRenderer::gapColor(0.0, 1.0), QColor(0xf7, 0xf7, 0xf7));
    EXPECT_EQ(PyramidRenderer::gapColor(1.0, 1.0), QColor(0xb2, 0x18, 0x2b));  // red
    EXPECT_EQ(PyramidRenderer::gapColor(-5.0, 1.0), QColor(0x21, 0x66, 0xac)); // clamped blue
    EXPECT_GT(PyramidRenderer::gapColor(0.5, 1.0).red(),
              PyramidRenderer::gapColor(0.5, 1.0).blue());
    EXPECT_EQ(PyramidRenderer::gapColor(std::nan(""), 1.0), QColor(0xe5, 0xe7, 0xeb));
}

// With proportional sizing each band's area is its share of the total (above the 6 % floor):
// sizes 1, 2, 5 -> 12.5 %, 25 %, 62.5 % of the pyramid's area.
TEST(PyramidRenderer, ProportionalBandsHaveProportionalAreas)
{
    render::PyramidSpec spec;
    spec.proportional = true;
    for (double s : {1.0, 2.0, 5.0}) {
        render::PyramidBand b;
        b.title = "x";
        b.size = s;
        b.fill = Qt::gray;
        spec.bands.push_back(b);
    }
    render::PyramidRenderer r(spec);
    const QRectF bounds(0, 0, 1000, 700);
    double areas[3], total = 0.0;
    for (int i = 0; i < 3; ++i) {
        areas[i] = polygonArea(r.bandPolygon(i, bounds));
        total += areas[i];
    }
    // The 2 px white separations cost a little area; 1.5 % tolerance.
    EXPECT_NEAR(areas[0] / total, 0.125, 0.015);
    EXPECT_NEAR(areas[1] / total, 0.25, 0.015);
    EXPECT_NEAR(areas[2] / total, 0.625, 0.015);
    // bandAt agrees with the drawn polygons; bottom band is index 0.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(r.bandAt(r.bandPolygon(i, bounds).boundingRect().center(), bounds), i);
    EXPECT_EQ(r.bandAt(QPointF(2, 2), bounds), -1);
    // Unrevealed bands cannot be hovered.
    spec.revealed = 1;
    render::PyramidRenderer partial(spec);
    EXPECT_EQ(partial.bandAt(partial.bandPolygon(2, bounds).boundingRect().center(), bounds), -1);
}

TEST_F(ValueGuiTest, ValuePyramidSpecCarriesTheNumbers)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    EXPECT_DOUBLE_EQ(render::PyramidRenderer::gapRange({&rep}), 2.0); // |5/3| rounds up to 2
    auto spec = render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Score, 2.0);
    ASSERT_EQ(spec.bands.size(), 3u);
    EXPECT_EQ(spec.bands[0].title, "Basic");
    EXPECT_EQ(spec.bands[0].value, "4.81");
    EXPECT_NEAR(spec.bands[0].size, value::benefitScore(4.807407407407407), 1e-9);
    EXPECT_TRUE(spec.bands[0].details.join(" ").contains("+1.13"));
    EXPECT_EQ(spec.bands[2].value, "6.00");
    EXPECT_TRUE(spec.bands[2].details.join(" ").contains("too few"));
    EXPECT_TRUE(spec.subtitle.contains("3 responses"));
}

TEST_F(ValueGuiTest, AttributeModelPassesTesterAndShowsMissingAsDash)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    PyramidAttributeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setReport(&rep);
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.columnCount(), PyramidAttributeModel::ColumnCount);
    int unrated = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.attribute(r)->attribute.code == "unrated")
            unrated = r;
    ASSERT_GE(unrated, 0);
    EXPECT_EQ(model.index(unrated, PyramidAttributeModel::Gap).data().toString(), "—");
    EXPECT_EQ(model.index(unrated, PyramidAttributeModel::Importance).data().toString(), "—");
    EXPECT_TRUE(std::isnan(model.index(unrated, PyramidAttributeModel::Gap)
                               .data(PyramidAttributeModel::SortRole)
                               .toDouble()));
    model.setLayer(value::Layer::ValueAdded);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, PyramidAttributeModel::Name).data().toString(), "Staff friendliness");
    EXPECT_EQ(model.index(0, PyramidAttributeModel::Performance).data().toString(), "4.00");
    EXPECT_EQ(model.index(0, PyramidAttributeModel::Quadrant).data().toString(),
              "Concentrate here");
    model.setReport(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ValueGuiTest, ChartsFillFromTheReport)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    ValueGapChart gaps;
    gaps.setReports(&rep);
    ASSERT_EQ(gaps.categories().size(), 5);
    EXPECT_EQ(gaps.categories().first(), "1. Staff friendliness");
    EXPECT_EQ(gaps.unrated(), QStringList{"Nobody rated this"});
    IpaScatterChart ipa;
    ipa.setReports(&rep);
    EXPECT_EQ(ipa.pointCount(), 5);
    PyramidDeliveredChart delivered;
    delivered.setReports(&rep);
    EXPECT_TRUE(delivered.summary().contains("62.9")) << delivered.summary().toStdString();
    EXPECT_TRUE(delivered.summary().contains("66.7"));
    EXPECT_EQ(delivered.chart()->series().size(), 1);
}

TEST_F(ValueGuiTest, PageLoadsComparesClicksRendersAndExports)
{
    addPyramid();
    WorkspaceSession session;
    session.open(QString::fromStdString(path()));
    ValuePyramidPage page(session);
    page.resize(1300, 900);
    page.show();
    page.ensureFresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
    ASSERT_TRUE(page.data().a);
    EXPECT_EQ(page.data().a->responses, 3);
    EXPECT_FALSE(page.pyramidB()->isVisible());
    ASSERT_EQ(page.pyramidA()->spec().bands.size(), 3u);
    // Every saved segment is a population, the customer pyramid of addPyramid() included
    // (comparing platinum with lead customers is a natural question): whole base, the
    // pyramid and its tiers top-down (platinum, gold, lead), S, S:x, S:y = 8 on the first
    // picker; the second picker has "No comparison" in front.
    ASSERT_EQ(page.segmentA()->count(), 8);
    EXPECT_EQ(page.segmentB()->count(), 9);
    EXPECT_EQ(page.segmentB()->itemData(0).toString(), "");
    const QStringList specs{"all", "CLV pyramid", "CLV pyramid:platinum", "CLV pyramid:gold",
                            "CLV pyramid:lead", "S", "S:x", "S:y"};
    for (int i = 0; i < specs.size(); ++i)
        EXPECT_EQ(page.segmentA()->itemData(i).toString(), specs[i]) << i;
    EXPECT_EQ(page.segmentA()->itemText(6).trimmed(), "x (1)");

    // Clicking the value-added band lists its two attributes.
    QApplication::processEvents();
    const QRectF band = page.pyramidA()->bandRect(1);
    QTest::mouseClick(page.pyramidA(), Qt::LeftButton, {}, band.center().toPoint());
    EXPECT_EQ(page.pyramidA()->selectedBand(), 1);
    EXPECT_EQ(page.attributeModel()->rowCount(), 2);
    EXPECT_TRUE(page.tableTitle()->text().contains("Value-added"));
    QTest::mouseClick(page.pyramidA(), Qt::LeftButton, {}, band.center().toPoint());
    EXPECT_EQ(page.attributeModel()->rowCount(), 6);

    // Compare with segment S.
    page.segmentB()->setCurrentIndex(page.segmentB()->findData("S"));
    emit page.segmentB()->activated(page.segmentB()->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.data().b.has_value(), 10000);
    EXPECT_TRUE(page.pyramidB()->isVisible());
    EXPECT_EQ(page.data().b->responses, 2);
    EXPECT_EQ(page.currentSpecs().size(), 2u);

    test::TempDir out;
    const QString png = QString::fromStdString(out.file("page.png"));
    renderWidget(&page, png);
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_TRUE(hasInk(image));
    for (const char* ext : {"png", "svg", "pdf"}) {
        const QString file = QString::fromStdString(out.file(std::string("pyramid.") + ext));
        page.exportPyramid(file);
        EXPECT_GT(QFileInfo(file).size(), 1000) << ext;
    }
    for (int t = 1; t < page.tabs()->count(); ++t) {
        page.tabs()->setCurrentIndex(t);
        const QString chart = QString::fromStdString(out.file("tab" + std::to_string(t) + ".png"));
        renderWidget(page.tabs()->currentWidget(), chart);
        EXPECT_TRUE(hasInk(QImage(chart))) << t;
    }

    // The customer tiers of the saved pyramid, side by side for the whole base and S.
    page.viewBox()->setCurrentIndex(1);
    emit page.viewBox()->activated(1);
    ASSERT_EQ(page.pyramidA()->spec().bands.size(), 4u);
    EXPECT_EQ(page.pyramidA()->spec().bands[3].title, "Platinum");
    EXPECT_EQ(page.pyramidB()->spec().bands[0].title, "Lead");
    const QString tiers = QString::fromStdString(out.file("tiers.png"));
    page.exportPyramid(tiers);
    EXPECT_TRUE(hasInk(QImage(tiers)));
}

TEST_F(ValueGuiTest, PageSaysSoWhenNoCustomerPyramidWasSaved)
{
    WorkspaceSession session;
    session.open(QString::fromStdString(path()));
    ValuePyramidPage page(session);
    page.resize(1000, 700);
    page.ensureFresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
    EXPECT_FALSE(page.data().pyramidSaved);
    page.viewBox()->setCurrentIndex(1);
    emit page.viewBox()->activated(1);
    EXPECT_TRUE(page.pyramidA()->spec().bands.empty());
    EXPECT_TRUE(page.currentSpecs().empty());
    EXPECT_THROW(page.exportPyramid(QString::fromStdString(dir.file("none.png"))), Error);
}

TEST(ValuePyramidPageEmpty, EmptyWorkspaceShowsAPlaceholder)
{
    test::TempDir dir;
    WorkspaceSession session;
    session.open(QString::fromStdString(dir.file("empty.vdw")));
    ValuePyramidPage page(session);
    page.resize(1000, 700);
    page.ensureFresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
    ASSERT_TRUE(page.data().a);
    EXPECT_EQ(page.data().a->responses, 0);
    EXPECT_TRUE(page.pyramidA()->spec().bands.empty());
    EXPECT_TRUE(page.currentSpecs().empty());
    QImage shot = page.grab().toImage();
    EXPECT_FALSE(shot.isNull());
}

TEST_F(ValueGuiTest, PresentationRevealsBottomUpAndEscLeaves)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    auto* p = new PyramidPresentation(
        {render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Equal, 2.0)});
    QPointer<PyramidPresentation> guard(p);
    p->resize(1200, 800);
    p->show();
    EXPECT_EQ(p->revealed(), 0);
    EXPECT_EQ(p->layers(), 3);
    QTest::keyClick(p, Qt::Key_Space);
    EXPECT_EQ(p->revealed(), 1);
    QTest::keyClick(p, Qt::Key_Right);
    QTest::keyClick(p, Qt::Key_Space);
    QTest::keyClick(p, Qt::Key_Space); // stays at 3
    EXPECT_EQ(p->revealed(), 3);
    QTest::keyClick(p, Qt::Key_Backspace);
    EXPECT_EQ(p->revealed(), 2);
    EXPECT_TRUE(hasInk(p->grab().toImage()));
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 2000); // WA_DeleteOnClose
}
