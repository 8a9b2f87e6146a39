#include "valuedesk/clv/Optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace vd::clv {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double finiteOrInf(double v)
{
    return std::isfinite(v) ? v : kInf;
}

double maxAbs(const Vector& v)
{
    double m = 0.0;
    for (double x : v)
        m = std::max(m, std::fabs(x));
    return m;
}

double dot(const Vector& a, const Vector& b)
{
    return std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
}

// One Nelder-Mead run from x0; returns the best vertex.
OptimResult nelderMeadOnce(const Objective& f, const Vector& x0, const NelderMeadOptions& o,
                           int evaluationsLeft)
{
    const std::size_t n = x0.size();
    std::vector<Vector> simplex(n + 1, x0);
    std::vector<double> values(n + 1);
    int evaluations = 0;
    auto eval = [&](const Vector& x) {
        ++evaluations;
        return finiteOrInf(f(x));
    };
    for (std::size_t i = 0; i < n; ++i)
        simplex[i + 1][i] += o.initialStep;
    for (std::size_t i = 0; i <= n; ++i)
        values[i] = eval(simplex[i]);

    std::vector<std::size_t> order(n + 1);
    OptimResult result;
    int iterations = 0;
    while (true) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t best = order.front();
        const std::size_t worst = order.back();
        const std::size_t second = order[n - 1];

        double size = 0.0;
        for (std::size_t i = 0; i <= n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                size = std::max(size, std::fabs(simplex[i][j] - simplex[best][j]));
        const double spread = values[worst] - values[best];
        if (std::isfinite(values[best]) &&
            spread <= o.fTolerance * (1.0 + std::fabs(values[best])) && size <= o.xTolerance) {
            result.converged = true;
            result.message = "simplex converged";
            break;
        }
        if (evaluations >= evaluationsLeft) {
            result.message = "Nelder-Mead reached its evaluation limit";
            break;
        }
        ++iterations;

        Vector centroid(n, 0.0);
        for (std::size_t i = 0; i <= n; ++i)
            if (i != worst)
                for (std::size_t j = 0; j < n; ++j)
                    centroid[j] += simplex[i][j] / static_cast<double>(n);
        auto along = [&](double t) {
            Vector x(n);
            for (std::size_t j = 0; j < n; ++j)
                x[j] = centroid[j] + t * (simplex[worst][j] - centroid[j]);
            return x;
        };

        Vector xr = along(-1.0);
        const double fr = eval(xr);
        if (fr < values[best]) {
            Vector xe = along(-2.0);
            const double fe = eval(xe);
            if (fe < fr) {
                simplex[worst] = std::move(xe);
                values[worst] = fe;
            } else {
                simplex[worst] = std::move(xr);
                values[worst] = fr;
            }
            continue;
        }
        if (fr < values[second]) {
            simplex[worst] = std::move(xr);
            values[worst] = fr;
            continue;
        }
        // Contraction: outside if the reflected point improved on the worst, else inside.
        const bool outside = fr < values[worst];
        Vector xc = along(outside ? -0.5 : 0.5);
        const double fc = eval(xc);
        if (outside ? fc <= fr : fc < values[worst]) {
            simplex[worst] = std::move(xc);
            values[worst] = fc;
            continue;
        }
        for (std::size_t i = 0; i <= n; ++i) {
            if (i == best)
                continue;
            for (std::size_t j = 0; j < n; ++j)
                simplex[i][j] = simplex[best][j] + 0.5 * (simplex[i][j] - simplex[best][j]);
            values[i] = eval(simplex[i]);
        }
    }
    const std::size_t best =
        static_cast<std::size_t>(std::min_element(values.begin(), values.end()) - values.begin());
    result.x = simplex[best];
    result.value = values[best];
    result.iterations = iterations;
    result.evaluations = evaluations;
    return result;
}

} // namespace

OptimResult nelderMead(const Objective& f, Vector x0, const NelderMeadOptions& options)
{
    OptimResult first = nelderMeadOnce(f, x0, options, options.maxEvaluations);
    if (!first.converged)
        return first;
    // A restart from the optimum with a fresh simplex catches premature collapse.
    NelderMeadOptions again = options;
    again.initialStep = std::max(options.initialStep * 0.1, 100 * options.xTolerance);
    OptimResult second =
        nelderMeadOnce(f, first.x, again, std::max(1, options.maxEvaluations - first.evaluations));
    second.iterations += first.iterations;
    second.evaluations += first.evaluations;
    if (second.value > first.value) {
        first.iterations = second.iterations;
        first.evaluations = second.evaluations;
        first.converged = second.converged;
        return first;
    }
    return second;
}

