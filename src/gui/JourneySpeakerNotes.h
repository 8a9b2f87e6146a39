#pragma once

#include <QWidget>

namespace vd::render {
class JourneyRenderer;
}

namespace vd::gui {

// The presenter's screen during a journey presentation: the notes of the current slide
// (stage description, backstage, KPIs with intervals, opportunities with owners) as the
// renderer lays them out, with the slide number and what comes next. Keys go to the
// presentation, so the presenter can drive it from either screen.
class JourneySpeakerNotes : public QWidget
{
    Q_OBJECT
public:
    JourneySpeakerNotes(const render::JourneyRenderer& renderer, QWidget* presentation);

    void setSlide(int slide);
    int slide() const { return m_slide; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    const render::JourneyRenderer& m_renderer;
    QWidget* m_presentation;
    int m_slide = 0;
};

} // namespace vd::gui
