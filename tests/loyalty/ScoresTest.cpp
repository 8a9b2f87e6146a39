#include "valuedesk/loyalty/Scores.h"

#include "valuedesk/Error.h"
#include "valuedesk/loyalty/Metrics.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <vector>

using namespace vd::loyalty;

// Quantiles against printed tables (Abramowitz & Stegun table 26.1 / 26.10; any statistics
// text's t table).
TEST(Distributions, NormalQuantileMatchesTables)
{
    EXPECT_NEAR(normalQuantile(0.975), 1.959963984540054, 1e-13);
    EXPECT_NEAR(normalQuantile(0.995), 2.5758293035489004, 1e-12);
    EXPECT_NEAR(normalQuantile(0.001), -3.090232306167813, 1e-12);
    EXPECT_NEAR(normalQuantile(0.5), 0.0, 1e-15);
    EXPECT_NEAR(normalQuantile(1e-10), -6.361340902404056, 1e-9);
    EXPECT_NEAR(normalCdf(1.959963984540054), 0.975, 1e-14);
    EXPECT_THROW(normalQuantile(0.0), vd::InputError);
    EXPECT_THROW(normalQuantile(1.0), vd::InputError);
    EXPECT_THROW(normalQuantile(std::nan("")), vd::InputError);
}

TEST(Distributions, StudentTQuantileMatchesTables)
{
    EXPECT_NEAR(studentTQuantile(0.975, 1), 12.706204736174698, 1e-9);
    EXPECT_NEAR(studentTQuantile(0.975, 2), 4.302652729749464, 1e-10);
    EXPECT_NEAR(studentTQuantile(0.975, 4), 2.7764451051977934, 1e-10);
    EXPECT_NEAR(studentTQuantile(0.975, 10), 2.2281388519862744, 1e-10);
    EXPECT_NEAR(studentTQuantile(0.975, 30), 2.0422724563012373, 1e-10);
    EXPECT_NEAR(studentTQuantile(0.025, 10), -2.2281388519862744, 1e-10);
    EXPECT_NEAR(studentTQuantile(0.995, 5), 4.032142983557536, 1e-9);
    EXPECT_NEAR(studentTQuantile(0.975, 1e7), 1.959964, 1e-5);
    // Cauchy (df = 1) has a closed form: F(t) = 1/2 + atan(t)/pi.
    EXPECT_NEAR(studentTCdf(1.0, 1), 0.75, 1e-14);
    EXPECT_NEAR(studentTCdf(-3.0, 1), 0.5 + std::atan(-3.0) / 3.141592653589793, 1e-14);
    EXPECT_THROW(studentTQuantile(0.5, 0), vd::InputError);
    EXPECT_THROW(studentTCdf(std::nan(""), 3), vd::InputError);
}

// The three cases of the issue: counts (detractors, passives, promoters), NPS as a fraction
// and per-respondent variance pP + pD - (pP - pD)^2, all by hand.
TEST(Nps, HandComputedCasesFromTheIssue)
{
    NpsResult a = npsFromCounts(1, 2, 3);
    EXPECT_EQ(a.n, 6);
    EXPECT_NEAR(a.nps, 100.0 / 3.0, 1e-12);
    EXPECT_NEAR(a.variance, 5.0 / 9.0, 1e-12);
    EXPECT_NEAR(a.standardError, 100.0 * std::sqrt(5.0 / 9.0 / 6.0), 1e-12);

    NpsResult b = npsFromCounts(1, 0, 1);
    EXPECT_NEAR(b.nps, 0.0, 1e-12);
    EXPECT_NEAR(b.variance, 1.0, 1e-12);

    NpsResult c = npsFromCounts(0, 1, 1);
    EXPECT_NEAR(c.nps, 50.0, 1e-12);
    EXPECT_NEAR(c.variance, 0.25, 1e-12);
}

