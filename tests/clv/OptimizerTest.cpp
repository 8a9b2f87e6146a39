#include "valuedesk/clv/Optimizer.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace {

using namespace vd::clv;

double rosenbrock(const Vector& x)
{
    return 100.0 * std::pow(x[1] - x[0] * x[0], 2) + std::pow(1.0 - x[0], 2);
}

double rosenbrockGrad(const Vector& x, Vector& g)
{
    g = {-400.0 * x[0] * (x[1] - x[0] * x[0]) - 2.0 * (1.0 - x[0]), 200.0 * (x[1] - x[0] * x[0])};
    return rosenbrock(x);
}

TEST(NelderMead, FindsRosenbrockMinimum)
{
    OptimResult r = nelderMead(rosenbrock, {-1.2, 1.0});
    EXPECT_TRUE(r.converged) << r.message;
    EXPECT_NEAR(r.x[0], 1.0, 1e-5);
    EXPECT_NEAR(r.x[1], 1.0, 1e-5);
    EXPECT_LT(r.value, 1e-10);
}

TEST(NelderMead, RejectsNonFiniteRegion)
{
    // The minimum (0) sits next to a region where the objective is NaN.
    auto f = [](const Vector& x) {
        return x[0] < -0.5 ? std::numeric_limits<double>::quiet_NaN() : (x[0] - 0.2) * (x[0] - 0.2);
    };
    OptimResult r = nelderMead(f, {3.0});
    EXPECT_TRUE(r.converged);
    EXPECT_NEAR(r.x[0], 0.2, 1e-6);
    EXPECT_TRUE(std::isfinite(r.value));
}

TEST(Bfgs, FindsRosenbrockMinimumWithGradient)
{
    OptimResult r = bfgs(rosenbrockGrad, {-1.2, 1.0});
    EXPECT_TRUE(r.converged) << r.message;
    EXPECT_NEAR(r.x[0], 1.0, 1e-6);
    EXPECT_NEAR(r.x[1], 1.0, 1e-6);
    EXPECT_LT(r.gradientNorm, 1e-6);
}

TEST(Bfgs, QuadraticInFewIterations)
{
    // f = 1/2 x'Ax - b'x with A = [[4,1],[1,3]], b = [1,2]: minimum A^-1 b = (1/11, 7/11).
    auto f = [](const Vector& x, Vector& g) {
        g = {4 * x[0] + x[1] - 1, x[0] + 3 * x[1] - 2};
        return 0.5 * (4 * x[0] * x[0] + 2 * x[0] * x[1] + 3 * x[1] * x[1]) - x[0] - 2 * x[1];
    };
    OptimResult r = bfgs(f, {5.0, -3.0});
    EXPECT_TRUE(r.converged);
    EXPECT_NEAR(r.x[0], 1.0 / 11, 1e-9);
    EXPECT_NEAR(r.x[1], 7.0 / 11, 1e-9);
    EXPECT_LT(r.iterations, 20);
}

TEST(Bfgs, NonFiniteStartIsReportedNotConverged)
{
    auto f = [](const Vector&, Vector& g) {
        g = {0.0};
        return std::numeric_limits<double>::infinity();
    };
    OptimResult r = bfgs(f, {1.0});
    EXPECT_FALSE(r.converged);
    EXPECT_FALSE(r.message.empty());
}

TEST(NumericalDerivatives, MatchAnalytic)
{
    auto f = [](const Vector& x) { return std::exp(x[0]) * std::sin(x[1]) + x[0] * x[0] * x[1]; };
    const Vector x = {0.3, 1.1};
    Vector g = numericalGradient(f, x);
    EXPECT_NEAR(g[0], std::exp(0.3) * std::sin(1.1) + 2 * 0.3 * 1.1, 1e-8);
    EXPECT_NEAR(g[1], std::exp(0.3) * std::cos(1.1) + 0.09, 1e-8);
    auto H = numericalHessian(f, x);
    EXPECT_NEAR(H[0][0], std::exp(0.3) * std::sin(1.1) + 2 * 1.1, 1e-5);
    EXPECT_NEAR(H[0][1], std::exp(0.3) * std::cos(1.1) + 2 * 0.3, 1e-5);
    EXPECT_NEAR(H[1][0], H[0][1], 1e-12);
    EXPECT_NEAR(H[1][1], -std::exp(0.3) * std::sin(1.1), 1e-5);
}

} // namespace
