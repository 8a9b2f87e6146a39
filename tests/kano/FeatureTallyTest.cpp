#include "valuedesk/kano/FeatureTally.h"

#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>

namespace vd::kano {
namespace {

constexpr Category A = Category::Attractive;
constexpr Category O = Category::OneDimensional;
constexpr Category M = Category::MustBe;
constexpr Category I = Category::Indifferent;
constexpr Category R = Category::Reverse;
constexpr Category Q = Category::Questionable;

CategoryCounts counts(std::int64_t a, std::int64_t o, std::int64_t m, std::int64_t i,
                      std::int64_t r, std::int64_t q)
{
    CategoryCounts c;
    c[A] = a;
    c[O] = o;
    c[M] = m;
    c[I] = i;
    c[R] = r;
    c[Q] = q;
    return c;
}

// A = 10, O = 25, M = 40, I = 20, R = 3, Q = 2, n = 100.
//   shares .10 .25 .40 .20 .03 .02; dominant M, runner-up O
//   category strength (Lee & Newcomb 1997) = .40 - .25 = .15
//   total strength = (10 + 25 + 40) / 100 = .75
//   Fong (1996): a = 40, b = 25: 1.65 sqrt(65 * (200 - 65) / 200) = 1.65 sqrt(43.875)
//                = 1.65 * 6.6238206 = 10.929304; |40 - 25| = 15 >= 10.93 -> significant
//   Better = (10 + 25) / 95 = .3684211, Worse = -(25 + 40) / 95 = -.6842105 (Berger et al. 1993)
TEST(KanoStatistics, HandComputedExample)
{
    CategoryStats s = summarize(counts(10, 25, 40, 20, 3, 2));
    EXPECT_EQ(s.n, 100);
    EXPECT_DOUBLE_EQ(*s.share(A), 0.10);
    EXPECT_DOUBLE_EQ(*s.share(O), 0.25);
    EXPECT_DOUBLE_EQ(*s.share(M), 0.40);
    EXPECT_DOUBLE_EQ(*s.share(I), 0.20);
    EXPECT_DOUBLE_EQ(*s.share(R), 0.03);
    EXPECT_DOUBLE_EQ(*s.share(Q), 0.02);
    EXPECT_EQ(s.dominant, M);
    EXPECT_EQ(s.runnerUp, O);
    EXPECT_NEAR(*s.categoryStrength, 0.15, 1e-12);
    EXPECT_NEAR(*s.totalStrength, 0.75, 1e-12);
    ASSERT_TRUE(s.fong);
    EXPECT_EQ(s.fong->first, M);
    EXPECT_EQ(s.fong->second, O);
    EXPECT_EQ(s.fong->a, 40);
    EXPECT_EQ(s.fong->b, 25);
    EXPECT_EQ(s.fong->n, 100);
    EXPECT_DOUBLE_EQ(s.fong->difference, 15.0);
    EXPECT_NEAR(s.fong->critical, 10.929304, 1e-6);
    EXPECT_TRUE(s.fong->significant);
    EXPECT_NEAR(*s.better, 0.3684211, 1e-7);
    EXPECT_NEAR(*s.worse, -0.6842105, 1e-7);
}

// A = I = M = O = 12, Q = 2, n = 50: all four tie, so the rule M > O > A > I picks M with O
// second. Category strength 0; Fong: |12 - 12| = 0 < 1.65 sqrt(24 * 76 / 100) = 1.65 * 4.2708313
// = 7.0468717 -> not significant. Better = 24 / 48 = .5, Worse = -24 / 48 = -.5, total
// strength = 36 / 50 = .72.
TEST(KanoStatistics, FourWayTieFollowsMOAI)
{
    CategoryStats s = summarize(counts(12, 12, 12, 12, 0, 2));
    EXPECT_EQ(s.dominant, M);
    EXPECT_EQ(s.runnerUp, O);
    EXPECT_DOUBLE_EQ(*s.categoryStrength, 0.0);
    EXPECT_NEAR(s.fong->critical, 7.0468717, 1e-6);
    EXPECT_FALSE(s.fong->significant);
    EXPECT_DOUBLE_EQ(*s.better, 0.5);
    EXPECT_DOUBLE_EQ(*s.worse, -0.5);
    EXPECT_DOUBLE_EQ(*s.totalStrength, 0.72);
}

TEST(KanoStatistics, PairwiseTies)
{
    // O and A tie: O wins; M and I trail.
    CategoryStats oa = summarize(counts(20, 20, 5, 5, 0, 0));
    EXPECT_EQ(oa.dominant, O);
    EXPECT_EQ(oa.runnerUp, A);
    // A and I tie: A wins.
    CategoryStats ai = summarize(counts(10, 0, 0, 10, 0, 0));
    EXPECT_EQ(ai.dominant, A);
    EXPECT_EQ(ai.runnerUp, I);
    // M and A tie: M wins.
    CategoryStats ma = summarize(counts(7, 1, 7, 0, 0, 0));
    EXPECT_EQ(ma.dominant, M);
    EXPECT_EQ(ma.runnerUp, A);
    // I and R tie: I wins (R only dominates when strictly ahead).
    CategoryStats ir = summarize(counts(0, 0, 0, 5, 5, 0));
    EXPECT_EQ(ir.dominant, I);
    EXPECT_EQ(ir.runnerUp, R);
    // Q is the most frequent but never dominates: I (3) does, R (1) is second.
    CategoryStats q = summarize(counts(0, 0, 0, 3, 1, 9));
    EXPECT_EQ(q.dominant, I);
    EXPECT_EQ(q.runnerUp, R);
    // Category strength uses shares of all 13 answers: (3 - 1) / 13.
    EXPECT_NEAR(*q.categoryStrength, 2.0 / 13.0, 1e-12);
}

// R = 7, I = 3, n = 10: a reverse feature strictly ahead dominates. Better = 0 / 3 = 0 and
// Worse = -0 / 3 = 0 (not -0). Fong: 1.65 sqrt(10 * 10 / 20) = 1.65 * 2.2360680 = 3.6895122;
// |7 - 3| = 4 -> significant.
TEST(KanoStatistics, ReverseDominates)
{
    CategoryStats s = summarize(counts(0, 0, 0, 3, 7, 0));
    EXPECT_EQ(s.dominant, R);
    EXPECT_EQ(s.runnerUp, I);
    EXPECT_DOUBLE_EQ(*s.better, 0.0);
    EXPECT_DOUBLE_EQ(*s.worse, 0.0);
    EXPECT_FALSE(std::signbit(*s.worse));
    EXPECT_NEAR(s.fong->critical, 3.6895122, 1e-6);
    EXPECT_TRUE(s.fong->significant);
    EXPECT_DOUBLE_EQ(*s.totalStrength, 0.0);
}

TEST(KanoStatistics, NoAnswers)
{
    CategoryStats s = summarize(CategoryCounts{});
    EXPECT_EQ(s.n, 0);
    for (Category c : kCategories)
        EXPECT_FALSE(s.share(c));
    EXPECT_FALSE(s.dominant);
    EXPECT_FALSE(s.runnerUp);
    EXPECT_FALSE(s.categoryStrength);
    EXPECT_FALSE(s.totalStrength);
    EXPECT_FALSE(s.fong);
    EXPECT_FALSE(s.better);
    EXPECT_FALSE(s.worse);
}

TEST(KanoStatistics, OnlyQuestionable)
{
    CategoryStats s = summarize(counts(0, 0, 0, 0, 0, 5));
    EXPECT_EQ(s.n, 5);
    EXPECT_DOUBLE_EQ(*s.share(Q), 1.0);
    EXPECT_FALSE(s.dominant);
    EXPECT_FALSE(s.categoryStrength);
    EXPECT_FALSE(s.fong);
    EXPECT_DOUBLE_EQ(*s.totalStrength, 0.0);
    EXPECT_FALSE(s.better); // A + O + M + I = 0: undefined, not NaN
    EXPECT_FALSE(s.worse);
}

// R = 3, Q = 2: R dominates alone; CS = 3 / 5 = .6; Fong a = 3, b = 0, n = 5:
// 1.65 sqrt(3 * 7 / 10) = 1.65 * 1.4491377 = 2.3910772 <= 3 -> significant; Better/Worse
// undefined because A + O + M + I = 0.
TEST(KanoStatistics, OnlyReverseAndQuestionable)
{
    CategoryStats s = summarize(counts(0, 0, 0, 0, 3, 2));
    EXPECT_EQ(s.dominant, R);
    EXPECT_FALSE(s.runnerUp);
    EXPECT_DOUBLE_EQ(*s.categoryStrength, 0.6);
    EXPECT_EQ(s.fong->b, 0);
    EXPECT_NEAR(s.fong->critical, 2.3910772, 1e-6);
    EXPECT_TRUE(s.fong->significant);
    EXPECT_FALSE(s.better);
    EXPECT_FALSE(s.worse);
}

// One respondent answering must-be: CS = 1; Fong a = 1, b = 0, n = 1:
// 1.65 sqrt(1 * 1 / 2) = 1.1667262 > 1 -> one answer is never significant.
TEST(KanoStatistics, OneRespondent)
{
    CategoryStats s = summarize(counts(0, 0, 1, 0, 0, 0));
    EXPECT_EQ(s.dominant, M);
    EXPECT_FALSE(s.runnerUp);
    EXPECT_DOUBLE_EQ(*s.categoryStrength, 1.0);
    EXPECT_NEAR(s.fong->critical, 1.1667262, 1e-6);
    EXPECT_FALSE(s.fong->significant);
    EXPECT_DOUBLE_EQ(*s.better, 0.0);
    EXPECT_DOUBLE_EQ(*s.worse, -1.0);
}

// Counts of 10^12 stay exact in the shares and the Fong bound does not overflow:
// A = 4e12, O = 3e12, M = 2e12, I = 1e12, n = 1e13. Fong: 1.65 sqrt(7e12 * 13e12 / 2e13)
// = 1.65 sqrt(4.55e12) = 1.65 * 2133072.9 = 3519570.3; |4e12 - 3e12| = 1e12 -> significant.
TEST(KanoStatistics, HugeCounts)
{
    const std::int64_t T = 1'000'000'000'000;
    CategoryStats s = summarize(counts(4 * T, 3 * T, 2 * T, T, 0, 0));
    EXPECT_EQ(s.dominant, A);
    EXPECT_DOUBLE_EQ(*s.share(A), 0.4);
    EXPECT_NEAR(s.fong->critical, 3519570.3, 0.05);
    EXPECT_TRUE(s.fong->significant);
    EXPECT_DOUBLE_EQ(*s.better, 0.7);
    EXPECT_DOUBLE_EQ(*s.worse, -0.5);
}

TEST(KanoStatistics, NegativeCountsAreRefused)
{
    EXPECT_THROW(summarize(counts(-1, 0, 0, 0, 0, 0)), InputError);
}

// Fong's boundary: with a = 10, b = 4, n = 14 the bound is
// 1.65 sqrt(14 * 14 / 28) = 1.65 sqrt(7) = 4.3654896, and 6 >= 4.37 is significant; with
// a = 8, b = 4, n = 12 it is 1.65 sqrt(12 * 12 / 24) = 1.65 sqrt(6) = 4.0416581 and 4 < 4.04
// is not.
TEST(KanoStatistics, FongBoundary)
{
    CategoryStats yes = summarize(counts(10, 4, 0, 0, 0, 0));
    EXPECT_NEAR(yes.fong->critical, 4.3654896, 1e-6);
    EXPECT_TRUE(yes.fong->significant);
    CategoryStats no = summarize(counts(8, 4, 0, 0, 0, 0));
    EXPECT_NEAR(no.fong->critical, 4.0416581, 1e-6);
    EXPECT_FALSE(no.fong->significant);
}

TEST(KanoContinuous, Scores)
{
    // Berger et al. (1993), DuMouchel's scale: functional 4, 2, 0, -1, -2 and dysfunctional
    // -2, -1, 0, 2, 4 for like, must-be, neutral, live-with, dislike.
    EXPECT_EQ(functionalScore(Answer::Like), 4);
    EXPECT_EQ(functionalScore(Answer::MustBe), 2);
    EXPECT_EQ(functionalScore(Answer::Neutral), 0);
    EXPECT_EQ(functionalScore(Answer::LiveWith), -1);
    EXPECT_EQ(functionalScore(Answer::Dislike), -2);
    EXPECT_EQ(dysfunctionalScore(Answer::Like), -2);
    EXPECT_EQ(dysfunctionalScore(Answer::MustBe), -1);
    EXPECT_EQ(dysfunctionalScore(Answer::Neutral), 0);
    EXPECT_EQ(dysfunctionalScore(Answer::LiveWith), 2);
    EXPECT_EQ(dysfunctionalScore(Answer::Dislike), 4);
}

// Five answers:
//   (like, dislike) importance 6      f 4  d 4   category O
//   (like, dislike) importance 4      f 4  d 4   O
//   (must-be, dislike) importance 2   f 2  d 4   M
//   (like, neutral) no importance     f 4  d 0   A
//   (neutral, neutral) importance 0   f 0  d 0   I
// functional: mean 14/5 = 2.8, squares of deviations 3 * 1.44 + 0.64 + 7.84 = 12.8,
//             sd = sqrt(12.8 / 4) = 1.7888544
// dysfunctional: mean 12/5 = 2.4, 3 * 2.56 + 2 * 5.76 = 19.2, sd = sqrt(4.8) = 2.1908902
// weighted (importance > 0: 6, 4, 2, total 12): mean importance 4,
//   functional (24 + 16 + 4) / 12 = 3.6666667, dysfunctional (24 + 16 + 8) / 12 = 4
// quadrant: dysfunctional 2.4 >= 2, functional 2.8 >= 2 -> O
TEST(KanoContinuous, HandComputedExample)
{
    FeatureTally t;
    t.add(Answer::Like, Answer::Dislike, 6.0);
    t.add(Answer::Like, Answer::Dislike, 4.0);
    t.add(Answer::MustBe, Answer::Dislike, 2.0);
    t.add(Answer::Like, Answer::Neutral);
    t.add(Answer::Neutral, Answer::Neutral, 0.0);
    EXPECT_EQ(t.total(), 5);
    EXPECT_EQ(t.count(Answer::Like, Answer::Dislike), 2);

    ContinuousStats c = t.continuous();
    EXPECT_EQ(c.functional.n, 5);
    EXPECT_NEAR(*c.functional.mean, 2.8, 1e-12);
    EXPECT_NEAR(*c.functional.sd, 1.7888544, 1e-7);
    EXPECT_NEAR(*c.dysfunctional.mean, 2.4, 1e-12);
    EXPECT_NEAR(*c.dysfunctional.sd, 2.1908902, 1e-7);
    EXPECT_EQ(c.weighted, 3);
    EXPECT_NEAR(*c.meanImportance, 4.0, 1e-12);
    EXPECT_NEAR(*c.weightedFunctional, 3.6666667, 1e-7);
    EXPECT_NEAR(*c.weightedDysfunctional, 4.0, 1e-12);
    EXPECT_EQ(c.quadrant, O);

    CategoryCounts k = t.categories();
    EXPECT_EQ(k[O], 2);
    EXPECT_EQ(k[M], 1);
    EXPECT_EQ(k[A], 1);
    EXPECT_EQ(k[I], 1);
    EXPECT_EQ(t.discrete().dominant, O);
}

TEST(KanoContinuous, EmptyAndSingle)
{
    FeatureTally empty;
    ContinuousStats e = empty.continuous();
    EXPECT_EQ(e.functional.n, 0);
    EXPECT_FALSE(e.functional.mean);
    EXPECT_FALSE(e.functional.sd);
    EXPECT_FALSE(e.weightedFunctional);
    EXPECT_FALSE(e.meanImportance);
    EXPECT_FALSE(e.quadrant);

    FeatureTally one;
    one.add(Answer::MustBe, Answer::Dislike, 7.0);
    ContinuousStats s = one.continuous();
    EXPECT_DOUBLE_EQ(*s.functional.mean, 2.0);
    EXPECT_FALSE(s.functional.sd); // undefined for one answer
    EXPECT_DOUBLE_EQ(*s.dysfunctional.mean, 4.0);
    EXPECT_DOUBLE_EQ(*s.weightedFunctional, 2.0);
    EXPECT_EQ(s.quadrant, O); // (4, 2): both on the upper side of the split
}

TEST(KanoContinuous, ImportanceThatIsNotPositiveCarriesNoWeight)
{
    FeatureTally t;
    t.add(Answer::Like, Answer::Dislike, -3.0);
    t.add(Answer::Like, Answer::Dislike, std::nan(""));
    t.add(Answer::Like, Answer::Dislike, std::numeric_limits<double>::infinity());
    ContinuousStats c = t.continuous();
    EXPECT_EQ(c.weighted, 0);
    EXPECT_FALSE(c.weightedFunctional);
    EXPECT_FALSE(c.meanImportance);
    EXPECT_DOUBLE_EQ(*c.functional.mean, 4.0);
}

TEST(KanoContinuous, Quadrants)
{
    EXPECT_EQ(quadrantOf(1.0, 3.0), A); // (dysfunctional, functional)
    EXPECT_EQ(quadrantOf(3.0, 3.0), O);
    EXPECT_EQ(quadrantOf(3.0, 1.0), M);
    EXPECT_EQ(quadrantOf(1.0, 1.0), I);
    EXPECT_EQ(quadrantOf(2.0, 2.0), O); // the split belongs to the upper side
    EXPECT_EQ(quadrantOf(0.0, 0.0), I);
    EXPECT_EQ(quadrantOf(-1.0, -1.0), R);
    EXPECT_EQ(quadrantOf(-1.0, 3.0), Q);
    EXPECT_EQ(quadrantOf(3.0, -0.5), Q);
}

TEST(KanoTally, AddCellValidates)
{
    FeatureTally t;
    t.addCell(Answer::Like, Answer::Dislike, 3, 2, 10.0);
    EXPECT_EQ(t.count(Answer::Like, Answer::Dislike), 3);
    EXPECT_THROW(t.addCell(Answer::Like, Answer::Dislike, -1), InputError);
    EXPECT_THROW(t.addCell(Answer::Like, Answer::Dislike, 1, 2, 3.0), InputError);
    EXPECT_THROW(t.addCell(Answer::Like, Answer::Dislike, 1, 1, std::nan("")), InputError);
    EXPECT_THROW(t.addCell(Answer::Like, Answer::Dislike, 1, 0, 5.0), InputError);
    EXPECT_EQ(t.total(), 3); // failed calls changed nothing
    ContinuousStats c = t.continuous();
    EXPECT_DOUBLE_EQ(*c.meanImportance, 5.0);
}

TEST(KanoTally, PouliotMovesDiagonalAnswersToQ)
{
    FeatureTally t;
    t.add(Answer::MustBe, Answer::MustBe);
    t.add(Answer::LiveWith, Answer::LiveWith);
    t.add(Answer::Neutral, Answer::Neutral);
    CategoryCounts standard = t.categories(EvaluationTable::Standard);
    CategoryCounts pouliot = t.categories(EvaluationTable::Pouliot);
    EXPECT_EQ(standard[I], 3);
    EXPECT_EQ(standard[Q], 0);
    EXPECT_EQ(pouliot[I], 1);
    EXPECT_EQ(pouliot[Q], 2);
}

} // namespace
} // namespace vd::kano
