#include "loyalty/BuyerAccumulator.h"

#include "valuedesk/Date.h"

#include <cmath>

namespace vd::loyalty::detail {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

std::int64_t periodNumber(std::int64_t ts, Grain grain)
{
    const std::int64_t day = floorDay(ts);
    if (grain == Grain::Week)
        return floorDiv(day + 3, 7); // weeks start on Monday; 1970-01-01 was a Thursday
    const date::Civil c = date::civilFromDays(day);
    if (grain == Grain::Month)
        return static_cast<std::int64_t>(c.year) * 12 + (c.month - 1);
    return static_cast<std::int64_t>(c.year) * 4 + (c.month - 1) / 3;
}

std::int64_t periodNumberStart(std::int64_t number, Grain grain)
{
    if (grain == Grain::Week)
        return (number * 7 - 3) * 86400;
    if (grain == Grain::Month)
        return date::toEpoch(static_cast<int>(floorDiv(number, 12)),
                             static_cast<int>(number - 12 * floorDiv(number, 12)) + 1, 1);
    return date::toEpoch(static_cast<int>(floorDiv(number, 4)),
                         static_cast<int>(number - 4 * floorDiv(number, 4)) * 3 + 1, 1);
}

BuyerTotals& BuyerTotals::operator+=(const BuyerTotals& o)
{
    buyers += o.buyers;
    repeatBuyers += o.repeatBuyers;
    retained += o.retained;
    orders += o.orders;
    revenue += o.revenue;
    return *this;
}

BuyerTotals& BuyerTotals::operator-=(const BuyerTotals& o)
{
    buyers -= o.buyers;
    repeatBuyers -= o.repeatBuyers;
    retained -= o.retained;
    orders -= o.orders;
    revenue -= o.revenue;
    return *this;
}

bool BuyerTotals::isZero() const
{
    return buyers == 0 && repeatBuyers == 0 && retained == 0 && orders == 0 &&
           std::fabs(revenue) < 1e-9;
}

BuyerAccumulator::BuyerAccumulator(std::vector<Grain> grains)
    : m_grains(std::move(grains)), m_totals(m_grains.size()), m_open(m_grains.size())
{
}

void BuyerAccumulator::close(std::size_t g)
{
    Open& o = m_open[g];
    if (!o.active)
        return;
    BuyerTotals& t = m_totals[g][o.number];
    t.orders += o.orders;
    t.revenue += o.revenue;
    if (o.orders > 0) {
        ++t.buyers;
        if (o.orders >= 2)
            ++t.repeatBuyers;
        if (o.hasBought && o.lastBought == o.number - 1)
            ++t.retained;
        o.lastBought = o.number;
        o.hasBought = true;
    }
    o.active = false;
    o.orders = 0;
    o.revenue = 0.0;
}

void BuyerAccumulator::add(std::int64_t customer, std::int64_t ts, double amount, bool isReturn)
{
    if (!m_anyCustomer || customer != m_customer) {
        finish();
        for (Open& o : m_open)
            o = Open{};
        m_customer = customer;
        m_anyCustomer = true;
    }
    for (std::size_t g = 0; g < m_grains.size(); ++g) {
        const std::int64_t number = periodNumber(ts, m_grains[g]);
        Open& o = m_open[g];
        if (o.active && o.number != number)
            close(g);
        if (!o.active) {
            o.active = true;
            o.number = number;
        }
        if (isReturn) {
            o.revenue -= std::fabs(amount);
        } else {
            o.revenue += amount;
            ++o.orders;
        }
    }
}

void BuyerAccumulator::finish()
{
    for (std::size_t g = 0; g < m_grains.size(); ++g)
        close(g);
}

} // namespace vd::loyalty::detail
