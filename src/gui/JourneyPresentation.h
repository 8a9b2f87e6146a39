#pragma once

#include "JourneyRenderer.h"
#include "JourneySpeakerNotes.h"

#include <QPointer>
#include <QWidget>

class QScreen;
class QVariantAnimation;

namespace vd::gui {

// The journey map for a projector: full screen, large type, one stage per slide after a title
// slide with the persona. Right, Down, Space, Page Down or a click go forward; Left, Up,
// Page Up or Backspace go back; Home and End jump; Esc leaves. Moving forward draws the
// stage's part of the emotion curve as an animation. With a second screen the speaker notes
// (descriptions, backstage, KPIs, opportunities with owners) open there, the slides on the
// other screen.
class JourneyPresentation : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyPresentation(render::JourneySpec spec, QWidget* parent = nullptr);
    ~JourneyPresentation() override;

    // Shows full screen, on the screen that does not hold `anchor` when there are two, with
    // the notes on the anchor's screen.
    void start(QWidget* anchor);

    int slide() const { return m_slide; }
    int slideCount() const { return m_renderer.slideCount(); }
    double curveProgress() const { return m_progress; }
    void next();
    void previous();
    void goTo(int slide);
    // Jumps to the end of the running curve animation.
    void finishAnimation();
    // The notes window, when open (two screens, or showNotes()).
    JourneySpeakerNotes* notes() const { return m_notes; }
    void showNotes(QScreen* screen);

signals:
    void slideChanged(int slide);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    render::JourneyRenderer m_renderer;
    int m_slide = 0;
    double m_progress = 1.0;
    QVariantAnimation* m_animation;
    QPointer<JourneySpeakerNotes> m_notes;
};

} // namespace vd::gui
