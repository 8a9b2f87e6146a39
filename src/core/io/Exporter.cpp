#include "valuedesk/io/Exporter.h"

#include "io/ImportSupport.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/io/CsvWriter.h"
#include "valuedesk/storage/Database.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sqlite3.h>

namespace vd::io {

using detail::Value;
namespace fs = std::filesystem;

namespace {

bool isTimeColumn(const std::string& name)
{
    return name == "ts" || (name.size() > 3 && name.compare(name.size() - 3, 3, "_at") == 0);
}

// Shortest decimal text that reads back as exactly the same double (std::to_chars).
std::string realText(double d)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, r.ptr);
}

void jsonString(std::ostream& out, std::string_view s)
{
    out.put('"');
    for (char ch : s) {
        switch (ch) {
        case '"':
            out << "\\\"";
            break;
        case '\\':
            out << "\\\\";
            break;
        case '\n':
            out << "\\n";
            break;
        case '\r':
            out << "\\r";
            break;
        case '\t':
            out << "\\t";
            break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(ch));
                out << buf;
            } else {
                out.put(ch);
            }
        }
    }
    out.put('"');
}

// Writes a header and rows of Values as CSV or JSON.
class Sink
{
public:
    Sink(std::ostream& out, const ExportOptions& options, std::vector<std::string> columns)
        : m_out(out), m_options(options), m_csv(out, options.delimiter),
          m_columns(std::move(columns))
    {
        for (const auto& c : m_columns)
            m_time.push_back(options.isoTimes && isTimeColumn(c));
        if (m_options.format == ExportFormat::Csv) {
            if (m_options.bom)
                m_csv.writeBom();
            for (const auto& c : m_columns)
                m_csv.field(c);
            m_csv.endRow();
        } else {
            m_out << "[";
        }
    }

    void row(const std::vector<Value>& cells)
    {
        ++m_rows;
        if (m_options.format == ExportFormat::Csv) {
            for (std::size_t i = 0; i < cells.size(); ++i)
                csvCell(cells[i], m_time[i]);
            m_csv.endRow();
            return;
        }
        m_out << (m_rows > 1 ? ",\n {" : "\n {");
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                m_out << ", ";
            jsonString(m_out, m_columns[i]);
            m_out << ": ";
            jsonCell(cells[i], m_time[i]);
        }
        m_out << "}";
    }

    ExportResult finish()
    {
        if (m_options.format == ExportFormat::Json)
            m_out << (m_rows ? "\n]\n" : "]\n");
        m_out.flush();
        if (!m_out)
            throw Error("writing the export failed (disk full?)");
        return {m_columns, m_rows};
    }

private:
    void csvCell(const Value& v, bool time)
    {
        switch (v.type) {
        case Value::Type::Null:
            m_csv.field({});
            break;
        case Value::Type::Int:
            m_csv.field(time ? date::formatDateTime(v.i) : std::to_string(v.i));
            break;
        case Value::Type::Real:
            m_csv.field(std::isfinite(v.d) ? realText(v.d) : "");
            break;
        case Value::Type::Text:
            if (v.s.empty())
                m_csv.emptyString();
            else
                m_csv.field(v.s);
            break;
        }
    }

    void jsonCell(const Value& v, bool time)
    {
        switch (v.type) {
        case Value::Type::Null:
            m_out << "null";
            break;
        case Value::Type::Int:
            if (time)
                jsonString(m_out, date::formatDateTime(v.i));
            else
                m_out << v.i;
            break;
        case Value::Type::Real:
            if (std::isfinite(v.d))
                m_out << realText(v.d);
            else
                m_out << "null";
            break;
        case Value::Type::Text:
            jsonString(m_out, v.s);
            break;
        }
    }

    std::ostream& m_out;
    const ExportOptions& m_options;
    CsvWriter m_csv;
    std::vector<std::string> m_columns;
    std::vector<bool> m_time;
    std::int64_t m_rows = 0;
};

Value cellOf(sqlite3_stmt* st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER:
        return Value::integer(sqlite3_column_int64(st, col));
    case SQLITE_FLOAT:
        return Value::real(sqlite3_column_double(st, col));
    case SQLITE_NULL:
        return Value::null();
    default: {
        const char* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
        return Value::text(
            std::string_view(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(st, col))));
    }
    }
}

