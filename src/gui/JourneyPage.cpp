#include "JourneyPage.h"

#include "JourneyCanvas.h"
#include "JourneyCompareDialog.h"
#include "JourneyEditor.h"
#include "JourneyInspector.h"
#include "JourneyKpiTableModel.h"
#include "JourneyPresentation.h"
#include "PersonaPanel.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/journey/JourneyJson.h"
#include "valuedesk/storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

namespace vd::gui {

using namespace vd::journey;

namespace {

const PageRegistrar
    kRegistrar({"journey", QT_TRANSLATE_NOOP("Pages", "Journey maps"), 70,
                [](WorkspaceSession& s, QWidget* p) -> Page* { return new JourneyPage(s, p); }});

constexpr std::int64_t kDay = 86400;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::int64_t floorDay(std::int64_t ts)
{
    return ts >= 0 ? ts / kDay * kDay : -((-ts + kDay - 1) / kDay) * kDay;
}

QDate toDate(std::int64_t ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).date();
}

std::int64_t toTs(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Sorts on the numeric role; missing numbers (NaN) stay at the bottom either way.
class KpiSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant l = left.data(JourneyKpiTableModel::SortRole);
        const QVariant r = right.data(JourneyKpiTableModel::SortRole);
        if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
            const double a = l.toDouble(), b = r.toDouble();
            const bool ascending = sortOrder() == Qt::AscendingOrder;
            if (std::isnan(a) || std::isnan(b)) {
                if (std::isnan(a) && std::isnan(b))
                    return false;
                return std::isnan(a) ? !ascending : ascending;
            }
            return a < b;
        }
        // Map order for the text columns: stage, then position.
        if (left.column() <= JourneyKpiTableModel::Touchpoint)
            return left.row() < right.row();
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
};

enum class Period { All, Days30, Days90, Months12, Custom };

} // namespace

