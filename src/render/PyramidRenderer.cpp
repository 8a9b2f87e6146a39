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
#include <optional>

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

QString attributeTitle(const value::Attribute& a)
{
    if (QLocale().language() == QLocale::Chinese && !a.nameZh.empty())
        return QString::fromStdString(a.nameZh);
    return QString::fromStdString(a.name);
}

// The layer's attributes with their means for the hover: what the layer's score is made of.
QString attributeTable(const value::ValueReport& report, value::Layer layer)
{
    auto mean = [](const std::optional<loyalty::MeanResult>& m) {
        return m ? number(m->mean, 2) : QStringLiteral("—");
    };
    QString rows;
    for (const auto& a : report.attributes) {
        if (a.attribute.layer != layer)
            continue;
        rows += QStringLiteral("<tr><td>%1%2</td><td align=right>%3</td><td align=right>%4</td>"
                               "<td align=right>%5</td><td align=right>%6</td></tr>")
                    .arg(attributeTitle(a.attribute).toHtmlEscaped(),
                         a.attribute.isCost ? QStringLiteral(" *") : QString(), mean(a.importance),
                         mean(a.performance), mean(a.expectation),
                         a.gap ? signedNumber(a.gap->mean, 2) : QStringLiteral("—"));
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<table cellspacing=0 cellpadding=2 style='margin-top:6px'><tr>"
                          "<th align=left>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                          "</tr>")
               .arg(PyramidRenderer::tr("Attribute"), PyramidRenderer::tr("Importance"),
                    PyramidRenderer::tr("Performance"), PyramidRenderer::tr("Expectation"),
                    PyramidRenderer::tr("Gap")) +
           rows + QStringLiteral("</table>") +
           PyramidRenderer::tr("Means on 1–7; gap = expectation − experience; * cost attribute "
                               "(high performance = the cost feels low).");
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
            // The legend below says what the gap is; the callout only has room for the number.
            b.details << tr("Gap %1").arg(signedNumber(l.gap->mean, 2));
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
                    b.details.join(QStringLiteral("<br>")) + attributeTable(report, l.layer);
        s.bands.push_back(std::move(b));
    }
    s.legend.kind = PyramidLegend::Kind::Diverging;
    s.legend.title = tr("Layer colour: value gap = expectation − experience (1–7 scale)");
    s.legend.range = range;
    s.legend.lowLabel = tr("exceeds expectations");
    s.legend.highLabel = tr("falls short");
    switch (sizing) {
    case ValueSizing::Equal:
        s.footnote = tr("Equal layers: the number is the score, the colour the gap.");
        break;
    case ValueSizing::Score:
        s.footnote = tr("Layer area ∝ score rescaled to 0–100 (not importance).");
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

namespace {

// The design cell: every pixel size below is for a 600 x 520 drawing and scaled with it.
constexpr double kDesignWidth = 600.0;
constexpr double kDesignHeight = 520.0;
constexpr double kMinScale = 0.85;
constexpr double kMaxScale = 3.0;
constexpr double kMinFontPx = 8.0;

double lineHeight(double px, bool bold = false)
{
    return QFontMetricsF(font(px, bold)).height();
}

// Height of `text` wrapped at words into lines of `width`.
double wrappedHeight(const QFontMetricsF& fm, double width, const QString& text)
{
    return fm.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), Qt::TextWordWrap, text)
        .height();
}

} // namespace

double PyramidRenderer::fontScale(const QRectF& bounds)
{
    const double k = std::min(bounds.width() / kDesignWidth, bounds.height() / kDesignHeight);
    return std::clamp(std::isfinite(k) ? k : 1.0, kMinScale, kMaxScale);
}

