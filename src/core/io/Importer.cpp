#include "valuedesk/io/Importer.h"

#include "io/ExternalIdIndex.h"
#include "io/ImportSupport.h"
#include "storage/WriteBehind.h"
#include "valuedesk/Date.h"
#include "valuedesk/Handoff.h"
#include "valuedesk/io/CsvReader.h"
#include "valuedesk/io/CsvWriter.h"
#include "valuedesk/io/Sha256.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <span>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <thread>
#include <unordered_map>

namespace vd::io {

using detail::ChangeLog;
using detail::RowConstraintError;
using detail::TableUpsert;
using detail::Value;
namespace fs = std::filesystem;

std::string RowIssue::describe(const std::string& file) const
{
    std::string where =
        file.empty() ? "line " + std::to_string(line) : file + ":" + std::to_string(line);
    if (column > 0)
        where += ":" + std::to_string(column);
    std::string what = reason;
    if (!columnName.empty())
        what = "column \"" + columnName + "\"" + (value.empty() ? "" : " value \"" + value + "\"") +
               ": " + reason;
    else if (!value.empty())
        what = "\"" + value + "\": " + reason;
    return where + ": " + what;
}

std::string defaultRejectsPath(const std::string& file)
{
    fs::path p(file);
    return (p.parent_path() / (p.stem().string() + ".rejects.csv")).string();
}

namespace {

std::int64_t clockNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// ---------------------------------------------------------------- reading setup

std::string readRange(std::FILE* f, std::uint64_t offset, std::size_t n)
{
    std::string out(n, '\0');
    if (std::fseek(f, static_cast<long>(offset), SEEK_SET) != 0)
        return {};
    out.resize(std::fread(out.data(), 1, n, f));
    return out;
}

// The bytes encoding detection looks at: the head of the file and, when the head is plain
// ASCII, pieces from the middle and the end (a file whose Chinese text starts late).
std::string encodingSample(const std::string& path, bool& whole)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        throw InputError(path, 0, 0, "cannot open the file");
    std::error_code ec;
    std::uint64_t size = fs::file_size(path, ec);
    const std::size_t headBytes = 256 * 1024;
    std::string sample = readRange(f, 0, headBytes);
    whole = sample.size() >= size;
    bool ascii = std::all_of(sample.begin(), sample.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != 0; });
    if (ascii && !whole) {
        for (std::uint64_t at : {size / 2, size > 65536 ? size - 65536 : 0}) {
            if (at <= headBytes)
                continue;
            std::string piece = readRange(f, at, 65536);
            std::size_t nl = piece.find('\n');
            if (nl != std::string::npos)
                sample += "\n" + piece.substr(nl + 1);
        }
        whole = false;
    }
    std::fclose(f);
    return sample;
}

// The first 64 KB decoded, for delimiter sniffing and previews.
std::string decodedHead(const std::string& path, const EncodingGuess& enc, bool& whole)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        throw InputError(path, 0, 0, "cannot open the file");
    std::error_code ec;
    std::uint64_t size = fs::file_size(path, ec);
    std::string raw = readRange(f, 0, 65536);
    std::fclose(f);
    whole = raw.size() >= size;
    std::string_view view(raw);
    view.remove_prefix(std::min(enc.bomLength, view.size()));
    Utf8Decoder dec(enc.name);
    std::string out;
    dec.decode(view, out, whole); // a bad byte stops the sample early; the reader reports it
    return out;
}

EncodingGuess chooseEncoding(const std::string& path, const std::string& requested)
{
    if (!requested.empty()) {
        std::string name = normalizeEncodingName(requested);
        std::FILE* f = std::fopen(path.c_str(), "rb");
        if (!f)
            throw InputError(path, 0, 0, "cannot open the file");
        std::string head = readRange(f, 0, 4);
        std::fclose(f);
        return {name, bomLengthFor(head, name), 1.0, "chosen by the user"};
    }
    bool whole = false;
    std::string sample = encodingSample(path, whole);
    return detectEncoding(sample, whole, path);
}

// ---------------------------------------------------------------- rows

enum class Got { Empty, Ok, Bad };
// Queued: the row is valid and waits in a batch of new rows (counted when the batch is
// written, or taken again one by one when the batch is refused).
// Checked: a row's values are ready to store (Handler::check); Queued: they wait in a batch.
enum class Outcome { New, Updated, Unchanged, Rejected, Checked, Queued };

std::string inQuotes(std::string_view value)
{
    return "\"" + std::string(value) + "\"";
}