// Adjusted Wald (Rocks 2016; Lewis & Sauro 2021): n' = n + 3, promoters and detractors
// + 3/4. For (1,2,3): n' = 9, pP' = 3.75/9, pD' = 1.75/9, NPS' = 2/9,
// V' = 5.5/9 - (2/9)^2 = 0.5617284, half width = 1.959964 sqrt(V'/9) = 0.4896548.
TEST(Nps, AdjustedWaldIntervalByHand)
{
    NpsResult a = npsFromCounts(1, 2, 3);
    EXPECT_NEAR(a.adjustedNps, 22.222222222222, 1e-9);
    EXPECT_NEAR(a.adjustedVariance, 0.5617283950617284, 1e-12);
    EXPECT_NEAR(a.lower, -26.74325879410454, 1e-9);
    EXPECT_NEAR(a.upper, 71.18770323854898, 1e-9);

    NpsResult big = npsFromCounts(30, 20, 50);
    EXPECT_NEAR(big.nps, 20.0, 1e-12);
    EXPECT_NEAR(big.lower, 2.6530798662229653, 1e-9);
    EXPECT_NEAR(big.upper, 36.181871590087724, 1e-9);

    // A wider confidence gives a wider interval around the same centre.
    NpsResult wide = npsFromCounts(30, 20, 50, 0.99);
    EXPECT_LT(wide.lower, big.lower);
    EXPECT_GT(wide.upper, big.upper);
}

TEST(Nps, EdgeCases)
{
    // n = 1, a single promoter: NPS 100, no spread, yet an honest wide interval.
    NpsResult one = npsFromCounts(0, 0, 1);
    EXPECT_NEAR(one.nps, 100.0, 1e-12);
    EXPECT_NEAR(one.variance, 0.0, 1e-12);
    EXPECT_NEAR(one.lower, -48.49864942025203, 1e-9);
    EXPECT_NEAR(one.upper, 98.49864942025202, 1e-9);

    // All promoters: upper bound clamps at 100.
    NpsResult all = npsFromCounts(0, 0, 10);
    EXPECT_NEAR(all.nps, 100.0, 1e-12);
    EXPECT_DOUBLE_EQ(all.upper, 100.0);
    EXPECT_NEAR(all.lower, 47.5035515447902, 1e-9);

    // All detractors mirrors it.
    NpsResult none = npsFromCounts(10, 0, 0);
    EXPECT_NEAR(none.nps, -100.0, 1e-12);
    EXPECT_DOUBLE_EQ(none.lower, -100.0);
    EXPECT_NEAR(none.upper, -47.5035515447902, 1e-9);

    EXPECT_THROW(npsFromCounts(0, 0, 0), vd::AnalysisError);
    EXPECT_THROW(npsFromCounts(-1, 0, 3), vd::InputError);
    EXPECT_THROW(npsFromCounts(1, 1, 1, 1.5), vd::InputError);

    // Huge counts stay finite and exact in the shares.
    const std::int64_t huge = 4'000'000'000'000LL;
    NpsResult h = npsFromCounts(huge, huge, 2 * huge);
    EXPECT_NEAR(h.nps, 25.0, 1e-9);
    EXPECT_LT(h.upper - h.lower, 1e-3);
}

TEST(Nps, FromScoresClassifiesBoundaries)
{
    std::vector<int> scores = {0, 6, 7, 8, 9, 10, 10};
    NpsResult r = npsFromScores(scores);
    EXPECT_EQ(r.detractors, 2);
    EXPECT_EQ(r.passives, 2);
    EXPECT_EQ(r.promoters, 3);
    EXPECT_NEAR(r.nps, 100.0 / 7.0, 1e-12);
    std::vector<int> bad = {5, 11};
    EXPECT_THROW(npsFromScores(bad), vd::InputError);
    EXPECT_THROW(npsFromScores(std::vector<int>{}), vd::AnalysisError);
}

// (40,20,40) -> (30,20,50), n = 100 each. Adjusted: NPS'_a = 0, V'_a = 0.79126214,
// NPS'_b = 19.417476, V'_b = 0.75355830; SE = sqrt(V'_a/103 + V'_b/103) = 0.12246737;
// z = 0.19417476 / 0.12246737 = 1.5855224, two-sided p = 0.1128477: not significant.
TEST(Nps, TwoPeriodZTest)
{
    NpsResult before = npsFromCounts(40, 20, 40);
    NpsResult after = npsFromCounts(30, 20, 50);
    Comparison c = compareNps(before, after);
    EXPECT_NEAR(c.difference, 20.0, 1e-12);
    EXPECT_NEAR(c.standardError, 12.246736975675983, 1e-9);
    EXPECT_NEAR(c.statistic, 1.585522393983117, 1e-9);
    EXPECT_NEAR(c.pValue, 0.11284769302324635, 1e-9);
    EXPECT_FALSE(c.significant);

    // Ten times the sample with the same shares is significant.
    Comparison big = compareNps(npsFromCounts(400, 200, 400), npsFromCounts(300, 200, 500));
    EXPECT_TRUE(big.significant);
    EXPECT_GT(big.statistic, 0);

    // A drop gives a negative statistic; identical periods give z = 0, p = 1.
    EXPECT_LT(compareNps(after, before).statistic, 0);
    Comparison same = compareNps(before, before);
    EXPECT_NEAR(same.statistic, 0.0, 1e-15);
    EXPECT_NEAR(same.pValue, 1.0, 1e-15);
    // n = 1 in both periods, opposite answers: finite and not significant.
    Comparison tiny = compareNps(npsFromCounts(1, 0, 0), npsFromCounts(0, 0, 1));
    EXPECT_TRUE(std::isfinite(tiny.statistic));
    EXPECT_FALSE(tiny.significant);

    EXPECT_THROW(compareNps(NpsResult{}, after), vd::AnalysisError);
}

