#include "Customer360Page.h"
#include "ExportHelper.h"
#include "MainWindow.h"
#include "SegmentClusterTab.h"
#include "SegmentCompareModel.h"
#include "SegmentElbowChart.h"
#include "SegmentGuiFixture.h"
#include "SegmentHeatmap.h"
#include "SegmentListModel.h"
#include "SegmentMemberModel.h"
#include "SegmentMigrationModel.h"
#include "SegmentProfileModel.h"
#include "SegmentPyramidModel.h"
#include "SegmentRfmSummaryModel.h"
#include "SegmentRfmTab.h"
#include "SegmentRuleBuilder.h"
#include "SegmentRuleTab.h"
#include "SegmentSavedTab.h"
#include "SegmentScatterChart.h"
#include "SegmentShareChart.h"
#include "SegmentTierModel.h"
#include "SegmentTierTab.h"
#include "SegmentationPage.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "support/GuiWait.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace vd;
using namespace vd::gui;
using nlohmann::json;

namespace {

constexpr int kWait = 60000;

// The main window on a copy of the demo workspace with the segmentation page shown.
class SegmentPage : public test::SegmentGuiFixture
{
protected:
    void open(SegmentationPage::Tab tab = SegmentationPage::RfmTab)
    {
        window = std::make_unique<MainWindow>(session);
        window->resize(1280, 860);
        window->show();
        window->openWorkspace(QString::fromStdString(path()));
        ASSERT_TRUE(session.isOpen());
        ASSERT_TRUE(window->showPage("segmentation"));
        page = qobject_cast<SegmentationPage*>(window->page("segmentation"));
        ASSERT_NE(page, nullptr);
        page->showTab(tab);
        settle();
    }

    void settle() { ASSERT_EVENTUALLY(!page->isBusy(), kWait); }

    void TearDown() override
    {
        if (page) {
            ASSERT_EVENTUALLY(!page->isBusy(), kWait);
        }
        window.reset();
    }

