#pragma once

#include "valuedesk/io/Encoding.h"
#include "valuedesk/io/Sha256.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vd::io {

struct CsvOptions
{
    char delimiter = ',';
    std::string encoding = "UTF-8"; // any name normalizeEncodingName() accepts
    std::size_t skipBytes = 0;      // byte-order mark to skip at the start of the file
    std::string fileName;           // for messages; defaults to the path
    std::size_t chunkSize = std::size_t{1} << 20;
    // A record longer than this is refused (almost always an unclosed quote), which keeps
    // memory bounded whatever the file size.
    std::size_t maxRecordBytes = std::size_t{16} << 20;
};

// A streaming RFC 4180 reader: fields separated by one delimiter, records by CRLF, LF or
// CR, fields optionally in double quotes with "" for a quote and delimiters and line breaks
// allowed inside. Reads the file in chunks through a Utf8Decoder, so memory stays flat for a
// file of any size, and hands out fields as views into its buffer (valid until the next
// call of next()). Blank lines are skipped. A quote that is never closed, or text after a
// closing quote, throws vd::InputError with the file, line and field number; so does a byte
// sequence that is invalid in the chosen encoding. A quote inside an unquoted field is kept
// as text (5" screen), as spreadsheets write it.
class CsvReader
{
public:
    static CsvReader fromFile(const std::string& path, CsvOptions options);
    static CsvReader fromText(std::string data, CsvOptions options);

    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;
    ~CsvReader();

    // Reads the next record; false at the end of the input.
    bool next();

    std::size_t size() const { return m_fields.size(); }
    std::string_view field(std::size_t i) const { return m_fields[i]; }
    bool quoted(std::size_t i) const { return m_quoted[i] != 0; }
    const std::vector<std::string_view>& fields() const { return m_fields; }
    const std::vector<unsigned char>& quotedFlags() const { return m_quoted; } // 1 = quoted
    // 1-based line where the current record starts (records may span lines).
    std::int64_t line() const { return m_recordLine; }
    std::int64_t recordCount() const { return m_records; }

    // Raw bytes read from the file so far and its size (for progress).
    std::uint64_t bytesRead() const { return m_bytesRead; }
    std::uint64_t totalBytes() const { return m_totalBytes; }
    // Hashes every raw byte read (the BOM included) into hash; set before the first next().
    void setHash(Sha256* hash) { m_hash = hash; }
    const CsvOptions& options() const { return m_options; }

private:
    explicit CsvReader(CsvOptions options);
    enum class Parse { Complete, NeedMore };
    Parse parseRecord();
    bool refill();
    [[noreturn]] void decodeFailed(const std::string& badBytes);

    CsvOptions m_options;
    std::unique_ptr<Utf8Decoder> m_decoder;
    struct FileCloser
    {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, FileCloser> m_file;
    std::string m_text;        // whole input for fromText
    std::size_t m_textPos = 0; // next raw byte of m_text
    bool m_rawEof = false;
    bool m_eof = false; // all input decoded into m_buf
    std::string m_buf;
    std::size_t m_pos = 0; // start of the next record in m_buf
    std::string m_scratch; // unescaped quoted fields that contained ""
    std::vector<char> m_raw;
    std::vector<std::string_view> m_fields;
    std::vector<unsigned char> m_quoted;
    struct Pending
    {
        bool scratch;
        std::size_t offset, length;
        bool quoted;
    };
    std::vector<Pending> m_pending;
    std::int64_t m_line = 1;       // line at m_pos
    std::int64_t m_recordLine = 0; // line of the current record
    std::int64_t m_records = 0;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_totalBytes = 0;
    Sha256* m_hash = nullptr;
    std::size_t m_bomBytesRead = 0; // of options.skipBytes
};

// Chooses the delimiter among , ; tab and | from the first records of a UTF-8 sample: the
// candidate that splits the header into the most fields and every following record into the
// same number (counted outside quotes) wins. Returns ',' when nothing splits. wholeText says
// the sample is complete (otherwise its last, possibly cut, record is ignored).
char sniffDelimiter(std::string_view utf8Sample, bool wholeText = false);

// Name of a delimiter for messages and the wizard: "comma", "semicolon", "tab", "pipe".
std::string delimiterName(char delimiter);
// Inverse of delimiterName, also accepting the character itself or \t; throws InputError.
char parseDelimiter(std::string_view text);

} // namespace vd::io
