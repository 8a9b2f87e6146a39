#pragma once

#include "valuedesk/Progress.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

namespace vd::clv {

// The unit time is measured in for the models: x, t_x, T and horizons are in these units.
enum class TimeUnit { Day, Week, Month };

// Length of a unit in days; a month is 365.2425 / 12 = 30.436875 days (mean Gregorian month).
double unitDays(TimeUnit unit);
std::string_view toString(TimeUnit unit);
// "day" | "week" | "month"; throws vd::InputError otherwise.
TimeUnit parseTimeUnit(std::string_view text);

// Recency-frequency-monetary summary of one customer's purchases, the sufficient statistics of
// the buy-till-you-die models (Fader, Hardie & Lee 2005). Purchases on the same calendar day
// (UTC) are one transaction (the CDNOW convention); returns are excluded.
struct CustomerSummary
{
    std::int64_t customerId = 0;
    double x = 0.0;            // repeat transactions in the calibration period
    double tx = 0.0;           // time of the last calibration transaction, from the first (units)
    double T = 0.0;            // time from the first transaction to the calibration end (units)
    double zbar = 0.0;         // mean value of the repeat transactions (0 when x = 0)
    double meanSpend = 0.0;    // mean value of all calibration transactions, the first included
    std::int64_t firstDay = 0; // epoch day (UTC) of the first transaction
    double xHoldout = 0.0;     // transactions in the holdout period
    double holdoutSpend = 0.0;
};

struct SummaryOptions
{
    // Unix seconds of any time on the last day of the calibration period (the day is included).
    std::int64_t calibrationEnd = 0;
    // Unix seconds on the last day of the holdout period; none means no holdout.
    std::optional<std::int64_t> holdoutEnd;
    TimeUnit unit = TimeUnit::Week;
};

// The summaries of every customer whose first transaction is on or before the calibration
// end, plus the calendar series of repeat transactions that validation plots need.
struct SummaryData
{
    SummaryOptions options;
    std::vector<CustomerSummary> customers; // ordered by customer id
    std::int64_t calibrationEndDay = 0;     // epoch day
    std::optional<std::int64_t> holdoutEndDay;
    std::int64_t originDay = 0; // epoch day of the earliest first transaction
    // Repeat transactions per calendar day from originDay through the last day read
    // (holdout end, else calibration end). Index = day - originDay.
    std::vector<std::int64_t> repeatsPerDay;
    std::int64_t rowsRead = 0;       // transaction rows read from the database
    std::int64_t transactions = 0;   // customer-days (merged transactions)
    std::int64_t laterCustomers = 0; // customers first buying after the calibration end

    double holdoutLength() const; // in units; 0 without holdout
};

// Reads transactions once, in (customer_id, ts) order through the index, and builds the
// summaries. Throws vd::InputError if the holdout ends before the calibration does.
SummaryData computeSummaries(Database& db, const SummaryOptions& options,
                             const ProgressCallback& progress = {});

// Builds summaries from in-memory (customer, day, amount) rows, for tests and generators;
// rows must be ordered by customer then day. Same rules as computeSummaries.
struct DailyPurchase
{
    std::int64_t customerId = 0;
    std::int64_t day = 0; // epoch day
    double amount = 0.0;
};
SummaryData summarise(const std::vector<DailyPurchase>& rows, const SummaryOptions& options);

} // namespace vd::clv
