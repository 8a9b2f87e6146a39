#include "valuedesk/loyalty/Sentiment.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace vd::loyalty {

namespace {

// Valences on VADER's -4..+4 scale, kept to words that customers of a retail or coffee chain
// actually write. Chinese entries carry their own polarity; multi-character words that
// contain a negator (不错 "not bad", 不满 "dissatisfied", 没问题 "no problem") are listed whole
// so that longest match takes them before the negator rule sees their first character.
const std::unordered_map<std::string, double>& englishLexicon()
{
    static const std::unordered_map<std::string, double> words = {
        {"good", 1.9},           {"great", 3.1},       {"excellent", 3.2},   {"love", 3.2},
        {"loved", 2.9},          {"lovely", 2.8},      {"friendly", 2.2},    {"fast", 1.2},
        {"quick", 1.2},          {"delicious", 2.7},   {"tasty", 2.0},       {"happy", 2.7},
        {"nice", 1.8},           {"clean", 1.7},       {"recommend", 1.5},   {"amazing", 2.8},
        {"perfect", 2.7},        {"helpful", 1.8},     {"easy", 1.9},        {"fresh", 1.3},
        {"awesome", 3.1},        {"best", 3.2},        {"pleasant", 2.3},    {"satisfied", 1.8},
        {"thanks", 1.9},         {"thank", 1.5},       {"enjoy", 2.2},       {"enjoyed", 2.3},
        {"bad", -2.5},           {"terrible", -2.1},   {"awful", -2.0},      {"slow", -1.2},
        {"rude", -2.0},          {"cold", -0.8},       {"dirty", -1.9},      {"wrong", -2.1},
        {"late", -1.0},          {"expensive", -1.1},  {"overpriced", -1.9}, {"disappointed", -1.9},
        {"disappointing", -2.2}, {"hate", -2.7},       {"worst", -3.1},      {"poor", -2.1},
        {"broken", -1.9},        {"crash", -1.7},      {"crashes", -1.7},    {"crashed", -1.7},
        {"bug", -1.0},           {"buggy", -1.5},      {"complaint", -1.5},  {"problem", -1.7},
        {"unhappy", -1.8},       {"angry", -2.3},      {"refund", -0.8},     {"missing", -1.2},
        {"burnt", -1.5},         {"stale", -1.5},      {"waited", -0.8},     {"waiting", -0.8},
        {"annoying", -1.9},      {"horrible", -2.5},   {"useless", -1.8},    {"mess", -1.5},
        {"messy", -1.5},         {"unfriendly", -1.9}, {"forgot", -1.2},     {"failed", -2.3},
        {"fail", -2.0},
    };
    return words;
}

const std::unordered_set<std::string>& englishNegators()
{
    static const std::unordered_set<std::string> words = {
        "not", "no", "never", "without", "hardly", "barely", "cannot", "nothing", "neither", "nor"};
    return words;
}

const std::unordered_set<std::string>& englishBoosters()
{
    static const std::unordered_set<std::string> words = {
        "very", "really", "so", "too", "extremely", "super", "incredibly", "totally"};
    return words;
}

enum class Kind { Sentiment, Negator, Booster, Break, Other };

struct ChineseEntry
{
    std::string text;
    Kind kind;
    double valence;
};

// Sorted longest first for longest-match scanning.
const std::vector<ChineseEntry>& chineseLexicon()
{
    static const std::vector<ChineseEntry> entries = [] {
        std::vector<ChineseEntry> e = {
            {"不错", Kind::Sentiment, 1.8},  {"没问题", Kind::Sentiment, 1.2},
            {"好喝", Kind::Sentiment, 2.5},  {"好吃", Kind::Sentiment, 2.5},
            {"满意", Kind::Sentiment, 2.0},  {"喜欢", Kind::Sentiment, 2.5},
            {"推荐", Kind::Sentiment, 1.5},  {"方便", Kind::Sentiment, 1.6},
            {"快捷", Kind::Sentiment, 1.4},  {"友好", Kind::Sentiment, 2.0},
            {"热情", Kind::Sentiment, 2.0},  {"干净", Kind::Sentiment, 1.7},
            {"棒", Kind::Sentiment, 2.8},    {"好", Kind::Sentiment, 1.9},
            {"赞", Kind::Sentiment, 2.5},    {"新鲜", Kind::Sentiment, 1.3},
            {"感谢", Kind::Sentiment, 1.9},  {"谢谢", Kind::Sentiment, 1.9},
            {"开心", Kind::Sentiment, 2.5},  {"快", Kind::Sentiment, 1.2},
            {"不满", Kind::Sentiment, -2.0}, {"难喝", Kind::Sentiment, -2.5},
            {"难吃", Kind::Sentiment, -2.5}, {"失望", Kind::Sentiment, -2.0},
            {"糟糕", Kind::Sentiment, -2.5}, {"投诉", Kind::Sentiment, -1.8},
            {"排队", Kind::Sentiment, -0.8}, {"太久", Kind::Sentiment, -1.5},
            {"慢", Kind::Sentiment, -1.2},   {"差", Kind::Sentiment, -2.3},
            {"凉", Kind::Sentiment, -0.8},   {"冷", Kind::Sentiment, -0.8},
            {"脏", Kind::Sentiment, -1.9},   {"贵", Kind::Sentiment, -1.1},
            {"错", Kind::Sentiment, -1.8},   {"崩溃", Kind::Sentiment, -2.0},
            {"闪退", Kind::Sentiment, -2.0}, {"退款", Kind::Sentiment, -0.8},
            {"生气", Kind::Sentiment, -2.3}, {"讨厌", Kind::Sentiment, -2.5},
            {"粗鲁", Kind::Sentiment, -2.0}, {"问题", Kind::Sentiment, -1.2},
            {"漏", Kind::Sentiment, -1.2},   {"烂", Kind::Sentiment, -2.5},
            {"没有", Kind::Negator, 0.0},    {"并不", Kind::Negator, 0.0},
            {"不", Kind::Negator, 0.0},      {"没", Kind::Negator, 0.0},
            {"未", Kind::Negator, 0.0},      {"别", Kind::Negator, 0.0},
            {"无", Kind::Negator, 0.0},      {"非常", Kind::Booster, 0.0},
            {"特别", Kind::Booster, 0.0},    {"很", Kind::Booster, 0.0},
            {"太", Kind::Booster, 0.0},      {"真", Kind::Booster, 0.0},
            {"，", Kind::Break, 0.0},        {"。", Kind::Break, 0.0},
            {"！", Kind::Break, 0.0},        {"？", Kind::Break, 0.0},
            {"；", Kind::Break, 0.0},        {"、", Kind::Break, 0.0},
            {"但是", Kind::Break, 0.0},      {"但", Kind::Break, 0.0},
        };
        std::stable_sort(e.begin(), e.end(), [](const ChineseEntry& a, const ChineseEntry& b) {
            return a.text.size() > b.text.size();
        });
        return e;
    }();
    return entries;
}

struct Token
{
    Kind kind = Kind::Other;
    double valence = 0.0;
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

Token englishToken(const std::string& w)
{
    if (englishNegators().count(w) || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0))
        return {Kind::Negator, 0.0};
    if (englishBoosters().count(w))
        return {Kind::Booster, 0.0};
    auto it = englishLexicon().find(w);
    if (it != englishLexicon().end() && it->second != 0.0)
        return {Kind::Sentiment, it->second};
    // "but" shifts the focus to the next clause (VADER does the same).
    if (w == "but")
        return {Kind::Break, 0.0};
    return {Kind::Other, 0.0};
}

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char ch = text[i];
        if (isAsciiLetter(ch) || ch == '\'') {
            std::string w;
            while (i < text.size() && (isAsciiLetter(text[i]) || text[i] == '\'')) {
                w += lower(text[i]);
                ++i;
            }
            // Curly apostrophes are not ASCII; straight ones are kept for "n't".
            tokens.push_back(englishToken(w));
            continue;
        }
        if (static_cast<unsigned char>(ch) < 0x80) {
            if (ch == '.' || ch == ',' || ch == '!' || ch == '?' || ch == ';' || ch == ':')
                tokens.push_back({Kind::Break, 0.0});
            ++i;
            continue;
        }
        bool matched = false;
        for (const ChineseEntry& e : chineseLexicon()) {
            if (text.substr(i, e.text.size()) == e.text) {
                tokens.push_back({e.kind, e.valence});
                i += e.text.size();
                matched = true;
                break;
            }
        }
        if (!matched) {
            tokens.push_back({Kind::Other, 0.0});
            i += utf8Length(static_cast<unsigned char>(ch));
        }
    }
    return tokens;
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

} // namespace

