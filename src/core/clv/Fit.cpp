#include "valuedesk/clv/Fit.h"

#include "valuedesk/Error.h"
#include "valuedesk/clv/SpecialFunctions.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <numeric>
#include <string>
#include <thread>
#include <tuple>

namespace vd::clv {

using special::digamma;

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

std::string formatNumber(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

// Splits [0, n) into one chunk per core for large n and sums `width` accumulators that
// work(begin, end, acc) adds into. Small inputs stay on the calling thread: spawning costs more
// than it saves below ~10^4 groups.
template <typename Work>
void parallelAccumulate(std::size_t n, std::size_t width, const Work& work, double* total)
{
    std::fill(total, total + width, 0.0);
    unsigned threads = 1;
    if (n >= 16384)
        threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    if (threads == 1) {
        work(std::size_t{0}, n, total);
        return;
    }
    std::vector<std::vector<double>> partial(threads, std::vector<double>(width, 0.0));
    std::vector<std::thread> pool;
    std::exception_ptr failure;
    const std::size_t chunk = (n + threads - 1) / threads;
    for (unsigned t = 1; t < threads; ++t) {
        pool.emplace_back([&, t] {
            try {
                work(std::min(n, t * chunk), std::min(n, (t + 1) * chunk), partial[t].data());
            } catch (...) {
                partial[t][0] = std::numeric_limits<double>::quiet_NaN();
            }
        });
    }
    try {
        work(std::size_t{0}, std::min(n, chunk), partial[0].data());
    } catch (...) {
        failure = std::current_exception();
    }
    for (auto& th : pool)
        th.join();
    if (failure)
        std::rethrow_exception(failure);
    for (const auto& p : partial)
        for (std::size_t k = 0; k < width; ++k)
            total[k] += p[k];
}

bool allPositive(const Vector& p)
{
    return std::all_of(p.begin(), p.end(), [](double v) { return std::isfinite(v) && v > 0.0; });
}

// Distinct values of one coordinate and each row's index into them.
void indexValues(const std::vector<double>& column, std::vector<double>& distinct,
                 std::vector<std::uint32_t>& index)
{
    distinct = column;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    index.resize(column.size());
    for (std::size_t i = 0; i < column.size(); ++i)
        index[i] = static_cast<std::uint32_t>(
            std::lower_bound(distinct.begin(), distinct.end(), column[i]) - distinct.begin());
}

void validateSummaries(const std::vector<CustomerSummary>& data)
{
    for (const auto& c : data) {
        const bool ok = std::isfinite(c.x) && std::isfinite(c.tx) && std::isfinite(c.T) &&
                        c.x >= 0.0 && c.x == std::floor(c.x) && c.tx >= 0.0 && c.tx <= c.T &&
                        (c.x > 0.0 || c.tx == 0.0);
        if (!ok)
            throw InputError("customer " + std::to_string(c.customerId) +
                             ": the summary needs a whole x >= 0 and 0 <= t_x <= T (t_x = 0 when "
                             "x = 0), got x = " +
                             std::to_string(c.x) + ", t_x = " + std::to_string(c.tx) +
                             ", T = " + std::to_string(c.T));
    }
}

// Customers with identical (x, t_x, T), evaluated once with a weight.
struct RfmGroups
{
    std::vector<double> xs, txs, Ts;
    std::vector<std::uint32_t> xi, txi, Ti;
    std::vector<double> weight;
    std::int64_t customers = 0;

    RfmGroups(const std::vector<CustomerSummary>& data, std::size_t stride)
    {
        std::vector<std::tuple<double, double, double>> rows;
        rows.reserve(data.size() / stride + 1);
        for (std::size_t i = 0; i < data.size(); i += stride)
            rows.emplace_back(data[i].x, data[i].tx, data[i].T);
        customers = static_cast<std::int64_t>(rows.size());
        std::sort(rows.begin(), rows.end());
        std::vector<double> x, tx, T;
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i;
            while (j < rows.size() && rows[j] == rows[i])
                ++j;
            x.push_back(std::get<0>(rows[i]));
            tx.push_back(std::get<1>(rows[i]));
            T.push_back(std::get<2>(rows[i]));
            weight.push_back(static_cast<double>(j - i));
            i = j;
        }
        indexValues(x, xs, xi);
        indexValues(tx, txs, txi);
        indexValues(T, Ts, Ti);
    }
    std::size_t size() const { return weight.size(); }
};

// BG/NBD and MBG/NBD with the analytic gradient (FHL 2005 eq. 6 differentiated; digamma for
// the Gamma-function terms).
class BgLikelihood : public Likelihood
{
public:
    BgLikelihood(const std::vector<CustomerSummary>& data, bool modified, std::size_t stride)
        : m_rfm(data, stride), m_modified(modified)
    {
        m_customers = m_rfm.customers;
        m_groups = static_cast<std::int64_t>(m_rfm.size());
    }
    std::size_t dimension() const override { return 4; }
    bool hasAnalyticGradient() const override { return true; }
    double value(const Vector& p) const override { return evaluate(p, nullptr); }
    double valueAndGradient(const Vector& p, Vector& grad) const override
    {
        grad.assign(4, 0.0);
        return evaluate(p, &grad);
    }

private:
    double evaluate(const Vector& params, Vector* grad) const
    {
        if (params.size() != 4 || !allPositive(params))
            return kNegInf;
        const double r = params[0], alpha = params[1], a = params[2], b = params[3];
        const double shift = m_modified ? 1.0 : 0.0;
        const auto& G = m_rfm;
        const std::size_t nx = G.xs.size();
        std::vector<double> c(nx), d(nx), dr(nx), da(nx), db(nx), ib(nx);
        std::vector<char> hasA4(nx);
        const double common =
            -std::lgamma(r) + r * std::log(alpha) + std::lgamma(a + b) - std::lgamma(b);
        for (std::size_t k = 0; k < nx; ++k) {
            const double x = G.xs[k];
            c[k] = common + std::lgamma(r + x) + std::lgamma(b + x + shift) -
                   std::lgamma(a + b + x + shift);
            hasA4[k] = m_modified || x > 0.0;
            if (hasA4[k]) {
                ib[k] = 1.0 / (b + x - 1.0 + shift);
                d[k] = std::log(a) + std::log(ib[k]);
            }
            if (grad) {
                dr[k] = digamma(r + x) - digamma(r) + std::log(alpha);
                da[k] = digamma(a + b) - digamma(a + b + x + shift);
                db[k] = digamma(a + b) + digamma(b + x + shift) - digamma(b) -
                        digamma(a + b + x + shift);
            }
        }
        std::vector<double> lT(G.Ts.size()), iT(G.Ts.size()), ltx(G.txs.size()), itx(G.txs.size());
        for (std::size_t k = 0; k < G.Ts.size(); ++k) {
            lT[k] = std::log(alpha + G.Ts[k]);
            iT[k] = 1.0 / (alpha + G.Ts[k]);
        }
        for (std::size_t k = 0; k < G.txs.size(); ++k) {
            ltx[k] = std::log(alpha + G.txs[k]);
            itx[k] = 1.0 / (alpha + G.txs[k]);
        }
        const double invA = 1.0 / a;
        double acc[5];
        parallelAccumulate(
            G.size(), 5,
            [&](std::size_t begin, std::size_t end, double* out) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
                for (std::size_t i = begin; i < end; ++i) {
                    const std::uint32_t k = G.xi[i];
                    const double rx = r + G.xs[k];
                    const double wt = G.weight[i];
                    const double lt = lT[G.Ti[i]];
                    const double a3 = -rx * lt;
                    double ll, w = 0.0;
                    if (!hasA4[k]) {
                        ll = c[k] + a3;
                    } else {
                        const double a4 = d[k] - rx * ltx[G.txi[i]];
                        const double e = std::exp(-std::fabs(a3 - a4));
                        ll = c[k] + std::max(a3, a4) + std::log1p(e);
                        w = a4 >= a3 ? 1.0 / (1.0 + e) : e / (1.0 + e);
                    }
                    s0 += wt * ll;
                    if (grad) {
                        const double lx = hasA4[k] ? ltx[G.txi[i]] : 0.0;
                        const double ix = hasA4[k] ? itx[G.txi[i]] : 0.0;
                        s1 += wt * (dr[k] - (1.0 - w) * lt - w * lx);
                        s2 += wt * (r / alpha - rx * ((1.0 - w) * iT[G.Ti[i]] + w * ix));
                        s3 += wt * (da[k] + w * invA);
                        s4 += wt * (db[k] - w * (hasA4[k] ? ib[k] : 0.0));
                    }
                }
                out[0] += s0;
                out[1] += s1;
                out[2] += s2;
                out[3] += s3;
                out[4] += s4;
            },
            acc);
        if (grad)
            *grad = {acc[1], acc[2], acc[3], acc[4]};
        return std::isfinite(acc[0]) ? acc[0] : kNegInf;
    }

