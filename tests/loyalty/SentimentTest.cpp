#include "valuedesk/loyalty/Sentiment.h"

#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace vd::loyalty;

namespace {
// s / sqrt(s^2 + 15), the VADER normalisation the lexicon uses.
double norm(double s)
{
    return s / std::sqrt(s * s + 15.0);
}
} // namespace

TEST(Sentiment, EnglishValencesAndNegation)
{
    EXPECT_NEAR(analyzeSentiment("Great coffee").score, norm(3.1), 1e-12);
    // Negation flips and damps: "not good" = 1.9 x -0.74.
    SentimentResult notGood = analyzeSentiment("The latte was not good");
    EXPECT_NEAR(notGood.score, norm(1.9 * -0.74), 1e-12);
    EXPECT_EQ(notGood.negatedWords, 1);
    EXPECT_EQ(notGood.negativeWords, 1);
    // Contracted negator, within three tokens, and a booster: "isn't very friendly".
    EXPECT_NEAR(analyzeSentiment("Staff isn't very friendly").score, norm(2.2 * 1.5 * -0.74),
                1e-12);
    // Punctuation ends the negation's scope: "not. good" stays positive.
    EXPECT_NEAR(analyzeSentiment("Not. Good").score, norm(1.9), 1e-12);
    // Two words add up before normalising: slow (-1.2) + rude (-2.0).
    EXPECT_NEAR(analyzeSentiment("SLOW service and rude staff!").score, norm(-3.2), 1e-12);
    EXPECT_LE(analyzeSentiment("the app crashed again").score, kNegativeSentiment);
}

TEST(Sentiment, ChineseLongestMatchAndNegation)
{
    // 很好喝: booster + 好喝 (2.5).
    EXPECT_NEAR(analyzeSentiment("咖啡很好喝").score, norm(2.5 * 1.5), 1e-12);
    // 不好: negator + 好 -> 1.9 x -0.74.
    EXPECT_NEAR(analyzeSentiment("服务不好").score, norm(1.9 * -0.74), 1e-12);
    // 不错 is one positive word, not "not + wrong".
    EXPECT_NEAR(analyzeSentiment("味道不错").score, norm(1.8), 1e-12);
    // 不太好: negator, booster, positive.
    EXPECT_NEAR(analyzeSentiment("不太好").score, norm(1.9 * 1.5 * -0.74), 1e-12);
    // The comma ends the scope: 不，好 stays positive.
    EXPECT_NEAR(analyzeSentiment("不，好").score, norm(1.9), 1e-12);
    // Mixed language: 排队 (-0.8) + slow (-1.2).
    EXPECT_NEAR(analyzeSentiment("排队 very long and slow").score, norm(-0.8 - 1.2), 1e-12);
}

TEST(Sentiment, NeutralEmptyAndOddInput)
{
    EXPECT_EQ(analyzeSentiment("").score, 0.0);
    EXPECT_EQ(analyzeSentiment("I ordered a flat white at 9").score, 0.0);
    // Invalid UTF-8 is stepped over, never read past the end.
    std::string bad = "good \xE4\xBD";
    EXPECT_NEAR(analyzeSentiment(bad).score, norm(1.9), 1e-12);
    // Huge input stays within [-1, 1].
    std::string many;
    for (int i = 0; i < 10000; ++i)
        many += "terrible ";
    double s = analyzeSentiment(many).score;
    EXPECT_GE(s, -1.0);
    EXPECT_LT(s, -0.99);
}

TEST(Categories, FirstMatchingRuleWins)
{
    auto rules = defaultCategoryRules();
    EXPECT_EQ(categorize("The app crashed at checkout", rules), "app");
    EXPECT_EQ(categorize("Waited 20 minutes in the queue", rules), "speed");
    EXPECT_EQ(categorize("店员态度很差", rules), "service");
    EXPECT_EQ(categorize("咖啡是凉的", rules), "product");
    EXPECT_EQ(categorize("Too EXPENSIVE for what it is", rules), "price");
    EXPECT_EQ(categorize("lovely", rules), "other");
    // Word-start matching: "line" does not fire inside "online", "app" not inside "happy".
    EXPECT_EQ(categorize("happy online", rules), "other");

    std::vector<CategoryRule> custom = {{"mine", {"foo"}}, {"later", {"foo", "bar"}}};
    EXPECT_EQ(categorize("bar foo", custom), "mine");
}

TEST(Categories, JsonRoundTripAndErrors)
{
    auto rules = defaultCategoryRules();
    auto back = parseCategoryRules(categoryRulesToJson(rules));
    ASSERT_EQ(back.size(), rules.size());
    EXPECT_EQ(back[3].category, rules[3].category);
    EXPECT_EQ(back[3].keywords, rules[3].keywords);
    EXPECT_THROW(parseCategoryRules("{"), vd::InputError);
    EXPECT_THROW(parseCategoryRules("{}"), vd::InputError);
    EXPECT_THROW(parseCategoryRules(R"([{"keywords": []}])"), vd::InputError);
    EXPECT_THROW(parseCategoryRules(R"([{"category": "x", "keywords": [1]}])"), vd::InputError);
    try {
        parseCategoryRules(R"([{"category": "a", "keywords": []}, {"category": ""}])");
        FAIL();
    } catch (const vd::InputError& e) {
        EXPECT_NE(std::string(e.what()).find("rule 2"), std::string::npos);
    }
}
