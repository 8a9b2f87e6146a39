#include "PyramidPresentation.h"

#include <QKeyEvent>
#include <QPainter>
#include <algorithm>

namespace vd::gui {

PyramidPresentation::PyramidPresentation(std::vector<render::PyramidSpec> specs, QWidget* parent)
    : QWidget(parent, Qt::Window), m_specs(std::move(specs))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setWindowTitle(tr("Value pyramid — presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    for (auto& s : m_specs) {
        s.highlighted = s.selected = -1;
        m_layers = std::max(m_layers, static_cast<int>(s.bands.size()));
    }
}

void PyramidPresentation::next()
{
    m_revealed = std::min(m_layers, m_revealed + 1);
    update();
}

void PyramidPresentation::previous()
{
    m_revealed = std::max(0, m_revealed - 1);
    update();
}

void PyramidPresentation::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    std::vector<render::PyramidSpec> specs = m_specs;
    for (auto& s : specs)
        s.revealed = m_revealed;
    const QRectF area = QRectF(rect()).adjusted(24, 16, -24, -40);
    render::PyramidRenderer::paintAll(p, area, specs);
    p.setPen(QColor(0x9c, 0xa3, 0xaf));
    QFont f = font();
    f.setPixelSize(13);
    p.setFont(f);
    p.drawText(QRectF(rect()).adjusted(24, 0, -24, -12), Qt::AlignBottom | Qt::AlignRight,
               m_revealed < m_layers ? tr("Space: reveal the next layer · Esc: leave")
                                     : tr("All layers shown · Backspace: back · Esc: leave"));
}

void PyramidPresentation::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PyramidPresentation::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

} // namespace vd::gui
