#include "valuedesk/io/CsvReader.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace vd::io {

CsvReader::CsvReader(CsvOptions options) : m_options(std::move(options))
{
    m_decoder = std::make_unique<Utf8Decoder>(m_options.encoding);
    m_options.encoding = m_decoder->encoding();
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

CsvReader CsvReader::fromFile(const std::string& path, CsvOptions options)
{
    if (options.fileName.empty())
        options.fileName = path;
    CsvReader r(std::move(options));
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw InputError(path, 0, 0, "is a folder, not a CSV file");
    r.m_file.reset(std::fopen(path.c_str(), "rb"));
    if (!r.m_file)
        throw InputError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
    auto size = std::filesystem::file_size(path, ec);
    r.m_totalBytes = ec ? 0 : size;
    return r;
}

CsvReader CsvReader::fromText(std::string data, CsvOptions options)
{
    CsvReader r(std::move(options));
    r.m_text = std::move(data);
    r.m_totalBytes = r.m_text.size();
    return r;
}

void CsvReader::decodeFailed(const std::string& badBytes)
{
    // Everything before the bad bytes has been appended to m_buf: count lines up to there.
    std::string_view rest(m_buf.data() + m_pos, m_buf.size() - m_pos);
    std::int64_t line = m_line;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '\n' || (rest[i] == '\r' && (i + 1 >= rest.size() || rest[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    std::int64_t column = 1;
    for (std::size_t i = lineStart; i < rest.size(); ++i)
        column += (static_cast<unsigned char>(rest[i]) & 0xC0) != 0x80;
    throw InputError(m_options.fileName, line, column,
                     "invalid " + m_options.encoding + " byte sequence (" + badBytes +
                         "): the file is not in " + m_options.encoding +
                         "; choose its encoding with --encoding (e.g. GB18030, BIG5, UTF-16)");
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    // Keep the unparsed tail, drop what has been handed out.
    if (m_pos > 0) {
        m_buf.erase(0, m_pos);
        m_pos = 0;
    }
    if (m_buf.size() > m_options.maxRecordBytes)
        throw InputError(m_options.fileName, m_line, 0,
                         "a record longer than " + std::to_string(m_options.maxRecordBytes >> 20) +
                             " MB starts here; is a quote (\") never closed?");
    std::string_view chunk;
    if (m_file) {
        m_raw.resize(m_options.chunkSize);
        std::size_t n = std::fread(m_raw.data(), 1, m_raw.size(), m_file.get());
        if (n < m_raw.size()) {
            if (std::ferror(m_file.get()))
                throw InputError(m_options.fileName, m_line, 0,
                                 std::string("read error: ") + std::strerror(errno));
            m_rawEof = true;
        }
        chunk = std::string_view(m_raw.data(), n);
    } else {
        std::size_t n = std::min(m_options.chunkSize, m_text.size() - m_textPos);
        chunk = std::string_view(m_text).substr(m_textPos, n);
        m_textPos += n;
        m_rawEof = m_textPos >= m_text.size();
    }
    m_bytesRead += chunk.size();
    if (m_hash)
        m_hash->update(chunk);
    if (m_bomBytesRead < m_options.skipBytes) {
        // The byte-order mark may straddle chunks when they are tiny (found by the fuzzer
        // with 1-byte chunks); count what has been skipped so far.
        std::size_t skip = std::min(m_options.skipBytes - m_bomBytesRead, chunk.size());
        chunk.remove_prefix(skip);
        m_bomBytesRead += skip;
    }
    auto result = m_decoder->decode(chunk, m_buf, m_rawEof);
    if (!result.ok)
        decodeFailed(result.badBytes);
    if (m_rawEof)
        m_eof = true;
    return true;
}

namespace {

// Where the unquoted field that starts at p ends: the first delimiter, CR or LF, or end.
// Eight bytes at a time (a word that has a zero byte where it equals the pattern; the lowest
// such byte is exact): the 10^7-row import spent 1.4 s of its reading thread in the byte loop.
std::size_t fieldEnd(const char* buf, std::size_t p, std::size_t end, char delim)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
        const std::uint64_t d = kOnes * static_cast<unsigned char>(delim);
        constexpr std::uint64_t n = kOnes * static_cast<unsigned char>('\n');
        constexpr std::uint64_t r = kOnes * static_cast<unsigned char>('\r');
        auto zeroBytes = [](std::uint64_t y) { return (y - kOnes) & ~y & kHighs; };
        while (p + 8 <= end) {
            std::uint64_t w;
            std::memcpy(&w, buf + p, 8);
            const std::uint64_t hits = zeroBytes(w ^ d) | zeroBytes(w ^ n) | zeroBytes(w ^ r);
            if (hits)
                return p + static_cast<std::size_t>(std::countr_zero(hits) / 8);
            p += 8;
        }
    }
    while (p < end) {
        const char c = buf[p];
        if (c == delim || c == '\n' || c == '\r')
            break;
        ++p;
    }
    return p;
}

} // namespace

CsvReader::Parse CsvReader::parseRecord()
{
    m_pending.clear();
    m_scratch.clear();
    const char delim = m_options.delimiter;
    const char* buf = m_buf.data();
    const std::size_t end = m_buf.size();
    std::size_t p = m_pos;
    std::int64_t lines = 0; // line breaks consumed by this record

    auto countBreaks = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= end || buf[i + 1] != '\n')))
                ++lines;
    };

    for (;;) {
        // At the start of a field.
        if (p < end && buf[p] == '"') {
            const std::int64_t openLine = m_line + lines;
            const std::size_t openPos = p;
            std::size_t seg = ++p;
            bool inScratch = false;
            std::size_t scratchStart = m_scratch.size();
            for (;;) {
                const void* q = p < end ? std::memchr(buf + p, '"', end - p) : nullptr;
                if (!q) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    throw InputError(m_options.fileName, openLine,
                                     static_cast<std::int64_t>(m_pending.size() + 1),
                                     "a quoted field opened here is never closed (missing \")");
                }
                std::size_t qi = static_cast<std::size_t>(static_cast<const char*>(q) - buf);
                if (qi + 1 >= end && !m_eof)
                    return Parse::NeedMore; // cannot tell "" from a closing quote yet
                if (qi + 1 < end && buf[qi + 1] == '"') {
                    if (!inScratch) {
                        inScratch = true;
                        scratchStart = m_scratch.size();
                    }
                    m_scratch.append(buf + seg, qi - seg + 1); // text and one quote
                    p = seg = qi + 2;
                    continue;
                }
                countBreaks(openPos, qi);
                if (inScratch) {
                    m_scratch.append(buf + seg, qi - seg);
                    m_pending.push_back(
                        {true, scratchStart, m_scratch.size() - scratchStart, true});
                } else {
                    m_pending.push_back({false, seg, qi - seg, true});
                }
                p = qi + 1;
                break;
            }
            if (p < end && buf[p] != delim && buf[p] != '\r' && buf[p] != '\n') {
                // Count the lines of the whole field so the error names the right one.
                std::string_view after(buf + p, std::min<std::size_t>(end - p, 12));
                after = after.substr(0, after.find_first_of("\r\n"));
                throw InputError(
                    m_options.fileName, m_line + lines, static_cast<std::int64_t>(m_pending.size()),
                    "text after the closing quote of a quoted field (\"" + std::string(after) +
                        "...\"); a quote inside a field must be doubled (\"\")");
            }
        } else {
            std::size_t start = p;
            p = fieldEnd(buf, p, end, delim);
            if (p >= end && !m_eof)
                return Parse::NeedMore;
            m_pending.push_back({false, start, p - start, false});
        }
        // After a field: delimiter, line break or end of input.
        if (p >= end) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (buf[p] == delim) {
            ++p;
            continue;
        }
        if (buf[p] == '\r') {
            if (p + 1 >= end && !m_eof)
                return Parse::NeedMore;
            p += (p + 1 < end && buf[p + 1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    m_fields.clear();
    m_quoted.clear();
    for (const Pending& f : m_pending) {
        m_fields.emplace_back(f.scratch ? m_scratch.data() + f.offset : buf + f.offset, f.length);
        m_quoted.push_back(f.quoted ? 1 : 0);
    }
    m_recordLine = m_line;
    m_line += lines;
    m_pos = p;
    return Parse::Complete;
}

bool CsvReader::next()
{
    for (;;) {
        if (m_pos >= m_buf.size()) {
            if (m_eof)
                return false;
            refill();
            continue;
        }
        if (parseRecord() == Parse::NeedMore) {
            refill();
            continue;
        }
        if (m_fields.size() == 1 && !m_quoted[0] &&
            m_fields[0].find_first_not_of(" \t") == std::string_view::npos)
            continue; // blank line
        ++m_records;
        return true;
    }
}

namespace {

// Field counts of the first records of a sample for one delimiter, quote-aware.
std::vector<std::size_t> fieldCounts(std::string_view s, char delim, bool whole,
                                     std::size_t maxRecords)
{
    std::vector<std::size_t> counts;
    std::size_t i = 0, n = s.size();
    while (i < n && counts.size() < maxRecords) {
        std::size_t fields = 1;
        bool inQuotes = false, atFieldStart = true, complete = false;
        std::size_t start = i;
        for (; i < n; ++i) {
            char c = s[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && s[i + 1] == '"')
                        ++i;
                    else
                        inQuotes = false;
                }
                continue;
            }
            if (c == '"' && atFieldStart) {
                inQuotes = true;
                atFieldStart = false;
            } else if (c == delim) {
                ++fields;
                atFieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                    ++i;
                ++i;
                complete = true;
                break;
            } else {
                atFieldStart = false;
            }
        }
        if (!complete && !whole)
            break; // cut record at the end of the sample
        bool blank = (i - start) <= 2 && fields == 1 &&
                     s.substr(start, i - start).find_first_not_of("\r\n") == std::string_view::npos;
        if (!blank)
            counts.push_back(fields);
    }
    return counts;
}

} // namespace

