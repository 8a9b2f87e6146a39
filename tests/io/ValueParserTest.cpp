#include "valuedesk/io/ValueParser.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace vd::io;
using vd::date::toEpoch;

namespace {

std::int64_t at(std::string_view text, DateOrder order = DateOrder::Unknown)
{
    DateValue d = parseDate(text, order);
    EXPECT_TRUE(d.epoch.has_value()) << text << ": " << d.error;
    return d.epoch.value_or(-1);
}

double num(std::string_view text, DecimalMark mark = DecimalMark::Point)
{
    NumberValue n = parseNumber(text, mark);
    EXPECT_TRUE(n.value.has_value()) << text << ": " << n.error;
    return n.value.value_or(NAN);
}

bool refused(std::string_view text, DecimalMark mark = DecimalMark::Point)
{
    return !parseNumber(text, mark).value.has_value();
}

} // namespace

// Cells come with ASCII blanks and with the no-break, narrow no-break, thin and ideographic
// spaces of Chinese and European spreadsheets; visible text, control characters and CJK at
// the ends stay.
TEST(Trim, RemovesAsciiAndUnicodeSpacesAtBothEndsOnly)
{
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim("a"), "a");
    EXPECT_EQ(trim("12.50"), "12.50");
    EXPECT_EQ(trim(" \t12.50\r\n"), "12.50");
    EXPECT_EQ(trim("\v\fx y\f"), "x y");
    EXPECT_EQ(trim("   "), "");
    EXPECT_EQ(trim("\xC2\xA0"
                   "42"
                   "\xC2\xA0"),
              "42"); // U+00A0
    EXPECT_EQ(trim("\xE3\x80\x80"
                   "张三"
                   "\xE3\x80\x80"),
              "张三"); // U+3000
    EXPECT_EQ(trim("\xE2\x80\xAF"
                   "1 000"
                   "\xE2\x80\x89"),
              "1 000"); // U+202F, U+2009
    EXPECT_EQ(trim(" \xC2\xA0 \xE3\x80\x80 "), "");
    EXPECT_EQ(trim("张三"), "张三");
    EXPECT_EQ(trim("a\xC2\xA0"), "a");
    EXPECT_EQ(trim("\xC2\xA0"
                   "a"),
              "a");
    EXPECT_EQ(trim("\x01x\x7F"), "\x01x\x7F");
    EXPECT_EQ(trim("\xC3\xA9"), "\xC3\xA9"); // é is not a space
}

// Expected epochs come from Date.h's toEpoch, itself checked against known Unix times in
// tests/storage; 2024-03-05 00:00 UTC = 1709596800 (date -u -d 2024-03-05 +%s).
TEST(ParseDate, IsoAndLocalForms)
{
    const std::int64_t day = toEpoch(2024, 3, 5);
    ASSERT_EQ(day, 1709596800);
    EXPECT_EQ(at("2024-03-05"), day);
    EXPECT_EQ(at("2024/3/5"), day);
    EXPECT_EQ(at("2024.03.05"), day);
    EXPECT_EQ(at("20240305"), day);
    EXPECT_EQ(at("2024年3月5日"), day);
    EXPECT_EQ(at("2024年03月05号"), day);
    EXPECT_EQ(at("05.03.2024"), day); // dotted: always day first
    EXPECT_EQ(at("5 Mar 2024"), day);
    EXPECT_EQ(at("05-Mar-2024"), day);
    EXPECT_EQ(at("March 5, 2024"), day);
    EXPECT_EQ(at("mar 5 2024"), day);
    EXPECT_EQ(at("  2024-03-05 "), day);
    EXPECT_EQ(at("２０２４－０３－０５"), day); // full-width digits
}

