#include "io/ImportSupport.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace vd::io::detail {

void bindValue(sqlite3_stmt* st, int index, const Value& v)
{
    int rc = SQLITE_OK;
    switch (v.type) {
    case Value::Type::Null:
        rc = sqlite3_bind_null(st, index);
        break;
    case Value::Type::Int:
        rc = sqlite3_bind_int64(st, index, v.i);
        break;
    case Value::Type::Real:
        rc = sqlite3_bind_double(st, index, v.d);
        break;
    case Value::Type::Text:
        rc = sqlite3_bind_text(st, index, v.s.data(), static_cast<int>(v.s.size()), SQLITE_STATIC);
        break;
    }
    if (rc != SQLITE_OK)
        throw DatabaseError(
            std::string("cannot bind a value: ") + sqlite3_errmsg(sqlite3_db_handle(st)), rc);
}

nlohmann::json columnJson(sqlite3_stmt* st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(st, col);
    case SQLITE_FLOAT:
        return sqlite3_column_double(st, col);
    case SQLITE_TEXT: {
        const char* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
        return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st, col)));
    }
    case SQLITE_BLOB: {
        // Not written by the importer; kept as text so undo can restore it.
        const char* p = static_cast<const char*>(sqlite3_column_blob(st, col));
        return std::string(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(st, col)));
    }
    default:
        return nullptr;
    }
}

bool columnEquals(sqlite3_stmt* st, int col, const Value& v)
{
    int t = sqlite3_column_type(st, col);
    switch (v.type) {
    case Value::Type::Null:
        return t == SQLITE_NULL;
    case Value::Type::Int:
        if (t == SQLITE_INTEGER)
            return sqlite3_column_int64(st, col) == v.i;
        if (t == SQLITE_FLOAT)
            return sqlite3_column_double(st, col) == static_cast<double>(v.i);
        return false;
    case Value::Type::Real:
        if (t == SQLITE_FLOAT || t == SQLITE_INTEGER)
            return sqlite3_column_double(st, col) == v.d;
        return false;
    case Value::Type::Text: {
        if (t != SQLITE_TEXT)
            return false;
        auto n = static_cast<std::size_t>(sqlite3_column_bytes(st, col));
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
        return n == v.s.size() && (n == 0 || std::memcmp(p, v.s.data(), n) == 0);
    }
    }
    return false;
}

void bindJson(sqlite3_stmt* st, int index, const nlohmann::json& v)
{
    int rc = SQLITE_OK;
    if (v.is_null()) {
        rc = sqlite3_bind_null(st, index);
    } else if (v.is_number_integer()) {
        rc = sqlite3_bind_int64(st, index, v.get<std::int64_t>());
    } else if (v.is_number()) {
        rc = sqlite3_bind_double(st, index, v.get<double>());
    } else if (v.is_boolean()) {
        rc = sqlite3_bind_int64(st, index, v.get<bool>() ? 1 : 0);
    } else if (v.is_string()) {
        const auto& s = v.get_ref<const std::string&>();
        rc = sqlite3_bind_text(st, index, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    } else {
        throw Error("undo record holds a value that is not a scalar");
    }
    if (rc != SQLITE_OK)
        throw DatabaseError("cannot bind a value", rc);
}

void stepDone(sqlite3_stmt* st)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(st);
        return;
    }
    std::string msg = sqlite3_errmsg(sqlite3_db_handle(st));
    sqlite3_reset(st);
    if ((rc & 0xFF) == SQLITE_CONSTRAINT)
        throw RowConstraintError{msg};
    throw DatabaseError("import failed: " + msg, rc);
}

