#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vd {

// Timestamps are stored as UTC Unix seconds (INTEGER columns) everywhere in a workspace:
// compact, fast to compare and convertible in SQL with unixepoch()/datetime(x,'unixepoch').
// These helpers convert between them and civil dates without Qt or time-zone databases.
// Algorithms: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013).
namespace date {

constexpr std::int64_t kSecondsPerDay = 86400;

struct Civil
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

// Days since 1970-01-01 of a proleptic Gregorian date.
constexpr std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

constexpr Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

constexpr bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int daysInMonth(int y, int m)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

constexpr bool isValid(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

constexpr std::int64_t toEpoch(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0)
{
    return daysFromCivil(y, m, d) * kSecondsPerDay + hh * 3600 + mm * 60 + ss;
}

// Floor division so that times before 1970 map to the right day.
constexpr std::int64_t epochDay(std::int64_t epochSeconds)
{
    return epochSeconds >= 0 ? epochSeconds / kSecondsPerDay
                             : -((-epochSeconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" or "YYYY-MM-DD HH:MM[:SS]" (optional trailing
// "Z"). Returns nullopt for anything else or an impossible date.
std::optional<std::int64_t> parseIso(std::string_view text);

// "YYYY-MM-DD".
std::string formatDate(std::int64_t epochSeconds);
// "YYYY-MM-DD HH:MM:SS".
std::string formatDateTime(std::int64_t epochSeconds);

} // namespace date
} // namespace vd
