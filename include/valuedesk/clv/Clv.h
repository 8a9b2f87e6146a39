#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/clv/Models.h"
#include "valuedesk/clv/Summary.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

// Customer lifetime value from a fitted transaction model and a spend model, the seeds' simple
// CLV, and the churn early-warning ranking. Discounting and formulas: docs/methods.md, CLV.
namespace vd::clv {

struct ClvOptions
{
    double horizon = 52.0;        // length of the forecast, in time units (> 0)
    double annualDiscount = 0.10; // yearly discount rate d (>= 0), converted to each period
    double margin = 1.0;          // share of spend that is profit (> 0)
    TimeUnit unit = TimeUnit::Week;

    // Throws vd::InputError for a non-positive horizon or margin, a negative or non-finite
    // discount rate, or a horizon over 100 years.
    void validate() const;
};

// 1 / (1 + d)^(t * unitDays / 365.25): the present value of one currency unit t time units ahead.
double discountFactor(double t, const ClvOptions& options);

// The forecast periods of the horizon: ends t_k = 1, 2, ..., floor(H) and H itself when H is
// not whole.
std::vector<double> periodEnds(double horizon);

struct CustomerPrediction
{
    std::int64_t customerId = 0;
    double x = 0.0, tx = 0.0, T = 0.0;
    double monetary = 0.0;        // the customer's observed spend per transaction (zbar, or the
                                  // mean of all purchases when x = 0)
    std::optional<double> pAlive; // none for the simple model
    double expectedTransactions = 0.0; // over the horizon
    double expectedSpend = 0.0;        // per transaction
    double clv = 0.0;                  // discounted margin over the horizon
    double valueAtRisk = 0.0;          // discounted margin lost if the customer has left
};

// Per customer: P(alive), E[Y(H)], spend (Gamma-Gamma conditional mean, or the customer's
// observed mean spend when spend is null) and
//   CLV = margin * spend * P(alive) * sum_k delta(t_k) (E[Y(t_k)|alive] - E[Y(t_(k-1))|alive]),
//   value at risk = margin * spend * (1 - P(alive)) * the same sum.
// Customers with equal (x, T) share the series; large bases use every core.
std::vector<CustomerPrediction> predictClv(const TransactionModel& model,
                                           const GammaGammaModel* spend,
                                           const std::vector<CustomerSummary>& customers,
                                           const ClvOptions& options,
                                           const ProgressCallback& progress = {});

// The seeds' formula, per customer: average purchase value * purchase frequency * lifespan,
// with margin and discounting. Frequency = (x + 1) purchases over max(T, one year); lifespan =
// the horizon; each period's margin is discounted. No P(alive): value at risk is 0.
std::vector<CustomerPrediction> simpleClv(const std::vector<CustomerSummary>& customers,
                                          const ClvOptions& options);

// Churn early warning: customers with P(alive) < threshold, highest value at risk first (ties:
// higher CLV, then lower id); at most limit entries (0 = all).
std::vector<CustomerPrediction> rankChurnRisk(const std::vector<CustomerPrediction>& predictions,
                                              double threshold, std::size_t limit = 0);

} // namespace vd::clv
