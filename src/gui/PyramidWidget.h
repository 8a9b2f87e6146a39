#pragma once

#include "PyramidRenderer.h"

#include <QWidget>

namespace vd::gui {

// Shows one pyramid drawing (value layers or customer tiers) painted by PyramidRenderer, so
// the screen, the presentation and the exports look the same. Hovering a band highlights it
// and shows its numbers as a tooltip; clicking selects it (clicking it again clears).
class PyramidWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PyramidWidget(QWidget* parent = nullptr);

    void setSpec(render::PyramidSpec spec);
    const render::PyramidSpec& spec() const { return m_spec; }
    // Text shown instead of a drawing (no data, no saved pyramid).
    void setPlaceholder(const QString& text);
    void setSelectedBand(int index);
    int selectedBand() const { return m_spec.selected; }
    int bandAt(const QPointF& point) const;
    // The hover text at a point: the band's numbers and its attributes with importance,
    // performance, expectation and gap (empty off the bands).
    QString toolTipAt(const QPointF& point) const;
    QRectF bandRect(int index) const; // for tests and accessibility

    QSize sizeHint() const override { return {640, 460}; }
    QSize minimumSizeHint() const override { return {320, 260}; }

signals:
    void bandClicked(int index); // -1 when the selection was cleared

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    render::PyramidSpec m_spec;
    QString m_placeholder;
};

} // namespace vd::gui
