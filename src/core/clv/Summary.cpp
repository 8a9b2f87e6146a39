#include "valuedesk/clv/Summary.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace vd::clv {

double unitDays(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return 1.0;
    case TimeUnit::Week:
        return 7.0;
    case TimeUnit::Month:
        return 365.2425 / 12.0;
    }
    return 7.0;
}

std::string_view toString(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return "day";
    case TimeUnit::Week:
        return "week";
    case TimeUnit::Month:
        return "month";
    }
    return "week";
}

TimeUnit parseTimeUnit(std::string_view text)
{
    if (text == "day")
        return TimeUnit::Day;
    if (text == "week")
        return TimeUnit::Week;
    if (text == "month")
        return TimeUnit::Month;
    throw InputError("unknown time unit \"" + std::string(text) + "\" (use day, week or month)");
}

double SummaryData::holdoutLength() const
{
    if (!holdoutEndDay)
        return 0.0;
    return static_cast<double>(*holdoutEndDay - calibrationEndDay) / unitDays(options.unit);
}

namespace {

// Consumes purchases ordered by customer and time, merges each customer's purchases of one day
// into one transaction and accumulates the summaries in one pass.
class SummaryBuilder
{
public:
    SummaryBuilder(SummaryData& data) : m_data(data), m_unit(unitDays(data.options.unit)) {}

    void add(std::int64_t customer, std::int64_t day, double amount)
    {
        if (!m_haveCustomer || customer != m_customer) {
            flushCustomer();
            m_haveCustomer = true;
            m_customer = customer;
            m_day = day;
            m_dayAmount = amount;
            return;
        }
        if (day == m_day) {
            m_dayAmount += amount;
            return;
        }
        flushDay();
        m_day = day;
        m_dayAmount = amount;
    }

    void finish() { flushCustomer(); }

private:
    void flushDay()
    {
        const std::int64_t day = m_day;
        const double amount = m_dayAmount;
        ++m_data.transactions;
        if (m_transactions == 0) {
            m_later = day > m_data.calibrationEndDay;
            m_firstDay = day;
            m_lastDay = day;
            m_transactions = 1;
            m_spend = amount;
            return;
        }
        if (m_later)
            return;
        if (day <= m_data.calibrationEndDay) {
            ++m_transactions;
            m_lastDay = day;
            m_spend += amount;
            m_repeatSpend += amount;
        } else {
            ++m_holdoutTransactions;
            m_holdoutSpend += amount;
        }
        const auto index = static_cast<std::size_t>(day - m_data.originDay);
        if (index < m_data.repeatsPerDay.size())
            ++m_data.repeatsPerDay[index];
    }

    void flushCustomer()
    {
        if (!m_haveCustomer)
            return;
        flushDay();
        if (m_later) {
            ++m_data.laterCustomers;
        } else {
            CustomerSummary s;
            s.customerId = m_customer;
            s.x = static_cast<double>(m_transactions - 1);
            s.tx = static_cast<double>(m_lastDay - m_firstDay) / m_unit;
            s.T = static_cast<double>(m_data.calibrationEndDay - m_firstDay) / m_unit;
            s.zbar =
                m_transactions > 1 ? m_repeatSpend / static_cast<double>(m_transactions - 1) : 0.0;
            s.meanSpend = m_spend / static_cast<double>(m_transactions);
            s.firstDay = m_firstDay;
            s.xHoldout = static_cast<double>(m_holdoutTransactions);
            s.holdoutSpend = m_holdoutSpend;
            m_data.customers.push_back(s);
        }
        m_haveCustomer = false;
        m_transactions = 0;
        m_holdoutTransactions = 0;
        m_spend = m_repeatSpend = m_holdoutSpend = 0.0;
        m_later = false;
    }

    SummaryData& m_data;
    double m_unit;
    bool m_haveCustomer = false;
    std::int64_t m_customer = 0;
    std::int64_t m_day = 0;
    double m_dayAmount = 0.0;
    // The current customer's running totals.
    std::int64_t m_firstDay = 0;
    std::int64_t m_lastDay = 0;
    std::int64_t m_transactions = 0; // calibration customer-days, the first included
    std::int64_t m_holdoutTransactions = 0;
    double m_spend = 0.0;
    double m_repeatSpend = 0.0;
    double m_holdoutSpend = 0.0;
    bool m_later = false;
};

SummaryData prepare(const SummaryOptions& options)
{
    SummaryData data;
    data.options = options;
    data.calibrationEndDay = date::epochDay(options.calibrationEnd);
    if (options.holdoutEnd) {
        data.holdoutEndDay = date::epochDay(*options.holdoutEnd);
        if (*data.holdoutEndDay <= data.calibrationEndDay)
            throw InputError("the holdout end (" + date::formatDate(*options.holdoutEnd) +
                             ") must be after the calibration end (" +
                             date::formatDate(options.calibrationEnd) + ")");
    }
    return data;
}

std::int64_t lastDay(const SummaryData& data)
{
    return data.holdoutEndDay.value_or(data.calibrationEndDay);
}

} // namespace

