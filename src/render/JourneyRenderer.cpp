#include "JourneyRenderer.h"

#include "RenderTarget.h"
#include "valuedesk/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace vd::render {

using journey::KpiDefinition;
using journey::KpiMetric;
using journey::KpiReading;
using journey::Opportunity;
using journey::OpportunityStatus;
using journey::Stage;
using journey::Touchpoint;
using journey::TouchpointKpis;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JourneyRenderer", text);
}

QString trn(const char* text, int n)
{
    return QCoreApplication::translate("JourneyRenderer", text, nullptr, n);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x4b, 0x55, 0x63);
const QColor kFaint(0x9c, 0xa3, 0xaf);
const QColor kRule(0xd1, 0xd5, 0xdb);
const QColor kLabelFill(0xf3, 0xf4, 0xf6);
const QColor kAlert(0xc6, 0x28, 0x28);
const QColor kSelected(0x25, 0x63, 0xeb);
const QColor kDerived(0xe6, 0x61, 0x00); // orange: data-derived curve (Okabe-Ito vermillion)
const QColor kEntered(0x1f, 0x29, 0x37);

// Map layout, logical pixels.
constexpr double kMargin = 28.0;
constexpr double kLabelWidth = 150.0;
constexpr double kColumnWidth = 200.0;
constexpr double kPlaceholderWidth = 160.0;
constexpr double kPad = 10.0;
constexpr double kMinRow = 44.0;
constexpr double kMaxRow = 240.0;
constexpr double kEmotionRow = 230.0;
constexpr double kStageHeader = 58.0;
constexpr double kMinWidth = 1000.0;

// Slides are designed on a 1920 x 1080 canvas and scaled to the screen.
constexpr double kSlideW = 1920.0;
constexpr double kSlideH = 1080.0;

QFont font(double pixelSize, bool bold = false, bool italic = false)
{
    QFont f;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
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

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

// Height of wrapped text in width w; with a painter, draws it at the top of r.
double textBlock(QPainter* p, const QRectF& r, const QFont& f, const QString& text,
                 const QColor& color, int align = Qt::AlignLeft)
{
    if (text.isEmpty() || r.width() <= 1)
        return 0.0;
    const int flags = align | Qt::AlignTop | Qt::TextWordWrap;
    QFontMetricsF fm(f);
    const QRectF br = fm.boundingRect(QRectF(0, 0, r.width(), 1e6), flags, text);
    const double h = std::ceil(br.height());
    if (p) {
        p->setFont(f);
        p->setPen(color);
        p->drawText(QRectF(r.left(), r.top(), r.width(), h + 2), flags, text);
    }
    return h;
}

QString elided(const QFont& f, const QString& text, double width)
{
    return QFontMetricsF(f).elidedText(text, Qt::ElideRight, width);
}

QString initials(const QString& name)
{
    QString out;
    for (const QString& part : name.split(' ', Qt::SkipEmptyParts)) {
        if (out.size() >= 2)
            break;
        const QChar c = part.at(0);
        // Chinese names: the first character (the family name) is the usual avatar.
        if (c.script() == QChar::Script_Han)
            return out.isEmpty() ? QString(c) : out;
        out += c.toUpper();
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QImage avatarImage(const std::string& avatar)
{
    if (avatar.empty())
        return {};
    const QString a = qs(avatar);
    QImage img;
    if (a.startsWith(QStringLiteral("data:"))) {
        const auto comma = a.indexOf(',');
        if (comma > 0)
            img.loadFromData(QByteArray::fromBase64(a.mid(comma + 1).toLatin1()));
    } else {
        img.load(a);
    }
    return img;
}

void paintAvatar(QPainter& p, const QRectF& r, const journey::Persona& persona, const QColor& fill)
{
    p.save();
    QPainterPath circle;
    circle.addEllipse(r);
    const QImage img = avatarImage(persona.avatar);
    if (!img.isNull()) {
        p.setClipPath(circle);
        const QImage scaled = img.scaled(r.size().toSize() * 2, Qt::KeepAspectRatioByExpanding,
                                         Qt::SmoothTransformation);
        p.drawImage(r, scaled,
                    QRectF((scaled.width() - r.width() * 2) / 2,
                           (scaled.height() - r.height() * 2) / 2, r.width() * 2, r.height() * 2));
        p.setClipping(false);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(circle);
        p.setPen(Qt::white);
        p.setFont(font(r.height() * 0.42, true));
        p.drawText(r, Qt::AlignCenter, initials(qs(persona.name)));
    }
    p.setPen(QPen(Qt::white, std::max(2.0, r.width() / 30)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(r);
    p.restore();
}

QString personaLine(const journey::Persona& persona)
{
    QStringList parts;
    if (persona.age)
        parts << tr("%1 years").arg(*persona.age);
    if (!persona.occupation.empty())
        parts << qs(persona.occupation);
    if (!persona.income.empty())
        parts << qs(persona.income);
    return parts.join(QStringLiteral(" · "));
}

QString joined(const std::string& a, const std::string& b)
{
    if (a.empty())
        return qs(b);
    if (b.empty())
        return qs(a);
    return qs(a) + QStringLiteral("\n") + qs(b);
}

QString channelsText(const journey::Persona& p)
{
    QStringList list;
    for (const auto& c : p.channels)
        list << qs(c);
    return list.join(QStringLiteral(", "));
}

struct PersonaBox
{
    QString heading;
    QString text;
};

std::vector<PersonaBox> personaBoxes(const journey::Persona& p)
{
    QString behaviour = qs(p.behaviour);
    if (!p.channels.empty())
        behaviour += (behaviour.isEmpty() ? QString() : QStringLiteral("\n")) +
                     tr("Channels: %1").arg(channelsText(p));
    return {{tr("Goals and motivations"), joined(p.goals, p.motivations)},
            {tr("Needs"), qs(p.needs)},
            {tr("Pain points"), qs(p.painPoints)},
            {tr("Behaviour"), behaviour}};
}

QString metricShortLabel(KpiMetric m)
{
    switch (m) {
    case KpiMetric::Nps:
        return tr("NPS");
    case KpiMetric::CsatTop2:
        return tr("CSAT");
    case KpiMetric::CsatMean:
        return tr("CSAT mean");
    case KpiMetric::CesMean:
        return tr("CES");
    case KpiMetric::CesAgree:
        return tr("CES agree");
    case KpiMetric::Responses:
        return tr("Responses");
    }
    return {};
}

QString metricValue(KpiMetric m, double v)
{
    switch (m) {
    case KpiMetric::Nps:
        return signedNumber(v, 0);
    case KpiMetric::CsatTop2:
    case KpiMetric::CesAgree:
        return number(v, 0) + QStringLiteral(" %");
    case KpiMetric::CsatMean:
    case KpiMetric::CesMean:
        return number(v, 2);
    case KpiMetric::Responses:
        return count(static_cast<std::int64_t>(std::llround(v)));
    }
    return {};
}

QString thresholdText(const KpiDefinition& d)
{
    if (!d.threshold)
        return {};
    return (d.alertWhen == journey::AlertWhen::Below ? QStringLiteral("< ")
                                                     : QStringLiteral("> ")) +
           metricValue(d.metric, *d.threshold);
}

// A smooth curve through the points with horizontal tangents at each point, so it never
// overshoots the -2..+2 scale between two touchpoints.
QPainterPath smoothPath(const std::vector<QPointF>& pts)
{
    QPainterPath path;
    if (pts.empty())
        return path;
    path.moveTo(pts[0]);
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const double dx = (pts[i].x() - pts[i - 1].x()) / 2.0;
        path.cubicTo(QPointF(pts[i - 1].x() + dx, pts[i - 1].y()),
                     QPointF(pts[i].x() - dx, pts[i].y()), pts[i]);
    }
    return path;
}

struct Table
{
    QStringList headers;
    std::vector<double> widths; // relative
    std::vector<int> align;     // Qt::AlignLeft / AlignRight per column
    std::vector<QStringList> rows;
    std::vector<bool> flagged;
};

double rowHeight(const Table& t, const QStringList& row, const std::vector<double>& widths,
                 const QFont& f)
{
    double h = 0.0;
    for (int c = 0; c < row.size(); ++c)
        h = std::max(h, textBlock(nullptr, QRectF(0, 0, widths[static_cast<std::size_t>(c)] - 8, 0),
                                  f, row[c], kInk, t.align[static_cast<std::size_t>(c)]));
    return h + 8.0;
}

// Paints a page of a table with a title; returns the first row that did not fit.
int paintTable(QPainter& p, const QRectF& area, const Table& t, int first, const QString& title,
               const QString& subtitle)
{
    double y = area.top();
    y += textBlock(&p, QRectF(area.left(), y, area.width(), 0), font(20, true), title, kInk);
    if (!subtitle.isEmpty())
        y += 4 +
             textBlock(&p, QRectF(area.left(), y + 4, area.width(), 0), font(11), subtitle, kMuted);
    y += 12;
    double total = 0.0;
    for (double w : t.widths)
        total += w;
    std::vector<double> widths;
    for (double w : t.widths)
        widths.push_back(area.width() * w / total);

    // A table that spills only a little is set a size or two smaller (down to 8 pt) so that
    // it stays on one page; a long one keeps 10 pt and goes on over several pages.
    double size = 10.0;
    for (double candidate = 10.0; candidate >= 8.0; candidate -= 0.5) {
        double h = rowHeight(t, t.headers, widths, font(candidate, true));
        for (int r = first; r < static_cast<int>(t.rows.size()); ++r)
            h += rowHeight(t, t.rows[static_cast<std::size_t>(r)], widths, font(candidate));
        if (y + h <= area.bottom()) {
            size = candidate;
            break;
        }
    }
    const QFont head = font(size, true);
    const QFont body = font(size);
    const double headH = rowHeight(t, t.headers, widths, head);
    p.setPen(Qt::NoPen);
    p.setBrush(kLabelFill);
    p.drawRect(QRectF(area.left(), y, area.width(), headH));
    double x = area.left();
    for (int c = 0; c < t.headers.size(); ++c) {
        textBlock(&p, QRectF(x + 4, y + 4, widths[static_cast<std::size_t>(c)] - 8, 0), head,
                  t.headers[c], kInk, t.align[static_cast<std::size_t>(c)]);
        x += widths[static_cast<std::size_t>(c)];
    }
    y += headH;
    int r = first;
    for (; r < static_cast<int>(t.rows.size()); ++r) {
        const QStringList& row = t.rows[static_cast<std::size_t>(r)];
        const double h = rowHeight(t, row, widths, body);
        if (y + h > area.bottom() && r > first)
            break;
        const bool flag = t.flagged[static_cast<std::size_t>(r)];
        if (flag) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xfd, 0xec, 0xea));
            p.drawRect(QRectF(area.left(), y, area.width(), h));
        }
        x = area.left();
        for (int c = 0; c < row.size(); ++c) {
            textBlock(&p, QRectF(x + 4, y + 4, widths[static_cast<std::size_t>(c)] - 8, 0), body,
                      row[c], flag && c == row.size() - 1 ? kAlert : kInk,
                      t.align[static_cast<std::size_t>(c)]);
            x += widths[static_cast<std::size_t>(c)];
        }
        y += h;
        p.setPen(QPen(kRule, 0.5));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    return r;
}

void paintFooter(QPainter& p, const QRectF& page, const QString& text, int pageNumber)
{
    p.setFont(font(9));
    p.setPen(kFaint);
    const QRectF r(page.left() + 36, page.bottom() - 28, page.width() - 72, 16);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(pageNumber));
}

// Chooses the largest font scale (1.0 down to 0.5) at which `height(scale)` fits.
double fitScale(const std::function<double(double)>& height, double available)
{
    for (double s = 1.0; s > 0.5; s -= 0.05)
        if (height(s) <= available)
            return s;
    return 0.5;
}

} // namespace