char sniffDelimiter(std::string_view sample, bool wholeText)
{
    if (sample.substr(0, 3) == "\xEF\xBB\xBF")
        sample.remove_prefix(3);
    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    std::size_t bestFields = 1;
    for (char c : candidates) {
        auto counts = fieldCounts(sample, c, wholeText, 50);
        if (counts.empty() || counts[0] < 2)
            continue;
        std::size_t same =
            static_cast<std::size_t>(std::count(counts.begin(), counts.end(), counts[0]));
        double score = static_cast<double>(same) / static_cast<double>(counts.size());
        if (score > bestScore + 1e-9 ||
            (std::abs(score - bestScore) <= 1e-9 && counts[0] > bestFields)) {
            best = c;
            bestScore = score;
            bestFields = counts[0];
        }
    }
    return best;
}

std::string delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return "comma";
    case ';':
        return "semicolon";
    case '\t':
        return "tab";
    case '|':
        return "pipe";
    default:
        return std::string("'") + delimiter + "'";
    }
}

char parseDelimiter(std::string_view text)
{
    if (text == "," || text == "comma")
        return ',';
    if (text == ";" || text == "semicolon")
        return ';';
    if (text == "\t" || text == "\\t" || text == "tab")
        return '\t';
    if (text == "|" || text == "pipe")
        return '|';
    throw InputError("unknown delimiter \"" + std::string(text) +
                     "\"; use comma, semicolon, tab or pipe");
}

} // namespace vd::io
