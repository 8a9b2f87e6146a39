#include "valuedesk/loyalty/Scores.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace vd::loyalty {

namespace {

void checkConfidence(double confidence)
{
    if (!(confidence > 0.0 && confidence < 1.0))
        throw InputError("confidence level must be between 0 and 1 (exclusive), got " +
                         std::to_string(confidence));
}

// Two-sided critical value z_{1 - a/2}.
double zCritical(double confidence)
{
    return normalQuantile(0.5 + confidence / 2.0);
}

void checkCount(std::int64_t value, const char* what)
{
    if (value < 0)
        throw InputError(std::string(what) + " must not be negative, got " + std::to_string(value));
}

// Regularised incomplete beta I_x(a, b) by the continued fraction of Numerical Recipes
// (3rd ed., sect. 6.4), evaluated with the modified Lentz method.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int kMaxIterations = 500;
    constexpr double kEps = 1e-15;
    constexpr double kTiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < kEps)
            break;
    }
    return h;
}

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double lnFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(lnFront);
    // Use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) where the fraction converges fastest.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double twoSidedNormalP(double z)
{
    if (std::isinf(z))
        return 0.0;
    return std::erfc(std::fabs(z) / std::numbers::sqrt2);
}

Comparison finishZ(double difference, double testedDifference, double se, double confidence)
{
    Comparison c;
    c.confidence = confidence;
    c.difference = difference;
    c.standardError = se;
    c.df = 0.0;
    if (se > 0.0) {
        c.statistic = testedDifference / se;
    } else {
        c.statistic =
            testedDifference == 0.0
                ? 0.0
                : std::copysign(std::numeric_limits<double>::infinity(), testedDifference);
    }
    c.pValue = twoSidedNormalP(c.statistic);
    c.significant = c.pValue < 1.0 - confidence;
    return c;
}

// Mean and t interval from the centred sum of squares ss = sum (x - mean)^2.
MeanResult meanFromMoments(std::int64_t n, double mean, double ss, double confidence)
{
    MeanResult r;
    r.n = n;
    r.confidence = confidence;
    r.mean = mean;
    if (n < 2) {
        r.lower = r.upper = r.mean;
        return r;
    }
    const double dn = static_cast<double>(n);
    r.sd = std::sqrt(ss / (dn - 1.0));
    r.standardError = r.sd / std::sqrt(dn);
    const double t = studentTQuantile(0.5 + confidence / 2.0, dn - 1.0);
    r.lower = r.mean - t * r.standardError;
    r.upper = r.mean + t * r.standardError;
    r.hasInterval = true;
    return r;
}

} // namespace

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        throw InputError("normal quantile needs a probability strictly between 0 and 1, got " +
                         std::to_string(p));
    // P. J. Acklam (2003), "An algorithm for computing the inverse normal cumulative
    // distribution function"; relative error < 1.15e-9 before refinement.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    double x = 0.0;
    if (p < pLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - pLow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // One Halley step on Phi(x) - p brings the result to full double precision.
    const double e = 0.5 * std::erfc(-x / std::numbers::sqrt2) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(x * x / 2.0);
    x = x - u / (1.0 + x * u / 2.0);
    return x;
}

double studentTCdf(double t, double df)
{
    if (!(df > 0.0))
        throw InputError("Student t needs positive degrees of freedom, got " + std::to_string(df));
    if (std::isnan(t))
        throw InputError("Student t CDF of NaN");
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    if (std::isinf(df))
        return normalCdf(t);
    // Abramowitz & Stegun 26.7.1: P(|T| > |t|) = I_{df/(df+t^2)}(df/2, 1/2).
    const double x = df / (df + t * t);
    const double tail = 0.5 * regularizedIncompleteBeta(df / 2.0, 0.5, x);
    return t > 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0))
        throw InputError("Student t quantile needs a probability strictly between 0 and 1, got " +
                         std::to_string(p));
    if (!(df > 0.0))
        throw InputError("Student t needs positive degrees of freedom, got " + std::to_string(df));
    if (std::isinf(df))
        return normalQuantile(p);
    if (p == 0.5)
        return 0.0;
    // Solve on the upper half and mirror: the distribution is symmetric.
    const double pu = p > 0.5 ? p : 1.0 - p;
    double lo = 0.0;
    double hi = std::max(1.0, normalQuantile(pu));
    while (studentTCdf(hi, df) < pu) {
        lo = hi;
        hi *= 2.0;
        if (hi > 1e300)
            break;
    }
    double x = 0.5 * (lo + hi);
    for (int i = 0; i < 200; ++i) {
        const double f = studentTCdf(x, df) - pu;
        if (f < 0)
            lo = x;
        else
            hi = x;
        // Newton step with the t density; fall back to bisection when it leaves the bracket.
        const double logDensity = std::lgamma((df + 1.0) / 2.0) - std::lgamma(df / 2.0) -
                                  0.5 * std::log(df * std::numbers::pi) -
                                  (df + 1.0) / 2.0 * std::log1p(x * x / df);
        const double density = std::exp(logDensity);
        double next = density > 0 ? x - f / density : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::fabs(next - x) <= 1e-13 * std::max(1.0, std::fabs(x)))
            return p > 0.5 ? next : -next;
        x = next;
    }
    return p > 0.5 ? x : -x;
}

