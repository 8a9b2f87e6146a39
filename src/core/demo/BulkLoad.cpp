#include "demo/BulkLoad.h"

#include "valuedesk/Error.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace vd::demo {

// ---------------------------------------------------------------- RowBuilder

RowBuilder::RowBuilder(ChunkSink& sink, int table, int columns)
    : m_sink(sink), m_table(table), m_columns(columns)
{
    m_chunk = m_sink.acquire();
    start();
}

void RowBuilder::start()
{
    m_chunk->table = m_table;
    m_chunk->columns = m_columns;
    m_chunk->rows = 0;
}

RowChunk::Value& RowBuilder::next()
{
    if (m_column >= m_columns)
        throw Error("demo generator: too many values in a row");
    return m_chunk->values[static_cast<std::size_t>(m_chunk->rows * m_columns + m_column++)];
}

RowBuilder& RowBuilder::i64(std::int64_t value)
{
    RowChunk::Value& v = next();
    v.kind = RowChunk::Value::Int;
    v.i = value;
    return *this;
}

RowBuilder& RowBuilder::f64(double value)
{
    RowChunk::Value& v = next();
    v.kind = RowChunk::Value::Real;
    v.d = value;
    return *this;
}

RowBuilder& RowBuilder::text(std::string_view value)
{
    auto slot = static_cast<std::size_t>(m_chunk->rows * m_columns + m_column);
    next().kind = RowChunk::Value::Text;
    m_chunk->texts[slot].assign(value);
    return *this;
}

RowBuilder& RowBuilder::null()
{
    next().kind = RowChunk::Value::Null;
    return *this;
}

void RowBuilder::insert()
{
    if (m_column != m_columns)
        throw Error("demo generator: a row has " + std::to_string(m_column) + " values, not " +
                    std::to_string(m_columns));
    m_column = 0;
    if (++m_chunk->rows == m_chunk->capacity) {
        m_chunk = m_sink.exchange(m_chunk);
        start();
    }
}

void RowBuilder::flush()
{
    if (m_chunk->rows > 0) {
        m_chunk = m_sink.exchange(m_chunk);
        start();
    }
}

// ---------------------------------------------------------------- TableWriter

namespace {

std::string insertSql(std::string_view table, std::string_view columns, int columnCount, int rows)
{
    std::string sql = "INSERT INTO ";
    sql += table;
    sql += " (";
    sql += columns;
    sql += ") VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 0; c < columnCount; ++c)
            sql += c ? ",?" : "?";
        sql += ')';
    }
    return sql;
}

int countColumns(std::string_view columns)
{
    return 1 + static_cast<int>(std::count(columns.begin(), columns.end(), ','));
}

void check(sqlite3_stmt* st, int rc)
{
    if (rc != SQLITE_OK)
        throw DatabaseError(
            std::string("cannot bind a value: ") + sqlite3_errmsg(sqlite3_db_handle(st)), rc);
}

} // namespace

TableWriter::TableWriter(Database& db, std::string_view table, std::string_view columns, int batch)
    : m_columns(countColumns(columns)), m_batch(std::max(1, batch)),
      m_one(db.prepare(insertSql(table, columns, m_columns, 1)))
{
    if (m_batch > 1)
        m_many = db.prepare(insertSql(table, columns, m_columns, m_batch));
}

void TableWriter::bindRow(Statement& st, const RowChunk& chunk, int row, int firstParameter)
{
    sqlite3_stmt* h = st.handle();
    for (int c = 0; c < m_columns; ++c) {
        auto slot = static_cast<std::size_t>(row * m_columns + c);
        const RowChunk::Value& v = chunk.values[slot];
        int p = firstParameter + c;
        switch (v.kind) {
        case RowChunk::Value::Int:
            check(h, sqlite3_bind_int64(h, p, v.i));
            break;
        case RowChunk::Value::Real:
            check(h, sqlite3_bind_double(h, p, v.d));
            break;
        case RowChunk::Value::Text: {
            // The chunk is not refilled before the statement has been stepped.
            const std::string& t = chunk.texts[slot];
            check(h, sqlite3_bind_text(h, p, t.data(), static_cast<int>(t.size()), SQLITE_STATIC));
            break;
        }
        case RowChunk::Value::Null:
            check(h, sqlite3_bind_null(h, p));
            break;
        }
    }
}

void TableWriter::step(Statement& st)
{
    sqlite3_stmt* h = st.handle();
    int rc = sqlite3_step(h);
    if (rc != SQLITE_DONE) {
        std::string msg = "demo insert failed (";
        msg += std::string_view(sqlite3_sql(h)).substr(0, 60);
        msg += "): ";
        msg += sqlite3_errmsg(sqlite3_db_handle(h));
        sqlite3_reset(h);
        throw DatabaseError(msg, rc);
    }
    sqlite3_reset(h);
}