// --- static helpers ----------------------------------------------------------------------------

QString journeyRowTitle(JourneyRow row)
{
    switch (row) {
    case JourneyRow::Touchpoint:
        return tr("Touchpoint");
    case JourneyRow::Action:
        return tr("Customer action");
    case JourneyRow::Thoughts:
        return tr("Thoughts");
    case JourneyRow::Emotion:
        return tr("Emotion");
    case JourneyRow::PainPoints:
        return tr("Pain points");
    case JourneyRow::Opportunities:
        return tr("Opportunities");
    case JourneyRow::Backstage:
        return tr("Backstage");
    case JourneyRow::Kpis:
        return tr("KPIs");
    }
    return {};
}

QColor JourneyRenderer::stageColor(int stage)
{
    // ColorBrewer Dark2: distinct hues that carry white text and survive a projector.
    static const std::array<QColor, 8> kColors{QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02),
                                               QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a),
                                               QColor(0x3a, 0x7d, 0x22), QColor(0xa6, 0x76, 0x1d),
                                               QColor(0x2f, 0x6d, 0xb5), QColor(0x66, 0x66, 0x66)};
    return kColors[static_cast<std::size_t>(std::abs(stage)) % kColors.size()];
}

QColor JourneyRenderer::emotionColor(double e)
{
    if (e >= 1.5)
        return QColor(0x1a, 0x98, 0x50);
    if (e >= 0.5)
        return QColor(0x66, 0xbd, 0x63);
    if (e > -0.5)
        return QColor(0x9c, 0xa3, 0xaf);
    if (e > -1.5)
        return QColor(0xf4, 0x6d, 0x43);
    return QColor(0xd7, 0x30, 0x27);
}

QColor JourneyRenderer::priorityColor(int priority)
{
    if (priority <= 1)
        return kAlert;
    if (priority == 2)
        return QColor(0xd9, 0x8c, 0x00);
    return kFaint;
}

QString JourneyRenderer::emotionLabel(int e)
{
    switch (e) {
    case -2:
        return tr("Very negative");
    case -1:
        return tr("Negative");
    case 0:
        return tr("Neutral");
    case 1:
        return tr("Positive");
    case 2:
        return tr("Very positive");
    default:
        return QString::number(e);
    }
}

QString JourneyRenderer::readingText(const KpiReading& r)
{
    const QString label = metricShortLabel(r.definition.metric);
    if (!r.value)
        return label + QStringLiteral(" ") + tr("no data");
    QString text = label + QStringLiteral(" ") + metricValue(r.definition.metric, *r.value);
    if (r.crossed)
        text += (r.definition.alertWhen == journey::AlertWhen::Below ? QStringLiteral(" \u25bc ")
                                                                     : QStringLiteral(" \u25b2 ")) +
                thresholdText(r.definition);
    return text;
}

QString JourneyRenderer::definitionText(const KpiDefinition& d)
{
    const QString t = thresholdText(d);
    return metricShortLabel(d.metric) +
           (t.isEmpty() ? QString() : QStringLiteral(" (") + tr("alert %1").arg(t) + ")");
}

// --- layout ------------------------------------------------------------------------------------

JourneyRenderer::JourneyRenderer(JourneySpec spec) : m_spec(std::move(spec))
{
    // KPIs computed for another version of the map (the editor changed it since) would
    // misalign: drop them rather than show numbers beside the wrong touchpoint.
    if (m_spec.kpis) {
        bool aligned = m_spec.kpis->byStage.size() == m_spec.map.stages.size();
        for (std::size_t s = 0; aligned && s < m_spec.map.stages.size(); ++s)
            aligned = m_spec.kpis->byStage[s].size() == m_spec.map.stages[s].touchpoints.size();
        if (!aligned)
            m_spec.kpis.reset();
    }
    m_layout = computeLayout();
}

const TouchpointKpis* JourneyRenderer::kpisOf(int stage, int touchpoint) const
{
    if (!m_spec.kpis || stage < 0 || touchpoint < 0)
        return nullptr;
    const auto s = static_cast<std::size_t>(stage), t = static_cast<std::size_t>(touchpoint);
    const auto& byStage = m_spec.kpis->byStage;
    if (s >= byStage.size() || t >= byStage[s].size() || s >= m_spec.map.stages.size() ||
        t >= m_spec.map.stages[s].touchpoints.size())
        return nullptr;
    // KPIs computed before an edit (a move, new definitions) may sit at this place while the
    // map already holds another touchpoint there: they are only drawn when they belong to it,
    // one reading per definition.
    const TouchpointKpis& k = byStage[s][t];
    const Touchpoint& tp = m_spec.map.stages[s].touchpoints[t];
    if (k.code != tp.code || k.readings.size() != tp.kpis.size())
        return nullptr;
    for (std::size_t i = 0; i < tp.kpis.size(); ++i)
        if (!(k.readings[i].definition == tp.kpis[i]))
            return nullptr;
    return &k;
}

