#include "Command.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace vd::cli {

// ---------------------------------------------------------------- Args

Args::Args(std::vector<std::string> words) : m_words(std::move(words)), m_used(m_words.size()) {}

std::optional<std::string> Args::value(const std::string& name, const std::string& shortName)
{
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const std::string& w = m_words[i];
        if (w == name || (!shortName.empty() && w == shortName)) {
            if (i + 1 >= m_words.size())
                throw UsageError("option " + name + " needs a value");
            m_used[i] = m_used[i + 1] = true;
            return m_words[i + 1];
        }
        if (w.size() > name.size() && w.compare(0, name.size(), name) == 0 &&
            w[name.size()] == '=') {
            m_used[i] = true;
            return w.substr(name.size() + 1);
        }
    }
    return std::nullopt;
}

std::string Args::value(const std::string& name, const std::string& fallback,
                        const std::string& shortName)
{
    auto v = value(name, shortName);
    return v ? *v : fallback;
}

std::optional<double> Args::number(const std::string& name)
{
    auto v = value(name);
    if (!v)
        return std::nullopt;
    try {
        std::size_t pos = 0;
        double d = std::stod(*v, &pos);
        if (pos != v->size() || !std::isfinite(d))
            throw std::invalid_argument("trailing");
        return d;
    } catch (const std::exception&) {
        throw UsageError("option " + name + " needs a number, not \"" + *v + "\"");
    }
}

std::optional<std::int64_t> Args::integer(const std::string& name)
{
    auto v = value(name);
    if (!v)
        return std::nullopt;
    try {
        std::size_t pos = 0;
        long long n = std::stoll(*v, &pos);
        if (pos != v->size())
            throw std::invalid_argument("trailing");
        return n;
    } catch (const std::exception&) {
        throw UsageError("option " + name + " needs a whole number, not \"" + *v + "\"");
    }
}

bool Args::flag(const std::string& name, const std::string& shortName)
{
    bool found = false;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_words[i] == name || (!shortName.empty() && m_words[i] == shortName)) {
            m_used[i] = true;
            found = true;
        }
    }
    return found;
}

std::vector<std::string> Args::positionals()
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_used[i])
            continue;
        if (m_words[i].size() > 1 && m_words[i][0] == '-' &&
            !std::isdigit(static_cast<unsigned char>(m_words[i][1])))
            continue; // an option nobody asked for: finish() reports it
        out.push_back(m_words[i]);
    }
    m_positionalsRead = std::max(m_positionalsRead, out.size());
    return out;
}

std::string Args::positional(std::size_t index, const std::string& what)
{
    auto p = positionals();
    if (index >= p.size())
        throw UsageError("missing " + what);
    m_positionalsRead = std::max(m_positionalsRead, index + 1);
    return p[index];
}

void Args::finish()
{
    std::size_t positional = 0;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_used[i])
            continue;
        const std::string& w = m_words[i];
        if (w.size() > 1 && w[0] == '-' && !std::isdigit(static_cast<unsigned char>(w[1])))
            throw UsageError("unknown option " + w);
        if (++positional > m_positionalsRead)
            throw UsageError("unexpected argument \"" + w + "\"");
    }
}

// ---------------------------------------------------------------- ResultTable

namespace {

std::string cellText(const ResultTable::Cell& c, int precision, bool forTable)
{
    struct V
    {
        int precision;
        bool forTable;
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const
        {
            if (std::isnan(v))
                return forTable ? "NaN" : "";
            std::ostringstream s;
            if (forTable)
                s << std::fixed << std::setprecision(precision) << v;
            else
                s << std::setprecision(15) << v;
            return s.str();
        }
        std::string operator()(const std::string& v) const { return v; }
    };
    return std::visit(V{precision, forTable}, c);
}

std::string csvEscape(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    return out + '"';
}

std::string jsonEscape(const std::string& s)
{
    std::string out = "\"";
    for (char ch : s) {
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", ch);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    return out + '"';
}

// Display width of UTF-8 text: CJK and full-width characters take two columns.
std::size_t displayWidth(const std::string& s)
{
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = c;
        int len = 1;
        if (c >= 0xF0 && i + 3 < s.size() + 0) {
            cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
                 (s[i + 3] & 0x3Fu);
            len = 4;
        } else if (c >= 0xE0) {
            cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            len = 3;
        } else if (c >= 0xC0) {
            len = 2;
        }
        w += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                               (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                               (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)))
                 ? 2
                 : 1;
        i += static_cast<std::size_t>(len);
    }
    return w;
}

} // namespace