OptimResult bfgs(const ObjectiveWithGradient& f, Vector x, const BfgsOptions& options)
{
    const std::size_t n = x.size();
    OptimResult result;
    Vector g(n);
    double fx = f(x, g);
    result.evaluations = 1;
    if (!std::isfinite(fx)) {
        result.x = x;
        result.value = fx;
        result.message = "the objective is not finite at the starting point";
        return result;
    }
    // Inverse Hessian approximation, row-major.
    std::vector<double> H(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        H[i * n + i] = 1.0;
    bool scaled = false;

    Vector d(n), xNew(n), gNew(n), s(n), y(n), Hy(n);
    int iteration = 0;
    for (; iteration < options.maxIterations; ++iteration) {
        if (maxAbs(g) < options.gradientTolerance) {
            result.converged = true;
            result.message = "gradient below tolerance";
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            d[i] = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                d[i] -= H[i * n + j] * g[j];
        }
        double slope = dot(g, d);
        if (!(slope < 0.0)) { // not a descent direction: fall back to steepest descent
            std::fill(H.begin(), H.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                H[i * n + i] = 1.0;
                d[i] = -g[i];
            }
            slope = dot(g, d);
        }
        // Keep a single step from leaving the region where exp(log-parameter) is sane.
        double step = std::min(1.0, options.maxStep / std::max(maxAbs(d), 1e-300));
        double fNew = kInf;
        bool accepted = false;
        for (int k = 0; k < 60; ++k) {
            for (std::size_t i = 0; i < n; ++i)
                xNew[i] = x[i] + step * d[i];
            fNew = f(xNew, gNew);
            ++result.evaluations;
            if (std::isfinite(fNew) && fNew <= fx + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted) {
            // No decrease is possible along a descent direction: we are at the optimum to the
            // precision of f. Accept as converged only if the gradient is nearly zero.
            result.converged = maxAbs(g) < 1e3 * options.gradientTolerance;
            result.message = result.converged ? "stopped at the precision of the objective"
                                              : "line search failed";
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
        }
        const double sy = dot(s, y);
        if (sy > 1e-12 * std::sqrt(dot(s, s) * dot(y, y))) {
            if (!scaled) { // Nocedal & Wright (6.20): scale the initial matrix
                const double gamma = sy / dot(y, y);
                for (double& h : H)
                    h *= gamma;
                scaled = true;
            }
            for (std::size_t i = 0; i < n; ++i) {
                Hy[i] = 0.0;
                for (std::size_t j = 0; j < n; ++j)
                    Hy[i] += H[i * n + j] * y[j];
            }
            const double yHy = dot(y, Hy);
            const double rho = 1.0 / sy;
            // H+ = H - rho (s Hy' + Hy s') + (rho^2 yHy + rho) s s'
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j)
                    H[i * n + j] += -rho * (s[i] * Hy[j] + Hy[i] * s[j]) +
                                    (rho * rho * yHy + rho) * s[i] * s[j];
        }
        const double change = fx - fNew;
        x = xNew;
        g = gNew;
        fx = fNew;
        if (change <= 1e-15 * (1.0 + std::fabs(fx)) &&
            maxAbs(g) < 1e3 * options.gradientTolerance) {
            result.converged = true;
            result.message = "stopped at the precision of the objective";
            ++iteration;
            break;
        }
    }
    if (iteration >= options.maxIterations && result.message.empty())
        result.message = "BFGS reached its iteration limit";
    result.x = x;
    result.value = fx;
    result.iterations = iteration;
    result.gradientNorm = maxAbs(g);
    return result;
}

Vector numericalGradient(const Objective& f, const Vector& x, double relStep)
{
    Vector g(x.size());
    Vector xp = x;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double h = relStep * std::max(1.0, std::fabs(x[i]));
        xp[i] = x[i] + h;
        const double fp = f(xp);
        xp[i] = x[i] - h;
        const double fm = f(xp);
        xp[i] = x[i];
        g[i] = (fp - fm) / (2.0 * h);
    }
    return g;
}

std::vector<Vector> numericalHessian(const Objective& f, const Vector& x, double relStep)
{
    const std::size_t n = x.size();
    std::vector<Vector> hess(n, Vector(n, 0.0));
    Vector h(n);
    for (std::size_t i = 0; i < n; ++i)
        h[i] = relStep * std::max(std::fabs(x[i]), 1e-8);
    const double f0 = f(x);
    Vector xp = x;
    for (std::size_t i = 0; i < n; ++i) {
        xp[i] = x[i] + h[i];
        const double fp = f(xp);
        xp[i] = x[i] - h[i];
        const double fm = f(xp);
        xp[i] = x[i];
        hess[i][i] = (fp - 2.0 * f0 + fm) / (h[i] * h[i]);
        for (std::size_t j = 0; j < i; ++j) {
            auto at = [&](double si, double sj) {
                xp[i] = x[i] + si * h[i];
                xp[j] = x[j] + sj * h[j];
                const double v = f(xp);
                xp[i] = x[i];
                xp[j] = x[j];
                return v;
            };
            const double v = (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4.0 * h[i] * h[j]);
            hess[i][j] = v;
            hess[j][i] = v;
        }
    }
    return hess;
}

} // namespace vd::clv
