#pragma once

#include <QColor>
#include <QDate>
#include <QString>
#include <cstdint>
#include <optional>

namespace vd::gui {

// How the segmentation views write numbers, dates and colours, in one place so that the
// tables, the charts and the heat map of the page agree: counts with thousands separators,
// money with two decimals, shares as "12.3 %", a missing number as an em dash, and one
// colour per segment (RFM segment, cluster, tier, level) by its index.
namespace segfmt {

QString count(std::int64_t n);
QString money(double v);
// A compact tick or cell label: 950, 12.5k, 3.4M.
QString compact(double v);
QString share(const std::optional<double>& fraction, int decimals = 1);
QString number(const std::optional<double>& v, int decimals = 2);
QString dash();

// Epoch days (UTC) and QDate.
QDate toDate(std::int64_t epochDay);
std::int64_t fromDate(const QDate& date);
QString dayText(std::int64_t epochDay);

// A distinct, readable colour for sub-group `index` (cycles after 12).
QColor color(int index);
// The same colour lightened for cell backgrounds behind dark text.
QColor lightColor(int index);

} // namespace segfmt
} // namespace vd::gui
