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

LogHyp2f1 logHyp2f1APlusOneWithDerivatives(double a, double b, double z, double log1mz)
{
    const double c1 = a + 1.0 - b;
    const double d = a + 1.0;
    if (!(a > 0.0) || !(b > 0.0) || !(c1 > 0.0))
        throw AnalysisError("2F1(a, b; a+1; z) needs a > 0, b > 0 and a + 1 > b");
    if (!(z >= 0.0) || !(z < 1.0))
        throw AnalysisError("2F1(a, b; a+1; z) needs 0 <= z < 1");
    LogHyp2f1 out;
    const double oneMinusZ = std::exp(log1mz);
    if (z == 0.0) {
        // G = 1 + c1/d z + ...: only the z-derivative survives.
        out.value = 0.0;
        out.db = -log1mz;
        out.dz = -(1.0 - b) + c1 / d;
        return out;
    }
    // The ratios (c1+n)/(d+n) z increase towards z, so after term t_n the tails are bounded by
    // geometric series: sum t_m <= t_n q, q = z/(1-z); sum m t_m <= t_n (n q + q/(1-z));
    // sum t_m H_m(c) <= t_n (H_n(c) q + q / ((c+n)(1-z))).
    const double q = z / oneMinusZ;
    constexpr int kMaxTerms = 200000;
    double t = 1.0, S = 1.0, Sc = 0.0, Sd = 0.0, Sn = 0.0;
    double hc = 0.0, hd = 0.0; // H_n(c1), H_n(d) of the last term
    int n = 0;
    for (; n < kMaxTerms; ++n) {
        const double ic = 1.0 / (c1 + n), id = 1.0 / (d + n);
        t *= (c1 + n) * id * z;
        hc += ic;
        hd += id;
        const double m = n + 1.0; // index of the term just formed
        S += t;
        Sc += t * hc;
        Sd += t * hd;
        Sn += t * m;
        const double tailS = t * q;
        const double tailN = t * (m * q + q / oneMinusZ);
        const double tailC = t * (hc * q + q * ic / oneMinusZ);
        const double tailD = t * (hd * q + q * id / oneMinusZ);
        if (tailS < 1e-17 * S && tailN < 1e-16 * Sn && tailC < 1e-16 * Sc && tailD < 1e-16 * Sd)
            break;
    }
    if (n == kMaxTerms) {
        // The geometric tails at the last ratio (z within ~1e-5 of 1, far from any optimum).
        S += t * q;
        Sn += t * (static_cast<double>(n) * q + q / oneMinusZ);
        Sc += t * hc * q;
        Sd += t * hd * q;
    }
    out.terms = n + 1;
    out.value = (1.0 - b) * log1mz + std::log(S);
    const double gC = Sc / S, gD = -Sd / S, gZ = Sn / (z * S);
    out.da = gC + gD;
    out.db = -log1mz - gC;
    out.dz = -(1.0 - b) / oneMinusZ + gZ;
    return out;
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
