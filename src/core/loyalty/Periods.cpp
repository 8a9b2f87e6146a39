#include "valuedesk/loyalty/Periods.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"

#include <cstdio>

namespace vd::loyalty {

namespace {

constexpr std::int64_t kDay = 86400;

// Monday of the ISO week containing the day: 1970-01-01 was a Thursday, so day + 3 counts
// from Monday 1969-12-29.
std::int64_t mondayOf(std::int64_t day)
{
    std::int64_t shifted = day + 3;
    std::int64_t weekday = ((shifted % 7) + 7) % 7; // 0 = Monday
    return day - weekday;
}

std::string isoWeekLabel(std::int64_t monday)
{
    // ISO 8601: the week belongs to the year of its Thursday; week 1 holds 4 January.
    const std::int64_t thursday = monday + 3;
    const int year = date::civilFromDays(thursday).year;
    const std::int64_t jan4 = date::daysFromCivil(year, 1, 4);
    const std::int64_t week = (thursday - mondayOf(jan4)) / 7 + 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", year, static_cast<int>(week));
    return buf;
}

} // namespace

std::optional<Grain> parseGrain(std::string_view text)
{
    if (text == "week")
        return Grain::Week;
    if (text == "month")
        return Grain::Month;
    if (text == "quarter")
        return Grain::Quarter;
    return std::nullopt;
}

const char* grainName(Grain grain)
{
    switch (grain) {
    case Grain::Week:
        return "week";
    case Grain::Month:
        return "month";
    case Grain::Quarter:
        return "quarter";
    }
    return "month";
}

Period periodContaining(std::int64_t ts, Grain grain)
{
    const std::int64_t day = floorDay(ts);
    Period p;
    char buf[16];
    if (grain == Grain::Week) {
        const std::int64_t monday = mondayOf(day);
        p.start = monday * kDay;
        p.end = (monday + 7) * kDay;
        p.label = isoWeekLabel(monday);
        return p;
    }
    const date::Civil c = date::civilFromDays(day);
    if (grain == Grain::Month) {
        p.start = date::daysFromCivil(c.year, c.month, 1) * kDay;
        p.end = (c.month == 12 ? date::daysFromCivil(c.year + 1, 1, 1)
                               : date::daysFromCivil(c.year, c.month + 1, 1)) *
                kDay;
        std::snprintf(buf, sizeof buf, "%04d-%02d", c.year, c.month);
        p.label = buf;
        return p;
    }
    const int q = (c.month - 1) / 3; // 0..3
    p.start = date::daysFromCivil(c.year, q * 3 + 1, 1) * kDay;
    p.end = (q == 3 ? date::daysFromCivil(c.year + 1, 1, 1)
                    : date::daysFromCivil(c.year, q * 3 + 4, 1)) *
            kDay;
    std::snprintf(buf, sizeof buf, "%04d-Q%d", c.year, q + 1);
    p.label = buf;
    return p;
}

Period previousPeriod(const Period& period, Grain grain)
{
    return periodContaining(period.start - 1, grain);
}

Period nextPeriod(const Period& period, Grain grain)
{
    return periodContaining(period.end, grain);
}

std::vector<Period> periodsCovering(std::int64_t from, std::int64_t to, Grain grain)
{
    std::vector<Period> out;
    if (to <= from)
        return out;
    constexpr std::size_t kMaxPeriods = 100000;
    Period p = periodContaining(from, grain);
    while (p.start < to) {
        if (out.size() >= kMaxPeriods)
            throw InputError("the date range spans more than 100000 " +
                             std::string(grainName(grain)) + "s; choose a shorter range");
        out.push_back(p);
        p = nextPeriod(p, grain);
    }
    return out;
}

} // namespace vd::loyalty
