#pragma once

#include "valuedesk/kano/Answer.h"
#include "valuedesk/kano/Category.h"

#include <array>
#include <cstdint>
#include <optional>

// Per-feature Kano statistics: the discrete analysis (category counts and shares, dominant
// category, category and total strength, the Fong test, Better/Worse) and the continuous one
// (functional/dysfunctional scores, importance-weighted). Every number that cannot be computed
// from the data is nullopt, never NaN. Formulas and references: docs/methods.md, "Kano".
namespace vd::kano {

// Respondents per category (index = indexOf(Category)).
struct CategoryCounts
{
    std::array<std::int64_t, 6> n{};

    std::int64_t operator[](Category c) const { return n[indexOf(c)]; }
    std::int64_t& operator[](Category c) { return n[indexOf(c)]; }
    std::int64_t total() const;
};

// Fong (1996): the two most frequent categories differ significantly unless
// |a - b| < 1.65 * sqrt((a + b)(2n - a - b) / (2n)), a and b their counts, n all respondents.
struct FongTest
{
    Category first = Category::Indifferent;
    Category second = Category::Indifferent;
    std::int64_t a = 0, b = 0, n = 0;
    double difference = 0; // |a - b|
    double critical = 0;   // 1.65 * sqrt(...)
    bool significant = false;
};

struct CategoryStats
{
    CategoryCounts counts;
    std::int64_t n = 0;                          // respondents, Q included
    std::array<std::optional<double>, 6> shares; // count / n; nullopt when n = 0
    // The most frequent of A, O, M, I, R; equal counts resolve M > O > A > I > R (Berger et al.
    // 1993). Q never dominates: nullopt when every answer is Q (or there are none).
    std::optional<Category> dominant;
    std::optional<Category> runnerUp; // next in that ranking, when its count is > 0
    // Lee & Newcomb (1997): share of the dominant minus share of the runner-up (0 when there
    // is no runner-up); total strength = (A + O + M) / n.
    std::optional<double> categoryStrength;
    std::optional<double> totalStrength;
    std::optional<FongTest> fong; // dominant vs runner-up (count 0 when absent)
    // Berger et al. (1993) customer satisfaction coefficients; nullopt when A+O+M+I = 0.
    std::optional<double> better; // (A + O) / (A + O + M + I), in [0, 1]
    std::optional<double> worse;  // -(O + M) / (A + O + M + I), in [-1, 0]

    std::optional<double> share(Category c) const { return shares[indexOf(c)]; }
};

// The discrete statistics of one set of counts.
CategoryStats summarize(const CategoryCounts& counts);

// The continuous scale (DuMouchel in Berger et al. 1993): functional like 4, must-be 2,
// neutral 0, live-with -1, dislike -2; dysfunctional like -2, must-be -1, neutral 0,
// live-with 2, dislike 4. High functional = presence satisfies; high dysfunctional = absence
// dissatisfies.
int functionalScore(Answer answer);
int dysfunctionalScore(Answer answer);

struct ScoreSummary
{
    std::int64_t n = 0;
    std::optional<double> mean; // nullopt when n = 0
    std::optional<double> sd;   // sample standard deviation (n - 1); nullopt when n < 2
};

struct ContinuousStats
{
    ScoreSummary functional;
    ScoreSummary dysfunctional;
    std::int64_t weighted = 0;                // answers with an importance > 0
    std::optional<double> meanImportance;     // over those answers
    std::optional<double> weightedFunctional; // sum(w * f) / sum(w)
    std::optional<double> weightedDysfunctional;
    // Quadrant of (dysfunctional mean, functional mean), both on -2..4 and split at 2:
    // functional >= 2 and dysfunctional < 2 -> A, both >= 2 -> O, functional < 2 and
    // dysfunctional >= 2 -> M, both in [0, 2) -> I. A negative mean means the answers lean the
    // wrong way: both negative -> R, one negative -> Q (ValueDesk's convention; the Berger et
    // al. plot covers only the non-negative quadrant).
    std::optional<Category> quadrant;
};

// The quadrant rule of ContinuousStats::quadrant.
Category quadrantOf(double dysfunctionalMean, double functionalMean);

// The 25 answer pairs of one feature with their counts and importance sums: everything the
// discrete and continuous analyses need, so the database is read once, grouped by answer
// pair, however many respondents there are.
class FeatureTally
{
public:
    // One answer; importance is ignored for weighting when missing or <= 0.
    void add(Answer functional, Answer dysfunctional, std::optional<double> importance = {});
    // A whole cell at once: `count` answers of which `weighted` carry an importance > 0
    // summing to `importanceSum`. Throws vd::InputError for negative or inconsistent numbers.
    void addCell(Answer functional, Answer dysfunctional, std::int64_t count,
                 std::int64_t weighted = 0, double importanceSum = 0.0);

    std::int64_t count(Answer functional, Answer dysfunctional) const;
    std::int64_t total() const;

    CategoryCounts categories(EvaluationTable table = EvaluationTable::Standard) const;
    CategoryStats discrete(EvaluationTable table = EvaluationTable::Standard) const
    {
        return summarize(categories(table));
    }
    ContinuousStats continuous() const;

private:
    struct Cell
    {
        std::int64_t count = 0;
        std::int64_t weighted = 0;
        double importanceSum = 0.0;
    };
    std::array<std::array<Cell, 5>, 5> m_cells{}; // [functional][dysfunctional]
};

} // namespace vd::kano