NpsResult npsFromCounts(std::int64_t detractors, std::int64_t passives, std::int64_t promoters,
                        double confidence)
{
    checkCount(detractors, "detractor count");
    checkCount(passives, "passive count");
    checkCount(promoters, "promoter count");
    checkConfidence(confidence);
    NpsResult r;
    r.detractors = detractors;
    r.passives = passives;
    r.promoters = promoters;
    r.n = detractors + passives + promoters;
    r.confidence = confidence;
    if (r.n == 0)
        throw AnalysisError("NPS is undefined without answers to the recommend question");
    const double n = static_cast<double>(r.n);
    r.promoterShare = static_cast<double>(promoters) / n;
    r.detractorShare = static_cast<double>(detractors) / n;
    const double net = r.promoterShare - r.detractorShare;
    r.nps = 100.0 * net;
    r.variance = std::max(0.0, r.promoterShare + r.detractorShare - net * net);
    r.standardError = 100.0 * std::sqrt(r.variance / n);

    // Rocks (2016), adjusted Wald: add 3/4 to promoters and detractors (3/2 to passives).
    const double nAdj = n + 3.0;
    const double pAdj = (static_cast<double>(promoters) + 0.75) / nAdj;
    const double dAdj = (static_cast<double>(detractors) + 0.75) / nAdj;
    const double netAdj = pAdj - dAdj;
    r.adjustedNps = 100.0 * netAdj;
    r.adjustedVariance = pAdj + dAdj - netAdj * netAdj;
    const double half = zCritical(confidence) * std::sqrt(r.adjustedVariance / nAdj);
    r.lower = 100.0 * std::max(-1.0, netAdj - half);
    r.upper = 100.0 * std::min(1.0, netAdj + half);
    return r;
}

NpsResult npsFromScores(std::span<const int> scores, double confidence)
{
    std::int64_t counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const int s = scores[i];
        if (s < 0 || s > 10)
            throw InputError("recommend score " + std::to_string(i + 1) +
                             " must be between 0 and 10, got " + std::to_string(s));
        ++counts[s <= 6 ? 0 : (s <= 8 ? 1 : 2)];
    }
    return npsFromCounts(counts[0], counts[1], counts[2], confidence);
}

Comparison compareNps(const NpsResult& before, const NpsResult& after, double confidence)
{
    checkConfidence(confidence);
    if (before.n <= 0 || after.n <= 0)
        throw AnalysisError("comparing NPS needs answers in both periods");
    const double nA = static_cast<double>(before.n) + 3.0;
    const double nB = static_cast<double>(after.n) + 3.0;
    // Adjusted variances are strictly positive, so the standard error never vanishes.
    const double se = std::sqrt(before.adjustedVariance / nA + after.adjustedVariance / nB);
    const double testedDiff = (after.adjustedNps - before.adjustedNps) / 100.0;
    Comparison c = finishZ(after.nps - before.nps, testedDiff, se, confidence);
    c.standardError = 100.0 * se;
    return c;
}

