#include "ExportHelper.h"
#include "IpaScatterChart.h"
#include "PyramidPresentation.h"
#include "PyramidWidget.h"
#include "ValueGapChart.h"
#include "ValuePyramidPage.h"
#include "WorkspaceSession.h"
#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QTabWidget>
#include <QTest>
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
        generateDemo(db, o, {});
        db.exec(R"SQL(
            INSERT INTO segments (name, kind, created_at) VALUES
                ('Upper income', 'rule', 1), ('Lower income', 'rule', 1);
            INSERT INTO segment_members (segment_id, customer_id)
                SELECT (SELECT id FROM segments WHERE name = 'Upper income'), id
                FROM customers WHERE income_band IN ('upper_middle', 'high');
            INSERT INTO segment_members (segment_id, customer_id)
                SELECT (SELECT id FROM segments WHERE name = 'Lower income'), id
                FROM customers WHERE income_band IN ('low', 'lower_middle');
        )SQL");
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(file));
    ValuePyramidPage page(session);
    page.resize(1400, 900);
    page.show();
    page.ensureFresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);

    // Full on first open: three scored layers, every chart filled.
    ASSERT_TRUE(page.data().a);
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
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);
    ASSERT_GE(choose(page.segmentB(), "Upper income"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.data().b.has_value(), 20000);
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

    // Presentation mode: outline, then one layer per key press.
    PyramidPresentation* present = page.startPresentation();
    ASSERT_TRUE(present);
    present->resize(1400, 850);
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