namespace {

// One customer-id range of the transaction log read through its own statement; the summaries
// of disjoint ranges concatenate (customers stay in id order) and their day counts add up.
void readRange(Database& db, SummaryData& data, std::int64_t from, std::int64_t to,
               const std::function<void(std::int64_t customer)>& everyChunk)
{
    // The (customer_id, ts) index delivers rows in the order the builder needs: one pass, no
    // sort, no per-customer queries.
    Statement rows = db.prepare("SELECT customer_id, ts, amount FROM transactions "
                                "WHERE is_return = 0 AND ts < ?1 AND customer_id BETWEEN ?2 AND ?3 "
                                "ORDER BY customer_id, ts");
    rows.bindAll((lastDay(data) + 1) * date::kSecondsPerDay, from, to);
    SummaryBuilder builder(data);
    while (rows.step()) {
        const std::int64_t customer = rows.getInt(0);
        builder.add(customer, date::epochDay(rows.getInt(1)), rows.getDouble(2));
        if ((++data.rowsRead & 0xFFFF) == 0)
            everyChunk(customer);
    }
    builder.finish();
}

// Parts read in parallel: one per core (at most 4) for a large id range of a workspace on
// disk, each further part on its own read-only connection (WAL lets readers run side by side).
// Not inside an open transaction, whose uncommitted rows another connection could not see.
unsigned partsFor(Database& db, std::int64_t span)
{
    if (span < 50000 || db.inTransaction() || db.path().empty() || db.path() == ":memory:" ||
        db.path().rfind("file:", 0) == 0)
        return 1;
    return std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

} // namespace

SummaryData computeSummaries(Database& db, const SummaryOptions& options,
                             const ProgressCallback& progress)
{
    SummaryData data = prepare(options);
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "reading transactions");

    Statement first =
        db.prepare("SELECT ts FROM transactions WHERE is_return = 0 ORDER BY ts LIMIT 1");
    if (!first.step())
        return data;
    data.originDay = date::epochDay(first.getInt(0));
    if (data.originDay <= lastDay(data))
        data.repeatsPerDay.assign(static_cast<std::size_t>(lastDay(data) - data.originDay + 1), 0);
    const std::int64_t minCustomer = db.queryInt("SELECT min(customer_id) FROM transactions");
    const std::int64_t maxCustomer = db.queryInt("SELECT max(customer_id) FROM transactions");

    const unsigned parts = partsFor(db, maxCustomer - minCustomer);
    std::vector<SummaryData> partial(parts, data);
    std::vector<std::int64_t> bounds(parts + 1);
    for (unsigned k = 0; k <= parts; ++k)
        bounds[k] = minCustomer + (maxCustomer - minCustomer + 1) * static_cast<std::int64_t>(k) /
                                      static_cast<std::int64_t>(parts);
    std::atomic<bool> stop{false};
    std::vector<std::exception_ptr> errors(parts);
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < parts; ++k)
        pool.emplace_back([&, k] {
            try {
                Database::Options ro;
                ro.create = false;
                ro.readOnly = true;
                ro.migrate = false;
                Database own(db.path(), ro);
                readRange(own, partial[k], bounds[k], bounds[k + 1] - 1, [&](std::int64_t) {
                    if (stop.load())
                        throw CancelledError();
                });
            } catch (...) {
                errors[k] = std::current_exception();
            }
        });
    try {
        // The calling thread reads the first range and reports progress for all: the parts
        // are of equal id span and advance at about the same pace.
        readRange(db, partial[0], bounds[0], bounds[1] - 1, [&](std::int64_t customer) {
            reporter.update(customer - bounds[0], bounds[1] - bounds[0], "reading transactions");
        });
    } catch (...) {
        errors[0] = std::current_exception();
        stop = true;
    }
    for (auto& t : pool)
        t.join();
    for (auto& e : errors)
        if (e)
            std::rethrow_exception(e);

    data = std::move(partial[0]);
    for (unsigned k = 1; k < parts; ++k) {
        SummaryData& p = partial[k];
        data.customers.insert(data.customers.end(), p.customers.begin(), p.customers.end());
        for (std::size_t d = 0; d < data.repeatsPerDay.size(); ++d)
            data.repeatsPerDay[d] += p.repeatsPerDay[d];
        data.rowsRead += p.rowsRead;
        data.transactions += p.transactions;
        data.laterCustomers += p.laterCustomers;
    }
    reporter.stage(1.0, "summaries ready");
    return data;
}

SummaryData summarise(const std::vector<DailyPurchase>& rows, const SummaryOptions& options)
{
    SummaryData data = prepare(options);
    if (rows.empty())
        return data;
    data.originDay = rows.front().day;
    for (const auto& r : rows)
        data.originDay = std::min(data.originDay, r.day);
    if (data.originDay <= lastDay(data))
        data.repeatsPerDay.assign(static_cast<std::size_t>(lastDay(data) - data.originDay + 1), 0);
    SummaryBuilder builder(data);
    std::int64_t prevCustomer = rows.front().customerId;
    std::int64_t prevDay = rows.front().day;
    for (const auto& r : rows) {
        if (r.customerId < prevCustomer || (r.customerId == prevCustomer && r.day < prevDay))
            throw InputError("purchases must be ordered by customer and day");
        prevCustomer = r.customerId;
        prevDay = r.day;
        if (r.day > lastDay(data))
            continue;
        ++data.rowsRead;
        builder.add(r.customerId, r.day, r.amount);
    }
    builder.finish();
    return data;
}

} // namespace vd::clv