std::string numberText(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

// How one mapped column's dates and numbers are read. A choice of the user (option or
// mapping) is final; otherwise the column's own values decide, and the value that did is
// kept for the note that tells the user and for the message when a later value disagrees.
struct ColumnPlan
{
    DateOrder order = DateOrder::Unknown;
    bool orderChosen = false;
    std::int64_t orderLine = 0;
    std::string orderValue;
    DecimalMark mark = DecimalMark::Unknown;
    bool markChosen = false;
    std::int64_t markLine = 0;
    std::string markValue;
};

// What the values of one column say about one question of format: the day/month order of
// its dates (first = day-first, second = month-first) or its decimal mark (first = point,
// second = comma), with the first line and value of each kind of evidence.
struct Evidence
{
    Evidence(int c, bool isDate) : column(c), date(isDate) {}
    int column = 0;
    bool date = true;
    bool first = false, second = false, ambiguous = false;
    std::int64_t firstLine = 0, secondLine = 0, ambiguousLine = 0;
    std::string firstValue, secondValue, ambiguousValue;
    bool decided() const { return first || second; }
};

// Decides, per column and never by guessing, the questions a file can leave open: the
// day/month order of dates written with the year last and the decimal mark of numbers such
// as 1,234 (docs/methods.md, "Values"). A pre-scan reads the mapped columns until each is
// decided or shows no ambiguity (at least 2000 rows); the main pass then reports what it
// meets later: the first deciding value of a still open column fixes the column, and the
// first ambiguous value of an open column reads the whole column again, which decides it,
// finds that both readings occur (an error) or has to ask the user (DateOrderNeededError,
// DecimalMarkNeededError).
class FormatPlan
{
public:
    FormatPlan(const std::string& file, const CsvOptions& reader,
               const std::vector<std::string>& headers, std::vector<std::string>& notes)
        : m_file(file), m_reader(reader), m_headers(headers), m_notes(notes),
          m_columns(headers.size())
    {
    }

    ColumnPlan& at(int c) { return m_columns[static_cast<std::size_t>(c)]; }

    void chooseOrder(int c, DateOrder order)
    {
        at(c).order = order;
        at(c).orderChosen = true;
    }
    void chooseMark(int c, DecimalMark mark)
    {
        at(c).mark = mark;
        at(c).markChosen = true;
    }

    // Reads the open columns from the start of the file; throws when a column proves both
    // readings, or when one stays ambiguous to the end of the file.
    void prescan(const std::vector<int>& dateColumns, const std::vector<int>& numberColumns,
                 ProgressReporter& progress)
    {
        std::vector<Evidence> ev;
        for (int c : dateColumns)
            if (!at(c).orderChosen)
                ev.push_back(Evidence{c, true});
        for (int c : numberColumns)
            if (!at(c).markChosen)
                ev.push_back(Evidence{c, false});
        if (ev.empty())
            return;
        scan(ev, false, &progress);
        for (const Evidence& e : ev)
            settle(e);
    }

    // The main pass met the first value that decides an open column.
    void dateProved(int c, DateEvidence evidence, std::int64_t line, std::string_view value)
    {
        Evidence e{c, true};
        (evidence == DateEvidence::DayFirst ? e.first : e.second) = true;
        (evidence == DateEvidence::DayFirst ? e.firstLine : e.secondLine) = line;
        (evidence == DateEvidence::DayFirst ? e.firstValue : e.secondValue) = std::string(value);
        settle(e);
    }
    void markProved(int c, DecimalMark evidence, std::int64_t line, std::string_view value)
    {
        Evidence e{c, false};
        (evidence == DecimalMark::Point ? e.first : e.second) = true;
        (evidence == DecimalMark::Point ? e.firstLine : e.secondLine) = line;
        (evidence == DecimalMark::Point ? e.firstValue : e.secondValue) = std::string(value);
        settle(e);
    }

    // The main pass met an ambiguous value in an open column: the whole column decides.
    void decideLate(int c, bool date)
    {
        std::vector<Evidence> ev{Evidence{c, date}};
        scan(ev, true, nullptr);
        settle(ev[0]);
    }

    // A value failed under an inferred order or mark: when it proves the other one, the
    // column mixes both and is refused; otherwise it is simply a bad value.
    void checkConflict(int c, bool date, std::int64_t line, std::string_view value)
    {
        const ColumnPlan& p = at(c);
        Evidence e{c, date};
        if (date) {
            if (p.orderChosen || p.order == DateOrder::Unknown)
                return;
            DateValue d = parseDate(value, DateOrder::Unknown);
            DateEvidence other =
                p.order == DateOrder::DayFirst ? DateEvidence::MonthFirst : DateEvidence::DayFirst;
            if (!d.epoch || d.evidence != other)
                return;
        } else {
            if (p.markChosen || p.mark == DecimalMark::Unknown)
                return;
            NumberValue n = parseNumber(value, DecimalMark::Unknown);
            if (!n.value || n.evidence == DecimalMark::Unknown || n.evidence == p.mark)
                return;
        }
        bool firstIsPlan = date ? p.order == DateOrder::DayFirst : p.mark == DecimalMark::Point;
        std::int64_t planLine = date ? p.orderLine : p.markLine;
        const std::string& planValue = date ? p.orderValue : p.markValue;
        e.first = e.second = true;
        e.firstLine = firstIsPlan ? planLine : line;
        e.firstValue = firstIsPlan ? planValue : std::string(value);
        e.secondLine = firstIsPlan ? line : planLine;
        e.secondValue = firstIsPlan ? std::string(value) : planValue;
        conflict(e);
    }

private:
    void scan(std::vector<Evidence>& ev, bool toTheEnd, ProgressReporter* progress)
    {
        CsvReader csv = CsvReader::fromFile(m_file, m_reader);
        csv.next(); // header
        // A column needs reading to its end only while it has ambiguous values and nothing
        // decided yet; the main pass handles what comes after.
        std::int64_t rows = 0;
        while (csv.next()) {
            ++rows;
            for (Evidence& e : ev) {
                if (static_cast<std::size_t>(e.column) >= csv.size() || (toTheEnd && e.decided()))
                    continue;
                std::string_view v = trim(csv.field(static_cast<std::size_t>(e.column)));
                if (v.empty())
                    continue;
                classify(e, v, csv.line());
                if (e.first && e.second)
                    conflict(e);
            }
            bool settled = std::all_of(ev.begin(), ev.end(), [&](const Evidence& e) {
                return e.decided() || (!toTheEnd && !e.ambiguous);
            });
            if (settled && (toTheEnd || rows >= 2000))
                break;
            if (progress && (rows & 0xFFF) == 0)
                progress->update(static_cast<std::int64_t>(csv.bytesRead()),
                                 static_cast<std::int64_t>(csv.totalBytes()),
                                 "checking the formats of dates and numbers");
        }
    }

    static void classify(Evidence& e, std::string_view v, std::int64_t line)
    {
        auto note = [&](bool& flag, std::int64_t& at, std::string& value) {
            if (!flag) {
                flag = true;
                at = line;
                value = std::string(v);
            }
        };
        if (e.date) {
            switch (parseDate(v, DateOrder::Unknown).evidence) {
            case DateEvidence::DayFirst:
                note(e.first, e.firstLine, e.firstValue);
                break;
            case DateEvidence::MonthFirst:
                note(e.second, e.secondLine, e.secondValue);
                break;
            case DateEvidence::Ambiguous:
                note(e.ambiguous, e.ambiguousLine, e.ambiguousValue);
                break;
            case DateEvidence::None:
                break;
            }
            return;
        }
        NumberValue n = parseNumber(v, DecimalMark::Unknown);
        if (n.ambiguous && !n.value)
            note(e.ambiguous, e.ambiguousLine, e.ambiguousValue);
        else if (n.value && n.evidence == DecimalMark::Point)
            note(e.first, e.firstLine, e.firstValue);
        else if (n.value && n.evidence == DecimalMark::Comma)
            note(e.second, e.secondLine, e.secondValue);
    }

    const std::string& header(int c) const { return m_headers[static_cast<std::size_t>(c)]; }

    // Applies what a column's evidence decides, or asks.
    void settle(const Evidence& e)
    {
        ColumnPlan& p = at(e.column);
        const std::string& name = header(e.column);
        if (e.date) {
            if (!e.decided()) {
                if (e.ambiguous)
                    throw DateOrderNeededError(m_file, e.ambiguousLine, e.column + 1, name,
                                               e.ambiguousValue);
                return;
            }
            p.order = e.first ? DateOrder::DayFirst : DateOrder::MonthFirst;
            p.orderLine = e.first ? e.firstLine : e.secondLine;
            p.orderValue = e.first ? e.firstValue : e.secondValue;
            m_notes.push_back("column " + inQuotes(name) + " read " +
                              (e.first ? "day-first" : "month-first") + ": line " +
                              std::to_string(p.orderLine) + " has " + p.orderValue);
            return;
        }
        if (!e.decided()) {
            if (e.ambiguous)
                throw DecimalMarkNeededError(m_file, e.ambiguousLine, e.column + 1, name,
                                             e.ambiguousValue);
            return;
        }
        p.mark = e.first ? DecimalMark::Point : DecimalMark::Comma;
        p.markLine = e.first ? e.firstLine : e.secondLine;
        p.markValue = e.first ? e.firstValue : e.secondValue;
        if (e.ambiguous) {
            NumberValue n = parseNumber(e.ambiguousValue, p.mark);
            m_notes.push_back("column " + inQuotes(name) + " read with a decimal " +
                              (e.first ? "point" : "comma") + ": line " +
                              std::to_string(p.markLine) + " has " + p.markValue + ", so " +
                              e.ambiguousValue + " (line " + std::to_string(e.ambiguousLine) +
                              ") is " + (n.value ? numberText(*n.value) : "?"));
        }
    }

    [[noreturn]] void conflict(const Evidence& e) const
    {
        const std::string& name = header(e.column);
        std::int64_t line = std::max(e.firstLine, e.secondLine);
        if (e.date)
            throw InputError(m_file, line, e.column + 1,
                             "column " + inQuotes(name) + " mixes day-first dates (line " +
                                 std::to_string(e.firstLine) + ": " + e.firstValue +
                                 ") and month-first dates (line " + std::to_string(e.secondLine) +
                                 ": " + e.secondValue +
                                 "); correct the file, or choose the order (--date-order dmy or "
                                 "mdy) to reject the dates written the other way");
        throw InputError(m_file, line, e.column + 1,
                         "column " + inQuotes(name) + " mixes decimal points (line " +
                             std::to_string(e.firstLine) + ": " + e.firstValue +
                             ") and decimal commas (line " + std::to_string(e.secondLine) + ": " +
                             e.secondValue +
                             "); correct the file, or choose the mark (--decimal point or comma) "
                             "to reject the numbers written the other way");
    }

    const std::string& m_file;
    CsvOptions m_reader;
    const std::vector<std::string>& m_headers;
    std::vector<std::string>& m_notes;
    std::vector<ColumnPlan> m_columns;
};

// One record of the file: its fields, which of them were quoted, and the line it starts on;
// views into the reader's buffer, or into a RecordStore for rows taken again.
struct Record
{
    const std::string_view* fields = nullptr;
    const unsigned char* quoted = nullptr;
    std::size_t size = 0;
    std::int64_t line = 0;

    static Record of(const CsvReader& csv)
    {
        return {csv.fields().data(), csv.quotedFlags().data(), csv.size(), csv.line()};
    }
    std::string_view field(std::size_t i) const { return fields[i]; }
    bool isQuoted(std::size_t i) const { return quoted[i] != 0; }
};

// Copies of the records of a pending batch, to take them again one by one when the batch
// is refused.
class RecordStore
{
public:
    void add(const Record& r)
    {
        m_records.push_back({m_spans.size(), r.size, r.line});
        for (std::size_t i = 0; i < r.size; ++i) {
            m_spans.push_back({m_text.size(), r.fields[i].size()});
            m_quoted.push_back(r.quoted[i]);
            m_text.append(r.fields[i]);
        }
    }
    std::size_t size() const { return m_records.size(); }
    // Record k; its views (kept in views) are valid until the store changes.
    Record get(std::size_t k, std::vector<std::string_view>& views) const
    {
        const Entry& e = m_records[k];
        views.clear();
        for (std::size_t i = 0; i < e.size; ++i) {
            const auto& [offset, length] = m_spans[e.first + i];
            views.emplace_back(m_text.data() + offset, length);
        }
        return {views.data(), m_quoted.data() + e.first, e.size, e.line};
    }
    void clear()
    {
        m_records.clear();
        m_spans.clear();
        m_quoted.clear();
        m_text.clear();
    }

private:
    struct Entry
    {
        std::size_t first, size;
        std::int64_t line;
    };
    std::vector<Entry> m_records;
    std::vector<std::pair<std::size_t, std::size_t>> m_spans;
    std::vector<unsigned char> m_quoted;
    std::string m_text;
};

// Copies of the values of checked rows (Handler::check), their text in one buffer, to store
// them later on another thread or again one by one when their batch is refused. get() hands
// out views into the buffer: call it only once the rows have been added.
class ValueRows
{
public:
    void add(const std::vector<Value>& values)
    {
        for (const Value& v : values) {
            m_values.push_back(v);
            if (v.type == Value::Type::Text) {
                m_spans.push_back({m_text.size(), v.s.size()});
                m_text.append(v.s);
                m_values.back().s = {};
            } else {
                m_spans.push_back({0, 0});
            }
        }
        m_width = values.size();
        ++m_rows;
    }
    std::size_t size() const { return m_rows; }
    // Points the text values at their copies, once every row is in (the text moves while
    // rows are added); row() is valid from then on.
    void seal()
    {
        for (std::size_t k = 0; k < m_values.size(); ++k)
            if (m_values[k].type == Value::Type::Text)
                m_values[k].s =
                    std::string_view(m_text).substr(m_spans[k].first, m_spans[k].second);
    }
    std::span<const Value> row(std::size_t k) const
    {
        return std::span<const Value>(m_values).subspan(k * m_width, m_width);
    }
    void get(std::size_t k, std::vector<Value>& out) const
    {
        const std::size_t first = k * m_width;
        out.assign(m_values.begin() + static_cast<std::ptrdiff_t>(first),
                   m_values.begin() + static_cast<std::ptrdiff_t>(first + m_width));
        for (std::size_t i = 0; i < m_width; ++i)
            if (out[i].type == Value::Type::Text)
                out[i].s = std::string_view(m_text).substr(m_spans[first + i].first,
                                                           m_spans[first + i].second);
    }
    void clear()
    {
        m_values.clear();
        m_spans.clear();
        m_text.clear();
        m_rows = 0;
    }

private:
    std::vector<Value> m_values;
    std::vector<std::pair<std::size_t, std::size_t>> m_spans;
    std::string m_text;
    std::size_t m_width = 0, m_rows = 0;
};

// Rows read and checked on the reading thread, in file order, for the connection's thread to
// store: each record with its issues (rejected) or its values (checked). The last chunk of a
// file is marked, with the exception that ended the reading, if one did.
struct CheckedChunk
{
    static constexpr std::size_t kRows = 2048;

    RecordStore records;
    ValueRows values;
    std::vector<std::int64_t> valueRow; // per record: its row in values, -1 when rejected
    std::vector<RowIssue> issues;
    std::vector<std::size_t> issuesEnd; // per record: end of its issues in issues
    std::uint64_t bytesRead = 0;        // of the file, after the chunk's last record
    bool last = false;
    std::exception_ptr error;

    std::size_t size() const { return valueRow.size(); }
    bool full() const { return size() >= kRows; }
    void add(const Record& record, const std::vector<RowIssue>& rowIssues,
             const std::vector<Value>* checked)
    {
        records.add(record);
        valueRow.push_back(checked ? static_cast<std::int64_t>(values.size()) : -1);
        if (checked)
            values.add(*checked);
        issues.insert(issues.end(), rowIssues.begin(), rowIssues.end());
        issuesEnd.push_back(issues.size());
    }
    void clear()
    {
        records.clear();
        values.clear();
        valueRow.clear();
        issues.clear();
        issuesEnd.clear();
        bytesRead = 0;
        last = false;
        error = nullptr;
    }
};

// One record of the file with typed, validated access to its cells. Every failed cell adds
// a RowIssue (line, column, header, value, reason); a row with issues is rejected.
class Row
{
public:
    Row(const Record& record, const std::vector<std::string>& headers, FormatPlan& formats,
        std::vector<RowIssue>& issues)
        : m_csv(record), m_headers(headers), m_formats(formats), m_issues(issues)
    {
    }

    std::int64_t line() const { return m_csv.line; }
    const Record& record() const { return m_csv; }
    std::string_view raw(int c) const
    {
        if (c < 0 || static_cast<std::size_t>(c) >= m_csv.size)
            return {};
        auto u = static_cast<std::size_t>(c);
        return m_csv.isQuoted(u) ? m_csv.field(u) : trim(m_csv.field(u));
    }
    bool empty(int c) const { return c < 0 || trim(raw(c)).empty(); }
    bool hasIssues() const { return !m_issues.empty(); }
    // Puts the row's issues in the order of its columns (whole-row issues first), whatever
    // order they were found in.
    void sortIssues()
    {
        std::stable_sort(m_issues.begin(), m_issues.end(),
                         [](const RowIssue& a, const RowIssue& b) { return a.column < b.column; });
    }

    void issue(int c, std::string reason)
    {
        RowIssue i;
        i.line = line();
        if (c >= 0) {
            i.column = c + 1;
            i.columnName = m_headers[static_cast<std::size_t>(c)];
            i.value = std::string(raw(c));
        }
        i.reason = std::move(reason);
        m_issues.push_back(std::move(i));
    }

    // Text of a cell; an empty unquoted cell is NULL, a quoted empty one ("") the empty string
    // (the convention of PostgreSQL's CSV COPY, which ValueDesk's export follows).
    std::optional<std::string_view> text(int c) const
    {
        if (c < 0 || static_cast<std::size_t>(c) >= m_csv.size)
            return std::nullopt;
        if (m_csv.isQuoted(static_cast<std::size_t>(c)))
            return m_csv.field(static_cast<std::size_t>(c));
        if (empty(c))
            return std::nullopt;
        return raw(c);
    }
    // An id: never empty.
    std::optional<std::string_view> key(int c) const
    {
        if (empty(c))
            return std::nullopt;
        return raw(c);
    }
    Value textValue(int c) const
    {
        auto t = text(c);
        return t ? Value::text(*t) : Value::null();
    }

    Got date(int c, int timeColumn, std::int64_t& out)
    {
        if (empty(c))
            return Got::Empty;
        const std::string_view value = raw(c);
        ColumnPlan& plan = m_formats.at(c);
        DateValue d = parseDate(value, plan.order);
        if (!d.epoch) {
            if (d.evidence == DateEvidence::Ambiguous && plan.order == DateOrder::Unknown) {
                m_formats.decideLate(c, true);
                d = parseDate(value, plan.order);
            } else {
                m_formats.checkConflict(c, true, line(), trim(value));
            }
            if (!d.epoch) {
                issue(c, "bad date: " + d.error);
                return Got::Bad;
            }
        } else if (plan.order == DateOrder::Unknown && (d.evidence == DateEvidence::DayFirst ||
                                                        d.evidence == DateEvidence::MonthFirst)) {
            m_formats.dateProved(c, d.evidence, line(), trim(value));
        }
        out = *d.epoch;
        if (timeColumn >= 0 && !empty(timeColumn)) {
            if (d.hasTime) {
                issue(timeColumn, "the date already has a time of day");
                return Got::Bad;
            }
            DateValue t = parseDate("2000-01-01 " + std::string(raw(timeColumn)));
            if (!t.epoch || !t.hasTime) {
                issue(timeColumn, "bad time of day" + (t.error.empty() ? "" : ": " + t.error));
                return Got::Bad;
            }
            out += *t.epoch - date::toEpoch(2000, 1, 1);
        }
        return Got::Ok;
    }

    Got number(int c, double& out)
    {
        if (empty(c))
            return Got::Empty;
        const std::string_view value = raw(c);
        ColumnPlan& plan = m_formats.at(c);
        NumberValue n = parseNumber(value, plan.mark);
        if (!n.value) {
            if (n.ambiguous && plan.mark == DecimalMark::Unknown) {
                m_formats.decideLate(c, false);
                n = parseNumber(value, plan.mark);
            } else {
                m_formats.checkConflict(c, false, line(), trim(value));
            }
            if (!n.value) {
                issue(c, "not a number (" + n.error + ")");
                return Got::Bad;
            }
        } else if (plan.mark == DecimalMark::Unknown && n.evidence != DecimalMark::Unknown) {
            m_formats.markProved(c, n.evidence, line(), trim(value));
        }
        out = *n.value;
        return Got::Ok;
    }

    Got integer(int c, std::int64_t& out)
    {
        double d = 0;
        Got g = number(c, d);
        if (g != Got::Ok)
            return g;
        if (d != std::floor(d) || std::fabs(d) > 9.0e15) {
            issue(c, "not a whole number");
            return Got::Bad;
        }
        out = static_cast<std::int64_t>(d);
        return Got::Ok;
    }

    // Integer score within the field's range (NPS 0-10, CSAT 1-5, CES 1-7, birth year).
    Got score(int c, const FieldSpec& f, std::int64_t& out)
    {
        Got g = integer(c, out);
        if (g == Got::Ok && (out < f.min || out > f.max)) {
            issue(c,
                  "score out of range: " + f.name + " must be " + fmt(f.min) + " to " + fmt(f.max));
            return Got::Bad;
        }
        return g;
    }

    // Number within [min, max] (ratings 1-7, sentiment -1..1).
    Got rating(int c, double min, double max, const std::string& what, double& out)
    {
        Got g = number(c, out);
        if (g == Got::Ok && (out < min || out > max)) {
            issue(c, "score out of range: " + what + " must be " + fmt(min) + " to " + fmt(max));
            return Got::Bad;
        }
        return g;
    }

    Got boolean(int c, bool& out)
    {
        if (empty(c))
            return Got::Empty;
        auto b = parseBool(raw(c));
        if (!b) {
            issue(c, "not yes/no (use 1/0, yes/no, true/false, 是/否)");
            return Got::Bad;
        }
        out = *b;
        return Got::Ok;
    }

    static std::string fmt(double v)
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return buf;
    }

private:
    const Record& m_csv;
    const std::vector<std::string>& m_headers;
    FormatPlan& m_formats;
    std::vector<RowIssue>& m_issues;
};