void TableWriter::write(const RowChunk& chunk)
{
    if (chunk.columns != m_columns)
        throw Error("demo generator: a chunk does not fit its table");
    int row = 0;
    if (m_batch > 1) {
        for (; row + m_batch <= chunk.rows; row += m_batch) {
            for (int r = 0; r < m_batch; ++r)
                bindRow(m_many, chunk, row + r, 1 + r * m_columns);
            step(m_many);
        }
    }
    for (; row < chunk.rows; ++row) {
        bindRow(m_one, chunk, row, 1);
        step(m_one);
    }
}

// ---------------------------------------------------------------- DirectSink

DirectSink::DirectSink(std::vector<TableWriter>& writers, int chunkRows, int maxColumns)
    : m_writers(writers), m_chunkRows(chunkRows), m_maxColumns(maxColumns)
{
}

RowChunk* DirectSink::acquire()
{
    m_chunks.push_back(std::make_unique<RowChunk>(m_chunkRows, m_maxColumns));
    return m_chunks.back().get();
}

RowChunk* DirectSink::exchange(RowChunk* full)
{
    m_writers[static_cast<std::size_t>(full->table)].write(*full);
    full->rows = 0;
    return full;
}

// ---------------------------------------------------------------- ChunkPipe

ChunkPipe::ChunkPipe(int chunks, int chunkRows, int maxColumns)
    : m_handoff(chunks, chunkRows, maxColumns)
{
}

void ChunkPipe::drain(std::vector<TableWriter>& writers, const std::function<void()>& afterChunk)
{
    try {
        while (RowChunk* chunk = m_handoff.take()) {
            writers[static_cast<std::size_t>(chunk->table)].write(*chunk);
            chunk->rows = 0;
            m_handoff.release(chunk);
            afterChunk();
        }
    } catch (...) {
        m_handoff.abandon();
        throw;
    }
}

// ---------------------------------------------------------------- IndexSuspension

namespace {

std::string quoted(const std::string& identifier)
{
    std::string out = "\"";
    for (char c : identifier) {
        out += c;
        if (c == '"')
            out += '"';
    }
    out += '"';
    return out;
}

} // namespace

IndexSuspension::IndexSuspension(Database& db, const std::vector<std::string>& tables,
                                 bool ftsTriggers)
    : m_db(db)
{
    // Names come from sqlite_master itself, never from user input; they are still quoted.
    std::vector<std::string> drops;
    Statement indexes =
        db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                   "AND sql IS NOT NULL AND upper(substr(ltrim(sql), 1, 13)) <> 'CREATE UNIQUE' "
                   "ORDER BY name");
    for (const std::string& table : tables) {
        indexes.bind(1, table);
        while (indexes.step()) {
            drops.push_back("DROP INDEX " + quoted(indexes.getText(0)));
            m_create.push_back(indexes.getText(1));
        }
        indexes.reset();
    }
    if (ftsTriggers) {
        // Only the triggers that keep customers_fts in step: their effect is reproduced
        // by the 'rebuild' at the end. Any other trigger stays and fires as usual.
        Statement triggers =
            db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                       "AND tbl_name = 'customers' AND name LIKE 'customers\\_fts\\_%' ESCAPE "
                       "'\\' ORDER BY name");
        while (triggers.step()) {
            drops.push_back("DROP TRIGGER " + quoted(triggers.getText(0)));
            m_create.push_back(triggers.getText(1));
            m_rebuildFts = true;
        }
    }
    for (const std::string& sql : drops)
        db.exec(sql);
}

void IndexSuspension::restore(const std::function<void(int, int)>& step)
{
    int n = steps();
    int i = 0;
    for (const std::string& sql : m_create) {
        step(i++, n);
        m_db.exec(sql);
    }
    if (m_rebuildFts) {
        step(i++, n);
        m_db.exec("INSERT INTO customers_fts(customers_fts) VALUES ('rebuild')");
    }
    m_create.clear();
    m_rebuildFts = false;
}

// ---------------------------------------------------------------- BulkPragmas

BulkPragmas::BulkPragmas(Database& db) : m_db(db)
{
    m_cacheSize = db.queryInt("PRAGMA cache_size");
    m_threads = db.queryInt("PRAGMA threads");
    db.exec("PRAGMA cache_size = -131072"); // 128 MiB
    db.exec("PRAGMA threads = 2");
    m_foreignKeys = db.queryInt("PRAGMA foreign_keys") != 0;
    if (db.inTransaction())
        return;
    if (m_foreignKeys) {
        db.exec("PRAGMA foreign_keys = OFF");
        m_switchedForeignKeys = true;
    }
    m_journal.emplace(db);
}

BulkPragmas::~BulkPragmas()
{
    try {
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
        m_db.exec("PRAGMA threads = " + std::to_string(m_threads));
        if (m_switchedForeignKeys && !m_db.inTransaction())
            m_db.exec("PRAGMA foreign_keys = ON");
    } catch (const std::exception& e) {
        spdlog::error("cannot restore the connection settings after the demo load: {}", e.what());
    }
}

} // namespace vd::demo
