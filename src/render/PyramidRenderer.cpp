#include "PyramidRenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <cmath>

namespace vd::render {

namespace {

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x4b, 0x55, 0x63);
const QColor kOutline(0x6b, 0x72, 0x80);
const QColor kMissing(0xe5, 0xe7, 0xeb);
const QColor kSelected(0x25, 0x63, 0xeb);

QFont font(double pixelSize, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

// Relative luminance (WCAG 2.x) decides between dark and white text on a band.
QColor textOn(const QColor& fill)
{
    auto lin = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l =
        0.2126 * lin(fill.redF()) + 0.7152 * lin(fill.greenF()) + 0.0722 * lin(fill.blueF());
    return l > 0.30 ? kInk : Qt::white;
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}
// Explicit sign with a true minus (U+2212), easier to read from the back of a room.
QString signedNumber(double v, int decimals)
{
    QString s = number(std::abs(v), decimals);
    if (s == number(0.0, decimals))
        return s;
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + s;
}
QString percent(double fraction)
{
    return number(fraction * 100.0, 1) + QStringLiteral(" %");
}
QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

} // namespace

// --- colours ---------------------------------------------------------------------------------

QColor PyramidRenderer::gapColor(double gap, double range)
{
    // ColorBrewer RdBu, 7 classes, blue for negative gaps and red for positive ones.
    static const std::array<QColor, 7> kScale{QColor(0x21, 0x66, 0xac), QColor(0x67, 0xa9, 0xcf),
                                              QColor(0xd1, 0xe5, 0xf0), QColor(0xf7, 0xf7, 0xf7),
                                              QColor(0xfd, 0xdb, 0xc7), QColor(0xef, 0x8a, 0x62),
                                              QColor(0xb2, 0x18, 0x2b)};
    if (!std::isfinite(gap) || !(range > 0.0))
        return kMissing;
    const double t = (std::clamp(gap / range, -1.0, 1.0) + 1.0) / 2.0 * 6.0; // 0..6
    const int i = std::min(5, static_cast<int>(std::floor(t)));
    const double f = t - i;
    const QColor& a = kScale[static_cast<std::size_t>(i)];
    const QColor& b = kScale[static_cast<std::size_t>(i + 1)];
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
}

double PyramidRenderer::gapRange(const std::vector<const value::ValueReport*>& reports)
{
    double m = 0.0;
    for (const auto* r : reports)
        if (r)
            for (const auto& l : r->layers)
                if (l.gap)
                    m = std::max(m, std::abs(l.gap->mean));
    return std::max(0.5, std::ceil(m * 2.0 - 1e-9) / 2.0);
}

QString PyramidRenderer::populationName(const value::Population& population)
{
    return population.wholeBase() ? tr("Whole base")
                                  : QString::fromStdString(population.displayName());
}

// --- specs -----------------------------------------------------------------------------------

PyramidSpec PyramidRenderer::valuePyramid(const value::ValueReport& report, ValueSizing sizing,
                                          double range)
{
    PyramidSpec s;
    s.title = tr("Customer value pyramid");
    s.subtitle = populationName(report.filter.population) + QStringLiteral(" · ") +
                 tr("%1 responses").arg(count(report.responses)) + QStringLiteral(" · ") +
                 tr("score = importance-weighted performance (1–7)");
    s.proportional = sizing != ValueSizing::Equal;
    const int pct = static_cast<int>(std::lround(report.confidence * 100));
    // Literal arrays so that lupdate finds every string.
    static const char* const kNames[] = {QT_TRANSLATE_NOOP("PyramidRenderer", "Basic"),
                                         QT_TRANSLATE_NOOP("PyramidRenderer", "Value-added"),
                                         QT_TRANSLATE_NOOP("PyramidRenderer", "Differentiation")};
    static const char* const kSubtitles[] = {
        QT_TRANSLATE_NOOP("PyramidRenderer", "Product and price"),
        QT_TRANSLATE_NOOP("PyramidRenderer", "Service and experience"),
        QT_TRANSLATE_NOOP("PyramidRenderer", "Brand and emotional connection")};
    for (const auto& l : report.layers) {
        PyramidBand b;
        const auto idx = static_cast<std::size_t>(l.layer);
        b.title = tr(kNames[idx]);
        b.subtitle = tr(kSubtitles[idx]);
        if (l.score) {
            b.value = number(l.score->mean, 2);
            b.details << (l.score->hasInterval
                              ? tr("%1 % CI %2–%3 · n = %4")
                                    .arg(pct)
                                    .arg(number(l.score->lower, 2), number(l.score->upper, 2),
                                         count(l.score->n))
                              : tr("n = %1 (too few for an interval)").arg(count(l.score->n)));
        } else {
            b.value = QStringLiteral("—");
            b.missing = true;
            b.details << tr("No ratings");
        }
        if (l.gap)
            b.details << tr("Gap %1 (expectation − experience)").arg(signedNumber(l.gap->mean, 2));
        else
            b.details << tr("Gap: no expectation ratings");
        b.details << tr("%1 of %2 attributes rated").arg(l.ratedAttributes).arg(l.attributes);
        b.fill = l.gap ? gapColor(l.gap->mean, range) : kMissing;
        switch (sizing) {
        case ValueSizing::Equal:
            b.size = 1.0;
            break;
        case ValueSizing::Score:
            b.size = l.score ? value::benefitScore(l.score->mean) : 0.0;
            break;
        case ValueSizing::Responses:
            b.size = l.score ? static_cast<double>(l.score->n) : 0.0;
            break;
        }
        b.tooltip = QStringLiteral("<b>%1</b> — %2<br>").arg(b.title, b.subtitle) +
                    tr("Score %1 on 1–7").arg(b.value) + QStringLiteral("<br>") +
                    b.details.join(QStringLiteral("<br>"));
        s.bands.push_back(std::move(b));
    }
    s.legend.kind = PyramidLegend::Kind::Diverging;
    s.legend.title = tr("Layer colour: value gap = expectation − experience (1–7 scale)");
    s.legend.range = range;
    s.legend.lowLabel = tr("exceeds expectations");
    s.legend.highLabel = tr("falls short");
    switch (sizing) {
    case ValueSizing::Equal:
        s.footnote = tr("Equal layers.");
        break;
    case ValueSizing::Score:
        s.footnote = tr("Layer area ∝ score rescaled to 0–100.");
        break;
    case ValueSizing::Responses:
        s.footnote = tr("Layer area ∝ responses that scored the layer.");
        break;
    }
    s.footnote +=
        QStringLiteral(" ") + tr("Intervals: Student t over responses. Hatched: no ratings.");
    return s;
}

PyramidSpec PyramidRenderer::customerPyramid(const value::CustomerPyramid& pyramid,
                                             TierSizing sizing, const QString& populationName)
{
    PyramidSpec s;
    s.title = tr("Customer pyramid");
    const QString date =
        QDateTime::fromSecsSinceEpoch(pyramid.createdAt, QTimeZone::utc()).toString("yyyy-MM-dd");
    s.subtitle = QString::fromStdString(pyramid.name) + QStringLiteral(" (") + date +
                 QStringLiteral(") · ") + populationName + QStringLiteral(" · ") +
                 tr("%1 customers").arg(count(pyramid.customers));
    s.proportional = true;
    // Metal colours, light at the top: platinum, gold, iron, lead.
    static const std::array<QColor, 4> kFill{QColor(0xc9, 0xd3, 0xe0), QColor(0xe6, 0xb4, 0x22),
                                             QColor(0x8a, 0x8f, 0x98), QColor(0x4b, 0x55, 0x63)};
    static const char* const kNames[] = {QT_TRANSLATE_NOOP("PyramidRenderer", "Platinum"),
                                         QT_TRANSLATE_NOOP("PyramidRenderer", "Gold"),
                                         QT_TRANSLATE_NOOP("PyramidRenderer", "Iron"),
                                         QT_TRANSLATE_NOOP("PyramidRenderer", "Lead")};
    for (auto it = pyramid.tiers.rbegin(); it != pyramid.tiers.rend(); ++it) {
        const value::TierResult& t = *it;
        PyramidBand b;
        b.title = tr(kNames[static_cast<std::size_t>(t.tier)]);
        b.value = count(t.customers);
        b.fill = kFill[static_cast<std::size_t>(t.tier)];
        b.details << tr("%1 of customers").arg(percent(t.customerShare));
        b.details
            << (t.revenueShare
                    ? tr("%1 of revenue (%2)").arg(percent(*t.revenueShare), number(t.revenue, 0))
                    : tr("Revenue %1").arg(number(t.revenue, 0)));
        b.details
            << (t.clvShare
                    ? tr("%1 of CLV (%2)").arg(percent(*t.clvShare), number(t.clv.value_or(0.0), 0))
                    : tr("CLV: no predictions"));
        switch (sizing) {
        case TierSizing::Customers:
            b.size = static_cast<double>(t.customers);
            break;
        case TierSizing::Revenue:
            b.size = t.revenueShare.value_or(0.0);
            break;
        case TierSizing::Clv:
            b.size = t.clvShare.value_or(0.0);
            break;
        }
        b.tooltip = QStringLiteral("<b>%1</b><br>").arg(b.title) + tr("%1 customers").arg(b.value) +
                    QStringLiteral("<br>") + b.details.join(QStringLiteral("<br>"));
        s.bands.push_back(std::move(b));
    }
    switch (sizing) {
    case TierSizing::Customers:
        s.footnote = tr("Tier area ∝ customers.");
        break;
    case TierSizing::Revenue:
        s.footnote = tr("Tier area ∝ revenue (net of returns).");
        break;
    case TierSizing::Clv:
        s.footnote = tr("Tier area ∝ predicted CLV.");
        break;
    }
    if (pyramid.otherMembers > 0)
        s.footnote +=
            QStringLiteral(" ") +
            tr("%1 members with another label are not shown.").arg(count(pyramid.otherMembers));
    return s;
}

// --- layout ----------------------------------------------------------------------------------

PyramidRenderer::Layout PyramidRenderer::layout(const QRectF& bounds) const
{
    Layout l;
    const double margin = std::clamp(bounds.width() * 0.025, 8.0, 24.0);
    QRectF body = bounds.adjusted(margin, margin, -margin, -margin);
    if (!m_spec.title.isEmpty())
        body.setTop(body.top() + 32);
    if (!m_spec.subtitle.isEmpty())
        body.setTop(body.top() + 24);
    body.setTop(body.top() + 8);
    if (!m_spec.footnote.isEmpty()) {
        l.footnote = QRectF(body.left(), body.bottom() - 18, body.width(), 18);
        body.setBottom(body.bottom() - 22);
    }
    if (m_spec.legend.kind != PyramidLegend::Kind::None) {
        l.legend = QRectF(body.left(), body.bottom() - 58, body.width(), 58);
        body.setBottom(body.bottom() - 66);
    }
    const double pyramidWidth = std::min(body.width() * 0.5, body.height() * 1.25);
    l.pyramid = QRectF(body.left(), body.top(), pyramidWidth, std::max(1.0, body.height()));
    l.callouts = QRectF(l.pyramid.right() + 36, body.top(),
                        std::max(1.0, body.right() - l.pyramid.right() - 36), l.pyramid.height());

    const auto n = m_spec.bands.size();
    l.edges.assign(n + 1, 0.0);
    if (n == 0)
        return l;
    std::vector<double> share(n, 1.0 / static_cast<double>(n)); // top-down
    if (m_spec.proportional) {
        double total = 0.0;
        for (const auto& b : m_spec.bands)
            total += std::isfinite(b.size) ? std::max(0.0, b.size) : 0.0;
        if (total > 0.0) {
            // Tiny bands keep a readable minimum of 6 % of the area.
            double sum = 0.0;
            for (std::size_t k = 0; k < n; ++k) {
                const double v = m_spec.bands[n - 1 - k].size;
                share[k] = std::max(0.06, (std::isfinite(v) ? std::max(0.0, v) : 0.0) / total);
                sum += share[k];
            }
            for (double& v : share)
                v /= sum;
        }
    }
    // Area of the truncated pyramid from the top to depth t (0..1), relative to the whole:
    // width w(t) = r + (1 - r) t, so A(t) = (r t + (1 - r) t^2 / 2) / (r + (1 - r) / 2).
    // Equal bands use equal heights; proportional ones solve A(t) = cumulative share.
    const double r = l.topRatio;
    double cumulative = 0.0;
    for (std::size_t k = 1; k <= n; ++k) {
        cumulative += share[k - 1];
        if (!m_spec.proportional) {
            l.edges[k] = static_cast<double>(k) / static_cast<double>(n);
            continue;
        }
        const double a = (1.0 - r) / 2.0, c = cumulative * (r + (1.0 - r) / 2.0);
        l.edges[k] = std::clamp((-r + std::sqrt(r * r + 4.0 * a * c)) / (2.0 * a), 0.0, 1.0);
    }
    l.edges[n] = 1.0;
    return l;
}

QPolygonF PyramidRenderer::polygon(const Layout& l, int index) const
{
    const int n = static_cast<int>(m_spec.bands.size());
    if (index < 0 || index >= n)
        return {};
    const auto k = static_cast<std::size_t>(n - 1 - index); // top-down position
    const QRectF& p = l.pyramid;
    const double cx = p.center().x();
    auto halfWidth = [&](double t) {
        return p.width() / 2.0 * (l.topRatio + (1.0 - l.topRatio) * t);
    };
    const double gap = 2.0; // white separation between bands
    const double t0 = l.edges[k], t1 = l.edges[k + 1];
    const double y0 = p.top() + t0 * p.height() + (k > 0 ? gap : 0.0);
    const double y1 = p.top() + t1 * p.height() - (k + 1 < l.edges.size() - 1 ? gap : 0.0);
    const double w0 = halfWidth(t0), w1 = halfWidth(t1);
    return QPolygonF(
        {QPointF(cx - w0, y0), QPointF(cx + w0, y0), QPointF(cx + w1, y1), QPointF(cx - w1, y1)});
}

QPolygonF PyramidRenderer::bandPolygon(int index, const QRectF& bounds) const
{
    return polygon(layout(bounds), index);
}

int PyramidRenderer::bandAt(const QPointF& point, const QRectF& bounds) const
{
    const Layout l = layout(bounds);
    const int n = static_cast<int>(m_spec.bands.size());
    const int shown = m_spec.revealed < 0 ? n : std::min(n, m_spec.revealed);
    for (int i = 0; i < shown; ++i)
        if (polygon(l, i).containsPoint(point, Qt::OddEvenFill))
            return i;
    return -1;
}

// --- painting --------------------------------------------------------------------------------

void PyramidRenderer::paint(QPainter& p, const QRectF& bounds) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Layout l = layout(bounds);
    const double margin = std::clamp(bounds.width() * 0.025, 8.0, 24.0);
    double y = bounds.top() + margin;
    if (!m_spec.title.isEmpty()) {
        p.setFont(font(22, true));
        p.setPen(kInk);
        p.drawText(QRectF(bounds.left() + margin, y, bounds.width() - 2 * margin, 30),
                   Qt::AlignLeft | Qt::AlignVCenter, m_spec.title);
        y += 32;
    }
    if (!m_spec.subtitle.isEmpty()) {
        p.setFont(font(13));
        p.setPen(kMuted);
        const QRectF r(bounds.left() + margin, y, bounds.width() - 2 * margin, 22);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(m_spec.subtitle, Qt::ElideRight, r.width()));
    }
    paintBands(p, l);
    paintCallouts(p, l);
    paintLegend(p, l);
    if (!m_spec.footnote.isEmpty()) {
        p.setFont(font(11));
        p.setPen(kMuted);
        p.drawText(l.footnote, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(m_spec.footnote, Qt::ElideRight,
                                                      l.footnote.width()));
    }
    p.restore();
}