    WorkspaceSession session;
    std::unique_ptr<MainWindow> window;
    SegmentationPage* page = nullptr;
};

double value(const QAbstractItemModel& m, int row, int column, int role)
{
    return m.index(row, column).data(role).toDouble();
}

// Renders a tab to $VD_SEGMENT_SHOTS/<name>.png when set (for looking at), and checks ink.
void renderTab(QWidget* window, const QString& name)
{
    QImage image = window->grab().toImage();
    EXPECT_TRUE(test::SegmentGuiFixture::hasInk(image)) << name.toStdString();
    const QString dir = qEnvironmentVariable("VD_SEGMENT_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

// The widgets that make `root` wide: every descendant whose minimum width is at least `width`,
// deepest last, so that a failing width check names the culprit.
std::string wideWidgets(QWidget* root, int width)
{
    std::string out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const int min = std::max(w->minimumSizeHint().width(), w->minimumWidth());
        if (min >= width && w->isVisibleTo(root))
            out += std::string(w->metaObject()->className()) + " '" +
                   w->objectName().toStdString() + "' " + std::to_string(min) + "\n";
    }
    return out;
}

} // namespace

TEST_F(SegmentPage, IsThirdInTheNavigationAndFitsALaptop)
{
    open();
    EXPECT_TRUE(window->pageIds().contains("segmentation"));
    EXPECT_EQ(window->currentPageId(), "segmentation");
    EXPECT_EQ(page->tabs()->count(), 5);
    std::string pages;
    for (const QString& id : window->pageIds())
        pages += id.toStdString() + " " +
                 std::to_string(window->page(id)->minimumSizeHint().width()) + "\n";
    EXPECT_LE(window->minimumSizeHint().width(), 1280) << pages;
    EXPECT_LT(page->minimumSizeHint().width(), 1050) << wideWidgets(page, 900);
}

TEST_F(SegmentPage, RfmNumbersAreTheCoreOnes)
{
    open();
    SegmentRfmTab* tab = page->rfmTab();
    ASSERT_TRUE(tab->result());
    const segment::RfmResult core = segment::computeRfm(db());
    const auto* model = tab->summaryModel();
    ASSERT_EQ(model->rowCount(), static_cast<int>(core.segments.size()));
    const int role = SegmentRfmSummaryModel::ValueRole;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto& s = core.segments[static_cast<std::size_t>(r)];
        EXPECT_EQ(model->index(r, SegmentRfmSummaryModel::Segment).data().toString().toStdString(),
                  s.name);
        EXPECT_EQ(value(*model, r, SegmentRfmSummaryModel::Customers, role),
                  static_cast<double>(s.customers));
        EXPECT_DOUBLE_EQ(value(*model, r, SegmentRfmSummaryModel::Revenue, role), s.revenue);
        if (s.revenueShare) {
            EXPECT_DOUBLE_EQ(value(*model, r, SegmentRfmSummaryModel::RevenueShare, role),
                             *s.revenueShare);
        }
        if (s.medianRecencyDays) {
            EXPECT_DOUBLE_EQ(value(*model, r, SegmentRfmSummaryModel::MedianRecency, role),
                             *s.medianRecencyDays);
        }
        if (s.medianFrequency) {
            EXPECT_DOUBLE_EQ(value(*model, r, SegmentRfmSummaryModel::MedianFrequency, role),
                             *s.medianFrequency);
        }
        if (s.medianMonetary) {
            EXPECT_DOUBLE_EQ(value(*model, r, SegmentRfmSummaryModel::MedianMonetary, role),
                             *s.medianMonetary);
        }
    }
    // The heat map shows the core's cells, counts and revenue.
    SegmentHeatmap* map = tab->heatmap();
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            EXPECT_EQ(map->value(r, f), static_cast<double>(core.heatCount[r - 1][f - 1]));
    tab->measureBox()->setCurrentIndex(1);
    EXPECT_EQ(map->measure(), SegmentHeatmap::Measure::Revenue);
    EXPECT_DOUBLE_EQ(map->value(5, 5), core.heatRevenue[4][4]);
    EXPECT_EQ(tab->dateEdit()->date().toString(Qt::ISODate).toStdString(),
              date::formatDate(core.referenceDay * date::kSecondsPerDay));
    renderTab(window.get(), "rfm");

    // A grid edit relabels at once, like scoring with the new grid.
    tab->addSegment("Top cell", {{5, 5}});
    settle();
    segment::RfmOptions o;
    o.grid = tab->grid();
    const segment::RfmResult edited = segment::computeRfm(db(), o);
    ASSERT_EQ(tab->summaryModel()->rowCount(), static_cast<int>(edited.segments.size()));
    const int last = tab->summaryModel()->rowCount() - 1;
    EXPECT_EQ(value(*tab->summaryModel(), last, SegmentRfmSummaryModel::Customers, role),
              static_cast<double>(edited.segments.back().customers));

    // An earlier reference date.
    tab->newestCheck()->setChecked(false);
    tab->dateEdit()->setDate(QDate(2025, 12, 31));
    ASSERT_TRUE(tab->compute());
    settle();
    EXPECT_EQ(tab->result()->referenceDay, date::daysFromCivil(2025, 12, 31));
}

