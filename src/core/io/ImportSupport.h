#pragma once

#include "valuedesk/storage/Database.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <span>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

// Internal building blocks of the importer and of undo: SQL values that borrow their text,
// the record of what an import changed, and the generic upsert by key.
namespace vd::io::detail {

// A value bound to a statement. Text is borrowed (the CSV reader's buffer or a static
// string) and bound without a copy, so millions of rows cost no allocations.
struct Value
{
    enum class Type : std::uint8_t { Null, Int, Real, Text } type = Type::Null;
    std::int64_t i = 0;
    double d = 0;
    std::string_view s;

    static Value null() { return {}; }
    static Value integer(std::int64_t v) { return {Type::Int, v, 0, {}}; }
    static Value real(double v) { return {Type::Real, 0, v, {}}; }
    static Value text(std::string_view v) { return {Type::Text, 0, 0, v}; }
};

void bindValue(sqlite3_stmt* st, int index, const Value& v);
// Column of the current row as JSON (null, integer, real or text).
nlohmann::json columnJson(sqlite3_stmt* st, int col);
// Whether column col of the current row holds exactly v.
bool columnEquals(sqlite3_stmt* st, int col, const Value& v);
// Binds a JSON scalar (from columnJson) to a parameter.
void bindJson(sqlite3_stmt* st, int index, const nlohmann::json& v);

// A statement failed on a constraint (CHECK, UNIQUE, FOREIGN KEY): the row is bad, not the
// import. Anything else is a DatabaseError.
struct RowConstraintError
{
    std::string message;
};
// Steps a statement expecting no row; throws RowConstraintError or DatabaseError.
void stepDone(sqlite3_stmt* st);

// Double-quoted SQL identifier for the fixed table and column names the importer uses.
std::string quoteIdentifier(std::string_view name);

// What one import changed: new rows as runs of consecutive ids (import_changes.row_id ..
// last_row_id), updated rows one by one with their old values. Also tells whether a row was
// already written by this import (a duplicate id within the file): new rows have ids above
// the table's maximum before the import, updated ones are marked in a bitmap.
class ChangeLog
{
    struct TableState;

public:
    ChangeLog(Database& db, std::int64_t importId);

    // A table's state, looked up once: the per-row calls below take it instead of the name.
    using Table = TableState*;
    Table table(const std::string& name) { return &state(name); }

    void inserted(const std::string& table, std::int64_t id) { inserted(&state(table), id); }
    void inserted(Table table, std::int64_t id);
    // count new rows with the consecutive ids first .. first + count - 1 (a batch insert).
    void insertedRange(Table table, std::int64_t first, std::int64_t count);
    void updated(const std::string& table, std::int64_t id, const nlohmann::json& oldValues);
    // The row was matched (updated or found unchanged) by this import.
    void touched(const std::string& table, std::int64_t id) { touched(&state(table), id); }
    void touched(Table table, std::int64_t id);
    // Written or matched before by this import.
    bool seen(const std::string& table, std::int64_t id) { return seen(&state(table), id); }
    bool seen(Table table, std::int64_t id) const;
    // The largest id of the table before the import.
    std::int64_t maxBefore(Table table) const;
    void flush(); // writes the pending runs of new ids

private:
    struct TableState
    {
        std::string name;
        std::int64_t maxBefore = 0;
        std::vector<std::uint64_t> touchedBits; // ids <= maxBefore
        std::int64_t runFirst = 0, runLast = -1;
    };
    TableState& state(const std::string& table);
    void writeRun(TableState& s);

    Database& m_db;
    std::int64_t m_importId;
    std::map<std::string, TableState> m_tables;
    Statement m_insertRun;
    Statement m_insertUpdate;
};

// Insert-or-match by a key for one table. columns are the table columns a row provides, in
// the order of the values; keyColumns (a subset, possibly empty) identify an existing row;
// updateColumns are rewritten when an existing row differs.
class TableUpsert
{
public:
    enum class Outcome { Inserted, Existing, Duplicate };
    struct Result
    {
        Outcome outcome = Outcome::Inserted;
        std::int64_t id = 0;
        bool differs = false; // for Existing: some update column differs
        nlohmann::json old;   // for Existing with differs: old values of update columns
    };

