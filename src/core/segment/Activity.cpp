#include "valuedesk/segment/Activity.h"

#include "Parallel.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace vd::segment {

// Shared with ActivityBuilder (Activity.h), which only forward-declares Accumulator.
namespace detail {

constexpr std::int64_t kNoPurchase = std::numeric_limits<std::int64_t>::min();
// Below this many rows a second connection costs more than it saves.
constexpr std::int64_t kParallelRows = 400000;

__extension__ typedef __int128 Int128; // GCC and Clang; -Wpedantic knows no 128-bit type

// Sums of money that do not depend on the order of the terms, so that a read split across
// threads gives the same bits as one pass. Each amount is scaled by 2^52 and truncated to a
// 128-bit integer (exact for |x| >= 1: a double has 52 fraction bits; below 1 at most 2^-52
// is dropped), integers add exactly in any order, and value() rounds the exact total to the
// nearest double once, which is also at least as accurate as summing in doubles. Amounts of
// 2^60 (about 10^18) or more, or infinite ones, go to a plain double sum instead.
class MoneySum
{
public:
    static constexpr double kScale = 0x1.0p52;
    static constexpr double kLimit = 0x1.0p60;

    // true when the amount was added exactly; false when the caller must add it to an
    // overflow sum (the amount is too large or not finite).
    bool add(double x)
    {
        if (!(std::fabs(x) < kLimit))
            return false;
        // trunc(x * 2^52) without the slow double -> __int128 library call: the integer part
        // and the fraction have the same sign, so their truncations add up to the same.
        const double whole = std::trunc(x);
        m_fixed += static_cast<Int128>(static_cast<std::int64_t>(whole)) * (Int128{1} << 52) +
                   static_cast<std::int64_t>((x - whole) * kScale);
        return true;
    }
    void merge(const MoneySum& o) { m_fixed += o.m_fixed; }
    double value() const { return static_cast<double>(m_fixed) / kScale; }

private:
    Int128 m_fixed = 0;
};

struct Acc
{
    MoneySum revenue;
    MoneySum margin;
    std::int64_t last = kNoPurchase;
    std::int32_t purchases = 0;
    std::int32_t returns = 0;
    std::int32_t costRows = 0;
    bool overflow = false; // some amount went to the accumulator's overflow sums

    bool any() const { return purchases > 0 || returns > 0; }
    void merge(const Acc& o)
    {
        revenue.merge(o.revenue);
        margin.merge(o.margin);
        last = std::max(last, o.last);
        purchases += o.purchases;
        returns += o.returns;
        costRows += o.costRows;
        overflow = overflow || o.overflow;
    }
};

// Per-customer accumulators: a dense array over [minId, maxId] when customer ids are
// compact (the usual INTEGER PRIMARY KEY), a hash map otherwise. Adding a row allocates
// nothing on the dense path.
class Accumulator
{
public:
    Accumulator(std::int64_t minId, std::int64_t maxId, bool dense) : m_minId(minId), m_dense(dense)
    {
        if (dense)
            m_slots.resize(static_cast<std::size_t>(maxId - minId + 1));
    }

    Acc& at(std::int64_t id)
    {
        if (m_dense) {
            auto i = static_cast<std::size_t>(id - m_minId);
            if (id >= m_minId && i < m_slots.size())
                return m_slots[i];
            return m_sparse[id]; // a row inserted after the id range was read
        }
        return m_sparse[id];
    }

    void add(std::int64_t id, std::int64_t ts, double amount, bool hasCost, double cost,
             bool isReturn, std::int64_t& rowsWithCost)
    {
        Acc& a = at(id);
        if (isReturn) {
            ++a.returns;
            addMoney(id, a, a.revenue, -std::fabs(amount), false);
            if (hasCost) {
                addMoney(id, a, a.margin, -(std::fabs(amount) - std::fabs(cost)), true);
                ++a.costRows;
                ++rowsWithCost;
            }
        } else {
            ++a.purchases;
            a.last = std::max(a.last, ts);
            addMoney(id, a, a.revenue, amount, false);
            if (hasCost) {
                addMoney(id, a, a.margin, amount - cost, true);
                ++a.costRows;
                ++rowsWithCost;
            }
        }
    }

