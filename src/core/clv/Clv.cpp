#include "valuedesk/clv/Clv.h"

#include "clv/Parallel.h"
#include "valuedesk/Error.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace vd::clv {

void ClvOptions::validate() const
{
    if (!std::isfinite(horizon) || !(horizon > 0.0))
        throw InputError("the CLV horizon must be a positive number of time units");
    if (horizon * unitDays(unit) > 100 * 365.25)
        throw InputError("the CLV horizon is longer than 100 years");
    if (!std::isfinite(annualDiscount) || annualDiscount < 0.0)
        throw InputError("the discount rate must be a finite number >= 0 (e.g. 0.1 for 10 % a "
                         "year)");
    if (!std::isfinite(margin) || !(margin > 0.0))
        throw InputError("the margin must be a positive share of spend (e.g. 0.3)");
}

double discountFactor(double t, const ClvOptions& options)
{
    return std::exp(-std::log1p(options.annualDiscount) * t * unitDays(options.unit) / 365.25);
}

std::vector<double> periodEnds(double horizon)
{
    std::vector<double> ends;
    const auto whole = static_cast<std::int64_t>(std::floor(horizon));
    for (std::int64_t k = 1; k <= whole; ++k)
        ends.push_back(static_cast<double>(k));
    if (static_cast<double>(whole) < horizon)
        ends.push_back(horizon);
    return ends;
}

std::vector<CustomerPrediction> predictClv(const TransactionModel& model,
                                           const GammaGammaModel* spend,
                                           const std::vector<CustomerSummary>& customers,
                                           const ClvOptions& options,
                                           const ProgressCallback& progress)
{
    options.validate();
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "predicting");
    const std::vector<double> ends = periodEnds(options.horizon);
    std::vector<double> discount(ends.size());
    for (std::size_t k = 0; k < ends.size(); ++k)
        discount[k] = discountFactor(ends[k], options);

    // E[Y(t) | alive] depends on (x, T) only: evaluate the horizon series once per pair.
    std::vector<std::size_t> order(customers.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& ca = customers[a];
        const auto& cb = customers[b];
        return ca.x != cb.x ? ca.x < cb.x : ca.T < cb.T;
    });
    std::vector<std::size_t> groupStart;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto& c = customers[order[i]];
        if (i == 0 || c.x != customers[order[i - 1]].x || c.T != customers[order[i - 1]].T)
            groupStart.push_back(i);
    }
    const std::size_t groups = groupStart.size();
    std::vector<double> discounted(groups), horizonTotal(groups);
    constexpr std::size_t kBlock = 8192;
    for (std::size_t block = 0; block < groups; block += kBlock) {
        const std::size_t blockEnd = std::min(groups, block + kBlock);
        detail::parallelFor(blockEnd - block, 512, [&](std::size_t begin, std::size_t end) {
            std::vector<double> e(ends.size());
            for (std::size_t g = block + begin; g < block + end; ++g) {
                const auto& c = customers[order[groupStart[g]]];
                model.expectedIfAlive(c.x, c.T, ends.data(), ends.size(), e.data());
                double sum = 0.0, previous = 0.0;
                for (std::size_t k = 0; k < ends.size(); ++k) {
                    sum += discount[k] * (e[k] - previous);
                    previous = e[k];
                }
                discounted[g] = sum;
                horizonTotal[g] = ends.empty() ? 0.0 : e.back();
            }
        });
        reporter.update(static_cast<std::int64_t>(blockEnd), static_cast<std::int64_t>(groups) * 2,
                        "expected purchases");
    }

    std::vector<std::size_t> groupOf(customers.size());
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t last = g + 1 < groups ? groupStart[g + 1] : order.size();
        for (std::size_t i = groupStart[g]; i < last; ++i)
            groupOf[order[i]] = g;
    }
    std::vector<CustomerPrediction> out(customers.size());
    constexpr std::size_t kCustomerBlock = 65536;
    for (std::size_t block = 0; block < customers.size(); block += kCustomerBlock) {
        const std::size_t blockEnd = std::min(customers.size(), block + kCustomerBlock);
        detail::parallelFor(blockEnd - block, 4096, [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = block + begin; i < block + end; ++i) {
                const auto& c = customers[i];
                auto& p = out[i];
                p.customerId = c.customerId;
                p.x = c.x;
                p.tx = c.tx;
                p.T = c.T;
                p.monetary = c.x > 0.0 ? c.zbar : c.meanSpend;
                const double alive = model.pAlive(c.x, c.tx, c.T);
                p.pAlive = alive;
                const std::size_t g = groupOf[i];
                p.expectedTransactions = alive * horizonTotal[g];
                p.expectedSpend = spend ? spend->conditionalMeanSpend(c.x, c.zbar) : c.meanSpend;
                const double valueIfAlive = options.margin * p.expectedSpend * discounted[g];
                p.clv = alive * valueIfAlive;
                p.valueAtRisk = (1.0 - alive) * valueIfAlive;
            }
        });
        reporter.update(static_cast<std::int64_t>(groups + blockEnd * groups / customers.size()),
                        static_cast<std::int64_t>(groups) * 2, "customer values");
    }
    reporter.stage(1.0, "predictions ready");
    return out;
}

std::vector<CustomerPrediction> simpleClv(const std::vector<CustomerSummary>& customers,
                                          const ClvOptions& options)
{
    options.validate();
    // Present value of one unit of margin per time unit over the horizon.
    const std::vector<double> ends = periodEnds(options.horizon);
    double annuity = 0.0, previous = 0.0;
    for (double t : ends) {
        annuity += discountFactor(t, options) * (t - previous);
        previous = t;
    }
    const double year = 365.25 / unitDays(options.unit);
    std::vector<CustomerPrediction> out;
    out.reserve(customers.size());
    for (const auto& c : customers) {
        CustomerPrediction p;
        p.customerId = c.customerId;
        p.x = c.x;
        p.tx = c.tx;
        p.T = c.T;
        p.monetary = c.meanSpend;
        // One purchase in a short window says little about a rate: windows shorter than a
        // year count as a year.
        const double frequency = (c.x + 1.0) / std::max(c.T, year);
        p.expectedTransactions = frequency * options.horizon;
        p.expectedSpend = c.meanSpend;
        p.clv = options.margin * c.meanSpend * frequency * annuity;
        out.push_back(p);
    }
    return out;
}

std::vector<CustomerPrediction> rankChurnRisk(const std::vector<CustomerPrediction>& predictions,
                                              double threshold, std::size_t limit)
{
    if (!std::isfinite(threshold) || threshold < 0.0 || threshold > 1.0)
        throw InputError("the P(alive) threshold must be between 0 and 1");
    std::vector<CustomerPrediction> out;
    for (const auto& p : predictions)
        if (p.pAlive && *p.pAlive < threshold)
            out.push_back(p);
    auto before = [](const CustomerPrediction& a, const CustomerPrediction& b) {
        if (a.valueAtRisk != b.valueAtRisk)
            return a.valueAtRisk > b.valueAtRisk;
        if (a.clv != b.clv)
            return a.clv > b.clv;
        return a.customerId < b.customerId;
    };
    if (limit > 0 && limit < out.size()) {
        std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(limit), out.end(),
                          before);
        out.resize(limit);
    } else {
        std::sort(out.begin(), out.end(), before);
    }
    return out;
}

} // namespace vd::clv
