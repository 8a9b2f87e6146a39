#pragma once

#include "JourneyRenderer.h"
#include "valuedesk/journey/JourneyKpis.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QStackedWidget;
class QTableView;
class QTimer;

namespace vd::gui {

class JourneyEditor;
class JourneyKpiDefinitionModel;
class JourneyOpportunityModel;

// The detail panel beside the map: the fields of what is selected on the canvas — the map
// (name, description, as-is/to-be), a stage (name, description) or a touchpoint (name, code,
// channel, action, thoughts, emotion, pain points, backstage, KPIs with thresholds,
// opportunities with owner, priority and status) with its live readings. Line edits apply
// when editing finishes, text boxes shortly after typing stops; each change is one undo step
// (consecutive changes of one field merge).
class JourneyInspector : public QWidget
{
    Q_OBJECT
public:
    JourneyInspector(JourneyEditor& editor, QWidget* parent = nullptr);

    void setSelection(render::JourneySelection selection);
    void setKpis(std::optional<journey::MapKpis> kpis);
    // Puts the keyboard in the field of a row (Enter / double click on the canvas).
    void focusField(render::JourneySelection selection);
    // Applies pending typing now (before a save, an export or a test's check).
    void commitPending();

    // For tests.
    QLineEdit* nameEdit() const { return m_tpName; }
    QPlainTextEdit* actionEdit() const { return m_action; }
    QSlider* emotionSlider() const { return m_emotion; }
    JourneyOpportunityModel* opportunityModel() const { return m_opportunities; }
    JourneyKpiDefinitionModel* kpiModel() const { return m_kpiDefinitions; }
    QTableView* opportunityView() const { return m_opportunityView; }
    void addOpportunity();
    void removeOpportunity();

signals:
    void failed(const QString& message);

private:
    enum class Page { Map, Stage, Touchpoint };
    void reload();
    void showPage(Page page);
    void commitMap();
    void commitStage();
    void commitTouchpoint();
    void updateReadings();
    template <typename F> void guarded(F&& edit);

    JourneyEditor& m_editor;
    render::JourneySelection m_selection;
    std::optional<journey::MapKpis> m_kpis;
    bool m_loading = false;
    // What the form was filled from: a commit only applies while the map still holds it at
    // the selected place (an edit elsewhere may have shifted the indices meanwhile).
    std::optional<journey::Touchpoint> m_loadedTouchpoint;
    std::optional<std::pair<std::string, std::string>> m_loadedStage;
    QTimer* m_typing;

    QStackedWidget* m_stack;
    QLabel* m_heading;
    // Map.
    QLineEdit* m_mapName;
    QPlainTextEdit* m_mapDescription;
    QComboBox* m_mapKind;
    QLabel* m_mapSummary;
    // Stage.
    QLineEdit* m_stageName;
    QPlainTextEdit* m_stageDescription;
    // Touchpoint.
    QLineEdit* m_tpName;
    QLineEdit* m_code;
    QLineEdit* m_channel;
    QPlainTextEdit* m_action;
    QPlainTextEdit* m_thoughts;
    QSlider* m_emotion;
    QLabel* m_emotionLabel;
    QPlainTextEdit* m_painPoints;
    QPlainTextEdit* m_backstage;
    QLabel* m_readings;
    JourneyKpiDefinitionModel* m_kpiDefinitions;
    QTableView* m_kpiView;
    JourneyOpportunityModel* m_opportunities;
    QTableView* m_opportunityView;
};

} // namespace vd::gui
