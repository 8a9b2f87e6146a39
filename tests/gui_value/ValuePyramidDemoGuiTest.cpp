#include "ExportHelper.h"
#include "IpaScatterChart.h"
#include "PyramidDeliveredChart.h"
#include "PyramidPresentation.h"
#include "PyramidWidget.h"
#include "ValueGapChart.h"
#include "ValuePyramidPage.h"
#include "WorkspaceSession.h"
#include "support/GuiWait.h"
#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <gtest/gtest.h>

using namespace vd;
using namespace vd::gui;

// The page on the demo workspace (docs/demo.md), as a trainer opens it: full on first
// open, and visibly different for two income segments. Set VD_SCREENSHOT_DIR to keep the
// renders for a look.
namespace {

QString shotPath(const test::TempDir& dir, const QString& name)
{
    const QByteArray keep = qgetenv("VD_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(keep));
        return QDir(QString::fromLocal8Bit(keep)).filePath(name);
    }
    return QString::fromStdString(dir.file(name.toStdString()));
}

// Share of sampled pixels that are not white: a full page is well above a blank one.
double ink(const QImage& image)
{
    int n = 0, inked = 0;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5, ++n)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                ++inked;
    return n ? static_cast<double>(inked) / n : 0.0;
}

// Every text Qt Charts laid out in the chart (axis labels and titles, legend, title). A text
// that did not fit is cut with "..." (ChartPresenter::truncatedText): none may be.
QStringList chartTexts(QChartView* view)
{
    QStringList out;
    for (QGraphicsItem* item : view->chart()->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            out << t->toPlainText();
        else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            out << s->text();
    }
    return out;
}

void expectNothingCut(QChartView* view, const char* what)
{
    const QStringList texts = chartTexts(view);
    EXPECT_GT(texts.size(), 5) << what;
    for (const QString& t : texts)
        EXPECT_FALSE(t.contains(QStringLiteral("...")) || t.contains(QChar(0x2026)))
            << what << ": \"" << t.toStdString() << "\"";
}

int choose(QComboBox* box, const QString& spec)
{
    const int i = box->findData(spec);
    box->setCurrentIndex(i);
    emit box->activated(i);
    return i;
}

} // namespace

TEST(ValuePyramidDemo, FullOnFirstOpenAndDifferentPerSegment)
{
    test::TempDir dir;
    const std::string file = dir.file("demo.vdw");
    {
        Database db(file);
        DemoOptions o;
        o.customers = 2000;
        o.interactions = false;
        o.kano = false;
        o.journeyMap = false;
        generateDemo(db, o, {}); // with its saved segments: income bands, RFM, pyramid
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(file));
    ValuePyramidPage page(session);
    page.resize(1400, 900);
    page.show();
    page.ensureFresh();
    ASSERT_EVENTUALLY(!page.isLoading(), 20000);

    // Full on first open: three scored layers, every chart filled, and the generator's
    // segments to compare with (income groups, RFM segments with their labels, the pyramid).
    ASSERT_TRUE(page.data().a);
    for (const char* spec :
         {"Lower income", "Upper income", "RFM segments (demo)", "RFM segments (demo):Champions",
          "Customer pyramid by revenue (demo)", "Customer pyramid by revenue (demo):platinum"})
        EXPECT_GE(page.segmentA()->findData(QString::fromUtf8(spec)), 0) << spec;
    EXPECT_GT(page.segmentA()->count(), 10);
    EXPECT_TRUE(page.data().pyramidSaved);
    ASSERT_EQ(page.pyramidA()->spec().bands.size(), 3u);
    for (const auto& band : page.pyramidA()->spec().bands)
        EXPECT_FALSE(band.missing) << band.title.toStdString();
    EXPECT_EQ(page.gapChart()->categories().size(), 14);
    EXPECT_EQ(page.ipaChart()->pointCount(), 14);
    test::TempDir out;
    const QString first = shotPath(out, "value-demo-whole-base.png");
    renderWidget(&page, first);
    EXPECT_GT(ink(QImage(first)), 0.10);

    // Hovering a layer highlights it.
    QApplication::processEvents();
    const QPointF middle = page.pyramidA()->bandRect(1).center();
    QTest::mouseMove(page.pyramidA(), middle.toPoint());
    EXPECT_EQ(page.pyramidA()->bandAt(middle), 1);

    // Lower against upper incomes, side by side.
    ASSERT_GE(choose(page.segmentA(), "Lower income"), 0);
    ASSERT_EVENTUALLY(!page.isLoading(), 20000);
    ASSERT_GE(choose(page.segmentB(), "Upper income"), 0);
    ASSERT_EVENTUALLY(!page.isLoading() && page.data().b.has_value(), 20000);
    const auto specs = page.currentSpecs();
    ASSERT_EQ(specs.size(), 2u);
    // The differentiation layer (brand pride) reads differently in the two pyramids.
    EXPECT_NE(specs[0].bands[2].value, specs[1].bands[2].value);
    EXPECT_NE(specs[0].bands[2].fill, specs[1].bands[2].fill);
    EXPECT_NE(specs[0].title + specs[0].subtitle, specs[1].title + specs[1].subtitle);
    renderWidget(&page, shotPath(out, "value-demo-compare.png"));
    for (int t = 1; t < page.tabs()->count(); ++t) {
        page.tabs()->setCurrentIndex(t);
        const QString chart = shotPath(out, QStringLiteral("value-demo-tab%1.png").arg(t));
        renderWidget(page.tabs()->currentWidget(), chart);
        EXPECT_GT(ink(QImage(chart)), 0.05) << t;
    }

    // The saved customer pyramid draws its four tiers.
    page.viewBox()->setCurrentIndex(1);
    emit page.viewBox()->activated(1);
    ASSERT_EQ(page.pyramidA()->spec().bands.size(), 4u);
    EXPECT_EQ(page.pyramidA()->spec().bands[3].title, "Platinum");
    renderWidget(&page, shotPath(out, "value-demo-tiers.png"));
    page.viewBox()->setCurrentIndex(0);
    emit page.viewBox()->activated(0);

    // Presentation mode: outline, then one layer per key press.
    PyramidPresentation* present = page.startPresentation();
    ASSERT_TRUE(present);
    present->resize(1920, 1080); // a projector
    double previousInk = -1.0;
    for (int step = 0; step <= present->layers(); ++step) {
        const QString shot = shotPath(out, QStringLiteral("value-demo-present-%1.png").arg(step));
        present->grab().save(shot);
        const double now = ink(QImage(shot));
        EXPECT_GT(now, previousInk) << step; // each revealed layer adds colour
        previousInk = now;
        QTest::keyClick(present, Qt::Key_Space);
    }
    EXPECT_EQ(present->revealed(), 3);
    QTest::keyClick(present, Qt::Key_Escape);
}