TEST_F(SegmentPage, KMeansThroughThePageEqualsTheCoreCall)
{
    open(SegmentationPage::ClustersTab);
    SegmentClusterTab* tab = page->clusterTab();
    ASSERT_TRUE(tab->lastRun()) << tab->statusLabel()->text().toStdString();
    EXPECT_FALSE(tab->elbowChart()->points().empty()) << "a small base gets the elbow at once";
    EXPECT_EQ(tab->elbowChart()->points().front().k, 2);
    EXPECT_EQ(tab->elbowChart()->points().back().k, 10);
    renderTab(window.get(), "clusters");

    tab->setFeatures({"log_recency", "log_frequency", "log_monetary", "tenure_days"});
    tab->kSpin()->setValue(4);
    tab->restartsSpin()->setValue(3);
    tab->seedSpin()->setValue(7);
    ASSERT_TRUE(tab->run());
    settle();
    const auto run = tab->lastRun();
    ASSERT_TRUE(run);

    segment::FeatureOptions fo;
    fo.features = {"log_recency", "log_frequency", "log_monetary", "tenure_days"};
    const segment::FeatureMatrix fm = segment::loadFeatures(db(), fo);
    segment::KMeansOptions ko;
    ko.k = 4;
    ko.restarts = 3;
    ko.seed = 7;
    const segment::KMeansResult core = segment::kmeans(fm.standardised, ko);
    EXPECT_EQ(run->features.customerIds, fm.customerIds);
    EXPECT_EQ(run->result.labels, core.labels);
    EXPECT_DOUBLE_EQ(run->result.inertia, core.inertia);
    ASSERT_EQ(tab->profileModel()->rowCount(), 4);
    for (int c = 0; c < 4; ++c)
        EXPECT_EQ(tab->profileModel()
                      ->index(c, SegmentProfileModel::Customers)
                      .data(SegmentProfileModel::ValueRole)
                      .toDouble(),
                  static_cast<double>(core.sizes[static_cast<std::size_t>(c)]));

    // PC1 / PC2 by default: every customer of this small base is drawn, one series a cluster.
    EXPECT_EQ(tab->xAxisBox()->currentData().toInt(), SegmentClusterTab::kPc1);
    EXPECT_EQ(tab->scatter()->pointCount(), static_cast<int>(fm.customerIds.size()));
    EXPECT_EQ(tab->scatter()->seriesCount(), 4);
    auto axes = tab->scatter()->view()->chart()->axes();
    ASSERT_EQ(axes.size(), 2);
    for (auto* axis : axes)
        EXPECT_TRUE(axis->titleText().startsWith("PC")) << axis->titleText().toStdString();
    // Two chosen features instead.
    tab->xAxisBox()->setCurrentIndex(tab->xAxisBox()->findData(3));
    EXPECT_TRUE(tab->scatter()
                    ->view()
                    ->chart()
                    ->axes(Qt::Horizontal)
                    .front()
                    ->titleText()
                    .contains("days"));

    // Saved with the core draft's labels.
    ASSERT_TRUE(tab->saveAsSegment("Clusters test"));
    settle();
    segment::SegmentStore store(db());
    const auto saved = store.resolve("Clusters test");
    EXPECT_EQ(saved.kind, "kmeans");
    EXPECT_EQ(saved.members, static_cast<std::int64_t>(fm.customerIds.size()));
    EXPECT_EQ(saved.labels, (std::vector<std::string>{"1", "2", "3", "4"}));
}

TEST_F(SegmentPage, CancelledRunKeepsThePreviousClusters)
{
    open(SegmentationPage::ClustersTab);
    SegmentClusterTab* tab = page->clusterTab();
    const auto before = tab->lastRun();
    ASSERT_TRUE(before);
    tab->kSpin()->setValue(7);
    ASSERT_TRUE(tab->run());
    EXPECT_TRUE(page->isBusy());
    TaskMonitor::instance().cancelAll();
    settle();
    EXPECT_EQ(tab->lastRun(), before) << "a cancelled run replaces nothing";
    EXPECT_TRUE(tab->statusLabel()->text().contains("Cancelled"))
        << tab->statusLabel()->text().toStdString();
    // And the next run works again.
    ASSERT_TRUE(tab->run());
    settle();
    EXPECT_EQ(tab->lastRun()->result.k, 7);
}

