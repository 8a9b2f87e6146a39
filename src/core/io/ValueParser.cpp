#include "valuedesk/io/ValueParser.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/kano/Answer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace vd::io {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool startsWith(std::string_view s, std::string_view p)
{
    return s.substr(0, p.size()) == p;
}
bool endsWith(std::string_view s, std::string_view p)
{
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

// Full-width digits and punctuation to ASCII, exotic spaces to ' ', U+2212 to '-', and the
// full-width comma (only ever a thousands separator in Chinese) to an apostrophe. Returns
// text itself when it is pure ASCII (the common case: no copy).
std::string_view normalize(std::string_view text, std::string& storage)
{
    bool ascii = true;
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return text;
    storage.clear();
    for (std::size_t i = 0; i < text.size();) {
        std::string_view rest = text.substr(i);
        auto c0 = static_cast<unsigned char>(rest[0]);
        if (c0 == 0xEF && rest.size() >= 3 && static_cast<unsigned char>(rest[1]) == 0xBC) {
            auto c2 = static_cast<unsigned char>(rest[2]);
            if (c2 >= 0x90 && c2 <= 0x99) { // U+FF10..FF19
                storage += static_cast<char>('0' + (c2 - 0x90));
                i += 3;
                continue;
            }
            char mapped = 0;
            switch (c2) {
            case 0x8E:
                mapped = '.';
                break; // ．
            case 0x8C:
                mapped = '\'';
                break; // ，
            case 0x9A:
                mapped = ':';
                break; // ：
            case 0x8F:
                mapped = '/';
                break; // ／
            case 0x8D:
                mapped = '-';
                break; // －
            case 0x8B:
                mapped = '+';
                break; // ＋
            case 0x88:
                mapped = '(';
                break; // （
            case 0x89:
                mapped = ')';
                break; // ）
            default:
                break;
            }
            if (mapped) {
                storage += mapped;
                i += 3;
                continue;
            }
        }
        if (startsWith(rest, "\xC2\xA0")) { // no-break space
            storage += ' ';
            i += 2;
            continue;
        }
        if (startsWith(rest, "\xE2\x80\xAF") || startsWith(rest, "\xE2\x80\x89") ||
            startsWith(rest, "\xE3\x80\x80")) { // narrow no-break, thin, ideographic space
            storage += ' ';
            i += 3;
            continue;
        }
        if (startsWith(rest, "\xE2\x88\x92")) { // minus sign
            storage += '-';
            i += 3;
            continue;
        }
        storage += rest[0];
        ++i;
    }
    return storage;
}

struct Cursor
{
    std::string_view s;
    std::size_t i = 0;

    bool done() const { return i >= s.size(); }
    char peek(std::size_t k = 0) const { return i + k < s.size() ? s[i + k] : '\0'; }
    bool eat(char c)
    {
        if (peek() == c) {
            ++i;
            return true;
        }
        return false;
    }
    bool eat(std::string_view lit)
    {
        if (startsWith(s.substr(i), lit)) {
            i += lit.size();
            return true;
        }
        return false;
    }
    bool eatNoCase(std::string_view lit)
    {
        if (i + lit.size() <= s.size() && iequals(s.substr(i, lit.size()), lit)) {
            i += lit.size();
            return true;
        }
        return false;
    }
    void spaces()
    {
        while (peek() == ' ')
            ++i;
    }
    // Reads min..max digits; returns how many (0 when fewer than min).
    int number(int min, int max, int& value)
    {
        int n = 0;
        value = 0;
        while (n < max && isDigit(peek())) {
            value = value * 10 + (s[i] - '0');
            ++i;
            ++n;
        }
        if (n < min) {
            i -= static_cast<std::size_t>(n);
            return 0;
        }
        return n;
    }
    int digitRun() const
    {
        int n = 0;
        while (isDigit(peek(static_cast<std::size_t>(n))))
            ++n;
        return n;
    }
};

int monthFromName(Cursor& c)
{
    static const std::array<const char*, 12> full = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (int m = 0; m < 12; ++m)
        if (c.eatNoCase(full[static_cast<std::size_t>(m)]))
            return m + 1;
    if (c.eatNoCase("sept"))
        return 9;
    for (int m = 0; m < 12; ++m)
        if (c.eatNoCase(std::string_view(full[static_cast<std::size_t>(m)], 3))) {
            c.eat('.');
            return m + 1;
        }
    return 0;
}

struct Clock
{
    int h = 0, m = 0, s = 0;
    std::int64_t offset = 0; // seconds east of UTC
    bool present = false;
};

// Optional time part after a date; returns false with error set when malformed.
bool parseTime(Cursor& c, Clock& t, std::string& error)
{
    std::size_t before = c.i;
    c.spaces();
    if (c.peek() == 'T' && isDigit(c.peek(1)))
        ++c.i;
    c.spaces();
    int half = 0; // 1 am, 2 pm
    if (c.eat("上午") || c.eat("凌晨") || c.eat("早上"))
        half = 1;
    else if (c.eat("下午") || c.eat("晚上") || c.eat("中午"))
        half = 2;
    c.spaces();
    if (c.done() && half == 0) {
        c.i = c.done() && before == c.s.size() ? before : c.i;
        return true;
    }
    if (!isDigit(c.peek())) {
        error = "unrecognised text after the date";
        return false;
    }
    t.present = true;
    if (!c.number(1, 2, t.h)) {
        error = "bad hour";
        return false;
    }
    if (c.eat(':')) {
        if (c.number(2, 2, t.m) == 0) {
            error = "minutes need two digits";
            return false;
        }
        if (c.eat(':')) {
            if (c.number(2, 2, t.s) == 0) {
                error = "seconds need two digits";
                return false;
            }
            if (c.eat('.') || c.eat(',')) {
                if (!isDigit(c.peek())) {
                    error = "bad fraction of a second";
                    return false;
                }
                while (isDigit(c.peek()))
                    ++c.i; // fractions of a second are dropped: times are whole seconds
            }
        }
    } else if (c.eat("时") || c.eat("点") || c.eat("時") || c.eat("點")) {
        if (isDigit(c.peek())) {
            if (!c.number(1, 2, t.m) || !(c.eat("分"))) {
                error = "bad minutes";
                return false;
            }
            if (isDigit(c.peek()) && (!c.number(1, 2, t.s) || !c.eat("秒"))) {
                error = "bad seconds";
                return false;
            }
        } else {
            c.eat("整");
        }
    } else {
        error = "a time needs minutes (HH:MM)";
        return false;
    }
    c.spaces();
    if (c.eatNoCase("am") || c.eatNoCase("a.m."))
        half = half ? -1 : 1;
    else if (c.eatNoCase("pm") || c.eatNoCase("p.m."))
        half = half ? -1 : 2;
    if (half < 0) {
        error = "two AM/PM markers";
        return false;
    }
    if (half) {
        if (t.h < 1 || t.h > 12) {
            error = "an AM/PM hour must be 1 to 12";
            return false;
        }
        t.h = (t.h % 12) + (half == 2 ? 12 : 0);
    }
    if (t.h > 23 || t.m > 59 || t.s > 59) {
        error = "no such time of day";
        return false;
    }
    c.spaces();
    if (c.eat('Z') || c.eatNoCase("utc") || c.eatNoCase("gmt")) {
        // UTC; an offset may still follow UTC/GMT ("GMT+8")
    }
    if (c.peek() == '+' || c.peek() == '-') {
        int sign = c.peek() == '-' ? -1 : 1;
        ++c.i;
        int oh = 0, om = 0;
        int n = c.number(1, 2, oh);
        if (!n) {
            error = "bad time-zone offset";
            return false;
        }
        if (c.eat(':') ? !c.number(2, 2, om) : (c.number(2, 2, om), false)) {
            error = "bad time-zone offset";
            return false;
        }
        if (oh > 14 || om > 59) {
            error = "bad time-zone offset";
            return false;
        }
        t.offset = sign * (oh * 3600 + om * 60);
    }
    return true;
}

DateValue finish(int y, int m, int d, Cursor& c, DateEvidence evidence)
{
    DateValue out;
    out.evidence = evidence;
    Clock t;
    if (!parseTime(c, t, out.error))
        return out;
    c.spaces();
    if (!c.done()) {
        out.error = "unrecognised text after the date";
        return out;
    }
    if (y < 1000 || y > 9999 || !date::isValid(y, m, d)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "no such date (%04d-%02d-%02d)", y, m, d);
        out.error = buf;
        return out;
    }
    out.hasTime = t.present;
    out.epoch = date::toEpoch(y, m, d, t.h, t.m, t.s) - t.offset;
    return out;
}