JourneyPage::JourneyPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_editor(new JourneyEditor(this)),
      m_canvas(new JourneyCanvas(*m_editor)), m_scroll(new QScrollArea(this)),
      m_inspector(new JourneyInspector(*m_editor, this)),
      m_personaPanel(new PersonaPanel(*m_editor, this)), m_kpiModel(new JourneyKpiTableModel(this)),
      m_kpiProxy(new KpiSortProxy(this)), m_kpiTable(new QTableView(this)),
      m_leftTabs(new QTabWidget(this)), m_rightTabs(new QTabWidget(this)),
      m_toolbar(new QToolBar(this)), m_editBar(new QToolBar(this)), m_mapBox(new QComboBox(this)),
      m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_segment(new QComboBox(this)), m_curves(new QComboBox(this)), m_zoom(new QComboBox(this)),
      m_status(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Journey maps"), this);
    title->setStyleSheet("font-size: 16pt; font-weight: 600;");
    top->addWidget(title);
    top->addSpacing(12);
    auto* mapLabel = new QLabel(tr("&Map:"), this);
    mapLabel->setBuddy(m_mapBox);
    m_mapBox->setMinimumContentsLength(28);
    m_mapBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    top->addWidget(mapLabel);
    top->addWidget(m_mapBox);
    // Two rows of tools so that every action stays visible at 1280 px (none hides behind
    // the toolbar's overflow chevron): the map's own actions beside the map chooser, the
    // editing actions and the zoom on the row below.
    for (QToolBar* bar : {m_toolbar, m_editBar}) {
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->setIconSize(QSize(16, 16));
    }
    m_toolbar->setAccessibleName(tr("Map actions"));
    m_editBar->setAccessibleName(tr("Editing"));
    top->addWidget(m_toolbar, 1);
    layout->addLayout(top);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_editBar, 1);
    layout->addLayout(editRow);

    // KPI filters and view options.
    auto* filters = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    m_period->addItem(tr("All responses"), static_cast<int>(Period::All));
    m_period->addItem(tr("Last 30 days"), static_cast<int>(Period::Days30));
    m_period->addItem(tr("Last 90 days"), static_cast<int>(Period::Days90));
    m_period->addItem(tr("Last 12 months"), static_cast<int>(Period::Months12));
    m_period->addItem(tr("Custom range"), static_cast<int>(Period::Custom));
    m_period->setToolTip(tr("Responses counted for the live KPIs; periods end with the newest "
                            "response"));
    addLabelled(tr("KPIs &for:"), m_period);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setToolTip(tr("First day counted"));
    m_to->setToolTip(tr("Last day counted"));
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    m_segment->setMinimumContentsLength(14);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addLabelled(tr("&Segment:"), m_segment);
    m_curves->addItem(tr("Entered and derived"), static_cast<int>(render::EmotionCurves::Both));
    m_curves->addItem(tr("As entered"), static_cast<int>(render::EmotionCurves::Entered));
    m_curves->addItem(tr("Derived from CSAT"), static_cast<int>(render::EmotionCurves::Derived));
    m_curves->setToolTip(tr("Emotion curve as entered in the workshop, derived from the data "
                            "(mean CSAT − 3) or both side by side"));
    addLabelled(tr("&Emotion curve:"), m_curves);
    m_zoom->addItem(tr("Fit width"), 0.0);
    for (int z : {50, 75, 100, 125, 150})
        m_zoom->addItem(QStringLiteral("%1 %").arg(z), z / 100.0);
    m_zoom->setCurrentIndex(2);
    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    editRow->addWidget(zoomLabel);
    editRow->addWidget(m_zoom);
    filters->addStretch();
    layout->addLayout(filters);

    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: palette(mid);");
    layout->addWidget(m_status);

    // Map canvas and KPI table on the left, details and persona on the right.
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_leftTabs->addTab(m_scroll, tr("Map"));
    m_kpiProxy->setSourceModel(m_kpiModel);
    m_kpiProxy->setSortRole(JourneyKpiTableModel::SortRole);
    m_kpiTable->setModel(m_kpiProxy);
    m_kpiTable->setSortingEnabled(true);
    m_kpiTable->sortByColumn(-1, Qt::AscendingOrder);
    m_kpiTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kpiTable->verticalHeader()->hide();
    m_kpiTable->horizontalHeader()->setSectionResizeMode(JourneyKpiTableModel::Alerts,
                                                         QHeaderView::Stretch);
    m_leftTabs->addTab(m_kpiTable, tr("KPI table"));
    m_rightTabs->addTab(m_inspector, tr("Details"));
    m_rightTabs->addTab(m_personaPanel, tr("Persona"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_leftTabs);
    splitter->addWidget(m_rightTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 380});
    m_rightTabs->setMinimumWidth(300);
    layout->addWidget(splitter, 1);

    buildActions();

    // --- wiring ---
    connect(m_mapBox, &QComboBox::activated, this,
            [this](int i) { openMap(m_mapBox->itemData(i).toLongLong()); });
    connect(m_period, &QComboBox::activated, this, [this] {
        const bool custom = static_cast<Period>(m_period->currentData().toInt()) == Period::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        requestKpis();
    });
    connect(m_from, &QDateEdit::editingFinished, this, &JourneyPage::requestKpis);
    connect(m_to, &QDateEdit::editingFinished, this, &JourneyPage::requestKpis);
    connect(m_segment, &QComboBox::activated, this, &JourneyPage::requestKpis);
    connect(m_curves, &QComboBox::activated, this, [this] {
        m_canvas->setCurves(static_cast<render::EmotionCurves>(m_curves->currentData().toInt()));
    });
    connect(m_zoom, &QComboBox::activated, this, &JourneyPage::applyZoom);
    connect(m_editor, &JourneyEditor::changed, this, [this] {
        if (m_opening)
            return;
        store();
        applyKpis();
        updateActions();
    });
    connect(m_editor, &JourneyEditor::personaChanged, this, [this] {
        if (!m_opening)
            store();
    });
    connect(m_canvas, &JourneyCanvas::selectionChanged, this, [this](render::JourneySelection s) {
        m_inspector->setSelection(s);
        updateActions();
        if (s.stage >= 0 && s.touchpoint >= 0) {
            const int row = m_kpiModel->rowOf({s.stage, s.touchpoint});
            if (row >= 0)
                m_kpiTable->selectRow(m_kpiProxy->mapFromSource(m_kpiModel->index(row, 0)).row());
        }
    });
    connect(m_canvas, &JourneyCanvas::editRequested, this, [this](render::JourneySelection s) {
        m_rightTabs->setCurrentWidget(m_inspector);
        m_inspector->focusField(s);
    });
    connect(m_canvas, &JourneyCanvas::personaRequested, this,
            [this] { m_rightTabs->setCurrentWidget(m_personaPanel); });
    connect(m_canvas, &JourneyCanvas::failed, this, &JourneyPage::report);
    connect(m_inspector, &JourneyInspector::failed, this, &JourneyPage::report);
    connect(m_personaPanel, &PersonaPanel::failed, this, &JourneyPage::report);
    connect(m_kpiTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const TouchpointRef ref = m_kpiModel->refAt(m_kpiProxy->mapToSource(index).row());
        m_leftTabs->setCurrentWidget(m_scroll);
        m_canvas->setSelection({ref.stage, ref.index, render::JourneyRow::Kpis});
    });
    connect(m_personaPanel, &PersonaPanel::personaChosen, this, [this](qint64 id) {
        try {
            if (id == 0) {
                m_editor->setPersona(std::nullopt);
                return;
            }
            JourneyRepository repo(this->session().db());
            m_editor->setPersona(repo.loadPersona(id));
        } catch (const std::exception& e) {
            report(QString::fromUtf8(e.what()));
        }
    });
    connect(m_personaPanel, &PersonaPanel::newPersonaRequested, this, [this] {
        if (!m_editor->hasMap())
            return;
        try {
            JourneyRepository repo(this->session().db());
            Persona p;
            p.name = tr("New persona").toStdString();
            repo.savePersona(p);
            m_personaPanel->setPersonas(repo.listPersonas());
            m_editor->setPersona(p);
            m_personaPanel->nameEdit()->setFocus();
            m_personaPanel->nameEdit()->selectAll();
        } catch (const std::exception& e) {
            report(QString::fromUtf8(e.what()));
        }
    });
    m_from->hide();
    m_to->hide();
    updateActions();
}

