#pragma once

#include <cmath>
#include <functional>
#include <numbers>

namespace vd::test {

// Reference integrators for the CLV tests, deliberately simple and independent of the core:
// double-exponential (tanh-sinh) quadrature on [0, 1] with the endpoint distances computed
// without cancellation, and its maps to [lo, hi] and [0, inf). Accurate to ~1e-12 for the
// smooth integrands with integrable endpoint singularities used here.
// f(u, 1 - u) receives both u and 1 - u so that densities like u^(a-1) (1-u)^(b-1) keep their
// precision at both ends.
inline double integrate01(const std::function<double(double, double)>& f)
{
    auto term = [&](double t) {
        const double s = 0.5 * std::numbers::pi * std::sinh(t);
        const double c = std::cosh(s);
        const double u = 0.5 * std::exp(s) / c;  // (1 + tanh s) / 2
        const double v = 0.5 * std::exp(-s) / c; // (1 - tanh s) / 2
        const double w = 0.25 * std::numbers::pi * std::cosh(t) / (c * c);
        if (!(u > 0.0) || !(v > 0.0) || !std::isfinite(w))
            return 0.0;
        return f(u, v) * w;
    };
    double h = 1.0 / 64;
    double sum = 0.0;
    for (double t = -6.0; t <= 6.0 + 1e-12; t += h)
        sum += term(t);
    return h * sum;
}

inline double integrate(const std::function<double(double)>& f, double lo, double hi)
{
    return (hi - lo) * integrate01([&](double u, double) { return f(lo + (hi - lo) * u); });
}

// [0, inf) through x = scale * u / (1 - u).
inline double integrateToInfinity(const std::function<double(double)>& f, double scale = 1.0)
{
    return integrate01([&](double u, double v) {
        const double x = scale * u / v;
        const double value = f(x);
        return value == 0.0 ? 0.0 : value * scale / v / v; // v*v would underflow far out
    });
}

// Gamma(shape, rate) density.
inline double gammaPdf(double x, double shape, double rate)
{
    return std::exp(shape * std::log(rate) + (shape - 1.0) * std::log(x) - rate * x -
                    std::lgamma(shape));
}

} // namespace vd::test