// What every kind's handler can use.
struct Context
{
    Database& db;
    ChangeLog& log;
    const Mapping& mapping;
    const std::vector<std::string>& headers;
    std::int64_t now;
    std::string study;
    std::vector<std::string>& notes;
    // Column index of a field or pattern target, -1 when not mapped.
    std::map<std::string, int> columnOf;

    int col(const std::string& target) const
    {
        auto it = columnOf.find(target);
        return it == columnOf.end() ? -1 : it->second;
    }
};

class Handler
{
public:
    virtual ~Handler() = default;
    virtual void prepare() {}
    // Checks and stores a row on this thread (the kinds that do not split).
    virtual Outcome process(Row&)
    {
        throw Error("internal: this kind checks rows apart from storing them");
    }
    // Tables whose secondary indexes may be suspended for a bulk load.
    virtual std::vector<std::string> bulkTables() const { return {}; }
    // Batches of new rows (kinds whose rows have no child rows): rows queued, whether the
    // batch is full, writing it (how many rows from the first were written: fewer than
    // pending() when a constraint refused one), switching batching.
    virtual std::size_t pending() const { return 0; }
    virtual bool batchFull() const { return false; }
    virtual std::size_t flushBatch() { return 0; }
    virtual void setBatching(bool) {}
    // The kinds that batch (transactions, interactions) check a row without the database:
    // check() turns it into the values of its table row (or rejects it) and may run on the
    // reading thread, while store() writes the values of earlier rows on the connection's
    // thread. check() returns Rejected or Checked; the values it fills stay valid until the
    // next row is read. store() copies what it queues; queue() does not.
    virtual bool splits() const { return false; }
    virtual Outcome check(Row&, std::vector<Value>&)
    {
        throw Error("internal: this kind does not check rows apart from storing them");
    }
    virtual Outcome store(Row&, const std::vector<Value>&)
    {
        throw Error("internal: this kind does not check rows apart from storing them");
    }
    // The shortcut of store() for a checked row while batches are on: queues its values
    // (valid until the next flushBatch()) and returns true; false when the row must go
    // through store().
    virtual bool queue(std::span<const Value>) { return false; }
};

// Loads external id -> id of customers once, for the kinds that reference customers.
class CustomerLookup
{
public:
    void load(Database& db)
    {
        m_index.reserve(static_cast<std::size_t>(db.queryInt("SELECT count(*) FROM customers")));
        Statement st = db.prepare("SELECT external_id, id FROM customers");
        sqlite3_stmt* h = st.handle();
        while (st.step()) {
            const char* p = reinterpret_cast<const char*>(sqlite3_column_text(h, 0));
            m_index.insert(
                std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(h, 0))),
                sqlite3_column_int64(h, 1));
        }
        m_loaded = true;
    }
    bool loaded() const { return m_loaded; }

    // Starts loading the slot of the row's customer for a find() a little later: with 10^5
    // customers the table is larger than the processor's cache, and waiting for that load
    // was 88 % of find() in the 10^7-row benchmark.
    void prefetch(const Row& row, int c) const
    {
        if (auto t = row.key(c))
            m_index.prefetch(*t);
    }
    Got find(Row& row, int c, std::int64_t& id) const
    {
        auto t = row.key(c);
        if (!t)
            return Got::Empty;
        id = m_index.find(*t);
        if (id < 0) {
            row.issue(c, "unknown customer id (not in the workspace; import the customers first)");
            return Got::Bad;
        }
        return Got::Ok;
    }

private:
    ExternalIdIndex m_index;
    bool m_loaded = false;
};

// Shared shape of the simple kinds: a list of (target field, table column) pairs that are
// written when mapped, a key, and the upsert.
class TableHandler : public Handler
{
public:
    explicit TableHandler(Context& ctx) : m_ctx(ctx) {}

protected:
    // Registers a table column fed by a field; returns its position in m_values or -1.
    int use(const std::string& column, bool mapped)
    {
        if (!mapped)
            return -1;
        m_columns.push_back(column);
        return static_cast<int>(m_columns.size() - 1);
    }

    void build(const std::string& table, bool keyed, std::vector<TableUpsert::Keep> keep = {},
               std::vector<std::string> keyColumns = {})
    {
        if (keyed && keyColumns.empty())
            keyColumns = {"external_id"};
        std::vector<std::string> update;
        for (const auto& c : m_columns)
            if (std::find(keyColumns.begin(), keyColumns.end(), c) == keyColumns.end())
                update.push_back(c);
        m_upsert = std::make_unique<TableUpsert>(m_ctx.db, m_ctx.log, table, m_columns,
                                                 keyed ? keyColumns : std::vector<std::string>{},
                                                 update, std::move(keep));
        m_values.assign(m_columns.size(), Value::null());
    }

    void set(int pos, Value v)
    {
        if (pos >= 0)
            m_values[static_cast<std::size_t>(pos)] = v;
    }

    // Rows are queued in batches of this many for one multi-row INSERT each (fewer when
    // SQLite's limit of bound values, 32766, is nearer). 64 -> 1024 rows: 0.8 -> 0.6 s for
    // the rows of a 10^6-row import.
    static constexpr std::size_t kBatchRows = 1024;
    void enableBatches()
    {
        m_batch = std::make_unique<detail::BatchInsert>(m_ctx.db, m_ctx.log, m_upsert->table(),
                                                        m_columns, kBatchRows);
        m_batching = true;
    }

public:
    std::size_t pending() const override { return m_batch ? m_batch->size() : 0; }
    bool batchFull() const override { return m_batch && m_batch->full(); }
    std::size_t flushBatch() override { return m_batch ? m_batch->flush() : 0; }
    void setBatching(bool on) override { m_batching = on && m_batch; }
    bool queue(std::span<const Value> values) override
    {
        if (!m_batching)
            return false;
        m_batch->addBorrowed(values);
        return true;
    }

protected:
    // Writes m_values; children hooks let responses and Kano compare and replace their rows.
    Outcome write(Row& row, bool keyPresent, int keyColumn)
    {
        return write(row, m_values, keyPresent, keyColumn);
    }
    Outcome write(Row& row, const std::vector<Value>& values, bool keyPresent, int keyColumn)
    {
        if (m_batching) {
            m_batch->add(values);
            return Outcome::Queued;
        }
        TableUpsert::Result r;
        try {
            r = m_upsert->write(values, keyPresent);
        } catch (const RowConstraintError& e) {
            row.issue(-1, "refused by the workspace: " + e.message);
            return Outcome::Rejected;
        }
        switch (r.outcome) {
        case TableUpsert::Outcome::Inserted:
            insertChildren(r.id);
            return Outcome::New;
        case TableUpsert::Outcome::Duplicate:
            row.issue(keyColumn, "duplicate id within the file (an earlier row has the same id)");
            return Outcome::Rejected;
        case TableUpsert::Outcome::Existing:
            break;
        }
        nlohmann::json childOld;
        bool childDiffers = childrenDiffer(r.id, childOld);
        if (!r.differs && !childDiffers) {
            m_ctx.log.touched(m_upsert->table(), r.id);
            return Outcome::Unchanged;
        }
        nlohmann::json old = r.differs ? r.old : nlohmann::json::object();
        if (childDiffers)
            for (auto& [k, v] : childOld.items())
                old[k] = v;
        m_ctx.log.updated(m_upsert->table(), r.id, old);
        if (r.differs) {
            try {
                m_upsert->update(values, r.id);
            } catch (const RowConstraintError& e) {
                throw DatabaseError("import: the update of row " + std::to_string(r.id) + " of " +
                                        m_upsert->table() + " was refused: " + e.message,
                                    SQLITE_CONSTRAINT);
            }
        }
        if (childDiffers)
            replaceChildren(r.id);
        return Outcome::Updated;
    }

    virtual void insertChildren(std::int64_t) {}
    virtual bool childrenDiffer(std::int64_t, nlohmann::json&) { return false; }
    virtual void replaceChildren(std::int64_t) {}

    Context& m_ctx;
    std::vector<std::string> m_columns;
    std::vector<Value> m_values;
    std::unique_ptr<TableUpsert> m_upsert;
    std::unique_ptr<detail::BatchInsert> m_batch;
    bool m_batching = false;
};

// A TableHandler whose rows are checked apart from being stored (Handler::splits()): check()
// writes a row's values into the vector it is given, never into the handler, so that the
// reading thread can check row n + 1 while the connection's thread stores row n.
class CheckedHandler : public TableHandler
{
public:
    using TableHandler::TableHandler;

    bool splits() const override { return true; }
    Outcome store(Row& row, const std::vector<Value>& values) override
    {
        const bool keyPresent =
            m_keyPos >= 0 && values[static_cast<std::size_t>(m_keyPos)].type != Value::Type::Null;
        return write(row, values, keyPresent, m_keyColumn);
    }

protected:
    // The file column and value position of the row's id (external_id); -1 when unmapped.
    void keyedBy(int column, int pos)
    {
        m_keyColumn = column;
        m_keyPos = pos;
    }
    std::vector<Value>& start(std::vector<Value>& out) const
    {
        out.assign(m_columns.size(), Value::null());
        return out;
    }
    static void put(std::vector<Value>& out, int pos, Value v)
    {
        if (pos >= 0)
            out[static_cast<std::size_t>(pos)] = v;
    }

private:
    int m_keyColumn = -1, m_keyPos = -1;
};

// ---------------------------------------------------------------- customers

class CustomersHandler : public TableHandler
{
public:
    using TableHandler::TableHandler;

    void prepare() override
    {
        const auto& fields = fieldsFor(ImportKind::Customers);
        for (const FieldSpec& f : fields) {
            int c = m_ctx.col(f.name);
            bool always = f.name == "external_id" || f.name == "created_at";
            int pos = use(f.name, c >= 0 || always);
            if (pos >= 0)
                m_cells.push_back({&f, c, pos});
        }
        // created_at: an empty or missing cell keeps the stored date, and new customers get
        // the import's time.
        build("customers", true, {{"created_at", std::to_string(m_ctx.now)}});
    }

    Outcome process(Row& row) override
    {
        int keyCol = m_ctx.col("external_id");
        for (const Cell& cell : m_cells) {
            const FieldSpec& f = *cell.field;
            int c = cell.column;
            Value v = Value::null();
            if (f.name == "external_id") {
                auto t = row.key(c);
                if (!t)
                    row.issue(c, "missing customer id");
                else
                    v = Value::text(*t);
            } else if (f.type == FieldType::Integer) {
                std::int64_t n = 0;
                if (row.score(c, f, n) == Got::Ok)
                    v = Value::integer(n);
            } else if (f.type == FieldType::Boolean) {
                bool b = false;
                row.boolean(c, b);
                v = Value::integer(b ? 1 : 0); // empty: no consent
            } else if (f.type == FieldType::Date) {
                std::int64_t ts = 0;
                if (row.date(c, -1, ts) == Got::Ok)
                    v = Value::integer(ts);
            } else if (f.name == "name") {
                v = Value::text(row.text(c).value_or(std::string_view()));
            } else {
                v = row.textValue(c);
            }
            set(cell.pos, v);
        }
        if (row.hasIssues())
            return Outcome::Rejected;
        return write(row, true, keyCol);
    }

private:
    struct Cell
    {
        const FieldSpec* field;
        int column;
        int pos;
    };
    std::vector<Cell> m_cells;
};

// ---------------------------------------------------------------- transactions

class TransactionsHandler : public CheckedHandler
{
public:
    using CheckedHandler::CheckedHandler;