SentimentResult analyzeSentiment(std::string_view text)
{
    constexpr double kNegationScalar = -0.74; // VADER's N_SCALAR
    constexpr double kBoost = 1.5;
    constexpr int kNegationWindow = 3;
    constexpr double kAlpha = 15.0;

    SentimentResult r;
    double sum = 0.0;
    int negationLeft = 0;
    int boostLeft = 0;
    for (const Token& t : tokenize(text)) {
        switch (t.kind) {
        case Kind::Break:
            negationLeft = 0;
            boostLeft = 0;
            break;
        case Kind::Negator:
            negationLeft = kNegationWindow;
            break;
        case Kind::Booster:
            boostLeft = 2;
            if (negationLeft > 0)
                --negationLeft;
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
            boostLeft = 0;
            break;
        }
        case Kind::Other:
            if (negationLeft > 0)
                --negationLeft;
            if (boostLeft > 0)
                --boostLeft;
            break;
        }
    }
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
            if (!isAscii(keyword)) {
                if (lowered.find(keyword) != std::string::npos)
                    return rule.category;
                continue;
            }
            const std::string k = lowerAscii(keyword);
            for (std::size_t pos = lowered.find(k); pos != std::string::npos;
                 pos = lowered.find(k, pos + 1)) {
                if (pos == 0 || !isAsciiLetter(lowered[pos - 1]))
                    return rule.category;
            }
        }
    }
    return "other";
}

std::vector<CategoryRule> defaultCategoryRules()
{
    return {
        {"app",
         {"app", "crash", "login", "log in", "update", "payment", "闪退", "崩溃", "登录", "支付",
          "小程序", "更新"}},
        {"wait_time", {"wait", "queue", "slow", "line", "took", "排队", "等", "慢", "太久"}},
        {"staff",
         {"rude", "staff", "barista", "unfriendly", "attitude", "cashier", "态度", "店员", "服务员",
          "粗鲁"}},
        {"order_accuracy", {"wrong", "missing", "mistake", "forgot", "错", "漏", "少了"}},
        {"product",
         {"cold", "taste", "burnt", "stale", "bitter", "weak", "quality", "coffee", "难喝", "难吃",
          "味道", "凉", "苦", "质量"}},
        {"price", {"price", "expensive", "overpriced", "cost", "贵", "价格", "性价比"}},
        {"cleanliness", {"dirty", "clean", "messy", "toilet", "脏", "卫生", "乱"}},
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