DateValue fail(std::string reason, DateEvidence evidence = DateEvidence::None)
{
    DateValue out;
    out.error = std::move(reason);
    out.evidence = evidence;
    return out;
}

} // namespace

std::string_view detail::trimEnds(std::string_view text)
{
    // Called for every cell of every row: plain ASCII ends are decided from one byte; only a
    // byte >= 0x80 at an end can start or end a multi-byte space.
    auto asciiSpace = [](unsigned char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    };
    auto spaceAtFront = [](std::string_view s) -> std::size_t {
        if (startsWith(s, "\xC2\xA0"))
            return 2;
        if (startsWith(s, "\xE3\x80\x80") || startsWith(s, "\xE2\x80\xAF") ||
            startsWith(s, "\xE2\x80\x89"))
            return 3;
        return 0;
    };
    auto spaceAtBack = [](std::string_view s) -> std::size_t {
        if (endsWith(s, "\xC2\xA0"))
            return 2;
        if (endsWith(s, "\xE3\x80\x80") || endsWith(s, "\xE2\x80\xAF") ||
            endsWith(s, "\xE2\x80\x89"))
            return 3;
        return 0;
    };
    while (!text.empty()) {
        auto c = static_cast<unsigned char>(text.front());
        std::size_t n = asciiSpace(c) ? 1 : c >= 0x80 ? spaceAtFront(text) : 0;
        if (!n)
            break;
        text.remove_prefix(n);
    }
    while (!text.empty()) {
        auto c = static_cast<unsigned char>(text.back());
        std::size_t n = asciiSpace(c) ? 1 : c >= 0x80 ? spaceAtBack(text) : 0;
        if (!n)
            break;
        text.remove_suffix(n);
    }
    return text;
}