    void prepare() override
    {
        m_cCustomer = m_ctx.col("customer");
        m_cTs = m_ctx.col("ts");
        m_cTime = m_ctx.col("ts_time");
        m_cAmount = m_ctx.col("amount");
        m_cId = m_ctx.col("external_id");
        m_cCost = m_ctx.col("cost");
        m_cMargin = m_ctx.col("margin");
        m_cQty = m_ctx.col("quantity");
        m_cChannel = m_ctx.col("channel");
        m_cProduct = m_ctx.col("product");
        m_cCategory = m_ctx.col("category");
        m_cReturn = m_ctx.col("is_return");
        m_pCustomer = use("customer_id", true);
        m_pTs = use("ts", true);
        m_pAmount = use("amount", true);
        m_pId = use("external_id", m_cId >= 0);
        m_pCost = use("cost", m_cCost >= 0 || m_cMargin >= 0);
        m_pQty = use("quantity", m_cQty >= 0);
        m_pChannel = use("channel", m_cChannel >= 0);
        m_pProduct = use("product", m_cProduct >= 0);
        m_pCategory = use("category", m_cCategory >= 0);
        m_pReturn = use("is_return", m_cReturn >= 0);
        build("transactions", m_cId >= 0);
        keyedBy(m_cId, m_pId);
        enableBatches();
        m_customers.load(m_ctx.db);
    }

    std::vector<std::string> bulkTables() const override { return {"transactions"}; }

    Outcome check(Row& row, std::vector<Value>& out) override
    {
        std::int64_t customer = 0, ts = 0;
        double amount = 0;
        // The customer is looked up last, once its slot has had the time to arrive.
        m_customers.prefetch(row, m_cCustomer);
        if (row.date(m_cTs, m_cTime, ts) == Got::Empty)
            row.issue(m_cTs, "missing date");
        Got gotAmount = row.number(m_cAmount, amount);
        if (gotAmount == Got::Empty)
            row.issue(m_cAmount, "missing amount");
        bool isReturn = false;
        row.boolean(m_cReturn, isReturn);
        if (gotAmount == Got::Ok && amount < 0 && !isReturn)
            row.issue(m_cAmount, "negative amount in a row not marked as a return");
        Value cost = Value::null();
        double x = 0;
        if (m_cMargin >= 0 && row.number(m_cMargin, x) == Got::Ok)
            cost = Value::real(amount - x);
        if (m_cCost >= 0 && row.number(m_cCost, x) == Got::Ok) {
            if (x < 0 && !isReturn)
                row.issue(m_cCost, "negative cost in a row not marked as a return");
            cost = Value::real(x);
        }
        std::int64_t qty = 1;
        if (row.integer(m_cQty, qty) == Got::Ok && qty < 0 && !isReturn)
            row.issue(m_cQty, "negative quantity in a row not marked as a return");
        if (m_customers.find(row, m_cCustomer, customer) == Got::Empty)
            row.issue(m_cCustomer, "missing customer id");
        if (row.hasIssues()) {
            row.sortIssues();
            return Outcome::Rejected;
        }
        start(out);
        put(out, m_pCustomer, Value::integer(customer));
        put(out, m_pTs, Value::integer(ts));
        put(out, m_pAmount, Value::real(amount));
        auto id = row.key(m_cId);
        put(out, m_pId, id ? Value::text(*id) : Value::null());
        put(out, m_pCost, cost);
        put(out, m_pQty, Value::integer(qty));
        put(out, m_pChannel, row.textValue(m_cChannel));
        put(out, m_pProduct, row.textValue(m_cProduct));
        put(out, m_pCategory, row.textValue(m_cCategory));
        put(out, m_pReturn, Value::integer(isReturn ? 1 : 0));
        return Outcome::Checked;
    }

private:
    CustomerLookup m_customers;
    int m_cCustomer = -1, m_cTs = -1, m_cTime = -1, m_cAmount = -1, m_cId = -1, m_cCost = -1,
        m_cMargin = -1, m_cQty = -1, m_cChannel = -1, m_cProduct = -1, m_cCategory = -1,
        m_cReturn = -1;
    int m_pCustomer = -1, m_pTs = -1, m_pAmount = -1, m_pId = -1, m_pCost = -1, m_pQty = -1,
        m_pChannel = -1, m_pProduct = -1, m_pCategory = -1, m_pReturn = -1;
};

// ---------------------------------------------------------------- interactions

class InteractionsHandler : public CheckedHandler
{
public:
    using CheckedHandler::CheckedHandler;

    void prepare() override
    {
        m_cCustomer = m_ctx.col("customer");
        m_cTs = m_ctx.col("ts");
        m_cTime = m_ctx.col("ts_time");
        m_cChannel = m_ctx.col("channel");
        m_cId = m_ctx.col("external_id");
        m_cTouch = m_ctx.col("touchpoint");
        m_cSummary = m_ctx.col("summary");
        m_pCustomer = use("customer_id", true);
        m_pTs = use("ts", true);
        m_pChannel = use("channel", true);
        m_pId = use("external_id", m_cId >= 0);
        m_pTouch = use("touchpoint", m_cTouch >= 0);
        m_pSummary = use("summary", m_cSummary >= 0);
        build("interactions", m_cId >= 0);
        keyedBy(m_cId, m_pId);
        enableBatches();
        m_customers.load(m_ctx.db);
    }

    std::vector<std::string> bulkTables() const override { return {"interactions"}; }

    Outcome check(Row& row, std::vector<Value>& out) override
    {
        std::int64_t customer = 0, ts = 0;
        if (m_customers.find(row, m_cCustomer, customer) == Got::Empty)
            row.issue(m_cCustomer, "missing customer id");
        if (row.date(m_cTs, m_cTime, ts) == Got::Empty)
            row.issue(m_cTs, "missing date");
        auto channelText = row.key(m_cChannel);
        std::optional<std::string> channel;
        if (!channelText)
            row.issue(m_cChannel, "missing channel");
        else if (!(channel = normalizeChannel(*channelText)))
            row.issue(m_cChannel,
                      "unknown channel (use store, web, app, phone, email, chat or social)");
        if (row.hasIssues())
            return Outcome::Rejected;
        start(out);
        put(out, m_pCustomer, Value::integer(customer));
        put(out, m_pTs, Value::integer(ts));
        m_channel = *channel;
        put(out, m_pChannel, Value::text(m_channel));
        auto id = row.key(m_cId);
        put(out, m_pId, id ? Value::text(*id) : Value::null());
        put(out, m_pTouch, row.textValue(m_cTouch));
        put(out, m_pSummary, row.textValue(m_cSummary));
        return Outcome::Checked;
    }

private:
    CustomerLookup m_customers;
    std::string m_channel; // the checked row's channel
    int m_cCustomer = -1, m_cTs = -1, m_cTime = -1, m_cChannel = -1, m_cId = -1, m_cTouch = -1,
        m_cSummary = -1;
    int m_pCustomer = -1, m_pTs = -1, m_pChannel = -1, m_pId = -1, m_pTouch = -1, m_pSummary = -1;
};

// ---------------------------------------------------------------- responses

class ResponsesHandler : public TableHandler
{
public:
    using TableHandler::TableHandler;

    void prepare() override
    {
        m_cId = m_ctx.col("external_id");
        m_cCustomer = m_ctx.col("customer");
        m_cSurvey = m_ctx.col("survey");
        m_cTs = m_ctx.col("ts");
        m_cTime = m_ctx.col("ts_time");
        m_cChannel = m_ctx.col("channel");
        m_cTouch = m_ctx.col("touchpoint");
        m_cComment = m_ctx.col("comment");
        for (const char* s : {"nps", "csat", "ces"})
            m_scores.push_back(
                {findField(ImportKind::Responses, s), m_ctx.col(s), -1, Value::null()});
        m_pTs = use("ts", true);
        m_pId = use("external_id", m_cId >= 0);
        m_pCustomer = use("customer_id", m_cCustomer >= 0);
        m_pSurvey = use("survey_id", m_cSurvey >= 0);
        m_pChannel = use("channel", m_cChannel >= 0);
        m_pTouch = use("touchpoint", m_cTouch >= 0);
        for (auto& s : m_scores)
            s.pos = use(s.field->name, s.column >= 0);
        m_pComment = use("comment", m_cComment >= 0);
        build("responses", m_cId >= 0);
        if (m_cCustomer >= 0)
            m_customers.load(m_ctx.db);

        // Rating column families: one group per attribute, created when missing.
        std::map<std::string, Group> groups;
        for (const auto& cm : m_ctx.mapping.columns) {
            PatternTarget p = parsePatternTarget(cm.target);
            if (p.family != PatternTarget::Family::Rating)
                continue;
            int c = m_ctx.col(cm.target);
            if (c < 0)
                continue;
            Group& g = groups[p.subject];
            g.subject = p.subject;
            (p.part == "importance"    ? g.importance
             : p.part == "performance" ? g.performance
                                       : g.expectation) = c;
        }
        Statement find = m_ctx.db.prepare(
            "SELECT id FROM attributes WHERE code = ?1 OR name = ?1 OR name_zh = ?1 ORDER BY "
            "code = ?1 DESC, id LIMIT 1");
        Statement create = m_ctx.db.prepare("INSERT INTO attributes (code, name) VALUES (?, ?)");
        for (auto& [subject, g] : groups) {
            find.bindAll(subject);
            if (find.step()) {
                g.attributeId = find.getInt(0);
            } else {
                create.bindAll(subject, subject);
                create.run();
                g.attributeId = m_ctx.db.lastInsertId();
                m_ctx.log.inserted("attributes", g.attributeId);
                m_ctx.notes.push_back("created attribute \"" + subject +
                                      "\" (set its pyramid layer and value component in the "
                                      "value view)");
            }
            find.reset();
            m_groups.push_back(g);
        }
        if (!m_groups.empty()) {
            m_insertRating = m_ctx.db.prepare(
                "INSERT OR REPLACE INTO attribute_ratings (response_id, attribute_id, importance, "
                "performance, expectation) VALUES (?, ?, ?, ?, ?)");
            m_deleteRating = m_ctx.db.prepare(
                "DELETE FROM attribute_ratings WHERE response_id = ? AND attribute_id = ?");
            m_oldRatings = m_ctx.db.prepare(
                "SELECT attribute_id, importance, performance, expectation FROM attribute_ratings "
                "WHERE response_id = ? ORDER BY attribute_id");
        }
        if (m_cSurvey >= 0) {
            Statement st = m_ctx.db.prepare("SELECT name, id FROM surveys");
            while (st.step())
                m_surveys[st.getText(0)] = st.getInt(1);
        }
    }

    std::vector<std::string> bulkTables() const override { return {"responses"}; }

    Outcome process(Row& row) override
    {
        std::int64_t ts = 0, customer = 0;
        if (row.date(m_cTs, m_cTime, ts) == Got::Empty)
            row.issue(m_cTs, "missing date");
        Got gotCustomer =
            m_cCustomer >= 0 ? m_customers.find(row, m_cCustomer, customer) : Got::Empty;
        for (auto& s : m_scores) {
            std::int64_t v = 0;
            s.value =
                row.score(s.column, *s.field, v) == Got::Ok ? Value::integer(v) : Value::null();
        }
        for (auto& g : m_groups) {
            g.values = {Value::null(), Value::null(), Value::null()};
            int cols[3] = {g.importance, g.performance, g.expectation};
            static const char* names[3] = {"importance", "performance", "expectation"};
            for (int k = 0; k < 3; ++k) {
                double d = 0;
                if (row.rating(cols[k], 1, 7, g.subject + " " + names[k], d) == Got::Ok)
                    g.values[static_cast<std::size_t>(k)] = Value::real(d);
            }
        }
        if (row.hasIssues())
            return Outcome::Rejected;
        set(m_pTs, Value::integer(ts));
        auto id = row.key(m_cId);
        set(m_pId, id ? Value::text(*id) : Value::null());
        set(m_pCustomer, gotCustomer == Got::Ok ? Value::integer(customer) : Value::null());
        if (m_pSurvey >= 0)
            set(m_pSurvey, surveyId(row.key(m_cSurvey)));
        set(m_pChannel, row.textValue(m_cChannel));
        set(m_pTouch, row.textValue(m_cTouch));
        for (auto& s : m_scores)
            set(s.pos, s.value);
        set(m_pComment, row.textValue(m_cComment));
        return write(row, id.has_value(), m_cId);
    }

private:
    struct Score
    {
        const FieldSpec* field;
        int column;
        int pos;
        Value value;
    };
    struct Group
    {
        std::string subject;
        int importance = -1, performance = -1, expectation = -1;
        std::int64_t attributeId = 0;
        std::array<Value, 3> values;
        bool any() const
        {
            return std::any_of(values.begin(), values.end(),
                               [](const Value& v) { return v.type != Value::Type::Null; });
        }
    };

    Value surveyId(std::optional<std::string_view> name)
    {
        if (!name)
            return Value::null();
        std::string key(*name);
        auto it = m_surveys.find(key);
        if (it == m_surveys.end()) {
            Statement st = m_ctx.db.prepare("INSERT INTO surveys (name, created_at) VALUES (?, ?)");
            st.bindAll(key, m_ctx.now);
            st.run();
            std::int64_t id = m_ctx.db.lastInsertId();
            m_ctx.log.inserted("surveys", id);
            m_ctx.notes.push_back("created survey \"" + key + "\"");
            it = m_surveys.emplace(key, id).first;
        }
        return Value::integer(it->second);
    }

