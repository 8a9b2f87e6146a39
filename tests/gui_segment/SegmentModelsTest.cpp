#include "SegmentCompareModel.h"
#include "SegmentGridModel.h"
#include "SegmentGuiFixture.h"
#include "SegmentListModel.h"
#include "SegmentMemberModel.h"
#include "SegmentMigrationModel.h"
#include "SegmentProfileModel.h"
#include "SegmentPyramidModel.h"
#include "SegmentRfmSummaryModel.h"
#include "SegmentRfmTab.h"
#include "SegmentScatterChart.h"
#include "SegmentTierModel.h"
#include "WorkspaceSession.h"
#include "valuedesk/segment/Features.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <set>

using namespace vd;
using namespace vd::gui;
using segment::RfmCell;
using segment::RfmGrid;
using Tester = QAbstractItemModelTester;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class SegmentModels : public test::SegmentGuiFixture
{
};

QString cellName(const SegmentGridModel& m, int r, int f)
{
    return m.cellIndex(r, f).data().toString();
}
} // namespace

TEST_F(SegmentModels, EveryModelPassesTheModelTester)
{
    addClvRun();
    SegmentGridModel grid;
    Tester t1(&grid, kFatal);
    grid.setGrid(RfmGrid::defaults());
    EXPECT_EQ(grid.rowCount(), 5);
    EXPECT_EQ(grid.headerData(0, Qt::Vertical).toString(), "R 5");
    EXPECT_EQ(grid.headerData(4, Qt::Horizontal).toString(), "F 5");
    EXPECT_EQ(cellName(grid, 5, 5), "Champions");

    auto rfm = std::make_shared<const segment::RfmResult>(segment::computeRfm(db()));
    SegmentRfmSummaryModel summary;
    Tester t2(&summary, kFatal);
    summary.setResult(rfm);
    EXPECT_EQ(summary.rowCount(), static_cast<int>(rfm->segments.size()));
    summary.setResult(nullptr);
    EXPECT_EQ(summary.rowCount(), 0);

    const segment::FeatureMatrix fm = segment::loadFeatures(db());
    segment::KMeansOptions ko;
    ko.k = 3;
    ko.restarts = 2;
    const segment::KMeansResult km = segment::kmeans(fm.standardised, ko);
    SegmentProfileModel profiles;
    Tester t3(&profiles, kFatal);
    profiles.setProfiles(segment::clusterProfiles(fm, km), fm.names);
    EXPECT_EQ(profiles.rowCount(), 3);
    EXPECT_EQ(profiles.columnCount(), SegmentProfileModel::FirstFeature + 3);
    EXPECT_EQ(profiles.headerData(SegmentProfileModel::FirstFeature, Qt::Horizontal).toString(),
              "Mean Recency (days)")
        << "log features are profiled in their original units";

    SegmentTierModel tiers;
    Tester t4(&tiers, kFatal);
    tiers.setResult(segment::computeTiers(db()));
    EXPECT_EQ(tiers.rowCount(), 4);
    tiers.setResult(std::nullopt);

    SegmentPyramidModel pyramid;
    Tester t5(&pyramid, kFatal);
    pyramid.setResult(segment::computePyramid(db()));
    EXPECT_EQ(pyramid.rowCount(), 4);
    EXPECT_EQ(pyramid.index(0, SegmentPyramidModel::Level).data().toString(), "Platinum");

    segment::SegmentStore store(db());
    const auto draft = segment::rfmDraft(*rfm);
    const auto a = store.save("RFM A", draft.kind, draft.definition, draft.members, 100);
    const auto b = store.save("RFM B", draft.kind, draft.definition, draft.members, 200);

    SegmentListModel list;
    Tester t6(&list, kFatal);
    list.setSegments(store.list());
    EXPECT_GE(list.rowCount(), 2);
    EXPECT_GE(list.rowOf(a), 0);

    SegmentCompareModel compare;
    Tester t7(&compare, kFatal);
    segment::CompareOptions co;
    co.bySubgroup = true;
    compare.setRows(store.compare({a, b}, co));
    EXPECT_GT(compare.rowCount(), 2);
    EXPECT_EQ(compare.index(0, SegmentCompareModel::SubGroup).data().toString(), "(all)");

    SegmentMigrationModel migration;
    Tester t8(&migration, kFatal);
    migration.setMatrix(store.migration(a, b));
    const auto& m = *migration.matrix();
    EXPECT_EQ(migration.rowCount(), static_cast<int>(m.labelsFrom.size()) + 1);
    EXPECT_EQ(migration.columnCount(), static_cast<int>(m.labelsTo.size()) + 2);
    // Same snapshot twice: everyone stays on the diagonal.
    EXPECT_EQ(migration.index(0, SegmentMigrationModel::FirstTo)
                  .data(SegmentMigrationModel::ValueRole)
                  .toLongLong(),
              m.counts[0][0]);
    EXPECT_EQ(m.inBoth, static_cast<std::int64_t>(draft.members.size()));

    SegmentMemberModel members;
    Tester t9(&members, kFatal);
    members.setSegment(&db(), a);
    EXPECT_EQ(members.rowCount(), static_cast<int>(draft.members.size()));
    // Far rows come from their own page.
    const int last = members.rowCount() - 1;
    const qint64 lastId = members.customerId(last);
    EXPECT_EQ(lastId, store.memberPage(a, last, 1)[0].customerId);
    EXPECT_EQ(members.index(last, SegmentMemberModel::ExternalId).data().toString().toStdString(),
              store.memberPage(a, last, 1)[0].externalId);
    members.setSegment(&db(), a, draft.members.front().label);
    EXPECT_EQ(members.rowCount(), store.memberCount(a, draft.members.front().label));
    members.setCustomers(&db(), {draft.members[2].customerId, draft.members[0].customerId});
    EXPECT_EQ(members.rowCount(), 2);
    EXPECT_EQ(members.customerId(0), draft.members[2].customerId);
    members.clear();
    EXPECT_EQ(members.rowCount(), 0);
}