ExportResult streamStatement(sqlite3_stmt* st, std::ostream& out, const ExportOptions& options,
                             ProgressReporter* progress = nullptr, std::int64_t total = 0)
{
    int n = sqlite3_column_count(st);
    std::vector<std::string> columns;
    for (int i = 0; i < n; ++i)
        columns.emplace_back(sqlite3_column_name(st, i));
    Sink sink(out, options, columns);
    std::vector<Value> cells(static_cast<std::size_t>(n));
    std::int64_t rows = 0;
    for (;;) {
        int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            throw DatabaseError(
                std::string("export failed: ") + sqlite3_errmsg(sqlite3_db_handle(st)), rc);
        for (int i = 0; i < n; ++i)
            cells[static_cast<std::size_t>(i)] = cellOf(st, i);
        sink.row(cells);
        if (progress && (++rows & 0xFFF) == 0)
            progress->update(rows, total, "exporting");
    }
    return sink.finish();
}

// Prepared statement for SQL that is not from our fixed set: refuses trailing statements.
class RawStatement
{
public:
    RawStatement(Database& db, const std::string& sql)
    {
        const char* tail = nullptr;
        int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), static_cast<int>(sql.size()), &m_st,
                                    &tail);
        if (rc != SQLITE_OK)
            throw InputError(std::string("the query is not valid SQL: ") +
                             sqlite3_errmsg(db.handle()));
        if (!m_st)
            throw InputError("the query is empty");
        std::string_view rest(tail ? tail : "");
        if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos)
            throw InputError("give one query only (found more after the first ';')");
    }
    ~RawStatement() { sqlite3_finalize(m_st); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    sqlite3_stmt* get() const { return m_st; }

private:
    sqlite3_stmt* m_st = nullptr;
};

// The responses with their attribute ratings in the wide form the importer reads back:
// after the response columns, <attribute code>_importance / _performance / _expectation for
// every attribute that has ratings (the importer's rating column family, Mapping.cpp).
ExportResult streamResponses(Database& db, sqlite3_stmt* st, std::ostream& out,
                             const ExportOptions& options, ProgressReporter& progress,
                             std::int64_t total)
{
    std::vector<std::int64_t> attributes;
    std::map<std::int64_t, std::size_t> slot;
    std::vector<std::string> columns;
    const int n = sqlite3_column_count(st);
    int idColumn = -1;
    for (int i = 0; i < n; ++i) {
        columns.emplace_back(sqlite3_column_name(st, i));
        if (columns.back() == "id")
            idColumn = i;
    }
    {
        Statement a = db.prepare("SELECT id, code FROM attributes WHERE id IN (SELECT DISTINCT "
                                 "attribute_id FROM attribute_ratings) ORDER BY id");
        while (a.step()) {
            slot[a.getInt(0)] = attributes.size();
            attributes.push_back(a.getInt(0));
            for (const char* part : {"_importance", "_performance", "_expectation"})
                columns.push_back(a.getText(1) + part);
        }
    }
    Sink sink(out, options, columns);
    Statement ratings =
        db.prepare("SELECT response_id, attribute_id, importance, performance, expectation FROM "
                   "attribute_ratings ORDER BY response_id");
    bool more = ratings.step();
    std::vector<Value> cells(columns.size());
    std::int64_t rows = 0;
    for (;;) {
        int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            throw DatabaseError(
                std::string("export failed: ") + sqlite3_errmsg(sqlite3_db_handle(st)), rc);
        std::fill(cells.begin(), cells.end(), Value::null());
        for (int i = 0; i < n; ++i)
            cells[static_cast<std::size_t>(i)] = cellOf(st, i);
        if (idColumn >= 0) {
            const std::int64_t id = sqlite3_column_int64(st, idColumn);
            while (more && ratings.getInt(0) < id)
                more = ratings.step();
            while (more && ratings.getInt(0) == id) {
                auto it = slot.find(ratings.getInt(1));
                if (it != slot.end()) {
                    std::size_t base = static_cast<std::size_t>(n) + 3 * it->second;
                    for (int k = 0; k < 3; ++k)
                        cells[base + static_cast<std::size_t>(k)] = cellOf(ratings.handle(), 2 + k);
                }
                more = ratings.step();
            }
        }
        sink.row(cells);
        if ((++rows & 0xFFF) == 0)
            progress.update(rows, total, "exporting");
    }
    return sink.finish();
}

} // namespace

