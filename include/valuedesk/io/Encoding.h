#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vd::io {

// What a file's bytes are, as far as the importer can tell. Analysts bring CSV exports from
// Chinese shop systems (GB18030/GBK), Taiwanese and Hong Kong systems (Big5), Excel (UTF-16
// or UTF-8 with a byte-order mark) and everything else (UTF-8): the importer converts all of
// them to UTF-8 with glibc iconv and says which one it chose, so the user can override it.
struct EncodingGuess
{
    std::string name;          // iconv name: UTF-8, UTF-16LE, UTF-16BE, GB18030, BIG5, ...
    std::size_t bomLength = 0; // bytes of byte-order mark to skip
    double confidence = 0.0;   // 0..1
    std::string reason;        // one line for the user ("UTF-8 byte-order mark", ...)
};

// True when text is well-formed UTF-8 (no overlongs, surrogates or code points > U+10FFFF).
// With allowTruncatedEnd, an incomplete sequence at the very end is accepted (a sample cut in
// the middle of a character).
bool isValidUtf8(std::string_view text, bool allowTruncatedEnd = false);

// Guesses the encoding of a file from its first bytes: a byte-order mark wins; then valid
// UTF-8; then UTF-16 without a mark (zero bytes in every other position); then GB18030
// against Big5 (and Windows-1252 for isolated high bytes), scored by decoding failures and by
// how many decoded characters are common Chinese characters. Throws vd::InputError naming the
// file when no candidate is plausible, so the user is asked for --encoding instead of getting
// mojibake. wholeFile says the sample is the entire file (no truncated character at its end).
EncodingGuess detectEncoding(std::string_view sample, bool wholeFile = false,
                             const std::string& fileName = {});

// The iconv name for what a user typed (utf8, UTF-8-SIG, gbk, cp936, gb2312, big5, utf-16,
// latin1, ...); throws vd::InputError when iconv does not know it.
std::string normalizeEncodingName(std::string_view name);

// Byte-order mark length at the start of data for the given encoding (0 when none).
std::size_t bomLengthFor(std::string_view data, const std::string& encoding);

// Streaming conversion to UTF-8 with an incomplete character at the end of one chunk carried
// over to the next. UTF-8 input is validated, not copied through iconv.
class Utf8Decoder
{
public:
    explicit Utf8Decoder(const std::string& encoding);
    ~Utf8Decoder();
    Utf8Decoder(const Utf8Decoder&) = delete;
    Utf8Decoder& operator=(const Utf8Decoder&) = delete;

    struct Result
    {
        bool ok = true;
        std::string badBytes; // the offending bytes (hex) when !ok
    };

    // Appends the UTF-8 of input to out. On an invalid or (with last) truncated sequence,
    // appends everything before it and returns !ok, so the caller can say where it was.
    Result decode(std::string_view input, std::string& out, bool last);

    const std::string& encoding() const { return m_encoding; }
    bool isUtf8() const { return m_utf8; }

private:
    std::string m_encoding;
    bool m_utf8 = false;
    void* m_cd = nullptr; // iconv_t
    std::string m_carry;  // bytes of an incomplete character from the previous chunk
};

// Whole-buffer convenience (tests, previews). Throws vd::InputError on invalid input.
std::string toUtf8(std::string_view data, const std::string& encoding);

} // namespace vd::io
