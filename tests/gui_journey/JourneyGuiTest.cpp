#include "JourneyCanvas.h"
#include "JourneyCompareDialog.h"
#include "JourneyCompareModel.h"
#include "JourneyEditor.h"
#include "JourneyInspector.h"
#include "JourneyKpiDefinitionModel.h"
#include "JourneyKpiTableModel.h"
#include "JourneyOpportunityModel.h"
#include "JourneyPage.h"
#include "JourneyPresentation.h"
#include "JourneyRenderer.h"
#include "JourneySpeakerNotes.h"
#include "PersonaPanel.h"
#include "WorkspaceSession.h"
#include "journey/JourneyFixture.h"
#include "support/GuiWait.h"
#include "valuedesk/Error.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/journey/JourneyCompare.h"
#include "valuedesk/journey/JourneyJson.h"
#include "valuedesk/journey/JourneyKpis.h"
#include "valuedesk/journey/JourneyRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

using namespace vd;
using namespace vd::gui;
using namespace vd::journey;
using render::JourneyRow;
using render::JourneySelection;

// The journey-map view: the editor's undo commands, the canvas's keys and mouse, the
// presentation, the exports and the item models, on the hand-made map of
// tests/journey/JourneyFixture.h and on the demo workspace. Set VD_SCREENSHOT_DIR to keep the
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

// Share of sampled pixels that are not white.
double ink(const QImage& image)
{
    int n = 0, inked = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++n)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                ++inked;
    return n ? static_cast<double>(inked) / n : 0.0;
}

// Everything of the document that is content (the JSON file format leaves ids, links and
// timestamps out): what undo must give back exactly.
std::string content(const JourneyEditor& editor)
{
    return toJson(editor.document());
}

int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

QByteArray slurp(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Some pixel in `area` within a few steps of `colour` (anti-aliasing blends edges).
bool hasColour(const QImage& image, const QRectF& area, const QColor& colour)
{
    const QRect r = area.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 &&
                std::abs(c.green() - colour.green()) < 12 &&
                std::abs(c.blue() - colour.blue()) < 12)
                return true;
        }
    return false;
}

Touchpoint named(const std::string& name, const std::string& code = {})
{
    Touchpoint t;
    t.name = name;
    t.code = code;
    t.kpis = defaultKpis();
    return t;
}

std::vector<std::string> names(const Stage& stage)
{
    std::vector<std::string> out;
    for (const Touchpoint& t : stage.touchpoints)
        out.push_back(t.name);
    return out;
}

std::vector<std::string> stageNames(const JourneyMap& map)
{
    std::vector<std::string> out;
    for (const Stage& s : map.stages)
        out.push_back(s.name);
    return out;
}

void sendMouse(QWidget* w, QEvent::Type type, const QPointF& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

} // namespace

// ------------------------------------------------------------------ undo commands

