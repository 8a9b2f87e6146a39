#pragma once

#include "valuedesk/segment/RfmGrid.h"

#include <QWidget>
#include <array>
#include <cstdint>
#include <optional>

namespace vd::gui {

// The R x F heat map of the RFM tab: customers (or their revenue) in each of the 25 cells,
// darker for more, with the owning segment's name and colour on each cell's edge so the map
// and the grid editor read the same way. Qt Charts has no heat map, so it paints cells.
class SegmentHeatmap : public QWidget
{
    Q_OBJECT
public:
    enum class Measure { Customers, Revenue };

    explicit SegmentHeatmap(QWidget* parent = nullptr);

    struct Data
    {
        std::array<std::array<std::int64_t, 5>, 5> count{}; // [r-1][f-1]
        std::array<std::array<double, 5>, 5> revenue{};
        segment::RfmGrid grid;
    };
    void setData(std::optional<Data> data, const QString& placeholder = {});
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    const std::optional<Data>& data() const { return m_data; }

    // The number and text a cell shows (r, f in 1..5).
    double value(int r, int f) const;
    QString cellText(int r, int f) const;
    QString xTitle() const;
    QString yTitle() const;
    QString legendTitle() const;

    QSize sizeHint() const override { return {520, 360}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRect() const;
    std::pair<int, int> cellAt(const QPoint& pos) const;

    std::optional<Data> m_data;
    Measure m_measure = Measure::Customers;
    QString m_placeholder;
};

} // namespace vd::gui
