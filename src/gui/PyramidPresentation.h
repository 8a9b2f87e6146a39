#pragma once

#include "PyramidRenderer.h"

#include <QWidget>
#include <vector>

namespace vd::gui {

// Full-screen presentation of the pyramid(s) for workshops: starts with the outline only and
// reveals one layer per key press, bottom-up (Space, Right, Down, Page Down, Enter or a
// click); Left, Up, Page Up or Backspace hides the last one again; Esc leaves.
class PyramidPresentation : public QWidget
{
    Q_OBJECT
public:
    explicit PyramidPresentation(std::vector<render::PyramidSpec> specs, QWidget* parent = nullptr);

    int revealed() const { return m_revealed; }
    int layers() const { return m_layers; }
    void next();
    void previous();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    std::vector<render::PyramidSpec> m_specs;
    int m_revealed = 0;
    int m_layers = 0;
};

} // namespace vd::gui