JourneyRenderer::Layout JourneyRenderer::computeLayout() const
{
    Layout l;
    double x = kMargin + kLabelWidth;
    for (int s = 0; s < static_cast<int>(m_spec.map.stages.size()); ++s) {
        const Stage& stage = m_spec.map.stages[static_cast<std::size_t>(s)];
        const double start = x;
        if (stage.touchpoints.empty()) {
            l.columns.push_back({s, -1, x, kPlaceholderWidth});
            x += kPlaceholderWidth;
        }
        for (int t = 0; t < static_cast<int>(stage.touchpoints.size()); ++t) {
            l.columns.push_back({s, t, x, kColumnWidth});
            x += kColumnWidth;
        }
        l.stageSpans.push_back({start, x - start});
    }
    const double width = std::max(kMinWidth, x + kMargin);
    const double inner = width - 2 * kMargin;

    // Title block.
    double y = kMargin;
    double titleH = QFontMetricsF(font(28, true)).height();
    if (!m_spec.map.description.empty())
        titleH += 6 + QFontMetricsF(font(14)).height();
    if (!m_spec.subtitle.isEmpty())
        titleH += 4 + QFontMetricsF(font(13)).height();
    l.title = QRectF(kMargin, y, inner, titleH);
    y += titleH + 16;

    if (m_spec.persona && m_spec.showPersona) {
        QRectF r(kMargin, y, inner, 0);
        const double h = std::max(118.0, [&] {
            // Same arithmetic as paintPersonaStrip.
            const auto boxes = personaBoxes(*m_spec.persona);
            const double boxW = (inner - 420) / static_cast<double>(boxes.size());
            double tallest = 0;
            for (const auto& b : boxes)
                tallest = std::max(tallest, 20 + textBlock(nullptr, QRectF(0, 0, boxW - 20, 0),
                                                           font(12.5), b.text, kInk));
            const double quoteH = textBlock(nullptr, QRectF(0, 0, 300, 0), font(13, false, true),
                                            qs(m_spec.persona->quote), kInk);
            return std::max(tallest, 52 + quoteH) + 24;
        }());
        r.setHeight(h);
        l.persona = r;
        y += h + 16;
    }

    l.gridTop = y;
    l.labelWidth = kLabelWidth;
    l.stageHeaderHeight = kStageHeader;
    y += kStageHeader;
    for (int row = 0; row < kJourneyRowCount; ++row) {
        const auto jr = static_cast<JourneyRow>(row);
        double h = kMinRow;
        if (jr == JourneyRow::Emotion) {
            h = kEmotionRow;
        } else {
            for (const Column& c : l.columns)
                h = std::max(
                    h, cellContent(nullptr, c, jr, QRectF(c.x + kPad, 0, c.width - 2 * kPad, 0)) +
                           2 * kPad);
            h = std::min(h, kMaxRow);
        }
        l.rows.push_back({y, h});
        y += h;
    }
    l.grid = QRectF(kMargin, l.gridTop, width - 2 * kMargin, y - l.gridTop);
    l.size = QSizeF(width, y + kMargin);
    return l;
}

double JourneyRenderer::scaleFor(const QRectF& bounds) const
{
    const QSizeF n = m_layout.size;
    if (n.width() <= 0 || n.height() <= 0 || bounds.width() <= 0 || bounds.height() <= 0)
        return 1.0;
    return std::min(bounds.width() / n.width(), bounds.height() / n.height());
}

int JourneyRenderer::columnOf(int stage, int touchpoint) const
{
    for (std::size_t i = 0; i < m_layout.columns.size(); ++i)
        if (m_layout.columns[i].stage == stage && m_layout.columns[i].touchpoint == touchpoint)
            return static_cast<int>(i);
    return -1;
}

// --- cells ---------------------------------------------------------------------------------------

double JourneyRenderer::cellContent(QPainter* p, const Column& c, JourneyRow row,
                                    const QRectF& r) const
{
    if (c.touchpoint < 0) {
        if (row == JourneyRow::Touchpoint)
            return textBlock(p, r, font(12, false, true), tr("No touchpoints yet"), kFaint);
        return 0.0;
    }
    const Touchpoint& tp = m_spec.map.stages[static_cast<std::size_t>(c.stage)]
                               .touchpoints[static_cast<std::size_t>(c.touchpoint)];
    const TouchpointKpis* k = kpisOf(c.stage, c.touchpoint);
    const QFont body = font(13);
    switch (row) {
    case JourneyRow::Touchpoint: {
        double h =
            textBlock(p, QRectF(r.left(), r.top(), r.width() - (k && k->flagged ? 22 : 0), 0),
                      font(15, true), qs(tp.name), kInk);
        if (!tp.channel.empty()) {
            const QFont chip = font(11, true);
            const QString text = qs(tp.channel).toUpper();
            const double w = QFontMetricsF(chip).horizontalAdvance(text) + 14;
            const QRectF box(r.left(), r.top() + h + 6, std::min(w, r.width()), 20);
            if (p) {
                p->setPen(Qt::NoPen);
                p->setBrush(stageColor(c.stage).lighter(185));
                p->drawRoundedRect(box, 10, 10);
                p->setFont(chip);
                p->setPen(stageColor(c.stage).darker(140));
                p->drawText(box, Qt::AlignCenter, elided(chip, text, box.width() - 8));
            }
            h += 6 + 20;
        }
        if (p && k && k->flagged) {
            const QRectF badge(r.right() - 18, r.top() + 1, 18, 18);
            p->setPen(Qt::NoPen);
            p->setBrush(kAlert);
            p->drawEllipse(badge);
            p->setPen(Qt::white);
            p->setFont(font(13, true));
            p->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        }
        return h;
    }
    case JourneyRow::Action:
        return textBlock(p, r, body, qs(tp.action), kInk);
    case JourneyRow::Thoughts:
        if (tp.thoughts.empty())
            return 0.0;
        return textBlock(p, r, font(13, false, true),
                         QStringLiteral("\u201c") + qs(tp.thoughts) + QStringLiteral("\u201d"),
                         kMuted);
    case JourneyRow::PainPoints: {
        if (tp.painPoints.empty())
            return 0.0;
        const double h = textBlock(p, r.adjusted(8, 0, 0, 0), body, qs(tp.painPoints), kInk);
        if (p) {
            p->setPen(Qt::NoPen);
            p->setBrush(kAlert);
            p->drawRect(QRectF(r.left(), r.top() + 1, 3, h - 2));
        }
        return h;
    }
    case JourneyRow::Backstage:
        return textBlock(p, r, font(12.5), qs(tp.backstage), kMuted);
    case JourneyRow::Opportunities: {
        double y = r.top();
        for (const Opportunity& o : tp.opportunities) {
            const bool solved = o.status == OpportunityStatus::Solved;
            QFont f = font(12.5);
            f.setStrikeOut(solved);
            const double th = textBlock(p, QRectF(r.left() + 16, y, r.width() - 16, 0), f,
                                        qs(o.text), solved ? kFaint : kInk);
            if (p) {
                p->setPen(Qt::NoPen);
                if (solved) {
                    p->setPen(QPen(QColor(0x1a, 0x98, 0x50), 2.2));
                    const double cy = y + 8;
                    p->drawPolyline(
                        QPolygonF({QPointF(r.left() + 1, cy), QPointF(r.left() + 4.5, cy + 4),
                                   QPointF(r.left() + 11, cy - 4)}));
                } else {
                    p->setBrush(priorityColor(o.priority));
                    p->drawEllipse(QRectF(r.left() + 1, y + 4, 9, 9));
                }
            }
            y += th;
            QString meta = tr("P%1").arg(o.priority);
            if (!o.owner.empty())
                meta += QStringLiteral(" · ") + qs(o.owner);
            if (solved)
                meta += QStringLiteral(" · ") + tr("solved");
            y += textBlock(p, QRectF(r.left() + 16, y, r.width() - 16, 0), font(11), meta,
                           solved ? kFaint : priorityColor(o.priority).darker(115)) +
                 6;
        }
        return y - r.top();
    }
    case JourneyRow::Kpis: {
        double y = r.top();
        if (tp.code.empty())
            return textBlock(p, r, font(11.5, false, true), tr("No code: not measured"), kFaint);
        y += textBlock(p, QRectF(r.left(), y, r.width(), 0), font(10.5), qs(tp.code), kFaint) + 3;
        if (tp.kpis.empty())
            return y - r.top() +
                   textBlock(p, QRectF(r.left(), y, r.width(), 0), font(11.5, false, true),
                             tr("No KPIs chosen"), kFaint);
        for (std::size_t i = 0; i < tp.kpis.size(); ++i) {
            if (k) {
                const KpiReading& reading = k->readings[i];
                const QColor color = reading.crossed ? kAlert : reading.value ? kInk : kFaint;
                y += textBlock(p, QRectF(r.left(), y, r.width(), 0), font(13, reading.crossed),
                               readingText(reading), color) +
                     2;
            } else {
                y += textBlock(p, QRectF(r.left(), y, r.width(), 0), font(12.5),
                               definitionText(tp.kpis[i]), kMuted) +
                     2;
            }
        }
        return y - r.top();
    }
    case JourneyRow::Emotion:
        return kEmotionRow;
    }
    return 0.0;
}

// --- map painting ------------------------------------------------------------------------------

void JourneyRenderer::paint(QPainter& painter, const QRectF& bounds) const
{
    const double s = scaleFor(bounds);
    painter.save();
    painter.translate(bounds.left() + (bounds.width() - m_layout.size.width() * s) / 2,
                      bounds.top());
    painter.scale(s, s);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_layout.size), Qt::white);
    paintTitle(painter);
    if (!m_layout.persona.isEmpty())
        paintPersonaStrip(painter, m_layout.persona);
    paintGrid(painter);
    paintSelection(painter);
    painter.restore();
}

