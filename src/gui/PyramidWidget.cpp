#include "PyramidWidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace vd::gui {

PyramidWidget::PyramidWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PyramidWidget::setSpec(render::PyramidSpec spec)
{
    const int selected = m_spec.selected;
    m_spec = std::move(spec);
    if (selected >= 0 && selected < static_cast<int>(m_spec.bands.size()))
        m_spec.selected = selected;
    m_placeholder.clear();
    update();
}

void PyramidWidget::setPlaceholder(const QString& text)
{
    m_spec = {};
    m_placeholder = text;
    update();
}

void PyramidWidget::setSelectedBand(int index)
{
    if (index >= static_cast<int>(m_spec.bands.size()))
        index = -1;
    m_spec.selected = index;
    update();
}

int PyramidWidget::bandAt(const QPointF& point) const
{
    return render::PyramidRenderer(m_spec).bandAt(point, QRectF(rect()));
}

QString PyramidWidget::toolTipAt(const QPointF& point) const
{
    const int band = bandAt(point);
    return band >= 0 ? m_spec.bands[static_cast<std::size_t>(band)].tooltip : QString();
}

QRectF PyramidWidget::bandRect(int index) const
{
    return render::PyramidRenderer(m_spec).bandPolygon(index, QRectF(rect())).boundingRect();
}

void PyramidWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_placeholder.isEmpty() || m_spec.bands.empty()) {
        p.setPen(QColor(0x4b, 0x55, 0x63));
        QFont f = font();
        f.setPixelSize(15);
        p.setFont(f);
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    render::PyramidRenderer(m_spec).paint(p, QRectF(rect()));
}

void PyramidWidget::mouseMoveEvent(QMouseEvent* event)
{
    const int band = bandAt(event->position());
    if (band != m_spec.highlighted) {
        m_spec.highlighted = band;
        setCursor(band >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void PyramidWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int band = bandAt(event->position());
    m_spec.selected = band == m_spec.selected ? -1 : band;
    update();
    emit bandClicked(m_spec.selected);
}

void PyramidWidget::leaveEvent(QEvent* event)
{
    m_spec.highlighted = -1;
    update();
    QWidget::leaveEvent(event);
}

bool PyramidWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (!tip.isEmpty())
            QToolTip::showText(help->globalPos(), tip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace vd::gui
