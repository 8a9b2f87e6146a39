// Per-customer formulas of the transaction and spend models, each checked against a value the
// test computes independently: numerical integration of the individual-level model over the
// mixing distributions (the definitions in Fader, Hardie & Lee 2005 and Fader & Hardie 2005),
// not the closed forms the core uses.
#include "valuedesk/clv/Models.h"

#include "clv/Quadrature.h"
#include "valuedesk/Error.h"
#include "valuedesk/clv/SpecialFunctions.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

namespace {

using namespace vd::clv;
using vd::test::gammaPdf;
using vd::test::integrate;
using vd::test::integrate01;
using vd::test::integrateToInfinity;

// Published CDNOW estimates, used as realistic parameter values.
const std::vector<double> kBg = {0.243, 4.414, 0.793, 2.426};
const std::vector<double> kPareto = {0.553, 10.578, 0.606, 11.669};

double logBeta(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

// E_p[h(p, 1-p)] for p ~ Beta(a, b).
double betaExpect(double a, double b, const std::function<double(double, double)>& h)
{
    return integrate01([&](double p, double q) {
        return std::exp((a - 1) * std::log(p) + (b - 1) * std::log(q) - logBeta(a, b)) * h(p, q);
    });
}

// E_lambda[h(lambda)] for lambda ~ Gamma(r, alpha).
double gammaExpect(double r, double alpha, const std::function<double(double)>& h)
{
    return integrateToInfinity([&](double l) { return gammaPdf(l, r, alpha) * h(l); }, r / alpha);
}

// BG/NBD (MBG/NBD when modified) likelihood pieces by integration of FHL (2005) eq. 3:
// alive = E[(1-p)^(x+m) lambda^x e^(-lambda T)], dead = E[p (1-p)^(x-1+m) lambda^x e^(-lambda
// t_x)].
struct BgPieces
{
    double alive, dead;
};
BgPieces bgByIntegration(const std::vector<double>& k, bool modified, double x, double tx, double T)
{
    const double r = k[0], alpha = k[1], a = k[2], b = k[3], m = modified ? 1.0 : 0.0;
    const double pa = betaExpect(a, b, [&](double, double q) { return std::pow(q, x + m); });
    const double la =
        gammaExpect(r, alpha, [&](double l) { return std::exp(x * std::log(l) - l * T); });
    double dead = 0.0;
    if (x > 0 || modified) {
        const double pd =
            betaExpect(a, b, [&](double p, double q) { return p * std::pow(q, x - 1 + m); });
        const double ld =
            gammaExpect(r, alpha, [&](double l) { return std::exp(x * std::log(l) - l * tx); });
        dead = pd * ld;
    }
    return {pa * la, dead};
}

struct Rft
{
    double x, tx, T;
};
const Rft kCustomers[] = {{0, 0, 38.86},     {1, 1.71, 38.86}, {2, 30.43, 38.86}, {5, 20.0, 32.0},
                          {7, 29.43, 29.57}, {14, 35.0, 36.0}, {0, 0, 0.5}};

TEST(BgNbd, LikelihoodAndPAliveMatchIntegratedModel)
{
    auto model = TransactionModel::create(ModelKind::BgNbd, kBg);
    for (const Rft& c : kCustomers) {
        const BgPieces ref = bgByIntegration(kBg, false, c.x, c.tx, c.T);
        EXPECT_NEAR(model->logLikelihood(c.x, c.tx, c.T), std::log(ref.alive + ref.dead), 1e-8)
            << c.x << " " << c.tx << " " << c.T;
        EXPECT_NEAR(model->pAlive(c.x, c.tx, c.T), ref.alive / (ref.alive + ref.dead), 1e-9);
    }
}

TEST(BgNbd, NoRepeatPurchaseMeansAlive)
{
    // FHL (2005) eq. 13: P(alive | x = 0) = 1 whatever t_x and T.
    auto model = TransactionModel::create(ModelKind::BgNbd, kBg);
    for (double T : {0.0, 1.0, 38.86, 500.0})
        EXPECT_EQ(model->pAlive(0, 0, T), 1.0);
}

TEST(BgNbd, HandComputedPAlive)
{
    // Customer 1 of the CDNOW summary (x = 2, t_x = 30.43, T = 38.86), FHL (2005) eq. 13:
    // 1 / (1 + a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)).
    auto model = TransactionModel::create(ModelKind::BgNbd, kBg);
    const double ratio = (4.414 + 38.86) / (4.414 + 30.43);
    const double expected = 1.0 / (1.0 + 0.793 / (2.426 + 1.0) * std::pow(ratio, 2.243));
    EXPECT_NEAR(model->pAlive(2, 30.43, 38.86), expected, 1e-14);
    // 43.274 / 34.844 = 1.24194; 1.24194^2.243 = 1.62582; x 0.793/3.426 = 0.37632 -> 1/1.37632.
    EXPECT_NEAR(expected, 0.72658, 5e-6);
}

TEST(MbgNbd, LikelihoodAndPAliveMatchIntegratedModel)
{
    auto model = TransactionModel::create(ModelKind::MbgNbd, kBg);
    for (const Rft& c : kCustomers) {
        const BgPieces ref = bgByIntegration(kBg, true, c.x, c.tx, c.T);
        EXPECT_NEAR(model->logLikelihood(c.x, c.tx, c.T), std::log(ref.alive + ref.dead), 1e-8);
        EXPECT_NEAR(model->pAlive(c.x, c.tx, c.T), ref.alive / (ref.alive + ref.dead), 1e-9);
    }
    // Unlike BG/NBD, a customer without repeat purchases may have left at time zero.
    EXPECT_LT(model->pAlive(0, 0, 38.86), 1.0);
}

// E[Y(t) | x, t_x, T] by integrating E[Y(t) | lambda, p] = (1 - exp(-lambda p t)) / p against the
// posterior of an alive customer (FHL 2005, derivation of eq. 10), nested over p and lambda.
double bgExpectedByIntegration(const std::vector<double>& k, bool modified, double x, double tx,
                               double T, double t)
{
    const double r = k[0], alpha = k[1], a = k[2], b = k[3], m = modified ? 1.0 : 0.0;
    const BgPieces pieces = bgByIntegration(k, modified, x, tx, T);
    const double numerator = betaExpect(a, b, [&](double p, double q) {
        const double inner = gammaExpect(r, alpha, [&](double l) {
            return std::exp(x * std::log(l) - l * T) * -std::expm1(-l * p * t) / p;
        });
        return std::pow(q, x + m) * inner;
    });
    return numerator / (pieces.alive + pieces.dead);
}

TEST(BgNbd, ConditionalExpectationMatchesIntegratedModel)
{
    auto bg = TransactionModel::create(ModelKind::BgNbd, kBg);
    auto mbg = TransactionModel::create(ModelKind::MbgNbd, kBg);
    for (const Rft& c : {kCustomers[0], kCustomers[2], kCustomers[4]}) {
        for (double t : {1.0, 39.0}) {
            EXPECT_NEAR(bg->expectedTransactions(t, c.x, c.tx, c.T),
                        bgExpectedByIntegration(kBg, false, c.x, c.tx, c.T, t), 1e-7)
                << c.x << " t=" << t;
            EXPECT_NEAR(mbg->expectedTransactions(t, c.x, c.tx, c.T),
                        bgExpectedByIntegration(kBg, true, c.x, c.tx, c.T, t), 1e-7);
        }
    }
}

TEST(BgNbd, UnconditionalExpectationMatchesGaussSeries)
{
    // FHL (2005) eq. 9: E[X(t)] = (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1;
    // t/(alpha+t))].
    auto model = TransactionModel::create(ModelKind::BgNbd, kBg);
    const double r = kBg[0], alpha = kBg[1], a = kBg[2], b = kBg[3];
    for (double t : {0.5, 10.0, 39.0, 78.0}) {
        const double z = t / (alpha + t);
        const double expected =
            (a + b - 1) / (a - 1) *
            (1 - std::pow(alpha / (alpha + t), r) * special::hyp2f1(r, b, a + b - 1, z));
        EXPECT_NEAR(model->expectedUnconditional(t), expected, 1e-11 * (1 + expected)) << t;
    }
    EXPECT_EQ(model->expectedUnconditional(0.0), 0.0);
}

TEST(BgNbd, SeriesAgreesWithQuadratureOverAWideRange)
{
    // The transformed series of expectedIfAlive against the core's own tanh-sinh fallback, over
    // parameters where the textbook 2F1 form is ill-conditioned (a near or equal to 1, large x,
    // long horizons).
    const std::vector<std::vector<double>> params = {kBg,
                                                     {0.5, 2.0, 1.0, 3.0},
                                                     {0.5, 2.0, 1.0 + 1e-9, 3.0},
                                                     {2.0, 30.0, 0.2, 0.4},
                                                     {1.2, 1.0, 3.5, 8.0},
                                                     {0.05, 0.5, 0.7, 1.2}};
    for (bool modified : {false, true}) {
        for (const auto& k : params) {
            BgNbdModel model(k, modified);
            for (double x : {0.0, 1.0, 3.0, 40.0, 250.0}) {
                for (double t : {0.25, 13.0, 104.0, 900.0}) {
                    const double T = 30.0;
                    const double series = model.expectedIfAlive(x, T, t);
                    const double quad = model.expectedIfAliveByQuadrature(x, T, t);
                    EXPECT_NEAR(series, quad, 1e-9 * (1.0 + quad))
                        << "params " << k[0] << "," << k[1] << "," << k[2] << "," << k[3]
                        << " x=" << x << " t=" << t << " modified=" << modified;
                    EXPECT_TRUE(std::isfinite(series));
                }
            }
        }
    }
}

TEST(TransactionModels, FrequencyDistributionIsAProbabilityWithTheRightMean)
{
    for (ModelKind kind : {ModelKind::BgNbd, ModelKind::MbgNbd, ModelKind::ParetoNbd}) {
        auto model = TransactionModel::create(kind, kind == ModelKind::ParetoNbd ? kPareto : kBg);
        for (double t : {1.0, 38.86, 78.0}) {
            const auto probs = model->frequencyDistribution(t, 600);
            double total = 0.0, mean = 0.0;
            for (std::size_t k = 0; k < probs.size(); ++k) {
                EXPECT_GE(probs[k], 0.0);
                total += probs[k];
                mean += static_cast<double>(k) * probs[k];
            }
            EXPECT_NEAR(total, 1.0, 1e-9) << toString(kind) << " t=" << t;
            EXPECT_NEAR(mean, model->expectedUnconditional(t), 1e-7 * (1 + mean))
                << toString(kind) << " t=" << t;
        }
        EXPECT_EQ(model->frequencyDistribution(0.0, 3), (std::vector<double>{1.0, 0.0, 0.0}));
    }
}

// Pareto/NBD pieces by 2-D integration of the individual-level likelihood over lambda ~
// Gamma(r, alpha) and mu ~ Gamma(s, beta): alive = lambda^x e^(-(lambda+mu)T), dead =
// lambda^x mu / (lambda+mu) (e^(-(lambda+mu) t_x) - e^(-(lambda+mu) T)) (Fader & Hardie 2005,
// note, eq. 3 and 4).
BgPieces paretoByIntegration(const std::vector<double>& k, double x, double tx, double T)
{
    const double r = k[0], alpha = k[1], s = k[2], beta = k[3];
    const double alive =
        gammaExpect(r, alpha, [&](double l) { return std::exp(x * std::log(l) - l * T); }) *
        gammaExpect(s, beta, [&](double m) { return std::exp(-m * T); });
    const double dead = gammaExpect(r, alpha, [&](double l) {
        return gammaExpect(s, beta, [&](double m) {
            const double rate = l + m;
            const double lx = x * std::log(l);
            return m / rate * (std::exp(lx - rate * tx) - std::exp(lx - rate * T));
        });
    });
    return {alive, dead};
}

TEST(ParetoNbd, LikelihoodAndPAliveMatch2DIntegration)
{
    auto model = TransactionModel::create(ModelKind::ParetoNbd, kPareto);
    for (const Rft& c : {kCustomers[1], kCustomers[2], kCustomers[3]}) {
        const BgPieces ref = paretoByIntegration(kPareto, c.x, c.tx, c.T);
        EXPECT_NEAR(model->logLikelihood(c.x, c.tx, c.T), std::log(ref.alive + ref.dead), 1e-7)
            << c.x;
        EXPECT_NEAR(model->pAlive(c.x, c.tx, c.T), ref.alive / (ref.alive + ref.dead), 1e-8);
    }
}

// The dying part as a 1-D integral over the dropout time tau, which covers both branches of
// the 2F1 form (alpha >= beta and alpha < beta) and extreme ratios:
//   L = Gamma(r+x) alpha^r beta^s / Gamma(r) [ (alpha+T)^-(r+x) (beta+T)^-s
//       + s int_{t_x}^T (alpha+tau)^-(r+x) (beta+tau)^-(s+1) d tau ].
TEST(ParetoNbd, LikelihoodMatchesDropoutTimeIntegralInBothBranches)
{
    const std::vector<std::vector<double>> params = {kPareto,
                                                     {0.553, 11.669, 0.606, 10.578},
                                                     {0.8, 2.0, 1.5, 200.0},
                                                     {2.5, 150.0, 0.3, 1.0},
                                                     {0.4, 5.0, 0.9, 5.0}};
    for (const auto& k : params) {
        ParetoNbdModel model(k);
        const double r = k[0], alpha = k[1], s = k[2], beta = k[3];
        for (const Rft& c : kCustomers) {
            const double integral = integrate(
                [&](double tau) {
                    return std::exp(-(r + c.x) * std::log(alpha + tau) -
                                    (s + 1) * std::log(beta + tau));
                },
                c.tx, c.T);
            const double alive =
                std::exp(-(r + c.x) * std::log(alpha + c.T) - s * std::log(beta + c.T));
            const double expected = std::lgamma(r + c.x) - std::lgamma(r) + r * std::log(alpha) +
                                    s * std::log(beta) + std::log(alive + s * integral);
            EXPECT_NEAR(model.logLikelihood(c.x, c.tx, c.T), expected,
                        1e-9 * (1 + std::fabs(expected)))
                << k[0] << "," << k[1] << "," << k[2] << "," << k[3] << " x=" << c.x;
            EXPECT_NEAR(model.pAlive(c.x, c.tx, c.T), alive / (alive + s * integral), 1e-9);
        }
    }
}

TEST(ParetoNbd, ConditionalExpectationMatchesIntegration)
{
    // Alive customers: lambda ~ Gamma(r+x, alpha+T), mu ~ Gamma(s, beta+T) and
    // E[Y(t) | lambda, mu] = lambda / mu (1 - e^(-mu t)).
    for (const auto& k : {kPareto, std::vector<double>{0.7, 3.0, 1.0, 9.0}}) {
        auto model = TransactionModel::create(ModelKind::ParetoNbd, k);
        for (const Rft& c : kCustomers) {
            for (double t : {1.0, 39.0, 260.0}) {
                const double rate = (k[0] + c.x) / (k[1] + c.T);
                const double muPart = gammaExpect(
                    k[2], k[3] + c.T, [&](double m) { return -std::expm1(-m * t) / m; });
                EXPECT_NEAR(model->expectedIfAlive(c.x, c.T, t), rate * muPart,
                            1e-9 * (1 + rate * muPart))
                    << "s=" << k[2] << " t=" << t;
            }
        }
    }
}

TEST(ParetoNbd, StableForHeavyBuyers)
{
    // Customers with hundreds of purchases (CLVTools once returned NaN here: their test case
    // "numerically stable PAlive", parameters r 0.5143, alpha 2.8845, s 0.2856, beta 14.1087).
    auto model = TransactionModel::create(ModelKind::ParetoNbd, {0.5143, 2.8845, 0.2856, 14.1087});
    const Rft heavy[] = {{221, 103.42857, 103.57143},
                         {254, 97.14286, 97.28571},
                         {161, 94.71429, 98.0},
                         {204, 98.57143, 99.42857}};
    for (const Rft& c : heavy) {
        const double p = model->pAlive(c.x, c.tx, c.T);
        EXPECT_TRUE(std::isfinite(p));
        EXPECT_GE(p, 0.0);
        EXPECT_LE(p, 1.0);
        EXPECT_TRUE(std::isfinite(model->logLikelihood(c.x, c.tx, c.T)));
        EXPECT_TRUE(std::isfinite(model->expectedTransactions(52, c.x, c.tx, c.T)));
    }
    // 161 purchases, silent for 3.3 weeks: the dropout rate is so low (s / (beta + T) = 0.0025
    // a week) that the customer is still more likely alive. Reference: P(alive) = 1 / (1 + s
    // (alpha+T)^(r+x) (beta+T)^s int_{t_x}^T (alpha+tau)^-(r+x) (beta+tau)^-(s+1) d tau).
    const double r = 0.5143, alpha = 2.8845, s = 0.2856, beta = 14.1087;
    const double x = 161, tx = 94.71429, T = 98.0;
    const double ratio =
        s * vd::test::integrate(
                [&](double tau) {
                    return std::exp((r + x) * std::log((alpha + T) / (alpha + tau)) +
                                    s * std::log(beta + T) - (s + 1) * std::log(beta + tau));
                },
                tx, T);
    EXPECT_NEAR(model->pAlive(x, tx, T), 1.0 / (1.0 + ratio), 1e-9);
    EXPECT_NEAR(model->pAlive(x, tx, T), 0.7495, 5e-4);
}

TEST(GammaGamma, ConditionalMeanAndLikelihood)
{
    const GammaGammaModel gg(6.25, 3.74, 15.44);
    // FHL (2005, JMR) eq. 5 by hand for customer 1 (x = 2, zbar = 22.35).
    EXPECT_NEAR(gg.conditionalMeanSpend(2, 22.35),
                6.25 * (15.44 + 2 * 22.35) / (6.25 * 2 + 3.74 - 1), 1e-12);
    EXPECT_NEAR(gg.conditionalMeanSpend(2, 22.35), 24.6637, 1e-4);
    EXPECT_NEAR(gg.populationMeanSpend(), 6.25 * 15.44 / 2.74, 1e-12);
    EXPECT_EQ(gg.conditionalMeanSpend(0, 0), gg.populationMeanSpend());
    // The density of zbar as a mixture: zbar | nu ~ Gamma(p x, nu x), nu ~ Gamma(q, gamma).
    for (double x : {1.0, 3.0, 10.0}) {
        for (double z : {2.99, 27.5, 299.63}) {
            const double density =
                gammaExpect(3.74, 15.44, [&](double nu) { return gammaPdf(z, 6.25 * x, nu * x); });
            EXPECT_NEAR(gg.logLikelihood(x, z), std::log(density), 1e-8) << x << " " << z;
        }
    }
    EXPECT_THROW(GammaGammaModel(6.25, 0.8, 15.44).populationMeanSpend(), vd::AnalysisError);
    EXPECT_THROW(GammaGammaModel(0.0, 3.0, 1.0), vd::AnalysisError);
}

TEST(TransactionModels, RejectInvalidParameters)
{
    EXPECT_THROW(TransactionModel::create(ModelKind::BgNbd, {0.2, 4.0, 0.8}), vd::AnalysisError);
    EXPECT_THROW(TransactionModel::create(ModelKind::BgNbd, {0.2, -4.0, 0.8, 2.0}),
                 vd::AnalysisError);
    EXPECT_THROW(TransactionModel::create(ModelKind::ParetoNbd, {0.2, 4.0, std::nan(""), 2.0}),
                 vd::AnalysisError);
    EXPECT_THROW(parseModelKind("bgndb"), vd::InputError);
    EXPECT_EQ(parseModelKind("paretonbd"), ModelKind::ParetoNbd);
}

} // namespace
