#include "valuedesk/clv/SpecialFunctions.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace vd::clv::special {

double digamma(double x)
{
    if (!(x > 0.0) || !std::isfinite(x))
        throw AnalysisError("digamma is only defined here for finite x > 0 (got " +
                            std::to_string(x) + ")");
    double result = 0.0;
    // psi(x) = psi(x + 1) - 1/x moves x (to >= 10) into the range where the asymptotic series is
    // exact to double precision.
    while (x < 10.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double inv = 1.0 / x;
    const double inv2 = inv * inv;
    // A&S 6.3.18: ln x - 1/(2x) - sum B_2k / (2k x^2k).
    const double series =
        inv2 * (1.0 / 12 -
                inv2 * (1.0 / 120 -
                        inv2 * (1.0 / 252 -
                                inv2 * (1.0 / 240 - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 -
                                                                                inv2 / 12.0))))));
    return result + std::log(x) - 0.5 * inv - series;
}

double logAddExp(double a, double b)
{
    if (a < b)
        std::swap(a, b);
    if (a == -std::numeric_limits<double>::infinity())
        return a;
    return a + std::log1p(std::exp(b - a));
}

double logSubExp(double a, double b)
{
    if (!(a > b))
        return -std::numeric_limits<double>::infinity();
    if (b == -std::numeric_limits<double>::infinity())
        return a;
    return a + std::log(-std::expm1(b - a));
}

double logHyp2f1APlusOne(double a, double b, double z, double log1mz)
{
    const double c1 = a + 1.0 - b; // second upper parameter after Euler's transformation
    if (!(a > 0.0) || !(b > 0.0) || !(c1 > 0.0))
        throw AnalysisError("2F1(a, b; a+1; z) needs a > 0, b > 0 and a + 1 > b");
    if (!(z >= 0.0) || !(z < 1.0))
        throw AnalysisError("2F1(a, b; a+1; z) needs 0 <= z < 1");
    if (z == 0.0)
        return 0.0;
    // Each term ratio (c1 + n) / (a + 1 + n) z is below z, so the tail after a term t is below
    // t z / (1 - z): stop when that bound is negligible.
    const double tailFactor = z / (1.0 - z);
    constexpr int kMaxTerms = 200000;
    double sum = 1.0;
    double term = 1.0;
    double ratio = 0.0;
    int n = 0;
    for (; n < kMaxTerms; ++n) {
        ratio = (c1 + n) / (a + 1.0 + n) * z;
        term *= ratio;
        sum += term;
        if (term * tailFactor < 1e-17 * sum)
            break;
    }
    if (n == kMaxTerms)
        sum += term * ratio / (1.0 - ratio); // geometric tail at the last ratio: z is within
                                             // ~1e-5 of 1, far from any fitted optimum
    return (1.0 - b) * log1mz + std::log(sum);
}

double hyp2f1(double a, double b, double c, double z, int maxTerms)
{
    if (!(std::fabs(z) < 1.0))
        throw AnalysisError("the 2F1 series needs |z| < 1");
    if (c <= 0.0 && c == std::floor(c))
        throw AnalysisError("2F1(a, b; c; z) is undefined for c = 0, -1, -2, ...");
    double sum = 1.0;
    double term = 1.0;
    for (int n = 0; n < maxTerms; ++n) {
        const double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (term == 0.0)
            return sum;
        // Later ratios tend to z, so bound the tail with the larger of the two.
        const double r = std::max(std::fabs(ratio), std::fabs(z));
        if (r < 1.0 && std::fabs(term) * r / (1.0 - r) < 1e-17 * std::fabs(sum))
            return sum;
    }
    throw AnalysisError("the 2F1 series did not converge");
}

} // namespace vd::clv::special