const char* dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return "dmy";
    case DateOrder::MonthFirst:
        return "mdy";
    default:
        return "unknown";
    }
}

DateOrder parseDateOrder(std::string_view text)
{
    std::string t;
    for (char c : text)
        t += lower(c);
    if (t == "dmy" || t == "day-first" || t == "dayfirst" || t == "dd/mm/yyyy")
        return DateOrder::DayFirst;
    if (t == "mdy" || t == "month-first" || t == "monthfirst" || t == "mm/dd/yyyy")
        return DateOrder::MonthFirst;
    throw InputError("date order must be dmy (day first, 25/03/2024) or mdy (month first, "
                     "03/25/2024), not \"" +
                     std::string(text) + "\"");
}

DateValue parseDate(std::string_view text, DateOrder order)
{
    std::string storage;
    std::string_view s = trim(normalize(trim(text), storage));
    if (s.empty())
        return fail("empty");
    Cursor c{s};
    int run = c.digitRun();

    if (run == 4 || run == 8) {
        int y = 0, m = 0, d = 0;
        if (run == 8) { // YYYYMMDD
            c.number(4, 4, y);
            c.number(2, 2, m);
            c.number(2, 2, d);
            return finish(y, m, d, c, DateEvidence::None);
        }
        c.number(4, 4, y);
        if (c.eat("年")) {
            if (!c.number(1, 2, m) || !c.eat("月") || !c.number(1, 2, d) ||
                !(c.eat("日") || c.eat("号") || c.eat("號")))
                return fail("expected 2024年3月5日");
            return finish(y, m, d, c, DateEvidence::None);
        }
        char sep = c.peek();
        if (sep != '-' && sep != '/' && sep != '.')
            return fail("not a date");
        ++c.i;
        if (!c.number(1, 2, m) || !c.eat(sep) || !c.number(1, 2, d))
            return fail("expected YYYY" + std::string(1, sep) + "MM" + std::string(1, sep) + "DD");
        return finish(y, m, d, c, DateEvidence::None);
    }

    if (run == 1 || run == 2) {
        int a = 0;
        c.number(1, 2, a);
        char sep = c.peek();
        // 5 Mar 2024, 05-Mar-2024
        if ((sep == ' ' || sep == '-') && isAlpha(c.peek(1))) {
            ++c.i;
            int m = monthFromName(c);
            if (!m)
                return fail("unknown month name");
            if (!(c.eat(sep) || c.eat(' ')))
                return fail("expected day month year");
            int y = 0;
            int yn = c.digitRun();
            if (yn == 2)
                return fail("two-digit year: write the year in full (2024)");
            if (!c.number(4, 4, y))
                return fail("expected a four-digit year");
            return finish(y, m, a, c, DateEvidence::None);
        }
        if (sep != '/' && sep != '-' && sep != '.')
            return fail("not a date");
        ++c.i;
        int b = 0;
        if (!c.number(1, 2, b) || !c.eat(sep))
            return fail("not a date");
        int yn = c.digitRun();
        if (yn == 2)
            return fail("two-digit year: write the year in full (2024)");
        int y = 0;
        if (!c.number(4, 4, y))
            return fail("expected a four-digit year");
        // 05.03.2024: the dotted form is written day first wherever it is used, so it is read
        // so unless month-first was asked for; it proves nothing about its column.
        if (sep == '.')
            return order == DateOrder::MonthFirst ? finish(y, a, b, c, DateEvidence::None)
                                                  : finish(y, b, a, c, DateEvidence::None);
        DateEvidence ev = DateEvidence::None;
        if (a > 12 && b <= 12)
            ev = DateEvidence::DayFirst;
        else if (b > 12 && a <= 12)
            ev = DateEvidence::MonthFirst;
        else if (a <= 12 && b <= 12 && a != b)
            ev = DateEvidence::Ambiguous;
        else if (a > 12 && b > 12)
            return fail("no such date: neither part can be the month");
        DateOrder use = order;
        if (use == DateOrder::Unknown) {
            if (ev == DateEvidence::DayFirst)
                use = DateOrder::DayFirst;
            else if (ev == DateEvidence::MonthFirst)
                use = DateOrder::MonthFirst;
            else if (ev == DateEvidence::Ambiguous)
                return fail("ambiguous day/month order; choose the date order (dmy or mdy)", ev);
            else
                use = DateOrder::DayFirst; // a == b: both orders give the same date
        }
        DateValue v = use == DateOrder::DayFirst ? finish(y, b, a, c, ev) : finish(y, a, b, c, ev);
        if (!v.epoch && v.error.rfind("no such date", 0) == 0)
            v.error += use == DateOrder::DayFirst ? " in day/month/year order"
                                                  : " in month/day/year order";
        return v;
    }

    if (isAlpha(c.peek())) { // March 5, 2024 / Mar 5 2024
        int m = monthFromName(c);
        if (!m)
            return fail("not a date");
        c.spaces();
        int d = 0;
        if (!c.number(1, 2, d))
            return fail("expected month day, year");
        c.eat(',');
        c.spaces();
        int y = 0;
        if (c.digitRun() == 2)
            return fail("two-digit year: write the year in full (2024)");
        if (!c.number(4, 4, y))
            return fail("expected a four-digit year");
        return finish(y, m, d, c, DateEvidence::None);
    }
    return fail("not a date");
}