JourneyPage::~JourneyPage()
{
    if (m_presentation)
        m_presentation->close();
}

void JourneyPage::buildActions()
{
    auto add = [this](const QString& text, const QKeySequence& key, const QString& tip,
                      auto&& slot) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty()
                          ? tip
                          : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) +
                                QStringLiteral(")"));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_newMap = add(tr("New"), QKeySequence(), tr("Start a map from the retail template or empty"),
                   [this] { newMapMenu(); });
    m_duplicate =
        add(tr("Duplicate as to-be"), QKeySequence(),
            tr("Copy this map as the to-be journey to redesign"), [this] { duplicateAsToBe(); });
    m_compare = add(tr("Compare…"), QKeySequence(), tr("What differs between two maps"), [this] {
        if (auto* d = compareDialog())
            d->open();
    });
    m_import = add(tr("Import…"), QKeySequence(tr("Ctrl+Shift+I")),
                   tr("Import a journey map file (.json)"), [this] { importDialog(); });
    m_export = add(tr("Export…"), QKeySequence(tr("Ctrl+E")),
                   tr("Save the map as PNG or SVG at print resolution, a PDF handout or JSON"),
                   [this] { exportDialog(); });
    m_present =
        add(tr("Present"), QKeySequence(Qt::Key_F5),
            tr("Full-screen presentation, one stage at a time"), [this] { startPresentation(); });
    m_deleteMap =
        add(tr("Delete map"), QKeySequence(), tr("Delete this map from the workspace"), [this] {
            if (!m_editor->hasMap())
                return;
            if (QMessageBox::question(this, tr("Delete journey map"),
                                      tr("Delete the map \"%1\"? This cannot be undone.")
                                          .arg(qs(m_editor->map().name))) == QMessageBox::Yes)
                deleteMap(m_mapId);
        });

    m_undo = m_editor->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcuts({QKeySequence(QKeySequence::Undo)});
    m_redo = m_editor->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(QKeySequence::Redo)});
    for (QAction* a : {m_undo, m_redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    // Editing actions: shortcuts on the canvas, also in its context menu.
    auto edit = [this](const QString& text, const QList<QKeySequence>& keys, auto&& slot) {
        auto* a = new QAction(text, m_canvas);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        if (!keys.isEmpty())
            a->setToolTip(text + QStringLiteral(" (") +
                          keys.first().toString(QKeySequence::NativeText) + QStringLiteral(")"));
        connect(a, &QAction::triggered, this, slot);
        m_canvas->addAction(a);
        return a;
    };
    m_addTouchpoint =
        edit(tr("Add touchpoint"), {QKeySequence(Qt::Key_Insert), QKeySequence(tr("Ctrl+T"))},
             [this] { m_canvas->addTouchpoint(); });
    m_addStage = edit(tr("Add stage"),
                      {QKeySequence(Qt::SHIFT | Qt::Key_Insert), QKeySequence(tr("Ctrl+Shift+T"))},
                      [this] { m_canvas->addStage(); });
    m_edit = edit(tr("Edit"), {QKeySequence(Qt::Key_F2)}, [this] {
        m_rightTabs->setCurrentWidget(m_inspector);
        m_inspector->focusField(m_canvas->selection());
    });
    m_moveLeft = edit(tr("Move left"), {QKeySequence(tr("Ctrl+Left"))},
                      [this] { m_canvas->moveSelected(-1); });
    m_moveRight = edit(tr("Move right"), {QKeySequence(tr("Ctrl+Right"))},
                       [this] { m_canvas->moveSelected(1); });
    m_delete = edit(tr("Delete"), {QKeySequence(QKeySequence::Delete)},
                    [this] { m_canvas->removeSelected(); });
    auto* separator = new QAction(m_canvas);
    separator->setSeparator(true);
    m_canvas->addAction(separator);
    m_canvas->addAction(m_undo);
    m_canvas->addAction(m_redo);

    m_toolbar->addAction(m_newMap);
    m_toolbar->addAction(m_duplicate);
    m_toolbar->addAction(m_compare);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_import);
    m_toolbar->addAction(m_export);
    m_toolbar->addAction(m_present);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_deleteMap);

    // The stack's own actions name the step ("Undo Edit thoughts of \"Pay\""), far too wide
    // for a toolbar: the buttons say Undo / Redo and the step goes to their tooltip.
    QUndoStack* stack = m_editor->undoStack();
    auto shortUndo = [this](const QString& text, QAction* full, auto&& trigger) {
        auto* a = new QAction(text, this);
        connect(a, &QAction::triggered, this, trigger);
        auto sync = [a, full] {
            a->setEnabled(full->isEnabled());
            a->setToolTip(full->text() + QStringLiteral(" (") +
                          full->shortcut().toString(QKeySequence::NativeText) +
                          QStringLiteral(")"));
        };
        connect(full, &QAction::changed, a, sync);
        sync();
        return a;
    };
    m_editBar->addAction(shortUndo(tr("Undo"), m_undo, [stack] { stack->undo(); }));
    m_editBar->addAction(shortUndo(tr("Redo"), m_redo, [stack] { stack->redo(); }));
    m_editBar->addSeparator();
    m_editBar->addAction(m_addStage);
    m_editBar->addAction(m_addTouchpoint);
    m_editBar->addAction(m_edit);
    m_editBar->addAction(m_moveLeft);
    m_editBar->addAction(m_moveRight);
    m_editBar->addAction(m_delete);
}

