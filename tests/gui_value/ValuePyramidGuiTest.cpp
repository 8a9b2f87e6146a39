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
#include "support/GuiWait.h"
#include "value/ValueFixture.h"
#include "valuedesk/value/CustomerPyramid.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>
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
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
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
    const QStringList specs{
        "all", "CLV pyramid", "CLV pyramid:platinum", "CLV pyramid:gold", "CLV pyramid:lead", "S",
        "S:x", "S:y"};
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
    ASSERT_EVENTUALLY(!page.isLoading() && page.data().b.has_value(), 10000);
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
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
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
    ASSERT_EVENTUALLY(!page.isLoading(), 10000);
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
    ASSERT_EVENTUALLY(guard.isNull(), 2000); // WA_DeleteOnClose
}

namespace {

// Callouts of `spec` drawn in `bounds`: inside the bounds, below the header, apart.
void expectCalloutsFit(const render::PyramidSpec& spec, const QRectF& bounds)
{
    const render::PyramidRenderer r(spec);
    const QRectF header = r.headerRect(bounds);
    const auto rects = r.calloutRects(bounds);
    ASSERT_EQ(rects.size(), spec.bands.size());
    for (std::size_t i = 0; i < rects.size(); ++i) {
        SCOPED_TRACE(::testing::Message()
                     << bounds.width() << "x" << bounds.height() << " band " << i);
        ASSERT_FALSE(rects[i].isEmpty());
        EXPECT_TRUE(bounds.contains(rects[i]));
        EXPECT_GE(rects[i].top(), header.bottom());
        for (std::size_t j = 0; j < i; ++j)
            EXPECT_FALSE(rects[i].intersects(rects[j])) << "overlaps band " << j;
        // The band itself stays inside and below the header too.
        const QRectF band = r.bandPolygon(static_cast<int>(i), bounds).boundingRect();
        EXPECT_TRUE(bounds.contains(band));
        EXPECT_GE(band.top(), header.bottom());
    }
}

} // namespace

// Small and wide panels (the page at 1400 x 900 and smaller): the callouts never climb over
// the title or leave the drawing; when height is short they drop detail lines first.
TEST_F(ValueGuiTest, CalloutsStayInsideAndBelowTheTitle)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    const auto value = render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Score, 2.0);
    ASSERT_EQ(value.bands[0].details.size(), 3u);
    for (const QRectF& bounds :
         {QRectF(0, 0, 1000, 350), QRectF(0, 0, 1400, 500), QRectF(0, 0, 600, 520),
          QRectF(0, 0, 420, 300), QRectF(10, 20, 1920, 1080)})
        expectCalloutsFit(value, bounds);
    // With room, every detail line; at 1000 x 350 fewer, but the titles stay.
    const render::PyramidRenderer r(value);
    for (int lines : r.calloutDetailLines(QRectF(0, 0, 1400, 500)))
        EXPECT_EQ(lines, 3);
    const auto short350 = r.calloutDetailLines(QRectF(0, 0, 1000, 350));
    EXPECT_LT(short350[0], 3);

    // The customer pyramid's four tiers as well.
    addPyramid();
    const auto pyramid = value::loadCustomerPyramid(*db);
    ASSERT_TRUE(pyramid);
    const auto tiers = render::PyramidRenderer::customerPyramid(
        *pyramid, render::TierSizing::Customers, QStringLiteral("Whole base"));
    for (const QRectF& bounds : {QRectF(0, 0, 1000, 350), QRectF(0, 0, 1400, 500)})
        expectCalloutsFit(tiers, bounds);
}

// At the size the page gives the drawing in a 1400 x 900 window (about 520 x 730), at the
// design cell and on a projector, nothing shown is cut short: the callouts keep their whole
// lines and the footnote wraps onto a second line instead of ending in an ellipsis.
TEST_F(ValueGuiTest, NothingShownIsCutShortAtThePageSize)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    addPyramid();
    const auto pyramid = value::loadCustomerPyramid(*db);
    ASSERT_TRUE(pyramid);
    const std::vector<render::PyramidSpec> specs{
        render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Equal, 2.0),
        render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Score, 2.0),
        render::PyramidRenderer::customerPyramid(*pyramid, render::TierSizing::Customers,
                                                 QStringLiteral("Whole base"))};
    for (const auto& spec : specs) {
        const render::PyramidRenderer r(spec);
        for (const QRectF& bounds :
             {QRectF(0, 0, 520, 730), QRectF(0, 0, 600, 520), QRectF(0, 0, 1920, 1080)}) {
            SCOPED_TRACE(::testing::Message() << spec.title.toStdString() << " in "
                                              << bounds.width() << "x" << bounds.height());
            const std::vector<QString> cut = r.cutTexts(bounds);
            for (const QString& t : cut)
                ADD_FAILURE() << "cut short: " << t.toStdString();
            for (int lines : r.calloutDetailLines(bounds))
                EXPECT_GT(lines, 0);
        }
    }
    // A panel too narrow for the callouts does report what it cuts.
    const render::PyramidRenderer narrow(specs[0]);
    EXPECT_FALSE(narrow.cutTexts(QRectF(0, 0, 330, 520)).empty());
}