// The charts at the page's real size (inside the main window at 1400 x 900, and at 1024 x
// 768): every category label, tick label and axis title is shown in full, the attribute names
// of the importance-performance grid do not overlap, the pyramid has room.
TEST(ValuePyramidDemo, ChartsAreReadableAtTheRealPageSize)
{
    test::TempDir dir;
    const std::string file = dir.file("demo.vdw");
    {
        Database db(file);
        DemoOptions o;
        o.customers = 2000;
        o.interactions = false;
        o.kano = false;
        o.journeyMap = false;
        generateDemo(db, o, {});
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(file));
    ValuePyramidPage page(session);
    test::TempDir out;
    for (const QSize size : {QSize(1190, 790), QSize(814, 640)}) {
        SCOPED_TRACE(::testing::Message() << size.width() << "x" << size.height());
        page.resize(size);
        page.show();
        page.ensureFresh();
        ASSERT_EVENTUALLY(!page.isLoading() && page.data().a, 20000);
        for (const QString& compare : {QString(), QStringLiteral("Upper income")}) {
            const int i = page.segmentB()->findData(compare);
            ASSERT_GE(i, 0);
            page.segmentB()->setCurrentIndex(i);
            emit page.segmentB()->activated(i);
            ASSERT_EVENTUALLY(!page.isLoading() && page.data().b.has_value() == !compare.isEmpty(),
                              20000);
            const QString tag =
                QStringLiteral("%1%2")
                    .arg(size.width())
                    .arg(compare.isEmpty() ? QString() : QStringLiteral("-compare"));
            renderWidget(&page, shotPath(out, QStringLiteral("value-page-%1.png").arg(tag)));
            // The pyramid is a real drawing, not a strip.
            // On a 1024 x 768 screen the pane is narrow and the pyramid keeps its proportions
            // beside its labels: smaller bands, still well above a line of large type. The
            // footnote's second line (it wraps rather than ending in an ellipsis) costs the
            // bands a few pixels.
            const bool small = size.height() < 700;
            EXPECT_GT(page.pyramidA()->bandRect(0).height(), small ? 40.0 : 55.0);
            EXPECT_GT(page.pyramidA()->height(), 250);
            for (int t = 1; t < page.tabs()->count(); ++t) {
                page.tabs()->setCurrentIndex(t);
                QApplication::processEvents();
                renderWidget(
                    page.tabs()->currentWidget(),
                    shotPath(out, QStringLiteral("value-page-%1-tab%2.png").arg(tag).arg(t)));
            }
            // Qt Charts lays out on show: look at each chart as displayed.
            page.tabs()->setCurrentIndex(1);
            QApplication::processEvents();
            expectNothingCut(page.deliveredChart(), "delivered value");
            page.tabs()->setCurrentIndex(2);
            QApplication::processEvents();
            expectNothingCut(page.gapChart(), "value gaps");
            const QStringList gapTexts = chartTexts(page.gapChart());
            for (const QString& category : page.gapChart()->categories())
                EXPECT_TRUE(gapTexts.contains(category)) << category.toStdString();
            page.tabs()->setCurrentIndex(3);
            QApplication::processEvents();
            IpaScatterChart* ipa = page.ipaChart();
            expectNothingCut(ipa, "importance-performance");
            // A tick every whole scale point.
            for (QAbstractAxis* axis : ipa->chart()->axes()) {
                auto* v = qobject_cast<QValueAxis*>(axis);
                ASSERT_TRUE(v);
                EXPECT_EQ(v->tickCount(), static_cast<int>(std::lround(v->max() - v->min())) + 1);
                EXPECT_EQ(v->min(), std::floor(v->min()));
            }
            const QList<QRectF> names = ipa->pointLabelRects();
            EXPECT_EQ(names.size(), 14);
            QList<QRectF> all = names + ipa->quadrantLabelRects();
            const QRectF plot = ipa->chart()->plotArea();
            for (int a = 0; a < names.size(); ++a) {
                EXPECT_TRUE(plot.contains(names[a])) << a;
                for (int b = 0; b < all.size(); ++b)
                    if (a != b) {
                        EXPECT_FALSE(names[a].intersects(all[b])) << a << " overlaps " << b;
                    }
            }
            page.tabs()->setCurrentIndex(0);
        }
    }
}
