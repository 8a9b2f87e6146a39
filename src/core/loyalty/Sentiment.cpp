#include "valuedesk/loyalty/Sentiment.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace vd::loyalty {

namespace {

enum class Kind {
    Sentiment,
    Negator,
    Inability, // a negator that reads negative when it negates no sentiment word
    Booster,
    Break,
    Other
};

// Valences on VADER's -4..+4 scale, kept to words that customers of a retail or coffee chain
// actually write. Single English words are looked up after phrases of two and three words.
const std::unordered_map<std::string, double>& englishLexicon()
{
    static const std::unordered_map<std::string, double> words = {
        // positive
        {"good", 1.9},
        {"great", 3.1},
        {"excellent", 3.2},
        {"love", 3.2},
        {"loved", 2.9},
        {"lovely", 2.8},
        {"friendly", 2.2},
        {"fast", 1.2},
        {"quick", 1.2},
        {"quickly", 1.2},
        {"delicious", 2.7},
        {"tasty", 2.0},
        {"happy", 2.7},
        {"nice", 1.8},
        {"clean", 1.7},
        {"recommend", 1.5},
        {"recommended", 1.5},
        {"amazing", 2.8},
        {"perfect", 2.7},
        {"helpful", 1.8},
        {"easy", 1.9},
        {"fresh", 1.3},
        {"awesome", 3.1},
        {"best", 3.2},
        {"pleasant", 2.3},
        {"satisfied", 1.8},
        {"thanks", 1.9},
        {"thank", 1.5},
        {"enjoy", 2.2},
        {"enjoyed", 2.3},
        {"wonderful", 2.7},
        {"fantastic", 2.6},
        {"convenient", 1.8},
        {"comfortable", 1.8},
        {"comfy", 1.6},
        {"quiet", 1.0},
        {"cosy", 1.5},
        {"cozy", 1.5},
        {"smooth", 1.5},
        {"plenty", 1.2},
        {"fair", 1.2},
        {"cheap", 0.8},
        {"affordable", 1.5},
        {"reliable", 1.5},
        {"fixed", 1.2},
        {"solved", 1.3},
        {"resolved", 1.3},
        {"honoured", 1.0},
        {"honored", 1.0},
        {"personal", 0.8},
        {"reminder", 0.5},
        {"polite", 1.8},
        {"welcoming", 2.0},
        {"efficient", 1.8},
        {"hot", 0.5},
        // negative
        {"bad", -2.5},
        {"terrible", -2.1},
        {"awful", -2.0},
        {"slow", -1.2},
        {"rude", -2.0},
        {"cold", -0.8},
        {"dirty", -1.9},
        {"wrong", -2.1},
        {"late", -1.0},
        {"expensive", -1.1},
        {"pricey", -1.0},
        {"overpriced", -1.9},
        {"overcharged", -2.0},
        {"disappointed", -1.9},
        {"disappointing", -2.2},
        {"hate", -2.7},
        {"worst", -3.1},
        {"worse", -2.1},
        {"poor", -2.1},
        {"broken", -1.9},
        {"crash", -1.7},
        {"crashes", -1.7},
        {"crashed", -1.7},
        {"crashing", -1.7},
        {"bug", -1.0},
        {"buggy", -1.5},
        {"complaint", -1.5},
        {"complain", -1.5},
        {"complained", -1.5},
        {"problem", -1.7},
        {"problems", -1.7},
        {"issue", -0.8},
        {"issues", -0.8},
        {"unhappy", -1.8},
        {"angry", -2.3},
        {"refund", -0.8},
        {"missing", -1.2},
        {"missed", -1.0},
        {"burnt", -1.5},
        {"stale", -1.5},
        {"sour", -1.3},
        {"bitter", -1.0},
        {"waited", -0.8},
        {"waiting", -0.8},
        {"annoying", -1.9},
        {"horrible", -2.5},
        {"disgusting", -2.4},
        {"useless", -1.8},
        {"mess", -1.5},
        {"messy", -1.5},
        {"unfriendly", -1.9},
        {"forgot", -1.2},
        {"failed", -2.3},
        {"fail", -2.0},
        {"fails", -2.0},
        {"failing", -2.0},
        {"confusing", -1.3},
        {"confused", -1.3},
        {"complicated", -1.2},
        {"crowded", -1.3},
        {"noisy", -1.2},
        {"inconsistent", -1.3},
        {"unreliable", -1.5},
        {"frustrating", -2.0},
        {"frustrated", -2.0},
        {"ridiculous", -1.8},
        {"unacceptable", -2.3},
        {"delayed", -1.2},
        {"delay", -1.2},
        {"expired", -1.2},
        {"dropping", -1.2},
        {"dropped", -1.2},
        {"spilled", -1.2},
        {"spilt", -1.2},
        {"chatbot", -1.0},
        {"spam", -1.5},
        {"lukewarm", -1.0},
    };
    return words;
}

struct Phrase
{
    std::array<const char*, 3> words; // nullptr-terminated when shorter
    Kind kind;
    double valence;
};

// Idioms whose meaning is not the sum of their words, and the "could not" family. Matched
// on whole words before single words, longest first.
const std::vector<Phrase>& englishPhrases()
{
    static const std::vector<Phrase> phrases = {
        {{"lived", "up", "to"}, Kind::Sentiment, 1.5},
        {{"lives", "up", "to"}, Kind::Sentiment, 1.5},
        {{"did", "not", "work"}, Kind::Sentiment, -1.5},
        {{"does", "not", "work"}, Kind::Sentiment, -1.5},
        {{"third", "place", nullptr}, Kind::Sentiment, 1.5},
        {{"didn't", "work", nullptr}, Kind::Sentiment, -1.5},
        {{"doesn't", "work", nullptr}, Kind::Sentiment, -1.5},
        {{"not", "working", nullptr}, Kind::Sentiment, -1.5},
        {{"never", "updated", nullptr}, Kind::Sentiment, -1.2},
        {{"never", "arrived", nullptr}, Kind::Sentiment, -1.5},
        {{"never", "came", nullptr}, Kind::Sentiment, -1.2},
        {{"too", "many", nullptr}, Kind::Sentiment, -1.3},
        {{"too", "much", nullptr}, Kind::Sentiment, -1.0},
        {{"too", "long", nullptr}, Kind::Sentiment, -1.3},
        {{"went", "up", nullptr}, Kind::Sentiment, -1.0},
        {{"gone", "up", nullptr}, Kind::Sentiment, -1.0},
        {{"can't", "wait", nullptr}, Kind::Sentiment, 1.5},
        {{"cant", "wait", nullptr}, Kind::Sentiment, 1.5},
        {{"well", "packed", nullptr}, Kind::Sentiment, 1.2},
        {{"no", "problem", nullptr}, Kind::Sentiment, 1.2},
        {{"could", "not", nullptr}, Kind::Inability, 0.0},
        {{"can", "not", nullptr}, Kind::Inability, 0.0},
        {{"unable", "to", nullptr}, Kind::Inability, 0.0},
    };
    return phrases;
}

const std::unordered_set<std::string>& englishNegators()
{
    static const std::unordered_set<std::string> words = {
        "not", "no", "never", "without", "hardly", "barely", "nothing", "neither", "nor", "less"};
    return words;
}

const std::unordered_set<std::string>& englishInability()
{
    static const std::unordered_set<std::string> words = {"cannot", "can't",   "couldn't",
                                                          "cant",   "couldnt", "unable"};
    return words;
}

const std::unordered_set<std::string>& englishBoosters()
{
    static const std::unordered_set<std::string> words = {
        "very", "really", "so", "too", "extremely", "super", "incredibly", "totally", "far"};
    return words;
}

struct ChineseEntry
{
    std::string text;
    Kind kind;
    double valence;
};

// Chinese entries carry their own polarity. Multi-character words that contain a negator or
// a sentiment character with another meaning are listed whole so that longest match takes
// them first: 不错 "not bad", 没错 "right", 不满 "dissatisfied", 没问题 "no problem", 差点
// "nearly" (not 差 "bad"), 好友 "friend" (not 好 "good"). Sorted longest first.
const std::vector<ChineseEntry>& chineseLexicon()
{
    static const std::vector<ChineseEntry> entries = [] {
        std::vector<ChineseEntry> e = {
            // positive
            {"不错", Kind::Sentiment, 1.8},
            {"没错", Kind::Sentiment, 0.5},
            {"没问题", Kind::Sentiment, 1.2},
            {"好喝", Kind::Sentiment, 2.5},
            {"好吃", Kind::Sentiment, 2.5},
            {"满意", Kind::Sentiment, 2.0},
            {"喜欢", Kind::Sentiment, 2.5},
            {"推荐", Kind::Sentiment, 1.5},
            {"方便", Kind::Sentiment, 1.6},
            {"快捷", Kind::Sentiment, 1.4},
            {"友好", Kind::Sentiment, 2.0},
            {"热情", Kind::Sentiment, 2.0},
            {"干净", Kind::Sentiment, 1.7},
            {"棒", Kind::Sentiment, 2.8},
            {"好", Kind::Sentiment, 1.9},
            {"赞", Kind::Sentiment, 2.5},
            {"新鲜", Kind::Sentiment, 1.3},
            {"感谢", Kind::Sentiment, 1.9},
            {"谢谢", Kind::Sentiment, 1.9},
            {"开心", Kind::Sentiment, 2.5},
            {"快乐", Kind::Sentiment, 2.5},
            {"快", Kind::Sentiment, 1.2},
            {"公道", Kind::Sentiment, 1.5},
            {"划算", Kind::Sentiment, 1.8},
            {"实惠", Kind::Sentiment, 1.8},
            {"便宜", Kind::Sentiment, 1.0},
            {"香", Kind::Sentiment, 1.5},
            {"细腻", Kind::Sentiment, 1.5},
            {"诱人", Kind::Sentiment, 1.8},
            {"安静", Kind::Sentiment, 1.2},
            {"舒服", Kind::Sentiment, 2.0},
            {"舒适", Kind::Sentiment, 2.0},
            {"适合", Kind::Sentiment, 1.0},
            {"宽敞", Kind::Sentiment, 1.5},
            {"清爽", Kind::Sentiment, 1.5},
            {"麻利", Kind::Sentiment, 1.8},
            {"顺畅", Kind::Sentiment, 1.8},
            {"顺利", Kind::Sentiment, 1.5},
            {"用心", Kind::Sentiment, 1.8},
            {"简单", Kind::Sentiment, 1.2},
            {"贴心", Kind::Sentiment, 2.0},
            {"周到", Kind::Sentiment, 1.8},
            {"耐心", Kind::Sentiment, 1.5},
            {"专业", Kind::Sentiment, 1.5},
            {"及时", Kind::Sentiment, 1.2},
            {"准时", Kind::Sentiment, 1.2},
            {"解决", Kind::Sentiment, 1.3},
            {"稳定", Kind::Sentiment, 1.2},
            {"温暖", Kind::Sentiment, 1.8},
            {"有温度", Kind::Sentiment, 1.2},
            {"第三空间", Kind::Sentiment, 1.5},
            {"还可以", Kind::Sentiment, 0.8},
            {"还行", Kind::Sentiment, 0.5},
            {"提醒", Kind::Sentiment, 0.5},
            // negative
            {"不满", Kind::Sentiment, -2.0},
            {"难喝", Kind::Sentiment, -2.5},
            {"难吃", Kind::Sentiment, -2.5},
            {"难用", Kind::Sentiment, -2.0},
            {"失望", Kind::Sentiment, -2.0},
            {"糟糕", Kind::Sentiment, -2.5},
            {"投诉", Kind::Sentiment, -1.8},
            {"排队", Kind::Sentiment, -0.8},
            {"太久", Kind::Sentiment, -1.5},
            {"慢", Kind::Sentiment, -1.2},
            {"差", Kind::Sentiment, -2.3},
            {"凉", Kind::Sentiment, -0.8},
            {"冷", Kind::Sentiment, -0.8},
            {"脏", Kind::Sentiment, -1.9},
            {"贵", Kind::Sentiment, -1.1},
            {"错", Kind::Sentiment, -1.8},
            {"崩溃", Kind::Sentiment, -2.0},
            {"闪退", Kind::Sentiment, -2.0},
            {"卡顿", Kind::Sentiment, -1.5},
            {"退款", Kind::Sentiment, -0.8},
            {"生气", Kind::Sentiment, -2.3},
            {"讨厌", Kind::Sentiment, -2.5},
            {"粗鲁", Kind::Sentiment, -2.0},
            {"冷淡", Kind::Sentiment, -1.5},
            {"敷衍", Kind::Sentiment, -2.0},
            {"问题", Kind::Sentiment, -1.2},
            {"漏", Kind::Sentiment, -1.2},
            {"烂", Kind::Sentiment, -2.5},
            {"失败", Kind::Sentiment, -2.0},
            {"麻烦", Kind::Sentiment, -1.5},
            {"打扰", Kind::Sentiment, -1.5},
            {"骚扰", Kind::Sentiment, -2.0},
            {"频繁", Kind::Sentiment, -0.8},
            {"断线", Kind::Sentiment, -1.5},
            {"掉线", Kind::Sentiment, -1.5},
            {"酸", Kind::Sentiment, -1.3},
            {"硬", Kind::Sentiment, -0.8},
            {"复杂", Kind::Sentiment, -1.2},
            {"看不懂", Kind::Sentiment, -1.2},
            {"过期", Kind::Sentiment, -1.2},
            {"找不到", Kind::Sentiment, -1.2},
            {"人太多", Kind::Sentiment, -1.3},
            {"拥挤", Kind::Sentiment, -1.5},
            {"吵", Kind::Sentiment, -1.2},
            {"涨价", Kind::Sentiment, -1.5},
            {"涨", Kind::Sentiment, -1.0},
            {"晚了", Kind::Sentiment, -1.0},
            {"迟到", Kind::Sentiment, -1.0},
            {"延迟", Kind::Sentiment, -1.2},
            {"延误", Kind::Sentiment, -1.2},
            {"商业化", Kind::Sentiment, -1.0},
            {"用不了", Kind::Sentiment, -1.5},
            {"不能用", Kind::Sentiment, -1.5},
            {"没法用", Kind::Sentiment, -1.5},
            {"无法使用", Kind::Sentiment, -1.5},
            {"不更新", Kind::Sentiment, -1.2},
            {"没反应", Kind::Sentiment, -1.2},
            {"洒", Kind::Sentiment, -1.0},
            // neither: words that contain a sentiment character with another meaning
            {"好友", Kind::Other, 0.0},
            {"好像", Kind::Other, 0.0},
            {"好几", Kind::Other, 0.0},
            {"好多", Kind::Other, 0.0},
            {"差点", Kind::Other, 0.0},
            {"香草", Kind::Other, 0.0},
            {"香蕉", Kind::Other, 0.0},
            {"快要", Kind::Other, 0.0},
            {"冷萃", Kind::Other, 0.0},
            {"想象中", Kind::Other, 0.0}, // 没有想象中好喝: one token, inside the negation
            {"预期", Kind::Other, 0.0},
            // negators, boosters, clause breaks
            {"没有", Kind::Negator, 0.0},
            {"并不", Kind::Negator, 0.0},
            {"还没", Kind::Negator, 0.0},
            {"从不", Kind::Negator, 0.0},
            {"从没", Kind::Negator, 0.0},
            {"不", Kind::Negator, 0.0},
            {"没", Kind::Negator, 0.0},
            {"未", Kind::Negator, 0.0},
            {"别", Kind::Negator, 0.0},
            {"无", Kind::Negator, 0.0},
            {"不能", Kind::Inability, 0.0},
            {"没法", Kind::Inability, 0.0},
            {"无法", Kind::Inability, 0.0},
            {"非常", Kind::Booster, 0.0},
            {"特别", Kind::Booster, 0.0},
            {"很", Kind::Booster, 0.0},
            {"太", Kind::Booster, 0.0},
            {"真", Kind::Booster, 0.0},
            {"老是", Kind::Booster, 0.0},
            {"总是", Kind::Booster, 0.0},
            {"经常", Kind::Booster, 0.0},
            {"一直", Kind::Booster, 0.0},
            {"，", Kind::Break, 0.0},
            {"。", Kind::Break, 0.0},
            {"！", Kind::Break, 0.0},
            {"？", Kind::Break, 0.0},
            {"；", Kind::Break, 0.0},
            {"、", Kind::Break, 0.0},
            {"但是", Kind::Break, 0.0},
            {"但", Kind::Break, 0.0},
            {"可是", Kind::Break, 0.0},
            {"不过", Kind::Break, 0.0},
            {"就是", Kind::Break, 0.0},
        };
        std::stable_sort(e.begin(), e.end(), [](const ChineseEntry& a, const ChineseEntry& b) {
            return a.text.size() > b.text.size();
        });
        return e;
    }();
    return entries;
}

// 快 means "fast" except before a number or an impending event, where it means "almost":
// 快四十了 "almost forty", 积分快过期了 "the points are about to expire".
bool almostReading(std::string_view rest)
{
    static constexpr std::string_view kNumerals[] = {"零", "一", "二", "三", "四", "五",
                                                     "六", "七", "八", "九", "十", "百",
                                                     "千", "万", "两", "几", "半"};
    static constexpr std::string_view kEvents[] = {"过期", "到期", "到了", "没",   "满",    "结束",
                                                   "用完", "关门", "要",   "迟到", "赶不上"};
    if (!rest.empty() && rest.front() >= '0' && rest.front() <= '9')
        return true;
    for (std::string_view n : kNumerals)
        if (rest.substr(0, n.size()) == n)
            return true;
    for (std::string_view e : kEvents)
        if (rest.substr(0, e.size()) == e)
            return true;
    return false;
}

struct Token
{
    Kind kind = Kind::Other;
    double valence = 0.0;
    std::string word; // English words only, lower case, before classification
};

std::size_t utf8Length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    if ((lead >> 3) == 0x1E)
        return 4;
    return 1; // invalid byte: step over it
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99"; // U+2019, as in "can’t"

Token englishToken(const std::string& w)
{
    if (englishInability().count(w))
        return {Kind::Inability, 0.0, {}};
    if (englishNegators().count(w) || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0))
        return {Kind::Negator, 0.0, {}};
    if (englishBoosters().count(w))
        return {Kind::Booster, 0.0, {}};
    auto it = englishLexicon().find(w);
    if (it != englishLexicon().end() && it->second != 0.0)
        return {Kind::Sentiment, it->second, {}};
    // "but" shifts the focus to the next clause (VADER does the same).
    if (w == "but")
        return {Kind::Break, 0.0, {}};
    return {Kind::Other, 0.0, {}};
}