// ---------------------------------------------------------------- numbers

const char* decimalMarkName(DecimalMark mark)
{
    switch (mark) {
    case DecimalMark::Point:
        return "point";
    case DecimalMark::Comma:
        return "comma";
    default:
        return "unknown";
    }
}

DecimalMark parseDecimalMark(std::string_view text)
{
    if (text == "point" || text == "." || text == "dot")
        return DecimalMark::Point;
    if (text == "comma" || text == ",")
        return DecimalMark::Comma;
    throw InputError("decimal mark must be point or comma, not \"" + std::string(text) + "\"");
}

namespace {

NumberValue numberError(std::string reason)
{
    NumberValue v;
    v.error = std::move(reason);
    return v;
}

// Strips one currency marker at the front (back = false) or the end of s.
bool stripCurrency(std::string_view& s, bool back)
{
    static const char* const markers[] = {"RMB",
                                          "CNY",
                                          "USD",
                                          "EUR",
                                          "GBP",
                                          "HKD",
                                          "HK$",
                                          "US$",
                                          "$",
                                          "\xC2\xA5" /*¥*/,
                                          "\xEF\xBF\xA5" /*￥*/,
                                          "\xE2\x82\xAC" /*€*/,
                                          "\xC2\xA3" /*£*/,
                                          "元",
                                          "圆"};
    for (const char* m : markers) {
        std::string_view mk(m);
        if (s.size() < mk.size())
            continue;
        std::string_view part = back ? s.substr(s.size() - mk.size()) : s.substr(0, mk.size());
        if (iequals(part, mk)) {
            if (back)
                s.remove_suffix(mk.size());
            else
                s.remove_prefix(mk.size());
            s = trim(s);
            return true;
        }
    }
    return false;
}

bool validGroups(std::string_view intPart, char group)
{
    // First group 1..3 digits (not a lone 0), then groups of exactly three.
    std::size_t first = intPart.find(group);
    if (first == std::string_view::npos)
        return true;
    if (first == 0 || first > 3)
        return false;
    if (first == 1 && intPart[0] == '0')
        return false;
    std::size_t pos = first;
    while (pos != std::string_view::npos) {
        std::size_t nextSep = intPart.find(group, pos + 1);
        std::size_t len = (nextSep == std::string_view::npos ? intPart.size() : nextSep) - pos - 1;
        if (len != 3)
            return false;
        pos = nextSep;
    }
    return true;
}

} // namespace