    // Adds `other` into this one, slot by slot.
    void merge(const Accumulator& other)
    {
        for (std::size_t i = 0; i < other.m_slots.size(); ++i)
            if (other.m_slots[i].any())
                m_slots[i].merge(other.m_slots[i]);
        for (const auto& [id, acc] : other.m_sparse)
            at(id).merge(acc);
        for (const auto& [id, big] : other.m_overflow) {
            auto& mine = m_overflow[id];
            mine.first += big.first;
            mine.second += big.second;
        }
    }

    std::vector<CustomerActivity> collect() const
    {
        std::vector<CustomerActivity> out;
        std::size_t count = m_sparse.size();
        for (const auto& a : m_slots)
            count += a.any() ? 1 : 0;
        out.reserve(count);
        auto push = [&](std::int64_t id, const Acc& a) {
            CustomerActivity c;
            c.customerId = id;
            c.lastPurchase = a.purchases > 0 ? a.last : 0;
            c.purchases = a.purchases;
            c.returns = a.returns;
            c.revenue = a.revenue.value();
            c.margin = a.margin.value();
            if (a.overflow) {
                const auto& big = m_overflow.at(id);
                c.revenue += big.first;
                c.margin += big.second;
            }
            c.costRows = a.costRows;
            out.push_back(c);
        };
        for (std::size_t i = 0; i < m_slots.size(); ++i)
            if (m_slots[i].any())
                push(m_minId + static_cast<std::int64_t>(i), m_slots[i]);
        for (const auto& [id, acc] : m_sparse)
            if (acc.any())
                push(id, acc);
        if (!m_sparse.empty())
            std::sort(out.begin(), out.end(),
                      [](const auto& a, const auto& b) { return a.customerId < b.customerId; });
        return out;
    }

private:
    void addMoney(std::int64_t id, Acc& a, MoneySum& sum, double x, bool isMargin)
    {
        if (sum.add(x))
            return;
        a.overflow = true;
        auto& big = m_overflow[id];
        (isMargin ? big.second : big.first) += x;
    }

    std::int64_t m_minId;
    bool m_dense;
    std::vector<Acc> m_slots;
    std::unordered_map<std::int64_t, Acc> m_sparse;
    // Revenue and margin of amounts too large for MoneySum (none in practice).
    std::unordered_map<std::int64_t, std::pair<double, double>> m_overflow;
};

} // namespace detail

using namespace detail;

namespace {

struct ScanResult
{
    std::int64_t rows = 0;
    std::int64_t rowsWithCost = 0;
};

// Scans rowids [lo, hi] of transactions; `report` is called every few thousand rows with the
// rowid reached and may throw (cancel). `stop` makes a helper thread give up early.
ScanResult scanRange(Database& db, std::int64_t lo, std::int64_t hi, std::int64_t endTs,
                     Accumulator& acc, const std::function<void(std::int64_t)>& report,
                     const std::atomic_bool& stop)
{
    // NOT INDEXED: a sequential pass over the table beats walking idx_transactions_ts and
    // fetching each row; the rowid range still narrows the pass.
    Statement st = db.prepare("SELECT customer_id, ts, amount, cost, is_return "
                              "FROM transactions NOT INDEXED "
                              "WHERE rowid BETWEEN ?1 AND ?2 AND ts < ?3");
    st.bindAll(lo, hi, endTs);
    ScanResult r;
    while (st.step()) {
        const bool hasCost = !st.isNull(3);
        acc.add(st.getInt(0), st.getInt(1), st.getDouble(2), hasCost,
                hasCost ? st.getDouble(3) : 0.0, st.getInt(4) != 0, r.rowsWithCost);
        if ((++r.rows & 0x3FFF) == 0) {
            if (stop.load(std::memory_order_relaxed))
                return r;
            if (report)
                report(r.rows);
        }
    }
    return r;
}

} // namespace

