#include <gtest/gtest.h>

#include <iconv.h>

#include <fstream>
#include <sstream>
#include <string>

#include "valuedesk/Error.h"
#include "valuedesk/io/Encoding.h"

using namespace vd::io;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string fixture(const std::string& name) { return readFile(std::string(VD_TEST_DATA_DIR) + "/io/" + name); }

// UTF-8 -> another encoding with glibc iconv, to build test input.
std::string fromUtf8(const std::string& text, const char* encoding)
{
    iconv_t cd = iconv_open(encoding, "UTF-8");
    EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1));
    std::string out(text.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(text.data());
    std::size_t inLeft = text.size();
    char* o = out.data();
    std::size_t oLeft = out.size();
    EXPECT_NE(iconv(cd, &in, &inLeft, &o, &oLeft), static_cast<std::size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - oLeft);
    return out;
}

const std::string kSimplified = "客户编号,姓名,城市,推荐意愿,满意度,评论\n"
                                "C001,张伟,北京,9,5,服务很好，咖啡也不错\n"
                                "C002,王芳,上海,3,2,等了太久，下次不来了\n"
                                "C003,李娜,广州,8,4,环境舒适，价格有点贵\n";
const std::string kTraditional = "客戶編號,姓名,城市,推薦意願,滿意度,評論\n"
                                 "T001,陳怡君,臺北,9,5,服務很好，咖啡也不錯\n"
                                 "T002,林志明,高雄,3,2,等了太久，下次不來了\n"
                                 "T003,黃淑芬,臺中,8,4,環境舒適，價格有點貴\n";

} // namespace

TEST(Encoding, Utf8Validation)
{
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(isValidUtf8("王芳 ¥ € 😀"));
    EXPECT_FALSE(isValidUtf8("\xC0\x80"));         // overlong NUL
    EXPECT_FALSE(isValidUtf8("\xE0\x80\xAF"));     // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate U+D800
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xFF"));
    EXPECT_FALSE(isValidUtf8("\xE7\x8E"));         // truncated 王
    EXPECT_TRUE(isValidUtf8("\xE7\x8E", true));
    EXPECT_FALSE(isValidUtf8("\xE7\x8E" "a", true)); // not at the end: invalid
}

TEST(Encoding, ByteOrderMarksWin)
{
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBF" "a,b").name, "UTF-8");
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBF" "a,b").bomLength, 3u);
    EXPECT_EQ(detectEncoding(std::string("\xFF\xFE" "a\0", 4)).name, "UTF-16LE");
    EXPECT_EQ(detectEncoding(std::string("\xFE\xFF\0a", 4)).name, "UTF-16BE");
    EXPECT_EQ(detectEncoding(std::string("\xFF\xFE\0\0", 4)).name, "UTF-32LE");
    auto g = detectEncoding(fixture("customers_utf16le_bom.tsv"));
    EXPECT_EQ(g.name, "UTF-16LE");
    EXPECT_EQ(g.bomLength, 2u);
}

TEST(Encoding, Utf16WithoutMarkFromZeroBytes)
{
    std::string le, be;
    for (char c : std::string("name,city\r\nAnna,Paris\r\n")) {
        le += c;
        le += '\0';
        be += '\0';
        be += c;
    }
    EXPECT_EQ(detectEncoding(le, true).name, "UTF-16LE");
    EXPECT_EQ(detectEncoding(be, true).name, "UTF-16BE");
    // Zero bytes that are not UTF-16: a binary file (e.g. .xlsx) is refused.
    EXPECT_THROW(detectEncoding(std::string("PK\3\4\0\0\0\0\x14\0\6\0", 12), true), vd::InputError);
}

TEST(Encoding, ValidUtf8IsUtf8)
{
    EXPECT_EQ(detectEncoding(kSimplified, true).name, "UTF-8");
    EXPECT_EQ(detectEncoding("a,b\n1,2\n", true).name, "UTF-8");
    // A sample cut inside a character is still UTF-8 when the file goes on.
    std::string cut = kSimplified.substr(0, kSimplified.find("张") + 2);
    EXPECT_EQ(detectEncoding(cut, false).name, "UTF-8");
}