void JourneyPage::newMapMenu()
{
    QMenu menu(this);
    menu.addAction(tr("Retail journey (five stages, English)"), this,
                   [this] { newMap(TemplateKind::Retail, TemplateLanguage::English); });
    menu.addAction(tr("Retail journey (five stages, Chinese)"), this,
                   [this] { newMap(TemplateKind::Retail, TemplateLanguage::Chinese); });
    menu.addAction(tr("Empty map"), this,
                   [this] { newMap(TemplateKind::Empty, TemplateLanguage::English); });
    QWidget* button = m_toolbar->widgetForAction(m_newMap);
    menu.exec(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
}

void JourneyPage::report(const QString& message)
{
    session().showMessage(message, MessageLevel::Warning);
}

// --- loading ----------------------------------------------------------------------------------

void JourneyPage::reload()
{
    const bool sameWorkspace = m_openedPath == session().path();
    m_openedPath = session().path();
    refreshMapList();
    fillFilters();
    JourneyRepository repo(session().db());
    personaPanel()->setPersonas(repo.listPersonas());

    // Keep the open map (and its undo history) when the workspace still holds it unchanged.
    if (sameWorkspace && m_editor->hasMap() && m_mapId != 0) {
        Statement st = session().db().prepare("SELECT updated_at FROM journey_maps WHERE id = ?");
        st.bind(1, static_cast<std::int64_t>(m_mapId));
        if (st.step() && st.getInt(0) == m_editor->map().updatedAt) {
            requestKpis();
            return;
        }
    }
    qint64 id = 0;
    if (sameWorkspace)
        for (const MapSummary& m : m_maps)
            if (m.id == m_mapId)
                id = m.id;
    if (id == 0)
        for (const MapSummary& m : m_maps)
            if (m.name == kDemoJourneyMap)
                id = m.id; // the demo opens on its coffee-shop map, ready to present
    if (id == 0 && !m_maps.empty())
        id = m_maps.front().id;
    if (id != 0) {
        openMap(id);
    } else {
        m_mapId = 0;
        m_opening = true;
        m_editor->clear();
        m_opening = false;
        m_kpis.reset();
        m_counts.reset();
        m_kpiModel->setMap({}, std::nullopt);
        updateActions();
        updateStatus();
    }
}

void JourneyPage::refreshMapList()
{
    JourneyRepository repo(session().db());
    m_maps = repo.listMaps();
    m_mapBox->clear();
    for (const MapSummary& m : m_maps) {
        QString label = qs(m.name);
        if (m.kind == MapKind::ToBe)
            label += QStringLiteral(" · ") + tr("to-be");
        m_mapBox->addItem(label, qint64{m.id});
    }
    if (m_maps.empty())
        m_mapBox->addItem(tr("(no maps yet: New starts one)"), qint64{0});
    m_mapBox->setCurrentIndex(std::max(0, m_mapBox->findData(m_mapId)));
}

void JourneyPage::fillFilters()
{
    Database& db = session().db();
    {
        Statement st = db.prepare("SELECT max(ts) FROM responses");
        m_latestResponse.reset();
        if (st.step())
            m_latestResponse = st.getOptInt(0);
    }
    const qint64 previous = m_segment->currentData().toLongLong();
    m_segment->clear();
    m_segment->addItem(tr("Everyone"), qint64{0});
    Statement st = db.prepare("SELECT id, name, created_at, count(*) OVER (PARTITION BY name) "
                              "FROM segments ORDER BY name COLLATE NOCASE, created_at DESC");
    while (st.step()) {
        QString label = qs(st.getText(1));
        if (st.getInt(3) > 1) // the same name saved more than once: tell them apart by date
            label +=
                QStringLiteral(" (") + qs(date::formatDate(st.getInt(2))) + QStringLiteral(")");
        m_segment->addItem(label, qint64{st.getInt(0)});
    }
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(previous)));
    const QDate last = m_latestResponse ? toDate(*m_latestResponse) : QDate::currentDate();
    if (!m_to->date().isValid() || m_to->date() == QDate(2000, 1, 1)) {
        m_to->setDate(last);
        m_from->setDate(last.addDays(-89));
    }
}