ExportFormat formatForPath(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".json" ? ExportFormat::Json : ExportFormat::Csv;
}

ExportFormat parseExportFormat(const std::string& text)
{
    if (text == "csv")
        return ExportFormat::Csv;
    if (text == "json")
        return ExportFormat::Json;
    throw InputError("export format must be csv or json, not \"" + text + "\"");
}

std::vector<std::string> exportableTables(Database& db)
{
    std::vector<std::string> out;
    Statement st = db.prepare(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
        "'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'customers\\_fts%' ESCAPE '\\' ORDER BY name");
    while (st.step())
        out.push_back(st.getText(0));
    return out;
}

ExportResult exportTable(Database& db, const std::string& table, std::ostream& out,
                         const ExportOptions& options, const ProgressCallback& progress)
{
    auto tables = exportableTables(db);
    if (std::find(tables.begin(), tables.end(), table) == tables.end()) {
        std::string list;
        for (const auto& t : tables)
            list += (list.empty() ? "" : ", ") + t;
        throw InputError("no table or view named \"" + table + "\" to export (there are: " + list +
                         ")");
    }
    std::set<std::string> columns;
    {
        Statement st = db.prepare("SELECT name FROM pragma_table_info(?)");
        st.bindAll(table);
        while (st.step())
            columns.insert(st.getText(0));
    }
    Statement kind = db.prepare("SELECT type, coalesce(sql, '') FROM sqlite_master WHERE name = ?");
    kind.bindAll(table);
    kind.step();
    bool hasRowid =
        kind.getText(0) == "table" && kind.getText(1).find("WITHOUT ROWID") == std::string::npos;

    const std::string t = detail::quoteIdentifier(table);
    std::string select = "SELECT t.*", joins;
    struct Ref
    {
        const char* column;
        const char* table;
        const char* value;
        const char* alias;
    };
    static const Ref refs[] = {
        {"customer_id", "customers", "external_id", "customer_external_id"},
        {"survey_id", "surveys", "name", "survey"},
        {"response_id", "responses", "external_id", "response_external_id"},
        {"interaction_id", "interactions", "external_id", "interaction_external_id"},
    };
    int n = 0;
    for (const Ref& r : refs) {
        if (!columns.count(r.column) || columns.count(r.alias) || table == r.table)
            continue;
        std::string a = "vd_r" + std::to_string(n++);
        select += std::string(", ") + a + "." + r.value + " AS " + r.alias;
        joins +=
            std::string(" LEFT JOIN ") + r.table + " AS " + a + " ON " + a + ".id = t." + r.column;
    }
    std::string sql =
        select + " FROM " + t + " AS t" + joins + (hasRowid ? " ORDER BY t.rowid" : "");
    std::int64_t total = db.queryInt("SELECT count(*) FROM " + t);
    Statement st = db.prepare(sql);
    ProgressReporter reporter(progress);
    if (table == "responses")
        return streamResponses(db, st.handle(), out, options, reporter, total);
    return streamStatement(st.handle(), out, options, &reporter, total);
}

ExportResult exportSegment(Database& db, const std::string& segment, std::ostream& out,
                           const ExportOptions& options)
{
    Statement find = db.prepare(
        "SELECT id FROM segments WHERE name = ? ORDER BY created_at DESC, id DESC LIMIT 1");
    find.bindAll(segment);
    if (!find.step()) {
        std::string names;
        Statement all = db.prepare("SELECT DISTINCT name FROM segments ORDER BY name");
        while (all.step())
            names += (names.empty() ? "" : ", ") + all.getText(0);
        throw InputError(
            "no saved segment named \"" + segment + "\"" +
            (names.empty() ? " (no segments are saved yet)" : " (saved: " + names + ")"));
    }
    Statement st = db.prepare("SELECT c.*, m.label AS segment_label FROM segment_members m "
                              "JOIN customers c ON c.id = m.customer_id WHERE m.segment_id = ? "
                              "ORDER BY c.id");
    st.bindAll(find.getInt(0));
    return streamStatement(st.handle(), out, options);
}

