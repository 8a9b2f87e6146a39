#include "valuedesk/clv/Summary.h"

#include "clv/ClvFixtures.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>

namespace {

using namespace vd;
using namespace vd::clv;
using test::addCustomer;
using test::addPurchase;

class SummaryTest : public ::testing::Test
{
protected:
    test::TempDir dir;
    Database db{dir.file("w.vdw")};
};

SummaryOptions weekly(int y, int m, int d)
{
    SummaryOptions o;
    o.calibrationEnd = date::toEpoch(y, m, d);
    o.unit = TimeUnit::Week;
    return o;
}

TEST_F(SummaryTest, EmptyWorkspaceGivesNoCustomers)
{
    SummaryData s = computeSummaries(db, weekly(2024, 1, 31));
    EXPECT_TRUE(s.customers.empty());
    EXPECT_EQ(s.rowsRead, 0);
}

TEST_F(SummaryTest, HandComputedFrequencyRecencyAgeAndSpend)
{
    addCustomer(db, 1);
    addCustomer(db, 2);
    addCustomer(db, 3);
    // Customer 1: first purchase 2024-01-01, same-day second purchase (merged), repeats on
    // 01-08 and 01-29, a return on 01-15 (ignored), a purchase on 02-10 (after the end).
    addPurchase(db, 1, 2024, 1, 1, 10.0, false, 9);
    addPurchase(db, 1, 2024, 1, 1, 5.0, false, 17);
    addPurchase(db, 1, 2024, 1, 8, 20.0);
    addPurchase(db, 1, 2024, 1, 15, 99.0, true);
    addPurchase(db, 1, 2024, 1, 29, 40.0);
    addPurchase(db, 1, 2024, 2, 10, 7.0);
    // Customer 2: one purchase on the calibration end day itself (counts, T = 0).
    addPurchase(db, 2, 2024, 1, 29, 12.5);
    // Customer 3: first buys after the calibration end: not part of the cohort.
    addPurchase(db, 3, 2024, 2, 2, 30.0);

    SummaryOptions o = weekly(2024, 1, 29);
    o.holdoutEnd = date::toEpoch(2024, 2, 12);
    SummaryData s = computeSummaries(db, o);
    ASSERT_EQ(s.customers.size(), 2u);
    EXPECT_EQ(s.laterCustomers, 1);
    const CustomerSummary& c1 = s.customers[0];
    EXPECT_EQ(c1.customerId, 1);
    EXPECT_EQ(c1.x, 2.0);                // 01-08 and 01-29
    EXPECT_DOUBLE_EQ(c1.tx, 28.0 / 7.0); // 01-29 - 01-01 = 28 days
    EXPECT_DOUBLE_EQ(c1.T, 28.0 / 7.0);
    EXPECT_DOUBLE_EQ(c1.zbar, (20.0 + 40.0) / 2);
    EXPECT_DOUBLE_EQ(c1.meanSpend, (15.0 + 20.0 + 40.0) / 3); // same-day 10 + 5 merged
    EXPECT_EQ(c1.firstDay, date::daysFromCivil(2024, 1, 1));
    EXPECT_EQ(c1.xHoldout, 1.0);
    EXPECT_DOUBLE_EQ(c1.holdoutSpend, 7.0);
    const CustomerSummary& c2 = s.customers[1];
    EXPECT_EQ(c2.x, 0.0);
    EXPECT_EQ(c2.tx, 0.0);
    EXPECT_EQ(c2.T, 0.0);
    EXPECT_EQ(c2.zbar, 0.0);
    EXPECT_DOUBLE_EQ(c2.meanSpend, 12.5);
    // Seven non-return rows up to the holdout end (customer 3's purchase is read too).
    EXPECT_EQ(s.rowsRead, 7);
    EXPECT_EQ(s.originDay, date::daysFromCivil(2024, 1, 1));
    ASSERT_EQ(s.repeatsPerDay.size(), 43u); // 2024-01-01 .. 2024-02-12
    EXPECT_EQ(s.repeatsPerDay[7], 1);       // 01-08
    EXPECT_EQ(s.repeatsPerDay[28], 1);      // 01-29
    EXPECT_EQ(s.repeatsPerDay[40], 1);      // 02-10 (holdout)
    EXPECT_EQ(s.repeatsPerDay[32], 0);      // customer 3's first purchase is no repeat
    EXPECT_DOUBLE_EQ(s.holdoutLength(), 14.0 / 7.0);
}

TEST_F(SummaryTest, TimeUnitsScaleRecencyAndAge)
{
    addCustomer(db, 1);
    addPurchase(db, 1, 2023, 1, 1, 10.0);
    addPurchase(db, 1, 2023, 7, 2, 10.0); // day 182
    for (TimeUnit unit : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month}) {
        SummaryOptions o = weekly(2023, 12, 31); // day 364
        o.unit = unit;
        SummaryData s = computeSummaries(db, o);
        ASSERT_EQ(s.customers.size(), 1u);
        EXPECT_DOUBLE_EQ(s.customers[0].tx, 182.0 / unitDays(unit));
        EXPECT_DOUBLE_EQ(s.customers[0].T, 364.0 / unitDays(unit));
    }
    EXPECT_DOUBLE_EQ(unitDays(TimeUnit::Month), 30.436875);
    EXPECT_EQ(parseTimeUnit("month"), TimeUnit::Month);
    EXPECT_THROW(parseTimeUnit("fortnight"), InputError);
}

