#include "valuedesk/kano/FeatureTally.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace vd::kano {

std::int64_t CategoryCounts::total() const
{
    std::int64_t t = 0;
    for (std::int64_t v : n)
        t += v;
    return t;
}

namespace {

// Berger et al. (1993): when counts tie, the category with the larger impact on the product
// wins, M > O > A > I; R follows (ValueDesk's choice: a reverse feature only dominates when it
// is strictly the most frequent).
constexpr Category kPriority[] = {Category::MustBe, Category::OneDimensional, Category::Attractive,
                                  Category::Indifferent, Category::Reverse};

double ratio(std::int64_t num, std::int64_t den)
{
    return static_cast<double>(num) / static_cast<double>(den);
}

} // namespace

CategoryStats summarize(const CategoryCounts& counts)
{
    for (std::int64_t v : counts.n)
        if (v < 0)
            throw InputError("a Kano category count cannot be negative");

    CategoryStats s;
    s.counts = counts;
    s.n = counts.total();
    if (s.n == 0)
        return s;
    for (Category c : kCategories)
        s.shares[indexOf(c)] = ratio(counts[c], s.n);

    // Rank A, O, M, I, R by count; a stable sort of the priority order keeps the tie rule.
    std::array<Category, 5> ranked{};
    std::copy(std::begin(kPriority), std::end(kPriority), ranked.begin());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&counts](Category x, Category y) { return counts[x] > counts[y]; });
    if (counts[ranked[0]] > 0) {
        s.dominant = ranked[0];
        if (counts[ranked[1]] > 0)
            s.runnerUp = ranked[1];
        const std::int64_t a = counts[ranked[0]];
        const std::int64_t b = s.runnerUp ? counts[ranked[1]] : 0;
        // Lee & Newcomb (1997): category strength = share of the top category minus share of
        // the second.
        s.categoryStrength = ratio(a - b, s.n);

        // Fong (1996): no significant difference when |a - b| < 1.65 sqrt((a+b)(2n-a-b)/(2n)).
        FongTest f;
        f.first = ranked[0];
        f.second = ranked[1];
        f.a = a;
        f.b = b;
        f.n = s.n;
        f.difference = static_cast<double>(a - b);
        const double an = static_cast<double>(a), bn = static_cast<double>(b);
        const double nn = static_cast<double>(s.n);
        f.critical = 1.65 * std::sqrt((an + bn) * (2.0 * nn - an - bn) / (2.0 * nn));
        f.significant = !(f.difference < f.critical);
        s.fong = f;
    }
    // Lee & Newcomb (1997): total strength = (A + O + M) / n.
    s.totalStrength = ratio(counts[Category::Attractive] + counts[Category::OneDimensional] +
                                counts[Category::MustBe],
                            s.n);

    // Berger et al. (1993) customer satisfaction coefficients.
    const std::int64_t aomi = counts[Category::Attractive] + counts[Category::OneDimensional] +
                              counts[Category::MustBe] + counts[Category::Indifferent];
    if (aomi > 0) {
        s.better = ratio(counts[Category::Attractive] + counts[Category::OneDimensional], aomi);
        // Written so that no O and no M gives 0, not -0.
        const std::int64_t om = counts[Category::OneDimensional] + counts[Category::MustBe];
        s.worse = om == 0 ? 0.0 : -ratio(om, aomi);
    }
    return s;
}

int functionalScore(Answer answer)
{
    static constexpr int kScores[] = {4, 2, 0, -1, -2};
    return kScores[indexOf(answer)];
}

int dysfunctionalScore(Answer answer)
{
    static constexpr int kScores[] = {-2, -1, 0, 2, 4};
    return kScores[indexOf(answer)];
}

Category quadrantOf(double dysfunctionalMean, double functionalMean)
{
    if (functionalMean < 0 && dysfunctionalMean < 0)
        return Category::Reverse;
    if (functionalMean < 0 || dysfunctionalMean < 0)
        return Category::Questionable;
    const bool highF = functionalMean >= 2.0;
    const bool highD = dysfunctionalMean >= 2.0;
    if (highF && highD)
        return Category::OneDimensional;
    if (highF)
        return Category::Attractive;
    if (highD)
        return Category::MustBe;
    return Category::Indifferent;
}