    void insertChildren(std::int64_t responseId) override
    {
        for (const Group& g : m_groups) {
            if (!g.any())
                continue;
            sqlite3_stmt* st = m_insertRating.handle();
            sqlite3_bind_int64(st, 1, responseId);
            sqlite3_bind_int64(st, 2, g.attributeId);
            for (int k = 0; k < 3; ++k)
                detail::bindValue(st, k + 3, g.values[static_cast<std::size_t>(k)]);
            detail::stepDone(st);
        }
    }

    bool childrenDiffer(std::int64_t responseId, nlohmann::json& old) override
    {
        if (m_groups.empty())
            return false;
        nlohmann::json all = nlohmann::json::array();
        std::map<std::int64_t, std::array<nlohmann::json, 3>> byAttribute;
        m_oldRatings.bindAll(responseId);
        sqlite3_stmt* st = m_oldRatings.handle();
        while (m_oldRatings.step()) {
            std::int64_t a = sqlite3_column_int64(st, 0);
            all.push_back({a, detail::columnJson(st, 1), detail::columnJson(st, 2),
                           detail::columnJson(st, 3)});
            byAttribute[a] = {detail::columnJson(st, 1), detail::columnJson(st, 2),
                              detail::columnJson(st, 3)};
        }
        m_oldRatings.reset();
        bool differs = false;
        for (const Group& g : m_groups) {
            auto it = byAttribute.find(g.attributeId);
            if (it == byAttribute.end()) {
                differs = differs || g.any();
                continue;
            }
            for (int k = 0; k < 3 && !differs; ++k) {
                const Value& v = g.values[static_cast<std::size_t>(k)];
                const nlohmann::json& o = it->second[static_cast<std::size_t>(k)];
                differs = v.type == Value::Type::Null ? !o.is_null()
                                                      : (o.is_null() || o.get<double>() != v.d);
            }
        }
        if (differs)
            old["ratings"] = all;
        return differs;
    }

    void replaceChildren(std::int64_t responseId) override
    {
        for (const Group& g : m_groups) {
            m_deleteRating.bindAll(responseId, g.attributeId);
            m_deleteRating.run();
        }
        insertChildren(responseId);
    }

    CustomerLookup m_customers;
    std::vector<Score> m_scores;
    std::vector<Group> m_groups;
    std::unordered_map<std::string, std::int64_t> m_surveys;
    Statement m_insertRating, m_deleteRating, m_oldRatings;
    int m_cId = -1, m_cCustomer = -1, m_cSurvey = -1, m_cTs = -1, m_cTime = -1, m_cChannel = -1,
        m_cTouch = -1, m_cComment = -1;
    int m_pTs = -1, m_pId = -1, m_pCustomer = -1, m_pSurvey = -1, m_pChannel = -1, m_pTouch = -1,
        m_pComment = -1;
};

// ---------------------------------------------------------------- Kano

class KanoHandler : public TableHandler
{
public:
    using TableHandler::TableHandler;

    void prepare() override
    {
        if (m_ctx.study.empty())
            throw InputError("a Kano import needs the study name (--study NAME)");
        m_cRespondent = m_ctx.col("respondent");
        m_cCustomer = m_ctx.col("customer");
        m_cTs = m_ctx.col("ts");
        m_cTime = m_ctx.col("ts_time");

        Statement find = m_ctx.db.prepare("SELECT id FROM kano_studies WHERE name = ?");
        find.bindAll(m_ctx.study);
        if (find.step()) {
            m_studyId = find.getInt(0);
        } else {
            Statement st =
                m_ctx.db.prepare("INSERT INTO kano_studies (name, created_at) VALUES (?, ?)");
            st.bindAll(m_ctx.study, m_ctx.now);
            st.run();
            m_studyId = m_ctx.db.lastInsertId();
            m_ctx.log.inserted("kano_studies", m_studyId);
            m_ctx.notes.push_back("created Kano study \"" + m_ctx.study + "\"");
        }

        std::map<std::string, Feature> features;
        std::vector<std::string> order;
        for (const auto& cm : m_ctx.mapping.columns) {
            PatternTarget p = parsePatternTarget(cm.target);
            if (p.family != PatternTarget::Family::Kano || m_ctx.col(cm.target) < 0)
                continue;
            if (!features.count(p.subject))
                order.push_back(p.subject);
            Feature& f = features[p.subject];
            f.code = p.subject;
            int c = m_ctx.col(cm.target);
            (p.part == "functional"      ? f.functional
             : p.part == "dysfunctional" ? f.dysfunctional
                                         : f.importance) = c;
        }
        if (features.empty())
            throw InputError("no Kano answer columns found: name them <feature>_functional and "
                             "<feature>_dysfunctional (or map them as kano:<feature>:functional)");
        Statement findFeature = m_ctx.db.prepare(
            "SELECT id FROM kano_features WHERE study_id = ?1 AND (code = ?2 OR name = ?2 OR "
            "name_zh = ?2) ORDER BY code = ?2 DESC, id LIMIT 1");
        Statement create = m_ctx.db.prepare(
            "INSERT INTO kano_features (study_id, code, name, position) VALUES (?, ?, ?, "
            "(SELECT coalesce(max(position), -1) + 1 FROM kano_features WHERE study_id = ?))");
        for (const std::string& code : order) {
            Feature f = features[code];
            if (f.functional < 0 || f.dysfunctional < 0)
                throw InputError("feature \"" + code +
                                 "\" needs both a functional and a "
                                 "dysfunctional column (found only the " +
                                 (f.functional < 0 ? "dysfunctional" : "functional") + " one)");
            findFeature.bindAll(m_studyId, code);
            if (findFeature.step()) {
                f.id = findFeature.getInt(0);
            } else {
                create.bindAll(m_studyId, code, code, m_studyId);
                create.run();
                f.id = m_ctx.db.lastInsertId();
                m_ctx.log.inserted("kano_features", f.id);
                m_ctx.notes.push_back("created Kano feature \"" + code + "\"");
            }
            findFeature.reset();
            m_features.push_back(f);
        }

        m_pStudy = use("study_id", true);
        m_pRespondent = use("external_id", m_cRespondent >= 0);
        m_pCustomer = use("customer_id", m_cCustomer >= 0);
        m_pTs = use("ts", m_cTs >= 0);
        build("kano_respondents", m_cRespondent >= 0, {}, {"study_id", "external_id"});
        if (m_cCustomer >= 0)
            m_customers.load(m_ctx.db);
        m_insertAnswer = m_ctx.db.prepare(
            "INSERT OR REPLACE INTO kano_answers (respondent_id, feature_id, functional, "
            "dysfunctional, importance) VALUES (?, ?, ?, ?, ?)");
        m_deleteAnswer =
            m_ctx.db.prepare("DELETE FROM kano_answers WHERE respondent_id = ? AND feature_id = ?");
        m_oldAnswers = m_ctx.db.prepare(
            "SELECT feature_id, functional, dysfunctional, importance FROM kano_answers WHERE "
            "respondent_id = ? ORDER BY feature_id");
    }

    Outcome process(Row& row) override
    {
        std::int64_t customer = 0, ts = 0;
        Got gotCustomer =
            m_cCustomer >= 0 ? m_customers.find(row, m_cCustomer, customer) : Got::Empty;
        Got gotTs = row.date(m_cTs, m_cTime, ts);
        for (Feature& f : m_features) {
            f.answer = {};
            bool fe = row.empty(f.functional), de = row.empty(f.dysfunctional);
            if (fe && de) {
                if (!row.empty(f.importance))
                    row.issue(f.importance,
                              "importance without functional and dysfunctional answers");
                continue;
            }
            if (fe || de) {
                row.issue(fe ? f.functional : f.dysfunctional,
                          "missing answer: feature \"" + f.code +
                              "\" needs both the functional and the dysfunctional answer");
                continue;
            }
            auto fa = parseKanoAnswer(row.raw(f.functional));
            auto da = parseKanoAnswer(row.raw(f.dysfunctional));
            auto bad = [&](int c) {
                row.issue(c, "not a Kano answer (1-5, like / must-be / neutral / live-with / "
                             "dislike, 喜欢 / 理应如此 / 无所谓 / 能忍受 / 不喜欢)");
            };
            if (!fa)
                bad(f.functional);
            if (!da)
                bad(f.dysfunctional);
            double imp = 0;
            Got gi = row.rating(f.importance, 0, 10, "importance", imp);
            if (fa && da) {
                f.answer.present = true;
                f.answer.functional = *fa;
                f.answer.dysfunctional = *da;
                f.answer.importance = gi == Got::Ok ? Value::real(imp) : Value::null();
            }
        }
        if (row.hasIssues())
            return Outcome::Rejected;
        set(m_pStudy, Value::integer(m_studyId));
        auto rid = row.key(m_cRespondent);
        set(m_pRespondent, rid ? Value::text(*rid) : Value::null());
        set(m_pCustomer, gotCustomer == Got::Ok ? Value::integer(customer) : Value::null());
        set(m_pTs, gotTs == Got::Ok ? Value::integer(ts) : Value::null());
        return write(row, rid.has_value(), m_cRespondent);
    }

private:
    struct Answer
    {
        bool present = false;
        int functional = 0, dysfunctional = 0;
        Value importance;
    };
    struct Feature
    {
        std::string code;
        int functional = -1, dysfunctional = -1, importance = -1;
        std::int64_t id = 0;
        Answer answer;
    };

    void insertChildren(std::int64_t respondentId) override
    {
        for (const Feature& f : m_features) {
            if (!f.answer.present)
                continue;
            sqlite3_stmt* st = m_insertAnswer.handle();
            sqlite3_bind_int64(st, 1, respondentId);
            sqlite3_bind_int64(st, 2, f.id);
            sqlite3_bind_int64(st, 3, f.answer.functional);
            sqlite3_bind_int64(st, 4, f.answer.dysfunctional);
            detail::bindValue(st, 5, f.answer.importance);
            detail::stepDone(st);
        }
    }

    bool childrenDiffer(std::int64_t respondentId, nlohmann::json& old) override
    {
        nlohmann::json all = nlohmann::json::array();
        std::map<std::int64_t, std::array<nlohmann::json, 3>> byFeature;
        m_oldAnswers.bindAll(respondentId);
        sqlite3_stmt* st = m_oldAnswers.handle();
        while (m_oldAnswers.step()) {
            std::int64_t fid = sqlite3_column_int64(st, 0);
            std::array<nlohmann::json, 3> a = {detail::columnJson(st, 1), detail::columnJson(st, 2),
                                               detail::columnJson(st, 3)};
            all.push_back({fid, a[0], a[1], a[2]});
            byFeature[fid] = a;
        }
        m_oldAnswers.reset();
        bool differs = false;
        for (const Feature& f : m_features) {
            auto it = byFeature.find(f.id);
            if (it == byFeature.end()) {
                differs = differs || f.answer.present;
                continue;
            }
            if (!f.answer.present) {
                differs = true;
                continue;
            }
            const auto& o = it->second;
            const Value& imp = f.answer.importance;
            bool impSame = imp.type == Value::Type::Null
                               ? o[2].is_null()
                               : (!o[2].is_null() && o[2].get<double>() == imp.d);
            if (o[0] != f.answer.functional || o[1] != f.answer.dysfunctional || !impSame)
                differs = true;
        }
        if (differs)
            old["answers"] = all;
        return differs;
    }

    void replaceChildren(std::int64_t respondentId) override
    {
        for (const Feature& f : m_features) {
            m_deleteAnswer.bindAll(respondentId, f.id);
            m_deleteAnswer.run();
        }
        insertChildren(respondentId);
    }

    CustomerLookup m_customers;
    std::int64_t m_studyId = 0;
    std::vector<Feature> m_features;
    Statement m_insertAnswer, m_deleteAnswer, m_oldAnswers;
    int m_cRespondent = -1, m_cCustomer = -1, m_cTs = -1, m_cTime = -1;
    int m_pStudy = -1, m_pRespondent = -1, m_pCustomer = -1, m_pTs = -1;
};

// ---------------------------------------------------------------- feedback cases

class CasesHandler : public TableHandler
{
public:
    using TableHandler::TableHandler;