    // keepWhenNull: columns whose NULL means "keep the stored value" on update and "use
    // insertDefault (an SQL literal)" on insert, e.g. an empty created_at.
    struct Keep
    {
        std::string column;
        std::string insertDefault;
    };
    TableUpsert(Database& db, ChangeLog& log, std::string table, std::vector<std::string> columns,
                std::vector<std::string> keyColumns, std::vector<std::string> updateColumns,
                std::vector<Keep> keepWhenNull = {});

    // keyPresent false: the row has no key value (e.g. no order id); it is always inserted.
    Result write(const std::vector<Value>& values, bool keyPresent);
    // Rewrites the update columns of row id with values (same order as the constructor's).
    void update(const std::vector<Value>& values, std::int64_t id);
    const std::string& table() const { return m_table; }

private:
    Database& m_db;
    ChangeLog& m_log;
    std::string m_table;
    ChangeLog::Table m_logTable;
    std::vector<int> m_keyIndex;    // positions in values
    std::vector<int> m_updateIndex; // positions in values
    std::vector<std::string> m_updateColumns;
    std::vector<bool> m_keep; // per update column
    Statement m_insert;
    Statement m_lookup;
    Statement m_update;
};

// Inserts the new rows of one table many at a time, one multi-row INSERT per batch: the
// statement overhead that dominates a single-row insert is paid once for the whole batch.
// add() copies the values, so the caller's buffers may change after it. Rows go in the order
// they were queued: when a constraint refuses one (a key that exists, above all), the rows
// before it are written and flush() returns how many, for the caller to take the rest again
// one by one through TableUpsert, which tells new, updated and duplicate rows apart. That is
// what one-by-one inserts of the whole batch would have done with the rows before it.
class BatchInsert
{
public:
    // Batches hold up to `capacity` rows, rounded down to a power of two that SQLite's limit
    // of bound values allows.
    BatchInsert(Database& db, ChangeLog& log, std::string table, std::vector<std::string> columns,
                std::size_t capacity);

    std::size_t capacity() const { return m_capacity; }
    void add(const std::vector<Value>& values);
    // Queues one row of values (one per column) that the caller keeps valid, text and all,
    // until the batch is flushed or cleared; nothing is copied.
    void addBorrowed(std::span<const Value> values);
    std::size_t size() const { return m_rows; }
    bool full() const { return m_rows >= m_capacity; }
    // Inserts and logs the queued rows in order; how many were written from the first on:
    // size() unless a constraint refused a row. The batch is empty afterwards either way.
    std::size_t flush();
    void clear();

private:
    Statement& statementFor(std::size_t rows);
    // Binds and inserts `count` queued rows from `row` on (and the copied values from
    // `copied` on), advancing both; the SQLite result code.
    int insertRows(std::size_t count, std::size_t& row, std::size_t& copied);
    std::int64_t maxRowid();

    Database& m_db;
    ChangeLog& m_log;
    std::string m_table;
    ChangeLog::Table m_logTable;
    std::vector<std::string> m_columns;
    std::size_t m_capacity;
    std::size_t m_rows = 0;
    // Per queued row: its borrowed values, or nullptr when it was copied into m_values.
    std::vector<const Value*> m_borrowed;
    std::vector<Value> m_values;        // copied rows x columns; text as offsets into m_text
    std::vector<std::size_t> m_offsets; // per copied value: where its text starts in m_text
    std::string m_text;
    std::map<std::size_t, Statement> m_statements; // by number of rows
    std::string m_error;
    Statement m_maxRowid;
};

// Drops the non-unique indexes of tables for a bulk load inside the import's transaction and
// re-creates them at the end; a rollback brings them back by itself.
class IndexSuspension
{
public:
    IndexSuspension(Database& db, const std::vector<std::string>& tables);
    void restore();
    bool active() const { return !m_create.empty(); }

private:
    Database& m_db;
    std::vector<std::string> m_create;
};

} // namespace vd::io::detail