ExportResult exportQuery(Database& db, const std::string& sql, std::ostream& out,
                         const ExportOptions& options)
{
    RawStatement st(db, sql);
    if (!sqlite3_stmt_readonly(st.get()))
        throw InputError("only a read-only query (SELECT ...) can be exported");
    if (sqlite3_column_count(st.get()) == 0)
        throw InputError("the query returns no columns");
    return streamStatement(st.get(), out, options);
}

ExportResult exportKanoStudy(Database& db, const std::string& study, std::ostream& out,
                             const ExportOptions& options)
{
    Statement find = db.prepare("SELECT id FROM kano_studies WHERE name = ?");
    find.bindAll(study);
    if (!find.step())
        throw InputError("no Kano study named \"" + study + "\"");
    std::int64_t studyId = find.getInt(0);
    std::vector<std::pair<std::int64_t, std::string>> features;
    Statement fs =
        db.prepare("SELECT id, code FROM kano_features WHERE study_id = ? ORDER BY position, id");
    fs.bindAll(studyId);
    while (fs.step())
        features.emplace_back(fs.getInt(0), fs.getText(1));
    std::map<std::int64_t, std::size_t> slot;
    std::vector<std::string> columns = {"respondent", "customer_external_id", "ts"};
    for (std::size_t i = 0; i < features.size(); ++i) {
        slot[features[i].first] = i;
        for (const char* part : {"_functional", "_dysfunctional", "_importance"})
            columns.push_back(features[i].second + part);
    }
    Sink sink(out, options, columns);
    Statement resp = db.prepare(
        "SELECT r.id, r.external_id, c.external_id, r.ts FROM kano_respondents r LEFT JOIN "
        "customers c ON c.id = r.customer_id WHERE r.study_id = ? ORDER BY r.id");
    Statement ans = db.prepare(
        "SELECT a.respondent_id, a.feature_id, a.functional, a.dysfunctional, a.importance FROM "
        "kano_answers a JOIN kano_respondents r ON r.id = a.respondent_id WHERE r.study_id = ? "
        "ORDER BY a.respondent_id");
    resp.bindAll(studyId);
    ans.bindAll(studyId);
    bool more = ans.step();
    std::vector<Value> cells(columns.size());
    while (resp.step()) {
        std::int64_t rid = resp.getInt(0);
        std::fill(cells.begin(), cells.end(), Value::null());
        sqlite3_stmt* r = resp.handle();
        cells[0] = cellOf(r, 1);
        cells[1] = cellOf(r, 2);
        cells[2] = cellOf(r, 3);
        while (more && ans.getInt(0) < rid)
            more = ans.step();
        while (more && ans.getInt(0) == rid) {
            auto it = slot.find(ans.getInt(1));
            if (it != slot.end()) {
                std::size_t base = 3 + 3 * it->second;
                cells[base] = Value::integer(ans.getInt(2));
                cells[base + 1] = Value::integer(ans.getInt(3));
                cells[base + 2] = cellOf(ans.handle(), 4);
            }
            more = ans.step();
        }
        sink.row(cells);
    }
    return sink.finish();
}

ExportResult exportToFile(const std::string& path,
                          const std::function<ExportResult(std::ostream&)>& write)
{
    std::string temp = path + ".tmp";
    ExportResult result;
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error("cannot write " + path);
        try {
            result = write(out);
        } catch (...) {
            out.close();
            std::error_code ec;
            fs::remove(temp, ec);
            throw;
        }
        out.close();
        if (!out) {
            std::error_code ec;
            fs::remove(temp, ec);
            throw Error("cannot write " + path + " (disk full?)");
        }
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw Error("cannot write " + path + ": " + ec.message());
    }
    return result;
}

} // namespace vd::io
