#pragma once

#include <string>
#include <string_view>
#include <vector>

// Lexicon-based sentiment and keyword categories of feedback text in English and Chinese.
// Feedback cases need a first triage (is this an angry customer? about what?) without a
// language model: a small, documented word list with negation handling is transparent and
// fast enough for millions of comments. docs/methods.md, "Sentiment", gives the rules.
namespace vd::loyalty {

struct SentimentResult
{
    // Normalised score in [-1, 1]: s / sqrt(s^2 + 15) of the summed word valences (the
    // normalisation of VADER, Hutto & Gilbert 2014). 0 when no lexicon word occurs.
    double score = 0.0;
    int positiveWords = 0;
    int negativeWords = 0;
    int negatedWords = 0; // sentiment words whose polarity a negator flipped
};

// Thresholds of VADER: score <= -0.05 is negative, >= 0.05 positive.
inline constexpr double kNegativeSentiment = -0.05;
inline constexpr double kPositiveSentiment = 0.05;

// English words are matched case-insensitively as whole words; Chinese words by longest match
// in the character stream (no segmentation needed). A negator (not, no, never, *n't, without,
// hardly; 不, 没, 没有, 未, 别, 无) flips and damps (x -0.74) the next sentiment word within
// three tokens; clause punctuation ends its scope. Boosters (very, really, so, too, extremely;
// 很, 非常, 太, 特别, 真) multiply the next sentiment word by 1.5.
SentimentResult analyzeSentiment(std::string_view text);

// One editable rule: feedback whose text contains any keyword gets the category. English
// keywords match at the start of a word, case-insensitively ("crash" matches "crashed");
// Chinese keywords match anywhere.
struct CategoryRule
{
    std::string category;
    std::vector<std::string> keywords;
};

// The first rule (in order) with a matching keyword wins; "other" when none matches.
std::string categorize(std::string_view text, const std::vector<CategoryRule>& rules);

// Rules for a coffee-shop chain in English and Chinese (wait time, product, staff, app,
// price, cleanliness, order accuracy).
std::vector<CategoryRule> defaultCategoryRules();

// JSON form stored in settings: [{"category": "...", "keywords": ["...", ...]}, ...].
// parseCategoryRules throws vd::InputError naming the offending item.
std::string categoryRulesToJson(const std::vector<CategoryRule>& rules);
std::vector<CategoryRule> parseCategoryRules(std::string_view json);

} // namespace vd::loyalty
