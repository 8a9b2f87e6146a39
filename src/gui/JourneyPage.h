#pragma once

#include "JourneyRenderer.h"
#include "Page.h"
#include "valuedesk/journey/JourneyKpis.h"
#include "valuedesk/journey/JourneyRepository.h"
#include "valuedesk/journey/JourneyTemplates.h"

#include <QPointer>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolBar;

namespace vd::gui {

class JourneyCanvas;
class JourneyCompareDialog;
class JourneyEditor;
class JourneyInspector;
class JourneyKpiTableModel;
class JourneyPresentation;
class PersonaPanel;

// The "Journey maps" view: pick a map of the workspace or start one from the seeds' retail
// template or an empty sheet; edit it on the canvas (stages as columns, rows for touchpoints,
// actions, thoughts, emotion curve, pain points, opportunities, backstage and KPIs) with the
// detail and persona panels, every change undoable; see each touchpoint's live NPS, CSAT, CES
// and volume for a period and segment, with thresholds marked and the emotion curve as
// entered beside the one derived from CSAT; duplicate as-is -> to-be and compare; present it
// full screen (F5); export PNG/SVG at print resolution, a PDF handout or JSON, and import
// JSON. Edits are stored in the workspace as they happen.
class JourneyPage : public Page
{
    Q_OBJECT
public:
    explicit JourneyPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~JourneyPage() override;

    // --- for tests and the screenshot mode ---------------------------------------------------
    bool isLoading() const { return m_loadingKpis; }
    JourneyEditor* editor() const { return m_editor; }
    JourneyCanvas* canvas() const { return m_canvas; }
    JourneyInspector* inspector() const { return m_inspector; }
    PersonaPanel* personaPanel() const { return m_personaPanel; }
    JourneyKpiTableModel* kpiModel() const { return m_kpiModel; }
    QComboBox* mapBox() const { return m_mapBox; }
    QComboBox* periodBox() const { return m_period; }
    QComboBox* segmentBox() const { return m_segment; }
    QComboBox* curvesBox() const { return m_curves; }
    QTabWidget* leftTabs() const { return m_leftTabs; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* presentAction() const { return m_present; }
    QToolBar* mapToolBar() const { return m_toolbar; }
    QToolBar* editToolBar() const { return m_editBar; }
    qint64 currentMapId() const { return m_mapId; }
    const std::vector<journey::MapSummary>& maps() const { return m_maps; }
    const std::optional<journey::MapKpis>& kpis() const { return m_kpis; }

    void openMap(qint64 id);
    // A new stored map from a template (unique name); opens it and returns its id.
    qint64 newMap(journey::TemplateKind kind, journey::TemplateLanguage language);
    // Copies the open map as a to-be map; opens the copy and returns its id.
    qint64 duplicateAsToBe();
    void deleteMap(qint64 id);
    // Writes the open map by extension: .png/.svg (print resolution), .pdf (map, persona,
    // KPI table and opportunities), .json (imports again). Returns pages written; throws
    // vd::Error.
    int exportMap(const QString& path);
    // Imports a journey file as a new map and opens it; returns its id. Throws vd::Error.
    qint64 importMap(const QString& path);
    JourneyPresentation* startPresentation();
    JourneyCompareDialog* compareDialog();
    // Stores pending typing and the map now.
    void flush();

protected:
    void reload() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildActions();
    void refreshMapList();
    void fillFilters();
    void store();
    void requestKpis();
    void applyKpis();
    void applyZoom();
    void updateActions();
    void updateStatus();
    journey::KpiFilter currentFilter() const;
    QString filterText() const;
    render::JourneySpec exportSpec() const;
    std::string uniqueName(const std::string& base);
    void exportDialog();
    void importDialog();
    void newMapMenu();
    void report(const QString& message);

    JourneyEditor* m_editor;
    JourneyCanvas* m_canvas;
    QScrollArea* m_scroll;
    JourneyInspector* m_inspector;
    PersonaPanel* m_personaPanel;
    JourneyKpiTableModel* m_kpiModel;
    QSortFilterProxyModel* m_kpiProxy;
    QTableView* m_kpiTable;
    QTabWidget* m_leftTabs;
    QTabWidget* m_rightTabs;
    QToolBar* m_toolbar; // the map's actions: new, duplicate, compare, import, export...
    QToolBar* m_editBar; // undo, redo and the canvas's editing actions
    QComboBox* m_mapBox;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_segment;
    QComboBox* m_curves;
    QComboBox* m_zoom;
    QLabel* m_status;

    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_addTouchpoint = nullptr;
    QAction* m_addStage = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_moveLeft = nullptr;
    QAction* m_moveRight = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_present = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_deleteMap = nullptr;
    QAction* m_newMap = nullptr;

    std::vector<journey::MapSummary> m_maps;
    qint64 m_mapId = 0;
    QString m_openedPath;
    std::optional<journey::Persona> m_storedPersona;
    std::optional<journey::KpiCounts> m_counts;
    std::set<std::string> m_queriedCodes;
    std::optional<journey::MapKpis> m_kpis;
    std::optional<std::int64_t> m_latestResponse;
    bool m_loadingKpis = false;
    bool m_opening = false;
    int m_kpiGeneration = 0;
    QPointer<JourneyPresentation> m_presentation;
};

} // namespace vd::gui