void JourneyRenderer::paintTitle(QPainter& p) const
{
    const QRectF r = m_layout.title;
    const QFont title = font(28, true);
    const QString name = qs(m_spec.map.name);
    const QString kind = m_spec.map.kind == journey::MapKind::AsIs ? tr("As-is") : tr("To-be");
    const QFont badge = font(12, true);
    const double badgeW = QFontMetricsF(badge).horizontalAdvance(kind) + 20;
    const QString shown = elided(title, name, r.width() - badgeW - 16);
    p.setFont(title);
    p.setPen(kInk);
    const double th = QFontMetricsF(title).height();
    p.drawText(QRectF(r.left(), r.top(), r.width(), th), Qt::AlignLeft | Qt::AlignVCenter, shown);
    const double tw = QFontMetricsF(title).horizontalAdvance(shown);
    const QRectF b(r.left() + tw + 14, r.top() + (th - 22) / 2, badgeW, 22);
    p.setPen(Qt::NoPen);
    p.setBrush(m_spec.map.kind == journey::MapKind::AsIs ? QColor(0x4b, 0x55, 0x63)
                                                         : QColor(0x2f, 0x6d, 0xb5));
    p.drawRoundedRect(b, 11, 11);
    p.setFont(badge);
    p.setPen(Qt::white);
    p.drawText(b, Qt::AlignCenter, kind);
    double y = r.top() + th;
    if (!m_spec.map.description.empty()) {
        const QFont f = font(14);
        p.setFont(f);
        p.setPen(kMuted);
        const double h = QFontMetricsF(f).height();
        p.drawText(QRectF(r.left(), y + 6, r.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(f, qs(m_spec.map.description), r.width()));
        y += 6 + h;
    }
    if (!m_spec.subtitle.isEmpty()) {
        const QFont f = font(13);
        p.setFont(f);
        p.setPen(kFaint.darker(130));
        p.drawText(QRectF(r.left(), y + 4, r.width(), QFontMetricsF(f).height()),
                   Qt::AlignLeft | Qt::AlignVCenter, elided(f, m_spec.subtitle, r.width()));
    }
}

void JourneyRenderer::paintPersonaStrip(QPainter& p, const QRectF& r) const
{
    const journey::Persona& persona = *m_spec.persona;
    p.save();
    p.setPen(QPen(kRule, 1));
    p.setBrush(QColor(0xf8, 0xfa, 0xfc));
    p.drawRoundedRect(r, 10, 10);
    const double av = 76;
    paintAvatar(p, QRectF(r.left() + 16, r.top() + 16, av, av), persona, stageColor(6));
    const double tx = r.left() + 16 + av + 14;
    const double tw = 420 - (tx - r.left()) - 10;
    double y = r.top() + 14;
    p.setFont(font(11, true));
    p.setPen(kFaint.darker(130));
    p.drawText(QRectF(tx, y, tw, 14), Qt::AlignLeft | Qt::AlignVCenter, tr("PERSONA"));
    y += 16;
    y += textBlock(&p, QRectF(tx, y, tw, 0), font(18, true), qs(persona.name), kInk);
    y += textBlock(&p, QRectF(tx, y, tw, 0), font(12.5), personaLine(persona), kMuted) + 4;
    if (!persona.quote.empty())
        textBlock(&p, QRectF(tx, y, std::max(120.0, tw), 0), font(13, false, true),
                  QStringLiteral("\u201c") + qs(persona.quote) + QStringLiteral("\u201d"), kInk);

    const auto boxes = personaBoxes(persona);
    const double boxW = (r.width() - 420) / static_cast<double>(boxes.size());
    double bx = r.left() + 420;
    for (const PersonaBox& b : boxes) {
        p.setPen(QPen(kRule, 1));
        p.drawLine(QPointF(bx, r.top() + 14), QPointF(bx, r.bottom() - 14));
        p.setFont(font(11, true));
        p.setPen(kFaint.darker(130));
        p.drawText(QRectF(bx + 12, r.top() + 14, boxW - 20, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   b.heading.toUpper());
        textBlock(&p, QRectF(bx + 12, r.top() + 34, boxW - 20, 0), font(12.5), b.text, kInk);
        bx += boxW;
    }
    p.restore();
}

void JourneyRenderer::paintGrid(QPainter& p) const
{
    const Layout& l = m_layout;
    const double left = kMargin;
    const double gridRight = l.grid.right();
    const double top = l.gridTop;
    const double bottom = l.grid.bottom();

    if (l.columns.empty()) {
        p.setPen(QPen(kRule, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(
            QRectF(left + kLabelWidth, top, gridRight - left - kLabelWidth, bottom - top), 8, 8);
        textBlock(&p, QRectF(left + kLabelWidth + 24, top + 24, 520, 0), font(16, false, true),
                  tr("This map has no stages yet. Add a stage to begin."), kFaint);
    }

    // Stage column tints and headers.
    for (std::size_t s = 0; s < l.stageSpans.size(); ++s) {
        const auto [x, w] = l.stageSpans[s];
        const QColor c = stageColor(static_cast<int>(s));
        QColor tint = c;
        tint.setAlpha(s % 2 ? 20 : 12);
        p.fillRect(QRectF(x, top + kStageHeader, w, bottom - top - kStageHeader), tint);
        const QRectF header(x + 2, top, w - 4, kStageHeader - 6);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(header, 8, 8);
        const Stage& stage = m_spec.map.stages[s];
        const QString num = QString::number(s + 1);
        const QRectF circle(header.left() + 10, header.top() + (header.height() - 28) / 2, 28, 28);
        p.setBrush(Qt::white);
        p.drawEllipse(circle);
        p.setPen(c.darker(120));
        p.setFont(font(15, true));
        p.drawText(circle, Qt::AlignCenter, num);
        const double textX = circle.right() + 10;
        const double textW = header.right() - textX - 8;
        p.setPen(Qt::white);
        const QFont nameFont = font(19, true);
        if (stage.description.empty()) {
            p.setFont(nameFont);
            p.drawText(QRectF(textX, header.top(), textW, header.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, elided(nameFont, qs(stage.name), textW));
        } else {
            p.setFont(nameFont);
            p.drawText(QRectF(textX, header.top() + 3, textW, 26), Qt::AlignLeft | Qt::AlignVCenter,
                       elided(nameFont, qs(stage.name), textW));
            const QFont d = font(11.5);
            p.setFont(d);
            p.setPen(QColor(255, 255, 255, 215));
            p.drawText(QRectF(textX, header.top() + 28, textW, 18),
                       Qt::AlignLeft | Qt::AlignVCenter, elided(d, qs(stage.description), textW));
        }
    }

    // Row labels, rules and cells.
    for (int row = 0; row < kJourneyRowCount; ++row) {
        const auto jr = static_cast<JourneyRow>(row);
        const auto [y, h] = l.rows[static_cast<std::size_t>(row)];
        const QRectF label(left, y, kLabelWidth - 8, h);
        p.setPen(Qt::NoPen);
        p.setBrush(kLabelFill);
        p.drawRect(label.adjusted(0, 1, 0, -1));
        textBlock(&p, label.adjusted(12, kPad, -8, 0), font(13, true), journeyRowTitle(jr), kInk);
        p.setPen(QPen(kRule, 1));
        p.drawLine(QPointF(left + kLabelWidth, y + h), QPointF(gridRight, y + h));
        if (jr == JourneyRow::Emotion) {
            paintEmotionRow(p, QRectF(left, y, gridRight - left, h));
            continue;
        }
        for (const Column& c : l.columns) {
            p.save();
            p.setClipRect(QRectF(c.x, y, c.width, h));
            cellContent(&p, c, jr, QRectF(c.x + kPad, y + kPad, c.width - 2 * kPad, 0));
            p.restore();
        }
    }

    // Thin separators between touchpoints, stronger ones between stages.
    for (const Column& c : l.columns) {
        if (c.x <= l.stageSpans[static_cast<std::size_t>(c.stage)].first)
            continue;
        p.setPen(QPen(QColor(0xe5, 0xe7, 0xeb), 1));
        p.drawLine(QPointF(c.x, top + kStageHeader), QPointF(c.x, bottom));
    }
    for (std::size_t s = 1; s < l.stageSpans.size(); ++s) {
        p.setPen(QPen(Qt::white, 3));
        p.drawLine(QPointF(l.stageSpans[s].first, top + kStageHeader),
                   QPointF(l.stageSpans[s].first, bottom));
    }

    // A flagged touchpoint gets a red frame around its header cell.
    const auto [ty, th] = l.rows[static_cast<std::size_t>(JourneyRow::Touchpoint)];
    for (const Column& c : l.columns) {
        const TouchpointKpis* k = kpisOf(c.stage, c.touchpoint);
        if (k && k->flagged) {
            p.setPen(QPen(kAlert, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(c.x + 3, ty + 3, c.width - 6, th - 6), 6, 6);
        }
    }
}

void JourneyRenderer::paintEmotionRow(QPainter& p, const QRectF& row) const
{
    const double top = row.top() + 26;
    const double bottom = row.bottom() - 26;
    auto yFor = [&](double e) { return top + (2.0 - e) / 4.0 * (bottom - top); };
    const double gridLeft = row.left() + kLabelWidth;

    // Axis: -2..+2 with words, the zero line stronger.
    for (int e = -2; e <= 2; ++e) {
        const double y = yFor(e);
        p.setPen(e == 0 ? QPen(kFaint, 1.2, Qt::DashLine) : QPen(QColor(0xe5, 0xe7, 0xeb), 1));
        p.drawLine(QPointF(gridLeft, y), QPointF(row.right(), y));
        p.setFont(font(12, true));
        p.setPen(emotionColor(e).darker(e == 0 ? 130 : 110));
        p.drawText(
            QRectF(row.left() + 8, y - 9, kLabelWidth - 20, 18), Qt::AlignRight | Qt::AlignVCenter,
            (e > 0 ? QStringLiteral("+") : QString()) +
                (e < 0 ? QStringLiteral("\u2212") + QString::number(-e) : QString::number(e)));
    }
    p.setFont(font(10.5));
    p.setPen(kMuted);
    p.drawText(QRectF(row.left() + 12, row.top() + 30, 80, 16), Qt::AlignLeft, tr("Delighted"));
    p.drawText(QRectF(row.left() + 12, row.bottom() - 46, 80, 16), Qt::AlignLeft, tr("Frustrated"));

    // Legend at the foot of the label cell.
    const bool derived = m_spec.kpis && m_spec.curves != EmotionCurves::Entered;
    const bool entered = m_spec.curves != EmotionCurves::Derived || !m_spec.kpis;
    double ly = row.bottom() - 22;
    if (derived) {
        p.setPen(QPen(kDerived, 2.5, Qt::DashLine));
        p.drawLine(QPointF(row.left() + 12, ly + 8), QPointF(row.left() + 34, ly + 8));
        p.setPen(kMuted);
        p.drawText(QRectF(row.left() + 40, ly, kLabelWidth - 50, 16),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("From CSAT"));
        ly -= 18;
    }
    if (entered && derived) {
        p.setPen(QPen(kEntered, 3));
        p.drawLine(QPointF(row.left() + 12, ly + 8), QPointF(row.left() + 34, ly + 8));
        p.setPen(kMuted);
        p.drawText(QRectF(row.left() + 40, ly, kLabelWidth - 50, 16),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("As entered"));
    }

    std::vector<QPointF> pts;
    std::vector<int> values;
    std::vector<QPointF> dpts;
    std::vector<const TouchpointKpis*> dk;
    for (const Column& c : m_layout.columns) {
        if (c.touchpoint < 0)
            continue;
        const Touchpoint& tp = m_spec.map.stages[static_cast<std::size_t>(c.stage)]
                                   .touchpoints[static_cast<std::size_t>(c.touchpoint)];
        const double x = c.x + c.width / 2;
        pts.push_back(QPointF(x, yFor(tp.emotion)));
        values.push_back(tp.emotion);
        const TouchpointKpis* k = kpisOf(c.stage, c.touchpoint);
        if (k && k->derivedEmotion) {
            dpts.push_back(QPointF(x, yFor(*k->derivedEmotion)));
            dk.push_back(k);
        }
    }
    if (derived && !dpts.empty()) {
        // Confidence whiskers first, then the dashed curve and hollow diamonds.
        p.setPen(QPen(QColor(kDerived.red(), kDerived.green(), kDerived.blue(), 110), 2));
        for (std::size_t i = 0; i < dpts.size(); ++i)
            if (dk[i]->derivedLower && dk[i]->derivedUpper) {
                const double x = dpts[i].x();
                p.drawLine(QPointF(x, yFor(*dk[i]->derivedLower)),
                           QPointF(x, yFor(*dk[i]->derivedUpper)));
                p.drawLine(QPointF(x - 5, yFor(*dk[i]->derivedLower)),
                           QPointF(x + 5, yFor(*dk[i]->derivedLower)));
                p.drawLine(QPointF(x - 5, yFor(*dk[i]->derivedUpper)),
                           QPointF(x + 5, yFor(*dk[i]->derivedUpper)));
            }
        p.setPen(QPen(kDerived, 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(smoothPath(dpts));
        p.setPen(QPen(kDerived, 2.2));
        p.setBrush(Qt::white);
        for (std::size_t i = 0; i < dpts.size(); ++i) {
            const QPointF c = dpts[i];
            p.drawPolygon(QPolygonF(
                {c + QPointF(0, -7), c + QPointF(7, 0), c + QPointF(0, 7), c + QPointF(-7, 0)}));
            p.setFont(font(10.5, true));
            p.setPen(kDerived.darker(125));
            p.drawText(QRectF(c.x() + 9, c.y() - 16, 60, 14), Qt::AlignLeft | Qt::AlignVCenter,
                       signedNumber(*dk[i]->derivedEmotion, 1));
            p.setPen(QPen(kDerived, 2.2));
        }
    }
    if (entered && !pts.empty()) {
        p.setPen(QPen(kEntered, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(smoothPath(pts));
        for (std::size_t i = 0; i < pts.size(); ++i) {
            p.setPen(QPen(Qt::white, 2.5));
            p.setBrush(emotionColor(values[i]));
            p.drawEllipse(pts[i], 9, 9);
        }
    }
}

void JourneyRenderer::paintSelection(QPainter& p) const
{
    const JourneySelection& sel = m_spec.selection;
    if (sel.stage < 0 || sel.stage >= static_cast<int>(m_spec.map.stages.size()))
        return;
    const QRectF r =
        cellRect(sel.stage, sel.touchpoint, sel.row, QRectF(QPointF(0, 0), m_layout.size));
    if (r.isEmpty())
        return;
    p.setPen(QPen(kSelected, 3));
    p.setBrush(QColor(kSelected.red(), kSelected.green(), kSelected.blue(), 18));
    p.drawRoundedRect(r.adjusted(1.5, 1.5, -1.5, -1.5), 5, 5);
}

QRectF JourneyRenderer::cellRect(int stage, int touchpoint, JourneyRow row,
                                 const QRectF& bounds) const
{
    QRectF r;
    if (stage < 0 || stage >= static_cast<int>(m_layout.stageSpans.size()))
        return r;
    if (touchpoint < 0 && columnOf(stage, -1) < 0) {
        const auto [x, w] = m_layout.stageSpans[static_cast<std::size_t>(stage)];
        r = QRectF(x, m_layout.gridTop, w, kStageHeader - 4);
    } else {
        const int col = columnOf(stage, touchpoint);
        if (col < 0)
            return r;
        const Column& c = m_layout.columns[static_cast<std::size_t>(col)];
        const auto [y, h] = m_layout.rows[static_cast<std::size_t>(row)];
        r = QRectF(c.x, y, c.width, h);
    }
    const double s = scaleFor(bounds);
    const double ox = bounds.left() + (bounds.width() - m_layout.size.width() * s) / 2;
    return QRectF(ox + r.left() * s, bounds.top() + r.top() * s, r.width() * s, r.height() * s);
}

JourneyHit JourneyRenderer::hitTest(const QPointF& point, const QRectF& bounds) const
{
    JourneyHit hit;
    const double s = scaleFor(bounds);
    const double ox = bounds.left() + (bounds.width() - m_layout.size.width() * s) / 2;
    const QPointF p((point.x() - ox) / s, (point.y() - bounds.top()) / s);
    const Layout& l = m_layout;
    if (l.title.contains(p)) {
        hit.kind = JourneyHit::Kind::Title;
        return hit;
    }
    if (!l.persona.isEmpty() && l.persona.contains(p)) {
        hit.kind = JourneyHit::Kind::Persona;
        return hit;
    }
    if (p.y() < l.gridTop || p.y() > l.grid.bottom())
        return hit;
    if (p.y() < l.gridTop + kStageHeader) {
        for (std::size_t st = 0; st < l.stageSpans.size(); ++st) {
            const auto [x, w] = l.stageSpans[st];
            if (p.x() >= x && p.x() < x + w) {
                hit.kind = JourneyHit::Kind::StageHeader;
                hit.stage = static_cast<int>(st);
                hit.xFraction = (p.x() - x) / w;
                return hit;
            }
        }
        return hit;
    }
    for (int row = 0; row < kJourneyRowCount; ++row) {
        const auto [y, h] = l.rows[static_cast<std::size_t>(row)];
        if (p.y() < y || p.y() >= y + h)
            continue;
        hit.row = static_cast<JourneyRow>(row);
        if (p.x() >= kMargin && p.x() < kMargin + kLabelWidth) {
            hit.kind = JourneyHit::Kind::RowLabel;
            return hit;
        }
        for (const Column& c : l.columns)
            if (p.x() >= c.x && p.x() < c.x + c.width) {
                hit.kind = JourneyHit::Kind::Cell;
                hit.stage = c.stage;
                hit.touchpoint = c.touchpoint;
                hit.xFraction = (p.x() - c.x) / c.width;
                return hit;
            }
        return hit;
    }
    return hit;
}

// --- presentation --------------------------------------------------------------------------------

namespace {

// Draws the stage pills along the top of a slide; the current stage filled, visited ones
// tinted, the rest outlined.
void paintStagePills(QPainter& p, const QRectF& r, const std::vector<Stage>& stages, int current)
{
    const int n = static_cast<int>(stages.size());
    if (n == 0)
        return;
    const double gap = 34;
    const double w = (r.width() - gap * (n - 1)) / n;
    const QFont f = font(22, true);
    for (int i = 0; i < n; ++i) {
        const QRectF pill(r.left() + i * (w + gap), r.top(), w, r.height());
        const QColor c = JourneyRenderer::stageColor(i);
        p.setPen(QPen(c, 3));
        if (i == current)
            p.setBrush(c);
        else if (i < current)
            p.setBrush(c.lighter(175));
        else
            p.setBrush(Qt::white);
        p.drawRoundedRect(pill, r.height() / 2, r.height() / 2);
        p.setFont(f);
        p.setPen(i == current ? Qt::white : c.darker(130));
        p.drawText(pill.adjusted(14, 0, -14, 0), Qt::AlignCenter,
                   elided(f,
                          QString::number(i + 1) + QStringLiteral("  ") +
                              qs(stages[static_cast<std::size_t>(i)].name),
                          pill.width() - 28));
        if (i + 1 < n) {
            p.setPen(QPen(kFaint, 3, Qt::SolidLine, Qt::RoundCap));
            const double ax = pill.right() + gap / 2;
            const double ay = pill.center().y();
            p.drawLine(QPointF(ax - 7, ay - 8), QPointF(ax + 3, ay));
            p.drawLine(QPointF(ax - 7, ay + 8), QPointF(ax + 3, ay));
        }
    }
}

} // namespace

void JourneyRenderer::paintSlide(QPainter& painter, const QRectF& bounds, int slide,
                                 double curveProgress) const
{
    painter.save();
    painter.fillRect(bounds, Qt::white);
    const double s = std::min(bounds.width() / kSlideW, bounds.height() / kSlideH);
    painter.translate(bounds.left() + (bounds.width() - kSlideW * s) / 2,
                      bounds.top() + (bounds.height() - kSlideH * s) / 2);
    painter.scale(s, s);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QPainter& p = painter;
    const auto& stages = m_spec.map.stages;
    const int n = static_cast<int>(stages.size());
    slide = std::clamp(slide, 0, n);

    if (slide == 0) {
        // Title slide: the map, its persona and the road ahead.
        double y = 90;
        y += textBlock(&p, QRectF(100, y, 1720, 0), font(68, true), qs(m_spec.map.name), kInk);
        if (!m_spec.map.description.empty())
            y += 14 + textBlock(&p, QRectF(100, y + 14, 1720, 0), font(30),
                                qs(m_spec.map.description), kMuted);
        y += 50;
        if (m_spec.persona) {
            const journey::Persona& persona = *m_spec.persona;
            const QRectF card(100, y, 1720, 560);
            p.setPen(QPen(kRule, 2));
            p.setBrush(QColor(0xf8, 0xfa, 0xfc));
            p.drawRoundedRect(card, 24, 24);
            paintAvatar(p, QRectF(150, y + 50, 190, 190), persona, stageColor(6));
            double ty = y + 50;
            ty += textBlock(&p, QRectF(380, ty, 1400, 0), font(48, true), qs(persona.name), kInk);
            ty += 8 + textBlock(&p, QRectF(380, ty + 8, 1400, 0), font(28), personaLine(persona),
                                kMuted);
            if (!persona.quote.empty())
                textBlock(&p, QRectF(380, ty + 24, 1400, 0), font(32, false, true),
                          QStringLiteral("\u201c") + qs(persona.quote) + QStringLiteral("\u201d"),
                          kInk);
            const auto boxes = personaBoxes(persona);
            const double bw = 1720.0 / static_cast<double>(boxes.size());
            const double by = y + 300;
            for (std::size_t i = 0; i < boxes.size(); ++i) {
                const QRectF box(100 + i * bw + 40, by, bw - 70, 240);
                const double scale = fitScale(
                    [&](double k) {
                        return 40 + textBlock(nullptr, box, font(24 * k), boxes[i].text, kInk);
                    },
                    box.height());
                textBlock(&p, box, font(20, true), boxes[i].heading.toUpper(), kFaint.darker(140));
                textBlock(&p, box.adjusted(0, 36, 0, 0), font(24 * scale), boxes[i].text, kInk);
            }
        }
        paintStagePills(p, QRectF(100, 960, 1720, 64), stages, -1);
        painter.restore();
        return;
    }

    const int stage = slide - 1;
    const Stage& st = stages[static_cast<std::size_t>(stage)];
    const QColor color = stageColor(stage);
    paintStagePills(p, QRectF(60, 36, 1800, 56), stages, stage);

    double y = 130;
    const QString heading = QStringLiteral("%1 / %2   ").arg(stage + 1).arg(n) + qs(st.name);
    y += textBlock(&p, QRectF(60, y, 1800, 0), font(64, true), heading, color.darker(115));
    if (!st.description.empty()) {
        const QRectF dr(60, y + 6, 1800, 84);
        const double k = fitScale(
            [&](double f) {
                return textBlock(nullptr, dr, font(28 * f), qs(st.description), kMuted);
            },
            dr.height());
        textBlock(&p, dr, font(28 * k), qs(st.description), kMuted);
    }

    // Touchpoint cards.
    const QRectF cards(60, 320, 1800, 420);
    const int m = static_cast<int>(st.touchpoints.size());
    if (m == 0) {
        textBlock(&p, cards.adjusted(0, 40, 0, 0), font(34, false, true),
                  tr("No touchpoints in this stage yet."), kFaint, Qt::AlignHCenter);
    }
    const double gap = 28;
    const double cw = m > 0 ? (cards.width() - gap * (m - 1)) / m : 0;
    for (int t = 0; t < m; ++t) {
        const Touchpoint& tp = st.touchpoints[static_cast<std::size_t>(t)];
        const TouchpointKpis* k = kpisOf(stage, t);
        const QRectF card(cards.left() + t * (cw + gap), cards.top(), cw, cards.height());
        p.setPen(QPen(k && k->flagged ? kAlert : color.lighter(140), k && k->flagged ? 4 : 2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(card, 18, 18);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(card.left(), card.top(), card.width(), 12), 6, 6);
        const QRectF inner = card.adjusted(24, 30, -24, -20);
        auto content = [&](QPainter* pp, double f) {
            double cy = inner.top();
            cy += textBlock(pp, QRectF(inner.left(), cy, inner.width(), 0), font(32 * f, true),
                            qs(tp.name), kInk);
            if (!tp.channel.empty())
                cy += textBlock(pp, QRectF(inner.left(), cy + 4, inner.width(), 0),
                                font(20 * f, true), qs(tp.channel).toUpper(), color.darker(130)) +
                      4;
            cy += 12 * f;
            if (!tp.action.empty())
                cy += textBlock(pp, QRectF(inner.left(), cy, inner.width(), 0), font(24 * f),
                                qs(tp.action), kInk) +
                      10 * f;
            if (!tp.thoughts.empty())
                cy += textBlock(
                          pp, QRectF(inner.left(), cy, inner.width(), 0), font(24 * f, false, true),
                          QStringLiteral("\u201c") + qs(tp.thoughts) + QStringLiteral("\u201d"),
                          kMuted) +
                      10 * f;
            if (!tp.painPoints.empty()) {
                const double h = textBlock(pp, QRectF(inner.left() + 14, cy, inner.width() - 14, 0),
                                           font(24 * f), qs(tp.painPoints), kAlert.darker(110));
                if (pp) {
                    pp->setPen(Qt::NoPen);
                    pp->setBrush(kAlert);
                    pp->drawRect(QRectF(inner.left(), cy + 2, 5, h - 4));
                }
                cy += h + 10 * f;
            }
            if (k) {
                QStringList parts;
                for (const KpiReading& r : k->readings)
                    if (r.value && r.definition.metric != KpiMetric::Responses)
                        parts << readingText(r);
                if (!parts.isEmpty())
                    cy += textBlock(pp, QRectF(inner.left(), cy, inner.width(), 0),
                                    font(22 * f, true), parts.join(QStringLiteral("  ·  ")),
                                    k->flagged ? kAlert : color.darker(140));
            }
            return cy - inner.top();
        };
        const double f = fitScale([&](double sc) { return content(nullptr, sc); }, inner.height());
        p.save();
        p.setClipRect(card);
        content(&p, f);
        p.restore();
    }

    // The emotion curve of the whole journey, drawn up to this stage.
    const QRectF panel(60, 770, 1800, 280);
    int slotCount = 0;
    for (const Stage& s2 : stages)
        slotCount += std::max<int>(1, static_cast<int>(s2.touchpoints.size()));
    const double axisW = 90;
    const double slotW = (panel.width() - axisW) / std::max(1, slotCount);
    const double top = panel.top() + 40;
    const double bottom = panel.bottom() - 20;
    auto yFor = [&](double e) { return top + (2.0 - e) / 4.0 * (bottom - top); };
    double x = panel.left() + axisW;
    double limit = x;
    std::vector<QPointF> pts, dpts;
    std::vector<int> values;
    std::vector<int> ptStage;
    for (int si = 0; si < n; ++si) {
        const Stage& s2 = stages[static_cast<std::size_t>(si)];
        const int count = std::max<int>(1, static_cast<int>(s2.touchpoints.size()));
        const QRectF band(x, panel.top(), slotW * count, panel.height());
        QColor tint = stageColor(si);
        tint.setAlpha(si == stage ? 40 : si < stage ? 18 : 8);
        p.fillRect(band.adjusted(2, 0, -2, 0), tint);
        const QFont lf = font(18, si == stage);
        p.setFont(lf);
        p.setPen(si <= stage ? stageColor(si).darker(120) : kFaint);
        p.drawText(QRectF(band.left() + 8, band.top() + 6, band.width() - 16, 26),
                   Qt::AlignLeft | Qt::AlignVCenter, elided(lf, qs(s2.name), band.width() - 16));
        for (int t = 0; t < static_cast<int>(s2.touchpoints.size()); ++t) {
            const double cx = x + slotW * (t + 0.5);
            pts.push_back(QPointF(cx, yFor(s2.touchpoints[static_cast<std::size_t>(t)].emotion)));
            values.push_back(s2.touchpoints[static_cast<std::size_t>(t)].emotion);
            ptStage.push_back(si);
            const TouchpointKpis* k = kpisOf(si, t);
            if (k && k->derivedEmotion && m_spec.curves != EmotionCurves::Entered)
                dpts.push_back(QPointF(cx, yFor(*k->derivedEmotion)));
        }
        if (si < stage)
            limit = band.right();
        else if (si == stage)
            limit = band.left() + band.width() * std::clamp(curveProgress, 0.0, 1.0);
        x = band.right();
    }
    for (int e = -2; e <= 2; ++e) {
        const double yy = yFor(e);
        p.setPen(e == 0 ? QPen(kFaint, 2, Qt::DashLine) : QPen(QColor(0xe5, 0xe7, 0xeb), 1.5));
        p.drawLine(QPointF(panel.left() + axisW, yy), QPointF(panel.right(), yy));
        p.setFont(font(20, true));
        p.setPen(emotionColor(e).darker(e == 0 ? 130 : 110));
        p.drawText(
            QRectF(panel.left(), yy - 14, axisW - 14, 28), Qt::AlignRight | Qt::AlignVCenter,
            (e > 0 ? QStringLiteral("+") : QString()) +
                (e < 0 ? QStringLiteral("\u2212") + QString::number(-e) : QString::number(e)));
    }
    p.save();
    p.setClipRect(QRectF(panel.left(), panel.top(), limit - panel.left() + 12, panel.height()));
    if (!dpts.empty()) {
        p.setPen(QPen(kDerived, 4, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(smoothPath(dpts));
    }
    if (m_spec.curves != EmotionCurves::Derived || dpts.empty()) {
        p.setPen(QPen(kEntered, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(smoothPath(pts));
    }
    p.restore();
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (pts[i].x() > limit)
            continue;
        const double r = ptStage[i] == stage ? 15 : 10;
        p.setPen(QPen(Qt::white, 3));
        p.setBrush(emotionColor(values[i]));
        p.drawEllipse(pts[i], r, r);
    }
    painter.restore();
}

void JourneyRenderer::paintNotes(QPainter& painter, const QRectF& bounds, int slide) const
{
    painter.save();
    painter.fillRect(bounds, QColor(0xfa, 0xfa, 0xf9));
    const double s = std::min(bounds.width() / kSlideW, bounds.height() / kSlideH);
    painter.translate(bounds.left() + (bounds.width() - kSlideW * s) / 2,
                      bounds.top() + (bounds.height() - kSlideH * s) / 2);
    painter.scale(s, s);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto& stages = m_spec.map.stages;
    const int n = static_cast<int>(stages.size());
    slide = std::clamp(slide, 0, n);

    // Notes are one list of (font size, bold, colour, text) lines, shrunk to fit the page.
    struct Line
    {
        double size;
        bool bold;
        QColor color;
        QString text;
        double indent = 0;
    };
    std::vector<Line> lines;
    const QString next = slide < n
                             ? tr("Next: %1").arg(qs(stages[static_cast<std::size_t>(slide)].name))
                             : tr("Last slide");
    if (slide == 0) {
        lines.push_back({40, true, kInk, tr("Notes · Title: %1").arg(qs(m_spec.map.name))});
        lines.push_back({24, false, kMuted, next});
        if (!m_spec.map.description.empty())
            lines.push_back({26, false, kInk, qs(m_spec.map.description)});
        if (m_spec.persona) {
            const journey::Persona& pe = *m_spec.persona;
            lines.push_back({28, true, kInk, tr("Persona: %1").arg(qs(pe.name))});
            lines.push_back({24, false, kInk, personaLine(pe), 24});
            for (const PersonaBox& b : personaBoxes(pe))
                if (!b.text.isEmpty())
                    lines.push_back(
                        {24, false, kInk, b.heading + QStringLiteral(": ") + b.text, 24});
        }
        for (int i = 0; i < n; ++i)
            lines.push_back(
                {24, false, kMuted,
                 trn("Stage %1: %2 (%n touchpoint(s))",
                     static_cast<int>(stages[static_cast<std::size_t>(i)].touchpoints.size()))
                     .arg(i + 1)
                     .arg(qs(stages[static_cast<std::size_t>(i)].name))});
    } else {
        const int stage = slide - 1;
        const Stage& st = stages[static_cast<std::size_t>(stage)];
        lines.push_back({40, true, stageColor(stage).darker(115),
                         tr("Notes · Stage %1 / %2: %3").arg(stage + 1).arg(n).arg(qs(st.name))});
        lines.push_back({24, false, kMuted, next});
        if (!st.description.empty())
            lines.push_back({26, false, kInk, qs(st.description)});
        for (int t = 0; t < static_cast<int>(st.touchpoints.size()); ++t) {
            const Touchpoint& tp = st.touchpoints[static_cast<std::size_t>(t)];
            const TouchpointKpis* k = kpisOf(stage, t);
            lines.push_back({28, true, k && k->flagged ? kAlert : kInk,
                             qs(tp.name) + QStringLiteral("  (") +
                                 tr("emotion %1").arg(signedNumber(tp.emotion, 0)) +
                                 QStringLiteral(")")});
            if (!tp.backstage.empty())
                lines.push_back({23, false, kInk, tr("Backstage: %1").arg(qs(tp.backstage)), 24});
            if (!tp.painPoints.empty())
                lines.push_back(
                    {23, false, kInk, tr("Pain points: %1").arg(qs(tp.painPoints)), 24});
            if (k && k->metrics.counts.responses > 0) {
                QStringList parts;
                parts << tr("n = %1").arg(count(k->metrics.counts.responses));
                if (k->metrics.nps)
                    parts << tr("NPS %1 [%2, %3]")
                                 .arg(signedNumber(k->metrics.nps->nps, 1),
                                      signedNumber(k->metrics.nps->lower, 1),
                                      signedNumber(k->metrics.nps->upper, 1));
                if (k->metrics.csatTop2)
                    parts << tr("CSAT %1 %").arg(number(100 * k->metrics.csatTop2->proportion, 1));
                if (k->derivedEmotion)
                    parts << tr("emotion from CSAT %1").arg(signedNumber(*k->derivedEmotion, 2));
                if (k->metrics.cesMean)
                    parts << tr("CES %1").arg(number(k->metrics.cesMean->mean, 2));
                lines.push_back({23, false, k->flagged ? kAlert : kInk,
                                 tr("KPIs: %1").arg(parts.join(QStringLiteral("; "))), 24});
            } else if (!tp.code.empty() && k) {
                lines.push_back({23, false, kMuted, tr("KPIs: no responses in the period"), 24});
            }
            for (const Opportunity& o : tp.opportunities) {
                QString t2 = QStringLiteral("\u2022 ") + qs(o.text) + QStringLiteral(" (P") +
                             QString::number(o.priority);
                if (!o.owner.empty())
                    t2 += QStringLiteral(", ") + qs(o.owner);
                t2 += o.status == OpportunityStatus::Solved ? QStringLiteral(", ") + tr("solved")
                                                            : QString();
                t2 += QStringLiteral(")");
                lines.push_back({23, false, priorityColor(o.priority).darker(110), t2, 24});
            }
        }
    }
    const QRectF area(70, 60, 1780, 960);
    auto layoutLines = [&](QPainter* p, double f) {
        double y = area.top();
        for (const Line& l : lines) {
            y += textBlock(p, QRectF(area.left() + l.indent, y, area.width() - l.indent, 0),
                           font(l.size * f, l.bold), l.text, l.color) +
                 8 * f;
        }
        return y - area.top();
    };
    const double f = fitScale([&](double k) { return layoutLines(nullptr, k); }, area.height());
    layoutLines(&painter, f);
    painter.restore();
}

// --- handout pages -------------------------------------------------------------------------------

void JourneyRenderer::paintPersonaPage(QPainter& p, const QRectF& r) const
{
    p.save();
    if (!m_spec.persona) {
        textBlock(&p, r, font(20, false, true), tr("This map has no persona."), kFaint);
        p.restore();
        return;
    }
    const journey::Persona& pe = *m_spec.persona;
    double y = r.top();
    y += textBlock(&p, QRectF(r.left(), y, r.width(), 0), font(12, true), tr("PERSONA"),
                   kFaint.darker(130)) +
         6;
    paintAvatar(p, QRectF(r.left(), y, 120, 120), pe, stageColor(6));
    double ty = y;
    ty += textBlock(&p, QRectF(r.left() + 145, ty, r.width() - 145, 0), font(30, true), qs(pe.name),
                    kInk);
    ty += 4 + textBlock(&p, QRectF(r.left() + 145, ty + 4, r.width() - 145, 0), font(15),
                        personaLine(pe), kMuted);
    if (!pe.quote.empty())
        ty += 12 + textBlock(&p, QRectF(r.left() + 145, ty + 12, r.width() - 145, 0),
                             font(17, false, true),
                             QStringLiteral("\u201c") + qs(pe.quote) + QStringLiteral("\u201d"),
                             kInk);
    y = std::max(y + 140, ty + 24);
    const auto boxes = personaBoxes(pe);
    const double bw = (r.width() - 24) / 2;
    // Two boxes per row, each row as tall as its taller box.
    for (std::size_t i = 0; i < boxes.size(); i += 2) {
        double h = 90.0;
        for (std::size_t j = i; j < std::min(i + 2, boxes.size()); ++j)
            h = std::max(h, 50 + textBlock(nullptr, QRectF(0, 0, bw - 28, 0), font(14),
                                           boxes[j].text, kInk));
        for (std::size_t j = i; j < std::min(i + 2, boxes.size()); ++j) {
            const QRectF box(r.left() + static_cast<double>(j - i) * (bw + 24), y, bw, h);
            p.setPen(QPen(kRule, 1));
            p.setBrush(QColor(0xf8, 0xfa, 0xfc));
            p.drawRoundedRect(box, 8, 8);
            textBlock(&p, box.adjusted(14, 12, -14, 0), font(11, true), boxes[j].heading.toUpper(),
                      kFaint.darker(130));
            textBlock(&p, box.adjusted(14, 34, -14, 0), font(14), boxes[j].text, kInk);
        }
        y += h + 18;
    }
    p.restore();
}

namespace {

Table kpiTable(const journey::JourneyMap& map, const std::optional<journey::MapKpis>& kpis)
{
    Table t;
    t.headers = {tr("Stage"),
                 tr("Touchpoint"),
                 tr("Code"),
                 tr("Responses"),
                 tr("NPS"),
                 tr("NPS 95 % CI"),
                 tr("CSAT top-2"),
                 tr("CSAT mean"),
                 tr("CES mean"),
                 tr("Emotion entered"),
                 tr("Emotion from CSAT"),
                 tr("Alerts")};
    // The interval ("−32.2 … +9.6") on one line: a wrapped column doubles every row.
    t.widths = {1.3, 2.2, 1.1, 0.9, 0.7, 1.7, 0.9, 0.8, 0.8, 0.9, 1.0, 2.1};
    t.align = {Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignRight,
               Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
               Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    for (std::size_t s = 0; s < map.stages.size(); ++s)
        for (std::size_t i = 0; i < map.stages[s].touchpoints.size(); ++i) {
            const Touchpoint& tp = map.stages[s].touchpoints[i];
            const TouchpointKpis* k = kpis ? &kpis->byStage[s][i] : nullptr;
            QStringList row;
            row << qs(map.stages[s].name) << qs(tp.name) << qs(tp.code);
            static const loyalty::ScoreMetrics kNone;
            const loyalty::ScoreMetrics& m = k ? k->metrics : kNone;
            const QString none = QStringLiteral("\u2014");
            row << (k && !tp.code.empty() ? count(m.counts.responses) : none);
            row << (m.nps ? signedNumber(m.nps->nps, 1) : none);
            row << (m.nps ? signedNumber(m.nps->lower, 1) + QStringLiteral(" \u2026 ") +
                                signedNumber(m.nps->upper, 1)
                          : none);
            row << (m.csatTop2 ? number(100 * m.csatTop2->proportion, 1) + QStringLiteral(" %")
                               : none);
            row << (m.csatMean ? number(m.csatMean->mean, 2) : none);
            row << (m.cesMean ? number(m.cesMean->mean, 2) : none);
            row << signedNumber(tp.emotion, 0);
            row << (k && k->derivedEmotion ? signedNumber(*k->derivedEmotion, 2) : none);
            QStringList alerts;
            if (k)
                for (const KpiReading& r : k->readings)
                    if (r.crossed)
                        alerts << JourneyRenderer::readingText(r);
            row << alerts.join(QStringLiteral("; "));
            t.rows.push_back(row);
            t.flagged.push_back(k && k->flagged);
        }
    return t;
}

Table opportunityTable(const journey::JourneyMap& map)
{
    Table t;
    t.headers = {tr("Stage"), tr("Touchpoint"), tr("Opportunity"),
                 tr("Owner"), tr("Priority"),   tr("Status")};
    t.widths = {1.3, 1.8, 4.5, 1.6, 0.8, 0.8};
    t.align = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
               Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft};
    for (const Stage& s : map.stages)
        for (const Touchpoint& tp : s.touchpoints)
            for (const Opportunity& o : tp.opportunities) {
                const bool open = o.status == OpportunityStatus::Open;
                t.rows.push_back({qs(s.name), qs(tp.name), qs(o.text), qs(o.owner),
                                  tr("P%1").arg(o.priority), open ? tr("open") : tr("solved")});
                t.flagged.push_back(open && o.priority == 1);
            }
    return t;
}

} // namespace

int JourneyRenderer::kpiRowCount() const
{
    return journey::touchpointCount(m_spec.map);
}

int JourneyRenderer::paintKpiPage(QPainter& p, const QRectF& bounds, int first) const
{
    QString subtitle = m_spec.subtitle;
    if (!m_spec.kpis)
        subtitle = tr("KPIs were not computed for this export.");
    return paintTable(p, bounds, kpiTable(m_spec.map, m_spec.kpis), first,
                      tr("KPIs by touchpoint · %1").arg(qs(m_spec.map.name)), subtitle);
}

int JourneyRenderer::opportunityRowCount() const
{
    return static_cast<int>(opportunityTable(m_spec.map).rows.size());
}

int JourneyRenderer::paintOpportunityPage(QPainter& p, const QRectF& bounds, int first) const
{
    return paintTable(p, bounds, opportunityTable(m_spec.map), first,
                      tr("Improvement opportunities · %1").arg(qs(m_spec.map.name)),
                      tr("Priority 1 is the most urgent; open P1 items are highlighted."));
}

// --- export ----------------------------------------------------------------------------------

int JourneyRenderer::write(const QString& path) const
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == "pdf")
        return writePdf(path);
    const QSizeF size = m_layout.size;
    if (ext == "png") {
        // 300 dpi at the map's natural size (96 logical pixels per inch), unless that passes
        // 40 megapixels: a poster-sized map would otherwise need gigabytes. The demo map is
        // just over the cap and comes out at about 285 dpi.
        constexpr double kPrintScale = 300.0 / 96.0;
        const double scale =
            std::min(kPrintScale, std::sqrt(40e6 / (size.width() * size.height())));
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            throw Error("not enough memory for a " + std::to_string(image.width()) +
                        "-pixel-wide image");
        const int dpm = static_cast<int>(std::lround(96.0 * scale / 0.0254));
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            paint(p, QRectF(QPointF(0, 0), size));
        }
        if (!image.save(path))
            throw Error("cannot write the image " + path.toStdString());
        return 1;
    }
    writeDrawing(
        path, size, [this, size](QPainter& p) { paint(p, QRectF(QPointF(0, 0), size)); }, 1.0,
        qs(m_spec.map.name));
    return 1;
}

int JourneyRenderer::writePdf(const QString& path) const
{
    QPdfWriter pdf(path);
    pdf.setTitle(qs(m_spec.map.name));
    pdf.setCreator(QStringLiteral("ValueDesk"));
    pdf.setResolution(72); // painter units are PDF points
    // Page 1 holds the whole map at its true size (96 logical pixels per inch); the handout
    // pages that follow are A4 landscape.
    const QSizeF mapPoints = m_layout.size * 0.75;
    pdf.setPageSize(QPageSize(mapPoints, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&pdf))
        throw Error("cannot write the PDF file " + path.toStdString());
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p, QRectF(QPointF(0, 0), mapPoints));
    int pages = 1;
    const QString footer = QStringLiteral("ValueDesk · ") + qs(m_spec.map.name);

    auto newA4 = [&]() {
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        if (!pdf.newPage())
            throw Error("cannot add a page to " + path.toStdString());
        ++pages;
        const QRectF page(0, 0, pdf.width(), pdf.height());
        paintFooter(p, page, footer, pages);
        return page.adjusted(40, 36, -40, -48);
    };
    if (m_spec.persona)
        paintPersonaPage(p, newA4());
    int row = 0;
    do {
        row = paintKpiPage(p, newA4(), row);
    } while (row < kpiRowCount());
    const int opportunities = opportunityRowCount();
    for (row = 0; row < opportunities;)
        row = paintOpportunityPage(p, newA4(), row);
    p.end();
    return pages;
}

} // namespace vd::render