    RfmGroups m_rfm;
    bool m_modified;
};

// Pareto/NBD: the 2F1 terms have no convenient parameter derivatives, so the gradient is by
// central differences (checked against the BFGS result in the tests).
class ParetoLikelihood : public Likelihood
{
public:
    ParetoLikelihood(const std::vector<CustomerSummary>& data, std::size_t stride)
        : m_rfm(data, stride)
    {
        m_customers = m_rfm.customers;
        m_groups = static_cast<std::int64_t>(m_rfm.size());
    }
    std::size_t dimension() const override { return 4; }
    bool hasAnalyticGradient() const override { return false; }
    double value(const Vector& p) const override
    {
        if (p.size() != 4 || !allPositive(p))
            return kNegInf;
        const ParetoNbdModel model(p);
        const auto& G = m_rfm;
        double acc = 0.0;
        parallelAccumulate(
            G.size(), 1,
            [&](std::size_t begin, std::size_t end, double* out) {
                double s = 0.0;
                for (std::size_t i = begin; i < end; ++i)
                    s += G.weight[i] *
                         model.logLikelihood(G.xs[G.xi[i]], G.txs[G.txi[i]], G.Ts[G.Ti[i]]);
                out[0] += s;
            },
            &acc);
        return std::isfinite(acc) ? acc : kNegInf;
    }
    double valueAndGradient(const Vector& p, Vector& grad) const override
    {
        const double v = value(p);
        grad.assign(4, 0.0);
        if (!std::isfinite(v))
            return v;
        Vector q = p;
        for (std::size_t i = 0; i < 4; ++i) {
            const double h = 1e-6 * p[i];
            q[i] = p[i] + h;
            const double up = value(q);
            q[i] = p[i] - h;
            const double down = value(q);
            q[i] = p[i];
            grad[i] = (up - down) / (2.0 * h);
        }
        return v;
    }

private:
    RfmGroups m_rfm;
};

