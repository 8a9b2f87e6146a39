#include "JourneySpeakerNotes.h"

#include "JourneyRenderer.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QPainter>

namespace vd::gui {

JourneySpeakerNotes::JourneySpeakerNotes(const render::JourneyRenderer& renderer,
                                         QWidget* presentation)
    : QWidget(presentation, Qt::Window), m_renderer(renderer), m_presentation(presentation)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setWindowTitle(tr("Journey map — speaker notes"));
    setFocusPolicy(Qt::StrongFocus);
}

void JourneySpeakerNotes::setSlide(int slide)
{
    m_slide = slide;
    update();
}

void JourneySpeakerNotes::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF all = rect();
    const double footer = 44;
    m_renderer.paintNotes(p, all.adjusted(0, 0, 0, -footer), m_slide);
    p.fillRect(QRectF(0, all.height() - footer, all.width(), footer), QColor(0x1f, 0x29, 0x37));
    QFont f = font();
    f.setPixelSize(18);
    p.setFont(f);
    p.setPen(Qt::white);
    const auto& stages = m_renderer.spec().map.stages;
    const int n = m_renderer.slideCount();
    QString next = m_slide + 1 < n
                       ? tr("Next: %1").arg(QString::fromStdString(
                             stages[static_cast<std::size_t>(m_slide)].name))
                       : tr("Last slide");
    p.drawText(QRectF(20, all.height() - footer, all.width() - 40, footer),
               Qt::AlignVCenter | Qt::AlignLeft,
               tr("Slide %1 of %2").arg(m_slide + 1).arg(n) + QStringLiteral("   ·   ") + next);
    p.drawText(QRectF(20, all.height() - footer, all.width() - 40, footer),
               Qt::AlignVCenter | Qt::AlignRight, tr("→ next · ← back · Esc leave"));
}

void JourneySpeakerNotes::keyPressEvent(QKeyEvent* event)
{
    if (m_presentation) {
        QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text());
        QCoreApplication::sendEvent(m_presentation, &copy);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace vd::gui
