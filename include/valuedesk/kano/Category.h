#pragma once

#include "valuedesk/kano/Answer.h"

#include <array>
#include <optional>
#include <string_view>

// Kano's quality categories and the evaluation tables that turn one respondent's
// (functional, dysfunctional) answer pair into one of them. Formulas and references:
// docs/methods.md, "Kano".
namespace vd::kano {

// A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable
// (Kano et al. 1984). The enum order is the display order A, O, M, I, R, Q.
enum class Category : int {
    Attractive,
    OneDimensional,
    MustBe,
    Indifferent,
    Reverse,
    Questionable
};
inline constexpr std::array<Category, 6> kCategories{Category::Attractive, Category::OneDimensional,
                                                     Category::MustBe,     Category::Indifferent,
                                                     Category::Reverse,    Category::Questionable};
inline std::size_t indexOf(Category category)
{
    return static_cast<std::size_t>(category);
}

char letter(Category category);                  // 'A', 'O', 'M', 'I', 'R', 'Q'
std::string_view code(Category category);        // "attractive", "one_dimensional", ...
std::string_view displayName(Category category); // "Attractive", "One-dimensional", ...
// Accepts the letter (either case) or the code; nullopt otherwise.
std::optional<Category> parseCategory(std::string_view text);

// Which 5x5 evaluation table classifies an answer pair.
//  Standard: Kano et al. (1984) as tabulated by Berger et al. (1993).
//  Pouliot:  the variant attributed to Pouliot (1993) in which giving the same non-neutral
//            answer to both questions (must-be/must-be, live-with/live-with) is contradictory
//            and therefore questionable. See docs/methods.md for the provenance of its cells.
enum class EvaluationTable { Standard, Pouliot };
inline constexpr std::array<EvaluationTable, 2> kEvaluationTables{EvaluationTable::Standard,
                                                                  EvaluationTable::Pouliot};
std::string_view code(EvaluationTable table);        // "standard", "pouliot"
std::string_view displayName(EvaluationTable table); // "Standard (Kano 1984)", ...
std::optional<EvaluationTable> parseEvaluationTable(std::string_view text);

// The category of one answer pair: row = functional answer, column = dysfunctional answer.
Category classify(Answer functional, Answer dysfunctional,
                  EvaluationTable table = EvaluationTable::Standard);

} // namespace vd::kano
