// The lexicon and the default category rules on a labelled corpus: the comment and contact
// texts of the demo generator (src/core/demo/DemoData.h: kComments by topic, positive and
// negative, kNeutral*, kInteractions and kAppFailure), where the generator itself says which
// text is positive, negative or neutral and which topic it is about. The demo's topics are
// the default categories, so the feedback queue of a demo workspace reads sensibly.
#include "demo/DemoData.h"
#include "valuedesk/loyalty/Cases.h"
#include "valuedesk/loyalty/Sentiment.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace vd::loyalty;

namespace {

struct Labelled
{
    std::string text;
    int sign;             // -1 negative, 0 neutral, +1 positive
    std::string category; // "" when the category is not part of the label
};

int signOf(double score)
{
    return score <= kNegativeSentiment ? -1 : (score >= kPositiveSentiment ? 1 : 0);
}

// Every text the demo writes, with the label its place in DemoData.h gives it.
std::vector<Labelled> demoCorpus()
{
    using namespace vd::demo;
    std::vector<Labelled> out;
    for (int t = 0; t < kTopicCount; ++t) {
        const CommentSet& s = kComments[t];
        for (int i = 0; i < 2; ++i) {
            out.push_back({s.positiveZh[i], 1, kTopicNames[t]});
            out.push_back({s.positiveEn[i], 1, kTopicNames[t]});
            out.push_back({s.negativeZh[i], -1, kTopicNames[t]});
            out.push_back({s.negativeEn[i], -1, kTopicNames[t]});
        }
    }
    for (const char* n : kNeutralZh)
        out.push_back({n, 0, ""});
    for (const char* n : kNeutralEn)
        out.push_back({n, 0, ""});
    for (const InteractionDef& d : kInteractions) {
        // Complaints are negative and about their topic; other contacts are neutral.
        out.push_back({d.zh, d.complaint ? -1 : 0, d.complaint ? kTopicNames[d.topic] : ""});
        out.push_back({d.en, d.complaint ? -1 : 0, d.complaint ? kTopicNames[d.topic] : ""});
    }
    out.push_back({kAppFailure.zh, -1, "app"});
    out.push_back({kAppFailure.en, -1, "app"});
    return out;
}

} // namespace

TEST(SentimentCorpus, DemoTextsGetTheirSignAndTopic)
{
    const auto corpus = demoCorpus();
    const auto rules = defaultCategoryRules();
    int right = 0, wrongSign = 0, categorised = 0, categoryRight = 0;
    for (const Labelled& l : corpus) {
        const int s = signOf(analyzeSentiment(l.text).score);
        right += s == l.sign;
        // Opposite sign, or a negative text that would open no case (or a neutral one that
        // would): the mistakes that matter for the closed loop.
        const bool harmful =
            (l.sign != 0 && s == -l.sign) || (l.sign == -1 && s != -1) || (l.sign == 0 && s == -1);
        wrongSign += harmful;
        EXPECT_FALSE(harmful) << l.text << ": labelled " << l.sign << ", scored "
                              << analyzeSentiment(l.text).score;
        if (!l.category.empty()) {
            ++categorised;
            const std::string c = categorize(l.text, rules);
            categoryRight += c == l.category;
            EXPECT_EQ(c, l.category) << l.text;
        }
    }
    ASSERT_GT(corpus.size(), 100u);
    EXPECT_GE(right, static_cast<int>(0.9 * static_cast<double>(corpus.size())))
        << right << " of " << corpus.size() << " with the right sign";
    EXPECT_EQ(wrongSign, 0);
    EXPECT_GE(categoryRight, static_cast<int>(0.9 * categorised))
        << categoryRight << " of " << categorised << " in their topic";
}

// The comments the audit listed (issue 6): each was scored 0 or positive before.
TEST(SentimentCorpus, ListedComplaintsReadNegative)
{
    for (const char* text : {"Reported the issue three times, still not solved",
                             "Too crowded, could not find a seat",
                             "My points expired without any reminder",
                             "扫码付款失败了两次",
                             "优惠券和会员价不能叠加，结账很麻烦",
                             "推送太频繁了，有点打扰",
                             "Wi-Fi老是断线，没法开会",
                             "今天的美式很酸，和平时不一样",
                             "积分规则太复杂，看不懂",
                             "积分快过期了也没有提醒",
                             "价格又涨了，一杯拿铁快四十了",
                             "Too many ads and push messages",
                             "Could not combine the coupon with the member price",
                             "The promotion in the ad was not honoured in store",
                             "The order status never updated in the app",
                             "小程序下单后订单状态一直不更新",
                             "Only a chatbot, could not reach a person",
                             "人太多了，找不到座位",
                             "感觉品牌越来越商业化，没以前有温度了",
                             "The brand feels less personal than it used to",
                             "广告上的优惠到店里却用不了",
                             "Prices went up again, a latte is almost 40 yuan now"})
        EXPECT_LE(analyzeSentiment(text).score, kNegativeSentiment) << text;
}

