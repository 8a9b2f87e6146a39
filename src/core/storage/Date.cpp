#include "valuedesk/Date.h"

#include <cstdio>

namespace vd::date {

namespace {

bool readInt(std::string_view s, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

} // namespace

std::optional<std::int64_t> parseIso(std::string_view s)
{
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0;
    if (s.size() < 10 || !readInt(s, 0, 4, y) || s[4] != '-' || !readInt(s, 5, 2, m) ||
        s[7] != '-' || !readInt(s, 8, 2, d))
        return std::nullopt;
    if (!isValid(y, m, d))
        return std::nullopt;
    std::size_t pos = 10;
    if (pos < s.size()) {
        if (s[pos] != 'T' && s[pos] != ' ')
            return std::nullopt;
        if (!readInt(s, pos + 1, 2, hh) || s.size() < pos + 6 || s[pos + 3] != ':' ||
            !readInt(s, pos + 4, 2, mm))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!readInt(s, pos + 1, 2, ss))
                return std::nullopt;
            pos += 3;
        }
        if (pos < s.size() && s[pos] == 'Z')
            ++pos;
        if (pos != s.size() || hh > 23 || mm > 59 || ss > 60)
            return std::nullopt;
    }
    return toEpoch(y, m, d, hh, mm, ss);
}

std::string formatDate(std::int64_t t)
{
    Civil c = civilFromDays(epochDay(t));
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string formatDateTime(std::int64_t t)
{
    std::int64_t day = epochDay(t);
    Civil c = civilFromDays(day);
    std::int64_t rem = t - day * kSecondsPerDay;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day,
                  static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60),
                  static_cast<int>(rem % 60));
    return buf;
}

} // namespace vd::date