TEST_F(SegmentPage, RuleBuilderMatchesEvaluateRule)
{
    open(SegmentationPage::RulesTab);
    SegmentRuleTab* tab = page->ruleTab();
    SegmentRuleBuilder* builder = tab->builder();
    renderTab(window.get(), "rules");

    // The default rule shows a nested group; its matches are the core's.
    {
        const auto rule = builder->rule();
        ASSERT_TRUE(rule);
        segment::RuleOptions o;
        o.grid = segment::RfmGrid::load(db());
        EXPECT_EQ(tab->lastResult()->customerIds,
                  segment::evaluateRule(db(), *rule, o).customerIds);
    }

    // Build "country = China AND (age between 25 and 34 OR channel is one of app, web)" by
    // hand through the rows.
    builder->setState(json{{"and", json::array()}});
    SegmentRuleGroup* root = builder->root();
    SegmentRuleRow* country = root->addCondition();
    country->setField("country");
    country->setOp("eq");
    country->setValueText("CN"); // the demo stores ISO 3166 codes
    SegmentRuleGroup* either = root->addGroup();
    either->setOr(true);
    auto* age = qobject_cast<SegmentRuleRow*>(either->items().front());
    ASSERT_NE(age, nullptr);
    age->setField("age");
    age->setOp("between");
    age->setValueText("25");
    age->setHighText("34");
    SegmentRuleRow* channel = either->addCondition();
    channel->setField("channel");
    channel->setOp("in");
    channel->setValueText("app, web");
    tab->noteEdit();

    const json expected = json::parse(R"({"and": [
        {"field": "country", "op": "eq", "value": "CN"},
        {"or": [{"field": "age", "op": "between", "value": [25, 34]},
                {"field": "channel", "op": "in", "value": ["app", "web"]}]}]})");
    EXPECT_EQ(builder->state(), expected) << builder->state().dump();
    ASSERT_TRUE(tab->evaluate());
    settle();
    const segment::RuleResult core =
        segment::evaluateRule(db(), segment::Rule::fromJsonValue(expected));
    ASSERT_TRUE(tab->lastResult());
    EXPECT_EQ(tab->lastResult()->customerIds, core.customerIds);
    EXPECT_FALSE(core.customerIds.empty());
    EXPECT_EQ(tab->previewModel()->rowCount(), static_cast<int>(core.customerIds.size()));
    EXPECT_TRUE(tab->ruleLabel()->text().contains("country"));

    // An unfinished value is named, not evaluated.
    age->setValueText("twenty");
    EXPECT_FALSE(tab->evaluate());
    EXPECT_TRUE(tab->statusLabel()->text().contains("number"))
        << tab->statusLabel()->text().toStdString();
    // Undo goes back to the valid rule.
    tab->undoStack()->undo();
    EXPECT_EQ(builder->state(), expected);

    // Save, then re-evaluate the saved rule over changed data.
    ASSERT_TRUE(tab->saveAsSegment("China young or online"));
    settle();
    segment::SegmentStore store(db());
    const auto saved = store.resolve("China young or online");
    EXPECT_EQ(saved.kind, "rule");
    EXPECT_EQ(saved.members, static_cast<std::int64_t>(core.customerIds.size()));
    EXPECT_GE(tab->savedBox()->findData(static_cast<qlonglong>(saved.id)), 0);
    db().exec("UPDATE customers SET country = 'Japan' WHERE id = " +
              std::to_string(core.customerIds.front()));
    ASSERT_TRUE(tab->reevaluate(saved.id));
    settle();
    EXPECT_EQ(tab->lastResult()->customerIds.size(), core.customerIds.size() - 1);
    EXPECT_TRUE(tab->statusLabel()->text().contains("1 left"))
        << tab->statusLabel()->text().toStdString();
}

