#pragma once

#include <sqlite3.h>
#include <string>
#include <string_view>

// Text preparation for the customers_fts full-text index (schema v3). SQLite's unicode61
// tokenizer splits words at spaces and punctuation, so a run of Han characters such as
// "王旭涛" is one token and neither "旭涛" nor "涛" can be found. The index therefore carries,
// beside each original column, a derived column in which every CJK character stands alone
// ("王 旭 涛"), and a CJK query becomes a phrase of single characters ("旭 涛"): any
// substring of one or more characters matches, whatever its length.
namespace vd::storage {

// Decodes the UTF-8 sequence at text[i] into `codePoint` and returns its length in bytes;
// an invalid or truncated sequence counts as one byte (U+FFFD).
std::size_t decodeUtf8(std::string_view text, std::size_t i, char32_t& codePoint);

// Han ideographs (unified, extensions A-H, compatibility), Hiragana, Katakana and Bopomofo:
// the scripts written without spaces between words.
bool isCjk(char32_t codePoint);

// `text` with a space before and after every CJK character; false in `hasCjk` (and the text
// unchanged) when it contains none. Invalid UTF-8 bytes are copied as they are.
std::string spaceCjk(std::string_view text, bool* hasCjk = nullptr);

// Registers vd_search_cjk(text) on a connection: NULL for NULL or text without CJK, else
// spaceCjk(text). Deterministic and innocuous, so the schema's view and triggers may use it.
void registerSearchFunctions(sqlite3* db);

// The name of the SQL function, as the schema uses it.
inline constexpr const char* kSearchCjkFunction = "vd_search_cjk";

} // namespace vd::storage