    void prepare() override
    {
        m_cId = m_ctx.col("external_id");
        m_cCustomer = m_ctx.col("customer");
        m_cResponse = m_ctx.col("response");
        m_cInteraction = m_ctx.col("interaction");
        m_cCategory = m_ctx.col("category");
        m_cSentiment = m_ctx.col("sentiment");
        m_cStatus = m_ctx.col("status");
        m_cOwner = m_ctx.col("owner");
        m_cSummary = m_ctx.col("summary");
        m_cValue = m_ctx.col("value_at_risk");
        for (const char* d : {"opened_at", "due_at", "assigned_at", "resolved_at", "informed_at"})
            m_dates.push_back({d, m_ctx.col(d), -1, Value::null()});
        m_pId = use("external_id", m_cId >= 0);
        bool anyCustomer = m_cCustomer >= 0 || m_cResponse >= 0 || m_cInteraction >= 0;
        m_pCustomer = use("customer_id", anyCustomer);
        m_pResponse = use("response_id", m_cResponse >= 0);
        m_pInteraction = use("interaction_id", m_cInteraction >= 0);
        m_pCategory = use("category", m_cCategory >= 0);
        m_pSentiment = use("sentiment", m_cSentiment >= 0);
        m_pStatus = use("status", true);
        m_pOwner = use("owner", m_cOwner >= 0);
        m_pSummary = use("summary", m_cSummary >= 0);
        for (auto& d : m_dates)
            d.pos = use(d.name, d.column >= 0 || d.name == std::string("opened_at"));
        m_pValue = use("value_at_risk", m_cValue >= 0);
        build("feedback_cases", m_cId >= 0);
        if (m_cCustomer >= 0)
            m_customers.load(m_ctx.db);
        m_findResponse =
            m_ctx.db.prepare("SELECT id, customer_id FROM responses WHERE external_id = ?");
        m_findInteraction =
            m_ctx.db.prepare("SELECT id, customer_id FROM interactions WHERE external_id = ?");
    }

    Outcome process(Row& row) override
    {
        std::int64_t customer = 0;
        Got gotCustomer =
            m_cCustomer >= 0 ? m_customers.find(row, m_cCustomer, customer) : Got::Empty;
        auto ref = [&](Statement& st, int c, const char* what, std::int64_t& id,
                       std::optional<std::int64_t>& owner) {
            auto t = row.key(c);
            if (!t)
                return Value::null();
            st.bindAll(*t);
            Value v = Value::null();
            if (st.step()) {
                id = st.getInt(0);
                owner = st.getOptInt(1);
                v = Value::integer(id);
            } else {
                row.issue(c, std::string("unknown ") + what + " id (not in the workspace)");
            }
            st.reset();
            return v;
        };
        std::int64_t rid = 0, iid = 0;
        std::optional<std::int64_t> rCustomer, iCustomer;
        Value response = ref(m_findResponse, m_cResponse, "response", rid, rCustomer);
        Value interaction = ref(m_findInteraction, m_cInteraction, "interaction", iid, iCustomer);
        for (auto& d : m_dates) {
            std::int64_t ts = 0;
            d.value = row.date(d.column, -1, ts) == Got::Ok ? Value::integer(ts) : Value::null();
        }
        if (row.empty(m_dates[0].column))
            row.issue(m_dates[0].column, "missing opening date");
        double sentiment = 0;
        Got gotSentiment = row.rating(m_cSentiment, -1, 1, "sentiment", sentiment);
        double value = 0;
        Got gotValue = row.number(m_cValue, value);
        std::string status = "new";
        if (auto t = row.key(m_cStatus)) {
            auto s = normalizeCaseStatus(*t);
            if (!s)
                row.issue(m_cStatus, "unknown status (use new, assigned, resolved or informed)");
            else
                status = *s;
        }
        if (row.hasIssues())
            return Outcome::Rejected;
        m_status = status;
        auto id = row.key(m_cId);
        set(m_pId, id ? Value::text(*id) : Value::null());
        Value cust = Value::null();
        if (gotCustomer == Got::Ok)
            cust = Value::integer(customer);
        else if (rCustomer)
            cust = Value::integer(*rCustomer);
        else if (iCustomer)
            cust = Value::integer(*iCustomer);
        set(m_pCustomer, cust);
        set(m_pResponse, response);
        set(m_pInteraction, interaction);
        set(m_pCategory, row.textValue(m_cCategory));
        set(m_pSentiment, gotSentiment == Got::Ok ? Value::real(sentiment) : Value::null());
        set(m_pStatus, Value::text(m_status));
        set(m_pOwner, row.textValue(m_cOwner));
        set(m_pSummary, row.textValue(m_cSummary));
        for (auto& d : m_dates)
            set(d.pos, d.value);
        set(m_pValue, gotValue == Got::Ok ? Value::real(value) : Value::null());
        return write(row, id.has_value(), m_cId);
    }

private:
    struct DateCol
    {
        const char* name;
        int column;
        int pos;
        Value value;
    };
    CustomerLookup m_customers;
    std::vector<DateCol> m_dates;
    std::string m_status;
    Statement m_findResponse, m_findInteraction;
    int m_cId = -1, m_cCustomer = -1, m_cResponse = -1, m_cInteraction = -1, m_cCategory = -1,
        m_cSentiment = -1, m_cStatus = -1, m_cOwner = -1, m_cSummary = -1, m_cValue = -1;
    int m_pId = -1, m_pCustomer = -1, m_pResponse = -1, m_pInteraction = -1, m_pCategory = -1,
        m_pSentiment = -1, m_pStatus = -1, m_pOwner = -1, m_pSummary = -1, m_pValue = -1;
};

std::unique_ptr<Handler> makeHandler(ImportKind kind, Context& ctx)
{
    switch (kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomersHandler>(ctx);
    case ImportKind::Transactions:
        return std::make_unique<TransactionsHandler>(ctx);
    case ImportKind::Interactions:
        return std::make_unique<InteractionsHandler>(ctx);
    case ImportKind::Responses:
        return std::make_unique<ResponsesHandler>(ctx);
    case ImportKind::Kano:
        return std::make_unique<KanoHandler>(ctx);
    case ImportKind::Cases:
        return std::make_unique<CasesHandler>(ctx);
    }
    return nullptr;
}

// ---------------------------------------------------------------- the run

// About how many bytes a CSV row takes, to estimate rows from the file size, and the size
// from which an import counts as a bulk load (about 10^5 rows).
constexpr std::uint64_t kBytesPerRow = 40;
constexpr std::uint64_t kBulkFileBytes = 100000 * kBytesPerRow;
// Helper threads of SQLite's sorter while the indexes of a bulk load are rebuilt.
constexpr int kSortThreads = 8;

// Connection settings for the length of an import: a page cache of a fixed size (64 MB), so
// that memory stays flat whatever the file size; small() shrinks it for an index rebuild.
class CacheScope
{
public:
    static constexpr int kImportKb = 65536;
    // SQLite's sorter keeps runs as large as the page cache in memory, and at least 250
    // pages (4 MB with our 16 KB pages), before it writes them to temporary files and merges
    // them. Runs of a few MB fit the processor's cache: re-creating the indexes of 10^6 rows
    // takes a third of the time it takes with 64 MB runs, and the memory of the rebuild is
    // bounded whatever the table size. A cache as large as the smallest run rather than 1 MB
    // (the same runs, more pages for the new index) took the two order indexes of 10^7 rows
    // from 7.9 s to 6.9 s with 2 sorter threads (medians of 7 interleaved runs); with
    // kSortThreads the two are level. 8 MB runs were slower, and cost 30 MB more.
    static constexpr int kSortKb = 4096;

    explicit CacheScope(Database& db) : m_db(db)
    {
        m_old = db.queryInt("PRAGMA cache_size");
        set(kImportKb);
    }
    void set(int kb) { m_db.exec("PRAGMA cache_size = -" + std::to_string(kb)); }
    ~CacheScope()
    {
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_old));
        } catch (const std::exception& e) {
            spdlog::warn("cannot restore cache_size: {}", e.what());
        }
    }

private:
    Database& m_db;
    std::int64_t m_old = 0;
};

// For the kinds whose only reference is the customer (transactions, interactions), every
// row's customer is checked against the CustomerLookup that the import loads inside its own
// write transaction, so nothing can change under it; SQLite's check of the same foreign key
// on every insert (a random read of the customers table per row) is then switched off for
// the length of the import and switched back on afterwards. PRAGMA foreign_keys has no effect
// inside a transaction, so an import nested in a caller's transaction keeps SQLite's check.
class ForeignKeyScope
{
public:
    ForeignKeyScope(Database& db, bool checkedByTheImporter) : m_db(db)
    {
        if (!checkedByTheImporter || db.inTransaction() || db.queryInt("PRAGMA foreign_keys") == 0)
            return;
        db.exec("PRAGMA foreign_keys = OFF");
        m_restore = true;
    }
    ~ForeignKeyScope()
    {
        if (!m_restore)
            return;
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (const std::exception& e) {
            spdlog::error("cannot switch foreign keys back on: {}", e.what());
        }
    }
    ForeignKeyScope(const ForeignKeyScope&) = delete;
    ForeignKeyScope& operator=(const ForeignKeyScope&) = delete;

private:
    Database& m_db;
    bool m_restore = false;
};

bool isDateTarget(ImportKind kind, const std::string& target)
{
    const FieldSpec* f = findField(kind, target);
    return f && f->type == FieldType::Date;
}

bool isNumberTarget(ImportKind kind, const std::string& target)
{
    if (auto p = parsePatternTarget(target); p.family != PatternTarget::Family::None)
        return true;
    const FieldSpec* f = findField(kind, target);
    return f && (f->type == FieldType::Number || f->type == FieldType::Money ||
                 f->type == FieldType::Integer || f->type == FieldType::Score ||
                 f->type == FieldType::Rating);
}

class Engine
{
public:
    Engine(Database& db, const ImportOptions& options, const ProgressCallback& progress)
        : m_db(db), m_opt(options), m_progress(progress)
    {
    }
    ~Engine()
    {
        // An import that failed or was cancelled leaves no half-written rejects file.
        if (m_rejects) {
            m_rejects.reset();
            m_rejectsOut.reset();
            std::error_code ec;
            fs::remove(m_rejectsTemp, ec);
        }
    }
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    ImportResult run();

private:
    void openFile();
    void resolveMapping();
    void decideFormats();
    void writeRejects(const Record& csv, const std::vector<RowIssue>& issues);
    void account(Outcome outcome, Row& row, std::vector<RowIssue>& issues);
    void flushBatch(Handler& handler);
    bool fieldCountFits(Row& row, std::size_t fields) const;
    void processRows(Handler& handler, CsvReader& csv, const std::string& status);
    void checkAndStore(Handler& handler, CsvReader& csv, const std::string& status);
    void readAndCheck(Handoff<CheckedChunk>& pipe, Handler& handler, CsvReader& csv);
    void storeChunk(Handler& handler, const CheckedChunk& chunk);
    void finishRejects(bool keep);
    void removeStaleRejects();
    void checkRepeat();
    std::string optionsJson() const;

    Database& m_db;
    const ImportOptions& m_opt;
    ProgressReporter m_progress;
    ImportResult m_result;
    std::string m_file;
    EncodingGuess m_encoding;
    char m_delimiter = ',';
    std::vector<std::string> m_headers;
    Mapping m_mapping;
    std::map<std::string, int> m_columnOf;
    std::unique_ptr<FormatPlan> m_formats;
    // The rows queued in the handler's batch: rows of this chunk.
    const CheckedChunk* m_batchChunk = nullptr;
    std::vector<std::size_t> m_batchRows;
    int m_refusedBatches = 0;
    DateOrder m_dateOrder = DateOrder::Unknown;
    DecimalMark m_decimal = DecimalMark::Unknown;
    RowIssue m_firstIssue;
    // rejects
    std::string m_rejectsPath, m_rejectsTemp;
    std::unique_ptr<std::ofstream> m_rejectsOut;
    std::unique_ptr<CsvWriter> m_rejects;
};

CsvOptions readerOptions(const std::string& file, const EncodingGuess& enc, char delimiter)
{
    CsvOptions o;
    o.delimiter = delimiter;
    o.encoding = enc.name;
    o.skipBytes = enc.bomLength;
    o.fileName = file;
    return o;
}

void Engine::openFile()
{
    m_file = m_opt.file;
    std::error_code ec;
    if (m_file.empty())
        throw InputError("no file to import");
    if (!fs::exists(m_file, ec))
        throw InputError(m_file, 0, 0, "no such file");
    if (fs::is_directory(m_file, ec))
        throw InputError(m_file, 0, 0, "is a folder, not a CSV file");
    if (fs::file_size(m_file, ec) == 0)
        throw InputError(m_file, 0, 0, "the file is empty");
    std::string requested = m_opt.encoding;
    if (requested.empty() && m_opt.mapping)
        requested = m_opt.mapping->encoding;
    m_encoding = chooseEncoding(m_file, requested);
    m_delimiter =
        m_opt.delimiter ? m_opt.delimiter : (m_opt.mapping ? m_opt.mapping->delimiter : 0);
    if (!m_delimiter) {
        bool whole = false;
        m_delimiter = sniffDelimiter(decodedHead(m_file, m_encoding, whole), whole);
    }
    CsvReader csv = CsvReader::fromFile(m_file, readerOptions(m_file, m_encoding, m_delimiter));
    if (!csv.next())
        throw InputError(m_file, 0, 0, "the file has no header row");
    for (std::size_t i = 0; i < csv.size(); ++i) {
        std::string h(trim(csv.field(i)));
        m_headers.push_back(h.empty() ? "column " + std::to_string(i + 1) : h);
    }
    m_result.encoding = m_encoding.name;
    m_result.encodingReason = m_encoding.reason;
    m_result.delimiter = m_delimiter;
}

