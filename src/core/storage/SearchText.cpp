#include "storage/SearchText.h"

#include "valuedesk/Error.h"

#include <string>

namespace vd::storage {

namespace {

void searchCjk(sqlite3_context* ctx, int argc, sqlite3_value** argv);

} // namespace

std::size_t decodeUtf8(std::string_view text, std::size_t i, char32_t& cp)
{
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t len = b0 < 0x80           ? 1
                      : (b0 >> 5) == 0x6  ? 2
                      : (b0 >> 4) == 0xE  ? 3
                      : (b0 >> 3) == 0x1E ? 4
                                          : 0;
    if (len == 0 || i + len > text.size()) {
        cp = 0xFFFD;
        return 1;
    }
    if (len == 1) {
        cp = b0;
        return 1;
    }
    char32_t value = b0 & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) {
            cp = 0xFFFD;
            return 1;
        }
        value = (value << 6) | (b & 0x3F);
    }
    cp = value;
    return len;
}

namespace {

void searchCjk(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!p) {
        sqlite3_result_null(ctx);
        return;
    }
    const std::string_view text(p, static_cast<std::size_t>(sqlite3_value_bytes(argv[0])));
    bool hasCjk = false;
    std::string spaced;
    try {
        spaced = spaceCjk(text, &hasCjk);
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!hasCjk) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_text64(ctx, spaced.data(), spaced.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

bool isCjk(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK Unified Ideographs
           || (cp >= 0x3400 && cp <= 0x4DBF)   // Extension A
           || (cp >= 0x20000 && cp <= 0x323AF) // Extensions B-H
           || (cp >= 0xF900 && cp <= 0xFAFF)   // Compatibility Ideographs
           || (cp >= 0x2F800 && cp <= 0x2FA1F) // Compatibility Supplement
           || (cp >= 0x3040 && cp <= 0x30FF)   // Hiragana, Katakana
           || (cp >= 0x31F0 && cp <= 0x31FF)   // Katakana phonetic extensions
           || (cp >= 0x3100 && cp <= 0x312F)   // Bopomofo
           || cp == 0x3005 || cp == 0x3007;    // 々 〇
}

std::string spaceCjk(std::string_view text, bool* hasCjk)
{
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    bool found = false;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t len = decodeUtf8(text, i, cp);
        if (isCjk(cp)) {
            found = true;
            if (!out.empty() && out.back() != ' ')
                out += ' ';
            out.append(text.substr(i, len));
            out += ' ';
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    if (!out.empty() && out.back() == ' ' && found)
        out.pop_back();
    if (hasCjk)
        *hasCjk = found;
    return found ? out : std::string(text);
}

void registerSearchFunctions(sqlite3* db)
{
    int rc = sqlite3_create_function_v2(db, kSearchCjkFunction, 1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        nullptr, &searchCjk, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw DatabaseError(
            std::string("cannot register ") + kSearchCjkFunction + ": " + sqlite3_errmsg(db), rc);
}

} // namespace vd::storage