void JourneyPage::openMap(qint64 id)
{
    if (id == 0)
        return;
    m_inspector->commitPending();
    m_personaPanel->commitPending();
    try {
        JourneyRepository repo(session().db());
        JourneyDocument doc = repo.loadDocument(id);
        m_mapId = id;
        m_storedPersona = doc.persona;
        m_opening = true;
        m_canvas->setSelection({});
        m_editor->setDocument(std::move(doc.map), std::move(doc.persona));
        m_opening = false;
        m_mapBox->setCurrentIndex(std::max(0, m_mapBox->findData(id)));
        m_leftTabs->setCurrentWidget(m_scroll);
        m_kpis.reset();
        m_counts.reset();
        m_queriedCodes.clear();
        applyZoom();
        updateActions();
        requestKpis();
    } catch (const std::exception& e) {
        m_opening = false;
        report(QString::fromUtf8(e.what()));
    }
}

std::string JourneyPage::uniqueName(const std::string& base)
{
    JourneyRepository repo(session().db());
    std::string name = base;
    for (int i = 2; repo.findMapByName(name); ++i)
        name = base + " (" + std::to_string(i) + ")";
    return name;
}

qint64 JourneyPage::newMap(TemplateKind kind, TemplateLanguage language)
{
    try {
        JourneyMap map = makeTemplate(kind, language);
        map.name = uniqueName(map.name);
        JourneyRepository repo(session().db());
        repo.saveMap(map);
        refreshMapList();
        openMap(map.id);
        session().showMessage(tr("Created the map \"%1\". Add stages and touchpoints on the "
                                 "canvas; every change is saved and can be undone.")
                                  .arg(qs(map.name)));
        return map.id;
    } catch (const std::exception& e) {
        report(QString::fromUtf8(e.what()));
        return 0;
    }
}

