#include "valuedesk/kano/Answer.h"

#include <gtest/gtest.h>

namespace vd::kano {
namespace {

TEST(KanoAnswer, Codes)
{
    EXPECT_EQ(parseAnswer("1"), Answer::Like);
    EXPECT_EQ(parseAnswer("2"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("3"), Answer::Neutral);
    EXPECT_EQ(parseAnswer("4"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("5"), Answer::Dislike);
    EXPECT_EQ(parseAnswer(" 4 "), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("3.0"), Answer::Neutral); // spreadsheets export integers as reals
    EXPECT_EQ(parseAnswer("5.00"), Answer::Dislike);
    EXPECT_EQ(parseAnswer("\xEF\xBC\x92"), Answer::MustBe); // full-width ２
    EXPECT_FALSE(parseAnswer("0"));
    EXPECT_FALSE(parseAnswer("6"));
    EXPECT_FALSE(parseAnswer("-1"));
    EXPECT_FALSE(parseAnswer("2.5"));
    EXPECT_FALSE(parseAnswer("12"));
    EXPECT_FALSE(parseAnswer("1 2"));
}

TEST(KanoAnswer, EnglishWords)
{
    EXPECT_EQ(parseAnswer("like"), Answer::Like);
    EXPECT_EQ(parseAnswer("I like it that way"), Answer::Like);
    EXPECT_EQ(parseAnswer("LIKE"), Answer::Like);
    EXPECT_EQ(parseAnswer("must-be"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("Must be"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("must_be"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("expect"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("I expect it"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("It must be that way"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("neutral"), Answer::Neutral);
    EXPECT_EQ(parseAnswer("I am neutral."), Answer::Neutral);
    EXPECT_EQ(parseAnswer("I'm neutral"), Answer::Neutral);
    EXPECT_EQ(parseAnswer("indifferent"), Answer::Neutral);
    EXPECT_EQ(parseAnswer("live-with"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("live with"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("I can live with it"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("I can live with it that way"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("tolerate"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("I can tolerate it"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("dislike"), Answer::Dislike);
    EXPECT_EQ(parseAnswer("I dislike it that way"), Answer::Dislike);
    EXPECT_EQ(parseAnswer("I don\xE2\x80\x99t like it"), Answer::Dislike); // curly apostrophe
    EXPECT_EQ(parseAnswer("\tDislike  "), Answer::Dislike);
}

TEST(KanoAnswer, ChineseWords)
{
    EXPECT_EQ(parseAnswer("喜欢"), Answer::Like);
    EXPECT_EQ(parseAnswer("我喜欢"), Answer::Like);
    EXPECT_EQ(parseAnswer("喜歡"), Answer::Like); // traditional
    EXPECT_EQ(parseAnswer("理应如此"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("必须这样"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("应该的"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("理所当然"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("无所谓"), Answer::Neutral);
    EXPECT_EQ(parseAnswer("無所謂"), Answer::Neutral);
    EXPECT_EQ(parseAnswer("能忍受"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("可以忍受"), Answer::LiveWith);
    EXPECT_EQ(parseAnswer("不喜欢"), Answer::Dislike);
    EXPECT_EQ(parseAnswer("我不喜欢。"), Answer::Dislike);
    // Ideographic and no-break spaces around the word.
    EXPECT_EQ(parseAnswer("\xE3\x80\x80无所谓\xC2\xA0"), Answer::Neutral);
}

TEST(KanoAnswer, CodeWithWordsMustAgree)
{
    EXPECT_EQ(parseAnswer("1 - I like it"), Answer::Like);
    EXPECT_EQ(parseAnswer("2. 理应如此"), Answer::MustBe);
    EXPECT_EQ(parseAnswer("(5) dislike"), Answer::Dislike);
    EXPECT_FALSE(parseAnswer("1 - dislike"));
    EXPECT_FALSE(parseAnswer("3 喜欢"));
}

TEST(KanoAnswer, RejectsOtherText)
{
    EXPECT_FALSE(parseAnswer(""));
    EXPECT_FALSE(parseAnswer("   "));
    EXPECT_FALSE(parseAnswer("yes"));
    EXPECT_FALSE(parseAnswer("love"));
    EXPECT_FALSE(parseAnswer("I can't live with it")); // not "live with"
    EXPECT_FALSE(parseAnswer("I can't tolerate it"));
    EXPECT_FALSE(parseAnswer("喜"));
    EXPECT_FALSE(parseAnswer("likes dislike"));
}

TEST(KanoAnswer, CodesAndNames)
{
    for (Answer a : kAnswers) {
        EXPECT_EQ(answerFromCode(codeOf(a)), a);
        EXPECT_EQ(parseAnswer(code(a)), a);        // "live_with" reads back
        EXPECT_EQ(parseAnswer(displayName(a)), a); // "Live-with" reads back
    }
    EXPECT_FALSE(answerFromCode(0));
    EXPECT_FALSE(answerFromCode(6));
    EXPECT_EQ(indexOf(Answer::Like), 0u);
    EXPECT_EQ(indexOf(Answer::Dislike), 4u);
}

} // namespace
} // namespace vd::kano
