#pragma once

#include "valuedesk/journey/JourneyKpis.h"
#include "valuedesk/journey/JourneyModel.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>
#include <vector>

class QPainter;

namespace vd::render {

// The rows of a journey map, top to bottom below the stage headers.
enum class JourneyRow {
    Touchpoint,
    Action,
    Thoughts,
    Emotion,
    PainPoints,
    Opportunities,
    Backstage,
    Kpis
};
inline constexpr int kJourneyRowCount = 8;
QString journeyRowTitle(JourneyRow row);

// Which emotion curves to draw: as entered in the workshop, derived from the data (mean CSAT
// mapped to -2..+2) or both side by side.
enum class EmotionCurves { Entered, Derived, Both };

// What the editor highlights: a cell (stage, touchpoint, row), a stage header (touchpoint =
// -1) or nothing (stage = -1).
struct JourneySelection
{
    int stage = -1;
    int touchpoint = -1;
    JourneyRow row = JourneyRow::Touchpoint;
    bool operator==(const JourneySelection&) const = default;
};

// Everything a drawing of a map needs.
struct JourneySpec
{
    journey::JourneyMap map;
    std::optional<journey::Persona> persona;
    std::optional<journey::MapKpis> kpis; // absent: KPI definitions are shown, no values
    EmotionCurves curves = EmotionCurves::Both;
    QString subtitle; // e.g. the KPI period and segment
    bool showPersona = true;
    JourneySelection selection;
};

// Where a point lies on the map.
struct JourneyHit
{
    enum class Kind { None, Title, Persona, StageHeader, Cell, RowLabel };
    Kind kind = Kind::None;
    int stage = -1;
    int touchpoint = -1; // -1 for the placeholder column of an empty stage
    JourneyRow row = JourneyRow::Touchpoint;
    double xFraction = 0.0; // 0..1 across the cell: drops left or right of a touchpoint
};

// Paints customer journey maps with QPainter for every surface: the editor's canvas, the
// presentation slides and speaker notes, PNG/SVG images and the multi-page PDF handout. One
// code path, so what the trainer edits is what the room sees and what gets printed. Pure
// QtGui (no widgets): the CLI exports with it after render::ensureGuiApplication().
//
// The map is laid out in logical pixels at its natural size (stages as columns, one column
// per touchpoint; rows for touchpoint, action, thoughts, emotion curve, pain points,
// opportunities, backstage and KPIs); paint() scales it uniformly into the bounds it gets,
// and hitTest()/cellRect() use the same layout, so clicks always land where things are drawn.
class JourneyRenderer
{
public:
    explicit JourneyRenderer(JourneySpec spec);

    const JourneySpec& spec() const { return m_spec; }
    // Size of the whole map at scale 1 (logical pixels).
    QSizeF naturalSize() const { return m_layout.size; }
    // Paints the whole map scaled to fit `bounds` (aspect ratio kept, centred horizontally).
    void paint(QPainter& painter, const QRectF& bounds) const;
    JourneyHit hitTest(const QPointF& point, const QRectF& bounds) const;
    // Where a cell (or, with touchpoint -1, the stage header) is drawn within `bounds`.
    QRectF cellRect(int stage, int touchpoint, JourneyRow row, const QRectF& bounds) const;

    // --- presentation -------------------------------------------------------------------
    // Slides: 0 is the title with the persona, 1..stageCount are the stages.
    int slideCount() const { return 1 + static_cast<int>(m_spec.map.stages.size()); }
    // One slide in large type. `curveProgress` (0..1) is how much of the current stage's part
    // of the emotion curve is drawn, so the curve can grow as the presenter advances.
    void paintSlide(QPainter& painter, const QRectF& bounds, int slide,
                    double curveProgress = 1.0) const;
    // Speaker notes for the second screen: descriptions, backstage, KPIs with intervals and
    // opportunities with owners for the slide's stage.
    void paintNotes(QPainter& painter, const QRectF& bounds, int slide) const;

    // --- handout pages ----------------------------------------------------------------------
    void paintPersonaPage(QPainter& painter, const QRectF& bounds) const;
    // Table rows of the KPI and opportunity pages; paints from row `first` and returns the
    // index of the first row that did not fit (== row count when done).
    int kpiRowCount() const;
    int paintKpiPage(QPainter& painter, const QRectF& bounds, int first) const;
    int opportunityRowCount() const;
    int paintOpportunityPage(QPainter& painter, const QRectF& bounds, int first) const;

    // --- export -----------------------------------------------------------------------------
    // PNG, SVG or PDF by extension. The PNG is 300 dpi at the map's natural size (96
    // logical pixels per inch) unless that passes 40 megapixels; then the scale shrinks to
    // fit 40 MP (the five-stage demo map comes out at about 285 dpi) and the file's pHYs
    // records the resolution actually used. The PDF's first page is as large as the map at
    // its true size (96 px = 1 inch), followed by A4 landscape pages: the persona (when
    // there is one), the KPI table (as many pages as it needs, at least one) and the
    // opportunities (when there are any). Throws vd::Error when the file cannot be written.
    // Returns the number of pages written (1 for images).
    int write(const QString& path) const;
    int writePdf(const QString& path) const;

    // Colours shared with the GUI widgets that sit beside the map.
    static QColor stageColor(int stage);
    static QColor emotionColor(double emotion);
    static QColor priorityColor(int priority);
    static QString emotionLabel(int emotion); // "Very negative" ... "Very positive"
    // "NPS +12", "CSAT 78 %", "no data"... as the map shows a reading.
    static QString readingText(const journey::KpiReading& reading);
    static QString definitionText(const journey::KpiDefinition& definition);

private:
    struct Column
    {
        int stage = 0;
        int touchpoint = -1; // -1: placeholder of an empty stage
        double x = 0.0;
        double width = 0.0;
    };
    struct Layout
    {
        QSizeF size;
        QRectF title;
        QRectF persona; // empty without a persona
        double gridTop = 0.0;
        double labelWidth = 0.0;
        double stageHeaderHeight = 0.0;
        std::vector<Column> columns;
        std::vector<std::pair<double, double>> stageSpans; // x, width per stage
        std::vector<std::pair<double, double>> rows;       // y, height per JourneyRow
        QRectF grid;                                       // stage headers + rows
    };

    Layout computeLayout() const;
    double scaleFor(const QRectF& bounds) const;
    int columnOf(int stage, int touchpoint) const;
    const journey::TouchpointKpis* kpisOf(int stage, int touchpoint) const;

    void paintTitle(QPainter& p) const;
    void paintPersonaStrip(QPainter& p, const QRectF& r) const;
    void paintGrid(QPainter& p) const;
    // Lays out the content of one cell and, given a painter, draws it; returns its height.
    double cellContent(QPainter* p, const Column& c, JourneyRow row, const QRectF& r) const;
    void paintEmotionRow(QPainter& p, const QRectF& row) const;
    void paintSelection(QPainter& p) const;

    JourneySpec m_spec;
    Layout m_layout;
};

} // namespace vd::render