NumberValue parseNumber(std::string_view text, DecimalMark mark)
{
    std::string storage;
    std::string_view s = trim(normalize(trim(text), storage));
    if (s.empty())
        return numberError("empty");

    // Fast path: plain [-]digits[.digits], the bulk of any machine-written file.
    {
        std::size_t i = s[0] == '-' ? 1 : 0;
        std::size_t digits = 0, points = 0;
        bool plain = i < s.size();
        for (std::size_t k = i; k < s.size(); ++k) {
            char ch = s[k];
            if (isDigit(ch))
                ++digits;
            else if (ch == '.' && points == 0)
                ++points;
            else {
                plain = false;
                break;
            }
        }
        if (plain && digits > 0) {
            std::size_t dot = s.find('.');
            bool ambiguous = points == 1 && s.size() - dot - 1 == 3 && dot - i >= 1 &&
                             dot - i <= 3 && !(dot - i == 1 && s[i] == '0');
            if (!ambiguous || mark == DecimalMark::Point) {
                NumberValue v;
                double d = 0;
                auto r = std::from_chars(s.data(), s.data() + s.size(), d);
                if (r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(d)) {
                    v.value = d;
                    if (points)
                        v.evidence = ambiguous ? DecimalMark::Unknown : DecimalMark::Point;
                    v.ambiguous = ambiguous;
                    return v;
                }
            }
        }
    }

    bool negative = false;
    int signs = 0;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        ++signs;
        s = trim(s.substr(1, s.size() - 2));
    }
    auto eatSign = [&]() {
        if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
            negative = negative || s.front() == '-';
            ++signs;
            s = trim(s.substr(1));
            return true;
        }
        return false;
    };
    for (int guard = 0; guard < 4 && (eatSign() || stripCurrency(s, false)); ++guard) {
    }
    while (stripCurrency(s, true)) {
    }
    double multiplier = 1;
    if (endsWith(s, "万") || endsWith(s, "萬")) {
        multiplier = 1e4;
        s = trim(s.substr(0, s.size() - 3));
    } else if (endsWith(s, "亿") || endsWith(s, "億")) {
        multiplier = 1e8;
        s = trim(s.substr(0, s.size() - 3));
    }
    while (stripCurrency(s, true)) {
    }
    if (signs > 1)
        return numberError("more than one sign");
    if (s.empty())
        return numberError("no digits");

    // Exponent.
    std::string_view exponent;
    if (std::size_t e = s.find_first_of("eE"); e != std::string_view::npos) {
        exponent = s.substr(e + 1);
        s = s.substr(0, e);
        std::size_t k = (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) ? 1 : 0;
        if (k >= exponent.size())
            return numberError("bad exponent");
        for (; k < exponent.size(); ++k)
            if (!isDigit(exponent[k]))
                return numberError("bad exponent");
    }
    std::size_t commas = 0, points = 0, others = 0;
    char other = 0;
    for (char ch : s) {
        if (isDigit(ch))
            continue;
        if (ch == ',')
            ++commas;
        else if (ch == '.')
            ++points;
        else if (ch == ' ' || ch == '\'') {
            if (other && other != ch)
                return numberError("mixed thousands separators");
            other = ch;
            ++others;
        } else {
            return numberError("not a number");
        }
    }
    if (!isDigit(s.back()) && s.back() != '.' && s.back() != ',')
        return numberError("not a number");

    NumberValue v;
    char decimalChar = 0, groupChar = other;
    if (commas && points) {
        decimalChar = s.find_last_of(",.") == s.rfind(',') ? ',' : '.';
        char g = decimalChar == ',' ? '.' : ',';
        if ((decimalChar == ',' ? commas : points) != 1)
            return numberError("two decimal marks");
        if (other)
            return numberError("mixed thousands separators");
        groupChar = g;
        v.evidence = decimalChar == ',' ? DecimalMark::Comma : DecimalMark::Point;
    } else if (commas || points) {
        char k = commas ? ',' : '.';
        std::size_t count = commas ? commas : points;
        if (count >= 2) {
            if (other)
                return numberError("mixed thousands separators");
            groupChar = k;
            v.evidence = k == ',' ? DecimalMark::Point : DecimalMark::Comma;
        } else {
            std::size_t at = s.find(k);
            std::string_view intPart = s.substr(0, at);
            std::size_t after = s.size() - at - 1;
            bool couldGroup = after == 3 && exponent.empty() &&
                              validGroups(std::string(intPart) + k + "000", k) &&
                              (other == 0 || validGroups(intPart, other));
            if (couldGroup && other == 0) {
                // 1,234 or 1.234: the column decides.
                v.ambiguous = true;
                DecimalMark use = mark;
                if (use == DecimalMark::Unknown) {
                    NumberValue a =
                        numberError("ambiguous: \"" + std::string(s) +
                                    "\" may use the separator for thousands or decimals");
                    a.ambiguous = true;
                    return a;
                }
                decimalChar = (use == DecimalMark::Comma) == (k == ',') ? k : 0;
                if (!decimalChar)
                    groupChar = k;
            } else {
                decimalChar = k;
                v.evidence = k == ',' ? DecimalMark::Comma : DecimalMark::Point;
            }
        }
    }
    if (mark != DecimalMark::Unknown && v.evidence != DecimalMark::Unknown && v.evidence != mark)
        return numberError(std::string("written with a decimal ") +
                           (v.evidence == DecimalMark::Comma ? "comma" : "point") +
                           " but the column uses a decimal " +
                           (mark == DecimalMark::Comma ? "comma" : "point"));

    std::string_view intPart = s, frac;
    if (decimalChar) {
        std::size_t at = s.find(decimalChar);
        intPart = s.substr(0, at);
        frac = s.substr(at + 1);
        for (char ch : frac)
            if (!isDigit(ch))
                return numberError("separator after the decimal mark");
    }
    if (groupChar && !validGroups(intPart, groupChar))
        return numberError("thousands separators not in groups of three");
    std::string clean;
    clean.reserve(s.size() + exponent.size() + 3);
    if (negative)
        clean += '-';
    for (char ch : intPart)
        if (isDigit(ch))
            clean += ch;
    if (intPart.empty() || clean.size() == (negative ? 1u : 0u))
        clean += '0';
    if (!frac.empty()) {
        clean += '.';
        clean.append(frac);
    }
    if (!exponent.empty()) {
        clean += 'e';
        clean.append(exponent);
    }
    if (intPart.empty() && frac.empty())
        return numberError("no digits");
    double d = 0;
    auto r = std::from_chars(clean.data(), clean.data() + clean.size(), d);
    if (r.ec != std::errc() || r.ptr != clean.data() + clean.size())
        return numberError("not a number");
    d *= multiplier;
    if (!std::isfinite(d))
        return numberError("out of range");
    v.value = d;
    return v;
}