// Every kind of command of JourneyEditCommand.h, applied in turn (each one undo step); undoing
// them one by one passes back through every earlier state to the original map, redoing them
// passes forward to the edited one.
TEST(JourneyEditCommands, UndoRestoresEveryStateAndRedoTheEditedMap)
{
    JourneyEditor editor;
    editor.setDocument(test::sampleMap(), test::samplePersona());
    QUndoStack* stack = editor.undoStack();
    const JourneyMap originalMap = editor.map();
    std::vector<std::string> states{content(editor)};
    auto step = [&](const std::string& what, const std::function<void()>& edit) {
        const int before = stack->count();
        ASSERT_NO_THROW(edit()) << what;
        EXPECT_EQ(stack->count(), before + 1) << what;
        EXPECT_NE(content(editor), states.back()) << what << " changed nothing";
        EXPECT_EQ(stack->undoText(), stack->command(stack->count() - 1)->text()) << what;
        states.push_back(content(editor));
    };

    // Stages: insert, rename, move.
    Stage consider{0, "Consideration", "Compare shops", {named("Menu", "menu_browse")}};
    step("insert stage", [&] { editor.insertStage(1, consider); });
    step("set stage", [&] { editor.setStage(1, "Consider", "Compare the shops nearby"); });
    step("move stage", [&] { editor.moveStage(0, 3); });
    EXPECT_EQ(stageNames(editor.map()),
              (std::vector<std::string>{"Consider", "Purchase", "Use", "Awareness"}));
    // Touchpoints: insert, move within a stage, move across stages, remove.
    step("insert touchpoint", [&] { editor.insertTouchpoint({0, 1}, named("Reviews")); });
    step("move within stage", [&] { editor.moveTouchpoint({1, 0}, {1, 1}); });
    EXPECT_EQ(names(editor.map().stages[1]),
              (std::vector<std::string>{"Pay in app", "Queue and order"}));
    step("move across stages", [&] { editor.moveTouchpoint({1, 1}, {2, 0}); });
    EXPECT_EQ(names(editor.map().stages[1]), (std::vector<std::string>{"Pay in app"}));
    EXPECT_EQ(names(editor.map().stages[2]),
              (std::vector<std::string>{"Queue and order", "Drink"}));
    step("remove touchpoint", [&] { editor.removeTouchpoint({3, 1}); });
    EXPECT_EQ(names(editor.map().stages[3]), (std::vector<std::string>{"Social ad"}));
    // Touchpoint content: thoughts, KPI definitions, opportunities, emotion.
    const TouchpointRef queue{2, 0};
    step("thoughts", [&] {
        Touchpoint t = touchpointAt(editor.map(), queue);
        t.thoughts = "Ten minutes again";
        editor.setTouchpoint(queue, t, JourneyEditor::Field::Thoughts);
    });
    step("KPI definitions", [&] {
        Touchpoint t = touchpointAt(editor.map(), queue);
        t.kpis[0].threshold = 15.0;
        t.kpis[0].alertWhen = AlertWhen::Above;
        t.kpis.push_back({KpiMetric::CesAgree, 50.0, AlertWhen::Below});
        editor.setTouchpoint(queue, t, JourneyEditor::Field::Kpis);
    });
    step("opportunities", [&] {
        Touchpoint t = touchpointAt(editor.map(), queue);
        t.opportunities.push_back({0, "Order at the table", "Digital", 1, OpportunityStatus::Open});
        t.opportunities[0].status = OpportunityStatus::Solved;
        editor.setTouchpoint(queue, t, JourneyEditor::Field::Opportunities);
    });
    step("emotion", [&] {
        Touchpoint t = touchpointAt(editor.map(), {2, 1});
        t.emotion = -1;
        editor.setTouchpoint({2, 1}, t, JourneyEditor::Field::Emotion);
    });
    // The map and its persona.
    step("map info", [&] {
        editor.setMapInfo("Coffee visit, to be", "Redesigned morning visit", MapKind::ToBe);
    });
    step("persona", [&] {
        Persona p = *editor.persona();
        p.quote = "Order ahead, skip the queue.";
        p.avatar = test::kAvatarDataUri;
        editor.setPersona(p);
    });
    step("remove stage", [&] { editor.removeStage(3); });
    step("no persona", [&] { editor.setPersona(std::nullopt); });

    // The edited map is what the steps said.
    const JourneyMap edited = editor.map();
    EXPECT_EQ(stageNames(edited), (std::vector<std::string>{"Consider", "Purchase", "Use"}));
    EXPECT_EQ(edited.kind, MapKind::ToBe);
    EXPECT_FALSE(editor.persona());
    EXPECT_EQ(touchpointAt(edited, queue).kpis.back().metric, KpiMetric::CesAgree);
    EXPECT_EQ(touchpointAt(edited, queue).opportunities.size(), 3u);
    EXPECT_EQ(stack->count(), static_cast<int>(states.size()) - 1);

    // Undo walks back through every state...
    for (std::size_t i = states.size() - 1; i > 0; --i) {
        ASSERT_TRUE(stack->canUndo());
        stack->undo();
        EXPECT_EQ(content(editor), states[i - 1]) << "after undoing step " << i;
    }
    EXPECT_FALSE(stack->canUndo());
    // ... to exactly the original map and persona.
    EXPECT_EQ(contentOf(editor.map()), contentOf(originalMap));
    EXPECT_EQ(editor.map(), originalMap);
    ASSERT_TRUE(editor.persona());
    EXPECT_EQ(*editor.persona(), test::samplePersona());

    // Redo walks forward again to the edited map.
    for (std::size_t i = 1; i < states.size(); ++i) {
        stack->redo();
        EXPECT_EQ(content(editor), states[i]) << "after redoing step " << i;
    }
    EXPECT_FALSE(stack->canRedo());
    EXPECT_EQ(editor.map(), edited);
}

// Typing into one field of one touchpoint is one undo step; another field, another touchpoint
// or a whole-touchpoint edit starts a new one.
TEST(JourneyEditCommands, EditsOfOneFieldMerge)
{
    JourneyEditor editor;
    editor.setDocument(test::sampleMap(), std::nullopt);
    QUndoStack* stack = editor.undoStack();
    const std::string original = content(editor);
    const TouchpointRef queue{1, 0};
    auto setThoughts = [&](const TouchpointRef& at, const std::string& text) {
        Touchpoint t = touchpointAt(editor.map(), at);
        t.thoughts = text;
        editor.setTouchpoint(at, t, JourneyEditor::Field::Thoughts);
    };
    setThoughts(queue, "W");
    setThoughts(queue, "Wh");
    setThoughts(queue, "Why so slow");
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(touchpointAt(editor.map(), queue).thoughts, "Why so slow");
    stack->undo();
    EXPECT_EQ(content(editor), original); // one undo takes the whole sentence back
    stack->redo();
    EXPECT_EQ(touchpointAt(editor.map(), queue).thoughts, "Why so slow");

    setThoughts({1, 1}, "Quick"); // another touchpoint
    EXPECT_EQ(stack->count(), 2);
    Touchpoint t = touchpointAt(editor.map(), {1, 1});
    t.name = "Pay";
    editor.setTouchpoint({1, 1}, t, JourneyEditor::Field::Name); // another field
    EXPECT_EQ(stack->count(), 3);
    t.channel = "web";
    editor.setTouchpoint({1, 1}, t, JourneyEditor::Field::Whole);
    t.channel = "store";
    editor.setTouchpoint({1, 1}, t, JourneyEditor::Field::Whole); // Whole never merges
    EXPECT_EQ(stack->count(), 5);
    // An unchanged touchpoint is no step at all.
    editor.setTouchpoint({1, 1}, t, JourneyEditor::Field::Whole);
    EXPECT_EQ(stack->count(), 5);
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(content(editor), original);
}

