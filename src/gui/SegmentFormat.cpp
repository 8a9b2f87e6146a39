#include "SegmentFormat.h"

#include "valuedesk/Date.h"

#include <QLocale>
#include <array>
#include <cmath>

namespace vd::gui::segfmt {

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

QString compact(double v)
{
    const QLocale locale;
    const double a = std::abs(v);
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'f', a >= 1e8 ? 0 : 1) + QStringLiteral("M");
    if (a >= 1e4)
        return locale.toString(v / 1e3, 'f', a >= 1e5 ? 0 : 1) + QStringLiteral("k");
    if (a >= 100 || v == std::round(v))
        return locale.toString(v, 'f', 0);
    return locale.toString(v, 'f', 1);
}

QString dash()
{
    return QStringLiteral("—");
}

QString share(const std::optional<double>& fraction, int decimals)
{
    if (!fraction || !std::isfinite(*fraction))
        return dash();
    return QLocale().toString(100.0 * *fraction, 'f', decimals) + QStringLiteral(" %");
}

QString number(const std::optional<double>& v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return dash();
    return QLocale().toString(*v, 'f', decimals);
}

QDate toDate(std::int64_t epochDay)
{
    const auto c = date::civilFromDays(epochDay);
    return QDate(c.year, static_cast<int>(c.month), static_cast<int>(c.day));
}

std::int64_t fromDate(const QDate& d)
{
    return date::daysFromCivil(d.year(), d.month(), d.day());
}

QString dayText(std::int64_t epochDay)
{
    return toDate(epochDay).toString(Qt::ISODate);
}

QColor color(int index)
{
    // Tableau-like qualitative palette, readable on white and on a projector.
    static const std::array<QColor, 12> palette = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0xad, 0x49, 0x4a)};
    if (index < 0)
        return QColor(Qt::white);
    return palette[static_cast<std::size_t>(index) % palette.size()];
}

QColor lightColor(int index)
{
    if (index < 0)
        return QColor(Qt::white);
    const QColor c = color(index);
    // 35 % of the colour over white.
    auto mix = [](int v) { return static_cast<int>(std::lround(255 - 0.35 * (255 - v))); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace vd::gui::segfmt