// Gamma-Gamma (FHL 2005, JMR, eq. 3) with the analytic gradient.
class GgLikelihood : public Likelihood
{
public:
    GgLikelihood(const std::vector<CustomerSummary>& data, std::size_t stride)
    {
        std::vector<std::pair<double, double>> rows;
        for (std::size_t i = 0; i < data.size(); i += stride)
            if (data[i].x > 0.0 && data[i].zbar > 0.0 && std::isfinite(data[i].zbar))
                rows.emplace_back(data[i].x, data[i].zbar);
        m_customers = static_cast<std::int64_t>(rows.size());
        std::sort(rows.begin(), rows.end());
        std::vector<double> xs;
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i;
            while (j < rows.size() && rows[j] == rows[i])
                ++j;
            xs.push_back(rows[i].first);
            m_z.push_back(rows[i].second);
            m_weight.push_back(static_cast<double>(j - i));
            i = j;
        }
        indexValues(xs, m_xs, m_xi);
        m_constant.resize(m_z.size());
        for (std::size_t i = 0; i < m_z.size(); ++i)
            m_lnz.push_back(std::log(m_z[i]));
        m_groups = static_cast<std::int64_t>(m_z.size());
    }
    std::size_t dimension() const override { return 3; }
    bool hasAnalyticGradient() const override { return true; }
    double value(const Vector& p) const override { return evaluate(p, nullptr); }
    double valueAndGradient(const Vector& p, Vector& grad) const override
    {
        grad.assign(3, 0.0);
        return evaluate(p, &grad);
    }