std::string quoteIdentifier(std::string_view name)
{
    std::string out = "\"";
    for (char c : name) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

// ---------------------------------------------------------------- ChangeLog

ChangeLog::ChangeLog(Database& db, std::int64_t importId)
    : m_db(db), m_importId(importId),
      m_insertRun(db.prepare("INSERT INTO import_changes (import_id, table_name, row_id, action, "
                             "last_row_id) VALUES (?, ?, ?, 'insert', ?)")),
      m_insertUpdate(db.prepare("INSERT INTO import_changes (import_id, table_name, row_id, "
                                "action, old_values) VALUES (?, ?, ?, 'update', ?)"))
{
    // Capture every table's largest id before anything is written: ids above it are this
    // import's own rows.
    for (const char* t :
         {"customers", "transactions", "interactions", "surveys", "responses", "attributes",
          "kano_studies", "kano_features", "kano_respondents", "feedback_cases"})
        state(t);
}

ChangeLog::TableState& ChangeLog::state(const std::string& table)
{
    auto it = m_tables.find(table);
    if (it != m_tables.end())
        return it->second;
    TableState s;
    s.name = table;
    // Table names come from the importer's fixed list, never from the file.
    s.maxBefore = m_db.queryInt("SELECT coalesce(max(rowid), 0) FROM " + quoteIdentifier(table));
    s.touchedBits.assign(static_cast<std::size_t>(s.maxBefore / 64 + 1), 0);
    return m_tables.emplace(table, std::move(s)).first->second;
}

void ChangeLog::writeRun(TableState& s)
{
    if (s.runLast < s.runFirst)
        return;
    m_insertRun.bindAll(m_importId, s.name, s.runFirst, s.runLast);
    m_insertRun.run();
    s.runLast = s.runFirst - 1;
}

void ChangeLog::inserted(Table s, std::int64_t id)
{
    if (s->runLast >= s->runFirst && id == s->runLast + 1) {
        s->runLast = id;
        return;
    }
    writeRun(*s);
    s->runFirst = s->runLast = id;
}

void ChangeLog::insertedRange(Table s, std::int64_t first, std::int64_t count)
{
    if (count <= 0)
        return;
    inserted(s, first);
    s->runLast = first + count - 1;
}

void ChangeLog::updated(const std::string& table, std::int64_t id, const nlohmann::json& oldValues)
{
    touched(table, id);
    m_insertUpdate.bindAll(m_importId, table, id, oldValues.dump());
    m_insertUpdate.run();
}

void ChangeLog::touched(Table s, std::int64_t id)
{
    if (id >= 0 && id <= s->maxBefore)
        s->touchedBits[static_cast<std::size_t>(id / 64)] |= std::uint64_t{1} << (id % 64);
}

bool ChangeLog::seen(Table s, std::int64_t id) const
{
    if (id > s->maxBefore)
        return true; // inserted by this import
    if (id < 0)
        return false;
    return (s->touchedBits[static_cast<std::size_t>(id / 64)] >> (id % 64)) & 1;
}

std::int64_t ChangeLog::maxBefore(Table s) const
{
    return s->maxBefore;
}

void ChangeLog::flush()
{
    for (auto& [table, s] : m_tables)
        writeRun(s);
}

// ---------------------------------------------------------------- TableUpsert

TableUpsert::TableUpsert(Database& db, ChangeLog& log, std::string table,
                         std::vector<std::string> columns, std::vector<std::string> keyColumns,
                         std::vector<std::string> updateColumns, std::vector<Keep> keepWhenNull)
    : m_db(db), m_log(log), m_table(std::move(table)), m_logTable(log.table(m_table)),
      m_updateColumns(std::move(updateColumns))
{
    auto keepOf = [&](const std::string& c) -> const Keep* {
        for (const Keep& k : keepWhenNull)
            if (k.column == c)
                return &k;
        return nullptr;
    };
    auto indexOf = [&](const std::string& c) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == c)
                return static_cast<int>(i);
        throw Error("internal: column " + c + " not written");
    };
    std::string cols, params;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        cols += (i ? ", " : "") + quoteIdentifier(columns[i]);
        const Keep* k = keepOf(columns[i]);
        params +=
            (i ? ", " : "") + (k ? "coalesce(?, " + k->insertDefault + ")" : std::string("?"));
    }
    std::string sql =
        "INSERT INTO " + quoteIdentifier(m_table) + " (" + cols + ") VALUES (" + params + ")";
    if (!keyColumns.empty()) {
        std::string key, where;
        for (std::size_t i = 0; i < keyColumns.size(); ++i) {
            key += (i ? ", " : "") + quoteIdentifier(keyColumns[i]);
            where += (i ? " AND " : "") + quoteIdentifier(keyColumns[i]) + " = ?";
            m_keyIndex.push_back(indexOf(keyColumns[i]));
        }
        sql += " ON CONFLICT (" + key + ") DO NOTHING";
        std::string select = "SELECT rowid";
        for (const auto& c : m_updateColumns)
            select += ", " + quoteIdentifier(c);
        m_lookup = db.prepare(select + " FROM " + quoteIdentifier(m_table) + " WHERE " + where);
    }
    m_insert = db.prepare(sql);
    if (!m_updateColumns.empty()) {
        std::string set;
        for (std::size_t i = 0; i < m_updateColumns.size(); ++i) {
            std::string q = quoteIdentifier(m_updateColumns[i]);
            bool keep = keepOf(m_updateColumns[i]) != nullptr;
            set += (i ? ", " : "") + q + (keep ? " = coalesce(?, " + q + ")" : " = ?");
            m_updateIndex.push_back(indexOf(m_updateColumns[i]));
            m_keep.push_back(keep);
        }
        m_update =
            db.prepare("UPDATE " + quoteIdentifier(m_table) + " SET " + set + " WHERE rowid = ?");
    }
}

