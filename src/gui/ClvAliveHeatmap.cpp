#include "ClvAliveHeatmap.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace vd::gui {

namespace {
constexpr double kLeft = 64, kRight = 86, kTop = 30, kBottom = 52;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

ClvAliveHeatmap::ClvAliveHeatmap(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(360, 240);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void ClvAliveHeatmap::setGrid(const std::optional<ClvAliveGrid>& grid, const QString& unitPlural,
                              const QString& placeholder)
{
    m_grid = grid;
    if (m_grid && (m_grid->recency.empty() || m_grid->frequency.empty()))
        m_grid.reset();
    m_unit = unitPlural;
    m_placeholder = placeholder;
    update();
}

QColor ClvAliveHeatmap::colorFor(double p)
{
    const QColor red(0xc0, 0x39, 0x2b), amber(0xf2, 0xc1, 0x4e), green(0x2e, 0x7d, 0x5b);
    if (!std::isfinite(p))
        return QColor(0xe5, 0xe7, 0xeb);
    p = std::clamp(p, 0.0, 1.0);
    return p < 0.5 ? mix(red, amber, p / 0.5) : mix(amber, green, (p - 0.5) / 0.5);
}

QString ClvAliveHeatmap::xTitle() const
{
    return tr("Recency: time of the last purchase since the first (%1)").arg(m_unit);
}

QString ClvAliveHeatmap::yTitle() const
{
    return tr("Frequency: repeat purchases (count)");
}

QRectF ClvAliveHeatmap::plotRect() const
{
    return QRectF(kLeft, kTop, std::max(10.0, width() - kLeft - kRight),
                  std::max(10.0, height() - kTop - kBottom));
}

std::pair<int, int> ClvAliveHeatmap::cellAt(const QPoint& pos) const
{
    if (!m_grid)
        return {-1, -1};
    const QRectF r = plotRect();
    if (!r.contains(pos))
        return {-1, -1};
    const auto cols = static_cast<int>(m_grid->recency.size());
    const auto rows = static_cast<int>(m_grid->frequency.size());
    const int c = std::min(cols - 1, static_cast<int>((pos.x() - r.left()) / r.width() * cols));
    // Frequency 0 is the bottom row.
    const int fromTop =
        std::min(rows - 1, static_cast<int>((pos.y() - r.top()) / r.height() * rows));
    return {rows - 1 - fromTop, c};
}

QRectF ClvAliveHeatmap::cellRect(int row, int column) const
{
    if (!m_grid)
        return {};
    const QRectF r = plotRect();
    const auto cols = static_cast<int>(m_grid->recency.size());
    const auto rows = static_cast<int>(m_grid->frequency.size());
    const double cw = r.width() / cols, ch = r.height() / rows;
    return QRectF(r.left() + column * cw, r.bottom() - (row + 1) * ch, cw, ch);
}

bool ClvAliveHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [row, column] = cellAt(help->pos());
        if (row >= 0) {
            const QLocale locale;
            const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column);
            QToolTip::showText(
                help->globalPos(),
                tr("%1 repeat purchases, the last at %2 %3: P(alive) %4 %")
                    .arg(m_grid->frequency[r])
                    .arg(locale.toString(m_grid->frequency[r] == 0 ? 0.0 : m_grid->recency[c], 'f',
                                         1),
                         m_unit, locale.toString(100.0 * m_grid->at(r, c), 'f', 1)),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void ClvAliveHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().text().color());
    if (!m_grid) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const ClvAliveGrid& g = *m_grid;
    const QRectF r = plotRect();
    const auto cols = static_cast<int>(g.recency.size());
    const auto rows = static_cast<int>(g.frequency.size());
    const double cw = r.width() / cols, ch = r.height() / rows;
    const QLocale locale;

    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.drawText(QRectF(0, 4, width(), kTop - 8), Qt::AlignCenter,
               tr("P(alive) by purchase history, customers observed %1 %2")
                   .arg(locale.toString(g.T, 'f', 1), m_unit));
    p.setFont(font());

    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            p.fillRect(cellRect(i, j).adjusted(0, 0, 0.5, 0.5),
                       colorFor(g.at(static_cast<std::size_t>(i), static_cast<std::size_t>(j))));
    p.setPen(palette().mid().color());
    p.drawRect(r);

    // Axis ticks: about six on each axis.
    p.setPen(palette().text().color());
    const QFontMetricsF fm(font());
    const int xStep = std::max(1, cols / 6);
    for (int j = 0; j <= cols; j += xStep) {
        const double x = r.left() + j * cw;
        p.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 4));
        const QString label = locale.toString(g.T * j / cols, 'f', 0);
        p.drawText(QRectF(x - 30, r.bottom() + 5, 60, fm.height()), Qt::AlignHCenter, label);
    }
    const int yStep = std::max(1, rows / 8);
    for (int i = 0; i < rows; i += yStep) {
        const double y = r.bottom() - (i + 0.5) * ch;
        p.drawText(QRectF(r.left() - 40, y - fm.height() / 2, 34, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(g.frequency[static_cast<std::size_t>(i)]));
    }
    p.drawText(QRectF(r.left(), r.bottom() + 6 + fm.height(), r.width(), fm.height() + 4),
               Qt::AlignHCenter, xTitle());
    p.save();
    p.translate(14, r.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, -fm.height() / 2, r.height(), fm.height() + 2),
               Qt::AlignCenter, yTitle());
    p.restore();

    // Legend: a vertical colour bar from 0 % to 100 %.
    const QRectF bar(r.right() + 16, r.top(), 14, r.height());
    for (int k = 0; k < 100; ++k) {
        const double t = k / 99.0;
        p.fillRect(QRectF(bar.left(), bar.bottom() - (k + 1) * bar.height() / 100, bar.width(),
                          bar.height() / 100 + 0.5),
                   colorFor(t));
    }
    p.setPen(palette().mid().color());
    p.drawRect(bar);
    p.setPen(palette().text().color());
    for (int pct : {0, 50, 100}) {
        const double y = bar.bottom() - bar.height() * pct / 100.0;
        p.drawText(QRectF(bar.right() + 4, y - fm.height() / 2, 50, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 %").arg(pct));
    }
}

} // namespace vd::gui