private:
    double evaluate(const Vector& params, Vector* grad) const
    {
        if (params.size() != 3 || !allPositive(params))
            return kNegInf;
        const double p = params[0], q = params[1], g = params[2];
        const std::size_t nx = m_xs.size();
        std::vector<double> c(nx), dpc(nx), dqc(nx), lnx(nx);
        const double lgq = std::lgamma(q), lng = std::log(g);
        const double psiQ = grad ? digamma(q) : 0.0;
        for (std::size_t k = 0; k < nx; ++k) {
            const double x = m_xs[k], px = p * x;
            lnx[k] = std::log(x);
            c[k] = std::lgamma(px + q) - std::lgamma(px) - lgq + q * lng + px * lnx[k];
            if (grad) {
                dpc[k] = x * (digamma(px + q) - digamma(px) + lnx[k]);
                dqc[k] = digamma(px + q) - psiQ + lng;
            }
        }
        double acc[4];
        parallelAccumulate(
            m_z.size(), 4,
            [&](std::size_t begin, std::size_t end, double* out) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (std::size_t i = begin; i < end; ++i) {
                    const std::uint32_t k = m_xi[i];
                    const double x = m_xs[k], px = p * x, wt = m_weight[i];
                    const double lden = std::log(x * m_z[i] + g);
                    s0 += wt * (c[k] + (px - 1.0) * m_lnz[i] - (px + q) * lden);
                    if (grad) {
                        s1 += wt * (dpc[k] + x * m_lnz[i] - x * lden);
                        s2 += wt * (dqc[k] - lden);
                        s3 += wt * (q / g - (px + q) / (x * m_z[i] + g));
                    }
                }
                out[0] += s0;
                out[1] += s1;
                out[2] += s2;
                out[3] += s3;
            },
            acc);
        if (grad)
            *grad = {acc[1], acc[2], acc[3]};
        return std::isfinite(acc[0]) ? acc[0] : kNegInf;
    }

    std::vector<double> m_xs;
    std::vector<std::uint32_t> m_xi;
    std::vector<double> m_z, m_lnz, m_weight, m_constant;
};

std::unique_ptr<Likelihood> makeTransactionLikelihood(ModelKind kind,
                                                      const std::vector<CustomerSummary>& data,
                                                      std::size_t stride)
{
    switch (kind) {
    case ModelKind::BgNbd:
        return std::make_unique<BgLikelihood>(data, false, stride);
    case ModelKind::MbgNbd:
        return std::make_unique<BgLikelihood>(data, true, stride);
    case ModelKind::ParetoNbd:
        return std::make_unique<ParetoLikelihood>(data, stride);
    }
    throw AnalysisError("unknown model");
}

// Standard errors from the numerical Hessian of -LL on the original parameters.
void standardErrors(const Likelihood& lik, FitResult& result)
{
    const auto hess =
        numericalHessian([&](const Vector& p) { return -lik.value(p); }, result.params, 1e-4);
    const auto n = static_cast<Eigen::Index>(result.params.size());
    Eigen::MatrixXd H(n, n);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            H(i, j) = hess[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
    if (!H.allFinite()) {
        result.seMessage = "the Hessian is not finite at the estimate";
        return;
    }
    Eigen::LLT<Eigen::MatrixXd> llt(H);
    if (llt.info() != Eigen::Success) {
        result.seMessage = "the Hessian is not positive definite: standard errors unavailable";
        return;
    }
    const Eigen::MatrixXd cov = llt.solve(Eigen::MatrixXd::Identity(n, n));
    Vector se;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (!(cov(i, i) > 0.0) || !std::isfinite(cov(i, i))) {
            result.seMessage = "the inverse Hessian has a non-positive variance";
            return;
        }
        se.push_back(std::sqrt(cov(i, i)));
    }
    result.standardErrors = std::move(se);
}

