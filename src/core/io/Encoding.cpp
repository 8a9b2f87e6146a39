#include "valuedesk/io/Encoding.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iconv.h>
#include <unordered_set>
#include <vector>

namespace vd::io {

namespace {

// Length of the longest well-formed UTF-8 prefix of s (RFC 3629, Table 3-7 of the Unicode
// Standard: no overlongs, no surrogates, nothing above U+10FFFF). truncated is set when the
// only problem is an incomplete sequence that runs into the end of s.
std::size_t validUtf8Prefix(std::string_view s, bool& truncated)
{
    truncated = false;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        for (std::size_t k = 1; k < len; ++k) {
            if (i + k >= n) {
                truncated = true;
                return i;
            }
            unsigned char b = p[i + k];
            unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (b < l || b > h)
                return i;
        }
        i += len;
    }
    return n;
}

std::string hexBytes(std::string_view s, std::size_t max = 4)
{
    std::string out;
    for (std::size_t i = 0; i < s.size() && i < max; ++i) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%s0x%02X", i ? " " : "",
                      static_cast<unsigned>(static_cast<unsigned char>(s[i])));
        out += buf;
    }
    return out;
}

// Frequent Chinese characters (simplified and traditional forms) plus the words of typical
// CRM export headers and values. A correct decoding of Chinese text hits this set most of the
// time; decoding Big5 bytes as GB18030 (or the reverse) yields rare characters, kana and
// symbols instead, which is what tells the two encodings apart.
const char* const kCommonChinese =
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学"
    "对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面"
    "公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部"
    "正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关"
    "并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安"
    "表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共"
    "风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管"
    "夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品"
    "士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研"
    "像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济"
    "喜离虽坐集编宝谈府拉黑且随格尽讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域"
    "客户姓编号码额价省份渠触推荐愿费评订购货邮箱积男州杭都汉津庆苏欢忍谓咖啡店线微支付退态环境"
    "质速优惠活动馈投诉建议负责座椅餐准点起飞升舱航班座位餐食免费舒适"
    "們這來國個說為時會對後麼過學還發與從動兩長現樣將進實點種氣經當問機給幾業間頭開見東門電書員車"
    "場師處總聽話應戰關無體難數愛認論義讓嗎請區園藝術觀歡謂號碼額價內費務態滿願評訂單產類別級積臺"
    "灣澳顧戶編時間觸薦願費論訂數別郵箱話會員級積歡應無謂門線網貨務態環質優惠動饋訴議問題決狀負責"
    "準點飛艙航班餐適";

const std::unordered_set<char32_t>& commonChinese()
{
    static const std::unordered_set<char32_t> set = [] {
        std::unordered_set<char32_t> s;
        std::string_view t(kCommonChinese);
        for (std::size_t i = 0; i + 2 < t.size() + 0;) {
            auto c = static_cast<unsigned char>(t[i]);
            if (c >= 0xE0 && c < 0xF0) {
                char32_t cp = ((c & 0x0Fu) << 12) |
                              ((static_cast<unsigned char>(t[i + 1]) & 0x3Fu) << 6) |
                              (static_cast<unsigned char>(t[i + 2]) & 0x3Fu);
                s.insert(cp);
                i += 3;
            } else {
                ++i;
            }
        }
        return s;
    }();
    return set;
}

struct Score
{
    std::string name;
    std::size_t invalid = 0;  // undecodable byte sequences
    std::size_t nonAscii = 0; // decoded characters above U+007F
    std::size_t cjk = 0;      // of which CJK unified ideographs
    std::size_t common = 0;   // of which in commonChinese()
    std::size_t oddities = 0; // private use, kana, box drawing: signs of a wrong decoding
    double value = -1e9;
};

