#include "JourneyPresentation.h"

#include "JourneySpeakerNotes.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QVariantAnimation>
#include <algorithm>

namespace vd::gui {

namespace {

render::JourneySpec presentable(render::JourneySpec spec)
{
    spec.selection = {};
    return spec;
}

} // namespace

JourneyPresentation::JourneyPresentation(render::JourneySpec spec, QWidget* parent)
    : QWidget(parent, Qt::Window), m_renderer(presentable(std::move(spec))),
      m_animation(new QVariantAnimation(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setWindowTitle(tr("Journey map — presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(1200);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_progress = v.toDouble();
        update();
    });
}

JourneyPresentation::~JourneyPresentation()
{
    if (m_notes)
        m_notes->close();
}

void JourneyPresentation::start(QWidget* anchor)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* home = anchor && anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    QScreen* stage = home;
    if (screens.size() >= 2) {
        // Slides on the projector, notes where the presenter's window is.
        for (QScreen* s : screens)
            if (s != home) {
                stage = s;
                break;
            }
        showNotes(home);
    }
    if (stage)
        setGeometry(stage->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

void JourneyPresentation::showNotes(QScreen* screen)
{
    if (!m_notes)
        m_notes = new JourneySpeakerNotes(m_renderer, this);
    m_notes->setSlide(m_slide);
    if (screen) {
        m_notes->setGeometry(screen->geometry());
        m_notes->showFullScreen();
    } else {
        m_notes->resize(1280, 720);
        m_notes->show();
    }
}

void JourneyPresentation::goTo(int slide)
{
    slide = std::clamp(slide, 0, slideCount() - 1);
    const bool forward = slide == m_slide + 1;
    m_animation->stop();
    m_slide = slide;
    // The curve grows only when stepping forward onto a stage; jumps show it complete.
    if (forward && m_slide > 0) {
        m_progress = 0.0;
        m_animation->start();
    } else {
        m_progress = 1.0;
    }
    if (m_notes)
        m_notes->setSlide(m_slide);
    update();
    emit slideChanged(m_slide);
}

void JourneyPresentation::next()
{
    if (m_slide + 1 < slideCount())
        goTo(m_slide + 1);
    else
        finishAnimation();
}

void JourneyPresentation::previous()
{
    if (m_slide > 0)
        goTo(m_slide - 1);
}

void JourneyPresentation::finishAnimation()
{
    m_animation->stop();
    m_progress = 1.0;
    update();
}

void JourneyPresentation::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    m_renderer.paintSlide(p, QRectF(rect()), m_slide, m_progress);
}

void JourneyPresentation::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
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
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void JourneyPresentation::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void JourneyPresentation::closeEvent(QCloseEvent* event)
{
    if (m_notes)
        m_notes->close();
    QWidget::closeEvent(event);
}

} // namespace vd::gui
