#include "valuedesk/kano/Category.h"

#include <gtest/gtest.h>

namespace vd::kano {
namespace {

constexpr Answer L = Answer::Like;
constexpr Answer MB = Answer::MustBe;
constexpr Answer N = Answer::Neutral;
constexpr Answer LW = Answer::LiveWith;
constexpr Answer D = Answer::Dislike;

constexpr Category A = Category::Attractive;
constexpr Category O = Category::OneDimensional;
constexpr Category M = Category::MustBe;
constexpr Category I = Category::Indifferent;
constexpr Category R = Category::Reverse;
constexpr Category Q = Category::Questionable;

// The standard evaluation table, row = functional, column = dysfunctional answer, as printed
// in Kano et al. (1984) and Berger et al. (1993, CQM Journal 2(4)); the same grid appears in
// the stp25kano R package (R/kano.R) and on agilesoftwaredevelopment.com's Kano page.
// Every cell is written out rather than looped over a copy of the implementation's grid.
TEST(KanoStandardTable, RowLike)
{
    const auto t = EvaluationTable::Standard;
    EXPECT_EQ(classify(L, L, t), Q);
    EXPECT_EQ(classify(L, MB, t), A);
    EXPECT_EQ(classify(L, N, t), A);
    EXPECT_EQ(classify(L, LW, t), A);
    EXPECT_EQ(classify(L, D, t), O);
}

TEST(KanoStandardTable, RowMustBe)
{
    const auto t = EvaluationTable::Standard;
    EXPECT_EQ(classify(MB, L, t), R);
    EXPECT_EQ(classify(MB, MB, t), I);
    EXPECT_EQ(classify(MB, N, t), I);
    EXPECT_EQ(classify(MB, LW, t), I);
    EXPECT_EQ(classify(MB, D, t), M);
}

TEST(KanoStandardTable, RowNeutral)
{
    const auto t = EvaluationTable::Standard;
    EXPECT_EQ(classify(N, L, t), R);
    EXPECT_EQ(classify(N, MB, t), I);
    EXPECT_EQ(classify(N, N, t), I);
    EXPECT_EQ(classify(N, LW, t), I);
    EXPECT_EQ(classify(N, D, t), M);
}

TEST(KanoStandardTable, RowLiveWith)
{
    const auto t = EvaluationTable::Standard;
    EXPECT_EQ(classify(LW, L, t), R);
    EXPECT_EQ(classify(LW, MB, t), I);
    EXPECT_EQ(classify(LW, N, t), I);
    EXPECT_EQ(classify(LW, LW, t), I);
    EXPECT_EQ(classify(LW, D, t), M);
}

TEST(KanoStandardTable, RowDislike)
{
    const auto t = EvaluationTable::Standard;
    EXPECT_EQ(classify(D, L, t), R);
    EXPECT_EQ(classify(D, MB, t), R);
    EXPECT_EQ(classify(D, N, t), R);
    EXPECT_EQ(classify(D, LW, t), R);
    EXPECT_EQ(classify(D, D, t), Q);
}

TEST(KanoStandardTable, IsTheDefault)
{
    EXPECT_EQ(classify(L, D), O);
    EXPECT_EQ(classify(MB, MB), I);
    EXPECT_EQ(classify(LW, LW), I);
}

// Pouliot's variant (docs/methods.md, "Kano", records the provenance of these cells): the
// standard grid except that must-be/must-be and live-with/live-with are questionable.
TEST(KanoPouliotTable, RowLike)
{
    const auto t = EvaluationTable::Pouliot;
    EXPECT_EQ(classify(L, L, t), Q);
    EXPECT_EQ(classify(L, MB, t), A);
    EXPECT_EQ(classify(L, N, t), A);
    EXPECT_EQ(classify(L, LW, t), A);
    EXPECT_EQ(classify(L, D, t), O);
}

TEST(KanoPouliotTable, RowMustBe)
{
    const auto t = EvaluationTable::Pouliot;
    EXPECT_EQ(classify(MB, L, t), R);
    EXPECT_EQ(classify(MB, MB, t), Q);
    EXPECT_EQ(classify(MB, N, t), I);
    EXPECT_EQ(classify(MB, LW, t), I);
    EXPECT_EQ(classify(MB, D, t), M);
}

TEST(KanoPouliotTable, RowNeutral)
{
    const auto t = EvaluationTable::Pouliot;
    EXPECT_EQ(classify(N, L, t), R);
    EXPECT_EQ(classify(N, MB, t), I);
    EXPECT_EQ(classify(N, N, t), I);
    EXPECT_EQ(classify(N, LW, t), I);
    EXPECT_EQ(classify(N, D, t), M);
}

TEST(KanoPouliotTable, RowLiveWith)
{
    const auto t = EvaluationTable::Pouliot;
    EXPECT_EQ(classify(LW, L, t), R);
    EXPECT_EQ(classify(LW, MB, t), I);
    EXPECT_EQ(classify(LW, N, t), I);
    EXPECT_EQ(classify(LW, LW, t), Q);
    EXPECT_EQ(classify(LW, D, t), M);
}

TEST(KanoPouliotTable, RowDislike)
{
    const auto t = EvaluationTable::Pouliot;
    EXPECT_EQ(classify(D, L, t), R);
    EXPECT_EQ(classify(D, MB, t), R);
    EXPECT_EQ(classify(D, N, t), R);
    EXPECT_EQ(classify(D, LW, t), R);
    EXPECT_EQ(classify(D, D, t), Q);
}

TEST(KanoPouliotTable, DiffersFromStandardInExactlyTwoCells)
{
    int differences = 0;
    for (Answer f : kAnswers)
        for (Answer d : kAnswers)
            if (classify(f, d, EvaluationTable::Standard) !=
                classify(f, d, EvaluationTable::Pouliot))
                ++differences;
    EXPECT_EQ(differences, 2);
}

TEST(KanoCategory, NamesAndParsing)
{
    EXPECT_EQ(letter(Category::Attractive), 'A');
    EXPECT_EQ(letter(Category::OneDimensional), 'O');
    EXPECT_EQ(letter(Category::MustBe), 'M');
    EXPECT_EQ(letter(Category::Indifferent), 'I');
    EXPECT_EQ(letter(Category::Reverse), 'R');
    EXPECT_EQ(letter(Category::Questionable), 'Q');
    EXPECT_EQ(displayName(Category::OneDimensional), "One-dimensional");
    EXPECT_EQ(code(Category::MustBe), "must_be");
    for (Category c : kCategories) {
        EXPECT_EQ(parseCategory(std::string(1, letter(c))), c);
        EXPECT_EQ(parseCategory(code(c)), c);
    }
    EXPECT_EQ(parseCategory("m"), Category::MustBe);
    EXPECT_FALSE(parseCategory("X"));
    EXPECT_FALSE(parseCategory(""));

    EXPECT_EQ(parseEvaluationTable("standard"), EvaluationTable::Standard);
    EXPECT_EQ(parseEvaluationTable("Pouliot"), EvaluationTable::Pouliot);
    EXPECT_EQ(parseEvaluationTable("kano"), EvaluationTable::Standard);
    EXPECT_FALSE(parseEvaluationTable("berger"));
    EXPECT_EQ(code(EvaluationTable::Pouliot), "pouliot");
}

} // namespace
} // namespace vd::kano