void ResultTable::print(std::ostream& out, Format format) const
{
    switch (format) {
    case Format::Csv:
        for (std::size_t c = 0; c < columns.size(); ++c)
            out << (c ? "," : "") << csvEscape(columns[c]);
        out << "\r\n";
        for (const auto& row : rows) {
            for (std::size_t c = 0; c < row.size(); ++c)
                out << (c ? "," : "") << csvEscape(cellText(row[c], precision, false));
            out << "\r\n";
        }
        break;
    case Format::Json:
        out << "[";
        for (std::size_t r = 0; r < rows.size(); ++r) {
            out << (r ? ",\n " : "\n ") << "{";
            for (std::size_t c = 0; c < columns.size() && c < rows[r].size(); ++c) {
                out << (c ? ", " : "") << jsonEscape(columns[c]) << ": ";
                const Cell& cell = rows[r][c];
                if (std::holds_alternative<std::monostate>(cell))
                    out << "null";
                else if (auto* s = std::get_if<std::string>(&cell))
                    out << jsonEscape(*s);
                else if (auto* d = std::get_if<double>(&cell); d && !std::isfinite(*d))
                    out << "null";
                else
                    out << cellText(cell, precision, false);
            }
            out << "}";
        }
        out << (rows.empty() ? "]\n" : "\n]\n");
        break;
    case Format::Table: {
        std::vector<std::size_t> width(columns.size());
        std::vector<std::vector<std::string>> text;
        for (std::size_t c = 0; c < columns.size(); ++c)
            width[c] = displayWidth(columns[c]);
        for (const auto& row : rows) {
            auto& t = text.emplace_back();
            for (std::size_t c = 0; c < columns.size(); ++c) {
                t.push_back(c < row.size() ? cellText(row[c], precision, true) : "");
                width[c] = std::max(width[c], displayWidth(t.back()));
            }
        }
        auto line = [&](const std::vector<std::string>& cells, const std::vector<Cell>* row) {
            for (std::size_t c = 0; c < cells.size(); ++c) {
                bool numeric = row && c < row->size() &&
                               (std::holds_alternative<std::int64_t>((*row)[c]) ||
                                std::holds_alternative<double>((*row)[c]));
                std::string pad(width[c] - displayWidth(cells[c]), ' ');
                out << (c ? "  " : "") << (numeric ? pad + cells[c] : cells[c] + pad);
            }
            out << "\n";
        };
        line(columns, nullptr);
        std::size_t total = 0;
        for (std::size_t w : width)
            total += w;
        out << std::string(total + 2 * (width.empty() ? 0 : width.size() - 1), '-') << "\n";
        for (std::size_t r = 0; r < text.size(); ++r)
            line(text[r], &rows[r]);
        break;
    }
    }
}

// ---------------------------------------------------------------- Context

Context::Context(std::ostream& out, std::ostream& err, Args args, std::string workspace,
                 Format format, bool quiet, std::string fileFormat)
    : m_out(out), m_err(err), m_args(std::move(args)), m_workspace(std::move(workspace)),
      m_format(format), m_quiet(quiet), m_fileFormat(std::move(fileFormat))
{
}

Context::~Context() = default;

Database& Context::db()
{
    if (!m_db) {
        if (m_workspace.empty())
            throw UsageError("this command needs a workspace: give --workspace FILE (-w FILE)");
        m_db = std::make_unique<Database>(m_workspace);
    }
    return *m_db;
}

ProgressCallback Context::progress()
{
    if (m_quiet)
        return {};
    // On a terminal one line is rewritten in place; into a pipe or a log file every step of
    // 5 % (or a new status) is a line of its own, without carriage returns or escape codes.
    const bool terminal = &m_err == &std::cerr && isatty(STDERR_FILENO) == 1;
    return [this, terminal, lastPercent = -1,
            lastStatus = std::string()](double fraction, std::string_view status) mutable {
        const int percent = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100));
        if (terminal) {
            m_err << "\r" << std::setw(3) << percent << "% " << status << "\x1b[K"
                  << (fraction >= 1.0 ? "\n" : "") << std::flush;
            return true;
        }
        if (status == lastStatus && percent / 5 == lastPercent / 5)
            return true;
        lastPercent = percent;
        lastStatus = std::string(status);
        m_err << std::setw(3) << percent << "% " << status << "\n" << std::flush;
        return true;
    };
}

// ---------------------------------------------------------------- Registry

namespace {
std::map<std::string, CommandInfo>& registry()
{
    static std::map<std::string, CommandInfo> r;
    return r;
}
} // namespace

void Registry::add(CommandInfo info)
{
    std::string name = info.name;
    registry()[name] = std::move(info);
}

const CommandInfo* Registry::find(const std::string& name)
{
    auto it = registry().find(name);
    return it == registry().end() ? nullptr : &it->second;
}

const std::map<std::string, CommandInfo>& Registry::all()
{
    return registry();
}

Format parseFormat(const std::string& text)
{
    if (text == "table")
        return Format::Table;
    if (text == "csv")
        return Format::Csv;
    if (text == "json")
        return Format::Json;
    throw UsageError("--format must be table, csv or json, not \"" + text + "\"");
}

bool acceptsFileFormat(const std::string& command, const std::string& value)
{
    return command == "journey" && (value == "png" || value == "svg" || value == "pdf");
}

} // namespace vd::cli
