#pragma once

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "valuedesk/Error.h"
#include "valuedesk/io/CsvReader.h"
#include "valuedesk/io/CsvWriter.h"
#include "valuedesk/io/Encoding.h"

namespace vd::test {

// The property the CSV reader's fuzz target checks (tests/io/fuzz/CsvReaderFuzz.cpp under
// libFuzzer, CsvReaderFuzzReplayTest.cpp in the normal test run). Input layout: byte 0 picks
// the delimiter (bits 0-1) and encoding (bits 2-3), byte 1 the decoder's chunk size (1..256);
// the rest is the file. For any bytes the reader must either read records or throw
// vd::InputError (never crash, hang or throw anything else), must not depend on where chunks
// end, and whatever it reads must survive CsvWriter -> CsvReader unchanged. A violated
// property throws std::logic_error.
using Records = std::vector<std::vector<std::string>>;

struct FuzzRead
{
    Records records;
    std::string error; // what() of the InputError, empty when the read succeeded
};

inline FuzzRead fuzzRead(const std::string& data, char delimiter, const std::string& encoding,
                         std::size_t chunk)
{
    FuzzRead out;
    io::CsvOptions o;
    o.delimiter = delimiter;
    o.encoding = encoding;
    o.skipBytes = io::bomLengthFor(data, encoding);
    o.chunkSize = chunk;
    o.maxRecordBytes = 1 << 16;
    try {
        io::CsvReader r = io::CsvReader::fromText(data, o);
        while (r.next()) {
            std::vector<std::string> rec;
            for (std::size_t i = 0; i < r.size(); ++i)
                rec.emplace_back(r.field(i));
            out.records.push_back(std::move(rec));
        }
    } catch (const InputError& e) {
        out.records.clear();
        out.error = e.what();
    }
    return out;
}

inline void fuzzCsvReader(const std::uint8_t* bytes, std::size_t size)
{
    if (size < 2)
        return;
    static const char delimiters[] = {',', ';', '\t', '|'};
    static const char* encodings[] = {"UTF-8", "GB18030", "BIG5", "UTF-16LE"};
    const char delimiter = delimiters[bytes[0] & 3];
    const std::string encoding = encodings[(bytes[0] >> 2) & 3];
    const std::size_t chunk = 1 + bytes[1];
    const std::string data(reinterpret_cast<const char*>(bytes) + 2, size - 2);

    // Detection and sniffing take any bytes.
    try {
        (void)io::detectEncoding(data, true);
    } catch (const InputError&) {
    }
    if (io::isValidUtf8(data)) {
        const char sniffed = io::sniffDelimiter(data, true);
        if (sniffed != ',' && sniffed != ';' && sniffed != '\t' && sniffed != '|')
            throw std::logic_error("sniffDelimiter returned an unknown delimiter");
    }

    const FuzzRead small = fuzzRead(data, delimiter, encoding, chunk);
    const FuzzRead large = fuzzRead(data, delimiter, encoding, 1 << 20);
    if (small.records != large.records || small.error.empty() != large.error.empty())
        throw std::logic_error("the result depends on the chunk size (" + std::to_string(chunk) +
                               "): " + small.error + " / " + large.error);
    if (!small.error.empty())
        return;

    // Write and read back. A record that is one empty field is a blank line, which the
    // reader skips by design; the writer cannot express it.
    Records expected;
    std::ostringstream written;
    // A first field that starts with U+FEFF would read back as a byte-order mark at the
    // start of the file, which the reader strips; an explicit mark in front keeps it a
    // character (what an export with the Excel BOM option writes).
    for (const auto& rec : small.records)
        if (!(rec.size() == 1 && rec[0].empty())) {
            if (!rec.empty() && rec[0].rfind("\xEF\xBB\xBF", 0) == 0)
                written << "\xEF\xBB\xBF";
            break;
        }
    io::CsvWriter w(written, delimiter);
    for (const auto& rec : small.records) {
        if (rec.size() == 1 && rec[0].empty())
            continue;
        for (const auto& f : rec)
            w.field(f);
        w.endRow();
        expected.push_back(rec);
    }
    const FuzzRead again = fuzzRead(written.str(), delimiter, "UTF-8", chunk);
    if (!again.error.empty())
        throw std::logic_error("re-reading written CSV failed: " + again.error);
    if (again.records != expected)
        throw std::logic_error("written CSV reads back differently");
}

} // namespace vd::test
