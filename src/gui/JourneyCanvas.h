#pragma once

#include "JourneyRenderer.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace vd::gui {

class JourneyEditor;

// The editable drawing of a journey map: the same JourneyRenderer as the exports and the
// presentation, at a zoom factor, inside the page's scroll area. Click selects a cell, a
// stage header or the title; arrow keys walk the grid; dragging a touchpoint or a stage header
// moves it (drop left or right of a touchpoint, or on a stage); + and - change the emotion.
// Every change goes through the editor, so it is one undo step. The page adds the editing
// actions (add, delete, move, edit) to the canvas for the context menu and their shortcuts.
class JourneyCanvas : public QWidget
{
    Q_OBJECT
public:
    JourneyCanvas(JourneyEditor& editor, QWidget* parent = nullptr);

    void setKpis(std::optional<journey::MapKpis> kpis);
    void setCurves(render::EmotionCurves curves);
    void setSubtitle(const QString& subtitle);
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    // The zoom at which the whole map is `width` pixels wide.
    double zoomForWidth(int width) const;

    const render::JourneyRenderer& renderer() const { return *m_renderer; }
    render::JourneySpec spec() const;
    render::JourneySelection selection() const { return m_selection; }
    void setSelection(render::JourneySelection selection);
    // Where a cell is drawn on the canvas (widget coordinates).
    QRectF cellRect(int stage, int touchpoint, render::JourneyRow row) const;
    std::optional<journey::TouchpointRef> selectedTouchpoint() const;

    // Editing the selection (no-ops without a fitting selection; errors go to the message).
    void addTouchpoint();      // after the selected touchpoint, or at the end of the stage
    void addStage();           // after the selected stage, or at the end
    void removeSelected();     // the touchpoint or the stage
    void moveSelected(int delta); // -1 left, +1 right, across stage borders for touchpoints
    void changeEmotion(int delta);

    QSize sizeHint() const override;

signals:
    void selectionChanged(vd::render::JourneySelection selection);
    // Double click, Enter or F2 on a cell: the page focuses the matching field.
    void editRequested(vd::render::JourneySelection selection);
    void personaRequested(); // double click on the persona strip
    void failed(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuild();
    void onEdited(int stage, int touchpoint);
    QRectF bounds() const;
    void walk(int dx, int dy);
    // Where a dragged item would land for a hit; nullopt: nowhere.
    std::optional<journey::TouchpointRef> touchpointDrop(const render::JourneyHit& hit) const;
    std::optional<int> stageDrop(const render::JourneyHit& hit) const;
    template <typename F> void guarded(F&& edit);

    JourneyEditor& m_editor;
    std::optional<journey::MapKpis> m_kpis;
    render::EmotionCurves m_curves = render::EmotionCurves::Both;
    QString m_subtitle;
    double m_zoom = 1.0;
    render::JourneySelection m_selection;
    std::unique_ptr<render::JourneyRenderer> m_renderer;

    // Dragging.
    QPointF m_pressPos;
    render::JourneyHit m_pressHit;
    bool m_dragging = false;
    QRectF m_dropMarker;
};

} // namespace vd::gui