// ---------------------------------------------------------------- words

namespace {

// Lower-case ASCII; drops spaces and punctuation so that "I can live with it." and
// "live-with" compare by their letters.
std::string squash(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (static_cast<unsigned char>(c) < 0x80) {
            if (isAlpha(c) || isDigit(c))
                out += lower(c);
            continue;
        }
        std::string_view rest = text.substr(i);
        // Chinese punctuation: 。，、！“”‘’（）and the ideographic space.
        static const char* const punct[] = {"。", "，", "、", "！",           "“", "”", "‘",
                                            "’",  "（", "）", "\xE3\x80\x80", "～"};
        bool skipped = false;
        for (const char* p : punct)
            if (startsWith(rest, p)) {
                i += std::strlen(p) - 1;
                skipped = true;
                break;
            }
        if (!skipped)
            out += c;
    }
    return out;
}

} // namespace

std::optional<bool> parseBool(std::string_view text)
{
    std::string t = squash(trim(text));
    static const char* const yes[] = {"1",      "true", "yes",  "y",    "t",      "x",
                                      "是",     "对",   "對",   "有",   "return", "returned",
                                      "refund", "退货", "退貨", "退款", "真"};
    static const char* const no[] = {"0",     "false", "no",   "n",    "f",    "否",
                                     "错",    "錯",    "无",   "無",   "sale", "purchase",
                                     "order", "购买",  "購買", "销售", "銷售", "假"};
    for (const char* y : yes)
        if (t == y)
            return true;
    for (const char* n : no)
        if (t == n)
            return false;
    return std::nullopt;
}