// Bad indices and invalid values throw before anything is pushed, so the stack only ever
// holds commands that can be done and undone.
TEST(JourneyEditCommands, BadEditsPushNothing)
{
    JourneyEditor editor;
    EXPECT_THROW(editor.insertStage(0, Stage{0, "A", "", {}}), InputError); // no map open
    editor.setDocument(test::sampleMap(), std::nullopt);
    const std::string original = content(editor);
    EXPECT_THROW(editor.insertStage(9, Stage{0, "X", "", {}}), InputError);
    EXPECT_THROW(editor.insertStage(0, Stage{0, "", "", {}}), InputError); // needs a name
    EXPECT_THROW(editor.removeStage(3), InputError);
    EXPECT_THROW(editor.moveStage(0, 3), InputError);
    EXPECT_THROW(editor.removeTouchpoint({0, 2}), InputError);
    EXPECT_THROW(editor.moveTouchpoint({0, 0}, {2, 2}), InputError);
    Touchpoint t = touchpointAt(editor.map(), {0, 0});
    t.emotion = 3;
    EXPECT_THROW(editor.setTouchpoint({0, 0}, t), InputError);
    EXPECT_THROW(editor.setMapInfo("  ", "", MapKind::AsIs), InputError);
    editor.moveStage(1, 1); // no move, no step
    EXPECT_EQ(editor.undoStack()->count(), 0);
    EXPECT_EQ(content(editor), original);
}

// ------------------------------------------------------------------ the page

namespace {

// The sample map and persona stored in a workspace, with queue responses so that its KPIs
// have values: NPS 3, 5, 9 -> (1 - 2) / 3 = -33 points, below the queue's threshold of 0.
class JourneyPageTest : public ::testing::Test, public test::JourneyFixture
{
protected:
    void SetUp() override
    {
        JourneyRepository repo(db());
        Persona persona = test::samplePersona();
        repo.savePersona(persona);
        JourneyMap map = test::sampleMap();
        map.personaId = persona.id;
        repo.saveMap(map);
        mapId = map.id;
        const std::int64_t c = customer("C1");
        for (int nps : {3, 5, 9})
            response(c, date::toEpoch(2024, 3, 1), "queue_order", nps, 4, 5);
        response(c, date::toEpoch(2024, 3, 2), "checkout", 10, 5, 7);
    }

    void open(int width = 1400, int height = 900)
    {
        session = std::make_unique<WorkspaceSession>();
        session->open(QString::fromStdString(path()));
        page = std::make_unique<JourneyPage>(*session);
        page->resize(width, height);
        page->show();
        page->ensureFresh();
        ASSERT_EVENTUALLY(!page->isLoading() && page->kpis().has_value(), 20000);
        ASSERT_EQ(page->currentMapId(), mapId);
    }

    // Keyboard focus on the canvas in an active window: shortcuts then reach its actions.
    void focusCanvas()
    {
        page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
        page->canvas()->setFocus(Qt::OtherFocusReason);
        ASSERT_EVENTUALLY(page->canvas()->hasFocus(), 2000);
    }

    const JourneyMap& map() const { return page->editor()->map(); }
    int steps() const { return page->editor()->undoStack()->count(); }
    // What the workspace holds now: the page stores every edit as it happens.
    JourneyMap stored()
    {
        JourneyRepository repo(session->db());
        return repo.loadMap(mapId);
    }

    std::int64_t mapId = 0;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<JourneyPage> page;
};

} // namespace

// The compare dialog's summary counts the touchpoints left as they were, in English words:
// "1 touchpoint unchanged", "5 touchpoints unchanged", never "touchpoint(s)".
TEST_F(JourneyPageTest, CompareDialogSummarisesTheUnchangedTouchpoints)
{
    JourneyRepository repo(db());
    JourneyMap after = repo.duplicateMap(mapId, "Coffee shop, to be", MapKind::ToBe);
    int total = 0;
    for (auto& stage : after.stages)
        for (auto& tp : stage.touchpoints)
            if (total++ > 0) // all but the first touchpoint feel different
                tp.emotion = tp.emotion >= 0 ? tp.emotion - 1 : tp.emotion + 1;
    ASSERT_GE(total, 3);
    repo.saveMap(after);
    auto summary = [&](std::int64_t a, std::int64_t b) {
        JourneyCompareDialog dialog(db(), repo.listMaps(), a, b);
        return dialog.summary()->text();
    };
    const QString one = summary(mapId, after.id);
    EXPECT_TRUE(one.endsWith(QStringLiteral("; 1 touchpoint unchanged."))) << one.toStdString();

    JourneyMap same = repo.duplicateMap(mapId, "Coffee shop, copy", MapKind::ToBe);
    int& last = same.stages.back().touchpoints.back().emotion; // only this one changes
    last = last >= 0 ? last - 1 : last + 1;
    repo.saveMap(same);
    const QString many = summary(mapId, same.id);
    EXPECT_TRUE(many.endsWith(QStringLiteral("; %1 touchpoints unchanged.").arg(total - 1)))
        << many.toStdString();
    EXPECT_FALSE(many.contains(QLatin1String("(s)")));
}

