#pragma once

#include <cstdint>
#include <span>

// Pure statistics of loyalty scores (NPS, CSAT, CES, rates): point estimates, 95 % intervals
// and two-period tests. No database and no Qt, so journey-map KPIs, the value pyramid, the
// dashboard and the CLI all compute the same numbers the same way. Formulas and references
// are in docs/methods.md, "Loyalty metrics".
//
// Units: NPS values are in points (-100..100); proportions are fractions (0..1); means are on
// the scale of the data. Bad input throws vd::InputError; estimates that do not exist (no
// responses) throw vd::AnalysisError rather than returning NaN.
namespace vd::loyalty {

inline constexpr double kDefaultConfidence = 0.95;

// --- Distributions -------------------------------------------------------------------------

// Standard normal cumulative distribution function Phi(x).
double normalCdf(double x);
// Phi^{-1}(p) for 0 < p < 1: Acklam's rational approximation refined by one Halley step
// (full double precision). Throws vd::InputError outside (0, 1).
double normalQuantile(double p);
// Student t cumulative distribution with df > 0 degrees of freedom, via the regularised
// incomplete beta function I_x(df/2, 1/2) (Abramowitz & Stegun 26.7.1, continued fraction of
// Numerical Recipes 6.4).
double studentTCdf(double t, double df);
// Inverse of studentTCdf for 0 < p < 1 (bracketed Newton/bisection to 1e-12).
double studentTQuantile(double p, double df);

// --- Net Promoter Score ----------------------------------------------------------------------

// NPS of one group of 0-10 "likelihood to recommend" answers (Reichheld 2003): promoters
// 9-10, passives 7-8, detractors 0-6; NPS = 100 (pP - pD).
struct NpsResult
{
    std::int64_t n = 0;
    std::int64_t detractors = 0;
    std::int64_t passives = 0;
    std::int64_t promoters = 0;
    double promoterShare = 0.0;  // pP, 0..1
    double detractorShare = 0.0; // pD, 0..1
    double nps = 0.0;            // points, -100..100
    // Variance of one respondent's score on the -1/0/+1 scale: pP + pD - (pP - pD)^2.
    // The sampling variance of the NPS (as a fraction) is variance / n.
    double variance = 0.0;
    double standardError = 0.0; // points: 100 sqrt(variance / n)
    // Adjusted-Wald interval (Rocks 2016): 3/4 pseudo-observation added to promoters and to
    // detractors, 3 to n; centre adjustedNps; bounds clamped to [-100, 100]. Points.
    double adjustedNps = 0.0;
    double adjustedVariance = 0.0; // per-respondent variance from the adjusted shares
    double lower = 0.0;
    double upper = 0.0;
    double confidence = kDefaultConfidence;
};

// Throws vd::InputError for negative counts or a confidence outside (0, 1), vd::AnalysisError
// when there are no answers (n = 0).
NpsResult npsFromCounts(std::int64_t detractors, std::int64_t passives, std::int64_t promoters,
                        double confidence = kDefaultConfidence);
// Counts 0-10 scores, then npsFromCounts. Throws vd::InputError for a score outside 0..10.
NpsResult npsFromScores(std::span<const int> scores, double confidence = kDefaultConfidence);

// Result of a two-sample test of "after - before".
struct Comparison
{
    double difference = 0.0;    // after - before, in the unit of the metric (NPS: points)
    double standardError = 0.0; // of the tested difference, same unit
    double statistic = 0.0;     // z or Welch t; +-infinity when both groups have no spread
    double df = 0.0;            // degrees of freedom of a t test; 0 for z tests
    double pValue = 1.0;        // two-sided
    bool significant = false;   // pValue < 1 - confidence
    double confidence = kDefaultConfidence;
};

// Two-sample z test for a change in NPS (Lewis & Sauro 2021, "How to statistically compare
// two Net Promoter Scores", built on Rocks' adjusted-Wald): z = (NPS'_b - NPS'_a) /
// sqrt(V'_a/n'_a + V'_b/n'_b) with the adjusted shares of each period. difference is the
// plain (unadjusted) change in points.
Comparison compareNps(const NpsResult& before, const NpsResult& after,
                      double confidence = kDefaultConfidence);

// --- Proportions (CSAT top-2-box, CES % agree, retention, repurchase) ------------------------

// Share of successes with the adjusted-Wald (Agresti & Coull 1998) interval:
// n~ = n + z^2, p~ = (x + z^2/2) / n~, p~ +- z sqrt(p~(1 - p~)/n~), clamped to [0, 1].
struct ProportionResult
{
    std::int64_t successes = 0;
    std::int64_t n = 0;
    double proportion = 0.0; // x / n
    double lower = 0.0;
    double upper = 0.0;
    double confidence = kDefaultConfidence;
};

// Throws vd::InputError for negative counts, successes > n or a bad confidence,
// vd::AnalysisError for n = 0.
ProportionResult proportionInterval(std::int64_t successes, std::int64_t n,
                                    double confidence = kDefaultConfidence);

// Pooled two-proportion z test of after - before (e.g. Agresti 2013, sect. 2.1.3 / Fleiss).
Comparison compareProportions(const ProportionResult& before, const ProportionResult& after,
                              double confidence = kDefaultConfidence);

// --- Means (CSAT mean 1-5, CES mean 1-7) -----------------------------------------------------

// Mean with the Student t interval mean +- t_{1-a/2, n-1} s / sqrt(n). With one value there
// is no spread estimate: hasInterval is false and lower = upper = mean.
struct MeanResult
{
    std::int64_t n = 0;
    double mean = 0.0;
    double sd = 0.0; // sample standard deviation (n - 1 denominator)
    double standardError = 0.0;
    double lower = 0.0;
    double upper = 0.0;
    bool hasInterval = false;
    double confidence = kDefaultConfidence;
};

// From SQL aggregates: count, sum and sum of squares. Throws vd::AnalysisError for n = 0,
// vd::InputError for non-finite sums or a bad confidence.
MeanResult meanInterval(std::int64_t n, double sum, double sumOfSquares,
                        double confidence = kDefaultConfidence);
// From raw values (two-pass, numerically stable). Throws vd::InputError for NaN/inf values.
MeanResult meanInterval(std::span<const double> values, double confidence = kDefaultConfidence);

// The interval of a mean clamped to the answer scale [lowest, highest] (CSAT 1-5, CES 1-7):
// the t interval of few answers can reach past the scale (CES answers {7, 2}: 4.5 +- 31.8),
// and a mean can never lie outside it. Mean, sd and standard error are unchanged, so tests
// between periods are unaffected.
MeanResult clampToScale(MeanResult m, double lowest, double highest);

// Welch's unequal-variance t test of after - before (Welch 1947; Welch-Satterthwaite df).
// Throws vd::AnalysisError when a group has fewer than 2 values.
Comparison compareMeans(const MeanResult& before, const MeanResult& after,
                        double confidence = kDefaultConfidence);

} // namespace vd::loyalty
