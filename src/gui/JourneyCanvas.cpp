#include "JourneyCanvas.h"

#include "JourneyEditor.h"
#include "valuedesk/Error.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <algorithm>

namespace vd::gui {

using namespace vd::journey;
using render::JourneyHit;
using render::JourneyRow;
using render::JourneySelection;

JourneyCanvas::JourneyCanvas(JourneyEditor& editor, QWidget* parent)
    : QWidget(parent), m_editor(editor)
{
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Journey map"));
    connect(&m_editor, &JourneyEditor::changed, this,
            [this](JourneyFocus f) { onEdited(f.stage, f.touchpoint); });
    connect(&m_editor, &JourneyEditor::personaChanged, this, [this] { rebuild(); });
    rebuild();
}

render::JourneySpec JourneyCanvas::spec() const
{
    render::JourneySpec s;
    s.map = m_editor.map();
    s.persona = m_editor.persona();
    // KPIs computed for an older shape of the map are dropped rather than misaligned.
    if (m_kpis && m_kpis->byStage.size() == s.map.stages.size()) {
        bool aligned = true;
        for (std::size_t i = 0; i < s.map.stages.size(); ++i)
            aligned = aligned && m_kpis->byStage[i].size() == s.map.stages[i].touchpoints.size();
        if (aligned)
            s.kpis = m_kpis;
    }
    s.curves = m_curves;
    s.subtitle = m_subtitle;
    s.selection = m_selection;
    return s;
}

void JourneyCanvas::rebuild()
{
    // Keep the selection inside the map.
    const auto& stages = m_editor.map().stages;
    if (m_selection.stage >= static_cast<int>(stages.size()))
        m_selection = {};
    else if (m_selection.stage >= 0 &&
             m_selection.touchpoint >=
                 static_cast<int>(stages[static_cast<std::size_t>(m_selection.stage)]
                                      .touchpoints.size()))
        m_selection.touchpoint = -1;
    m_renderer = std::make_unique<render::JourneyRenderer>(spec());
    const QSizeF n = m_renderer->naturalSize();
    resize(std::max(1, qRound(n.width() * m_zoom)), std::max(1, qRound(n.height() * m_zoom)));
    updateGeometry();
    update();
}

void JourneyCanvas::onEdited(int stage, int touchpoint)
{
    JourneySelection sel = m_selection;
    if (stage >= 0) {
        sel.stage = stage;
        sel.touchpoint = touchpoint;
        if (touchpoint < 0)
            sel.row = JourneyRow::Touchpoint;
    }
    m_selection = sel;
    rebuild();
    emit selectionChanged(m_selection);
}

void JourneyCanvas::setKpis(std::optional<MapKpis> kpis)
{
    m_kpis = std::move(kpis);
    rebuild();
}

void JourneyCanvas::setCurves(render::EmotionCurves curves)
{
    m_curves = curves;
    rebuild();
}

void JourneyCanvas::setSubtitle(const QString& subtitle)
{
    m_subtitle = subtitle;
    rebuild();
}

void JourneyCanvas::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.2, 3.0);
    rebuild();
}

double JourneyCanvas::zoomForWidth(int width) const
{
    const double w = m_renderer->naturalSize().width();
    return w > 0 ? width / w : 1.0;
}

QSize JourneyCanvas::sizeHint() const
{
    return size();
}

QRectF JourneyCanvas::bounds() const
{
    return QRectF(QPointF(0, 0), m_renderer->naturalSize() * m_zoom);
}

QRectF JourneyCanvas::cellRect(int stage, int touchpoint, JourneyRow row) const
{
    return m_renderer->cellRect(stage, touchpoint, row, bounds());
}

std::optional<TouchpointRef> JourneyCanvas::selectedTouchpoint() const
{
    if (m_selection.stage < 0 || m_selection.touchpoint < 0)
        return std::nullopt;
    return TouchpointRef{m_selection.stage, m_selection.touchpoint};
}

void JourneyCanvas::setSelection(JourneySelection selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    rebuild();
    if (m_selection.stage >= 0) {
        // Let the scroll area bring the selection into view.
        const QRectF r = cellRect(m_selection.stage, m_selection.touchpoint, m_selection.row);
        auto* area =
            qobject_cast<QScrollArea*>(parentWidget() ? parentWidget()->parentWidget() : nullptr);
        if (area)
            area->ensureVisible(qRound(r.center().x()), qRound(r.center().y()),
                                qRound(r.width() / 2 + 20), qRound(r.height() / 2 + 20));
    }
    emit selectionChanged(m_selection);
}