TEST_F(SegmentPage, SavedSegmentListsMembersOpens360AndExports)
{
    open();
    SegmentRfmTab* rfm = page->rfmTab();
    ASSERT_TRUE(rfm->saveAsSegment("RFM test"));
    settle();
    const auto scored = static_cast<int>(rfm->result()->customers.size());
    page->showTab(SegmentationPage::SavedTab);
    settle();
    SegmentSavedTab* tab = page->savedTab();
    segment::SegmentStore store(db());
    const auto saved = store.resolve("RFM test");
    ASSERT_GE(tab->listModel()->rowOf(saved.id), 0);
    ASSERT_TRUE(tab->selectSegment(saved.id));
    EXPECT_EQ(tab->currentSegmentId(), saved.id);
    EXPECT_EQ(tab->memberModel()->rowCount(), scored);
    const auto first = store.memberPage(saved.id, 0, 1).front();
    EXPECT_EQ(tab->memberModel()
                  ->index(0, SegmentMemberModel::ExternalId)
                  .data()
                  .toString()
                  .toStdString(),
              first.externalId);
    EXPECT_EQ(
        tab->memberModel()->index(0, SegmentMemberModel::Name).data().toString().toStdString(),
        first.name);
    // One sub-group.
    const std::string label = saved.labels.front();
    tab->setLabelFilter(QString::fromStdString(label));
    EXPECT_EQ(tab->memberModel()->rowCount(), store.memberCount(saved.id, label));
    renderTab(window.get(), "saved");

    // Export: every member of the chosen segment, one row each.
    tab->setLabelFilter({});
    const QString csv = QString::fromStdString(file("members.csv"));
    ASSERT_TRUE(tab->exportMembers(csv));
    settle();
    EXPECT_EQ(tab->lastExportRows(), scored);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), scored + 1);
    EXPECT_TRUE(lines.front().contains("external_id"));
    EXPECT_TRUE(lines.front().contains("segment_label"));

    // Enter on a member opens the 360 page.
    tab->memberView()->setFocus();
    tab->memberView()->setCurrentIndex(tab->memberModel()->index(0, 0));
    QTest::keyClick(tab->memberView(), Qt::Key_Return);
    EXPECT_EQ(window->currentPageId(), "customer");
    auto* c360 = qobject_cast<Customer360Page*>(window->page("customer"));
    ASSERT_NE(c360, nullptr);
    EXPECT_EQ(c360->customerId(), first.customerId);

    // Rename and delete.
    ASSERT_TRUE(window->showPage("segmentation"));
    EXPECT_TRUE(tab->renameSegment(saved.id, "RFM renamed"));
    EXPECT_EQ(store.get(saved.id)->name, "RFM renamed");
    EXPECT_TRUE(tab->deleteSegment(saved.id));
    EXPECT_FALSE(store.get(saved.id));
    EXPECT_LT(tab->listModel()->rowOf(saved.id), 0);
}

TEST_F(SegmentPage, ComparisonAndMigrationAreTheCoreOnes)
{
    open(SegmentationPage::SavedTab);
    SegmentSavedTab* tab = page->savedTab();
    segment::SegmentStore store(db());
    const segment::SegmentDraft may = segment::rfmDraft(segment::computeRfm(db(), [] {
        segment::RfmOptions o;
        o.referenceDay = date::daysFromCivil(2026, 3, 31);
        return o;
    }()));
    const segment::SegmentDraft june = segment::rfmDraft(segment::computeRfm(db()));
    const auto a = store.save("RFM March", may.kind, may.definition, may.members, 1000);
    const auto b = store.save("RFM June", june.kind, june.definition, june.members, 2000);
    tab->reloadList();
    ASSERT_TRUE(tab->compare({a, b}, true));
    settle();
    segment::CompareOptions co;
    co.bySubgroup = true;
    const auto rows = store.compare({a, b}, co);
    ASSERT_EQ(tab->compareModel()->rowCount(), static_cast<int>(rows.size()));
    for (int r = 0; r < tab->compareModel()->rowCount(); ++r) {
        const auto& row = rows[static_cast<std::size_t>(r)];
        EXPECT_EQ(value(*tab->compareModel(), r, SegmentCompareModel::Customers,
                        SegmentCompareModel::ValueRole),
                  static_cast<double>(row.customers));
        EXPECT_DOUBLE_EQ(value(*tab->compareModel(), r, SegmentCompareModel::Revenue,
                               SegmentCompareModel::ValueRole),
                         row.revenue);
        if (row.nps) {
            EXPECT_DOUBLE_EQ(value(*tab->compareModel(), r, SegmentCompareModel::Nps,
                                   SegmentCompareModel::ValueRole),
                             *row.nps);
        }
    }
    ASSERT_TRUE(tab->showMigration(a, b));
    settle();
    const auto core = store.migration(a, b);
    const auto* m = tab->migrationModel();
    ASSERT_EQ(m->rowCount(), static_cast<int>(core.labelsFrom.size()) + 1);
    for (std::size_t i = 0; i < core.labelsFrom.size(); ++i)
        for (std::size_t j = 0; j < core.labelsTo.size(); ++j)
            EXPECT_EQ(
                m->index(static_cast<int>(i), SegmentMigrationModel::FirstTo + static_cast<int>(j))
                    .data(SegmentMigrationModel::ValueRole)
                    .toLongLong(),
                core.counts[i][j]);
    renderTab(window.get(), "saved-migration");
}

