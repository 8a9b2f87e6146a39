#include "valuedesk/kano/Answer.h"

#include <string>
#include <unordered_map>

namespace vd::kano {

std::optional<Answer> answerFromCode(std::int64_t code)
{
    if (code < 1 || code > 5)
        return std::nullopt;
    return static_cast<Answer>(code);
}

std::string_view code(Answer answer)
{
    switch (answer) {
    case Answer::Like:
        return "like";
    case Answer::MustBe:
        return "must_be";
    case Answer::Neutral:
        return "neutral";
    case Answer::LiveWith:
        return "live_with";
    case Answer::Dislike:
        return "dislike";
    }
    return "unknown";
}

std::string_view displayName(Answer answer)
{
    switch (answer) {
    case Answer::Like:
        return "Like";
    case Answer::MustBe:
        return "Must-be";
    case Answer::Neutral:
        return "Neutral";
    case Answer::LiveWith:
        return "Live-with";
    case Answer::Dislike:
        return "Dislike";
    }
    return "Unknown";
}

namespace {

// UTF-8 sequences that carry no meaning in an answer: white space and punctuation that
// survey tools and typists put around the words.
constexpr std::string_view kIgnoredUtf8[] = {
    "\xC2\xA0",     // no-break space
    "\xE3\x80\x80", // ideographic space
    "\xEF\xBB\xBF", // byte order mark
    "\xE2\x80\x98", // left single quotation mark
    "\xE2\x80\x99", // right single quotation mark (I can’t, don’t)
    "\xE2\x80\x93", // en dash
    "\xE2\x80\x94", // em dash
    "\xE3\x80\x82", // 。
    "\xE3\x80\x81", // 、
    "\xEF\xBC\x81", // ！
    "\xEF\xBC\x8C", // ，
    "\xEF\xBC\x8E", // ．
    "\xEF\xBC\x9A", // ：
    "\xEF\xBC\x88", // （
    "\xEF\xBC\x89", // ）
    "\xEF\xBC\x8D", // －
};

bool isIgnoredAscii(char c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case '\v':
    case '\f':
    case '-':
    case '_':
    case '\'':
    case '"':
    case '.':
    case ',':
    case '!':
    case '?':
    case ':':
    case ';':
    case '/':
    case '(':
    case ')':
    case '[':
    case ']':
        return true;
    default:
        return false;
    }
}

// Lower-case ASCII, full-width digits made ASCII, ignorable characters dropped.
std::string normalize(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) < 0x80) {
            if (!isIgnoredAscii(c))
                out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            ++i;
            continue;
        }
        bool skipped = false;
        for (std::string_view seq : kIgnoredUtf8) {
            if (text.substr(i, seq.size()) == seq) {
                i += seq.size();
                skipped = true;
                break;
            }
        }
        if (skipped)
            continue;
        // Full-width digits ０..９ are EF BC 90..99.
        if (i + 2 < text.size() && text[i] == '\xEF' && text[i + 1] == '\xBC' &&
            static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
            static_cast<unsigned char>(text[i + 2]) <= 0x99) {
            out += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
            i += 3;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

const std::unordered_map<std::string_view, Answer>& words()
{
    // Normalised spellings (see normalize()): no spaces, hyphens or apostrophes.
    static const std::unordered_map<std::string_view, Answer> table = [] {
        std::unordered_map<std::string_view, Answer> t;
        auto put = [&t](Answer a, std::initializer_list<std::string_view> list) {
            for (std::string_view w : list)
                t.emplace(w, a);
        };
        put(Answer::Like, {"like",
                           "ilike",
                           "likeit",
                           "ilikeit",
                           "likeitthatway",
                           "ilikeitthatway",
                           "iwouldlikeit",
                           "iwouldlikeitthatway",
                           "delighted",
                           "iwouldbedelighted",
                           "thiswouldbeveryhelpfultome",
                           "喜欢",
                           "我喜欢",
                           "很喜欢",
                           "非常喜欢",
                           "我很喜欢",
                           "我会喜欢",
                           "喜欢这样",
                           "我喜欢这样",
                           "喜歡",
                           "我喜歡",
                           "很喜歡",
                           "非常喜歡",
                           "我很喜歡",
                           "我會喜歡"});
        put(Answer::MustBe, {"mustbe",
                             "itmustbe",
                             "mustbethatway",
                             "itmustbethatway",
                             "musthave",
                             "expect",
                             "expected",
                             "iexpect",
                             "expectit",
                             "iexpectit",
                             "iexpectitthatway",
                             "iexpectitthisway",
                             "itsexpected",
                             "basicrequirement",
                             "thisisabasicrequirement",
                             "thisisabasicrequirementforme",
                             "理应如此",
                             "理所当然",
                             "理所应当",
                             "理当如此",
                             "本应如此",
                             "本该如此",
                             "必须这样",
                             "必须如此",
                             "必须的",
                             "必须",
                             "应该的",
                             "应该如此",
                             "应该这样",
                             "应该有",
                             "必备",
                             "期望",
                             "我期望",
                             "理應如此",
                             "理所當然",
                             "理所應當",
                             "本應如此",
                             "必須這樣",
                             "必須如此",
                             "必須的",
                             "必須",
                             "應該的",
                             "應該如此",
                             "應該這樣",
                             "應該有"});
        put(Answer::Neutral,
            {"neutral",       "imneutral",      "iamneutral", "indifferent",
             "imindifferent", "iamindifferent", "dontcare",   "idontcare",
             "doesntmatter",  "itdoesntmatter", "noeffect",   "thiswouldnotaffectme",
             "无所谓",        "我无所谓",       "无所谓的",   "都可以",
             "都行",          "没感觉",         "没有感觉",   "不在乎",
             "中立",          "一般",           "無所謂",     "我無所謂",
             "無所謂的",      "沒感覺",         "沒有感覺"});
        put(Answer::LiveWith, {"livewith",
                               "livewithit",
                               "canlivewithit",
                               "icanlivewithit",
                               "icanlivewithitthatway",
                               "tolerate",
                               "tolerateit",
                               "cantolerateit",
                               "icantolerateit",
                               "tolerable",
                               "accept",
                               "acceptit",
                               "canacceptit",
                               "icanacceptit",
                               "icanacceptittobethatway",
                               "thiswouldbeaminorinconvenience",
                               "能忍受",
                               "可以忍受",
                               "我能忍受",
                               "我可以忍受",
                               "还能忍受",
                               "还可以忍受",
                               "忍受",
                               "勉强接受",
                               "能接受",
                               "可以接受",
                               "能容忍",
                               "可以容忍",
                               "還能忍受",
                               "還可以忍受",
                               "勉強接受"});
        put(Answer::Dislike, {"dislike",
                              "idislike",
                              "dislikeit",
                              "idislikeit",
                              "dislikeitthatway",
                              "idislikeitthatway",
                              "dontlike",
                              "idontlike",
                              "idontlikeit",
                              "donotlike",
                              "idonotlike",
                              "idonotlikeit",
                              "hate",
                              "ihateit",
                              "thiswouldbeamajorproblemforme",
                              "不喜欢",
                              "我不喜欢",
                              "很不喜欢",
                              "非常不喜欢",
                              "讨厌",
                              "很讨厌",
                              "不能接受",
                              "无法接受",
                              "不喜歡",
                              "我不喜歡",
                              "很不喜歡",
                              "非常不喜歡",
                              "討厭",
                              "很討厭",
                              "無法接受"});
        return t;
    }();
    return table;
}

std::optional<Answer> lookup(std::string_view normalized)
{
    const auto& t = words();
    auto it = t.find(normalized);
    if (it == t.end())
        return std::nullopt;
    return it->second;
}

// "1", "1.0", "5.00" -> the code; anything else nullopt.
std::optional<Answer> plainCode(std::string_view text)
{
    std::size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' ||
                     text[e - 1] == '\n'))
        --e;
    text = text.substr(b, e - b);
    if (text.empty() || text[0] < '1' || text[0] > '5')
        return std::nullopt;
    if (text.size() == 1)
        return static_cast<Answer>(text[0] - '0');
    if (text[1] != '.' || text.size() == 2)
        return std::nullopt;
    for (std::size_t i = 2; i < text.size(); ++i)
        if (text[i] != '0')
            return std::nullopt;
    return static_cast<Answer>(text[0] - '0');
}

} // namespace

std::optional<Answer> parseAnswer(std::string_view text)
{
    if (auto a = plainCode(text))
        return a;
    // A sign before a digit makes a number ("-1"), not a code with a separator.
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if ((text[i] == '-' || text[i] == '+') && text[i + 1] >= '0' && text[i + 1] <= '9')
            return std::nullopt;
    const std::string t = normalize(text);
    if (t.empty())
        return std::nullopt;
    if (t[0] >= '1' && t[0] <= '5') {
        const auto byCode = static_cast<Answer>(t[0] - '0');
        if (t.size() == 1)
            return byCode;
        // "1 - I like it": the words must say the same as the code.
        auto byWords = lookup(std::string_view(t).substr(1));
        if (byWords && *byWords == byCode)
            return byCode;
        return std::nullopt;
    }
    return lookup(t);
}

} // namespace vd::kano