// Decodes with iconv, skipping one byte at each invalid sequence, and counts what came out.
Score scoreDecoding(std::string_view data, const char* encoding)
{
    Score s;
    s.name = encoding;
    iconv_t cd = iconv_open("UTF-32LE", encoding);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return s;
    std::vector<char32_t> out(4096);
    char* in = const_cast<char*>(data.data());
    std::size_t inLeft = data.size();
    const auto& common = commonChinese();
    while (inLeft > 0) {
        char* o = reinterpret_cast<char*>(out.data());
        std::size_t oLeft = out.size() * sizeof(char32_t);
        std::size_t rc = iconv(cd, &in, &inLeft, &o, &oLeft);
        int err = rc == static_cast<std::size_t>(-1) ? errno : 0;
        std::size_t produced = (out.size() * sizeof(char32_t) - oLeft) / sizeof(char32_t);
        for (std::size_t k = 0; k < produced; ++k) {
            char32_t cp = out[k];
            if (cp < 0x80)
                continue;
            ++s.nonAscii;
            if (cp >= 0x4E00 && cp <= 0x9FFF) {
                ++s.cjk;
                if (common.count(cp))
                    ++s.common;
            } else if ((cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0x3040 && cp <= 0x30FF) ||
                       (cp >= 0x2500 && cp <= 0x25FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
                       (cp >= 0x20000)) {
                ++s.oddities;
            }
        }
        if (err == EILSEQ) {
            ++s.invalid;
            ++in;
            --inLeft;
        } else if (err == EINVAL) {
            break; // truncated character at the end of the sample
        } else if (err != E2BIG && err != 0) {
            break;
        }
    }
    iconv_close(cd);
    double n = static_cast<double>(std::max<std::size_t>(s.nonAscii + s.invalid, 1));
    s.value = (static_cast<double>(s.common) - 3.0 * static_cast<double>(s.invalid) -
               static_cast<double>(s.oddities)) /
              n;
    return s;
}

std::string upperAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

} // namespace

bool isValidUtf8(std::string_view text, bool allowTruncatedEnd)
{
    bool truncated = false;
    std::size_t n = validUtf8Prefix(text, truncated);
    return n == text.size() || (allowTruncatedEnd && truncated);
}