// Splits the text into English words (kept as text for phrase matching), Chinese lexicon
// entries by longest match, clause breaks and other characters.
std::vector<Token> scan(std::string_view text)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    auto apostropheAt = [&text](std::size_t at) {
        if (at < text.size() && text[at] == '\'')
            return std::size_t{1};
        if (text.substr(at, kCurlyApostrophe.size()) == kCurlyApostrophe)
            return kCurlyApostrophe.size();
        return std::size_t{0};
    };
    while (i < text.size()) {
        const char ch = text[i];
        if (isAsciiLetter(ch)) {
            Token t;
            while (i < text.size()) {
                if (isAsciiLetter(text[i])) {
                    t.word += lower(text[i]);
                    ++i;
                } else if (std::size_t a = apostropheAt(i);
                           a > 0 && i + a < text.size() && isAsciiLetter(text[i + a])) {
                    t.word += '\''; // straight or curly: "can't", "can’t"
                    i += a;
                } else {
                    break;
                }
            }
            tokens.push_back(std::move(t));
            continue;
        }
        if (static_cast<unsigned char>(ch) < 0x80) {
            if (ch == '.' || ch == ',' || ch == '!' || ch == '?' || ch == ';' || ch == ':')
                tokens.push_back({Kind::Break, 0.0, {}});
            ++i;
            continue;
        }
        bool matched = false;
        for (const ChineseEntry& e : chineseLexicon()) {
            if (text.substr(i, e.text.size()) == e.text) {
                const bool almost = e.text == "快" && almostReading(text.substr(i + e.text.size()));
                tokens.push_back({almost ? Kind::Other : e.kind, almost ? 0.0 : e.valence, {}});
                i += e.text.size();
                matched = true;
                break;
            }
        }
        if (!matched) {
            tokens.push_back({Kind::Other, 0.0, {}});
            i += utf8Length(static_cast<unsigned char>(ch));
        }
    }
    return tokens;
}