void FeatureTally::add(Answer functional, Answer dysfunctional, std::optional<double> importance)
{
    Cell& c = m_cells[indexOf(functional)][indexOf(dysfunctional)];
    ++c.count;
    if (importance && std::isfinite(*importance) && *importance > 0) {
        ++c.weighted;
        c.importanceSum += *importance;
    }
}

void FeatureTally::addCell(Answer functional, Answer dysfunctional, std::int64_t count,
                           std::int64_t weighted, double importanceSum)
{
    if (count < 0 || weighted < 0 || weighted > count)
        throw InputError("a Kano answer cell needs 0 <= weighted <= count, not weighted " +
                         std::to_string(weighted) + " of " + std::to_string(count));
    if (!std::isfinite(importanceSum) || importanceSum < 0 || (weighted == 0 && importanceSum != 0))
        throw InputError("a Kano answer cell's importance sum must be finite and >= 0, and 0 "
                         "when no answer carries an importance");
    Cell& c = m_cells[indexOf(functional)][indexOf(dysfunctional)];
    c.count += count;
    c.weighted += weighted;
    c.importanceSum += importanceSum;
}

std::int64_t FeatureTally::count(Answer functional, Answer dysfunctional) const
{
    return m_cells[indexOf(functional)][indexOf(dysfunctional)].count;
}

std::int64_t FeatureTally::total() const
{
    std::int64_t t = 0;
    for (const auto& row : m_cells)
        for (const Cell& c : row)
            t += c.count;
    return t;
}

CategoryCounts FeatureTally::categories(EvaluationTable table) const
{
    CategoryCounts counts;
    for (Answer f : kAnswers)
        for (Answer d : kAnswers)
            counts[classify(f, d, table)] += count(f, d);
    return counts;
}

namespace {

// Mean and sample standard deviation of a score over the cells, two-pass so that large counts
// do not lose precision to cancellation.
template <typename Score> ScoreSummary summarizeScore(const auto& cells, Score score)
{
    ScoreSummary s;
    double sum = 0;
    for (Answer f : kAnswers)
        for (Answer d : kAnswers) {
            const auto n = cells[indexOf(f)][indexOf(d)].count;
            s.n += n;
            sum += static_cast<double>(n) * score(f, d);
        }
    if (s.n == 0)
        return s;
    const double mean = sum / static_cast<double>(s.n);
    s.mean = mean;
    if (s.n >= 2) {
        double ss = 0;
        for (Answer f : kAnswers)
            for (Answer d : kAnswers) {
                const auto n = cells[indexOf(f)][indexOf(d)].count;
                const double dev = score(f, d) - mean;
                ss += static_cast<double>(n) * dev * dev;
            }
        s.sd = std::sqrt(ss / static_cast<double>(s.n - 1));
    }
    return s;
}

} // namespace

ContinuousStats FeatureTally::continuous() const
{
    ContinuousStats s;
    s.functional =
        summarizeScore(m_cells, [](Answer f, Answer) { return double(functionalScore(f)); });
    s.dysfunctional =
        summarizeScore(m_cells, [](Answer, Answer d) { return double(dysfunctionalScore(d)); });

    double weight = 0, wf = 0, wd = 0;
    for (Answer f : kAnswers)
        for (Answer d : kAnswers) {
            const Cell& c = m_cells[indexOf(f)][indexOf(d)];
            s.weighted += c.weighted;
            weight += c.importanceSum;
            wf += c.importanceSum * functionalScore(f);
            wd += c.importanceSum * dysfunctionalScore(d);
        }
    if (s.weighted > 0 && weight > 0) {
        s.meanImportance = weight / static_cast<double>(s.weighted);
        s.weightedFunctional = wf / weight;
        s.weightedDysfunctional = wd / weight;
    }
    if (s.functional.mean && s.dysfunctional.mean)
        s.quadrant = quadrantOf(*s.dysfunctional.mean, *s.functional.mean);
    return s;
}

} // namespace vd::kano
