#include "valuedesk/clv/Models.h"

#include "valuedesk/Error.h"
#include "valuedesk/clv/SpecialFunctions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace vd::clv {

using special::logAddExp;
using special::logSubExp;

std::string_view toString(ModelKind kind)
{
    switch (kind) {
    case ModelKind::BgNbd:
        return "bgnbd";
    case ModelKind::MbgNbd:
        return "mbgnbd";
    case ModelKind::ParetoNbd:
        return "paretonbd";
    }
    return "bgnbd";
}

ModelKind parseModelKind(std::string_view text)
{
    if (text == "bgnbd")
        return ModelKind::BgNbd;
    if (text == "mbgnbd")
        return ModelKind::MbgNbd;
    if (text == "paretonbd")
        return ModelKind::ParetoNbd;
    throw InputError("unknown transaction model \"" + std::string(text) +
                     "\" (use bgnbd, mbgnbd or paretonbd)");
}

namespace {

void checkParameters(const std::vector<double>& params, std::size_t count, std::string_view model)
{
    if (params.size() != count)
        throw AnalysisError(std::string(model) + " needs " + std::to_string(count) +
                            " parameters, got " + std::to_string(params.size()));
    for (double p : params)
        if (!std::isfinite(p) || !(p > 0.0))
            throw AnalysisError(std::string(model) +
                                " parameters must be finite and positive (got " +
                                std::to_string(p) + ")");
}

double logBeta(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

// 1 / (1 + exp(y)) without overflow warnings: exp(y) = inf gives 0, never NaN.
double logistic(double y)
{
    return 1.0 / (1.0 + std::exp(y));
}

// (1 - (1 + v)^(-k)) / k, with its limit log(1 + v) at k = 0.
double powerIntegral(double k, double v)
{
    const double l = std::log1p(v);
    if (std::fabs(k * l) < 1e-12)
        return l;
    return -std::expm1(-k * l) / k;
}

// log(1 + e^y) without overflow.
double softplus(double y)
{
    return y > 0 ? y + std::log1p(std::exp(-y)) : std::log1p(std::exp(y));
}

// Gauss-Legendre nodes and weights on [-1, 1] (Newton iteration on P_n; Golub-Welsch not needed
// at this size).
template <int N> struct GaussLegendre
{
    std::array<double, N> x{};
    std::array<double, N> w{};
    GaussLegendre()
    {
        for (int i = 0; i < N; ++i) {
            double z = std::cos(std::numbers::pi * (i + 0.75) / (N + 0.5));
            double dp = 1.0;
            for (int it = 0; it < 100; ++it) {
                double p0 = 1.0, p1 = z;
                for (int k = 2; k <= N; ++k) {
                    const double p2 = ((2.0 * k - 1.0) * z * p1 - (k - 1.0) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                dp = N * (z * p1 - p0) / (z * z - 1.0);
                const double dz = p1 / dp;
                z -= dz;
                if (std::fabs(dz) < 1e-16)
                    break;
            }
            x[static_cast<std::size_t>(i)] = z;
            w[static_cast<std::size_t>(i)] = 2.0 / ((1.0 - z * z) * dp * dp);
        }
    }
};

const GaussLegendre<20>& gauss20()
{
    static const GaussLegendre<20> g;
    return g;
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::unique_ptr<TransactionModel> TransactionModel::create(ModelKind kind,
                                                           const std::vector<double>& params)
{
    switch (kind) {
    case ModelKind::BgNbd:
        return std::make_unique<BgNbdModel>(params, false);
    case ModelKind::MbgNbd:
        return std::make_unique<BgNbdModel>(params, true);
    case ModelKind::ParetoNbd:
        return std::make_unique<ParetoNbdModel>(params);
    }
    throw AnalysisError("unknown model");
}

double TransactionModel::expectedIfAlive(double x, double T, double t) const
{
    double out = 0.0;
    expectedIfAlive(x, T, &t, 1, &out);
    return out;
}

double TransactionModel::expectedTransactions(double t, double x, double tx, double T) const
{
    return pAlive(x, tx, T) * expectedIfAlive(x, T, t);
}

// --- BG/NBD and MBG/NBD ----------------------------------------------------------------------

BgNbdModel::BgNbdModel(std::vector<double> params, bool modified)
    : TransactionModel(std::move(params)), m_modified(modified)
{
    checkParameters(m_params, 4, modified ? "MBG/NBD" : "BG/NBD");
}

double BgNbdModel::logLikelihood(double x, double tx, double T) const
{
    const double r = m_params[0], alpha = m_params[1], a = m_params[2], b = m_params[3];
    // FHL (2005) eq. 6 in logs; MBG/NBD: Batislam et al. (2007) eq. 3.
    const double a1 = std::lgamma(r + x) - std::lgamma(r) + r * std::log(alpha);
    const double shift = m_modified ? 1.0 : 0.0;
    const double a2 = std::lgamma(a + b) + std::lgamma(b + x + shift) - std::lgamma(b) -
                      std::lgamma(a + b + x + shift);
    const double a3 = -(r + x) * std::log(alpha + T);
    if (x == 0.0 && !m_modified)
        return a1 + a2 + a3;
    const double a4 = std::log(a) - std::log(b + x - 1.0 + shift) - (r + x) * std::log(alpha + tx);
    return a1 + a2 + logAddExp(a3, a4);
}

double BgNbdModel::pAlive(double x, double tx, double T) const
{
    const double r = m_params[0], alpha = m_params[1], a = m_params[2], b = m_params[3];
    if (x == 0.0 && !m_modified)
        return 1.0; // FHL (2005) eq. 13: a customer without repeat purchases cannot have left
    const double shift = m_modified ? 1.0 : 0.0;
    return logistic(std::log(a) - std::log(b + x - 1.0 + shift) +
                    (r + x) * (std::log(alpha + T) - std::log(alpha + tx)));
}

void BgNbdModel::expectedIfAlive(double x, double T, const double* times, std::size_t count,
                                 double* out) const
{
    const double r = m_params[0], alpha = m_params[1], a = m_params[2], b = m_params[3];
    // An alive customer has p ~ Beta(a, b') with b' = b + x (MBG: b + x + 1) and
    // lambda ~ Gamma(r + x, alpha + T); E[Y(t) | lambda, p] = (1 - exp(-lambda p t)) / p.
    // Integrating gives FHL (2005) eq. 10 (numerator):
    //   C / (a - 1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b'; C; z)],
    //   C = a + b' - 1, z = t / (alpha + T + t).
    // Euler's transformation 2F1(A,B;C;z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z) turns the bracket
    // into 1 - (1-z)^eps 2F1(beta, eps; C; z) with eps = a - 1 and beta = C - r - x. Writing
    // 2F1(beta, eps; C; z) = 1 + eps S(z), S = sum_{n>=1} (beta)_n (a)_(n-1) / ((C)_n n!) z^n,
    // the 1/(a-1) cancels analytically:
    //   E = C [ -expm1(eps L)/eps - S(z) exp(eps L) ],  L = log(1 - z),
    // which is exact at a = 1, needs no huge 2F1 for large x and never overflows.
    const double bPrime = b + x + (m_modified ? 1.0 : 0.0);
    const double C = a + bPrime - 1.0;
    const double beta = C - r - x;
    const double eps = a - 1.0;
    const double scale = alpha + T;
    const bool seriesOk = C >= 0.5 && std::fabs(beta) <= 50.0;
    for (std::size_t i = 0; i < count; ++i) {
        const double t = times[i];
        if (!(t > 0.0)) {
            out[i] = 0.0;
            continue;
        }
        const double z = t / (scale + t);
        const double L = -std::log1p(t / scale);
        bool done = false;
        if (seriesOk && z < 0.995) {
            const double lead = std::fabs(eps * L) < 1e-14 ? -L : -std::expm1(eps * L) / eps;
            double coef = beta / C; // (beta)_1 (a)_0 / ((C)_1 1!)
            double zn = z;
            double S = coef * zn;
            for (int n = 1; n < 20000; ++n) {
                const double ratio = (beta + n) * (a + n - 1.0) / ((C + n) * (n + 1.0));
                coef *= ratio;
                zn *= z;
                const double term = coef * zn;
                S += term;
                const double rb = std::max(std::fabs(ratio) * z, z);
                if (rb < 1.0 &&
                    std::fabs(term) * rb / (1.0 - rb) < 1e-16 * std::max(std::fabs(S), lead)) {
                    done = true;
                    break;
                }
                if (term == 0.0) {
                    done = true;
                    break;
                }
            }
            if (done)
                out[i] = C * (lead - S * std::exp(eps * L));
        }
        if (!done)
            out[i] = expectedIfAliveByQuadrature(x, T, t);
    }
}

double BgNbdModel::expectedIfAliveByQuadrature(double x, double T, double t) const
{
    const double r = m_params[0], alpha = m_params[1], a = m_params[2], b = m_params[3];
    if (!(t > 0.0))
        return 0.0;
    const double bPrime = b + x + (m_modified ? 1.0 : 0.0);
    const double m = r + x;
    const double u = t / (alpha + T);
    const double lnB = logBeta(a, bPrime);
    // Tanh-sinh substitution p = 1 / (1 + exp(-pi sinh tau)) (Takahasi & Mori 1974): endpoint
    // singularities of the Beta density decay double-exponentially; all weights in logs.
    auto f = [&](double tau) {
        const double s = std::numbers::pi * std::sinh(tau);
        const double logP = -softplus(-s);
        const double logQ = -softplus(s);
        const double p = std::exp(logP);
        const double g = p > 1e-300 ? -std::expm1(-m * std::log1p(p * u)) / p : m * u;
        const double logW =
            a * logP + bPrime * logQ - lnB + std::log(std::numbers::pi * std::cosh(tau));
        return g * std::exp(logW);
    };
    constexpr double kRange = 6.5;
    double h = 0.5;
    double sum = f(0.0);
    for (double tau = h; tau <= kRange; tau += h)
        sum += f(tau) + f(-tau);
    double estimate = h * sum;
    for (int level = 0; level < 8; ++level) {
        h *= 0.5;
        for (double tau = h; tau <= kRange; tau += 2 * h)
            sum += f(tau) + f(-tau);
        const double next = h * sum;
        const bool converged = std::fabs(next - estimate) <= 1e-13 * std::fabs(next);
        estimate = next;
        if (converged && level >= 2)
            break;
    }
    return estimate;
}

std::vector<double> BgNbdModel::frequencyDistribution(double t, int maxK) const
{
    const double r = m_params[0], alpha = m_params[1], a = m_params[2], b = m_params[3];
    std::vector<double> out(static_cast<std::size_t>(std::max(maxK, 0)), 0.0);
    if (out.empty())
        return out;
    if (!(t > 0.0)) {
        out[0] = 1.0;
        return out;
    }
    // FHL (2005) eq. 8; MBG/NBD: Batislam et al. (2007) eq. 6. nb_j is the NBD probability of j
    // transactions of a customer who stays alive throughout.
    const double lp = r * std::log(alpha / (alpha + t));
    const double lq = std::log(t / (alpha + t));
    const double lnB = logBeta(a, b);
    const double shift = m_modified ? 1.0 : 0.0;
    double cumulative = 0.0; // sum_{j<k} nb_j
    for (int k = 0; k < maxK; ++k) {
        const double lnNb =
            std::lgamma(r + k) - std::lgamma(r) - std::lgamma(k + 1.0) + lp + k * lq;
        double prob = std::exp(logBeta(a, b + k + shift) - lnB + lnNb);
        if (k > 0 || m_modified)
            prob += std::exp(logBeta(a + 1.0, b + k - 1.0 + shift) - lnB) *
                    std::max(0.0, 1.0 - cumulative);
        out[static_cast<std::size_t>(k)] = prob;
        cumulative += std::exp(lnNb);
    }
    return out;
}

// --- Pareto/NBD ------------------------------------------------------------------------------

ParetoNbdModel::ParetoNbdModel(std::vector<double> params) : TransactionModel(std::move(params))
{
    checkParameters(m_params, 4, "Pareto/NBD");
}

double ParetoNbdModel::logA0(double x, double tx, double T) const
{
    const double r = m_params[0], alpha = m_params[1], s = m_params[2], beta = m_params[3];
    // Fader & Hardie (2005) note, eq. 19 (alpha >= beta) and 20 (alpha < beta).
    const double a2 = r + s + x;
    const bool alphaLarger = alpha >= beta;
    const double b2 = alphaLarger ? s + 1.0 : r + x;
    const double big = alphaLarger ? alpha : beta;
    const double small = alphaLarger ? beta : alpha;
    auto term = [&](double y) {
        const double lBig = std::log(big + y);
        const double z = (big - small) / (big + y);
        return special::logHyp2f1APlusOne(a2, b2, z, std::log(small + y) - lBig) - a2 * lBig;
    };
    return logSubExp(term(tx), term(T));
}

double ParetoNbdModel::logLikelihood(double x, double tx, double T) const
{
    const double r = m_params[0], alpha = m_params[1], s = m_params[2], beta = m_params[3];
    // Note eq. 22: L = Gamma(r+x) alpha^r beta^s / Gamma(r) *
    //   [ 1 / ((alpha+T)^(r+x) (beta+T)^s) + s / (r+s+x) A0 ].
    const double a1 =
        std::lgamma(r + x) - std::lgamma(r) + r * std::log(alpha) + s * std::log(beta);
    const double alive = -(r + x) * std::log(alpha + T) - s * std::log(beta + T);
    const double died = std::log(s) - std::log(r + s + x) + logA0(x, tx, T);
    return a1 + logAddExp(alive, died);
}

double ParetoNbdModel::pAlive(double x, double tx, double T) const
{
    const double r = m_params[0], alpha = m_params[1], s = m_params[2], beta = m_params[3];
    // Note eq. 24 (Schmittlein et al. 1987, eq. 11).
    const double logA = logA0(x, tx, T);
    if (logA == -std::numeric_limits<double>::infinity())
        return 1.0;
    return logistic(std::log(s) - std::log(r + s + x) + (r + x) * std::log(alpha + T) +
                    s * std::log(beta + T) + logA);
}

void ParetoNbdModel::expectedIfAlive(double x, double T, const double* times, std::size_t count,
                                     double* out) const
{
    const double r = m_params[0], alpha = m_params[1], s = m_params[2], beta = m_params[3];
    // Note eq. 27 without its P(alive) factor (Schmittlein et al. 1987, eq. 22):
    //   (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)],
    // with the s = 1 limit (r+x)(beta+T)/(alpha+T) log(1 + t/(beta+T)).
    const double rate = (r + x) / (alpha + T);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = times[i];
        out[i] = t > 0.0 ? rate * (beta + T) * powerIntegral(s - 1.0, t / (beta + T)) : 0.0;
    }
}

std::vector<double> ParetoNbdModel::frequencyDistribution(double t, int maxK) const
{
    const double r = m_params[0], alpha = m_params[1], s = m_params[2], beta = m_params[3];
    std::vector<double> out(static_cast<std::size_t>(std::max(maxK, 0)), 0.0);
    if (out.empty())
        return out;
    if (!(t > 0.0)) {
        out[0] = 1.0;
        return out;
    }
    // Condition on the dropout time tau ~ Pareto II(s, beta): purchases follow the NBD over
    // min(tau, t), so P(X(t)=k) = S(t) NB_k(t) + int_0^t f(tau) NB_k(tau) d tau, with
    // S(tau) = (beta/(beta+tau))^s and f = -S'. Composite 20-point Gauss-Legendre on
    // u = log(1 + tau/beta), where f d tau = s exp(-s u) du is smooth.
    auto addNbd = [&](double tau, double weight) {
        const double lp = r * std::log(alpha / (alpha + tau));
        const double q = tau / (alpha + tau);
        double nb = std::exp(lp);
        for (int k = 0; k < maxK; ++k) {
            out[static_cast<std::size_t>(k)] += weight * nb;
            nb *= (r + k) / (k + 1.0) * q;
        }
    };
    addNbd(t, std::exp(-s * std::log1p(t / beta)));
    const double uMax = std::log1p(t / beta);
    constexpr int kPanels = 64;
    const auto& g = gauss20();
    for (int panel = 0; panel < kPanels; ++panel) {
        const double lo = uMax * panel / kPanels;
        const double hi = uMax * (panel + 1) / kPanels;
        for (std::size_t i = 0; i < g.x.size(); ++i) {
            const double u = 0.5 * (lo + hi) + 0.5 * (hi - lo) * g.x[i];
            const double tau = beta * std::expm1(u);
            addNbd(tau, 0.5 * (hi - lo) * g.w[i] * s * std::exp(-s * u));
        }
    }
    return out;
}

// --- Gamma-Gamma -----------------------------------------------------------------------------

GammaGammaModel::GammaGammaModel(double p, double q, double gamma) : m_p(p), m_q(q), m_gamma(gamma)
{
    checkParameters({p, q, gamma}, 3, "Gamma-Gamma");
}

double GammaGammaModel::logLikelihood(double x, double zbar) const
{
    // FHL (2005, JMR) eq. 3: density of the mean zbar of x transactions.
    const double px = m_p * x;
    return std::lgamma(px + m_q) - std::lgamma(px) - std::lgamma(m_q) + m_q * std::log(m_gamma) +
           (px - 1.0) * std::log(zbar) + px * std::log(x) -
           (px + m_q) * std::log(x * zbar + m_gamma);
}

double GammaGammaModel::populationMeanSpend() const
{
    if (!(m_q > 1.0))
        throw AnalysisError("the fitted spend model has q <= 1, so mean spend is infinite; "
                            "use the observed mean spend instead");
    return m_p * m_gamma / (m_q - 1.0);
}

double GammaGammaModel::conditionalMeanSpend(double x, double zbar) const
{
    if (!(x > 0.0))
        return populationMeanSpend();
    // FHL (2005, JMR) eq. 5: a weighted mean of the population mean and zbar.
    const double denominator = m_p * x + m_q - 1.0;
    if (!(denominator > 0.0))
        return populationMeanSpend();
    return m_p * (m_gamma + x * zbar) / denominator;
}

} // namespace vd::clv