qint64 JourneyPage::duplicateAsToBe()
{
    if (!m_editor->hasMap())
        return 0;
    flush();
    try {
        JourneyRepository repo(session().db());
        const std::string base = m_editor->map().name + " " + tr("(to be)").toStdString();
        const JourneyMap copy = repo.duplicateMap(m_mapId, uniqueName(base), MapKind::ToBe);
        refreshMapList();
        openMap(copy.id);
        session().showMessage(tr("\"%1\" is a to-be copy: redesign it, then Compare shows what "
                                 "changed.")
                                  .arg(qs(copy.name)));
        return copy.id;
    } catch (const std::exception& e) {
        report(QString::fromUtf8(e.what()));
        return 0;
    }
}

void JourneyPage::deleteMap(qint64 id)
{
    try {
        JourneyRepository repo(session().db());
        repo.deleteMap(id);
        if (id == m_mapId)
            m_mapId = 0;
        reload();
    } catch (const std::exception& e) {
        report(QString::fromUtf8(e.what()));
    }
}

// --- storing ----------------------------------------------------------------------------------

void JourneyPage::store()
{
    if (!m_editor->hasMap() || m_mapId == 0)
        return;
    try {
        JourneyRepository repo(session().db());
        if (m_editor->persona() && m_editor->persona() != m_storedPersona) {
            Persona p = *m_editor->persona();
            repo.savePersona(p);
            m_storedPersona = p;
            if (p.id != m_editor->persona()->id)
                m_editor->adoptStoredPersona(p);
        } else if (!m_editor->persona()) {
            m_storedPersona.reset();
        }
        const std::string oldName = [&] {
            for (const MapSummary& m : m_maps)
                if (m.id == m_mapId)
                    return m.name;
            return std::string();
        }();
        JourneyMap map = m_editor->map();
        repo.saveMap(map);
        m_editor->adoptStored(map);
        if (oldName != map.name)
            refreshMapList();
        // Persona names in the chooser follow edits.
        if (m_editor->persona())
            m_personaPanel->setPersonas(repo.listPersonas());
    } catch (const std::exception& e) {
        report(tr("The map could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
}

void JourneyPage::flush()
{
    m_inspector->commitPending();
    m_personaPanel->commitPending();
}

// --- KPIs -------------------------------------------------------------------------------------

KpiFilter JourneyPage::currentFilter() const
{
    KpiFilter f;
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    if (period == Period::Custom) {
        f.from = toTs(m_from->date());
        f.to = toTs(m_to->date().addDays(1)); // the last day counts
    } else if (period != Period::All && m_latestResponse) {
        // Whole days ending with the day of the newest response.
        const std::int64_t end = floorDay(*m_latestResponse) + kDay;
        const int days = period == Period::Days30 ? 30 : period == Period::Days90 ? 90 : 365;
        f.to = end;
        f.from = end - days * kDay;
    }
    if (const qint64 seg = m_segment->currentData().toLongLong(); seg > 0)
        f.segmentId = seg;
    return f;
}

QString JourneyPage::filterText() const
{
    const KpiFilter f = currentFilter();
    QString s;
    if (f.from || f.to)
        s = tr("Responses %1 to %2")
                .arg(f.from ? qs(date::formatDate(*f.from)) : QStringLiteral("…"),
                     f.to ? qs(date::formatDate(*f.to - 1)) : QStringLiteral("…"));
    else
        s = tr("All responses");
    if (f.segmentId)
        s += QStringLiteral(" · ") + tr("segment %1").arg(m_segment->currentText());
    return s;
}

void JourneyPage::requestKpis()
{
    if (!m_editor->hasMap())
        return;
    KpiFilter filter = currentFilter();
    if (filter.from && filter.to && *filter.to <= *filter.from) {
        report(tr("The end of the KPI period must be after its start."));
        return;
    }
    const std::vector<std::string> codes = touchpointCodes(m_editor->map());
    const int generation = ++m_kpiGeneration;
    m_loadingKpis = true;
    m_canvas->setSubtitle(filterText());
    updateStatus();
    runTask<KpiCounts>(
        this, session(), tr("Computing journey KPIs"),
        [codes, filter](Database& db, const ProgressCallback&) {
            return queryKpiCounts(db, codes, filter);
        },
        [this, generation, codes](KpiCounts counts) {
            if (generation != m_kpiGeneration)
                return;
            m_counts = std::move(counts);
            m_queriedCodes = std::set<std::string>(codes.begin(), codes.end());
            m_loadingKpis = false;
            applyKpis();
        },
        [this, generation](const QString& error) {
            if (generation != m_kpiGeneration)
                return;
            m_loadingKpis = false;
            report(tr("Journey KPIs: %1").arg(error));
            updateStatus();
        });
}

void JourneyPage::applyKpis()
{
    const JourneyMap& map = m_editor->map();
    if (m_counts) {
        // A code typed since the last query needs its counts: ask again, keep the rest shown.
        for (const std::string& code : touchpointCodes(map))
            if (!m_queriedCodes.count(code)) {
                if (!m_loadingKpis)
                    requestKpis();
                break;
            }
        m_kpis = alignKpis(map, *m_counts);
    } else {
        m_kpis.reset();
    }
    m_canvas->setKpis(m_kpis);
    m_inspector->setKpis(m_kpis);
    m_kpiModel->setMap(map, m_kpis);
    m_kpiTable->resizeColumnsToContents();
    updateStatus();
}

void JourneyPage::updateStatus()
{
    if (!m_editor->hasMap()) {
        m_status->setText(tr("No journey map in this workspace yet. New starts one from the "
                             "seeds' five-stage retail template or an empty sheet; Import… "
                             "reads a map file."));
        return;
    }
    const JourneyMap& map = m_editor->map();
    QString s = tr("%n touchpoint(s)", nullptr, touchpointCount(map));
    if (m_loadingKpis && !m_kpis)
        s += QStringLiteral(" · ") + tr("computing KPIs…");
    else if (m_kpis) {
        s += QStringLiteral(" · ") +
             tr("%n response(s)", nullptr, static_cast<int>(m_kpis->responses)) +
             QStringLiteral(" · ") +
             tr("%n touchpoint(s) past a KPI threshold", nullptr, m_kpis->flaggedTouchpoints);
    }
    s += QStringLiteral(" · ") + filterText();
    s += QStringLiteral(" · ") + tr("Click to select, drag to move, Insert adds a touchpoint, "
                                    "Delete removes, Ctrl+←/→ moves, +/− emotion, F5 presents");
    m_status->setText(s);
}

// --- view -------------------------------------------------------------------------------------

void JourneyPage::applyZoom()
{
    double z = m_zoom->currentData().toDouble();
    if (z <= 0.0) {
        const int width = m_scroll->viewport()->width() - 4;
        z = std::max(0.3, m_canvas->zoomForWidth(std::max(200, width)));
    }
    m_canvas->setZoom(z);
}

void JourneyPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    if (m_zoom->currentData().toDouble() <= 0.0)
        applyZoom();
}

void JourneyPage::updateActions()
{
    const bool has = m_editor->hasMap();
    const auto sel = m_canvas->selection();
    for (QAction* a : {m_duplicate, m_export, m_present, m_deleteMap, m_addStage})
        a->setEnabled(has);
    m_compare->setEnabled(m_maps.size() >= 2);
    m_addTouchpoint->setEnabled(has && !m_editor->map().stages.empty());
    for (QAction* a : {m_delete, m_moveLeft, m_moveRight, m_edit})
        a->setEnabled(has && sel.stage >= 0);
}

// --- present, export, import, compare -----------------------------------------------------------

render::JourneySpec JourneyPage::exportSpec() const
{
    render::JourneySpec spec = m_canvas->spec();
    spec.selection = {};
    return spec;
}

JourneyPresentation* JourneyPage::startPresentation()
{
    if (!m_editor->hasMap())
        return nullptr;
    flush();
    if (m_presentation)
        m_presentation->close();
    m_presentation = new JourneyPresentation(exportSpec());
    m_presentation->start(window());
    return m_presentation;
}

int JourneyPage::exportMap(const QString& path)
{
    if (!m_editor->hasMap())
        throw Error("no journey map is open");
    flush();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("json")) {
        writeJourneyFile(path.toStdString(), m_editor->document());
        return 1;
    }
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg") &&
        suffix != QStringLiteral("pdf"))
        throw InputError("a journey map exports as .png, .svg, .pdf or .json, not \"" +
                         path.toStdString() + "\"");
    const render::JourneyRenderer renderer(exportSpec());
    return renderer.write(path);
}

