#pragma once

#include "valuedesk/Error.h"
#include "valuedesk/Progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace vd {

class Database;

// An SQLite file that belongs to another application: user_version 0 (never migrated) but
// tables of its own. Refused, and left untouched, rather than silently turned into a
// workspace by adding ValueDesk's schema beside the foreign tables.
class NotAWorkspaceError : public DatabaseError
{
public:
    explicit NotAWorkspaceError(const std::string& message) : DatabaseError(message, 0) {}
};

// What opening a file would do, found out without writing to it (Database::inspect).
struct WorkspaceFileStatus
{
    bool exists = false;         // false: opening creates a new, empty workspace
    int version = 0;             // PRAGMA user_version of the file
    bool needsMigration = false; // an older workspace that holds data: backup + migrations
};

// A prepared SQLite statement. Every query in ValueDesk goes through one: values are bound,
// never concatenated into SQL. Parameter indexes are 1-based, column indexes 0-based, as in
// the SQLite C API.
class Statement
{
public:
    Statement() = default;
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value)
    {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, std::nullptr_t);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    Statement& bindBlob(int index, const void* data, std::size_t size);
    int parameterIndex(const char* name) const;

    // Binds all arguments to parameters 1..N.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Advances; true while a row is available.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it for reuse.
    void run();
    void reset();
    void clearBindings();

    int columnCount() const;
    std::string columnName(int col) const;
    bool isNull(int col) const;
    std::int64_t getInt(int col) const;
    double getDouble(int col) const;
    std::string getText(int col) const;
    std::optional<std::int64_t> getOptInt(int col) const;
    std::optional<double> getOptDouble(int col) const;
    std::optional<std::string> getOptText(int col) const;

    sqlite3_stmt* handle() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    void check(int rc) const;

    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
};

// One open workspace file. RAII over a sqlite3 connection configured the ValueDesk way: WAL,
// foreign keys on, a busy timeout, the search functions of the schema registered, and the
// schema migrated to the version this build knows (with a backup copy first). The version is
// checked before anything is written: a file of a newer ValueDesk or of another application
// is refused byte-for-byte untouched. A connection belongs to one thread: open another
// Database on the same path for background work.
class Database
{
public:
    // The page size of a new workspace file, in bytes.
    static constexpr int kPageSize = 16384;

    struct Options
    {
        bool create = true;    // create the file if missing
        bool readOnly = false; // open read-only (no migration; the file must be current)
        bool migrate = true;   // bring an older schema up to date
        int busyTimeoutMs = 10000;
        // Stop migrating at this version (tests build old files); 0 means latest; negative
        // accepts any older version as it is (read-only looks, see inspect()).
        int targetVersion = 0;
        // Progress and cancel of a migration (backup, each step); a cancel throws
        // vd::CancelledError and leaves the file at the last completed version.
        ProgressCallback progress;
    };

    explicit Database(const std::string& path);
    Database(const std::string& path, const Options& options);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more SQL statements without parameters (DDL, pragmas).
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }

    // Convenience for single-value queries, e.g. SELECT count(*) FROM customers.
    template <typename... Args> std::int64_t queryInt(std::string_view sql, const Args&... args)
    {
        Statement st = prepare(sql);
        st.bindAll(args...);
        return st.step() ? st.getInt(0) : 0;
    }
    template <typename... Args> double queryDouble(std::string_view sql, const Args&... args)
    {
        Statement st = prepare(sql);
        st.bindAll(args...);
        return st.step() ? st.getDouble(0) : 0.0;
    }

    std::int64_t lastInsertId() const;
    int changes() const;
    int schemaVersion();
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    bool inTransaction() const;

    // Path of the backup written before the last migration, empty if none was needed.
    const std::string& lastBackupPath() const { return m_backupPath; }

    // Schema version this build writes; files with a higher user_version are refused.
    static int currentSchemaVersion();

    // Reads the version of the file at `path` through a read-only connection, without
    // creating or changing anything. Throws SchemaTooNewError for a file of a newer
    // ValueDesk, NotAWorkspaceError for another application's database and DatabaseError for
    // a file that is not an SQLite database.
    static WorkspaceFileStatus inspect(const std::string& path);

private:
    void close() noexcept;
    // Throws unless a file at `version` may be opened: not newer than this build, and at
    // version 0 free of another application's tables. Reads only.
    static void checkOpenable(Database& db, const std::string& path, int version);

    sqlite3* m_db = nullptr;
    std::string m_path;
    std::string m_backupPath;
};

// A transaction that rolls back unless commit() is called. Nested use becomes a savepoint,
// so a repository call inside an import stays part of the import's one transaction.
class Transaction
{
public:
    enum class Mode { Deferred, Immediate };
    explicit Transaction(Database& db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();

private:
    Database& m_db;
    bool m_savepoint = false;
    bool m_done = false;
};

// For one large write transaction that mostly adds pages (a bulk load, a big import):
// switches the connection from WAL to the rollback journal, and back to WAL when the scope
// ends. New pages are then written once, instead of to the WAL first and to the file again at
// the checkpoint; atomicity and rollback, also after a killed process (hot journal), are the
// same. Only possible outside a transaction and while no other connection has the file open:
// otherwise (SQLITE_BUSY, e.g. the GUI's other connections) nothing changes.
class RollbackJournalScope
{
public:
    explicit RollbackJournalScope(Database& db);
    ~RollbackJournalScope();
    RollbackJournalScope(const RollbackJournalScope&) = delete;
    RollbackJournalScope& operator=(const RollbackJournalScope&) = delete;
    bool switched() const { return m_switched; }

private:
    Database& m_db;
    bool m_switched = false;
};

} // namespace vd
