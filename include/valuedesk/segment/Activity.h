#pragma once

#include "valuedesk/Progress.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace vd {
class Database;
}

namespace vd::segment {

// What a customer did, as every segmentation needs it: last purchase, number of purchases, net
// revenue and margin up to a reference day. Read from the transactions table in one sequential
// pass (split across threads for large tables) instead of one query per customer, so RFM,
// k-means features, the pyramid and the segment comparison stay fast at 10^6 customers.
//
// Conventions (docs/methods.md, "Segmentation"): a row with is_return = 0 is a purchase, one
// with is_return = 1 a return. Net revenue = sum of purchase amounts - sum of |return
// amounts| (whatever sign the source used for returns). Margin = sum over purchases of
// (amount - cost) - sum over returns of (|amount| - |cost|), over rows whose cost is known.
// The sums are exact in 128-bit fixed point (2^-52 resolution) and rounded once, so they do
// not depend on the order of the rows or on how the read was split across threads.
struct CustomerActivity
{
    std::int64_t customerId = 0;
    std::int64_t lastPurchase = 0; // ts of the newest purchase; meaningful when purchases > 0
    std::int64_t purchases = 0;
    std::int64_t returns = 0;
    double revenue = 0.0;
    double margin = 0.0;
    std::int64_t costRows = 0; // rows that contributed to margin
};

// Per-customer activity of every customer with at least one transaction up to the day.
struct ActivityTable
{
    std::vector<CustomerActivity> customers; // sorted by customerId
    std::int64_t rows = 0;                   // transaction rows read
    std::int64_t rowsWithCost = 0;
    std::int64_t customersInBase = 0;       // rows of the customers table when the read began
    std::optional<std::int64_t> throughDay; // epoch day included last; nullopt = everything

    // Binary search; nullptr when the customer had no transaction.
    const CustomerActivity* find(std::int64_t customerId) const;
};

// Epoch day (days since 1970-01-01, UTC) of the newest transaction; nullopt without any.
std::optional<std::int64_t> latestTransactionDay(Database& db);

// Reads all transactions with ts before the end of `throughDay` (UTC) or all of them.
// `threads`: 0 = split across the hardware's cores when the table is large, n > 1 = split
// across n connections, 1 = the caller's connection only. Splitting needs `db` to be a file
// and outside a transaction (helper connections see only committed rows); otherwise one
// connection reads everything.
ActivityTable loadActivity(Database& db, std::optional<std::int64_t> throughDay = {},
                           const ProgressCallback& progress = {}, int threads = 0);

namespace detail {
class Accumulator;
}

// An ActivityTable from transaction rows the caller streams as it writes them (the demo
// generator), with exactly the sums loadActivity would read back: no second pass over 10^7
// orders. Customer ids outside [minCustomerId, maxCustomerId] are still accepted.
class ActivityBuilder
{
public:
    ActivityBuilder(std::int64_t minCustomerId, std::int64_t maxCustomerId);
    ~ActivityBuilder();
    ActivityBuilder(const ActivityBuilder&) = delete;
    ActivityBuilder& operator=(const ActivityBuilder&) = delete;

    void add(std::int64_t customerId, std::int64_t ts, double amount, std::optional<double> cost,
             bool isReturn);
    // Through the day of the newest row added (nullopt without rows), as loadActivity through
    // that day gives it.
    ActivityTable finish(std::int64_t customersInBase) const;

private:
    std::unique_ptr<detail::Accumulator> m_acc;
    std::int64_t m_rows = 0;
    std::int64_t m_rowsWithCost = 0;
    std::int64_t m_latest = std::numeric_limits<std::int64_t>::min();
};

// True when `table` holds exactly what loadActivity(db, throughDay) would read now: the same
// day, or both days at or after the newest transaction (nullopt counts as "everything").
// Lets one read serve several analyses (the demo's RFM and pyramid).
bool activityCovers(Database& db, const ActivityTable& table,
                    std::optional<std::int64_t> throughDay);

// A customer's answers to the 0-10 "would you recommend" question up to a day.
struct CustomerNps
{
    std::int64_t customerId = 0;
    int latest = 0; // the newest answer (ties in time: the higher response id)
    double mean = 0.0;
    std::int64_t answers = 0;
};

// Every customer with at least one NPS answer whose ts is before the end of `throughDay`
// (all answers when nullopt), sorted by customer id; one indexed pass over responses.
std::vector<CustomerNps> loadNpsAnswers(Database& db, std::optional<std::int64_t> throughDay = {});

} // namespace vd::segment