TEST_F(SegmentPage, TiersAndPyramidWithoutAndWithACLVRun)
{
    open(SegmentationPage::TiersTab);
    SegmentTierTab* tab = page->tierTab();
    EXPECT_FALSE(tab->tierModel()->result());
    EXPECT_TRUE(tab->tierStatus()->text().contains("No CLV run yet"))
        << tab->tierStatus()->text().toStdString();
    EXPECT_FALSE(tab->pyramidModel()->result()) << "the pyramid by CLV needs a run too";
    EXPECT_TRUE(tab->pyramidStatus()->text().contains("rank by margin or revenue"));

    // By revenue it works without a run.
    tab->basisBox()->setCurrentIndex(
        tab->basisBox()->findData(static_cast<int>(segment::PyramidBasis::Revenue)));
    tab->cutSpin(0)->setValue(2);
    ASSERT_TRUE(tab->computePyramid());
    settle();
    ASSERT_TRUE(tab->pyramidModel()->result());
    segment::PyramidOptions po;
    po.basis = segment::PyramidBasis::Revenue;
    po.cuts = {0.02, 0.05, 0.20};
    const segment::PyramidResult pyramid = segment::computePyramid(db(), po);
    for (int l = 0; l < 4; ++l) {
        EXPECT_EQ(value(*tab->pyramidModel(), l, SegmentPyramidModel::Customers,
                        SegmentPyramidModel::ValueRole),
                  static_cast<double>(pyramid.levels[static_cast<std::size_t>(l)].customers));
        EXPECT_DOUBLE_EQ(value(*tab->pyramidModel(), l, SegmentPyramidModel::Value,
                               SegmentPyramidModel::ValueRole),
                         pyramid.levels[static_cast<std::size_t>(l)].value);
    }
    EXPECT_EQ(tab->pyramidChart()->categories().size(), 4);
    EXPECT_TRUE(tab->pyramidChart()->categories().back().startsWith("Platinum"))
        << "platinum on top";

    // With a CLV run.
    addClvRun();
    tab->highSpin()->setValue(10);
    ASSERT_TRUE(tab->computeTiers());
    settle();
    ASSERT_TRUE(tab->tierModel()->result());
    segment::TierOptions to;
    to.highValueTopShare = 0.1;
    const segment::TierResult tiers = segment::computeTiers(db(), to);
    for (int t = 0; t < 4; ++t)
        EXPECT_EQ(
            value(*tab->tierModel(), t, SegmentTierModel::Customers, SegmentTierModel::ValueRole),
            static_cast<double>(tiers.tiers[static_cast<std::size_t>(t)].customers));
    EXPECT_TRUE(tab->tierStatus()->text().contains("P(alive) < 0.50"))
        << tab->tierStatus()->text().toStdString();
    EXPECT_TRUE(tab->tierStatus()->text().contains("top 10 %"));
    tab->basisBox()->setCurrentIndex(0);
    ASSERT_TRUE(tab->computePyramid());
    settle();
    ASSERT_TRUE(tab->pyramidModel()->result());
    EXPECT_EQ(tab->pyramidModel()->result()->options.basis, segment::PyramidBasis::Clv);
    renderTab(window.get(), "tiers");

    ASSERT_TRUE(tab->savePyramid("Pyramid test"));
    settle();
    const auto saved = segment::SegmentStore(db()).resolve("Pyramid test");
    EXPECT_EQ(saved.kind, "pyramid");
    EXPECT_EQ(saved.labels, (std::vector<std::string>{"platinum", "gold", "iron", "lead"}));
}