// Agresti & Coull (1998) adjusted Wald, z = 1.959964: n~ = n + z^2, p~ = (x + z^2/2)/n~.
// 7 of 10: n~ = 13.841459, p~ = 0.6445 -> [0.392325, 0.896662] (hand computed).
TEST(Proportion, AgrestiCoullByHand)
{
    ProportionResult r = proportionInterval(7, 10);
    EXPECT_NEAR(r.proportion, 0.7, 1e-15);
    EXPECT_NEAR(r.lower, 0.3923252979772696, 1e-9);
    EXPECT_NEAR(r.upper, 0.8966615820775747, 1e-9);

    ProportionResult zero = proportionInterval(0, 10);
    EXPECT_DOUBLE_EQ(zero.lower, 0.0);
    EXPECT_NEAR(zero.upper, 0.3208873057505457, 1e-9);

    ProportionResult all = proportionInterval(10, 10);
    EXPECT_DOUBLE_EQ(all.upper, 1.0);
    EXPECT_NEAR(all.lower, 0.6791126942494543, 1e-9);

    ProportionResult one = proportionInterval(1, 1);
    EXPECT_NEAR(one.lower, 0.167499485479413, 1e-9);

    EXPECT_THROW(proportionInterval(0, 0), vd::AnalysisError);
    EXPECT_THROW(proportionInterval(3, 2), vd::InputError);
    EXPECT_THROW(proportionInterval(-1, 2), vd::InputError);
}

// Pooled two-proportion z: 45/60 -> 30/60, pooled 0.625, SE = sqrt(.625 .375 (2/60)) =
// 0.0883883, z = -0.25 / 0.0883883 = -2.828427, p = 0.0046777.
TEST(Proportion, TwoProportionZTest)
{
    Comparison c = compareProportions(proportionInterval(45, 60), proportionInterval(30, 60));
    EXPECT_NEAR(c.difference, -0.25, 1e-15);
    EXPECT_NEAR(c.standardError, 0.08838834764831845, 1e-12);
    EXPECT_NEAR(c.statistic, -2.82842712474619, 1e-9);
    EXPECT_NEAR(c.pValue, 0.004677734981047271, 1e-9);
    EXPECT_TRUE(c.significant);
    // Both all-success: no spread, no change -> z = 0, p = 1.
    Comparison flat = compareProportions(proportionInterval(5, 5), proportionInterval(9, 9));
    EXPECT_EQ(flat.statistic, 0.0);
    EXPECT_EQ(flat.pValue, 1.0);
    EXPECT_FALSE(flat.significant);
}

// {4, 5, 3, 5, 2}: mean 3.8, s = 1.3038405, SE = 0.5830952, t(0.975, 4) = 2.7764451
// -> [2.1810706, 5.4189294].
TEST(Mean, TIntervalByHand)
{
    std::vector<double> v = {4, 5, 3, 5, 2};
    MeanResult r = meanInterval(v);
    EXPECT_EQ(r.n, 5);
    EXPECT_NEAR(r.mean, 3.8, 1e-14);
    EXPECT_NEAR(r.sd, 1.3038404810405297, 1e-12);
    EXPECT_NEAR(r.lower, 3.8 - 2.7764451051977934 * 1.3038404810405297 / std::sqrt(5.0), 1e-9);
    EXPECT_NEAR(r.upper, 3.8 + 2.7764451051977934 * 1.3038404810405297 / std::sqrt(5.0), 1e-9);
    EXPECT_TRUE(r.hasInterval);

    // Same from SQL-style aggregates: sum 19, sum of squares 79.
    MeanResult s = meanInterval(5, 19.0, 79.0);
    EXPECT_NEAR(s.lower, r.lower, 1e-12);
    EXPECT_NEAR(s.upper, r.upper, 1e-12);
}