// Classifies the English words: phrases of three, then two words, then single words.
std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> raw = scan(text);
    std::vector<Token> out;
    out.reserve(raw.size());
    auto isWord = [&raw](std::size_t k) { return k < raw.size() && !raw[k].word.empty(); };
    for (std::size_t i = 0; i < raw.size();) {
        if (!isWord(i)) {
            out.push_back(raw[i]);
            ++i;
            continue;
        }
        bool matched = false;
        for (std::size_t len = 3; len >= 2 && !matched; --len) {
            for (const Phrase& p : englishPhrases()) {
                std::size_t words = 0;
                while (words < 3 && p.words[words])
                    ++words;
                if (words != len)
                    continue;
                bool all = true;
                for (std::size_t k = 0; k < len && all; ++k)
                    all = isWord(i + k) && raw[i + k].word == p.words[k];
                if (all) {
                    out.push_back({p.kind, p.valence, {}});
                    i += len;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched) {
            out.push_back(englishToken(raw[i].word));
            ++i;
        }
    }
    return out;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The endings an English keyword may carry and still match: plural, past, gerund, agent.
bool allowedEnding(std::string_view keyword, std::string_view ending)
{
    static constexpr std::string_view kEndings[] = {"s", "es", "ed", "ing", "er", "ers"};
    for (std::string_view e : kEndings)
        if (ending == e)
            return true;
    // "expire" -> "expired", "expires"; "queue" -> "queued"
    return !keyword.empty() && keyword.back() == 'e' &&
           (ending == "d" || ending == "r" || ending == "rs");
}

bool matchesEnglish(const std::string& lowered, std::string keyword)
{
    const bool prefix = keyword.back() == '*';
    if (prefix)
        keyword.pop_back();
    if (keyword.empty())
        return false;
    for (std::size_t pos = lowered.find(keyword); pos != std::string::npos;
         pos = lowered.find(keyword, pos + 1)) {
        if (pos > 0 && isAsciiLetter(lowered[pos - 1]))
            continue; // not at a word start
        const std::size_t end = pos + keyword.size();
        if (prefix)
            return true;
        std::size_t e = end;
        while (e < lowered.size() && isAsciiLetter(lowered[e]))
            ++e;
        const std::string_view ending(lowered.data() + end, e - end);
        if (ending.empty() || allowedEnding(keyword, ending))
            return true;
    }
    return false;
}

bool isSingleCodePoint(std::string_view s)
{
    return !s.empty() && utf8Length(static_cast<unsigned char>(s.front())) == s.size();
}

// A one-character Chinese keyword does not match right after 不 or 没: 错 is not in 不错
// ("not bad") or 没错 ("right"), 贵 not in 不贵.
bool matchesChinese(std::string_view text, std::string_view keyword)
{
    static constexpr std::string_view kNegators[] = {"不", "没"};
    const bool single = isSingleCodePoint(keyword);
    for (std::size_t pos = text.find(keyword); pos != std::string_view::npos;
         pos = text.find(keyword, pos + 1)) {
        if (!single)
            return true;
        bool negated = false;
        for (std::string_view n : kNegators)
            negated = negated || (pos >= n.size() && text.substr(pos - n.size(), n.size()) == n);
        if (!negated)
            return true;
    }
    return false;
}

} // namespace

SentimentResult analyzeSentiment(std::string_view text)
{
    constexpr double kNegationScalar = -0.74; // VADER's N_SCALAR
    constexpr double kBoost = 1.5;
    constexpr double kInabilityValence = -1.0;
    constexpr int kNegationWindow = 3;
    constexpr double kAlpha = 15.0;

    SentimentResult r;
    double sum = 0.0;
    int negationLeft = 0;
    bool pendingInability = false; // the open negation came from "could not", 不能, ...
    int boostLeft = 0;
    // An inability whose scope ends without a sentiment word reads negative by itself:
    // "could not combine the coupon" is a complaint even though no word in it is.
    auto closeNegation = [&] {
        if (pendingInability) {
            sum += kInabilityValence;
            ++r.negativeWords;
        }
        pendingInability = false;
        negationLeft = 0;
    };
    for (const Token& t : tokenize(text)) {
        switch (t.kind) {
        case Kind::Break:
            closeNegation();
            boostLeft = 0;
            break;
        case Kind::Negator:
        case Kind::Inability:
            closeNegation();
            negationLeft = kNegationWindow;
            pendingInability = t.kind == Kind::Inability;
            break;
        case Kind::Booster:
            boostLeft = 2;
            if (negationLeft > 0 && --negationLeft == 0)
                closeNegation();
            break;
        case Kind::Sentiment: {
            double v = t.valence;
            if (boostLeft > 0)
                v *= kBoost;
            if (negationLeft > 0) {
                v *= kNegationScalar;
                ++r.negatedWords;
            }
            if (v > 0)
                ++r.positiveWords;
            else if (v < 0)
                ++r.negativeWords;
            sum += v;
            negationLeft = 0;
            pendingInability = false;
            boostLeft = 0;
            break;
        }
        case Kind::Other:
            if (negationLeft > 0 && --negationLeft == 0)
                closeNegation();
            if (boostLeft > 0)
                --boostLeft;
            break;
        }
    }
    closeNegation();
    r.score = sum / std::sqrt(sum * sum + kAlpha);
    return r;
}

std::string categorize(std::string_view text, const std::vector<CategoryRule>& rules)
{
    const std::string lowered = lowerAscii(text);
    for (const CategoryRule& rule : rules) {
        for (const std::string& keyword : rule.keywords) {
            if (keyword.empty())
                continue;
            if (isAscii(keyword) ? matchesEnglish(lowered, lowerAscii(keyword))
                                 : matchesChinese(lowered, keyword))
                return rule.category;
        }
    }
    return "other";
}

std::string categorizeFeedback(std::string_view text, std::string_view touchpoint,
                               const std::vector<CategoryRule>& rules)
{
    if (!text.empty()) {
        std::string c = categorize(text, rules);
        if (c != "other")
            return c;
    }
    std::string code(touchpoint);
    std::replace(code.begin(), code.end(), '_', ' ');
    return code.empty() ? std::string("other") : categorize(code, rules);
}

std::vector<CategoryRule> defaultCategoryRules()
{
    // The topics of the demo's coffee-shop journey (docs/demo.md), most specific first: a
    // late delivery that went cold is "delivery", not "product"; a failed payment in the app
    // is "app". English keywords are whole words with their usual endings ("crash" matches
    // "crashed"); a trailing * matches any word that starts so.
    return {
        {"delivery",
         {"deliver*", "courier*", "rider*", "spill*", "packag*", "packed", "外卖", "配送", "送达",
          "送错", "送得", "送到", "骑手", "包装", "洒"}},
        {"loyalty",
         {"points", "loyalty", "redeem*", "reward*", "birthday", "voucher*", "tier*", "expir*",
          "member offer", "积分", "会员日", "生日", "兑换", "等级", "过期", "权益"}},
        {"app",
         {"app", "apps", "crash*", "login", "log in", "update*", "mini program", "小程序", "闪退",
          "崩溃", "登录", "更新", "界面", "一键"}},
        {"payment",
         {"pay", "paying", "paid", "payment*", "checkout", "check out", "coupon*", "receipt*",
          "card", "charged", "付款", "支付", "结账", "扫码", "优惠券", "叠加", "发票", "扣款"}},
        {"marketing", {"ad",          "ads",       "advert*",       "promotion*", "promo",
                       "push",        "campaign*", "newsletter*",   "a friend",   "referral*",
                       "invitation*", "social",    "word of mouth", "map",        "广告",
                       "推送",        "朋友圈",    "小红书",        "朋友推荐",   "邀请",
                       "新人券",      "促销",      "宣传"}},
        {"speed", {"queue*", "wait*",  "slow*",   "took",     "rush",        "peak", "fast",
                   "quick",  "pickup", "pick up", "mixed up", "wrong order", "排队", "等",
                   "慢",     "出餐",   "麻利",    "高峰",     "迟到",        "太久", "拿错"}},
        {"service",
         {"service",  "staff",    "chatbot*", "person",    "support",  "chat", "issue*", "rude",
          "attitude", "barista*", "cashier*", "employee*", "manager*", "店员", "服务",   "热情",
          "态度",     "机器人",   "人工",     "解决",      "回复",     "粗鲁"}},
        {"price", {"price*", "pricey", "expensive", "overpriced", "cost*", "value", "deal",
                   "cheap*", "yuan",   "combo*",    "menu",       "价格",  "贵",    "涨",
                   "划算",   "实惠",   "性价比",    "便宜",       "套餐",  "会员价"}},
        {"environment",
         {"wi-fi",    "wifi",       "internet",    "seat*",  "socket*", "quiet",   "comfortable",
          "crowded",  "noisy",      "noise",       "music",  "dirty",   "toilet*", "table*",
          "ambience", "atmosphere", "store visit", "环境",   "座位",    "插座",    "安静",
          "舒服",     "断线",       "网络",        "人太多", "拥挤",    "吵",      "卫生",
          "脏",       "厕所",       "空调"}},
        {"brand",
         {"brand*", "recommend*", "third place", "personal", "colleague*", "refer", "品牌", "推荐",
          "同事", "第三空间", "温度", "商业化"}},
        {"product",
         {"coffee*", "latte*",  "americano*", "croissant*", "drink*", "taste*",  "tasting",
          "sour",    "bitter",  "stale",      "burnt",      "foam",   "bean*",   "flavour*",
          "flavor*", "quality", "food",       "milk",       "cold",   "review*", "咖啡",
          "拿铁",    "美式",    "奶泡",       "可颂",       "口味",   "味道",    "好喝",
          "难喝",    "新品",    "饮品",       "酸",         "苦",     "硬",      "新鲜",
          "质量",    "品质",    "凉"}},
    };
}

std::string categoryRulesToJson(const std::vector<CategoryRule>& rules)
{
    nlohmann::json j = nlohmann::json::array();
    for (const auto& r : rules)
        j.push_back({{"category", r.category}, {"keywords", r.keywords}});
    return j.dump();
}

std::vector<CategoryRule> parseCategoryRules(std::string_view json)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        throw InputError("category rules: not valid JSON (" + std::string(e.what()) + ")");
    }
    if (!j.is_array())
        throw InputError("category rules: expected a JSON array of {category, keywords}");
    std::vector<CategoryRule> rules;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto& item = j[i];
        const std::string where = "category rule " + std::to_string(i + 1) + ": ";
        if (!item.is_object() || !item.contains("category") || !item["category"].is_string())
            throw InputError(where + "needs a \"category\" text");
        CategoryRule r;
        r.category = item["category"].get<std::string>();
        if (r.category.empty())
            throw InputError(where + "the category name is empty");
        if (!item.contains("keywords") || !item["keywords"].is_array())
            throw InputError(where + "needs a \"keywords\" array");
        for (const auto& k : item["keywords"]) {
            if (!k.is_string())
                throw InputError(where + "keywords must be texts");
            if (!k.get<std::string>().empty())
                r.keywords.push_back(k.get<std::string>());
        }
        rules.push_back(std::move(r));
    }
    return rules;
}

} // namespace vd::loyalty