const CustomerActivity* ActivityTable::find(std::int64_t customerId) const
{
    auto it = std::lower_bound(
        customers.begin(), customers.end(), customerId,
        [](const CustomerActivity& c, std::int64_t id) { return c.customerId < id; });
    return it != customers.end() && it->customerId == customerId ? &*it : nullptr;
}

std::optional<std::int64_t> latestTransactionDay(Database& db)
{
    Statement st = db.prepare("SELECT max(ts) FROM transactions");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return date::epochDay(st.getInt(0));
}

ActivityTable loadActivity(Database& db, std::optional<std::int64_t> throughDay,
                           const ProgressCallback& progress, int threads)
{
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "reading transactions");
    ActivityTable table;
    table.throughDay = throughDay;
    const std::int64_t endTs = throughDay ? (*throughDay + 1) * date::kSecondsPerDay
                                          : std::numeric_limits<std::int64_t>::max();

    std::int64_t minId = 0, maxId = -1, customers = 0;
    {
        // One min() or max() per subquery: each is answered from the b-tree's edge, while
        // min() and max() side by side make SQLite read every row.
        Statement st =
            db.prepare("SELECT (SELECT min(id) FROM customers), "
                       "(SELECT max(id) FROM customers), (SELECT count(*) FROM customers)");
        if (st.step() && !st.isNull(0)) {
            minId = st.getInt(0);
            maxId = st.getInt(1);
            customers = st.getInt(2);
        }
    }
    table.customersInBase = customers;

    // The rowid range stands in for the row count (count(*) would read a whole index of
    // 10^7 entries just to split the work and scale the progress bar).
    std::int64_t minRow = 0, maxRow = -1;
    {
        Statement st = db.prepare("SELECT (SELECT min(rowid) FROM transactions), "
                                  "(SELECT max(rowid) FROM transactions)");
        if (st.step() && !st.isNull(0)) {
            minRow = st.getInt(0);
            maxRow = st.getInt(1);
        }
    }
    if (maxRow < minRow)
        return table;
    const std::int64_t rowCount = maxRow - minRow + 1;
    const bool dense = maxId >= minId && (maxId - minId) <= 4 * customers + 4096;

    // Helpers read through their own connections, which see the committed file: only safe
    // when the caller's connection has nothing uncommitted.
    const bool canSplit =
        db.path() != ":memory:" && !db.path().empty() && !db.inTransaction() && rowCount > 1;
    int nThreads = 1;
    if (canSplit && (threads > 1 || (threads == 0 && rowCount >= kParallelRows)))
        nThreads =
            static_cast<int>(std::min<std::int64_t>({detail::threadCount(threads), 8, rowCount}));

    const std::int64_t span = maxRow - minRow + 1;
    // Each thread zeroes its own accumulator (tens of MB at 10^6 customers), side by side.
    std::vector<std::optional<Accumulator>> accs(static_cast<std::size_t>(nThreads));
    std::vector<ScanResult> results(static_cast<std::size_t>(nThreads));
    std::atomic_bool stop{false};
    auto rangeOf = [&](int t) {
        std::int64_t lo = minRow + span * t / nThreads;
        std::int64_t hi = minRow + span * (t + 1) / nThreads - 1;
        return std::pair{lo, hi};
    };

    std::exception_ptr helperError;
    std::mutex errorMutex;
    std::vector<std::thread> helpers;
    const std::string path = db.path();
    for (int t = 1; t < nThreads; ++t) {
        helpers.emplace_back([&, t]() {
            try {
                Database::Options o;
                o.create = false;
                Database own(path, o);
                auto [lo, hi] = rangeOf(t);
                Accumulator& acc = accs[static_cast<std::size_t>(t)].emplace(minId, maxId, dense);
                results[static_cast<std::size_t>(t)] = scanRange(own, lo, hi, endTs, acc, {}, stop);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!helperError)
                    helperError = std::current_exception();
                stop = true;
            }
        });
    }
    try {
        auto [lo, hi] = rangeOf(0);
        const std::int64_t expected = std::max<std::int64_t>(1, rowCount / nThreads);
        results[0] = scanRange(
            db, lo, hi, endTs, accs[0].emplace(minId, maxId, dense),
            [&](std::int64_t done) {
                reporter.update(std::min(done, expected), expected, "reading transactions");
            },
            stop);
    } catch (...) {
        stop = true;
        for (auto& h : helpers)
            h.join();
        throw;
    }
    for (auto& h : helpers)
        h.join();
    if (helperError)
        std::rethrow_exception(helperError);

    for (int t = 1; t < nThreads; ++t)
        accs[0]->merge(*accs[static_cast<std::size_t>(t)]);
    for (const auto& r : results) {
        table.rows += r.rows;
        table.rowsWithCost += r.rowsWithCost;
    }
    table.customers = accs[0]->collect();
    reporter.stage(1.0, "reading transactions");
    return table;
}

