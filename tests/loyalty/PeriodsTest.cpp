#include "valuedesk/loyalty/Periods.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::loyalty;

TEST(Periods, MonthQuarterAndIsoWeekBoundaries)
{
    Period m = periodContaining(date::toEpoch(2024, 2, 29, 23, 59, 59), Grain::Month);
    EXPECT_EQ(m.start, date::toEpoch(2024, 2, 1));
    EXPECT_EQ(m.end, date::toEpoch(2024, 3, 1));
    EXPECT_EQ(m.label, "2024-02");

    Period dec = periodContaining(date::toEpoch(2023, 12, 31), Grain::Month);
    EXPECT_EQ(dec.end, date::toEpoch(2024, 1, 1));

    Period q = periodContaining(date::toEpoch(2024, 6, 30, 12), Grain::Quarter);
    EXPECT_EQ(q.start, date::toEpoch(2024, 4, 1));
    EXPECT_EQ(q.end, date::toEpoch(2024, 7, 1));
    EXPECT_EQ(q.label, "2024-Q2");
    EXPECT_EQ(periodContaining(date::toEpoch(2024, 12, 5), Grain::Quarter).end,
              date::toEpoch(2025, 1, 1));

    // ISO 8601 weeks (checked against a calendar): 2021-01-03 (Sunday) is in 2020-W53,
    // 2024-12-30 (Monday) starts 2025-W01, 1970-01-01 (Thursday) is in 1970-W01.
    Period w = periodContaining(date::toEpoch(2021, 1, 3, 18), Grain::Week);
    EXPECT_EQ(w.label, "2020-W53");
    EXPECT_EQ(w.start, date::toEpoch(2020, 12, 28));
    EXPECT_EQ(w.end, date::toEpoch(2021, 1, 4));
    EXPECT_EQ(periodContaining(date::toEpoch(2024, 12, 30), Grain::Week).label, "2025-W01");
    EXPECT_EQ(periodContaining(date::toEpoch(2024, 3, 13), Grain::Week).label, "2024-W11");
    Period epochWeek = periodContaining(0, Grain::Week);
    EXPECT_EQ(epochWeek.label, "1970-W01");
    EXPECT_EQ(epochWeek.start, date::toEpoch(1969, 12, 29));
    // Before 1970 the floor division still finds the right day.
    EXPECT_EQ(periodContaining(-1, Grain::Month).label, "1969-12");
}

TEST(Periods, CoveringTilesTheRange)
{
    auto ps = periodsCovering(date::toEpoch(2024, 1, 15), date::toEpoch(2024, 4, 1), Grain::Month);
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_EQ(ps[0].label, "2024-01");
    EXPECT_EQ(ps[2].label, "2024-03");
    for (std::size_t i = 1; i < ps.size(); ++i)
        EXPECT_EQ(ps[i].start, ps[i - 1].end);
    EXPECT_EQ(previousPeriod(ps[0], Grain::Month).label, "2023-12");
    EXPECT_TRUE(periodsCovering(10, 10, Grain::Week).empty());
    EXPECT_THROW(periodsCovering(0, 100000000000LL, Grain::Week), InputError);
    EXPECT_EQ(parseGrain("quarter"), Grain::Quarter);
    EXPECT_FALSE(parseGrain("year").has_value());
}