FitResult fitLikelihood(const std::string& model, const std::vector<std::string>& names,
                        const Likelihood& full, const Likelihood& coarse,
                        const std::vector<Vector>& starts, const FitOptions& options,
                        ProgressReporter& reporter)
{
    const std::size_t dim = full.dimension();
    const double nCoarse = static_cast<double>(coarse.customers());
    const double nFull = static_cast<double>(full.customers());
    int evaluations = 0;
    const int budget = options.maxEvaluationsPerStart * static_cast<int>(starts.size()) + 400;

    auto toParams = [](const Vector& theta) {
        Vector p(theta.size());
        for (std::size_t i = 0; i < theta.size(); ++i)
            p[i] = std::exp(theta[i]);
        return p;
    };
    // Mean negative log-likelihood per customer over log-parameters.
    Objective coarseObjective = [&](const Vector& theta) {
        reporter.update(++evaluations, budget, "fitting " + model);
        const double v = coarse.value(toParams(theta));
        return std::isfinite(v) ? -v / nCoarse : std::numeric_limits<double>::infinity();
    };

    FitResult result;
    result.model = model;
    result.names = names;
    result.customers = full.customers();
    result.groups = full.groups();
    result.analyticGradient = full.hasAnalyticGradient();

    OptimResult best;
    best.value = std::numeric_limits<double>::infinity();
    NelderMeadOptions nm;
    nm.maxEvaluations = options.maxEvaluationsPerStart;
    nm.fTolerance = 1e-12;
    nm.xTolerance = 1e-7;
    for (const Vector& start : starts) {
        Vector theta(dim);
        for (std::size_t i = 0; i < dim; ++i)
            theta[i] = std::log(start[i]);
        OptimResult r = nelderMead(coarseObjective, theta, nm);
        result.startLogLikelihoods.push_back(-r.value * nFull);
        result.startParams.push_back(toParams(r.x));
        if (r.value < best.value)
            best = r;
    }
    if (!std::isfinite(best.value))
        throw AnalysisError("the " + model +
                            " likelihood is not finite at any starting point; check the data");

    ObjectiveWithGradient fullObjective = [&](const Vector& theta, Vector& g) {
        reporter.update(++evaluations, budget, "refining " + model);
        const Vector p = toParams(theta);
        Vector gp;
        const double v = full.valueAndGradient(p, gp);
        g.assign(dim, 0.0);
        if (!std::isfinite(v))
            return std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < dim; ++i)
            g[i] = -gp[i] * p[i] / nFull; // chain rule for theta = log p
        return -v / nFull;
    };
    BfgsOptions bo;
    bo.gradientTolerance = full.hasAnalyticGradient() ? 1e-9 : 1e-7;
    OptimResult polished = bfgs(fullObjective, best.x, bo);

    result.params = toParams(polished.x);
    result.logLikelihood = full.value(result.params);
    result.converged = polished.converged && best.converged;
    result.message = polished.message;
    if (!best.converged)
        result.message = "Nelder-Mead did not converge; " + result.message;
    result.evaluations = evaluations;
    result.gradientNorm = polished.gradientNorm;

    for (std::size_t i = 0; i < dim; ++i) {
        if (std::fabs(polished.x[i]) > 18.0 || !std::isfinite(polished.x[i]))
            throw AnalysisError("the " + model + " likelihood has no finite maximum: " + names[i] +
                                " runs to " + (polished.x[i] > 0 ? "infinity" : "zero") + " (" +
                                names[i] + " = " + formatNumber(result.params[i]) +
                                "); the data do not identify the model");
        // A parameter drifting along a flat ridge (e.g. a and b of BG/NBD growing together when
        // every customer has the same dropout probability): usable, but say so.
        if (!result.converged && std::fabs(polished.x[i]) > 11.5)
            result.message += "; " + names[i] + " = " + formatNumber(result.params[i]) +
                              " is drifting to " + (polished.x[i] > 0 ? "infinity" : "zero") +
                              " along a flat likelihood";
    }
    if (!std::isfinite(result.logLikelihood))
        throw AnalysisError("the " + model + " fit ended at a non-finite log-likelihood");
    reporter.stage(0.95, "standard errors");
    standardErrors(full, result);
    return result;
}

double mean(const std::vector<CustomerSummary>& data, double CustomerSummary::*field)
{
    double s = 0.0;
    for (const auto& c : data)
        s += c.*field;
    return data.empty() ? 0.0 : s / static_cast<double>(data.size());
}

} // namespace

std::unique_ptr<Likelihood> Likelihood::transactions(ModelKind kind,
                                                     const std::vector<CustomerSummary>& data)
{
    validateSummaries(data);
    return makeTransactionLikelihood(kind, data, 1);
}

std::unique_ptr<Likelihood> Likelihood::gammaGamma(const std::vector<CustomerSummary>& data)
{
    validateSummaries(data);
    return std::make_unique<GgLikelihood>(data, 1);
}

