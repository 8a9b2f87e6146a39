#include "valuedesk/kano/Category.h"

#include <string>

namespace vd::kano {

char letter(Category category)
{
    static constexpr char kLetters[] = {'A', 'O', 'M', 'I', 'R', 'Q'};
    return kLetters[indexOf(category)];
}

std::string_view code(Category category)
{
    switch (category) {
    case Category::Attractive:
        return "attractive";
    case Category::OneDimensional:
        return "one_dimensional";
    case Category::MustBe:
        return "must_be";
    case Category::Indifferent:
        return "indifferent";
    case Category::Reverse:
        return "reverse";
    case Category::Questionable:
        return "questionable";
    }
    return "unknown";
}

std::string_view displayName(Category category)
{
    switch (category) {
    case Category::Attractive:
        return "Attractive";
    case Category::OneDimensional:
        return "One-dimensional";
    case Category::MustBe:
        return "Must-be";
    case Category::Indifferent:
        return "Indifferent";
    case Category::Reverse:
        return "Reverse";
    case Category::Questionable:
        return "Questionable";
    }
    return "Unknown";
}

std::optional<Category> parseCategory(std::string_view text)
{
    for (Category c : kCategories) {
        const char l = letter(c);
        if (text.size() == 1 && (text[0] == l || text[0] == l - 'A' + 'a'))
            return c;
        if (text == code(c))
            return c;
    }
    return std::nullopt;
}

std::string_view code(EvaluationTable table)
{
    return table == EvaluationTable::Pouliot ? "pouliot" : "standard";
}

std::string_view displayName(EvaluationTable table)
{
    return table == EvaluationTable::Pouliot ? "Pouliot (1993)" : "Standard (Kano et al. 1984)";
}

std::optional<EvaluationTable> parseEvaluationTable(std::string_view text)
{
    std::string t(text);
    for (char& c : t)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    if (t == "standard" || t == "kano")
        return EvaluationTable::Standard;
    if (t == "pouliot")
        return EvaluationTable::Pouliot;
    return std::nullopt;
}

namespace {

constexpr Category A = Category::Attractive;
constexpr Category O = Category::OneDimensional;
constexpr Category M = Category::MustBe;
constexpr Category I = Category::Indifferent;
constexpr Category R = Category::Reverse;
constexpr Category Q = Category::Questionable;

// Rows: functional like, must-be, neutral, live-with, dislike; columns: the same answers to
// the dysfunctional question. Kano, Seraku, Takahashi & Tsuji (1984), as tabulated in Berger
// et al. (1993), CQM Journal 2(4), Fig. 5.
constexpr Category kStandard[5][5] = {
    {Q, A, A, A, O}, // like
    {R, I, I, I, M}, // must-be
    {R, I, I, I, M}, // neutral
    {R, I, I, I, M}, // live-with
    {R, R, R, R, Q}, // dislike
};

// Pouliot's variant: the same answer to both questions is contradictory unless it is
// "neutral", so must-be/must-be and live-with/live-with become Q as like/like and
// dislike/dislike already are. docs/methods.md records where these cells come from.
constexpr Category kPouliot[5][5] = {
    {Q, A, A, A, O}, // like
    {R, Q, I, I, M}, // must-be
    {R, I, I, I, M}, // neutral
    {R, I, I, Q, M}, // live-with
    {R, R, R, R, Q}, // dislike
};

} // namespace

Category classify(Answer functional, Answer dysfunctional, EvaluationTable table)
{
    const auto& grid = table == EvaluationTable::Pouliot ? kPouliot : kStandard;
    return grid[indexOf(functional)][indexOf(dysfunctional)];
}

} // namespace vd::kano