TEST(Encoding, TellsGb18030FromBig5)
{
    EXPECT_EQ(detectEncoding(fromUtf8(kSimplified, "GB18030"), true).name, "GB18030");
    EXPECT_EQ(detectEncoding(fromUtf8(kTraditional, "BIG5"), true).name, "BIG5");
    // Traditional characters written in GB18030 (a Hong Kong file saved on a mainland PC).
    EXPECT_EQ(detectEncoding(fromUtf8(kTraditional, "GB18030"), true).name, "GB18030");
    // The hand-made fixtures.
    EXPECT_EQ(detectEncoding(fixture("customers_gb18030.csv"), true).name, "GB18030");
    EXPECT_EQ(detectEncoding(fixture("customers_big5.csv"), true).name, "BIG5");
}

TEST(Encoding, LatinSingleBytes)
{
    std::string cp1252 = "name,city\nAnna M\xFCller,M\xFCnchen\nCaf\xE9 Cr\xE8me,Paris\n";
    EXPECT_EQ(detectEncoding(cp1252, true).name, "WINDOWS-1252");
    EXPECT_EQ(toUtf8(cp1252, "WINDOWS-1252"), "name,city\nAnna Müller,München\nCafé Crème,Paris\n");
}

TEST(Encoding, UndecidableBytesAskTheUser)
{
    std::string noise;
    for (int i = 0; i < 400; ++i)
        noise += static_cast<char>(0x80 + (i * 37) % 0x7F);
    try {
        detectEncoding(noise, true, "noise.csv");
        FAIL();
    } catch (const vd::InputError& e) {
        EXPECT_EQ(e.file(), "noise.csv");
        EXPECT_NE(e.reason().find("--encoding"), std::string::npos);
    }
}

TEST(Encoding, ConvertsFixturesToUtf8)
{
    EXPECT_EQ(toUtf8(fixture("customers_gb18030.csv"), "GB18030").substr(0, 26),
              "客户编号,姓名,城市");
    std::string big5 = toUtf8(fixture("customers_big5.csv"), "big5");
    EXPECT_NE(big5.find("陳怡君,臺北,門市"), std::string::npos);
    std::string utf16 = toUtf8(fixture("customers_utf16le_bom.tsv"), "UTF-16LE");
    EXPECT_EQ(utf16.substr(0, 9), "customer_");
    EXPECT_NE(utf16.find("Anna Müller\tMünchen"), std::string::npos);
    EXPECT_THROW(toUtf8("\xFF\xFF\xFF", "UTF-8"), vd::InputError);
}

// A GB18030 file read in chunks of any size: characters cut between chunks carry over.
TEST(Encoding, DecoderCarriesCharactersAcrossChunks)
{
    std::string gb = fromUtf8(kSimplified, "GB18030");
    for (std::size_t chunk = 1; chunk <= 7; ++chunk) {
        Utf8Decoder d("gbk");
        std::string out;
        for (std::size_t i = 0; i < gb.size(); i += chunk) {
            auto r = d.decode(std::string_view(gb).substr(i, chunk), out, i + chunk >= gb.size());
            ASSERT_TRUE(r.ok) << "chunk " << chunk << " at " << i;
        }
        EXPECT_EQ(out, kSimplified) << "chunk " << chunk;
    }
    // A character cut at the very end of the input is an error, not silently dropped.
    Utf8Decoder d("GB18030");
    std::string out;
    EXPECT_FALSE(d.decode(gb.substr(0, gb.find(",") + 2), out, true).ok);
}

TEST(Encoding, Names)
{
    EXPECT_EQ(normalizeEncodingName("utf8"), "UTF-8");
    EXPECT_EQ(normalizeEncodingName("UTF-8-SIG"), "UTF-8");
    EXPECT_EQ(normalizeEncodingName("gbk"), "GB18030");
    EXPECT_EQ(normalizeEncodingName("GB2312"), "GB18030");
    EXPECT_EQ(normalizeEncodingName("cp950"), "BIG5");
    EXPECT_EQ(normalizeEncodingName("utf-16"), "UTF-16");
    EXPECT_EQ(normalizeEncodingName("latin1"), "ISO-8859-1");
    EXPECT_EQ(normalizeEncodingName("EUC-JP"), "EUC-JP"); // anything iconv knows
    EXPECT_THROW(normalizeEncodingName("klingon-8"), vd::InputError);
}