PyramidRenderer::Layout PyramidRenderer::layout(const QRectF& bounds) const
{
    Layout l;
    const double k = fontScale(bounds);
    l.scale = k;
    const double margin = std::clamp(16.0 * k, 8.0, 48.0);
    QRectF body = bounds.adjusted(margin, margin, -margin, -margin);
    double y = body.top();
    if (!m_spec.title.isEmpty()) {
        l.title = QRectF(body.left(), y, body.width(), lineHeight(22 * k, true) + 4 * k);
        y = l.title.bottom() + 2 * k;
    }
    if (!m_spec.subtitle.isEmpty()) {
        l.subtitle = QRectF(body.left(), y, body.width(), lineHeight(13 * k) + 4 * k);
        y = l.subtitle.bottom();
    }
    body.setTop(y + 8 * k);
    if (m_spec.legend.kind != PyramidLegend::Kind::None) {
        const double h = 58 * k;
        l.legend = QRectF(body.left(), body.bottom() - h, body.width(), h);
        body.setBottom(body.bottom() - h - 8 * k);
    }
    // The footnote explains the sizing; it is the first thing to go when space is short.
    if (!m_spec.footnote.isEmpty() && body.height() > 220 * k) {
        // One line, or two when one is too short for it.
        const QFontMetricsF fm(font(11 * k));
        const double h =
            std::min(wrappedHeight(fm, body.width(), m_spec.footnote), 2.0 * fm.lineSpacing()) +
            2 * k;
        l.footnote = QRectF(body.left(), bounds.bottom() - margin - h, body.width(), h);
        if (!l.legend.isEmpty())
            l.legend.translate(0, -(h + 4 * k));
        body.setBottom(body.bottom() - h - 4 * k);
    }
    body.setHeight(std::max(1.0, body.height()));

    // A pyramid about as wide as it is high, at most half the width; the callouts beside it.
    const double gapX = 36 * k;
    const double pyramidWidth = std::max(1.0, std::min(body.width() * 0.5, body.height() * 1.25));
    const double pyramidHeight = std::min(body.height(), pyramidWidth * 1.25);
    // The callouts need as much width as their longest line; any width beyond that centres
    // the whole drawing instead of leaving the right half of a wide panel empty.
    double needed = 0.0;
    {
        const QFontMetricsF titleM(font(16 * k, true)), subM(font(12 * k)), detailM(font(13 * k));
        for (const auto& b : m_spec.bands) {
            const QString head =
                b.value.isEmpty() ? b.title : b.title + QStringLiteral("  ") + b.value;
            needed = std::max(needed, titleM.horizontalAdvance(head) + titleM.height() * 0.85);
            needed = std::max(needed, subM.horizontalAdvance(b.subtitle) + titleM.height() * 0.85);
            for (const QString& d : b.details)
                needed = std::max(needed, detailM.horizontalAdvance(d) + titleM.height() * 0.85);
        }
        needed += 8 * k;
    }
    const double available = body.width() - pyramidWidth - gapX;
    const double shift = available > needed ? (available - needed) / 2.0 : 0.0;
    const double left = body.left() + shift;
    l.pyramid = QRectF(left, body.top() + (body.height() - pyramidHeight) / 2.0, pyramidWidth,
                       std::max(1.0, pyramidHeight));
    l.callouts = QRectF(l.pyramid.right() + gapX, body.top(),
                        std::max(1.0, available - 2.0 * shift), body.height());
    if (!l.legend.isEmpty())
        l.legend.setLeft(left);
    if (!l.footnote.isEmpty()) {
        // Aligned with the centred drawing, unless the narrower line would not hold it.
        const QFontMetricsF fm(font(11 * k));
        if (wrappedHeight(fm, l.footnote.right() - left, m_spec.footnote) <=
            l.footnote.height() - 2 * k + 0.5)
            l.footnote.setLeft(left);
    }

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
            for (std::size_t i = 0; i < n; ++i) {
                const double v = m_spec.bands[n - 1 - i].size;
                share[i] = std::max(0.06, (std::isfinite(v) ? std::max(0.0, v) : 0.0) / total);
                sum += share[i];
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
    for (std::size_t i = 1; i <= n; ++i) {
        cumulative += share[i - 1];
        if (!m_spec.proportional) {
            l.edges[i] = static_cast<double>(i) / static_cast<double>(n);
            continue;
        }
        const double a = (1.0 - r) / 2.0, c = cumulative * (r + (1.0 - r) / 2.0);
        l.edges[i] = std::clamp((-r + std::sqrt(r * r + 4.0 * a * c)) / (2.0 * a), 0.0, 1.0);
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
    const double gap = 2.0 * l.scale; // white separation between bands
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

QRectF PyramidRenderer::headerRect(const QRectF& bounds) const
{
    const Layout l = layout(bounds);
    return l.title.united(l.subtitle);
}

std::vector<PyramidRenderer::Callout> PyramidRenderer::callouts(const Layout& l) const
{
    const int n = static_cast<int>(m_spec.bands.size());
    const int shown = m_spec.revealed < 0 ? n : std::min(n, m_spec.revealed);
    std::vector<Callout> out;
    if (shown == 0 || l.callouts.width() < 40 * l.scale)
        return out;
    const double k = l.scale;
    const double spacing = 10.0 * k;
    // Richest first: every detail line, one, no subtitle, the title alone; then smaller type.
    struct Level
    {
        int details; // -1 = all
        bool subtitle;
    };
    const Level levels[] = {{-1, true}, {1, true}, {1, false}, {0, false}};
    auto height = [&](const PyramidBand& b, const Level& lv, double f) {
        const int d = lv.details < 0
                          ? static_cast<int>(b.details.size())
                          : std::min<int>(lv.details, static_cast<int>(b.details.size()));
        return lineHeight(std::max(kMinFontPx, 16 * k * f), true) +
               (lv.subtitle && !b.subtitle.isEmpty() ? lineHeight(std::max(kMinFontPx, 12 * k * f))
                                                     : 0.0) +
               lineHeight(std::max(kMinFontPx, 13 * k * f)) * d;
    };
    std::optional<std::pair<Level, double>> chosen;
    for (double f = 1.0; !chosen && 13 * k * f >= kMinFontPx - 1e-9; f *= 0.9) {
        for (const Level& lv : levels) {
            // Smaller type only for the barest level.
            if (f < 1.0 && lv.details != 0)
                continue;
            double total = spacing * (shown - 1);
            for (int i = 0; i < shown; ++i)
                total += height(m_spec.bands[static_cast<std::size_t>(i)], lv, f);
            if (total <= l.callouts.height()) {
                chosen = std::pair{lv, f};
                break;
            }
        }
    }
    if (!chosen)
        return out; // no room beside the pyramid: titles and values stay inside the bands
    const auto [level, f] = *chosen;
    for (int i = shown - 1; i >= 0; --i) { // top-down
        const PyramidBand& b = m_spec.bands[static_cast<std::size_t>(i)];
        Callout c;
        c.index = i;
        c.details = level.details < 0
                        ? static_cast<int>(b.details.size())
                        : std::min<int>(level.details, static_cast<int>(b.details.size()));
        c.subtitle = level.subtitle && !b.subtitle.isEmpty();
        c.titlePx = std::max(kMinFontPx, 16 * k * f);
        c.subtitlePx = std::max(kMinFontPx, 12 * k * f);
        c.detailPx = std::max(kMinFontPx, 13 * k * f);
        const double h = height(b, level, f);
        const QRectF box = polygon(l, i).boundingRect();
        c.anchorY = box.center().y();
        c.rect = QRectF(l.callouts.left(), c.anchorY - h / 2.0, l.callouts.width(), h);
        out.push_back(c);
    }
    // Keep blocks apart and inside: push down from the top edge, pull back up from the bottom
    // edge, then push down once more (the blocks fit, so nothing crosses either edge).
    auto pushDown = [&] {
        double floorY = l.callouts.top();
        for (auto& c : out) {
            if (c.rect.top() < floorY)
                c.rect.moveTop(floorY);
            floorY = c.rect.bottom() + spacing;
        }
    };
    pushDown();
    double ceilY = l.callouts.bottom();
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->rect.bottom() > ceilY)
            it->rect.moveBottom(ceilY);
        ceilY = it->rect.top() - spacing;
    }
    pushDown();
    return out;
}

std::vector<QRectF> PyramidRenderer::calloutRects(const QRectF& bounds) const
{
    std::vector<QRectF> rects(m_spec.bands.size());
    for (const Callout& c : callouts(layout(bounds)))
        rects[static_cast<std::size_t>(c.index)] = c.rect;
    return rects;
}

std::vector<int> PyramidRenderer::calloutDetailLines(const QRectF& bounds) const
{
    std::vector<int> lines(m_spec.bands.size(), 0);
    for (const Callout& c : callouts(layout(bounds)))
        lines[static_cast<std::size_t>(c.index)] = c.details;
    return lines;
}

std::vector<QString> PyramidRenderer::cutTexts(const QRectF& bounds) const
{
    std::vector<QString> cut;
    const Layout l = layout(bounds);
    const double k = l.scale;
    auto check = [&](const QFont& f, const QString& text, double width) {
        if (QFontMetricsF(f).horizontalAdvance(text) > width + 0.5)
            cut.push_back(text);
    };
    if (!l.title.isEmpty())
        check(font(22 * k, true), m_spec.title, l.title.width());
    if (!l.subtitle.isEmpty())
        check(font(13 * k), m_spec.subtitle, l.subtitle.width());
    for (const Callout& c : callouts(l)) {
        const PyramidBand& b = m_spec.bands[static_cast<std::size_t>(c.index)];
        const QFont titleFont = font(c.titlePx, true);
        const double textX = c.rect.left() + QFontMetricsF(titleFont).height() * 0.85;
        const double w = c.rect.right() - textX;
        check(titleFont, b.value.isEmpty() ? b.title : b.title + QStringLiteral("  ") + b.value, w);
        if (c.subtitle)
            check(font(c.subtitlePx), b.subtitle, w);
        for (int d = 0; d < c.details; ++d)
            check(font(c.detailPx), b.details[d], w);
    }
    if (!l.footnote.isEmpty() && wrappedHeight(QFontMetricsF(font(11 * k)), l.footnote.width(),
                                               m_spec.footnote) > l.footnote.height() - 2 * k + 0.5)
        cut.push_back(m_spec.footnote);
    return cut;
}

// --- painting --------------------------------------------------------------------------------

void PyramidRenderer::paint(QPainter& p, const QRectF& bounds) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Layout l = layout(bounds);
    const double k = l.scale;
    if (!l.title.isEmpty()) {
        p.setFont(font(22 * k, true));
        p.setPen(kInk);
        p.drawText(
            l.title, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(p.font()).elidedText(m_spec.title, Qt::ElideRight, l.title.width()));
    }
    if (!l.subtitle.isEmpty()) {
        p.setFont(font(13 * k));
        p.setPen(kMuted);
        p.drawText(l.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(m_spec.subtitle, Qt::ElideRight,
                                                      l.subtitle.width()));
    }
    paintBands(p, l);
    paintCallouts(p, l);
    paintLegend(p, l);
    if (!l.footnote.isEmpty()) {
        p.setFont(font(11 * k));
        p.setPen(kMuted);
        p.drawText(l.footnote, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   m_spec.footnote);
    }
    p.restore();
}

