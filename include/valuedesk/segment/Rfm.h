#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/segment/RfmGrid.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::segment {

struct ActivityTable;

enum class Direction { HigherIsBetter, LowerIsBetter };

// Quintile scores 1..5 with one fixed tie rule: equal values always get the same score.
// A customer's score is 1 + floor(5 * w / n), where w is the number of customers with a
// strictly worse value and n the number scored: exact quintiles when values are distinct; a
// block of ties gets the score of its worst member's position. Deterministic (no dependence
// on input order). NaN values are refused with vd::InputError.
std::vector<int> quintileScores(std::span<const double> values, Direction direction);

// One customer's raw R, F, M and the scores.
struct RfmCustomer
{
    std::int64_t customerId = 0;
    std::int64_t recencyDays = 0; // reference day - day of the last purchase (0 = that day)
    std::int64_t frequency = 0;   // purchases up to the reference day
    double monetary = 0.0;        // net revenue up to the reference day
    int r = 0, f = 0, m = 0;      // 1..5
    int segment = -1;             // index into the grid's segments
};

// Per named segment: size, revenue and the median raw R, F, M of its customers.
struct RfmSegmentSummary
{
    std::string name;
    std::int64_t customers = 0;
    double revenue = 0.0;
    std::optional<double> revenueShare; // of all scored revenue; nullopt when that is <= 0
    std::optional<double> medianRecencyDays;
    std::optional<double> medianFrequency;
    std::optional<double> medianMonetary;
};

struct RfmOptions
{
    // Epoch day (UTC) of the reference date: purchases up to the end of that day count and
    // recency is measured from it. nullopt = the day of the newest transaction.
    std::optional<std::int64_t> referenceDay;
    RfmGrid grid = RfmGrid::defaults();
    int threads = 0; // for reading transactions (Activity.h)
    // Activity read before for the same day (activityCovers), used instead of reading the
    // transactions again; not owned. Ignored when it covers another day.
    const ActivityTable* activity = nullptr;
};

struct RfmResult
{
    std::int64_t referenceDay = 0;
    RfmGrid grid;
    std::vector<RfmCustomer> customers;      // sorted by customer id
    std::vector<RfmSegmentSummary> segments; // in grid order
    // Heat map over R (row, index r-1) x F (column, index f-1): customers and revenue.
    std::array<std::array<std::int64_t, 5>, 5> heatCount{};
    std::array<std::array<double, 5>, 5> heatRevenue{};
    double totalRevenue = 0.0;
    std::int64_t customersWithoutPurchase = 0; // in the base but not scored
};

// Inputs of the pure scoring step.
struct RfmInput
{
    std::int64_t customerId = 0;
    std::int64_t lastPurchaseDay = 0; // epoch day
    std::int64_t frequency = 0;       // >= 1
    double monetary = 0.0;
};

// Scores customers that made at least one purchase; the grid must be valid (vd::InputError
// otherwise). Pure: tests feed hand-made inputs.
RfmResult scoreRfm(std::vector<RfmInput> inputs, std::int64_t referenceDay, const RfmGrid& grid);

// RFM of the workspace: one pass over transactions (Activity.h), then scoreRfm. Customers
// without a purchase up to the reference day are counted in customersWithoutPurchase. Throws
// vd::AnalysisError when there is no purchase at all.
RfmResult computeRfm(Database& db, const RfmOptions& options = {},
                     const ProgressCallback& progress = {});

// Median of a sample (mean of the two middle values for an even count); nullopt when empty.
std::optional<double> median(std::vector<double> values);

} // namespace vd::segment
