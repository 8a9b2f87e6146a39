#pragma once

#include "valuedesk/Handoff.h"
#include "valuedesk/storage/Database.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd::demo {

// A run of rows of one table: filled on the generating side, inserted on the side that owns
// the connection. Texts are copied into per-slot strings that keep their capacity, so
// refilling a chunk allocates nothing.
struct RowChunk
{
    struct Value
    {
        enum Kind : std::uint8_t { Int, Real, Text, Null } kind = Null;
        std::int64_t i = 0;
        double d = 0.0;
    };

    RowChunk(int capacityRows, int maxColumns)
        : capacity(capacityRows), values(static_cast<std::size_t>(capacityRows * maxColumns)),
          texts(static_cast<std::size_t>(capacityRows * maxColumns))
    {
    }

    int table = 0;
    int columns = 0;
    int rows = 0;
    int capacity = 0;
    std::vector<Value> values;
    std::vector<std::string> texts;
};

// Where the generating side hands full chunks and gets empty ones.
class ChunkSink
{
public:
    virtual ~ChunkSink() = default;
    virtual RowChunk* acquire() = 0;
    // Takes a full chunk and returns an empty one.
    virtual RowChunk* exchange(RowChunk* full) = 0;
};

// Fills chunks of one table row by row through a sink.
class RowBuilder
{
public:
    RowBuilder(ChunkSink& sink, int table, int columns);

    RowBuilder& i64(std::int64_t value);
    RowBuilder& f64(double value);
    RowBuilder& text(std::string_view value); // copied
    RowBuilder& null();
    RowBuilder& optText(const char* value) { return value ? text(value) : null(); }

    // Ends the current row; hands the chunk on when it is full.
    void insert();
    // Hands on the rows buffered so far.
    void flush();

private:
    RowChunk::Value& next();
    void start();

    ChunkSink& m_sink;
    RowChunk* m_chunk = nullptr;
    int m_table;
    int m_columns;
    int m_column = 0;
};

// Inserts chunks into one table, `batch` rows per statement (INSERT ... VALUES (...), (...),
// ...): SQLite then opens its cursors and does its statement bookkeeping once per batch
// instead of once per row, which roughly halves the cost of a row.
class TableWriter
{
public:
    TableWriter(Database& db, std::string_view table, std::string_view columns, int batch);
    void write(const RowChunk& chunk);

private:
    void bindRow(Statement& st, const RowChunk& chunk, int row, int firstParameter);
    static void step(Statement& st);

    int m_columns;
    int m_batch;
    Statement m_many;
    Statement m_one;
};

// Writes each chunk at once on the calling thread.
class DirectSink : public ChunkSink
{
public:
    DirectSink(std::vector<TableWriter>& writers, int chunkRows, int maxColumns);
    RowChunk* acquire() override;
    RowChunk* exchange(RowChunk* full) override;

private:
    std::vector<TableWriter>& m_writers;
    int m_chunkRows;
    int m_maxColumns;
    std::vector<std::unique_ptr<RowChunk>> m_chunks;
};

// A bounded first-in first-out queue of chunks between one generating thread and the thread
// that owns the connection (a vd::Handoff of chunks). Chunks are written in the order they were
// handed on, so the database ends up exactly as with DirectSink.
class ChunkPipe : public ChunkSink
{
public:
    // Thrown on the generating thread once the writing side has given up.
    using Closed = Handoff<RowChunk>::Closed;

    ChunkPipe(int chunks, int chunkRows, int maxColumns);
    RowChunk* acquire() override { return m_handoff.acquire(); }
    RowChunk* exchange(RowChunk* full) override { return m_handoff.exchange(full); }

    // Generating side: no more chunks.
    void close() { m_handoff.finish(nullptr); }
    // Writing side: writes chunks until the generating side has closed and the queue is
    // empty, calling afterChunk() after each; stops the generating side (Closed) when a
    // write or afterChunk() throws.
    void drain(std::vector<TableWriter>& writers, const std::function<void()>& afterChunk);

private:
    Handoff<RowChunk> m_handoff;
};

// Suspends the secondary (non-unique) indexes of the given tables and, when asked, the
// customers full-text triggers, for the duration of a bulk load inside one transaction:
// rows go in without maintaining extra B-trees, and restore() re-creates every dropped
// object from the SQL SQLite stored for it, then rebuilds the full-text index. One sorted
// build costs less than maintaining the index row by row, even for keys that arrive in
// ascending order (measured). If the transaction rolls back instead, SQLite undoes the drops
// with it.
class IndexSuspension
{
public:
    IndexSuspension(Database& db, const std::vector<std::string>& tables, bool ftsTriggers);

    // Re-creates the dropped objects; calls step(i, n) before each of the n steps.
    void restore(const std::function<void(int, int)>& step);
    int steps() const { return static_cast<int>(m_create.size()) + (m_rebuildFts ? 1 : 0); }

private:
    Database& m_db;
    std::vector<std::string> m_create;
    bool m_rebuildFts = false;
};

// Connection settings that speed up a bulk load, restored when the scope ends: a larger
// page cache, SQLite's worker threads for sorting, and — only possible outside a
// transaction — foreign-key checks off (the generator writes consistent keys) and, when no
// other connection has the file open, the rollback journal instead of WAL
// (RollbackJournalScope).
class BulkPragmas
{
public:
    explicit BulkPragmas(Database& db);
    ~BulkPragmas();
    bool foreignKeysEnforced() const { return m_foreignKeys && !m_switchedForeignKeys; }
    BulkPragmas(const BulkPragmas&) = delete;
    BulkPragmas& operator=(const BulkPragmas&) = delete;

private:
    Database& m_db;
    std::int64_t m_cacheSize = 0;
    std::int64_t m_threads = 0;
    bool m_foreignKeys = false;
    bool m_switchedForeignKeys = false;
    std::optional<RollbackJournalScope> m_journal;
};

} // namespace vd::demo