// One pyramid in a wide panel is centred with its callouts instead of hugging the left edge.
TEST_F(ValueGuiTest, SinglePyramidIsCentredInAWidePanel)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    const render::PyramidRenderer r(
        render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Equal, 2.0));
    const QRectF bounds(0, 0, 1400, 500);
    const double left = r.bandPolygon(0, bounds).boundingRect().left();
    double right = 0.0;
    for (const QRectF& c : r.calloutRects(bounds))
        right = std::max(right, c.right());
    EXPECT_NEAR(left - bounds.left(), bounds.right() - right, 0.1 * bounds.width());
}

// Type grows with the drawing: a projector's 1920 x 1080 shows it at twice the size of the
// 600 x 520 design cell, a small panel keeps a readable minimum.
TEST_F(ValueGuiTest, TypeScalesWithTheBounds)
{
    using render::PyramidRenderer;
    EXPECT_DOUBLE_EQ(PyramidRenderer::fontScale(QRectF(0, 0, 600, 520)), 1.0);
    EXPECT_NEAR(PyramidRenderer::fontScale(QRectF(0, 0, 1920, 1080)), 1080.0 / 520.0, 1e-9);
    EXPECT_DOUBLE_EQ(PyramidRenderer::fontScale(QRectF(0, 0, 300, 200)), 0.85);
    value::ValueReport rep = value::analyzeValue(*db, {});
    const PyramidRenderer r(PyramidRenderer::valuePyramid(rep, render::ValueSizing::Equal, 2.0));
    const double small = r.headerRect(QRectF(0, 0, 600, 520)).height();
    const double big = r.headerRect(QRectF(0, 0, 1920, 1080)).height();
    EXPECT_GT(big, 1.9 * small);
}

// Hovering a layer highlights it; its tooltip lists the layer's attributes with importance,
// performance, expectation and gap (ValueFixture: staff 5/6, 6/2 with expectations 5, 6 ->
// I 5.50, P 4.00, E 5.50, gap ((5-6) + (6-2)) / 2 = +1.50; wait 3/2/4 -> gap +2.00).
TEST_F(ValueGuiTest, HoverHighlightsAndListsTheLayersAttributes)
{
    value::ValueReport rep = value::analyzeValue(*db, {});
    PyramidWidget w;
    w.resize(900, 600);
    w.setSpec(render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Equal, 2.0));
    w.show();
    QApplication::processEvents();
    const QPointF middle = w.bandRect(1).center();
    QTest::mouseMove(&w, middle.toPoint());
    EXPECT_EQ(w.spec().highlighted, 1);
    const QString tip = w.toolTipAt(middle);
    EXPECT_TRUE(tip.contains("Value-added")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("Staff friendliness"));
    EXPECT_TRUE(tip.contains("Waiting time"));
    EXPECT_FALSE(tip.contains("Coffee quality")); // another layer's attribute
    for (const char* number : {"5.50", "4.00", "+1.50", "3.00", "2.00", "+2.00"})
        EXPECT_TRUE(tip.contains(number)) << number;
    EXPECT_TRUE(w.toolTipAt(QPointF(2, 2)).isEmpty());
    // The widget shows that text on a tooltip event.
    QHelpEvent help(QEvent::ToolTip, middle.toPoint(), w.mapToGlobal(middle.toPoint()));
    QApplication::sendEvent(&w, &help);
    EXPECT_EQ(QToolTip::text(), tip);
    QToolTip::hideText();
    const QPointF top = w.bandRect(2).center();
    QTest::mouseMove(&w, top.toPoint());
    EXPECT_EQ(w.spec().highlighted, 2);
}

// A layer nobody rated is missing: hatched grey, "—" instead of a score, never 0.
TEST_F(ValueGuiTest, LayerWithoutRatingsIsDrawnAsMissing)
{
    db->exec("DELETE FROM attribute_ratings WHERE attribute_id = 5"); // brand: the last rated
    value::ValueReport rep = value::analyzeValue(*db, {});
    ASSERT_FALSE(rep.layer(value::Layer::Differentiation).score.has_value());
    const auto spec = render::PyramidRenderer::valuePyramid(rep, render::ValueSizing::Score, 2.0);
    const render::PyramidBand& top = spec.bands[2];
    EXPECT_TRUE(top.missing);
    EXPECT_EQ(top.value, QStringLiteral("—"));
    EXPECT_FALSE(top.value.contains(QRegularExpression("[0-9]")));
    EXPECT_TRUE(top.details.join(" ").contains("No ratings"));
    EXPECT_DOUBLE_EQ(top.size, 0.0); // drawn at the 6 % minimum, not sized as a zero score
    EXPECT_FALSE(spec.bands[1].missing);

    const QRectF bounds(0, 0, 1000, 680);
    QImage img(bounds.size().toSize(), QImage::Format_ARGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        render::PyramidRenderer(spec).paint(p, bounds);
    }
    const QPolygonF band = render::PyramidRenderer(spec).bandPolygon(2, bounds);
    int hatch = 0, grey = 0, other = 0;
    const QRect box = band.boundingRect().toRect().adjusted(4, 4, -4, -4);
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) {
            if (!band.containsPoint(QPointF(x, y), Qt::OddEvenFill))
                continue;
            const QRgb c = img.pixel(x, y) & 0xffffff;
            if (c == 0x9ca3af)
                ++hatch;
            else if (c == 0xe5e7eb)
                ++grey;
            else
                ++other;
        }
    EXPECT_GT(hatch, 20);   // the diagonal hatch
    EXPECT_GT(grey, hatch); // on the missing-grey fill
    EXPECT_LT(other, grey); // only the title and the dash besides
}
