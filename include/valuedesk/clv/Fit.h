#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/clv/Models.h"
#include "valuedesk/clv/Optimizer.h"
#include "valuedesk/clv/Summary.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// Maximum-likelihood estimation of the transaction models and the Gamma-Gamma spend model.
namespace vd::clv {

// The log-likelihood of a data set as a function of the model parameters (original scale).
// Customers with identical sufficient statistics are grouped and evaluated once; large data
// sets are split across threads. Every model has an analytic gradient (Pareto/NBD through the
// parameter derivatives of its 2F1 series). Exposed so that tests can compare the analytic
// gradient with finite differences.
class Likelihood
{
public:
    virtual ~Likelihood() = default;

    // Transaction model over all customers; Gamma-Gamma over customers with x > 0, zbar > 0.
    static std::unique_ptr<Likelihood> transactions(ModelKind kind,
                                                    const std::vector<CustomerSummary>& data);
    static std::unique_ptr<Likelihood> gammaGamma(const std::vector<CustomerSummary>& data);

    virtual std::size_t dimension() const = 0;
    virtual bool hasAnalyticGradient() const = 0;
    // Total log-likelihood at params (original scale); -inf for impossible parameters.
    virtual double value(const Vector& params) const = 0;
    // Total log-likelihood and its gradient d LL / d params (analytic, or central differences
    // when the model has no analytic gradient).
    virtual double valueAndGradient(const Vector& params, Vector& grad) const = 0;

    std::int64_t customers() const { return m_customers; }
    std::int64_t groups() const { return m_groups; }

protected:
    std::int64_t m_customers = 0;
    std::int64_t m_groups = 0;
};

struct FitOptions
{
    // Starting points (original scale); empty means the model's data-scaled defaults.
    std::vector<Vector> starts;
    int maxEvaluationsPerStart = 3000; // Nelder-Mead only (a likelihood without a gradient)
    // The search from the starts runs on a systematic subsample when there are more groups
    // than this; the final BFGS always runs on the full data.
    std::int64_t subsampleGroups = 20000;
};

struct FitResult
{
    std::string model; // "bgnbd", "mbgnbd", "paretonbd" or "gg"
    std::vector<std::string> names;
    Vector params;
    // From the inverse Hessian of -LL on the original parameters (central differences of the
    // analytic gradient); empty when the Hessian is not positive definite (then seMessage says
    // so).
    Vector standardErrors;
    std::string seMessage;
    double logLikelihood = 0.0;
    std::int64_t customers = 0; // customers the likelihood covers
    std::int64_t groups = 0;    // distinct sufficient statistics
    bool converged = false;
    // The optimiser's message; when not converged also why, e.g. "the likelihood is flat along
    // a/b (...); a = 1.3e+07 is drifting to infinity".
    std::string message;
    int evaluations = 0;
    double gradientNorm = 0.0; // max |d(-LL/n)/d log param| at the optimum
    bool analyticGradient = false;
    std::vector<double> startLogLikelihoods; // total LL reached from each start
    std::vector<Vector> startParams;
};

// Fits by maximum likelihood over log-parameters: BFGS from several starts (on a subsample of
// large data), then BFGS on the full data from the best. Throws vd::AnalysisError for data the
// model cannot be fitted to (no customers, no repeat purchases, identical customers) and when
// the likelihood has no interior maximum. A fit that does not converge is returned with
// converged = false and the reason in message; runClv refuses to use it by default.
FitResult fitTransactionModel(ModelKind kind, const std::vector<CustomerSummary>& data,
                              const FitOptions& options = {},
                              const ProgressCallback& progress = {});
FitResult fitGammaGamma(const std::vector<CustomerSummary>& data, const FitOptions& options = {},
                        const ProgressCallback& progress = {});

} // namespace vd::clv