TEST_F(SummaryTest, HoldoutMustFollowCalibration)
{
    SummaryOptions o = weekly(2024, 1, 29);
    o.holdoutEnd = date::toEpoch(2024, 1, 29);
    EXPECT_THROW(computeSummaries(db, o), InputError);
}

TEST_F(SummaryTest, DatabaseAndInMemoryPathsAgree)
{
    std::vector<DailyPurchase> rows;
    for (int c = 1; c <= 40; ++c) {
        addCustomer(db, c);
        for (int k = 0; k < c % 7; ++k) {
            const int day = 1 + (c * 3 + k * k * 5) % 250;
            const auto civil = date::civilFromDays(date::daysFromCivil(2023, 1, 1) + day);
            addPurchase(db, c, civil.year, civil.month, civil.day, c + k);
            rows.push_back({c, date::daysFromCivil(2023, 1, 1) + day, c + k * 1.0});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const DailyPurchase& a, const DailyPurchase& b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.day < b.day;
    });
    SummaryOptions o = weekly(2023, 6, 30);
    o.holdoutEnd = date::toEpoch(2023, 12, 31);
    SummaryData a = computeSummaries(db, o);
    SummaryData b = summarise(rows, o);
    ASSERT_EQ(a.customers.size(), b.customers.size());
    for (std::size_t i = 0; i < a.customers.size(); ++i) {
        EXPECT_EQ(a.customers[i].customerId, b.customers[i].customerId);
        EXPECT_EQ(a.customers[i].x, b.customers[i].x);
        EXPECT_DOUBLE_EQ(a.customers[i].tx, b.customers[i].tx);
        EXPECT_DOUBLE_EQ(a.customers[i].T, b.customers[i].T);
        EXPECT_DOUBLE_EQ(a.customers[i].zbar, b.customers[i].zbar);
        EXPECT_EQ(a.customers[i].xHoldout, b.customers[i].xHoldout);
    }
    EXPECT_EQ(a.repeatsPerDay, b.repeatsPerDay);
    EXPECT_EQ(a.laterCustomers, b.laterCustomers);

    std::swap(rows[0], rows[5]);
    EXPECT_THROW(summarise(rows, o), InputError);
}

TEST_F(SummaryTest, ProgressCanCancel)
{
    addCustomer(db, 1);
    addPurchase(db, 1, 2024, 1, 1, 10.0);
    auto stop = [](double, std::string_view) { return false; };
    EXPECT_THROW(computeSummaries(db, weekly(2024, 1, 29), stop), CancelledError);
}

} // namespace