TEST(ParseDate, Times)
{
    const std::int64_t day = toEpoch(2024, 3, 5);
    EXPECT_EQ(at("2024-03-05 14:30"), day + 14 * 3600 + 30 * 60);
    EXPECT_EQ(at("2024-03-05T14:30:15"), day + 52215);
    EXPECT_EQ(at("2024-03-05T14:30:15.987Z"), day + 52215);
    EXPECT_EQ(at("2024-03-05 22:30:00+08:00"), day + 14 * 3600 + 30 * 60); // converted to UTC
    EXPECT_EQ(at("2024-03-05T09:00-0500"), day + 14 * 3600);
    EXPECT_EQ(at("3/5/2024 2:30 PM", DateOrder::MonthFirst), day + 14 * 3600 + 30 * 60);
    EXPECT_EQ(at("3/5/2024 12:05 am", DateOrder::MonthFirst), day + 5 * 60);
    EXPECT_EQ(at("2024年3月5日 14时30分"), day + 14 * 3600 + 30 * 60);
    EXPECT_EQ(at("2024年3月5日14:30"), day + 14 * 3600 + 30 * 60);
    EXPECT_EQ(at("2024年3月5日 下午2:30"), day + 14 * 3600 + 30 * 60);
    EXPECT_EQ(at("2024年3月5日 9点"), day + 9 * 3600);
    EXPECT_TRUE(parseDate("2024-03-05 14:30").hasTime);
    EXPECT_FALSE(parseDate("2024-03-05").hasTime);
}

TEST(ParseDate, DayMonthOrder)
{
    // 25/03 can only be day-first, 03/25 only month-first; 05/03 is either.
    DateValue d = parseDate("25/03/2024");
    EXPECT_EQ(d.evidence, DateEvidence::DayFirst);
    EXPECT_EQ(d.epoch, toEpoch(2024, 3, 25));
    d = parseDate("03/25/2024");
    EXPECT_EQ(d.evidence, DateEvidence::MonthFirst);
    EXPECT_EQ(d.epoch, toEpoch(2024, 3, 25));
    d = parseDate("05/03/2024");
    EXPECT_EQ(d.evidence, DateEvidence::Ambiguous);
    EXPECT_FALSE(d.epoch) << "an ambiguous date is never guessed";
    EXPECT_NE(d.error.find("ambiguous"), std::string::npos);
    EXPECT_EQ(at("05/03/2024", DateOrder::DayFirst), toEpoch(2024, 3, 5));
    EXPECT_EQ(at("05/03/2024", DateOrder::MonthFirst), toEpoch(2024, 5, 3));
    EXPECT_EQ(at("05-03-2024", DateOrder::DayFirst), toEpoch(2024, 3, 5));
    // Same day and month: no question to ask.
    d = parseDate("04/04/2024");
    EXPECT_EQ(d.evidence, DateEvidence::None);
    EXPECT_EQ(d.epoch, toEpoch(2024, 4, 4));
    // A value that contradicts the chosen order is refused, not swapped.
    d = parseDate("03/25/2024", DateOrder::DayFirst);
    EXPECT_FALSE(d.epoch);
    EXPECT_NE(d.error.find("day/month/year"), std::string::npos);
}

// 05.03.2024 is day first by default, but an order the user chose is respected (issue 3:
// an explicit --date-order mdy used to be ignored for dotted dates).
TEST(ParseDate, DottedDatesFollowAnExplicitOrder)
{
    EXPECT_EQ(at("05.03.2024"), toEpoch(2024, 3, 5));
    EXPECT_EQ(at("05.03.2024", DateOrder::DayFirst), toEpoch(2024, 3, 5));
    EXPECT_EQ(at("05.03.2024", DateOrder::MonthFirst), toEpoch(2024, 5, 3));
    EXPECT_EQ(at("12.31.2024 23:59", DateOrder::MonthFirst), toEpoch(2024, 12, 31, 23, 59));
    EXPECT_EQ(parseDate("05.03.2024").evidence, DateEvidence::None);
    EXPECT_FALSE(parseDate("25.03.2024", DateOrder::MonthFirst).epoch);
    EXPECT_FALSE(parseDate("12.31.2024").epoch) << "day first when nothing was chosen";
}

TEST(ParseDate, Refusals)
{
    for (const char* bad : {"", "2024-02-30", "2023-02-29", "2024-13-01", "31/31/2024", "5/3/24",
                            "2024-03-05 25:00", "2024-03-05 10:61", "yesterday", "2024-03",
                            "2024-03-05 foo", "3/5/2024 13:00 PM", "05.03.24", "Smarch 5, 2024"})
        EXPECT_FALSE(parseDate(bad, DateOrder::DayFirst).epoch) << bad;
    EXPECT_NE(parseDate("5/3/24").error.find("two-digit year"), std::string::npos);
    EXPECT_EQ(at("2024-02-29"), toEpoch(2024, 2, 29)); // leap day
}