FitResult fitTransactionModel(ModelKind kind, const std::vector<CustomerSummary>& data,
                              const FitOptions& options, const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "preparing the fit");
    validateSummaries(data);
    const std::string model(toString(kind));
    if (data.empty())
        throw AnalysisError("no customer has a purchase on or before the calibration end; " +
                            model + " needs customers to fit");
    double repeats = 0.0;
    for (const auto& c : data)
        repeats += c.x;
    if (repeats == 0.0)
        throw AnalysisError("no customer made a repeat purchase in the calibration period, so " +
                            model + " cannot estimate purchase or dropout rates");

    auto full = makeTransactionLikelihood(kind, data, 1);
    if (full->groups() < 2)
        throw AnalysisError("all " + std::to_string(data.size()) +
                            " customers have the same frequency, recency and age; a model of "
                            "heterogeneous customers cannot be fitted to identical ones");
    std::unique_ptr<Likelihood> coarse;
    if (full->groups() > options.subsampleGroups) {
        const auto stride = static_cast<std::size_t>(
            (full->groups() + options.subsampleGroups - 1) / options.subsampleGroups);
        coarse = makeTransactionLikelihood(kind, data, stride);
    }

    std::vector<Vector> starts = options.starts;
    if (starts.empty()) {
        // Scaled to the data: alpha and beta are time scales, so they start near mean T.
        const double s = std::max(mean(data, &CustomerSummary::T), 1e-3);
        if (kind == ModelKind::ParetoNbd)
            starts = {{0.5, 0.2 * s, 0.5, 0.3 * s},
                      {1.0, s, 1.0, s},
                      {0.3, 0.05 * s, 0.3, 0.1 * s},
                      {2.0, 2.0 * s, 2.0, 2.0 * s}};
        else
            starts = {{1.0, 0.1 * s, 1.0, 3.0},
                      {0.5, 0.5 * s, 0.5, 1.0},
                      {0.25, 0.05 * s, 2.0, 6.0},
                      {2.0, s, 1.0, 1.0}};
    }
    for (const auto& st : starts)
        if (st.size() != 4 || !allPositive(st))
            throw InputError("a start for " + model + " needs 4 positive parameters");
    auto names = TransactionModel::create(kind, starts.front())->parameterNames();
    auto result =
        fitLikelihood(model, names, *full, coarse ? *coarse : *full, starts, options, reporter);
    reporter.stage(1.0, "fit done");
    return result;
}

FitResult fitGammaGamma(const std::vector<CustomerSummary>& data, const FitOptions& options,
                        const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    validateSummaries(data);
    std::int64_t repeaters = 0;
    double zMin = std::numeric_limits<double>::infinity(), zMax = -zMin, zSum = 0.0;
    for (const auto& c : data) {
        if (c.x > 0.0 && c.zbar > 0.0 && std::isfinite(c.zbar)) {
            ++repeaters;
            zMin = std::min(zMin, c.zbar);
            zMax = std::max(zMax, c.zbar);
            zSum += c.zbar;
        }
    }
    if (repeaters < 2)
        throw AnalysisError("the Gamma-Gamma spend model needs at least two customers with "
                            "repeat purchases of positive value (found " +
                            std::to_string(repeaters) + ")");
    if (zMax - zMin <= 1e-12 * zMax)
        throw AnalysisError("every repeat customer has the same mean spend (" + formatNumber(zMin) +
                            "); the Gamma-Gamma model needs variation in spend");
    auto full = std::make_unique<GgLikelihood>(data, 1);
    std::unique_ptr<Likelihood> coarse;
    if (full->groups() > options.subsampleGroups) {
        const auto stride = static_cast<std::size_t>(
            (full->groups() + options.subsampleGroups - 1) / options.subsampleGroups);
        coarse = std::make_unique<GgLikelihood>(data, stride);
    }
    const double m = zSum / static_cast<double>(repeaters);
    std::vector<Vector> starts = options.starts;
    if (starts.empty())
        starts = {{1.0, 2.0, m}, {5.0, 3.0, 0.4 * m}, {10.0, 5.0, 0.4 * m}, {2.0, 10.0, 4.5 * m}};
    for (const auto& st : starts)
        if (st.size() != 3 || !allPositive(st))
            throw InputError("a start for gg needs 3 positive parameters");
    auto result = fitLikelihood("gg", {"p", "q", "gamma"}, *full, coarse ? *coarse : *full, starts,
                                options, reporter);
    reporter.stage(1.0, "fit done");
    return result;
}

} // namespace vd::clv
