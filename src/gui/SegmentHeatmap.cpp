#include "SegmentHeatmap.h"

#include "SegmentFormat.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace vd::gui {

namespace {
constexpr double kLeft = 58, kTop = 30, kRight = 96, kBottom = 48;

// White through the page's blue; t in [0, 1].
QColor shade(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor hi(0x1f, 0x4e, 0x8c);
    auto mix = [t](int v) { return static_cast<int>(std::lround(255 - t * (255 - v))); };
    return QColor(mix(hi.red()), mix(hi.green()), mix(hi.blue()));
}
} // namespace

SegmentHeatmap::SegmentHeatmap(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
}

void SegmentHeatmap::setData(std::optional<Data> data, const QString& placeholder)
{
    m_data = std::move(data);
    m_placeholder = placeholder;
    update();
}

void SegmentHeatmap::setMeasure(Measure measure)
{
    m_measure = measure;
    update();
}

double SegmentHeatmap::value(int r, int f) const
{
    if (!m_data || r < 1 || r > 5 || f < 1 || f > 5)
        return 0.0;
    const auto ri = static_cast<std::size_t>(r - 1), fi = static_cast<std::size_t>(f - 1);
    return m_measure == Measure::Customers ? static_cast<double>(m_data->count[ri][fi])
                                           : m_data->revenue[ri][fi];
}

QString SegmentHeatmap::cellText(int r, int f) const
{
    if (!m_data)
        return {};
    return m_measure == Measure::Customers ? segfmt::count(static_cast<std::int64_t>(value(r, f)))
                                           : segfmt::compact(value(r, f));
}

QString SegmentHeatmap::xTitle() const
{
    return tr("Frequency score F (1 = fewest purchases, 5 = most)");
}

QString SegmentHeatmap::yTitle() const
{
    return tr("Recency score R (5 = most recent)");
}

QString SegmentHeatmap::legendTitle() const
{
    return m_measure == Measure::Customers ? tr("Customers") : tr("Revenue");
}

QRectF SegmentHeatmap::plotRect() const
{
    const double side =
        std::max(10.0, std::min(width() - kLeft - kRight, height() - kTop - kBottom));
    // Square cells, centred in the space left of the legend.
    const double x = kLeft + std::max(0.0, (width() - kLeft - kRight - side) / 2);
    return QRectF(x, kTop, side, side);
}

std::pair<int, int> SegmentHeatmap::cellAt(const QPoint& pos) const
{
    const QRectF r = plotRect();
    if (!m_data || !r.contains(pos))
        return {-1, -1};
    const int col = std::min(4, static_cast<int>((pos.x() - r.left()) / r.width() * 5));
    const int row = std::min(4, static_cast<int>((pos.y() - r.top()) / r.height() * 5));
    return {5 - row, col + 1};
}

bool SegmentHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [r, f] = cellAt(help->pos());
        if (r > 0) {
            const auto ri = static_cast<std::size_t>(r - 1), fi = static_cast<std::size_t>(f - 1);
            const int s = m_data->grid.segmentAt(r, f);
            const QString name =
                s >= 0 ? QString::fromStdString(
                             m_data->grid.segments()[static_cast<std::size_t>(s)].name)
                       : tr("(gap)");
            QToolTip::showText(help->globalPos(),
                               tr("R %1, F %2 (%3): %4 customers, revenue %5")
                                   .arg(r)
                                   .arg(f)
                                   .arg(name, segfmt::count(m_data->count[ri][fi]),
                                        segfmt::money(m_data->revenue[ri][fi])),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void SegmentHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().text().color());
    if (!m_data) {
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    const QRectF plot = plotRect();
    const double cw = plot.width() / 5, ch = plot.height() / 5;
    double top = 0.0;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            top = std::max(top, value(r, f));

    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.drawText(QRectF(0, 4, width(), kTop - 8), Qt::AlignCenter,
               m_measure == Measure::Customers ? tr("Customers per R × F cell")
                                               : tr("Revenue per R × F cell"));
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.8));
    const QFontMetricsF fm(font());
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 5; ++col) {
            const int r = 5 - row, f = col + 1;
            const QRectF cell(plot.left() + col * cw, plot.top() + row * ch, cw, ch);
            const double v = value(r, f);
            const double t = top > 0 ? v / top : 0.0;
            p.fillRect(cell, shade(t));
            // The owning segment as a coloured strip along the bottom edge.
            const int s = m_data->grid.segmentAt(r, f);
            const QRectF strip(cell.left() + 1, cell.bottom() - 5, cell.width() - 2, 4);
            p.fillRect(strip, s >= 0 ? segfmt::color(s) : QColor(0xc0, 0x39, 0x2b));
            p.setPen(t > 0.55 ? QColor(Qt::white) : palette().text().color());
            p.setFont(titleFont);
            // The count just above the middle, the name just below: they never overlap.
            p.drawText(cell.adjusted(2, 2, -2, -ch / 2 - 1), Qt::AlignHCenter | Qt::AlignBottom,
                       cellText(r, f));
            p.setFont(small);
            const QString name =
                s >= 0 ? QString::fromStdString(
                             m_data->grid.segments()[static_cast<std::size_t>(s)].name)
                       : tr("(gap)");
            const QFontMetricsF sm(small);
            p.drawText(cell.adjusted(3, ch / 2 + 1, -3, -6), Qt::AlignHCenter | Qt::AlignTop,
                       sm.elidedText(name, Qt::ElideRight, cell.width() - 6));
        }
    p.setFont(font());
    p.setPen(palette().mid().color());
    p.drawRect(plot);

    // Axes: score labels and titles.
    p.setPen(palette().text().color());
    for (int col = 0; col < 5; ++col)
        p.drawText(QRectF(plot.left() + col * cw, plot.bottom() + 3, cw, fm.height()),
                   Qt::AlignHCenter, QString::number(col + 1));
    for (int row = 0; row < 5; ++row)
        p.drawText(QRectF(plot.left() - 22, plot.top() + row * ch, 16, ch),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(5 - row));
    p.drawText(
        QRectF(0, plot.bottom() + 5 + fm.height(), width() - kRight + kLeft / 2, fm.height() + 4),
        Qt::AlignHCenter, xTitle());
    p.save();
    p.translate(16, plot.center().y());
    p.rotate(-90);
    p.drawText(
        QRectF(-plot.height() / 2 - 40, -fm.height() / 2, plot.height() + 80, fm.height() + 2),
        Qt::AlignCenter, yTitle());
    p.restore();

    // Legend: the colour bar from 0 to the largest cell.
    const QRectF bar(plot.right() + 18, plot.top() + fm.height() + 6, 14,
                     plot.height() - fm.height() - 6);
    for (int k = 0; k < 100; ++k)
        p.fillRect(QRectF(bar.left(), bar.bottom() - (k + 1) * bar.height() / 100, bar.width(),
                          bar.height() / 100 + 0.5),
                   shade(k / 99.0));
    p.setPen(palette().mid().color());
    p.drawRect(bar);
    p.setPen(palette().text().color());
    p.drawText(QRectF(bar.left() - 10, plot.top(), kRight - 4, fm.height()), Qt::AlignLeft,
               legendTitle());
    const QString topText = m_measure == Measure::Customers
                                ? segfmt::count(static_cast<std::int64_t>(top))
                                : segfmt::compact(top);
    p.drawText(QRectF(bar.right() + 4, bar.top() - fm.height() / 2, 60, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, topText);
    p.drawText(QRectF(bar.right() + 4, bar.bottom() - fm.height() / 2, 60, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0"));
}

} // namespace vd::gui