void Engine::resolveMapping()
{
    if (m_opt.mapping) {
        m_mapping = *m_opt.mapping;
        if (m_mapping.kind != m_opt.kind)
            throw InputError(m_file, 0, 0,
                             std::string("the mapping is for ") + kindName(m_mapping.kind) +
                                 ", not " + kindName(m_opt.kind));
        m_mapping.validate();
        std::vector<std::string> missing;
        for (const auto& c : m_mapping.columns)
            if (!c.target.empty() &&
                std::find(m_headers.begin(), m_headers.end(), c.column) == m_headers.end())
                missing.push_back("\"" + c.column + "\"");
        if (!missing.empty()) {
            std::string list;
            for (const auto& m : missing)
                list += (list.empty() ? "" : ", ") + m;
            throw InputError(m_file, 1, 0,
                             "the mapping names column(s) " + list +
                                 " that the file does not have (mapping is by column name)");
        }
    } else {
        m_mapping = autoMap(m_opt.kind, m_headers);
    }
    std::vector<std::string> missing = m_mapping.missingRequired();
    if (!missing.empty()) {
        std::string need, have;
        for (const auto& f : missing) {
            const FieldSpec* spec = findField(m_opt.kind, f);
            need += (need.empty() ? "" : ", ") + f + " (" + spec->label + ")";
        }
        for (const auto& h : m_headers)
            have += (have.empty() ? "" : ", ") + ("\"" + h + "\"");
        throw InputError(m_file, 1, 0,
                         std::string("no column for the required field(s) ") + need + " of " +
                             kindName(m_opt.kind) + "; the file has " + have +
                             ". Rename a column or map it with --map FILE.json");
    }
    for (const auto& c : m_mapping.columns) {
        if (c.target.empty())
            continue;
        auto first = std::find(m_headers.begin(), m_headers.end(), c.column);
        if (std::find(first + 1, m_headers.end(), c.column) != m_headers.end())
            throw InputError(m_file, 1, 0,
                             "two columns are named \"" + c.column +
                                 "\"; rename one so the mapping can tell them apart");
        m_columnOf[c.target] = static_cast<int>(first - m_headers.begin());
    }
    for (std::size_t i = 0; i < m_headers.size(); ++i)
        if (m_mapping.targetOf(m_headers[i]).empty())
            m_result.unmappedColumns.push_back(m_headers[i]);
}

void Engine::decideFormats()
{
    m_formats = std::make_unique<FormatPlan>(m_file, readerOptions(m_file, m_encoding, m_delimiter),
                                             m_headers, m_result.notes);
    m_dateOrder = m_opt.dateOrder != DateOrder::Unknown ? m_opt.dateOrder : m_mapping.dateOrder;
    m_decimal = m_opt.decimal != DecimalMark::Unknown ? m_opt.decimal : m_mapping.decimal;
    std::vector<int> dateCols, numberCols;
    for (const auto& [target, c] : m_columnOf) {
        if (isDateTarget(m_opt.kind, target)) {
            dateCols.push_back(c);
            if (m_dateOrder != DateOrder::Unknown)
                m_formats->chooseOrder(c, m_dateOrder);
        } else if (isNumberTarget(m_opt.kind, target)) {
            numberCols.push_back(c);
            if (m_decimal != DecimalMark::Unknown)
                m_formats->chooseMark(c, m_decimal);
        }
    }
    m_formats->prescan(dateCols, numberCols, m_progress);
}

void Engine::account(Outcome outcome, Row& row, std::vector<RowIssue>& issues)
{
    switch (outcome) {
    case Outcome::New:
        ++m_result.rowsNew;
        break;
    case Outcome::Updated:
        ++m_result.rowsUpdated;
        break;
    case Outcome::Unchanged:
        ++m_result.rowsUnchanged;
        break;
    case Outcome::Checked:
    case Outcome::Queued:
        throw Error("internal: a row was counted before it was stored");
    case Outcome::Rejected:
        ++m_result.rowsRejected;
        if (issues.empty())
            row.issue(-1, "rejected");
        if (m_result.rowsRejected == 1)
            m_firstIssue = issues.front();
        for (const auto& is : issues)
            if (m_result.issues.size() < m_opt.maxIssues)
                m_result.issues.push_back(is);
        writeRejects(row.record(), issues);
        break;
    }
}

// Writes the pending batch of new rows. When a constraint refuses one (a row whose id is in
// the workspace already or twice in the batch), the rows before it are written and the rest
// are taken again one by one, which finds the updated, unchanged and duplicate ones. After a
// few refused batches in a row (a file imported again), rows go one by one for the rest of it.
void Engine::flushBatch(Handler& handler)
{
    if (handler.pending() == 0)
        return;
    const std::size_t n = handler.pending();
    const std::size_t written = handler.flushBatch();
    m_result.rowsNew += static_cast<std::int64_t>(written);
    if (written == n) {
        m_batchRows.clear();
        m_refusedBatches = 0;
        return;
    }
    handler.setBatching(false);
    std::vector<std::string_view> views;
    std::vector<RowIssue> issues;
    std::vector<Value> values;
    for (std::size_t i = written; i < m_batchRows.size(); ++i) {
        const std::size_t k = m_batchRows[i];
        issues.clear();
        const Record record = m_batchChunk->records.get(k, views);
        m_batchChunk->values.get(static_cast<std::size_t>(m_batchChunk->valueRow[k]), values);
        Row row(record, m_headers, *m_formats, issues);
        account(handler.store(row, values), row, issues);
    }
    m_batchRows.clear();
    if (++m_refusedBatches < 4)
        handler.setBatching(true);
}

bool Engine::fieldCountFits(Row& row, std::size_t fields) const
{
    const std::size_t expected = m_headers.size();
    if (fields == expected)
        return true;
    std::string reason = "the row has " + std::to_string(fields) + " fields but the header has " +
                         std::to_string(expected);
    if (fields > expected)
        reason += " (is a delimiter inside a value that is not quoted?)";
    row.issue(-1, reason);
    return false;
}

// Kinds that check and store in one step (Handler::process) go row by row on this thread.
void Engine::processRows(Handler& handler, CsvReader& csv, const std::string& status)
{
    std::vector<RowIssue> issues;
    while (csv.next()) {
        ++m_result.rowsRead;
        issues.clear();
        const Record record = Record::of(csv);
        Row row(record, m_headers, *m_formats, issues);
        account(fieldCountFits(row, csv.size()) ? handler.process(row) : Outcome::Rejected, row,
                issues);
        if ((m_result.rowsRead & 0x3FF) == 0)
            m_progress.update(static_cast<std::int64_t>(csv.bytesRead()),
                              static_cast<std::int64_t>(csv.totalBytes()), status);
    }
}

// Kinds that check rows apart from storing them (Handler::splits) use two threads: this
// one, which owns the connection, stores the rows that a second thread reads, parses and
// checks, a few chunks ahead. Everything of the file's format (the reader, FormatPlan and
// its notes) belongs to the reading thread until it ends; the rows are stored, counted and
// rejected in file order exactly as one thread would. A 10^7-row file: 10.7 s -> 7.4-8.2 s.
void Engine::checkAndStore(Handler& handler, CsvReader& csv, const std::string& status)
{
    const auto total = static_cast<std::int64_t>(csv.totalBytes());
    Handoff<CheckedChunk> pipe(16);
    std::thread reader([&] { readAndCheck(pipe, handler, csv); });
    // Whatever ends this thread's part (a cancel, a database error, the reading thread's
    // error), the reading thread is stopped and joined before the frame goes.
    struct Join
    {
        Handoff<CheckedChunk>& pipe;
        std::thread& thread;
        ~Join()
        {
            pipe.abandon();
            thread.join();
        }
    } join{pipe, reader};
    while (CheckedChunk* chunk = pipe.take()) {
        storeChunk(handler, *chunk);
        if (chunk->error)
            std::rethrow_exception(chunk->error);
        const bool last = chunk->last;
        const auto done = static_cast<std::int64_t>(chunk->bytesRead);
        pipe.release(chunk);
        m_progress.update(last ? total : done, total, status);
    }
}

void Engine::readAndCheck(Handoff<CheckedChunk>& pipe, Handler& handler, CsvReader& csv)
{
    CheckedChunk* chunk = nullptr;
    try {
        chunk = pipe.acquire();
        chunk->clear();
        std::vector<RowIssue> issues;
        std::vector<Value> values;
        while (csv.next()) {
            issues.clear();
            const Record record = Record::of(csv);
            Row row(record, m_headers, *m_formats, issues);
            const bool checked =
                fieldCountFits(row, csv.size()) && handler.check(row, values) == Outcome::Checked;
            chunk->add(record, issues, checked ? &values : nullptr);
            if (chunk->full()) {
                chunk->bytesRead = csv.bytesRead();
                chunk->values.seal();
                chunk = pipe.exchange(chunk);
                chunk->clear();
            }
        }
        chunk->last = true;
    } catch (const Handoff<CheckedChunk>::Closed&) {
        return; // the storing side gave up and does not wait for more
    } catch (...) {
        if (!chunk) // no chunk to carry the error: the storing side abandoned already
            return;
        chunk->error = std::current_exception();
        chunk->last = true;
    }
    chunk->bytesRead = csv.bytesRead();
    chunk->values.seal();
    pipe.finish(chunk);
}

// The handler's batch borrows the chunk's values, so it is written before the chunk goes back
// to the reading thread.
void Engine::storeChunk(Handler& handler, const CheckedChunk& chunk)
{
    m_batchChunk = &chunk;
    std::vector<std::string_view> views;
    std::vector<RowIssue> issues;
    std::vector<Value> values;
    std::size_t firstIssue = 0;
    for (std::size_t k = 0; k < chunk.size(); ++k) {
        ++m_result.rowsRead;
        // Most rows are checked and only queued: nothing of the record is needed for them.
        if (chunk.valueRow[k] >= 0 &&
            handler.queue(chunk.values.row(static_cast<std::size_t>(chunk.valueRow[k])))) {
            firstIssue = chunk.issuesEnd[k];
            m_batchRows.push_back(k);
            if (handler.batchFull())
                flushBatch(handler);
            continue;
        }
        const Record record = chunk.records.get(k, views);
        issues.assign(chunk.issues.begin() + static_cast<std::ptrdiff_t>(firstIssue),
                      chunk.issues.begin() + static_cast<std::ptrdiff_t>(chunk.issuesEnd[k]));
        firstIssue = chunk.issuesEnd[k];
        Row row(record, m_headers, *m_formats, issues);
        if (chunk.valueRow[k] < 0) {
            // Rows are counted and rejects written in file order: the batch goes first.
            flushBatch(handler);
            account(Outcome::Rejected, row, issues);
            continue;
        }
        // Batches are off (queue() refused it), so store() writes the row at once and no
        // batch is pending.
        chunk.values.get(static_cast<std::size_t>(chunk.valueRow[k]), values);
        account(handler.store(row, values), row, issues);
    }
    flushBatch(handler);
    m_batchChunk = nullptr;
}

void Engine::writeRejects(const Record& csv, const std::vector<RowIssue>& issues)
{
    if (m_opt.dryRun)
        return;
    if (!m_rejects) {
        m_rejectsPath = m_opt.rejectsPath.empty() ? defaultRejectsPath(m_file) : m_opt.rejectsPath;
        m_rejectsTemp = m_rejectsPath + ".tmp";
        m_rejectsOut =
            std::make_unique<std::ofstream>(m_rejectsTemp, std::ios::binary | std::ios::trunc);
        if (!*m_rejectsOut)
            throw Error("cannot write the rejects file " + m_rejectsTemp);
        m_rejects = std::make_unique<CsvWriter>(*m_rejectsOut, m_delimiter);
        m_rejects->writeBom();
        bool hasReason = std::find(m_headers.begin(), m_headers.end(), "reason") != m_headers.end();
        for (const auto& h : m_headers)
            m_rejects->field(h);
        m_rejects->field(hasReason ? "reject_reason" : "reason");
        m_rejects->endRow();
    }
    for (std::size_t i = 0; i < m_headers.size(); ++i)
        m_rejects->field(i < csv.size ? csv.field(i) : std::string_view());
    std::string reason;
    for (const auto& is : issues) {
        if (!reason.empty())
            reason += "; ";
        reason += "line " + std::to_string(is.line);
        if (is.column > 0)
            reason += ", column \"" + is.columnName + "\"";
        reason += ": " + is.reason;
    }
    m_rejects->field(reason);
    m_rejects->endRow();
}

// The rejects file is written as <rejects>.tmp and renamed when the import ends; a process
// killed in the middle leaves the .tmp behind, which the next import of the file removes.
void Engine::removeStaleRejects()
{
    const std::string path =
        m_opt.rejectsPath.empty() ? defaultRejectsPath(m_file) : m_opt.rejectsPath;
    const std::string temp = path + ".tmp";
    std::error_code ec;
    if (!fs::exists(temp, ec))
        return;
    if (fs::remove(temp, ec))
        m_result.notes.push_back("removed " + temp + ", left by an interrupted import");
}