// 快 before a number or an impending event means "almost": it adds nothing positive.
TEST(SentimentCorpus, KuaiMeansAlmostBeforeNumbersAndEvents)
{
    EXPECT_EQ(analyzeSentiment("一杯拿铁快四十了").score, 0.0);
    EXPECT_EQ(analyzeSentiment("快30块了").score, 0.0);
    EXPECT_EQ(analyzeSentiment("快要关门了").score, 0.0);
    EXPECT_LT(analyzeSentiment("积分快过期了").score, 0.0); // only 过期 counts
    EXPECT_GT(analyzeSentiment("出餐很快").score, 0.0);     // fast
    EXPECT_GT(analyzeSentiment("快乐").score, 0.0);         // happy, one word
}

// A one-character Chinese keyword does not match after 不 or 没, so 错 ("wrong") is not
// found in 不错 ("not bad") or 没错 ("right").
TEST(SentimentCorpus, SingleCharacterKeywordsRespectNegation)
{
    const std::vector<CategoryRule> rules = {{"accuracy", {"错"}}, {"price", {"贵"}}};
    EXPECT_EQ(categorize("咖啡不错", rules), "other");
    EXPECT_EQ(categorize("你说得没错", rules), "other");
    EXPECT_EQ(categorize("送错了", rules), "accuracy");
    EXPECT_EQ(categorize("不贵", rules), "other");
    EXPECT_EQ(categorize("有点贵", rules), "price");
    // Two-character keywords match anywhere.
    EXPECT_EQ(categorize("不好喝", {{"taste", {"好喝"}}}), "taste");
    // The audit's example: it is about price, never about order accuracy.
    EXPECT_EQ(categorize("咖啡不错，就是有点贵", defaultCategoryRules()), "price");
    EXPECT_GT(analyzeSentiment("咖啡不错，就是有点贵").score, kNegativeSentiment);
}

// English keywords: whole words with their usual endings; * for a prefix.
TEST(SentimentCorpus, EnglishKeywordsMatchWholeWordsWithEndings)
{
    const std::vector<CategoryRule> rules = {
        {"app", {"app"}}, {"crash", {"crash"}}, {"delivery", {"deliver*"}}, {"expiry", {"expire"}}};
    EXPECT_EQ(categorize("The apps are slow", rules), "app");
    EXPECT_EQ(categorize("I appreciate it", rules), "other"); // not "app"
    EXPECT_EQ(categorize("an apple", rules), "other");
    EXPECT_EQ(categorize("it crashed twice", rules), "crash");
    EXPECT_EQ(categorize("crashing", rules), "crash");
    EXPECT_EQ(categorize("crashy", rules), "other");
    EXPECT_EQ(categorize("the delivery was late", rules), "delivery");
    EXPECT_EQ(categorize("points expired", rules), "expiry");
}

// Without a comment (or when the comment matches no rule) the touchpoint decides.
TEST(SentimentCorpus, TouchpointCodesCategoriseFeedbackWithoutText)
{
    using namespace vd::demo;
    const auto rules = defaultCategoryRules();
    for (const TouchpointDef& t : kTouchpoints)
        EXPECT_EQ(categorizeFeedback("", t.code, rules), kTopicNames[t.topic]) << t.code;
    EXPECT_EQ(categorizeFeedback("Terrible!", "delivery", rules), "delivery");
    EXPECT_EQ(categorizeFeedback("The app crashed", "delivery", rules), "app"); // text first
    EXPECT_EQ(categorizeFeedback("", "", rules), "other");
}

// Curly apostrophes count as straight ones: "isn’t" negates like "isn't".
TEST(SentimentCorpus, CurlyApostrophesNegate)
{
    EXPECT_DOUBLE_EQ(analyzeSentiment("Staff isn’t friendly").score,
                     analyzeSentiment("Staff isn't friendly").score);
    EXPECT_LT(analyzeSentiment("Staff isn’t friendly").score, 0.0);
    EXPECT_GT(analyzeSentiment("I can’t wait to come back").score, 0.0);
}
