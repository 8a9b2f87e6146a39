#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace vd::io {

// Writes RFC 4180 CSV: fields quoted when they hold the delimiter, a quote, a line break or
// leading/trailing space (so that a re-import reads them back byte for byte), quotes doubled,
// records ended by CRLF. Used by exports and the rejects file of an import.
class CsvWriter
{
public:
    explicit CsvWriter(std::ostream& out, char delimiter = ',') : m_out(out), m_delimiter(delimiter)
    {
    }

    // UTF-8 byte-order mark, so that Excel opens the file as UTF-8 (Chinese text intact).
    void writeBom() { m_out << "\xEF\xBB\xBF"; }
    void field(std::string_view text);
    // An empty string written as "" so that a reader can tell it from a missing value (NULL).
    void emptyString();
    void endRow();

    static bool needsQuotes(std::string_view text, char delimiter);

private:
    std::ostream& m_out;
    char m_delimiter;
    bool m_first = true;
};

} // namespace vd::io