void Engine::finishRejects(bool keep)
{
    if (!m_rejects)
        return;
    m_rejectsOut->close();
    bool ok = static_cast<bool>(*m_rejectsOut);
    m_rejects.reset();
    m_rejectsOut.reset();
    std::error_code ec;
    if (!keep || !ok) {
        fs::remove(m_rejectsTemp, ec);
        if (keep && !ok)
            throw Error("cannot write the rejects file " + m_rejectsPath);
        return;
    }
    fs::rename(m_rejectsTemp, m_rejectsPath, ec);
    if (ec)
        throw Error("cannot write the rejects file " + m_rejectsPath + ": " + ec.message());
    m_result.rejectsPath = m_rejectsPath;
}

std::string Engine::optionsJson() const
{
    nlohmann::ordered_json j;
    j["mode"] = m_opt.mode == ImportMode::SkipBadRows ? "skip-bad-rows" : "all-or-nothing";
    j["encoding"] = m_encoding.name;
    j["delimiter"] = delimiterName(m_delimiter);
    if (m_dateOrder != DateOrder::Unknown)
        j["date_order"] = dateOrderName(m_dateOrder);
    if (m_decimal != DecimalMark::Unknown)
        j["decimal"] = decimalMarkName(m_decimal);
    if (!m_opt.study.empty())
        j["study"] = m_opt.study;
    j["rows_read"] = m_result.rowsRead;
    j["rows_unchanged"] = m_result.rowsUnchanged;
    j["mapping"] = nlohmann::ordered_json::parse(m_mapping.toJson());
    return j.dump();
}

void Engine::checkRepeat()
{
    Statement st = m_db.prepare(
        "SELECT id, started_at FROM import_log WHERE sha256 = ? AND kind = ? AND status = 'done' "
        "AND id <> ? ORDER BY id DESC LIMIT 1");
    st.bindAll(m_result.sha256, kindName(m_opt.kind), m_result.importId);
    if (!st.step())
        return;
    std::int64_t previous = st.getInt(0);
    std::string when = date::formatDateTime(st.getInt(1));
    bool keyed =
        !m_mapping.columnFor(m_opt.kind == ImportKind::Kano ? "respondent" : "external_id").empty();
    if (!keyed && m_opt.kind != ImportKind::Customers && !m_opt.allowRepeat)
        throw InputError(m_file, 0, 0,
                         "this file was imported before (import #" + std::to_string(previous) +
                             " at " + when +
                             ") and its rows have no id to match them by, so importing it again "
                             "would add every row twice; undo import #" +
                             std::to_string(previous) +
                             " first, or import again on purpose "
                             "(--again)");
    m_result.notes.push_back("the same file was imported before (import #" +
                             std::to_string(previous) + " at " + when +
                             "); rows were matched by id");
}

ImportResult Engine::run()
{
    auto t0 = std::chrono::steady_clock::now();
    m_result.dryRun = m_opt.dryRun;
    m_progress.stage(0, "reading " + fs::path(m_opt.file).filename().string());
    openFile();
    if (!m_opt.dryRun)
        removeStaleRejects();
    resolveMapping();
    decideFormats();
    m_mapping.encoding = m_encoding.name;
    m_mapping.delimiter = m_delimiter;
    if (m_dateOrder != DateOrder::Unknown)
        m_mapping.dateOrder = m_dateOrder;
    if (m_decimal != DecimalMark::Unknown)
        m_mapping.decimal = m_decimal;
    m_result.mapping = m_mapping;
    const std::int64_t now = m_opt.now ? m_opt.now : clockNow();

    // A big file (the size from which indexes are rebuilt rather than kept, about 10^5 rows)
    // goes through the rollback journal when nothing else has the workspace open: its new
    // pages are written once instead of to the WAL and again at the checkpoint.
    std::error_code sizeError;
    std::optional<RollbackJournalScope> journal;
    if (!m_opt.dryRun && fs::file_size(m_file, sizeError) >= kBulkFileBytes && !sizeError)
        journal.emplace(m_db);
    // Its pages reach the disk while the rows and indexes are written, not all in the
    // commit's fsync: 1.0-1.5 s -> 0.1 s of commit for 10^7 rows.
    std::optional<storage::WriteBehind> writeBehind;
    if (journal && journal->switched())
        writeBehind.emplace(m_db.path());
    CacheScope cache(m_db);
    // Declared before the transaction, so that the pragma comes back after its end.
    ForeignKeyScope foreignKeys(m_db, m_opt.kind == ImportKind::Transactions ||
                                          m_opt.kind == ImportKind::Interactions);
    Transaction tx(m_db);
    Statement logInsert = m_db.prepare(
        "INSERT INTO import_log (started_at, kind, file, status) VALUES (?, ?, ?, 'done')");
    std::error_code ec;
    fs::path abs = fs::absolute(m_file, ec);
    logInsert.bindAll(now, kindName(m_opt.kind), ec ? m_file : abs.string());
    logInsert.run();
    m_result.importId = m_db.lastInsertId();

    ChangeLog log(m_db, m_result.importId);
    Context ctx{m_db, log, m_mapping, m_headers, now, m_opt.study, m_result.notes, m_columnOf};
    std::unique_ptr<Handler> handler = makeHandler(m_opt.kind, ctx);
    handler->prepare();

    CsvReader csv = CsvReader::fromFile(m_file, readerOptions(m_file, m_encoding, m_delimiter));
    Sha256 hash;
    csv.setHash(&hash);
    csv.next(); // header

    // Bulk loads into a table much larger than it is: rebuild its indexes once at the end.
    std::unique_ptr<detail::IndexSuspension> suspension;
    if (!handler->bulkTables().empty()) {
        std::int64_t estimate = static_cast<std::int64_t>(csv.totalBytes() / kBytesPerRow);
        std::int64_t existing = m_db.queryInt("SELECT coalesce(max(rowid), 0) FROM " +
                                              detail::quoteIdentifier(handler->bulkTables()[0]));
        if (estimate >= 100000 && estimate >= existing)
            suspension = std::make_unique<detail::IndexSuspension>(m_db, handler->bulkTables());
    }

    const std::string status = m_opt.dryRun ? "checking rows" : "importing rows";
    const auto tRows = std::chrono::steady_clock::now();
    if (handler->splits())
        checkAndStore(*handler, csv, status);
    else
        processRows(*handler, csv, status);
    flushBatch(*handler);
    m_result.sha256 = hash.hexDigest();
    const auto tIndexes = std::chrono::steady_clock::now();
    if (suspension) {
        m_progress.stage(0.99, "rebuilding indexes");
        cache.set(CacheScope::kSortKb);
        // SQLite's sorter with helper threads: runs are sorted and merged in the background
        // while the table is read. Each of threads + 1 tasks merges its own share of the runs,
        // and a share of more than 16 runs needs a second merge level, written to and read
        // back from temporary files. 8 (SQLite's default cap) keeps a 10^7-row rebuild at one
        // level (887 -> 745 MB written for idx_transactions_customer_ts; up to 4 threads it
        // stays at 887): 7.9 s -> 6.4 s and 21 s -> 18 s of CPU for the two order indexes
        // against 2 threads, 0.79 s -> 0.69 s at 10^6, same peak memory (docs/benchmarks.md).
        const std::int64_t threads = m_db.queryInt("PRAGMA threads");
        m_db.exec("PRAGMA threads = " + std::to_string(kSortThreads));
        suspension->restore();
        m_db.exec("PRAGMA threads = " + std::to_string(threads));
        cache.set(CacheScope::kImportKb);
    }
    log.flush();
    checkRepeat();

    Statement logUpdate = m_db.prepare(
        "UPDATE import_log SET finished_at = ?, sha256 = ?, rows_new = ?, rows_updated = ?, "
        "rows_rejected = ?, options = ? WHERE id = ?");
    logUpdate.bindAll(
        now + static_cast<std::int64_t>(
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()),
        m_result.sha256, m_result.rowsNew, m_result.rowsUpdated, m_result.rowsRejected,
        optionsJson(), m_result.importId);
    logUpdate.run();

    m_result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    bool refused = m_opt.mode == ImportMode::AllOrNothing && m_result.rowsRejected > 0;
    if (m_opt.dryRun || refused) {
        tx.rollback();
        m_result.importId = 0;
        finishRejects(refused);
        if (refused) {
            const RowIssue& first = m_firstIssue;
            std::string summary =
                std::to_string(m_result.rowsRejected) + " of " + std::to_string(m_result.rowsRead) +
                " rows are invalid, so nothing was imported (all or nothing). First: " +
                (first.columnName.empty() ? "" : "column \"" + first.columnName + "\" ") +
                (first.value.empty() ? "" : "value \"" + first.value + "\": ") + first.reason +
                (m_result.rejectsPath.empty() ? ""
                                              : ". Every bad row is in " + m_result.rejectsPath) +
                ". Fix them, or skip bad rows (--skip-bad-rows).";
            throw ImportRejectedError(m_file, first, summary, m_result);
        }
        m_progress.stage(1, "dry run finished: nothing was written");
        return m_result;
    }
    finishRejects(true);
    const auto tCommit = std::chrono::steady_clock::now();
    tx.commit();
    m_result.committed = true;
    const auto tEnd = std::chrono::steady_clock::now();
    m_result.seconds = std::chrono::duration<double>(tEnd - t0).count();
    m_progress.stage(1, "imported");
    auto seconds = [](auto from, auto to) {
        return std::chrono::duration<double>(to - from).count();
    };
    spdlog::info("import #{} of {}: {} new, {} updated, {} unchanged, {} rejected in {:.2f} s "
                 "(rows {:.2f} s, indexes {:.2f} s, commit {:.2f} s)",
                 m_result.importId, m_file, m_result.rowsNew, m_result.rowsUpdated,
                 m_result.rowsUnchanged, m_result.rowsRejected, m_result.seconds,
                 seconds(tRows, tIndexes), seconds(tIndexes, tCommit), seconds(tCommit, tEnd));
    return m_result;
}

} // namespace

ImportResult importFile(Database& db, const ImportOptions& options,
                        const ProgressCallback& progress)
{
    if (options.kind == ImportKind::Kano && options.study.empty())
        throw InputError("a Kano import needs the study name (--study NAME)");
    Engine engine(db, options, progress);
    return engine.run();
}

FilePreview previewFile(const std::string& path, ImportKind kind, const PreviewOptions& options)
{
    FilePreview p;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw InputError(path, 0, 0, "no such file");
    if (fs::file_size(path, ec) == 0)
        throw InputError(path, 0, 0, "the file is empty");
    p.encoding = chooseEncoding(path, options.encoding);
    p.delimiter = options.delimiter;
    if (!p.delimiter) {
        bool whole = false;
        p.delimiter = sniffDelimiter(decodedHead(path, p.encoding, whole), whole);
    }
    CsvReader csv = CsvReader::fromFile(path, readerOptions(path, p.encoding, p.delimiter));
    if (!csv.next())
        throw InputError(path, 0, 0, "the file has no header row");
    std::vector<std::string> headers;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        std::string h(trim(csv.field(i)));
        headers.push_back(h.empty() ? "column " + std::to_string(i + 1) : h);
    }
    std::vector<ColumnProfiler> profiles(headers.size());
    std::size_t n = 0;
    std::uint64_t bytesAtPreviewEnd = 0;
    while (n < options.profileRows && csv.next()) {
        ++n;
        if (p.rows.size() < options.maxRows) {
            std::vector<std::string> row;
            for (std::size_t i = 0; i < csv.size(); ++i)
                row.emplace_back(csv.field(i));
            p.rows.push_back(std::move(row));
        }
        for (std::size_t i = 0; i < csv.size() && i < headers.size(); ++i)
            profiles[i].add(csv.field(i));
    }
    bytesAtPreviewEnd = csv.bytesRead();
    bool atEnd = !csv.next();
    p.estimatedRows = static_cast<std::int64_t>(n);
    if (!atEnd && n > 0 && bytesAtPreviewEnd > 0)
        p.estimatedRows = static_cast<std::int64_t>(
            static_cast<double>(csv.totalBytes()) * static_cast<double>(n) /
            static_cast<double>(std::min<std::uint64_t>(bytesAtPreviewEnd, csv.totalBytes())));
    p.mapping = autoMap(kind, headers);
    p.mapping.encoding = p.encoding.name;
    p.mapping.delimiter = p.delimiter;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        PreviewColumn c;
        c.header = headers[i];
        c.type = profiles[i].type();
        c.target = p.mapping.targetOf(headers[i]);
        c.dateOrder = profiles[i].dateOrder();
        c.dateOrderNeeded = profiles[i].dateOrderNeeded();
        c.decimal = profiles[i].decimalMark();
        c.decimalNeeded = profiles[i].decimalAmbiguous();
        p.columns.push_back(std::move(c));
    }
    return p;
}

} // namespace vd::io
