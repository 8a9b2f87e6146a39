#pragma once

// Internal pieces of the demo generator shared by its source files.

#include "demo/DemoData.h"
#include "valuedesk/Progress.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/segment/Activity.h"

#include <array>
#include <cstdint>
#include <vector>

namespace vd {
class Database;
}

namespace vd::demo {

class Random;

// The observation window and its calendar: seasonality per day, the quarter of the NPS dip.
struct Calendar
{
    std::int64_t start = 0;    // first instant customers may join (UTC seconds)
    std::int64_t end = 0;      // last instant of any row
    std::int64_t firstDay = 0; // epoch day of start
    std::int64_t dipStart = 0; // the dip quarter [dipStart, dipEnd); empty without a dip
    std::int64_t dipEnd = 0;
    std::vector<double> dayFactor; // purchase intensity per day relative to the average
    double maxFactor = 1.0;

    Calendar(const DemoOptions& options);

    double factorOfDay(std::int64_t epochDay) const
    {
        std::int64_t i = epochDay - firstDay;
        if (i < 0 || i >= static_cast<std::int64_t>(dayFactor.size()))
            return 1.0;
        return dayFactor[static_cast<std::size_t>(i)];
    }
    bool inDip(std::int64_t ts) const { return ts >= dipStart && ts < dipEnd; }
    // Slow drift of satisfaction: a little better every year.
    double trend(std::int64_t ts) const
    {
        double years = static_cast<double>(ts - start) / (365.25 * 86400.0);
        return 0.08 * years - 0.1;
    }
};

// Loyalty tiers; a member's tier is the highest whose min_points their qualifying points
// (everything earned minus points taken back for returns; redemptions do not lower it) reach.
struct TierDef
{
    const char* name;
    std::int64_t minPoints;
};
inline constexpr TierDef kTiers[] = {
    {"Member", 0}, {"Silver", 500}, {"Gold", 2000}, {"Platinum", 6000}};

// Ids of the reference rows the per-customer rows point to.
struct Reference
{
    std::array<std::int64_t, kAttributeCount> attributeIds{};
    std::int64_t relationshipSurvey = 0;
    std::int64_t pulseSurvey = 0;
    std::int64_t welcomeSurvey = 0;
    std::int64_t serviceSurvey = 0;
    std::int64_t kanoStudy = 0;
    std::vector<std::int64_t> kanoFeatureIds;
};

// Journey map and persona, attributes, surveys, loyalty tiers, the Kano study and features.
void insertReferenceData(Database& db, const DemoOptions& options, const Calendar& calendar,
                         Reference& ref, DemoSummary& summary);

// Kano respondents (linked to customers where there are any) and their answers. The answers
// come from `rng` alone, so they are the same whatever the number of customers; which
// customers answered comes from `linkRng`.
void insertKanoAnswers(Database& db, Random& rng, Random& linkRng, const DemoOptions& options,
                       const Calendar& calendar, const Reference& ref, DemoSummary& summary);

// The saved segments (DemoOptions::segments): "Lower income" and "Upper income" (rules on
// the income band), the RFM segments and the customer pyramid by revenue, computed by the
// segment module from the rows written so far; `activity` is what loadActivity would read
// from the orders (counted while they were written). Progress goes to [from, to) of
// `reporter`. Nothing is saved without purchases.
void insertSegments(Database& db, const Calendar& calendar, const segment::ActivityTable& activity,
                    DemoSummary& summary, ProgressReporter& reporter, double from, double to);

} // namespace vd::demo
