#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Calendar periods (ISO week, month, quarter) in UTC, the unit every loyalty metric is
// reported by. Periods are half-open [start, end) in Unix seconds so that consecutive
// periods tile time without gaps or overlaps.
namespace vd::loyalty {

enum class Grain { Week, Month, Quarter };

struct Period
{
    std::int64_t start = 0; // inclusive, UTC Unix seconds at 00:00
    std::int64_t end = 0;   // exclusive
    std::string label;      // "2024-W07" (ISO 8601 week), "2024-03", "2024-Q1"
    bool operator==(const Period&) const = default;
};

// "week", "month", "quarter" (case-sensitive); nullopt otherwise.
std::optional<Grain> parseGrain(std::string_view text);
const char* grainName(Grain grain);

// The period that contains the instant ts.
Period periodContaining(std::int64_t ts, Grain grain);
Period previousPeriod(const Period& period, Grain grain);
Period nextPeriod(const Period& period, Grain grain);
// Every period that overlaps [from, to), in order; empty when to <= from. Throws
// vd::InputError when the range would give more than 100,000 periods.
std::vector<Period> periodsCovering(std::int64_t from, std::int64_t to, Grain grain);

// Floor division of Unix seconds into days since 1970-01-01 (also before 1970).
constexpr std::int64_t floorDay(std::int64_t ts)
{
    return ts >= 0 ? ts / 86400 : -((-ts + 86399) / 86400);
}

} // namespace vd::loyalty