ActivityBuilder::ActivityBuilder(std::int64_t minCustomerId, std::int64_t maxCustomerId)
    : m_acc(std::make_unique<Accumulator>(minCustomerId, maxCustomerId,
                                          maxCustomerId >= minCustomerId))
{
}

ActivityBuilder::~ActivityBuilder() = default;

void ActivityBuilder::add(std::int64_t customerId, std::int64_t ts, double amount,
                          std::optional<double> cost, bool isReturn)
{
    m_acc->add(customerId, ts, amount, cost.has_value(), cost.value_or(0.0), isReturn,
               m_rowsWithCost);
    ++m_rows;
    m_latest = std::max(m_latest, ts);
}

ActivityTable ActivityBuilder::finish(std::int64_t customersInBase) const
{
    ActivityTable table;
    table.customers = m_acc->collect();
    table.rows = m_rows;
    table.rowsWithCost = m_rowsWithCost;
    table.customersInBase = customersInBase;
    if (m_rows > 0)
        table.throughDay = date::epochDay(m_latest);
    return table;
}

bool activityCovers(Database& db, const ActivityTable& table,
                    std::optional<std::int64_t> throughDay)
{
    if (table.throughDay == throughDay)
        return true;
    const std::optional<std::int64_t> latest = latestTransactionDay(db);
    auto all = [&latest](std::optional<std::int64_t> day) {
        return !day || !latest || *day >= *latest;
    };
    return all(table.throughDay) && all(throughDay);
}

std::vector<CustomerNps> loadNpsAnswers(Database& db, std::optional<std::int64_t> throughDay)
{
    const std::int64_t endTs = throughDay ? (*throughDay + 1) * date::kSecondsPerDay
                                          : std::numeric_limits<std::int64_t>::max();
    // idx_responses_customer (customer_id, ts) delivers this order; the last row of each
    // customer is the latest answer.
    Statement st = db.prepare("SELECT customer_id, nps FROM responses "
                              "WHERE nps IS NOT NULL AND customer_id IS NOT NULL AND ts < ?1 "
                              "ORDER BY customer_id, ts, id");
    st.bind(1, endTs);
    std::vector<CustomerNps> out;
    double sum = 0.0;
    while (st.step()) {
        const std::int64_t id = st.getInt(0);
        const int v = static_cast<int>(st.getInt(1));
        if (out.empty() || out.back().customerId != id) {
            if (!out.empty())
                out.back().mean = sum / static_cast<double>(out.back().answers);
            out.push_back({id, v, 0.0, 0});
            sum = 0.0;
        }
        out.back().latest = v;
        out.back().answers += 1;
        sum += v;
    }
    if (!out.empty())
        out.back().mean = sum / static_cast<double>(out.back().answers);
    return out;
}

} // namespace vd::segment
