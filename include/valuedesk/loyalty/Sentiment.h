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

// English words are matched case-insensitively as whole words, after idioms of two or three
// words ("lived up to", "too many", "did not work"); Chinese words by longest match in the
// character stream (no segmentation needed). A negator (not, no, never, *n't, without,
// hardly, less; 不, 没, 没有, 还没, 未, 别, 无) flips and damps (x -0.74) the next sentiment word
// within three tokens; clause punctuation and "but"/但是 end its scope. An inability negator
// (could not, cannot, unable to; 不能, 没法, 无法) that negates no sentiment word reads -1 by
// itself. Boosters (very, really, so, too, extremely; 很, 非常, 太, 特别, 真, 老是, 一直)
// multiply the next sentiment word by 1.5. 快 before a number or an impending event (快四十,
// 快过期) means "almost", not "fast". docs/methods.md, "Feedback cases and sentiment".
SentimentResult analyzeSentiment(std::string_view text);

// One editable rule: feedback whose text contains any keyword gets the category. English
// keywords match whole words case-insensitively, with the endings -s, -es, -ed, -ing, -er,
// -ers (and -d, -r after a final e): "crash" matches "crashed" but "app" not "apple"; a
// keyword ending in * matches every word that starts with it ("deliver*"). Chinese keywords
// match anywhere, except that a one-character keyword does not match right after 不 or 没
// (错 is not in 不错 "not bad").
struct CategoryRule
{
    std::string category;
    std::vector<std::string> keywords;
};

// The first rule (in order) with a matching keyword wins; "other" when none matches.
std::string categorize(std::string_view text, const std::vector<CategoryRule>& rules);

// The category of one piece of feedback: from its text; when no rule matches the text (or
// there is none), from its touchpoint code with '_' read as a space ("order_app" -> "app");
// "other" when neither matches.
std::string categorizeFeedback(std::string_view text, std::string_view touchpoint,
                               const std::vector<CategoryRule>& rules);

// Rules for the topics of a coffee-shop chain in English and Chinese, the taxonomy of the
// demo workspace: delivery, loyalty, app, payment, marketing, speed, service, price,
// environment, brand, product (most specific first).
std::vector<CategoryRule> defaultCategoryRules();

// JSON form stored in settings: [{"category": "...", "keywords": ["...", ...]}, ...].
// parseCategoryRules throws vd::InputError naming the offending item.
std::string categoryRulesToJson(const std::vector<CategoryRule>& rules);
std::vector<CategoryRule> parseCategoryRules(std::string_view json);

} // namespace vd::loyalty