TableUpsert::Result TableUpsert::write(const std::vector<Value>& values, bool keyPresent)
{
    Result r;
    sqlite3_stmt* ins = m_insert.handle();
    for (std::size_t i = 0; i < values.size(); ++i)
        bindValue(ins, static_cast<int>(i + 1), values[i]);
    stepDone(ins);
    sqlite3* h = m_db.handle();
    if (sqlite3_changes(h) > 0 || m_keyIndex.empty() || !keyPresent) {
        r.outcome = Outcome::Inserted;
        r.id = sqlite3_last_insert_rowid(h);
        m_log.inserted(m_logTable, r.id);
        return r;
    }
    sqlite3_stmt* look = m_lookup.handle();
    for (std::size_t k = 0; k < m_keyIndex.size(); ++k)
        bindValue(look, static_cast<int>(k + 1), values[static_cast<std::size_t>(m_keyIndex[k])]);
    int rc = sqlite3_step(look);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(look);
        throw DatabaseError("import: a row conflicted on its key but cannot be found in " + m_table,
                            rc);
    }
    r.id = sqlite3_column_int64(look, 0);
    if (m_log.seen(m_logTable, r.id)) {
        sqlite3_reset(look);
        r.outcome = Outcome::Duplicate;
        return r;
    }
    r.outcome = Outcome::Existing;
    for (std::size_t k = 0; k < m_updateIndex.size(); ++k) {
        const Value& v = values[static_cast<std::size_t>(m_updateIndex[k])];
        if (m_keep[k] && v.type == Value::Type::Null)
            continue;
        if (!columnEquals(look, static_cast<int>(k + 1), v)) {
            r.differs = true;
            break;
        }
    }
    if (r.differs) {
        r.old = nlohmann::json::object();
        for (std::size_t k = 0; k < m_updateColumns.size(); ++k)
            r.old[m_updateColumns[k]] = columnJson(look, static_cast<int>(k + 1));
    }
    sqlite3_reset(look);
    return r;
}

void TableUpsert::update(const std::vector<Value>& values, std::int64_t id)
{
    if (m_updateColumns.empty())
        return;
    sqlite3_stmt* up = m_update.handle();
    for (std::size_t k = 0; k < m_updateIndex.size(); ++k)
        bindValue(up, static_cast<int>(k + 1), values[static_cast<std::size_t>(m_updateIndex[k])]);
    sqlite3_bind_int64(up, static_cast<int>(m_updateIndex.size() + 1), id);
    stepDone(up);
}

// ---------------------------------------------------------------- BatchInsert

BatchInsert::BatchInsert(Database& db, ChangeLog& log, std::string table,
                         std::vector<std::string> columns, std::size_t capacity)
    : m_db(db), m_log(log), m_table(std::move(table)), m_logTable(log.table(m_table)),
      m_columns(std::move(columns)),
      m_capacity(std::bit_floor(std::max<std::size_t>(
          1, std::min(capacity, static_cast<std::size_t>(
                                    sqlite3_limit(db.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1)) /
                                    std::max<std::size_t>(m_columns.size(), 1))))),
      m_maxRowid(db.prepare("SELECT coalesce(max(rowid), 0) FROM " + quoteIdentifier(m_table)))
{
    // m_values and m_offsets are not reserved: most batches borrow their rows (addBorrowed),
    // and the copy path grows them once and keeps the capacity across clear().
}

void BatchInsert::add(const std::vector<Value>& values)
{
    m_borrowed.push_back(nullptr);
    for (const Value& v : values) {
        m_offsets.push_back(m_text.size());
        if (v.type == Value::Type::Text)
            m_text.append(v.s);
        m_values.push_back(v);
    }
    ++m_rows;
}

void BatchInsert::addBorrowed(std::span<const Value> values)
{
    if (values.size() != m_columns.size())
        throw Error("internal: a batch row of " + m_table + " has " +
                    std::to_string(values.size()) + " values for " +
                    std::to_string(m_columns.size()) + " columns");
    m_borrowed.push_back(values.data());
    ++m_rows;
}

void BatchInsert::clear()
{
    m_rows = 0;
    m_borrowed.clear();
    m_values.clear();
    m_offsets.clear();
    m_text.clear();
}

