#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vd::io {

// The parsing rules for the cells of an imported file (docs/methods.md, "Import"). Exports
// from shops, CRMs and survey tools write dates and numbers in many local ways; each rule
// here accepts one of them exactly or refuses with a reason, and never guesses between two
// readings of the same text: an ambiguous day/month or decimal mark is decided per column
// by the caller (from other values of the column or from the user).

namespace detail {
std::string_view trimEnds(std::string_view text);
}

// Leading and trailing ASCII white space, no-break spaces and ideographic spaces removed.
// Inline for the common cell that starts and ends with a visible ASCII character: the
// importer trims every cell several times, 10^8 calls for 10^7 rows.
inline std::string_view trim(std::string_view text)
{
    auto plain = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > ' ' && u < 0x80;
    };
    if (text.empty() || (plain(text.front()) && plain(text.back())))
        return text;
    return detail::trimEnds(text);
}

// Order of day and month in dates written with the year last (05/03/2024).
enum class DateOrder { Unknown, DayFirst, MonthFirst };
const char* dateOrderName(DateOrder order); // "dmy", "mdy", "unknown"
// "dmy"/"day-first" or "mdy"/"month-first"; throws vd::InputError otherwise.
DateOrder parseDateOrder(std::string_view text);

// What one value says about the day/month order of its column.
enum class DateEvidence {
    None,       // no day/month question (ISO, 2024年3月5日, 05.03.2024, 03/03/2024, ...)
    DayFirst,   // 25/03/2024: only day-first reads it
    MonthFirst, // 03/25/2024: only month-first reads it
    Ambiguous,  // 05/03/2024: both readings are valid and differ
};

struct DateValue
{
    std::optional<std::int64_t> epoch; // UTC Unix seconds; empty when not a (readable) date
    DateEvidence evidence = DateEvidence::None;
    bool hasTime = false;
    std::string error; // why not, when epoch is empty
};

// Accepts: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD, 2024年3月5日 (日 or 号), DD.MM.YYYY
// (always day first), DD/MM/YYYY or MM/DD/YYYY and the same with '-' (per order; an ambiguous
// value with order Unknown returns no epoch and evidence Ambiguous), month names (5 Mar 2024,
// 05-Mar-2024, March 5, 2024); each optionally followed (after a space or T) by HH:MM[:SS[.f]]
// with AM/PM or 上午/下午, or 14时30分[15秒] / 14点30分, and Z or an offset (+08:00) which is
// converted to UTC. Times without an offset are taken as written. Two-digit years are refused.
DateValue parseDate(std::string_view text, DateOrder order = DateOrder::Unknown);

// Which character separates the decimals in a column.
enum class DecimalMark { Unknown, Point, Comma };
const char* decimalMarkName(DecimalMark mark); // "point", "comma", "unknown"
DecimalMark parseDecimalMark(std::string_view text);

struct NumberValue
{
    std::optional<double> value;
    DecimalMark evidence = DecimalMark::Unknown; // the mark this value proves, if any
    bool ambiguous = false; // 1,234 or 1.234: a decimal or a thousands separator
    std::string error;
};

// Accepts an optional sign (+, -, U+2212) or parentheses for a negative; currency symbols
// and codes before or after (¥ ￥ $ € £ RMB CNY USD EUR GBP HKD 元); thousands separators
// (comma, point, space, no-break space, apostrophe, full-width comma) in groups of three;
// a decimal point or comma; full-width digits; a 万 (10^4) or 亿 (10^8) multiplier; an
// exponent (1.5E+03). With both ',' and '.' present the last one is the decimal mark; a
// single separator followed by other than three digits is a decimal mark; 1,234 and 1.234
// are read with mark and are refused as ambiguous when mark is Unknown.
NumberValue parseNumber(std::string_view text, DecimalMark mark);

// true/false, yes/no, y/n, t/f, 1/0, x/empty-is-not-accepted, 是/否, 对/错, 有/无, and for
// is_return columns return/refund/退货/退款 against sale/purchase/order/购买/销售.
std::optional<bool> parseBool(std::string_view text);

// Kano answer codes: 1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike, from the code
// itself, English words (like, must-be, expect, neutral, live with, tolerate, dislike and
// the questionnaire sentences "I like it", "I expect it", "I can live with it", ...) or
// Chinese (喜欢, 理应如此, 无所谓, 能忍受, 不喜欢 and close variants, simplified or
// traditional).
std::optional<int> parseKanoAnswer(std::string_view text);

// The type a column's values suggest, for the import wizard's preview.
enum class ColumnType { Empty, Integer, Number, Date, DateTime, Boolean, Text };
const char* columnTypeName(ColumnType type);

// Collects the values of one column and says what they are: the narrowest type every
// non-empty value parses as, and what the column says about day/month order and decimals.
class ColumnProfiler
{
public:
    void add(std::string_view value);

    ColumnType type() const;
    std::int64_t nonEmpty() const { return m_nonEmpty; }
    // Day/month order the dates prove; Unknown when undecided or not needed.
    DateOrder dateOrder() const;
    bool dateOrderNeeded() const { return m_dateAmbiguous && !m_dayFirst && !m_monthFirst; }
    bool dateOrderConflict() const { return m_dayFirst && m_monthFirst; }
    DecimalMark decimalMark() const;
    bool decimalConflict() const { return m_point && m_comma; }
    bool decimalAmbiguous() const { return m_decimalAmbiguous && !m_point && !m_comma; }

private:
    std::int64_t m_nonEmpty = 0;
    bool m_allInteger = true, m_allNumber = true, m_allDate = true, m_anyTime = false,
         m_allBool = true;
    bool m_dayFirst = false, m_monthFirst = false, m_dateAmbiguous = false;
    bool m_point = false, m_comma = false, m_decimalAmbiguous = false;
};

} // namespace vd::io