template <typename F> void JourneyCanvas::guarded(F&& edit)
{
    try {
        edit();
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

// --- editing --------------------------------------------------------------------------------------

void JourneyCanvas::addTouchpoint()
{
    if (!m_editor.hasMap())
        return;
    const auto& stages = m_editor.map().stages;
    if (stages.empty()) {
        emit failed(tr("Add a stage first: touchpoints belong to a stage."));
        return;
    }
    const int stage = m_selection.stage >= 0 ? m_selection.stage
                                             : static_cast<int>(stages.size()) - 1;
    const int size = static_cast<int>(stages[static_cast<std::size_t>(stage)].touchpoints.size());
    const int index = m_selection.stage >= 0 && m_selection.touchpoint >= 0
                          ? m_selection.touchpoint + 1
                          : size;
    Touchpoint t;
    t.name = tr("New touchpoint").toStdString();
    t.kpis = defaultKpis();
    guarded([&] { m_editor.insertTouchpoint({stage, index}, t); });
    emit editRequested(m_selection);
}

void JourneyCanvas::addStage()
{
    if (!m_editor.hasMap())
        return;
    const int index = m_selection.stage >= 0 ? m_selection.stage + 1
                                             : static_cast<int>(m_editor.map().stages.size());
    Stage s;
    s.name = tr("New stage").toStdString();
    guarded([&] { m_editor.insertStage(index, s); });
    emit editRequested(m_selection);
}

void JourneyCanvas::removeSelected()
{
    if (m_selection.stage < 0)
        return;
    if (m_selection.touchpoint >= 0)
        guarded([&] { m_editor.removeTouchpoint({m_selection.stage, m_selection.touchpoint}); });
    else
        guarded([&] { m_editor.removeStage(m_selection.stage); });
}

void JourneyCanvas::moveSelected(int delta)
{
    const auto& stages = m_editor.map().stages;
    const int s = m_selection.stage;
    if (s < 0 || delta == 0)
        return;
    if (m_selection.touchpoint < 0) {
        const int to = s + delta;
        if (to >= 0 && to < static_cast<int>(stages.size()))
            guarded([&] { m_editor.moveStage(s, to); });
        return;
    }
    const int t = m_selection.touchpoint;
    const int size = static_cast<int>(stages[static_cast<std::size_t>(s)].touchpoints.size());
    TouchpointRef to{s, t + delta};
    if (to.index < 0) {
        if (s == 0)
            return;
        // Past the left edge: to the end of the previous stage.
        to = {s - 1, static_cast<int>(stages[static_cast<std::size_t>(s - 1)].touchpoints.size())};
    } else if (to.index >= size) {
        if (s + 1 >= static_cast<int>(stages.size()))
            return;
        to = {s + 1, 0}; // past the right edge: to the start of the next stage
    }
    guarded([&] { m_editor.moveTouchpoint({s, t}, to); });
}

void JourneyCanvas::changeEmotion(int delta)
{
    const auto ref = selectedTouchpoint();
    if (!ref)
        return;
    Touchpoint t = touchpointAt(m_editor.map(), *ref);
    const int e = std::clamp(t.emotion + delta, kMinEmotion, kMaxEmotion);
    if (e == t.emotion)
        return;
    t.emotion = e;
    guarded([&] { m_editor.setTouchpoint(*ref, t, JourneyEditor::Field::Emotion); });
}

// --- navigation -----------------------------------------------------------------------------------

void JourneyCanvas::walk(int dx, int dy)
{
    const auto& stages = m_editor.map().stages;
    if (stages.empty())
        return;
    JourneySelection sel = m_selection;
    if (sel.stage < 0) {
        setSelection({0, stages[0].touchpoints.empty() ? -1 : 0, JourneyRow::Touchpoint});
        return;
    }
    const auto count = [&](int s) {
        return static_cast<int>(stages[static_cast<std::size_t>(s)].touchpoints.size());
    };
    if (dx != 0) {
        if (sel.touchpoint < 0) {
            // Stage headers: stage by stage.
            sel.stage = std::clamp(sel.stage + dx, 0, static_cast<int>(stages.size()) - 1);
        } else {
            // Columns, across stage borders; empty stages are skipped.
            int s = sel.stage, t = sel.touchpoint + dx;
            while (s >= 0 && s < static_cast<int>(stages.size()) && (t < 0 || t >= count(s))) {
                s += dx;
                if (s >= 0 && s < static_cast<int>(stages.size()))
                    t = dx > 0 ? 0 : count(s) - 1;
            }
            if (s >= 0 && s < static_cast<int>(stages.size())) {
                sel.stage = s;
                sel.touchpoint = t;
            }
        }
    }
    if (dy != 0) {
        const int row = static_cast<int>(sel.row) + dy;
        if (sel.touchpoint < 0) {
            if (dy > 0 && count(sel.stage) > 0) {
                sel.touchpoint = 0;
                sel.row = JourneyRow::Touchpoint;
            }
        } else if (row < 0) {
            sel.touchpoint = -1; // up from the first row: the stage header
            sel.row = JourneyRow::Touchpoint;
        } else if (row < render::kJourneyRowCount) {
            sel.row = static_cast<JourneyRow>(row);
        }
    }
    setSelection(sel);
}

void JourneyCanvas::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        ctrl ? moveSelected(-1) : walk(-1, 0);
        return;
    case Qt::Key_Right:
        ctrl ? moveSelected(1) : walk(1, 0);
        return;
    case Qt::Key_Up:
        walk(0, -1);
        return;
    case Qt::Key_Down:
        walk(0, 1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (!ctrl) {
            changeEmotion(1);
            return;
        }
        break;
    case Qt::Key_Minus:
        if (!ctrl) {
            changeEmotion(-1);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (m_selection.stage >= 0)
            emit editRequested(m_selection);
        return;
    case Qt::Key_Escape:
        setSelection({});
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

// --- mouse ----------------------------------------------------------------------------------------

void JourneyCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position();
    m_pressHit = m_renderer->hitTest(event->position(), bounds());
    m_dragging = false;
    const JourneyHit& h = m_pressHit;
    if (h.kind == JourneyHit::Kind::Cell)
        setSelection({h.stage, h.touchpoint, h.touchpoint < 0 ? JourneyRow::Touchpoint : h.row});
    else if (h.kind == JourneyHit::Kind::StageHeader)
        setSelection({h.stage, -1, JourneyRow::Touchpoint});
    else if (event->button() == Qt::LeftButton)
        setSelection({});
    QWidget::mousePressEvent(event);
}

std::optional<TouchpointRef> JourneyCanvas::touchpointDrop(const JourneyHit& hit) const
{
    const auto& stages = m_editor.map().stages;
    if (hit.stage < 0)
        return std::nullopt;
    const int size =
        static_cast<int>(stages[static_cast<std::size_t>(hit.stage)].touchpoints.size());
    int index = size; // on a stage header or an empty stage: at its end
    if (hit.kind == JourneyHit::Kind::Cell && hit.touchpoint >= 0)
        index = hit.touchpoint + (hit.xFraction > 0.5 ? 1 : 0);
    else if (hit.kind != JourneyHit::Kind::Cell && hit.kind != JourneyHit::Kind::StageHeader)
        return std::nullopt;
    // moveTouchpoint counts positions after the touchpoint left its own.
    if (hit.stage == m_pressHit.stage && index > m_pressHit.touchpoint)
        --index;
    return TouchpointRef{hit.stage, index};
}

std::optional<int> JourneyCanvas::stageDrop(const JourneyHit& hit) const
{
    if ((hit.kind == JourneyHit::Kind::Cell || hit.kind == JourneyHit::Kind::StageHeader) &&
        hit.stage >= 0)
        return hit.stage;
    return std::nullopt;
}

void JourneyCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const bool draggable = (m_pressHit.kind == JourneyHit::Kind::Cell && m_pressHit.touchpoint >= 0) ||
                           m_pressHit.kind == JourneyHit::Kind::StageHeader;
    if (!draggable)
        return;
    if (!m_dragging &&
        (event->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    const JourneyHit hit = m_renderer->hitTest(event->position(), bounds());
    m_dropMarker = {};
    if (m_pressHit.kind == JourneyHit::Kind::StageHeader) {
        if (auto s = stageDrop(hit))
            m_dropMarker = cellRect(*s, -1, JourneyRow::Touchpoint);
    } else if (hit.stage >= 0 && touchpointDrop(hit)) {
        // A bar at the insertion edge, over the whole height of the grid.
        const bool onTouchpoint = hit.kind == JourneyHit::Kind::Cell && hit.touchpoint >= 0;
        const QRectF top = cellRect(hit.stage, onTouchpoint ? hit.touchpoint : -1,
                                    JourneyRow::Touchpoint);
        const QRectF bottom = cellRect(hit.stage, onTouchpoint ? hit.touchpoint : -1,
                                       JourneyRow::Kpis);
        const double x = onTouchpoint && hit.xFraction <= 0.5 ? top.left() : top.right();
        m_dropMarker = QRectF(x - 3, top.top(), 6, std::max(bottom.bottom(), top.bottom()) - top.top());
    }
    update();
}

void JourneyCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        m_dropMarker = {};
        unsetCursor();
        const JourneyHit hit = m_renderer->hitTest(event->position(), bounds());
        if (m_pressHit.kind == JourneyHit::Kind::StageHeader) {
            if (auto to = stageDrop(hit); to && *to != m_pressHit.stage) {
                const int from = m_pressHit.stage;
                guarded([&] { m_editor.moveStage(from, *to); });
            }
        } else if (auto to = touchpointDrop(hit)) {
            const TouchpointRef from{m_pressHit.stage, m_pressHit.touchpoint};
            if (*to != from)
                guarded([&] { m_editor.moveTouchpoint(from, *to); });
        }
        update();
    }
    QWidget::mouseReleaseEvent(event);
}

void JourneyCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const JourneyHit h = m_renderer->hitTest(event->position(), bounds());
    if (h.kind == JourneyHit::Kind::Cell || h.kind == JourneyHit::Kind::StageHeader ||
        h.kind == JourneyHit::Kind::Title || h.kind == JourneyHit::Kind::Persona) {
        if (h.kind == JourneyHit::Kind::Persona) {
            emit personaRequested();
            return;
        }
        if (h.kind == JourneyHit::Kind::Title)
            setSelection({});
        emit editRequested(m_selection);
    }
}

void JourneyCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_renderer->paint(p, bounds());
    if (m_dragging && !m_dropMarker.isEmpty()) {
        QColor c = palette().highlight().color();
        c.setAlpha(170);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(m_dropMarker, 3, 3);
    }
}

} // namespace vd::gui
