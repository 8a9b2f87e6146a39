#pragma once

#include "valuedesk/loyalty/Periods.h"

#include <cstdint>
#include <map>
#include <vector>

// Buyers, repeat buyers and retained buyers per calendar period, counted in one pass over
// orders sorted by customer and time. Retention needs to know, for every buyer of a period,
// whether the same customer bought in the period before; a per-customer pass answers that
// with a comparison of consecutive period numbers instead of a lookup per buyer, which is
// what makes the retention rollup (period_buyers) and segment retention cheap. Private to the
// loyalty module.
namespace vd::loyalty::detail {

// Consecutive integers for consecutive periods: ISO weeks since the week of 1970-01-01, and
// months and quarters counted from year 0.
std::int64_t periodNumber(std::int64_t ts, Grain grain);
std::int64_t periodNumberStart(std::int64_t number, Grain grain);

struct BuyerTotals
{
    std::int64_t buyers = 0;       // customers with >= 1 order (not a return)
    std::int64_t repeatBuyers = 0; // ... with >= 2 orders
    std::int64_t retained = 0;     // buyers who also bought in the period before
    std::int64_t orders = 0;
    double revenue = 0.0; // orders minus |returns|

    BuyerTotals& operator+=(const BuyerTotals& o);
    BuyerTotals& operator-=(const BuyerTotals& o);
    bool isZero() const;
};

class BuyerAccumulator
{
public:
    explicit BuyerAccumulator(std::vector<Grain> grains);

    // Transactions of one customer in time order, customers one after another (each customer
    // once). amount is taken as is for orders and as -|amount| for returns.
    void add(std::int64_t customer, std::int64_t ts, double amount, bool isReturn);
    // Closes the last customer; call before reading totals().
    void finish();

    // Per grain (in the order given) the totals by period number.
    const std::map<std::int64_t, BuyerTotals>& totals(std::size_t grainIndex) const
    {
        return m_totals[grainIndex];
    }
    const std::vector<Grain>& grains() const { return m_grains; }

private:
    struct Open
    {
        std::int64_t number = 0;
        std::int64_t orders = 0;
        double revenue = 0.0;
        bool active = false;
        std::int64_t lastBought = 0;
        bool hasBought = false;
    };
    void close(std::size_t g);

    std::vector<Grain> m_grains;
    std::vector<std::map<std::int64_t, BuyerTotals>> m_totals;
    std::vector<Open> m_open;
    std::int64_t m_customer = 0;
    bool m_anyCustomer = false;
};

} // namespace vd::loyalty::detail