TEST(ParseDate, OrderNames)
{
    EXPECT_EQ(parseDateOrder("dmy"), DateOrder::DayFirst);
    EXPECT_EQ(parseDateOrder("MDY"), DateOrder::MonthFirst);
    EXPECT_THROW(parseDateOrder("ymd"), vd::InputError);
}

TEST(ParseNumber, PlainAndSigned)
{
    EXPECT_EQ(num("42"), 42.0);
    EXPECT_EQ(num("-3.25"), -3.25);
    EXPECT_EQ(num("+7"), 7.0);
    EXPECT_EQ(num("0.1"), 0.1);
    EXPECT_EQ(num(".5"), 0.5);
    EXPECT_EQ(num("1.5E+03"), 1500.0);
    EXPECT_EQ(num("(12.00)"), -12.0);
    EXPECT_EQ(num("−8"), -8.0); // U+2212 minus sign
}

TEST(ParseNumber, CurrencyAndThousands)
{
    EXPECT_EQ(num("¥1,234.50"), 1234.5);
    EXPECT_EQ(num("￥1,234.50"), 1234.5);
    EXPECT_EQ(num("RMB 88"), 88.0);
    EXPECT_EQ(num("CNY1,000,000"), 1e6);
    EXPECT_EQ(num("$ -45.00"), -45.0);
    EXPECT_EQ(num("-$45.00"), -45.0);
    EXPECT_EQ(num("(€1,000.00)"), -1000.0);
    EXPECT_EQ(num("£3"), 3.0);
    EXPECT_EQ(num("99.9元"), 99.9);
    EXPECT_EQ(num("1.2万"), 12000.0);
    EXPECT_EQ(num("3亿"), 3e8);
    EXPECT_EQ(num("1 234 567.5"), 1234567.5);
    EXPECT_EQ(num("1'234.5"), 1234.5);
    EXPECT_EQ(num("3，456.70"), 3456.7); // full-width comma: thousands
    EXPECT_EQ(num("12\xC2\xA0"
                  "000"),
              12000.0); // no-break space
    EXPECT_EQ(num("USD 12"), 12.0);
}

TEST(ParseNumber, DecimalComma)
{
    EXPECT_EQ(num("1.234,56", DecimalMark::Unknown), 1234.56);
    EXPECT_EQ(num("12,5", DecimalMark::Unknown), 12.5);
    EXPECT_EQ(num("€ 12,50", DecimalMark::Comma), 12.5);
    EXPECT_EQ(num("99,90 €", DecimalMark::Comma), 99.9);
    EXPECT_EQ(num("1 234,5", DecimalMark::Unknown), 1234.5);
    EXPECT_EQ(num("0,125", DecimalMark::Unknown), 0.125); // a lone 0 is never a thousands group
    EXPECT_EQ(num("1234,567", DecimalMark::Unknown), 1234.567);
    // Evidence each value gives about its column.
    EXPECT_EQ(parseNumber("12,5", DecimalMark::Unknown).evidence, DecimalMark::Comma);
    EXPECT_EQ(parseNumber("1,234,567", DecimalMark::Unknown).evidence, DecimalMark::Point);
    EXPECT_EQ(parseNumber("1.234.567", DecimalMark::Unknown).evidence, DecimalMark::Comma);
}

TEST(ParseNumber, AmbiguousSeparatorFollowsTheColumn)
{
    NumberValue n = parseNumber("1,234", DecimalMark::Unknown);
    EXPECT_TRUE(n.ambiguous);
    EXPECT_FALSE(n.value);
    EXPECT_EQ(num("1,234", DecimalMark::Point), 1234.0);
    EXPECT_EQ(num("1,234", DecimalMark::Comma), 1.234);
    EXPECT_EQ(num("1.234", DecimalMark::Point), 1.234);
    EXPECT_EQ(num("1.234", DecimalMark::Comma), 1234.0);
    EXPECT_TRUE(parseNumber("1.234", DecimalMark::Unknown).ambiguous);
    // A value that proves the other convention is refused in a decided column.
    EXPECT_TRUE(refused("12,5", DecimalMark::Point));
    EXPECT_TRUE(refused("1.234,5", DecimalMark::Point));
}