qint64 JourneyPage::importMap(const QString& path)
{
    JourneyDocument doc = readJourneyFile(path.toStdString());
    JourneyRepository repo(session().db());
    const qint64 id = repo.importDocument(doc);
    refreshMapList();
    m_personaPanel->setPersonas(repo.listPersonas());
    openMap(id);
    return id;
}

void JourneyPage::exportDialog()
{
    if (!m_editor->hasMap())
        return;
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("journey/exportDir"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export journey map"), dir + QStringLiteral("/") + qs(m_editor->map().name),
        tr("PNG image, up to 300 dpi (*.png);;SVG drawing (*.svg);;PDF handout: map, persona, "
           "KPIs (*.pdf);;Journey map file for import (*.json)"),
        &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty()) {
        const auto open = selected.lastIndexOf(QStringLiteral("*."));
        file += selected.mid(open + 1, selected.size() - open - 2);
    }
    settings.setValue(QStringLiteral("journey/exportDir"), QFileInfo(file).absolutePath());
    try {
        const int pages = exportMap(file);
        session().showMessage(pages > 1 ? tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(file)
                                        : tr("Wrote %1.").arg(file));
    } catch (const std::exception& e) {
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Error);
    }
}

void JourneyPage::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import journey map"), QString(),
                                                      tr("Journey map files (*.json)"));
    if (path.isEmpty())
        return;
    try {
        importMap(path);
        session().showMessage(tr("Imported \"%1\".").arg(qs(m_editor->map().name)));
    } catch (const std::exception& e) {
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Error);
    }
}

JourneyCompareDialog* JourneyPage::compareDialog()
{
    if (m_maps.size() < 2)
        return nullptr;
    flush();
    // Default: the map this one was copied from against this one.
    qint64 before = 0;
    if (m_editor->hasMap() && m_editor->map().sourceMapId)
        before = *m_editor->map().sourceMapId;
    if (before == 0)
        for (const MapSummary& m : m_maps)
            if (m.id != m_mapId) {
                before = m.id;
                break;
            }
    auto* dialog = new JourneyCompareDialog(session().db(), m_maps, before, m_mapId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace vd::gui