std::optional<int> parseKanoAnswer(std::string_view text)
{
    // One reader of answers for the whole application: the Kano module's (codes, English
    // questionnaire wording, simplified and traditional Chinese).
    if (auto a = kano::parseAnswer(text))
        return kano::codeOf(*a);
    return std::nullopt;
}

// ---------------------------------------------------------------- column profile

const char* columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Empty:
        return "empty";
    case ColumnType::Integer:
        return "integer";
    case ColumnType::Number:
        return "number";
    case ColumnType::Date:
        return "date";
    case ColumnType::DateTime:
        return "date-time";
    case ColumnType::Boolean:
        return "yes/no";
    case ColumnType::Text:
        return "text";
    }
    return "text";
}

void ColumnProfiler::add(std::string_view value)
{
    value = trim(value);
    if (value.empty())
        return;
    ++m_nonEmpty;
    if (m_allNumber || m_allInteger) {
        NumberValue n = parseNumber(value, DecimalMark::Unknown);
        if (n.ambiguous) {
            m_decimalAmbiguous = true;
            m_allInteger = false;
        } else if (!n.value) {
            m_allNumber = m_allInteger = false;
        } else {
            if (n.evidence == DecimalMark::Point)
                m_point = true;
            if (n.evidence == DecimalMark::Comma)
                m_comma = true;
            if (*n.value != std::floor(*n.value) ||
                value.find_first_of(".,") != std::string_view::npos)
                m_allInteger = false;
        }
    }
    if (m_allBool && !parseBool(value))
        m_allBool = false;
    if (m_allDate) {
        DateValue d = parseDate(value, DateOrder::Unknown);
        switch (d.evidence) {
        case DateEvidence::DayFirst:
            m_dayFirst = true;
            break;
        case DateEvidence::MonthFirst:
            m_monthFirst = true;
            break;
        case DateEvidence::Ambiguous:
            m_dateAmbiguous = true;
            break;
        case DateEvidence::None:
            break;
        }
        if (!d.epoch && d.evidence != DateEvidence::Ambiguous)
            m_allDate = false;
        if (d.hasTime)
            m_anyTime = true;
    }
}

ColumnType ColumnProfiler::type() const
{
    if (m_nonEmpty == 0)
        return ColumnType::Empty;
    // 0/1 columns are integers first: a flag column is still shown as yes/no when the target
    // field says so.
    if (m_allInteger && !m_decimalAmbiguous)
        return ColumnType::Integer;
    if (m_allNumber && !decimalConflict())
        return ColumnType::Number;
    if (m_allDate)
        return m_anyTime ? ColumnType::DateTime : ColumnType::Date;
    if (m_allBool)
        return ColumnType::Boolean;
    return ColumnType::Text;
}

DateOrder ColumnProfiler::dateOrder() const
{
    if (m_dayFirst && !m_monthFirst)
        return DateOrder::DayFirst;
    if (m_monthFirst && !m_dayFirst)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

DecimalMark ColumnProfiler::decimalMark() const
{
    if (m_point && !m_comma)
        return DecimalMark::Point;
    if (m_comma && !m_point)
        return DecimalMark::Comma;
    return DecimalMark::Unknown;
}

} // namespace vd::io