TEST(ParseNumber, Refusals)
{
    for (const char* bad : {"", "abc", "1,23,456", "12.34.56,7,8", "--5", "(-5)", "1.2.3", "5%",
                            "1e", "¥", "1,2345.6", "12 34", "1_000", "NaN", "inf"})
        EXPECT_TRUE(refused(bad)) << bad;
    EXPECT_TRUE(refused("1e999")); // out of range, not infinity
}

TEST(ParseBool, Words)
{
    for (const char* t : {"1", "yes", "TRUE", "Y", "是", "x", "return", "退货"})
        EXPECT_EQ(parseBool(t), true) << t;
    for (const char* f : {"0", "no", "False", "N", "否", "sale", "购买"})
        EXPECT_EQ(parseBool(f), false) << f;
    EXPECT_FALSE(parseBool("maybe"));
    EXPECT_FALSE(parseBool(""));
}

// The five Kano answers (Kano et al. 1984; the wording of Berger et al. 1993): 1 like,
// 2 must-be, 3 neutral, 4 live-with, 5 dislike.
TEST(ParseKanoAnswer, CodesEnglishAndChinese)
{
    struct Case
    {
        const char* text;
        int code;
    };
    for (Case c : std::initializer_list<Case>{{"1", 1},
                                              {"5", 5},
                                              {"like", 1},
                                              {"I like it", 1},
                                              {"Must-be", 2},
                                              {"must be", 2},
                                              {"expect", 2},
                                              {"I expect it.", 2},
                                              {"It must be that way", 2},
                                              {"neutral", 3},
                                              {"I am neutral", 3},
                                              {"live with", 4},
                                              {"I can live with it", 4},
                                              {"tolerate", 4},
                                              {"dislike", 5},
                                              {"I dislike it that way", 5},
                                              {"喜欢", 1},
                                              {"我喜欢", 1},
                                              {"理应如此", 2},
                                              {"理所当然", 2},
                                              {"无所谓", 3},
                                              {"能忍受", 4},
                                              {"可以忍受", 4},
                                              {"不喜欢", 5},
                                              {"喜歡", 1},
                                              {"理應如此", 2},
                                              {"無所謂", 3},
                                              {"不喜歡", 5},
                                              {" 不喜欢。", 5}})
        EXPECT_EQ(parseKanoAnswer(c.text), c.code) << c.text;
    for (const char* bad : {"", "0", "6", "maybe", "喜", "likes it a lot"})
        EXPECT_FALSE(parseKanoAnswer(bad)) << bad;
}

TEST(ColumnProfiler, TypesAndDecisions)
{
    ColumnProfiler ints;
    for (const char* v : {"1", "2", "", "30"})
        ints.add(v);
    EXPECT_EQ(ints.type(), ColumnType::Integer);
    EXPECT_EQ(ints.nonEmpty(), 3);

    ColumnProfiler money;
    for (const char* v : {"¥12.50", "1,234.00", "7"})
        money.add(v);
    EXPECT_EQ(money.type(), ColumnType::Number);
    EXPECT_EQ(money.decimalMark(), DecimalMark::Point);

    ColumnProfiler comma;
    for (const char* v : {"1,234", "12,5"})
        comma.add(v);
    EXPECT_EQ(comma.decimalMark(), DecimalMark::Comma);

    ColumnProfiler dates;
    for (const char* v : {"05/03/2024", "06/04/2024"})
        dates.add(v);
    EXPECT_EQ(dates.type(), ColumnType::Date);
    EXPECT_TRUE(dates.dateOrderNeeded());
    dates.add("25/04/2024");
    EXPECT_FALSE(dates.dateOrderNeeded());
    EXPECT_EQ(dates.dateOrder(), DateOrder::DayFirst);
    dates.add("04/25/2024");
    EXPECT_TRUE(dates.dateOrderConflict());

    ColumnProfiler times;
    times.add("2024-03-05 10:00");
    EXPECT_EQ(times.type(), ColumnType::DateTime);

    ColumnProfiler words;
    for (const char* v : {"yes", "no"})
        words.add(v);
    EXPECT_EQ(words.type(), ColumnType::Boolean);

    ColumnProfiler text;
    for (const char* v : {"Paris", "12"})
        text.add(v);
    EXPECT_EQ(text.type(), ColumnType::Text);

    EXPECT_EQ(ColumnProfiler().type(), ColumnType::Empty);
}