std::string normalizeEncodingName(std::string_view name)
{
    std::string u = upperAscii(name);
    u.erase(std::remove_if(u.begin(), u.end(), [](char c) { return c == ' '; }), u.end());
    if (u == "UTF8" || u == "UTF-8" || u == "UTF-8-SIG" || u == "UTF8-SIG" || u == "UTF8BOM" ||
        u == "UTF-8-BOM" || u == "ASCII" || u == "US-ASCII")
        return "UTF-8";
    if (u == "GBK" || u == "CP936" || u == "GB2312" || u == "EUC-CN" || u == "GB18030" ||
        u == "936" || u == "WINDOWS-936")
        return "GB18030"; // a superset of GB2312 and GBK: decodes all three
    if (u == "BIG5" || u == "BIG-5" || u == "CP950" || u == "950")
        return "BIG5";
    if (u == "BIG5HKSCS" || u == "BIG5-HKSCS")
        return "BIG5-HKSCS";
    if (u == "UTF16" || u == "UTF-16")
        return "UTF-16";
    if (u == "UTF16LE" || u == "UTF-16LE")
        return "UTF-16LE";
    if (u == "UTF16BE" || u == "UTF-16BE")
        return "UTF-16BE";
    if (u == "LATIN1" || u == "LATIN-1" || u == "ISO-8859-1" || u == "ISO8859-1")
        return "ISO-8859-1";
    if (u == "CP1252" || u == "WINDOWS-1252" || u == "WIN1252")
        return "WINDOWS-1252";
    iconv_t cd = iconv_open("UTF-8", u.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw InputError("unknown encoding \"" + std::string(name) +
                         "\"; use e.g. UTF-8, GB18030 (GBK), BIG5, UTF-16 or WINDOWS-1252");
    iconv_close(cd);
    return u;
}

std::size_t bomLengthFor(std::string_view data, const std::string& encoding)
{
    auto starts = [&](std::string_view bom) { return data.substr(0, bom.size()) == bom; };
    if (encoding == "UTF-8" && starts("\xEF\xBB\xBF"))
        return 3;
    if (encoding == "UTF-16LE" && starts("\xFF\xFE"))
        return 2;
    if (encoding == "UTF-16BE" && starts("\xFE\xFF"))
        return 2;
    if (encoding == "UTF-32LE" && starts(std::string_view("\xFF\xFE\0\0", 4)))
        return 4;
    if (encoding == "UTF-32BE" && starts(std::string_view("\0\0\xFE\xFF", 4)))
        return 4;
    if (encoding == "GB18030" && starts("\x84\x31\x95\x33"))
        return 4; // GB18030's own encoding of U+FEFF
    return 0;     // UTF-16 / UTF-32 without an order: iconv reads and drops the mark itself
}

EncodingGuess detectEncoding(std::string_view sample, bool wholeFile, const std::string& fileName)
{
    auto starts = [&](std::string_view bom) { return sample.substr(0, bom.size()) == bom; };
    if (starts("\xEF\xBB\xBF"))
        return {"UTF-8", 3, 1.0, "UTF-8 byte-order mark"};
    if (starts(std::string_view("\xFF\xFE\0\0", 4)))
        return {"UTF-32LE", 4, 1.0, "UTF-32 little-endian byte-order mark"};
    if (starts(std::string_view("\0\0\xFE\xFF", 4)))
        return {"UTF-32BE", 4, 1.0, "UTF-32 big-endian byte-order mark"};
    if (starts("\xFF\xFE"))
        return {"UTF-16LE", 2, 1.0, "UTF-16 little-endian byte-order mark"};
    if (starts("\xFE\xFF"))
        return {"UTF-16BE", 2, 1.0, "UTF-16 big-endian byte-order mark"};
    if (starts("\x84\x31\x95\x33"))
        return {"GB18030", 4, 1.0, "GB18030 byte-order mark"};

    bool truncated = false;
    std::size_t valid = validUtf8Prefix(sample, truncated);
    bool hasHigh = std::any_of(sample.begin(), sample.end(),
                               [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    bool hasZero = sample.find('\0') != std::string_view::npos;
    if (!hasZero && (valid == sample.size() || (!wholeFile && truncated)))
        return {"UTF-8", 0, 1.0, hasHigh ? "valid UTF-8" : "plain ASCII (read as UTF-8)"};

    // UTF-16 without a mark: text in the Basic Latin range has a zero in every other byte.
    if (hasZero) {
        std::size_t n = std::min<std::size_t>(sample.size(), 8192) & ~std::size_t{1};
        std::size_t zeroEven = 0, zeroOdd = 0;
        for (std::size_t i = 0; i < n; i += 2) {
            zeroEven += sample[i] == '\0';
            zeroOdd += sample[i + 1] == '\0';
        }
        double half = static_cast<double>(std::max<std::size_t>(n / 2, 1));
        if (zeroOdd / half > 0.3 && zeroEven / half < 0.05)
            return {"UTF-16LE", 0, 0.9, "UTF-16 little-endian (zero high bytes, no mark)"};
        if (zeroEven / half > 0.3 && zeroOdd / half < 0.05)
            return {"UTF-16BE", 0, 0.9, "UTF-16 big-endian (zero high bytes, no mark)"};
        throw InputError(fileName, 0, 0,
                         "the file contains zero bytes and is not UTF-16 text; is it a "
                         "spreadsheet (.xlsx) rather than CSV? Save it as CSV first");
    }

    Score gb = scoreDecoding(sample, "GB18030");
    Score big5 = scoreDecoding(sample, "BIG5");
    const Score& best = gb.value >= big5.value ? gb : big5;

    // Windows-1252 / Latin-1: accented letters are single high bytes between ASCII letters,
    // whereas GB18030 and Big5 characters are pairs of high bytes.
    std::size_t highRuns = 0, isolated = 0;
    for (std::size_t i = 0; i < sample.size();) {
        if (static_cast<unsigned char>(sample[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < sample.size() && static_cast<unsigned char>(sample[j]) >= 0x80)
            ++j;
        ++highRuns;
        if (j - i == 1 && (j >= sample.size() || static_cast<unsigned char>(sample[j]) >= 0x40))
            ++isolated;
        i = j;
    }
    double isolatedShare =
        highRuns ? static_cast<double>(isolated) / static_cast<double>(highRuns) : 0;
    if (isolatedShare > 0.5 && best.value < 0.3)
        return {"WINDOWS-1252", 0, 0.6,
                "single high bytes between Latin letters (Windows-1252 / Latin-1)"};

    double n = static_cast<double>(std::max<std::size_t>(best.nonAscii + best.invalid, 1));
    double invalidShare = static_cast<double>(best.invalid) / n;
    if (invalidShare > 0.02 || (best.nonAscii >= 8 && best.value < 0.1))
        throw InputError(fileName, 0, 0,
                         "cannot tell the file's encoding: it is not UTF-8 and reads as neither "
                         "GB18030 nor Big5 Chinese text; choose one with --encoding");
    double confidence = std::clamp(best.value, 0.0, 1.0);
    const Score& other = &best == &gb ? big5 : gb;
    std::string reason =
        best.name == "GB18030" ? "Chinese text in GB18030/GBK" : "Chinese text in Big5";
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  " (%zu of %zu characters common, %zu undecodable; %s scores %.2f)", best.common,
                  best.nonAscii, best.invalid, other.name.c_str(), other.value);
    reason += buf;
    if (best.value - other.value < 0.15)
        confidence = std::min(confidence, 0.5);
    return {best.name, 0, confidence, reason};
}

// ---------------------------------------------------------------- Utf8Decoder

Utf8Decoder::Utf8Decoder(const std::string& encoding) : m_encoding(normalizeEncodingName(encoding))
{
    m_utf8 = m_encoding == "UTF-8";
    if (!m_utf8) {
        iconv_t cd = iconv_open("UTF-8", m_encoding.c_str());
        if (cd == reinterpret_cast<iconv_t>(-1))
            throw InputError("unknown encoding \"" + encoding + "\"");
        m_cd = cd;
    }
}

Utf8Decoder::~Utf8Decoder()
{
    if (m_cd)
        iconv_close(static_cast<iconv_t>(m_cd));
}

Utf8Decoder::Result Utf8Decoder::decode(std::string_view input, std::string& out, bool last)
{
    std::string joined;
    if (!m_carry.empty()) {
        joined = m_carry;
        joined.append(input);
        input = joined;
        m_carry.clear();
    }
    if (m_utf8) {
        bool truncated = false;
        std::size_t n = validUtf8Prefix(input, truncated);
        out.append(input.data(), n);
        if (n == input.size())
            return {};
        if (truncated && !last) {
            m_carry.assign(input.substr(n));
            return {};
        }
        return {false, hexBytes(input.substr(n))};
    }
    char* in = const_cast<char*>(input.data());
    std::size_t inLeft = input.size();
    char tmp[16384];
    while (inLeft > 0) {
        char* o = tmp;
        std::size_t oLeft = sizeof tmp;
        std::size_t rc = iconv(static_cast<iconv_t>(m_cd), &in, &inLeft, &o, &oLeft);
        int err = rc == static_cast<std::size_t>(-1) ? errno : 0;
        out.append(tmp, sizeof tmp - oLeft);
        if (err == 0 || err == E2BIG)
            continue;
        if (err == EINVAL && !last) {
            m_carry.assign(in, inLeft);
            return {};
        }
        return {false, hexBytes(std::string_view(in, inLeft))};
    }
    if (last) {
        // Flush any shift state (stateful encodings); a no-op for the ones we detect.
        char* o = tmp;
        std::size_t oLeft = sizeof tmp;
        iconv(static_cast<iconv_t>(m_cd), nullptr, nullptr, &o, &oLeft);
        out.append(tmp, sizeof tmp - oLeft);
    }
    return {};
}

std::string toUtf8(std::string_view data, const std::string& encoding)
{
    Utf8Decoder d(encoding);
    data.remove_prefix(bomLengthFor(data, d.encoding()));
    std::string out;
    auto r = d.decode(data, out, true);
    if (!r.ok)
        throw InputError("invalid " + d.encoding() + " byte sequence (" + r.badBytes + ")");
    return out;
}

} // namespace vd::io
