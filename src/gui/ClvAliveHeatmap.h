#pragma once

#include "ClvResults.h"

#include <QColor>
#include <QWidget>
#include <optional>

namespace vd::gui {

// P(alive) heat map over recency (time of the last purchase) x frequency (repeat purchases)
// for a customer observed T units: the picture behind the churn list — frequent buyers who
// went quiet long ago are the red corner. Qt Charts has no heat map, so it paints cells.
class ClvAliveHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit ClvAliveHeatmap(QWidget* parent = nullptr);

    // unitPlural names the time unit for the axis title ("weeks").
    void setGrid(const std::optional<ClvAliveGrid>& grid, const QString& unitPlural,
                 const QString& placeholder = {});
    const std::optional<ClvAliveGrid>& grid() const { return m_grid; }

    // Red (0) through amber (0.5) to green (1).
    static QColor colorFor(double pAlive);
    // The cell under a point of the widget: (row, column), or (-1, -1).
    std::pair<int, int> cellAt(const QPoint& pos) const;
    // Where the cell of (row = frequency index, column = recency index) is painted; frequency 0
    // is the bottom row. Empty without a grid.
    QRectF cellRect(int row, int column) const;
    QString xTitle() const;
    QString yTitle() const;

    QSize sizeHint() const override { return {640, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRect() const;

    std::optional<ClvAliveGrid> m_grid;
    QString m_unit;
    QString m_placeholder;
};

} // namespace vd::gui