TEST_F(SegmentModels, GridEditsAreUndoneAndRedone)
{
    WorkspaceSession session;
    SegmentRfmTab tab(session);
    QUndoStack* undo = tab.undoStack();
    const RfmGrid start = tab.grid();
    ASSERT_EQ(start, RfmGrid::defaults());

    // Select two cells in the view and activate "Loyal" in the list: an assignment.
    const int loyal = 1;
    ASSERT_EQ(start.segments()[loyal].name, "Loyal");
    auto* sel = tab.gridView()->selectionModel();
    sel->select(tab.gridModel()->cellIndex(5, 5), QItemSelectionModel::Select);
    sel->select(tab.gridModel()->cellIndex(5, 4), QItemSelectionModel::Select);
    ASSERT_EQ(tab.selectedCells().size(), 2u);
    emit tab.segmentList()->itemActivated(tab.segmentList()->item(loyal));
    EXPECT_EQ(cellName(*tab.gridModel(), 5, 5), "Loyal");
    EXPECT_EQ(cellName(*tab.gridModel(), 5, 4), "Loyal");
    EXPECT_EQ(undo->count(), 1);
    EXPECT_TRUE(tab.problems().join(" ").contains("Champions"))
        << "Champions lost its cells: " << tab.problems().join("; ").toStdString();

    tab.addSegment("VIP", {{5, 5}});
    tab.renameSegment(loyal, "Faithful");
    tab.clearCells({{1, 1}});
    EXPECT_EQ(undo->count(), 4);
    EXPECT_EQ(cellName(*tab.gridModel(), 5, 5), "VIP");
    EXPECT_EQ(cellName(*tab.gridModel(), 5, 4), "Faithful");
    EXPECT_EQ(cellName(*tab.gridModel(), 1, 1), "(gap)");
    const RfmGrid edited = tab.grid();

    while (undo->canUndo())
        undo->undo();
    EXPECT_EQ(tab.grid(), start) << "undo restores the grid exactly";
    EXPECT_EQ(cellName(*tab.gridModel(), 5, 5), "Champions");
    while (undo->canRedo())
        undo->redo();
    EXPECT_EQ(tab.grid(), edited) << "redo replays every edit";

    // The keyboard: Ctrl+Z and Ctrl+Shift+Z on the tab.
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&tab));
    tab.gridView()->setFocus();
    QTest::keyClick(tab.gridView(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(cellName(*tab.gridModel(), 1, 1), "Hibernating") << "Ctrl+Z took the clear back";
    QTest::keyClick(tab.gridView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(cellName(*tab.gridModel(), 1, 1), "(gap)") << "Ctrl+Shift+Z redid it";
    // Delete clears the selected cells; 2 assigns them to the second segment.
    sel->clearSelection();
    sel->select(tab.gridModel()->cellIndex(3, 3), QItemSelectionModel::Select);
    QTest::keyClick(tab.gridView(), Qt::Key_Delete);
    EXPECT_EQ(cellName(*tab.gridModel(), 3, 3), "(gap)");
    QTest::keyClick(tab.gridView(), Qt::Key_2);
    EXPECT_EQ(cellName(*tab.gridModel(), 3, 3), "Faithful");
}

TEST_F(SegmentModels, TheEditorRefusesAnInvalidGrid)
{
    WorkspaceSession session;
    session.open(QString::fromStdString(path()));
    SegmentRfmTab tab(session);
    tab.clearCells({{5, 5}, {2, 3}});
    const QStringList problems = tab.problems();
    ASSERT_EQ(problems.size(), 2) << problems.join("; ").toStdString();
    EXPECT_TRUE(problems.join(" ").contains("R5 F5")) << problems.join("; ").toStdString();
    EXPECT_TRUE(problems.join(" ").contains("R2 F3"));
    EXPECT_FALSE(tab.saveGridButton()->isEnabled());
    EXPECT_FALSE(tab.saveGrid());
    EXPECT_TRUE(tab.problemsLabel()->text().contains("R5 F5"));
    EXPECT_FALSE(tab.compute()) << "scoring with gaps is refused too";
    EXPECT_EQ(RfmGrid::load(session.db()), RfmGrid::defaults()) << "nothing was stored";

    // Overlaps (possible in a grid from JSON) are named with both owners.
    RfmGrid overlap = RfmGrid::defaults();
    overlap.segments()[0].cells.push_back({1, 1});
    SegmentGridModel m;
    m.setGrid(overlap);
    EXPECT_EQ(m.cellIndex(1, 1).data(SegmentGridModel::OwnersRole).toInt(), 2);
    EXPECT_TRUE(m.cellIndex(1, 1).data(Qt::ToolTipRole).toString().contains("Champions"));

    tab.undoStack()->undo();
    EXPECT_TRUE(tab.problems().isEmpty());
    EXPECT_TRUE(tab.saveGrid());
    tab.renameSegment(0, "Stars");
    EXPECT_TRUE(tab.saveGrid());
    EXPECT_EQ(RfmGrid::load(session.db()).segments()[0].name, "Stars");
}

TEST(SegmentScatter, SampleIsBoundedUniformAndFixed)
{
    const auto rows = SegmentScatterChart::sampleRows(1'000'000);
    ASSERT_EQ(rows.size(), static_cast<std::size_t>(SegmentScatterChart::kMaxPoints));
    EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end()));
    EXPECT_EQ(std::set<std::int64_t>(rows.begin(), rows.end()).size(), rows.size());
    EXPECT_EQ(rows, SegmentScatterChart::sampleRows(1'000'000)) << "the same points every time";
    EXPECT_GE(rows.front(), 0);
    EXPECT_LT(rows.back(), 1'000'000);
    // Spread over the whole range: about half below the middle.
    const auto below = std::count_if(rows.begin(), rows.end(), [](auto r) { return r < 500'000; });
    EXPECT_NEAR(static_cast<double>(below) / static_cast<double>(rows.size()), 0.5, 0.02);
    EXPECT_EQ(SegmentScatterChart::sampleRows(1234).size(), 1234u);
    EXPECT_TRUE(SegmentScatterChart::sampleRows(0).empty());
}