TEST(Mean, EdgeCases)
{
    MeanResult one = meanInterval(1, 4.0, 16.0);
    EXPECT_FALSE(one.hasInterval);
    EXPECT_EQ(one.mean, 4.0);
    EXPECT_EQ(one.lower, 4.0);

    // All equal: zero width, sd 0, not NaN (cancellation clamped).
    MeanResult flat = meanInterval(3, 0.3 * 3, 0.09 * 3);
    EXPECT_GE(flat.sd, 0.0);
    EXPECT_NEAR(flat.lower, 0.3, 1e-7);

    EXPECT_THROW(meanInterval(0, 0.0, 0.0), vd::AnalysisError);
    EXPECT_THROW(meanInterval(std::vector<double>{}), vd::AnalysisError);
    EXPECT_THROW(meanInterval(std::vector<double>{1.0, std::nan("")}), vd::InputError);
    EXPECT_THROW(meanInterval(2, std::numeric_limits<double>::infinity(), 1.0), vd::InputError);
    EXPECT_THROW(meanInterval(std::vector<double>{1e300, -1e300, 1e300}), vd::InputError);
}

// Welch's t test on the first example of the Wikipedia article "Welch's t-test" (two samples
// of 15): t = 2.46 for A2 - A1, df = 25.0, p = 0.021.
TEST(Mean, WelchTestPublishedExample)
{
    std::vector<double> a1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1,
                              21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
    std::vector<double> a2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0,
                              24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
    Comparison c = compareMeans(meanInterval(a1), meanInterval(a2));
    EXPECT_NEAR(c.statistic, 2.455356398286006, 1e-9);
    EXPECT_NEAR(c.df, 24.98852929023142, 1e-8);
    EXPECT_NEAR(c.pValue, 0.021, 0.0005);
    EXPECT_TRUE(c.significant);

    EXPECT_THROW(compareMeans(meanInterval(1, 1.0, 1.0), meanInterval(a2)), vd::AnalysisError);
    // Constant but different groups: certain difference, infinite statistic, p = 0.
    Comparison certain = compareMeans(meanInterval(2, 2.0, 2.0), meanInterval(2, 4.0, 8.0));
    EXPECT_TRUE(std::isinf(certain.statistic));
    EXPECT_EQ(certain.pValue, 0.0);
}

// A t interval of few answers runs past the answer scale; the metrics clamp it. CES answers
// {7, 2}: mean 4.5, s = 3.536, t(0.975, 1) = 12.706, half width 31.77 -> [1, 7].
TEST(Mean, IntervalsAreClampedToTheAnswerScale)
{
    MeanResult m = meanInterval(2, 9.0, 53.0);
    EXPECT_LT(m.lower, 1.0);
    EXPECT_GT(m.upper, 7.0);
    const MeanResult c = clampToScale(m, 1.0, 7.0);
    EXPECT_DOUBLE_EQ(c.lower, 1.0);
    EXPECT_DOUBLE_EQ(c.upper, 7.0);
    EXPECT_DOUBLE_EQ(c.mean, 4.5);
    EXPECT_DOUBLE_EQ(c.standardError, m.standardError);
    // Through the metrics: CSAT on 1-5 and CES on 1-7.
    ScoreCounts counts;
    counts.responses = 2;
    counts.csatN = 2;
    counts.csatSum = 6.0; // {5, 1}
    counts.csatSumSq = 26.0;
    counts.cesN = 2;
    counts.cesSum = 9.0;
    counts.cesSumSq = 53.0;
    const ScoreMetrics s = scoreMetricsFromCounts("x", counts);
    EXPECT_DOUBLE_EQ(s.csatMean->lower, 1.0);
    EXPECT_DOUBLE_EQ(s.csatMean->upper, 5.0);
    EXPECT_DOUBLE_EQ(s.cesMean->lower, 1.0);
    EXPECT_DOUBLE_EQ(s.cesMean->upper, 7.0);
    EXPECT_THROW(clampToScale(m, 7.0, 1.0), vd::InputError);
}
