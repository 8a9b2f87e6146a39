#include "valuedesk/io/CsvWriter.h"

namespace vd::io {

bool CsvWriter::needsQuotes(std::string_view text, char delimiter)
{
    if (text.empty())
        return false;
    for (char c : text)
        if (c == delimiter || c == '"' || c == '\n' || c == '\r')
            return true;
    auto space = [](char c) { return c == ' ' || c == '\t'; };
    return space(text.front()) || space(text.back());
}

void CsvWriter::field(std::string_view text)
{
    if (!m_first)
        m_out.put(m_delimiter);
    m_first = false;
    if (!needsQuotes(text, m_delimiter)) {
        m_out.write(text.data(), static_cast<std::streamsize>(text.size()));
        return;
    }
    m_out.put('"');
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            m_out.write(text.data() + start, static_cast<std::streamsize>(i - start + 1));
            m_out.put('"');
            start = i + 1;
        }
    }
    m_out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
    m_out.put('"');
}

void CsvWriter::emptyString()
{
    if (!m_first)
        m_out.put(m_delimiter);
    m_first = false;
    m_out.write("\"\"", 2);
}

void CsvWriter::endRow()
{
    m_out.write("\r\n", 2);
    m_first = true;
}

} // namespace vd::io