void PyramidRenderer::paintBands(QPainter& p, const Layout& l) const
{
    const int n = static_cast<int>(m_spec.bands.size());
    const int shown = m_spec.revealed < 0 ? n : std::min(n, m_spec.revealed);
    for (int i = 0; i < n; ++i) {
        const PyramidBand& b = m_spec.bands[static_cast<std::size_t>(i)];
        const QPolygonF poly = polygon(l, i);
        if (i >= shown) {
            // Not yet revealed in a presentation: a faint dashed outline only.
            p.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(poly);
            continue;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(b.missing ? kMissing : b.fill);
        p.drawPolygon(poly);
        if (b.missing) {
            p.setBrush(QBrush(QColor(0x9c, 0xa3, 0xaf), Qt::BDiagPattern));
            p.drawPolygon(poly);
        }
        QPen outline(kOutline, 1.0);
        if (i == m_spec.selected)
            outline = QPen(kSelected, 3.5);
        else if (i == m_spec.highlighted)
            outline = QPen(kInk, 2.5);
        outline.setJoinStyle(Qt::MiterJoin);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(poly);

        // Text inside: the number always (when it fits), the title above it when there is
        // room. The callout beside the band repeats both, so nothing is lost when it does not.
        const QRectF box = poly.boundingRect();
        const double inner = (poly[1].x() - poly[0].x() + poly[2].x() - poly[3].x()) / 2.0 - 16;
        const QColor ink = b.missing ? kInk : textOn(b.fill);
        p.setPen(ink);
        const double valueSize = std::clamp(box.height() * 0.42, 12.0, 30.0);
        QFont vf = font(valueSize, true);
        QFont tf = font(std::clamp(box.height() * 0.2, 11.0, 17.0), true);
        // Shrink a long title ("Differentiation" in a narrow top band) before dropping it.
        while (tf.pixelSize() > 11 && QFontMetricsF(tf).horizontalAdvance(b.title) > inner)
            tf.setPixelSize(tf.pixelSize() - 1);
        const double vh = QFontMetricsF(vf).height(), th = QFontMetricsF(tf).height();
        const bool titleFits =
            box.height() >= vh + th + 10 && QFontMetricsF(tf).horizontalAdvance(b.title) <= inner;
        const bool valueFits = QFontMetricsF(vf).horizontalAdvance(b.value) <= inner;
        const double total = (titleFits ? th : 0.0) + (valueFits ? vh : 0.0);
        double ty = box.center().y() - total / 2.0;
        if (titleFits) {
            p.setFont(tf);
            p.drawText(QRectF(box.left(), ty, box.width(), th), Qt::AlignCenter, b.title);
            ty += th;
        }
        if (valueFits) {
            p.setFont(vf);
            p.drawText(QRectF(box.left(), ty, box.width(), vh), Qt::AlignCenter, b.value);
        }
    }
}

void PyramidRenderer::paintCallouts(QPainter& p, const Layout& l) const
{
    const int n = static_cast<int>(m_spec.bands.size());
    const int shown = m_spec.revealed < 0 ? n : std::min(n, m_spec.revealed);
    if (shown == 0 || l.callouts.width() < 40)
        return;
    const QFont titleFont = font(16, true), subFont = font(12), detailFont = font(13);
    const double titleH = QFontMetricsF(titleFont).height();
    const double subH = QFontMetricsF(subFont).height();
    const double detailH = QFontMetricsF(detailFont).height();
    struct Block
    {
        int index;
        double anchorY;
        double top;
        double height;
    };
    std::vector<Block> blocks; // top-down
    for (int i = shown - 1; i >= 0; --i) {
        const PyramidBand& b = m_spec.bands[static_cast<std::size_t>(i)];
        const double h = titleH + (b.subtitle.isEmpty() ? 0.0 : subH) +
                         detailH * static_cast<double>(b.details.size());
        const QRectF box = polygon(l, i).boundingRect();
        blocks.push_back({i, box.center().y(), box.center().y() - h / 2.0, h});
    }
    // Keep blocks apart: push down, then pull back up from the bottom edge.
    const double spacing = 10.0;
    double floorY = l.callouts.top();
    for (auto& bl : blocks) {
        bl.top = std::max(bl.top, floorY);
        floorY = bl.top + bl.height + spacing;
    }
    double ceilY = l.callouts.bottom();
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        it->top = std::min(it->top, ceilY - it->height);
        ceilY = it->top - spacing;
    }
    for (const auto& bl : blocks) {
        const PyramidBand& b = m_spec.bands[static_cast<std::size_t>(bl.index)];
        const QPolygonF poly = polygon(l, bl.index);
        // Leader line from the band's right edge at its middle to the block's title.
        const double edgeX = (poly[1].x() + poly[2].x()) / 2.0;
        const QPointF from(edgeX + 4, bl.anchorY);
        const QPointF to(l.callouts.left() - 6, bl.top + titleH / 2.0);
        p.setPen(QPen(kOutline, 1.0));
        p.drawLine(from, QPointF(from.x() + 10, from.y()));
        p.drawLine(QPointF(from.x() + 10, from.y()), to);
        p.setBrush(bl.index == m_spec.selected ? kSelected : kOutline);
        p.drawEllipse(from, 2.5, 2.5);

        double y = bl.top;
        const double w = l.callouts.width();
        // A swatch ties the text to the band's colour.
        p.setPen(QPen(kOutline, 0.8));
        p.setBrush(b.missing ? kMissing : b.fill);
        p.drawRect(QRectF(l.callouts.left(), y + titleH * 0.2, titleH * 0.6, titleH * 0.6));
        p.setFont(titleFont);
        p.setPen(bl.index == m_spec.selected ? kSelected : kInk);
        const double textX = l.callouts.left() + titleH * 0.85;
        const QString head = b.value.isEmpty() ? b.title : b.title + QStringLiteral("  ") + b.value;
        p.drawText(QRectF(textX, y, w - (textX - l.callouts.left()), titleH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(titleFont).elidedText(head, Qt::ElideRight,
                                                       w - (textX - l.callouts.left())));
        y += titleH;
        if (!b.subtitle.isEmpty()) {
            p.setFont(subFont);
            p.setPen(kMuted);
            p.drawText(QRectF(textX, y, w, subH), Qt::AlignLeft | Qt::AlignVCenter, b.subtitle);
            y += subH;
        }
        p.setFont(detailFont);
        p.setPen(kInk);
        for (const QString& d : b.details) {
            p.drawText(QRectF(textX, y, w - (textX - l.callouts.left()), detailH),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(detailFont)
                           .elidedText(d, Qt::ElideRight, w - (textX - l.callouts.left())));
            y += detailH;
        }
    }
}

void PyramidRenderer::paintLegend(QPainter& p, const Layout& l) const
{
    const PyramidLegend& g = m_spec.legend;
    if (g.kind != PyramidLegend::Kind::Diverging || l.legend.isEmpty())
        return;
    const QRectF r = l.legend;
    p.setFont(font(12, true));
    p.setPen(kInk);
    p.drawText(QRectF(r.left(), r.top(), r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(g.title, Qt::ElideRight, r.width()));
    const double barW = std::min(r.width() - 20, 360.0);
    const QRectF bar(r.left() + 10, r.top() + 20, barW, 12);
    QLinearGradient grad(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 12; ++i) {
        const double f = i / 12.0;
        grad.setColorAt(f, gapColor((f * 2.0 - 1.0) * g.range, g.range));
    }
    p.setPen(QPen(kOutline, 0.8));
    p.setBrush(grad);
    p.drawRect(bar);
    p.setFont(font(11));
    for (int i = 0; i <= 4; ++i) {
        const double f = i / 4.0;
        const double x = bar.left() + f * bar.width();
        p.setPen(QPen(kOutline, 0.8));
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 4));
        p.setPen(kInk);
        const double v = (f * 2.0 - 1.0) * g.range;
        p.drawText(QRectF(x - 30, bar.bottom() + 4, 60, 14), Qt::AlignCenter,
                   std::abs(v) < 1e-12 ? QStringLiteral("0") : signedNumber(v, 2));
    }
    p.setPen(kMuted);
    p.drawText(QRectF(bar.left(), bar.bottom() + 18, barW / 2, 14),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("← ") + g.lowLabel);
    p.drawText(QRectF(bar.center().x(), bar.bottom() + 18, barW / 2, 14),
               Qt::AlignRight | Qt::AlignVCenter, g.highLabel + QStringLiteral(" →"));
}

void PyramidRenderer::paintAll(QPainter& p, const QRectF& bounds,
                               const std::vector<PyramidSpec>& specs)
{
    if (specs.empty())
        return;
    const double w = bounds.width() / static_cast<double>(specs.size());
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const QRectF cell(bounds.left() + w * static_cast<double>(i), bounds.top(), w,
                          bounds.height());
        PyramidRenderer(specs[i]).paint(p, cell);
        if (i > 0) {
            p.save();
            p.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 1.0));
            p.drawLine(cell.topLeft() + QPointF(0, 12), cell.bottomLeft() - QPointF(0, 12));
            p.restore();
        }
    }
}

} // namespace vd::render
