#include "DashboardIpaChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace vd::gui {

namespace {

QColor quadrantColor(loyalty::IpaQuadrant q)
{
    switch (q) {
    case loyalty::IpaQuadrant::ConcentrateHere:
        return QColor(0xb9, 0x1c, 0x1c);
    case loyalty::IpaQuadrant::KeepUpTheGoodWork:
        return QColor(0x15, 0x80, 0x3d);
    case loyalty::IpaQuadrant::PossibleOverkill:
        return QColor(0xd9, 0x77, 0x06);
    case loyalty::IpaQuadrant::LowPriority:
        return QColor(0x6b, 0x72, 0x80);
    }
    return Qt::gray;
}

// Round axis bounds outward to a step that gives 4-8 ticks.
void niceRange(double lo, double hi, double& outLo, double& outHi, double& step)
{
    if (hi - lo < 1e-9) {
        lo -= 0.5;
        hi += 0.5;
    }
    const double raw = (hi - lo) / 5.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    step = (norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0) * mag;
    outLo = std::floor(lo / step) * step;
    outHi = std::ceil(hi / step) * step;
}

} // namespace

DashboardIpaChart::DashboardIpaChart(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(360, 280);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void DashboardIpaChart::setResult(const loyalty::IpaResult& result, bool chinese)
{
    m_result = result;
    m_chinese = chinese;
    m_message.clear();
    update();
}

void DashboardIpaChart::showMessage(const QString& text)
{
    m_result = {};
    m_message = text;
    update();
}

void DashboardIpaChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.drawText(QRect(0, 4, width(), fm.height() + 4), Qt::AlignHCenter,
               tr("Importance–performance matrix"));
    p.setFont(font());
    if (m_result.attributes.empty()) {
        p.setPen(palette().color(QPalette::Mid));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("No attribute ratings") : m_message);
        return;
    }

    const QRectF plot(60, fm.height() + 14, width() - 80, height() - fm.height() * 3 - 30);
    double pMin = 7, pMax = 1, iMin = 1e300, iMax = -1e300;
    for (const auto& a : m_result.attributes) {
        pMin = std::min(pMin, a.performance);
        pMax = std::max(pMax, a.performance);
        iMin = std::min(iMin, a.importance);
        iMax = std::max(iMax, a.importance);
    }
    double x0, x1, xs, y0, y1, ys;
    niceRange(pMin, pMax, x0, x1, xs);
    niceRange(iMin, iMax, y0, y1, ys);
    auto map = [&](double perf, double imp) {
        return QPointF(plot.left() + (perf - x0) / (x1 - x0) * plot.width(),
                       plot.bottom() - (imp - y0) / (y1 - y0) * plot.height());
    };

    // Frame, ticks and axis titles.
    const QLocale loc;
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);
    for (double v = x0; v <= x1 + xs / 2; v += xs) {
        const QPointF at = map(v, y0);
        p.drawLine(at, at + QPointF(0, 4));
        p.drawText(QRectF(at.x() - 30, at.y() + 5, 60, fm.height()), Qt::AlignHCenter,
                   loc.toString(v, 'g', 3));
    }
    for (double v = y0; v <= y1 + ys / 2; v += ys) {
        const QPointF at = map(x0, v);
        p.drawLine(at, at - QPointF(4, 0));
        p.drawText(QRectF(at.x() - 48, at.y() - fm.height() / 2.0, 42, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, loc.toString(v, 'g', 3));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 8, plot.width(), fm.height()),
               Qt::AlignHCenter, tr("Performance (mean rating, 1–7)"));
    p.save();
    p.translate(14, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2.0, plot.height(), fm.height() + 2),
               Qt::AlignHCenter,
               m_result.derived ? tr("Derived importance (share of R², %)")
                                : tr("Stated importance (mean rating, 1–7)"));
    p.restore();

    // Crosshairs and quadrant names.
    QPen cross(palette().color(QPalette::Mid), 1, Qt::DashLine);
    p.setPen(cross);
    const QPointF c = map(m_result.performanceCut, m_result.importanceCut);
    p.drawLine(QPointF(c.x(), plot.top()), QPointF(c.x(), plot.bottom()));
    p.drawLine(QPointF(plot.left(), c.y()), QPointF(plot.right(), c.y()));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    small.setItalic(true);
    p.setFont(small);
    const QRectF inner = plot.adjusted(6, 4, -6, -4);
    p.setPen(quadrantColor(loyalty::IpaQuadrant::ConcentrateHere));
    p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, tr("Concentrate here"));
    p.setPen(quadrantColor(loyalty::IpaQuadrant::KeepUpTheGoodWork));
    p.drawText(inner, Qt::AlignRight | Qt::AlignTop, tr("Keep up the good work"));
    p.setPen(quadrantColor(loyalty::IpaQuadrant::LowPriority));
    p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, tr("Low priority"));
    p.setPen(quadrantColor(loyalty::IpaQuadrant::PossibleOverkill));
    p.drawText(inner, Qt::AlignRight | Qt::AlignBottom, tr("Possible overkill"));
    p.setFont(font());

    // Points with their names; labels alternate sides to limit overlaps.
    int i = 0;
    for (const auto& a : m_result.attributes) {
        const QPointF at = map(a.performance, a.importance);
        const QColor col = quadrantColor(a.quadrant);
        p.setPen(Qt::NoPen);
        p.setBrush(col);
        p.drawEllipse(at, 4.5, 4.5);
        const QString name =
            QString::fromStdString(m_chinese && !a.nameZh.empty() ? a.nameZh : a.name);
        const int w = fm.horizontalAdvance(name);
        const bool left = at.x() + 8 + w > plot.right() || (i % 2 == 1 && at.x() - 8 - w > plot.left());
        const QPointF text = left ? at + QPointF(-8 - w, 4) : at + QPointF(8, 4);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(text, name);
        ++i;
    }
}

} // namespace vd::gui
