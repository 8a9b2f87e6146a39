#include "valuedesk/clv/Fit.h"

#include "clv/CdnowLoader.h"
#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>

namespace {

using namespace vd;
using namespace vd::clv;

CustomerSummary summary(std::int64_t id, double x, double tx, double T, double zbar = 0.0)
{
    CustomerSummary s;
    s.customerId = id;
    s.x = x;
    s.tx = tx;
    s.T = T;
    s.zbar = zbar;
    s.meanSpend = zbar > 0 ? zbar : 10.0;
    return s;
}

// The published CDNOW summary (2-decimal weeks), read from the fixture file.
std::vector<CustomerSummary> cdnowCsv()
{
    std::vector<CustomerSummary> out;
    for (const auto& [id, r] :
         test::readCdnowSummary(std::string(VD_TEST_DATA_DIR) +
                                "/cdnow/cdnow_customers_summary_with_transactions.csv"))
        out.push_back(summary(id, r.x, r.tx, r.T, r.zbar));
    return out;
}

// Simulates the BG/NBD story (FHL 2005, section 2): Poisson purchases at rate lambda ~
// Gamma(r, alpha) until, after any repeat purchase, dropout with probability p ~ Beta(a, b).
std::vector<CustomerSummary> simulateBgNbd(const std::vector<double>& k, int n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> lambdaDist(k[0], 1.0 / k[1]);
    std::gamma_distribution<double> ga(k[2], 1.0), gb(k[3], 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<CustomerSummary> out;
    for (int i = 0; i < n; ++i) {
        const double lambda = lambdaDist(rng);
        const double u = ga(rng), v = gb(rng);
        const double p = u / (u + v);
        const double T = 20.0 + std::floor(uniform(rng) * 33.0); // 20..52 weeks
        double t = 0.0, tx = 0.0;
        int x = 0;
        while (true) {
            t += -std::log(1.0 - uniform(rng)) / lambda;
            if (t > T)
                break;
            ++x;
            tx = t;
            if (uniform(rng) < p)
                break;
        }
        out.push_back(summary(i + 1, x, x > 0 ? tx : 0.0, T));
    }
    return out;
}

// Pareto/NBD story: Poisson purchases at lambda ~ Gamma(r, alpha) during an exponential
// lifetime with rate mu ~ Gamma(s, beta).
std::vector<CustomerSummary> simulateParetoNbd(const std::vector<double>& k, int n,
                                               std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> lambdaDist(k[0], 1.0 / k[1]), muDist(k[2], 1.0 / k[3]);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<CustomerSummary> out;
    for (int i = 0; i < n; ++i) {
        const double lambda = lambdaDist(rng), mu = muDist(rng);
        const double T = 20.0 + std::floor(uniform(rng) * 33.0);
        const double life = std::min(T, -std::log(1.0 - uniform(rng)) / mu);
        double t = 0.0, tx = 0.0;
        int x = 0;
        while (true) {
            t += -std::log(1.0 - uniform(rng)) / lambda;
            if (t > life)
                break;
            ++x;
            tx = t;
        }
        out.push_back(summary(i + 1, x, tx, T));
    }
    return out;
}

TEST(FitGradient, AnalyticMatchesFiniteDifferences)
{
    const auto data = cdnowCsv();
    struct Case
    {
        ModelKind kind;
        Vector params;
    };
    std::unique_ptr<Likelihood> lik;
    for (const Case& c : {Case{ModelKind::BgNbd, {0.243, 4.414, 0.793, 2.426}},
                          Case{ModelKind::BgNbd, {1.3, 0.7, 2.5, 0.9}},
                          Case{ModelKind::MbgNbd, {0.5, 8.0, 1.2, 4.0}},
                          Case{ModelKind::MbgNbd, {0.2, 2.0, 0.4, 0.6}}}) {
        lik = Likelihood::transactions(c.kind, data);
        ASSERT_TRUE(lik->hasAnalyticGradient());
        Vector grad;
        const double v = lik->valueAndGradient(c.params, grad);
        EXPECT_DOUBLE_EQ(v, lik->value(c.params));
        const Vector numeric =
            numericalGradient([&](const Vector& p) { return lik->value(p); }, c.params, 1e-6);
        for (std::size_t i = 0; i < 4; ++i)
            EXPECT_NEAR(grad[i], numeric[i], 1e-5 * (1.0 + std::fabs(numeric[i])))
                << toString(c.kind) << " parameter " << i;
    }
    auto gg = Likelihood::gammaGamma(data);
    for (const Vector& p : {Vector{6.25, 3.74, 15.44}, Vector{1.5, 9.0, 80.0}}) {
        Vector grad;
        gg->valueAndGradient(p, grad);
        const Vector numeric =
            numericalGradient([&](const Vector& q) { return gg->value(q); }, p, 1e-6);
        for (std::size_t i = 0; i < 3; ++i)
            EXPECT_NEAR(grad[i], numeric[i], 1e-5 * (1.0 + std::fabs(numeric[i]))) << i;
    }
    // Impossible parameters give -inf, never NaN.
    auto pareto = Likelihood::transactions(ModelKind::ParetoNbd, data);
    EXPECT_EQ(pareto->value({0.5, -1.0, 0.5, 1.0}), -std::numeric_limits<double>::infinity());
    EXPECT_EQ(lik->value({0.5, 1.0, std::nan(""), 1.0}), -std::numeric_limits<double>::infinity());
}

// The Pareto/NBD gradient is analytic (the chain rule through the 2F1 series and its parameter
// derivatives, docs/methods.md): it must match a central difference with a tight step
// (relative 1e-6) on both branches of the likelihood (alpha >= beta and alpha < beta), at the
// CDNOW optimum and far from it, for customers with no repeat purchase, with x = 300 over
// 156 weeks, with t_x = T and at T = 0.
TEST(FitGradient, ParetoNbdAnalyticMatchesCentralDifferences)
{
    struct Customer
    {
        double x, tx, T;
    };
    const Customer customers[] = {{0, 0, 156},       {0, 0, 0},         {1, 0.5, 30},
                                  {2, 30.43, 38.86}, {7, 29.43, 29.57}, {12, 40, 40},
                                  {300, 155.6, 156}, {300, 80, 156},    {45, 3.0, 150}};
    const Vector points[] = {{0.553, 10.578, 0.606, 11.669}, // CDNOW optimum: alpha < beta
                             {0.553, 11.669, 0.606, 10.578}, // alpha > beta
                             {2.0, 3.0, 0.3, 90.0},          // beta >> alpha
                             {0.3, 80.0, 1.7, 2.5},          // alpha >> beta
                             {1.0, 5.0, 1.0, 5.0}};          // alpha = beta, integer shapes
    for (const Customer& c : customers) {
        CustomerSummary one = summary(1, c.x, c.tx, c.T);
        auto lik = Likelihood::transactions(ModelKind::ParetoNbd, {one});
        ASSERT_TRUE(lik->hasAnalyticGradient());
        for (const Vector& p : points) {
            Vector grad;
            const double v = lik->valueAndGradient(p, grad);
            // The likelihood itself is the per-customer formula of ParetoNbdModel.
            const double direct = ParetoNbdModel(p).logLikelihood(c.x, c.tx, c.T);
            EXPECT_NEAR(v, direct, 1e-11 * (1.0 + std::fabs(direct))) << c.x << " " << c.tx;
            EXPECT_NEAR(lik->value(p), v, 1e-12 * (1.0 + std::fabs(v)));
            const Vector numeric =
                numericalGradient([&](const Vector& q) { return lik->value(q); }, p, 1e-6);
            for (std::size_t i = 0; i < 4; ++i)
                EXPECT_NEAR(grad[i], numeric[i], 1e-6 * (1.0 + std::fabs(numeric[i])))
                    << "x " << c.x << " t_x " << c.tx << " T " << c.T << " point (" << p[0] << ", "
                    << p[1] << ", " << p[2] << ", " << p[3] << ") parameter " << i;
        }
    }
    // The whole CDNOW sample, grouped: same check on the sum.
    auto pareto = Likelihood::transactions(ModelKind::ParetoNbd, cdnowCsv());
    for (const Vector& p : points) {
        Vector grad;
        pareto->valueAndGradient(p, grad);
        const Vector numeric =
            numericalGradient([&](const Vector& q) { return pareto->value(q); }, p, 1e-6);
        // Round-off of a difference of two totals near -10^4 over a 10^-6 step: ~10^-5.
        for (std::size_t i = 0; i < 4; ++i)
            EXPECT_NEAR(grad[i], numeric[i], 3e-5 * (1.0 + std::fabs(numeric[i]))) << i;
    }
}

TEST(Fit, RecoversSimulatedBgNbdParameters)
{
    const Vector truth = {0.5, 5.0, 0.8, 2.5};
    const auto data = simulateBgNbd(truth, 20000, 42);
    FitResult fit = fitTransactionModel(ModelKind::BgNbd, data);
    ASSERT_TRUE(fit.converged) << fit.message;
    ASSERT_EQ(fit.standardErrors.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(fit.params[i], truth[i], 4.0 * fit.standardErrors[i])
            << fit.names[i] << " se " << fit.standardErrors[i];
}

TEST(Fit, RecoversSimulatedParetoNbdParameters)
{
    const Vector truth = {0.6, 6.0, 0.8, 12.0};
    const auto data = simulateParetoNbd(truth, 4000, 7);
    FitResult fit = fitTransactionModel(ModelKind::ParetoNbd, data);
    ASSERT_TRUE(fit.converged) << fit.message;
    ASSERT_EQ(fit.standardErrors.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(fit.params[i], truth[i], 4.0 * fit.standardErrors[i]) << fit.names[i];
}

TEST(Fit, SubsampledStartGivesTheSameOptimum)
{
    // Nelder-Mead on a 1-in-k subsample, BFGS on the full data: the same maximum.
    const auto data = cdnowCsv();
    FitResult full = fitTransactionModel(ModelKind::BgNbd, data);
    FitOptions o;
    o.subsampleGroups = 300;
    FitResult sub = fitTransactionModel(ModelKind::BgNbd, data, o);
    ASSERT_TRUE(sub.converged);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(sub.params[i], full.params[i], 1e-4 * full.params[i]);
    EXPECT_NEAR(sub.logLikelihood, full.logLikelihood, 1e-6);
    EXPECT_EQ(full.customers, 2357);
    EXPECT_LT(full.groups, full.customers); // identical summaries were grouped
}

TEST(Fit, SeveralStartsAreReported)
{
    const auto data = cdnowCsv();
    FitOptions o;
    o.starts = {{1, 3, 1, 3}, {0.1, 50, 5, 1}};
    FitResult fit = fitTransactionModel(ModelKind::BgNbd, data, o);
    ASSERT_EQ(fit.startLogLikelihoods.size(), 2u);
    for (double ll : fit.startLogLikelihoods)
        EXPECT_LE(ll, fit.logLikelihood + 1e-6);
    EXPECT_NEAR(fit.params[0], 0.243, 0.0024);
    o.starts = {{1, 3, 1}};
    EXPECT_THROW(fitTransactionModel(ModelKind::BgNbd, data, o), InputError);
}

TEST(FitDegenerate, ClearErrorsInsteadOfNaN)
{
    for (ModelKind kind : {ModelKind::BgNbd, ModelKind::MbgNbd, ModelKind::ParetoNbd}) {
        EXPECT_THROW(fitTransactionModel(kind, {}), AnalysisError);
        // One customer, and many identical customers.
        EXPECT_THROW(fitTransactionModel(kind, {summary(1, 3, 10, 20)}), AnalysisError);
        std::vector<CustomerSummary> same(100, summary(1, 2, 10, 20));
        EXPECT_THROW(fitTransactionModel(kind, same), AnalysisError);
        // Nobody came back.
        std::vector<CustomerSummary> noRepeat;
        for (int i = 0; i < 50; ++i)
            noRepeat.push_back(summary(i, 0, 0, 10 + i));
        try {
            fitTransactionModel(kind, noRepeat);
            ADD_FAILURE() << "no repeat purchases must not fit";
        } catch (const AnalysisError& e) {
            EXPECT_NE(std::string(e.what()).find("repeat"), std::string::npos);
        }
        // Malformed summaries.
        EXPECT_THROW(
            fitTransactionModel(kind, {summary(1, 2, std::nan(""), 20), summary(2, 1, 3, 9)}),
            InputError);
        EXPECT_THROW(fitTransactionModel(kind, {summary(1, 2, 25, 20), summary(2, 1, 3, 9)}),
                     InputError);
        EXPECT_THROW(fitTransactionModel(kind, {summary(1, 1.5, 5, 20), summary(2, 1, 3, 9)}),
                     InputError);
    }
}

TEST(FitDegenerate, HomogeneousCustomersHaveNoFiniteMaximum)
{
    // Everyone buys at the same Poisson rate and nobody leaves: gamma heterogeneity collapses
    // (r and alpha run to infinity together) and the fit must say so, not return a number.
    std::mt19937_64 rng(3);
    std::poisson_distribution<int> count(20.0);
    std::vector<CustomerSummary> data;
    for (int i = 0; i < 3000; ++i) {
        const int x = count(rng);
        data.push_back(summary(i, x, x > 0 ? 40.0 - 0.5 * (i % 3) : 0.0, 40.0));
    }
    EXPECT_THROW(fitTransactionModel(ModelKind::BgNbd, data), AnalysisError);
}

TEST(FitDegenerate, GammaGammaNeedsRepeatSpendVariation)
{
    EXPECT_THROW(fitGammaGamma({summary(1, 2, 5, 9, 30.0), summary(2, 0, 0, 9)}), AnalysisError);
    std::vector<CustomerSummary> same;
    for (int i = 0; i < 20; ++i)
        same.push_back(summary(i, 1 + i % 3, 5, 9, 25.0));
    EXPECT_THROW(fitGammaGamma(same), AnalysisError);
    std::vector<CustomerSummary> zero = {summary(1, 2, 5, 9, 0.0), summary(2, 3, 5, 9, 0.0)};
    EXPECT_THROW(fitGammaGamma(zero), AnalysisError); // zero-value repeats carry no spend
}

} // namespace