Statement& BatchInsert::statementFor(std::size_t rows)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return it->second;
    std::string cols, one;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        cols += (i ? ", " : "") + quoteIdentifier(m_columns[i]);
        one += i ? ", ?" : "(?";
    }
    one += ")";
    // OR FAIL: a refused row ends the statement but keeps the rows before it, so SQLite needs
    // no statement journal. With the default ABORT it copies every page the statement
    // changes that existed before it (the last leaf of the table and of each index, and
    // their parents) to a temporary file: about 100 KB a statement, 1 GB for 10^7 rows.
    std::string sql = "INSERT OR FAIL INTO " + quoteIdentifier(m_table) + " (" + cols + ") VALUES ";
    for (std::size_t r = 0; r < rows; ++r)
        sql += (r ? ", " : "") + one;
    return m_statements.emplace(rows, m_db.prepare(sql)).first->second;
}

int BatchInsert::insertRows(std::size_t count, std::size_t& row, std::size_t& copied)
{
    sqlite3_stmt* st = statementFor(count).handle();
    const std::size_t width = m_columns.size();
    int param = 1;
    for (const std::size_t end = row + count; row < end; ++row) {
        if (const Value* values = m_borrowed[row]) {
            for (std::size_t i = 0; i < width; ++i)
                bindValue(st, param++, values[i]);
            continue;
        }
        for (std::size_t i = 0; i < width; ++i, ++copied) {
            Value v = m_values[copied];
            if (v.type == Value::Type::Text)
                v.s = std::string_view(m_text.data() + m_offsets[copied], v.s.size());
            bindValue(st, param++, v);
        }
    }
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) {
        m_error = sqlite3_errmsg(m_db.handle());
    } else if (const int changes = sqlite3_changes(m_db.handle());
               changes != static_cast<int>(count)) {
        rc = SQLITE_INTERNAL;
        m_error = "a batch of " + std::to_string(count) + " rows wrote " + std::to_string(changes) +
                  " rows into " + m_table;
    }
    sqlite3_reset(st);
    return rc;
}

std::size_t BatchInsert::flush()
{
    if (m_rows == 0)
        return 0;
    const std::int64_t before = maxRowid();
    const std::size_t rows = m_rows;
    // A full batch is one statement. A shorter one (the end of a file, a rejected row in
    // between) goes in pieces of 2^k rows, so that no more than log2(capacity) + 1 statements
    // are ever prepared.
    int rc = SQLITE_DONE;
    std::size_t row = 0, copied = 0, start = 0, piece = 0;
    while (row < m_rows && rc == SQLITE_DONE) {
        start = row;
        piece = std::bit_floor(m_rows - row);
        rc = insertRows(piece, row, copied);
    }
    clear();
    if (rc != SQLITE_DONE && (rc & 0xFF) != SQLITE_CONSTRAINT)
        throw DatabaseError("import failed: " + m_error, rc);
    // New rows of a rowid table get max(rowid) + 1, + 2, ...: the rows written have
    // consecutive ids, and their number is how far max(rowid) moved. A refused statement
    // (INSERT OR FAIL) stops at the refused row and keeps the rows before it.
    const std::int64_t moved = maxRowid() - before;
    const bool consistent = rc == SQLITE_DONE
                                ? moved == static_cast<std::int64_t>(rows)
                                : moved >= static_cast<std::int64_t>(start) &&
                                      moved < static_cast<std::int64_t>(start + piece);
    if (!consistent)
        throw DatabaseError("import: the rows of a batch did not get consecutive ids in " +
                                m_table + "; the import was rolled back",
                            SQLITE_INTERNAL);
    const auto written = static_cast<std::size_t>(moved);
    if (written > 0)
        m_log.insertedRange(m_logTable, before + 1, moved);
    return written;
}

std::int64_t BatchInsert::maxRowid()
{
    m_maxRowid.step();
    const std::int64_t id = m_maxRowid.getInt(0);
    m_maxRowid.reset();
    return id;
}

// ---------------------------------------------------------------- IndexSuspension

IndexSuspension::IndexSuspension(Database& db, const std::vector<std::string>& tables) : m_db(db)
{
    std::vector<std::string> names;
    Statement st = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                              "tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
    for (const auto& t : tables) {
        st.bindAll(t);
        while (st.step()) {
            names.push_back(st.getText(0));
            m_create.push_back(st.getText(1));
        }
        st.reset();
    }
    for (const auto& n : names)
        db.exec("DROP INDEX " + quoteIdentifier(n));
}

void IndexSuspension::restore()
{
    for (const auto& sql : m_create)
        m_db.exec(sql);
    m_create.clear();
}

} // namespace vd::io::detail