ProportionResult proportionInterval(std::int64_t successes, std::int64_t n, double confidence)
{
    checkCount(successes, "success count");
    checkCount(n, "number of answers");
    checkConfidence(confidence);
    if (successes > n)
        throw InputError("success count " + std::to_string(successes) +
                         " exceeds the number of answers " + std::to_string(n));
    if (n == 0)
        throw AnalysisError("a proportion is undefined without answers");
    ProportionResult r;
    r.successes = successes;
    r.n = n;
    r.confidence = confidence;
    r.proportion = static_cast<double>(successes) / static_cast<double>(n);
    const double z = zCritical(confidence);
    const double nTilde = static_cast<double>(n) + z * z;
    const double pTilde = (static_cast<double>(successes) + z * z / 2.0) / nTilde;
    const double half = z * std::sqrt(pTilde * (1.0 - pTilde) / nTilde);
    r.lower = std::max(0.0, pTilde - half);
    r.upper = std::min(1.0, pTilde + half);
    return r;
}

Comparison compareProportions(const ProportionResult& before, const ProportionResult& after,
                              double confidence)
{
    checkConfidence(confidence);
    if (before.n <= 0 || after.n <= 0)
        throw AnalysisError("comparing proportions needs answers in both periods");
    const double n1 = static_cast<double>(before.n);
    const double n2 = static_cast<double>(after.n);
    const double pooled = static_cast<double>(before.successes + after.successes) / (n1 + n2);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    const double diff = after.proportion - before.proportion;
    return finishZ(diff, diff, se, confidence);
}

MeanResult meanInterval(std::int64_t n, double sum, double sumOfSquares, double confidence)
{
    checkCount(n, "number of values");
    checkConfidence(confidence);
    if (!std::isfinite(sum) || !std::isfinite(sumOfSquares))
        throw InputError("mean: sum and sum of squares must be finite numbers");
    if (n == 0)
        throw AnalysisError("a mean is undefined without values");
    const double dn = static_cast<double>(n);
    // Clamp: cancellation can make a zero spread slightly negative.
    return meanFromMoments(n, sum / dn, std::max(0.0, sumOfSquares - sum * sum / dn), confidence);
}

MeanResult meanInterval(std::span<const double> values, double confidence)
{
    checkConfidence(confidence);
    double sum = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            throw InputError("value " + std::to_string(i + 1) + " is not a finite number");
        sum += values[i];
    }
    if (values.empty())
        throw AnalysisError("a mean is undefined without values");
    const auto n = static_cast<std::int64_t>(values.size());
    const double mean = sum / static_cast<double>(n);
    double ss = 0.0;
    for (double v : values)
        ss += (v - mean) * (v - mean);
    if (!std::isfinite(ss))
        throw InputError("values are too large to compute their spread");
    return meanFromMoments(n, mean, ss, confidence);
}

MeanResult clampToScale(MeanResult m, double lowest, double highest)
{
    if (!(lowest <= highest))
        throw InputError("clampToScale: the scale's lowest value must not exceed its highest");
    m.lower = std::clamp(m.lower, lowest, highest);
    m.upper = std::clamp(m.upper, lowest, highest);
    return m;
}

Comparison compareMeans(const MeanResult& before, const MeanResult& after, double confidence)
{
    checkConfidence(confidence);
    if (before.n < 2 || after.n < 2)
        throw AnalysisError("comparing means needs at least 2 values in each period");
    const double v1 = before.standardError * before.standardError;
    const double v2 = after.standardError * after.standardError;
    const double diff = after.mean - before.mean;
    Comparison c;
    c.confidence = confidence;
    c.difference = diff;
    c.standardError = std::sqrt(v1 + v2);
    if (c.standardError == 0.0) {
        c.statistic =
            diff == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), diff);
        c.pValue = diff == 0.0 ? 1.0 : 0.0;
        c.df = static_cast<double>(before.n + after.n - 2);
    } else {
        c.statistic = diff / c.standardError;
        // Welch-Satterthwaite degrees of freedom.
        const double n1 = static_cast<double>(before.n);
        const double n2 = static_cast<double>(after.n);
        c.df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1.0) + v2 * v2 / (n2 - 1.0));
        // Two-sided tail straight from the incomplete beta keeps tiny p-values accurate.
        c.pValue =
            regularizedIncompleteBeta(c.df / 2.0, 0.5, c.df / (c.df + c.statistic * c.statistic));
    }
    c.significant = c.pValue < 1.0 - confidence;
    return c;
}

} // namespace vd::loyalty