TEST_F(JourneyPageTest, KeyboardAddsDeletesMovesAndEdits)
{
    open();
    focusCanvas();
    JourneyCanvas* canvas = page->canvas();
    const std::string original = content(*page->editor());

    // Insert: a touchpoint after the selected one, selected and ready to edit.
    canvas->setSelection({1, 0, JourneyRow::Touchpoint});
    QTest::keyClick(canvas, Qt::Key_Insert);
    ASSERT_EQ(map().stages[1].touchpoints.size(), 3u);
    EXPECT_EQ(map().stages[1].touchpoints[1].name, "New touchpoint");
    EXPECT_EQ(canvas->selection().stage, 1);
    EXPECT_EQ(canvas->selection().touchpoint, 1);
    EXPECT_EQ(steps(), 1);
    // ... and the keyboard is in its name field, ready to type.
    EXPECT_EQ(QApplication::focusWidget(), page->inspector()->nameEdit());
    // Del (on the map) removes the selected touchpoint.
    focusCanvas();
    QTest::keyClick(canvas, Qt::Key_Delete);
    EXPECT_EQ(names(map().stages[1]), (std::vector<std::string>{"Queue and order", "Pay in app"}));
    EXPECT_EQ(steps(), 2);

    // Shift+Insert: a stage after the selected stage; Del on a stage header removes it.
    canvas->setSelection({0, -1, JourneyRow::Touchpoint});
    QTest::keyClick(canvas, Qt::Key_Insert, Qt::ShiftModifier);
    EXPECT_EQ(stageNames(map()),
              (std::vector<std::string>{"Awareness", "New stage", "Purchase", "Use"}));
    EXPECT_EQ(canvas->selection().stage, 1);
    EXPECT_EQ(canvas->selection().touchpoint, -1);
    focusCanvas();
    QTest::keyClick(canvas, Qt::Key_Delete);
    EXPECT_EQ(stageNames(map()), (std::vector<std::string>{"Awareness", "Purchase", "Use"}));
    EXPECT_EQ(steps(), 4);

    // Ctrl+Right past the last touchpoint of a stage: to the start of the next stage; and
    // Ctrl+Left back across the border to the end of the previous one.
    canvas->setSelection({0, 1, JourneyRow::Touchpoint}); // "Friend", last of Awareness
    QTest::keyClick(canvas, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(names(map().stages[0]), (std::vector<std::string>{"Social ad"}));
    EXPECT_EQ(names(map().stages[1]),
              (std::vector<std::string>{"Friend", "Queue and order", "Pay in app"}));
    EXPECT_EQ(canvas->selection(), (JourneySelection{1, 0, JourneyRow::Touchpoint}));
    QTest::keyClick(canvas, Qt::Key_Right, Qt::ControlModifier); // within the stage
    EXPECT_EQ(names(map().stages[1]),
              (std::vector<std::string>{"Queue and order", "Friend", "Pay in app"}));
    QTest::keyClick(canvas, Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(canvas, Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(names(map().stages[0]), (std::vector<std::string>{"Social ad", "Friend"}));
    EXPECT_EQ(canvas->selection(), (JourneySelection{0, 1, JourneyRow::Touchpoint}));
    // The first stage has no left neighbour: nothing moves.
    canvas->setSelection({0, 0, JourneyRow::Touchpoint});
    const int before = steps();
    QTest::keyClick(canvas, Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(steps(), before);

    // + and - change the emotion within -2..+2; repeated presses are one undo step.
    canvas->setSelection({1, 0, JourneyRow::Emotion}); // the queue, -2
    QTest::keyClick(canvas, Qt::Key_Minus);
    EXPECT_EQ(map().stages[1].touchpoints[0].emotion, -2); // already at the bottom
    EXPECT_EQ(steps(), before);
    QTest::keyClick(canvas, Qt::Key_Plus);
    QTest::keyClick(canvas, Qt::Key_Plus);
    EXPECT_EQ(map().stages[1].touchpoints[0].emotion, 0);
    EXPECT_EQ(steps(), before + 1);
    QTest::keyClick(canvas, Qt::Key_Minus);
    EXPECT_EQ(map().stages[1].touchpoints[0].emotion, -1);

    // Every edit is in the workspace already.
    EXPECT_EQ(contentOf(stored()), contentOf(map()));

    // F2 puts the keyboard into the detail panel's field for the selected row.
    canvas->setSelection({1, 0, JourneyRow::Touchpoint});
    QTest::keyClick(canvas, Qt::Key_F2);
    EXPECT_EQ(QApplication::focusWidget(), page->inspector()->nameEdit());
    EXPECT_EQ(page->inspector()->nameEdit()->text(), "Queue and order");

    // Ctrl+Z all the way back: the original map, also in the workspace.
    focusCanvas();
    for (int i = 0; i < 50 && page->editor()->undoStack()->canUndo(); ++i)
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(page->editor()->undoStack()->canUndo());
    EXPECT_EQ(content(*page->editor()), original);
    EXPECT_EQ(contentOf(stored()), contentOf(test::sampleMap()));
}

TEST_F(JourneyPageTest, ArrowKeysWalkTheGridAcrossStages)
{
    open();
    focusCanvas();
    JourneyCanvas* canvas = page->canvas();
    canvas->setSelection({});
    QTest::keyClick(canvas, Qt::Key_Right); // nothing selected: the first touchpoint
    EXPECT_EQ(canvas->selection(), (JourneySelection{0, 0, JourneyRow::Touchpoint}));
    QTest::keyClick(canvas, Qt::Key_Right);
    EXPECT_EQ(canvas->selection(), (JourneySelection{0, 1, JourneyRow::Touchpoint}));
    QTest::keyClick(canvas, Qt::Key_Right); // over the stage border
    EXPECT_EQ(canvas->selection(), (JourneySelection{1, 0, JourneyRow::Touchpoint}));
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Down);
    EXPECT_EQ(canvas->selection(), (JourneySelection{1, 0, JourneyRow::Thoughts}));
    QTest::keyClick(canvas, Qt::Key_Left); // back over the border, same row
    EXPECT_EQ(canvas->selection(), (JourneySelection{0, 1, JourneyRow::Thoughts}));
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(canvas, Qt::Key_Down); // stops at the last row
    EXPECT_EQ(canvas->selection().row, JourneyRow::Kpis);
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(canvas, Qt::Key_Up); // past the first row: the stage header
    EXPECT_EQ(canvas->selection(), (JourneySelection{0, -1, JourneyRow::Touchpoint}));
    QTest::keyClick(canvas, Qt::Key_Right); // headers step stage by stage
    EXPECT_EQ(canvas->selection().stage, 1);
    QTest::keyClick(canvas, Qt::Key_Escape);
    EXPECT_EQ(canvas->selection().stage, -1);
    EXPECT_EQ(steps(), 0); // walking is no edit
}

// Dragging a touchpoint onto the right half of another stage's touchpoint drops it after that
// one: one undo step, stored at once.
TEST_F(JourneyPageTest, DraggingATouchpointMovesItToAnotherStage)
{
    open();
    JourneyCanvas* canvas = page->canvas();
    QApplication::processEvents();
    const QPointF from = canvas->cellRect(0, 0, JourneyRow::Touchpoint).center(); // Social ad
    const QRectF target = canvas->cellRect(1, 1, JourneyRow::Action);             // Pay in app
    const QPointF to(target.left() + target.width() * 0.8, target.center().y());
    sendMouse(canvas, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    EXPECT_EQ(canvas->selection().stage, 0);
    for (int i = 1; i <= 10; ++i)
        sendMouse(canvas, QEvent::MouseMove, from + (to - from) * (i / 10.0), Qt::NoButton,
                  Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(names(map().stages[0]), (std::vector<std::string>{"Friend"}));
    EXPECT_EQ(names(map().stages[1]),
              (std::vector<std::string>{"Queue and order", "Pay in app", "Social ad"}));
    EXPECT_EQ(steps(), 1);
    EXPECT_EQ(canvas->selection().stage, 1);
    EXPECT_EQ(canvas->selection().touchpoint, 2);
    EXPECT_EQ(contentOf(stored()), contentOf(map()));
    // The KPIs follow the touchpoint without another query.
    ASSERT_TRUE(page->kpis());
    EXPECT_EQ(page->kpis()->at({1, 2}).code, "ad_social");

    // A click without movement is no drag.
    const QPointF friendCell = canvas->cellRect(0, 0, JourneyRow::Touchpoint).center();
    sendMouse(canvas, QEvent::MouseButtonPress, friendCell, Qt::LeftButton, Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseButtonRelease, friendCell, Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(steps(), 1);
    page->editor()->undoStack()->undo();
    EXPECT_EQ(contentOf(map()), contentOf(test::sampleMap()));
}

// The detail panel's KPI and opportunity grids are edits of the touchpoint: one undo step each.
TEST_F(JourneyPageTest, KpiDefinitionAndOpportunityGridsAreUndoSteps)
{
    open();
    page->canvas()->setSelection({1, 0, JourneyRow::Kpis}); // the queue
    JourneyKpiDefinitionModel* kpis = page->inspector()->kpiModel();
    ASSERT_EQ(kpis->rowCount(), static_cast<int>(allKpiMetrics().size()));
    const int nps = 0; // rows follow allKpiMetrics(): NPS first
    ASSERT_EQ(allKpiMetrics()[nps], KpiMetric::Nps);
    EXPECT_TRUE(kpis->setData(kpis->index(nps, JourneyKpiDefinitionModel::Threshold),
                              QStringLiteral("-50")));
    EXPECT_EQ(steps(), 1);
    EXPECT_EQ(touchpointAt(map(), {1, 0}).kpis.front().threshold, -50.0);
    // -33 points is no longer below the threshold: the flag is gone, without a new query.
    ASSERT_TRUE(page->kpis());
    EXPECT_FALSE(page->kpis()->at({1, 0}).readings.front().crossed);

    JourneyOpportunityModel* opps = page->inspector()->opportunityModel();
    ASSERT_EQ(opps->rowCount(), 2);
    EXPECT_TRUE(opps->setData(opps->index(0, JourneyOpportunityModel::Owner),
                              QStringLiteral("Area manager")));
    EXPECT_EQ(steps(), 2);
    EXPECT_EQ(touchpointAt(map(), {1, 0}).opportunities[0].owner, "Area manager");
    EXPECT_EQ(touchpointAt(stored(), {1, 0}).opportunities[0].owner, "Area manager");
    page->editor()->undoStack()->undo();
    page->editor()->undoStack()->undo();
    EXPECT_EQ(contentOf(map()), contentOf(test::sampleMap()));
}

// Export by extension: images at print resolution, the PDF handout with the documented pages
// (the map on a page of its own size, then persona, KPI table and opportunities on A4
// landscape), and JSON that imports again as the same content.
TEST_F(JourneyPageTest, ExportsPngSvgPdfAndJson)
{
    open();
    test::TempDir out;
    const QString png = shotPath(out, "journey-sample-export.png");
    EXPECT_EQ(page->exportMap(png), 1);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    const QSizeF natural = page->canvas()->renderer().naturalSize();
    EXPECT_EQ(image.width(), qRound(natural.width() * 300.0 / 96.0)); // small map: 300 dpi
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300.0, 0.5);
    EXPECT_GT(ink(image), 0.05);

    const QString svg = QString::fromStdString(out.file("map.svg"));
    EXPECT_EQ(page->exportMap(svg), 1);
    EXPECT_TRUE(slurp(svg).contains("<svg"));
    EXPECT_GT(QFileInfo(svg).size(), 5000);

    const QString pdf = QString::fromStdString(out.file("map.pdf"));
    const int pages = page->exportMap(pdf);
    EXPECT_EQ(pages, 4); // map, persona, KPI table (five rows: one page), opportunities
    const QByteArray bytes = slurp(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_EQ(pdfPages(bytes), pages);

    const QString json = QString::fromStdString(out.file("map.json"));
    EXPECT_EQ(page->exportMap(json), 1);
    const JourneyDocument file = readJourneyFile(json.toStdString());
    EXPECT_EQ(contentOf(file.map), contentOf(test::sampleMap()));
    ASSERT_TRUE(file.persona);
    Persona persona = *file.persona;
    persona.id = 0;
    EXPECT_EQ(persona, test::samplePersona());
    const qint64 copy = page->importMap(json);
    EXPECT_NE(copy, mapId);
    EXPECT_EQ(page->currentMapId(), copy);
    EXPECT_EQ(page->editor()->map().name, "Coffee visit (2)");
    JourneyMap again = page->editor()->map();
    again.name = "Coffee visit";
    EXPECT_EQ(contentOf(again), contentOf(test::sampleMap()));

    EXPECT_THROW(page->exportMap(QString::fromStdString(out.file("map.txt"))), InputError);
}

// The persona's picture (a data: URI) is drawn in the persona panel and on the map.
TEST_F(JourneyPageTest, PersonaPictureIsShown)
{
    open();
    Persona p = *page->editor()->persona();
    p.avatar = test::kAvatarDataUri; // 4 x 4 red
    page->editor()->setPersona(p);
    JourneyRepository repo(session->db());
    EXPECT_EQ(repo.loadPersona(p.id).avatar, test::kAvatarDataUri);
    QLabel* avatar = page->personaPanel()->avatarLabel();
    const QImage shown = avatar->pixmap().toImage();
    ASSERT_FALSE(shown.isNull());
    const QColor centre = shown.pixelColor(shown.width() / 2, shown.height() / 2);
    EXPECT_GT(centre.red(), 180);
    EXPECT_LT(centre.green(), 90);
}

// ------------------------------------------------------------------ presentation

TEST_F(JourneyPageTest, PresentationStepsStagesGrowsTheCurveAndEscLeaves)
{
    open();
    QPointer<JourneyPresentation> show = page->startPresentation();
    ASSERT_TRUE(show);
    EXPECT_TRUE(show->isFullScreen());
    EXPECT_EQ(show->slideCount(), 4); // title + three stages
    EXPECT_EQ(show->slide(), 0);
    // One screen offscreen: no speaker notes; they open only with a second screen.
    ASSERT_EQ(QGuiApplication::screens().size(), 1);
    EXPECT_EQ(show->notes(), nullptr);

    QSignalSpy slides(show.data(), &JourneyPresentation::slideChanged);
    QTest::keyClick(show.data(), Qt::Key_Right);
    EXPECT_EQ(show->slide(), 1);
    EXPECT_LT(show->curveProgress(), 1.0);                 // the stage's curve starts growing...
    ASSERT_EVENTUALLY(show->curveProgress() >= 1.0, 3000); // ... and ends
    QTest::keyClick(show.data(), Qt::Key_Space);
    QTest::keyClick(show.data(), Qt::Key_PageDown);
    EXPECT_EQ(show->slide(), 3);
    QTest::keyClick(show.data(), Qt::Key_Right); // the last slide stays
    EXPECT_EQ(show->slide(), 3);
    QTest::keyClick(show.data(), Qt::Key_Left);
    EXPECT_EQ(show->slide(), 2);
    EXPECT_EQ(show->curveProgress(), 1.0); // going back shows the curve complete
    QTest::keyClick(show.data(), Qt::Key_Home);
    EXPECT_EQ(show->slide(), 0);
    QTest::keyClick(show.data(), Qt::Key_End);
    EXPECT_EQ(show->slide(), 3);
    EXPECT_EQ(slides.count(), 6);

    // The notes window (what a second screen shows) follows the slides and passes keys on.
    show->showNotes(nullptr);
    ASSERT_TRUE(show->notes());
    QPointer<JourneySpeakerNotes> notes = show->notes();
    EXPECT_EQ(notes->slide(), 3);
    QTest::keyClick(notes.data(), Qt::Key_Up);
    EXPECT_EQ(show->slide(), 2);
    EXPECT_EQ(notes->slide(), 2);
    EXPECT_GT(ink(notes->grab().toImage()), 0.02);
    EXPECT_GT(ink(show->grab().toImage()), 0.02);

    QTest::keyClick(show.data(), Qt::Key_Escape);
    ASSERT_EVENTUALLY(show.isNull() && notes.isNull(), 3000);
}

// KPIs computed before an edit that kept every stage's size (two touchpoints swapped within a
// stage) must not be drawn beside the wrong touchpoint: the queue's four readings at the
// place of "Pay in app" would be read past the end of its list (this crashed the canvas on
// Ctrl+Right before the renderer checked that readings belong to the touchpoint).
TEST(JourneyRendererKpis, KpisOfAnotherTouchpointAreNotDrawn)
{
    JourneyMap map = test::sampleMap();
    touchpointAt(map, {0, 1}).kpis.clear(); // "Friend": no KPIs at all
    KpiCounts counts;
    counts.byCode["queue_order"].responses = 3;
    counts.byCode["queue_order"].detractors = 2;
    counts.byCode["queue_order"].promoters = 1;
    counts.byCode["ad_social"].responses = 1;
    const MapKpis before = alignKpis(map, counts);
    moveTouchpoint(map, {1, 0}, {1, 1}); // queue and pay swap places
    moveTouchpoint(map, {0, 1}, {0, 0}); // friend (no KPIs) where the ad's reading was
    render::JourneySpec spec;
    spec.map = map;
    spec.kpis = before;
    const render::JourneyRenderer renderer(spec);
    QImage img(renderer.naturalSize().toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    renderer.paint(p, QRectF(QPointF(0, 0), renderer.naturalSize()));
    p.end();
    EXPECT_GT(ink(img), 0.05);
    // The realigned KPIs are drawn again.
    spec.kpis = alignKpis(map, counts);
    const render::JourneyRenderer fresh(spec);
    EXPECT_EQ(fresh.naturalSize().width(), renderer.naturalSize().width());
}

// Every slide and every notes page draws something, and the slides differ.
TEST(JourneyRendererSlides, SlidesAndNotesAreNotBlank)
{
    render::JourneySpec spec;
    spec.map = test::sampleMap();
    spec.persona = test::samplePersona();
    const render::JourneyRenderer renderer(spec);
    ASSERT_EQ(renderer.slideCount(), 4);
    QImage previous;
    for (int slide = 0; slide < renderer.slideCount(); ++slide) {
        for (double progress : {0.0, 0.5, 1.0}) {
            QImage img(1920, 1080, QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::white);
            {
                QPainter p(&img);
                renderer.paintSlide(p, QRectF(0, 0, 1920, 1080), slide, progress);
            }
            EXPECT_GT(ink(img), 0.01) << "slide " << slide;
            if (progress == 1.0) {
                if (!previous.isNull()) {
                    EXPECT_NE(img, previous) << "slide " << slide;
                }
                previous = img;
            }
        }
        QImage notes(1280, 720, QImage::Format_ARGB32_Premultiplied);
        notes.fill(Qt::white);
        {
            QPainter p(&notes);
            renderer.paintNotes(p, QRectF(0, 0, 1280, 720), slide);
        }
        EXPECT_GT(ink(notes), 0.005) << "notes " << slide;
    }
}

// ------------------------------------------------------------------ item models

TEST(JourneyModels, KpiTablePassesTheTesterAndFlagsCrossings)
{
    test::JourneyFixture fx;
    const std::int64_t c = fx.customer("C1");
    for (int nps : {3, 5, 9})
        fx.response(c, date::toEpoch(2024, 3, 1), "queue_order", nps, 4, 5);
    const JourneyMap map = test::sampleMap();
    const MapKpis kpis = computeKpis(fx.db(), map);
    JourneyKpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setMap(map, kpis);
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), JourneyKpiTableModel::ColumnCount);
    const int queue = model.rowOf({1, 0});
    ASSERT_GE(queue, 0);
    EXPECT_EQ(model.refAt(queue), (TouchpointRef{1, 0}));
    EXPECT_EQ(model.index(queue, JourneyKpiTableModel::Responses).data().toString(), "3");
    EXPECT_NEAR(model.index(queue, JourneyKpiTableModel::Nps)
                    .data(JourneyKpiTableModel::SortRole)
                    .toDouble(),
                -100.0 / 3.0, 1e-9);
    EXPECT_FALSE(model.index(queue, JourneyKpiTableModel::Alerts).data().toString().isEmpty());
    // A touchpoint without responses shows no numbers (NaN sorts last), never 0.
    const int drink = model.rowOf({2, 0});
    EXPECT_TRUE(std::isnan(model.index(drink, JourneyKpiTableModel::Nps)
                               .data(JourneyKpiTableModel::SortRole)
                               .toDouble()));
    for (int col = 0; col < JourneyKpiTableModel::ColumnCount; ++col)
        EXPECT_FALSE(model.headerData(col, Qt::Horizontal).toString().isEmpty()) << col;
    model.setMap(map, std::nullopt); // KPIs not computed yet: rows without values
    EXPECT_EQ(model.rowCount(), 5);
    model.setMap({}, std::nullopt);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(JourneyModels, OpportunityGridPassesTheTesterAndEmitsWholeLists)
{
    JourneyOpportunityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto list = touchpointAt(test::sampleMap(), {1, 0}).opportunities;
    model.setOpportunities(list);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, JourneyOpportunityModel::Text).data().toString(),
              "Second POS at peak");
    QSignalSpy edited(&model, &JourneyOpportunityModel::edited);
    EXPECT_TRUE(model.setData(model.index(1, JourneyOpportunityModel::Solved), Qt::Unchecked,
                              Qt::CheckStateRole));
    ASSERT_EQ(edited.count(), 1);
    const auto sent = edited.at(0).at(0).value<std::vector<Opportunity>>();
    ASSERT_EQ(sent.size(), 2u);
    EXPECT_EQ(sent[1].status, OpportunityStatus::Open);
    EXPECT_EQ(sent[0], list[0]);
    // An empty text is refused (the core requires one).
    EXPECT_FALSE(model.setData(model.index(0, JourneyOpportunityModel::Text), QString()));
    model.setOpportunities({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(JourneyModels, KpiDefinitionGridPassesTheTesterAndKeepsTheCanonicalOrder)
{
    JourneyKpiDefinitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto defs = touchpointAt(test::sampleMap(), {1, 0}).kpis;
    model.setDefinitions(defs);
    EXPECT_EQ(model.rowCount(), static_cast<int>(allKpiMetrics().size()));
    EXPECT_EQ(model.definitions(), defs);
    QSignalSpy edited(&model, &JourneyKpiDefinitionModel::edited);
    const int ces = 3;
    ASSERT_EQ(allKpiMetrics()[ces], KpiMetric::CesMean);
    EXPECT_TRUE(model.setData(model.index(ces, JourneyKpiDefinitionModel::Threshold),
                              QStringLiteral("4.5")));
    EXPECT_TRUE(model.setData(model.index(ces, JourneyKpiDefinitionModel::HigherIsWorse),
                              Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(edited.count(), 2);
    const auto last = edited.at(1).at(0).value<std::vector<KpiDefinition>>();
    EXPECT_EQ(last[2], (KpiDefinition{KpiMetric::CesMean, 4.5, AlertWhen::Above}));
    EXPECT_FALSE(model.setData(model.index(ces, JourneyKpiDefinitionModel::Threshold),
                               QStringLiteral("abc")));
    EXPECT_EQ(model.index(ces, JourneyKpiDefinitionModel::Threshold).data().toString(),
              "4.5 scale 1…7");
}

TEST(JourneyModels, CompareModelPassesTheTesterAndListsTheChanges)
{
    const JourneyMap before = test::sampleMap();
    JourneyMap after = before;
    after.stages[1].touchpoints[0].emotion = 1; // the queue fixed
    moveTouchpoint(after, {0, 1}, {2, 1});      // the friend moved to Use
    after.stages[2].touchpoints.push_back(named("Loyalty card", "loyalty"));
    JourneyCompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setComparison(compareMaps(before, after));
    ASSERT_GE(model.rowCount(), 3);
    bool sawQueue = false;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, JourneyCompareModel::Name).data().toString() == "Queue and order") {
            sawQueue = true;
            EXPECT_EQ(model.index(r, JourneyCompareModel::Delta).data().toString(), "+3");
        }
    EXPECT_TRUE(sawQueue);
    model.setComparison(compareMaps(before, before));
    EXPECT_EQ(model.rowCount(), 0);
    model.setComparison(std::nullopt);
    EXPECT_EQ(model.rowCount(), 0);
}

// ------------------------------------------------------------------ the demo map

// The trainer's first look: the demo coffee-shop map opens ready to present, with touchpoints
// past their KPI thresholds marked, every tool visible at laptop and projector widths, and a
// print-resolution export.
TEST(JourneyDemo, EditorOnTheDemoMap)
{
    test::TempDir dir;
    const std::string file = dir.file("demo.vdw");
    {
        Database db(file);
        DemoOptions o;
        o.customers = 2000;
        o.kano = false;
        generateDemo(db, o);
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(file));
    JourneyPage page(session);
    test::TempDir out;
    for (const QSize size : {QSize(1280, 800), QSize(1400, 900)}) {
        page.resize(size);
        page.show();
        page.ensureFresh();
        ASSERT_EVENTUALLY(!page.isLoading() && page.kpis().has_value(), 20000);
        QApplication::processEvents();
        EXPECT_EQ(page.editor()->map().name, kDemoJourneyMap);
        EXPECT_EQ(page.kpis()->flaggedTouchpoints, 3);
        // No tool hides behind a toolbar's overflow chevron.
        for (QToolBar* bar : {page.mapToolBar(), page.editToolBar()})
            for (QAction* a : bar->actions()) {
                if (a->isSeparator())
                    continue;
                QWidget* w = bar->widgetForAction(a);
                ASSERT_TRUE(w) << a->text().toStdString();
                EXPECT_TRUE(w->isVisible()) << a->text().toStdString() << " at " << size.width();
                EXPECT_TRUE(bar->rect().contains(w->geometry())) << a->text().toStdString();
            }
        const QString shot = shotPath(out, QStringLiteral("journey-demo-%1.png").arg(size.width()));
        ASSERT_TRUE(page.grab().save(shot));
        EXPECT_GT(ink(QImage(shot)), 0.15);
    }
    // The flags are drawn: a red "!" badge in the top right corner of every flagged
    // touchpoint's header cell, none on the others.
    page.canvas()->setSelection({});
    const QImage canvas = page.canvas()->grab().toImage();
    const auto& kpis = *page.kpis();
    int badges = 0;
    for (std::size_t s = 0; s < kpis.byStage.size(); ++s)
        for (std::size_t t = 0; t < kpis.byStage[s].size(); ++t) {
            const QRectF cell = page.canvas()->cellRect(static_cast<int>(s), static_cast<int>(t),
                                                        JourneyRow::Touchpoint);
            const bool badge = hasColour(canvas, QRectF(cell.right() - 40, cell.top(), 40, 30),
                                         QColor(0xc6, 0x28, 0x28));
            EXPECT_EQ(badge, kpis.byStage[s][t].flagged) << s << "/" << t;
            badges += badge ? 1 : 0;
        }
    EXPECT_EQ(badges, 3);

    // The print export: 300 dpi unless the map passes 40 megapixels; the five-stage demo map
    // does, and comes out at about 285 dpi (JourneyRenderer.h, docs/user-guide/journey-maps.md).
    const QString png = shotPath(out, "journey-demo-export.png");
    EXPECT_EQ(page.exportMap(png), 1);
    QImageReader::setAllocationLimit(0); // 40 MP is past Qt's default reading limit of 128 MB
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    const double dpi = image.dotsPerMeterX() * 0.0254;
    EXPECT_GT(dpi, 280.0);
    EXPECT_LT(dpi, 290.0);
    EXPECT_LE(static_cast<double>(image.width()) * image.height(), 40.01e6);
    const QSizeF natural = page.canvas()->renderer().naturalSize();
    EXPECT_NEAR(image.width(), natural.width() * dpi / 96.0, 2.0);
    const QString pdf = QString::fromStdString(out.file("demo.pdf"));
    const int pages = page.exportMap(pdf);
    EXPECT_EQ(pages, 4); // map, persona, 18-row KPI table, 14 opportunities
    EXPECT_EQ(pdfPages(slurp(pdf)), pages);

    // The presentation of the demo, slide by slide, as a projector shows it.
    QPointer<JourneyPresentation> show = page.startPresentation();
    ASSERT_TRUE(show);
    show->resize(1920, 1080);
    for (int s = 0; s < show->slideCount(); ++s) {
        show->goTo(s);
        show->finishAnimation();
        const QString slide = shotPath(out, QStringLiteral("journey-demo-slide-%1.png").arg(s));
        show->grab().save(slide);
        EXPECT_GT(ink(QImage(slide)), 0.02) << s;
    }
    show->close();
    ASSERT_EVENTUALLY(show.isNull(), 3000);
}