void PyramidRenderer::paintBands(QPainter& p, const Layout& l) const
{
    const double k = l.scale;
    const int n = static_cast<int>(m_spec.bands.size());
    const int shown = m_spec.revealed < 0 ? n : std::min(n, m_spec.revealed);
    for (int i = 0; i < n; ++i) {
        const PyramidBand& b = m_spec.bands[static_cast<std::size_t>(i)];
        const QPolygonF poly = polygon(l, i);
        if (i >= shown) {
            // Not yet revealed in a presentation: a faint dashed outline only.
            p.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 1.5 * k, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(poly);
            continue;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(b.missing ? kMissing : b.fill);
        p.drawPolygon(poly);
        if (b.missing) {
            QBrush hatch(QColor(0x9c, 0xa3, 0xaf), Qt::BDiagPattern);
            hatch.setTransform(QTransform::fromScale(k, k));
            p.setBrush(hatch);
            p.drawPolygon(poly);
        }
        QPen outline(kOutline, 1.0 * k);
        if (i == m_spec.selected)
            outline = QPen(kSelected, 3.5 * k);
        else if (i == m_spec.highlighted)
            outline = QPen(kInk, 2.5 * k);
        outline.setJoinStyle(Qt::MiterJoin);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(poly);

        // Text inside: the number always (when it fits), the title above it when there is
        // room. The callout beside the band repeats both, so nothing is lost when it does not.
        const QRectF box = poly.boundingRect();
        const double inner = (poly[1].x() - poly[0].x() + poly[2].x() - poly[3].x()) / 2.0 - 16 * k;
        const QColor ink = b.missing ? kInk : textOn(b.fill);
        p.setPen(ink);
        const double valueSize = std::clamp(box.height() * 0.42, 12.0 * k, 30.0 * k);
        QFont vf = font(valueSize, true);
        QFont tf = font(std::clamp(box.height() * 0.2, 11.0 * k, 17.0 * k), true);
        // Shrink a long title ("Differentiation" in a narrow top band) before dropping it.
        const int minTitle = static_cast<int>(std::lround(std::max(kMinFontPx, 10.0 * k)));
        while (tf.pixelSize() > minTitle && QFontMetricsF(tf).horizontalAdvance(b.title) > inner)
            tf.setPixelSize(tf.pixelSize() - 1);
        const double vh = QFontMetricsF(vf).height(), th = QFontMetricsF(tf).height();
        const bool titleFits = box.height() >= vh + th + 10 * k &&
                               QFontMetricsF(tf).horizontalAdvance(b.title) <= inner;
        const bool valueFits =
            QFontMetricsF(vf).horizontalAdvance(b.value) <= inner && box.height() >= vh * 0.9;
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
    const double k = l.scale;
    for (const Callout& c : callouts(l)) {
        const PyramidBand& b = m_spec.bands[static_cast<std::size_t>(c.index)];
        const QPolygonF poly = polygon(l, c.index);
        const QFont titleFont = font(c.titlePx, true), subFont = font(c.subtitlePx),
                    detailFont = font(c.detailPx);
        const double titleH = QFontMetricsF(titleFont).height();
        const double subH = QFontMetricsF(subFont).height();
        const double detailH = QFontMetricsF(detailFont).height();
        // Leader line from the band's right edge at its middle to the block's title.
        const double edgeX = (poly[1].x() + poly[2].x()) / 2.0;
        const QPointF from(edgeX + 4 * k, c.anchorY);
        const QPointF to(c.rect.left() - 6 * k, c.rect.top() + titleH / 2.0);
        p.setPen(QPen(kOutline, 1.0 * k));
        p.drawLine(from, QPointF(from.x() + 10 * k, from.y()));
        p.drawLine(QPointF(from.x() + 10 * k, from.y()), to);
        p.setBrush(c.index == m_spec.selected ? kSelected : kOutline);
        p.drawEllipse(from, 2.5 * k, 2.5 * k);

        double y = c.rect.top();
        // A swatch ties the text to the band's colour.
        p.setPen(QPen(kOutline, 0.8 * k));
        p.setBrush(b.missing ? kMissing : b.fill);
        p.drawRect(QRectF(c.rect.left(), y + titleH * 0.2, titleH * 0.6, titleH * 0.6));
        const double textX = c.rect.left() + titleH * 0.85;
        const double w = c.rect.right() - textX;
        p.setFont(titleFont);
        p.setPen(c.index == m_spec.selected ? kSelected : kInk);
        const QString head = b.value.isEmpty() ? b.title : b.title + QStringLiteral("  ") + b.value;
        p.drawText(QRectF(textX, y, w, titleH), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(titleFont).elidedText(head, Qt::ElideRight, w));
        y += titleH;
        if (c.subtitle) {
            p.setFont(subFont);
            p.setPen(kMuted);
            p.drawText(QRectF(textX, y, w, subH), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(subFont).elidedText(b.subtitle, Qt::ElideRight, w));
            y += subH;
        }
        p.setFont(detailFont);
        p.setPen(kInk);
        for (int d = 0; d < c.details; ++d) {
            p.drawText(QRectF(textX, y, w, detailH), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(detailFont).elidedText(b.details[d], Qt::ElideRight, w));
            y += detailH;
        }
    }
}

void PyramidRenderer::paintLegend(QPainter& p, const Layout& l) const
{
    const PyramidLegend& g = m_spec.legend;
    if (g.kind != PyramidLegend::Kind::Diverging || l.legend.isEmpty())
        return;
    const double k = l.scale;
    const QRectF r = l.legend;
    const double titleH = 16 * k, labelH = 14 * k;
    p.setFont(font(12 * k, true));
    p.setPen(kInk);
    p.drawText(QRectF(r.left(), r.top(), r.width(), titleH), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(g.title, Qt::ElideRight, r.width()));
    const double barW = std::min(r.width() - 20 * k, 360.0 * k);
    const QRectF bar(r.left() + 10 * k, r.top() + 20 * k, barW, 12 * k);
    QLinearGradient grad(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 12; ++i) {
        const double f = i / 12.0;
        grad.setColorAt(f, gapColor((f * 2.0 - 1.0) * g.range, g.range));
    }
    p.setPen(QPen(kOutline, 0.8 * k));
    p.setBrush(grad);
    p.drawRect(bar);
    p.setFont(font(11 * k));
    for (int i = 0; i <= 4; ++i) {
        const double f = i / 4.0;
        const double x = bar.left() + f * bar.width();
        p.setPen(QPen(kOutline, 0.8 * k));
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 4 * k));
        p.setPen(kInk);
        const double v = (f * 2.0 - 1.0) * g.range;
        p.drawText(QRectF(x - 30 * k, bar.bottom() + 4 * k, 60 * k, labelH), Qt::AlignCenter,
                   std::abs(v) < 1e-12 ? QStringLiteral("0") : signedNumber(v, 2));
    }
    p.setPen(kMuted);
    p.drawText(QRectF(bar.left(), bar.bottom() + 18 * k, barW / 2, labelH),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("← ") + g.lowLabel);
    p.drawText(QRectF(bar.center().x(), bar.bottom() + 18 * k, barW / 2, labelH),
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
