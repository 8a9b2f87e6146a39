#include "valuedesk/storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SearchText.h"
#include "valuedesk/Error.h"

#include <filesystem>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <vector>

namespace vd {

namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what)
{
    std::string msg(what);
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw DatabaseError(msg, rc);
}

} // namespace

// ---------------------------------------------------------------- Statement

Statement::Statement(Database& db, std::string_view sql) : m_db(db.handle())
{
    int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        std::string what = "cannot prepare SQL \"";
        what += sql.substr(0, 120);
        what += "\"";
        fail(m_db, rc, what);
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        fail(m_db, rc, "cannot bind a value");
}

Statement& Statement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    check(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size)
{
    check(sqlite3_bind_blob64(m_stmt, index, data, size, SQLITE_TRANSIENT));
    return *this;
}

int Statement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

bool Statement::step()
{
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const char* sql = sqlite3_sql(m_stmt);
    std::string what = "SQL failed (";
    what += std::string_view(sql ? sql : "").substr(0, 80);
    what += ")";
    sqlite3_reset(m_stmt);
    fail(m_db, rc, what);
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}
void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}
int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
std::string Statement::columnName(int col) const
{
    return sqlite3_column_name(m_stmt, col);
}
bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
std::int64_t Statement::getInt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}
double Statement::getDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::string Statement::getText(int col) const
{
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)))
             : std::string();
}

std::optional<std::int64_t> Statement::getOptInt(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<std::int64_t>(getInt(col));
}

std::optional<double> Statement::getOptDouble(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<double>(getDouble(col));
}

std::optional<std::string> Statement::getOptText(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<std::string>(getText(col));
}

// ---------------------------------------------------------------- Database

Database::Database(const std::string& path) : Database(path, Options{}) {}

Database::Database(const std::string& path, const Options& options) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY
                              : (SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0));
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot open workspace " + path + ": " +
                          (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        close();
        throw DatabaseError(msg, rc);
    }
    try {
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
        storage::registerSearchFunctions(m_db);
        // Read and judge the version before anything that could write (journal mode,
        // migrations): a refused file keeps every byte. This also fails early on files that
        // are not SQLite databases at all.
        int version = schemaVersion();
        checkOpenable(*this, path, version);
        exec("PRAGMA foreign_keys = ON");
        // A new file gets 16 KB pages instead of SQLite's 4 KB: workspaces are mostly read in
        // long scans and written in bulk. Rebuilding the two order indexes of 10^7 imported
        // rows takes about 1 s less, and its commit writes fewer, larger pages. Only possible
        // before the first page is written; older files keep their size, which SQLite reads
        // from the file.
        if (!options.readOnly && queryInt("PRAGMA page_count") == 0)
            exec("PRAGMA page_size = " + std::to_string(kPageSize));
        if (!options.readOnly && path != ":memory:" && path.rfind("file:", 0) != 0)
            exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
        int target = options.targetVersion > 0 ? options.targetVersion : currentSchemaVersion();
        if (options.targetVersion >= 0 && version < target) {
            if (options.readOnly || !options.migrate)
                throw DatabaseError("the workspace " + path + " has schema version " +
                                        std::to_string(version) + " and needs migrating to " +
                                        std::to_string(target),
                                    0);
            m_backupPath = migrations::migrate(*this, version, target, options.progress);
        }
    } catch (...) {
        close();
        throw;
    }
}

void Database::checkOpenable(Database& db, const std::string& path, int version)
{
    if (version > currentSchemaVersion())
        throw SchemaTooNewError(
            "the workspace " + path + " has schema version " + std::to_string(version) +
                " but this ValueDesk " + VD_VERSION + " only understands up to version " +
                std::to_string(currentSchemaVersion()) + "; open it with a newer ValueDesk",
            version, currentSchemaVersion());
    if (version != 0)
        return;
    // Version 0 is a new, empty file, or the database of another application.
    Statement st = db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                              "ESCAPE '\\' ORDER BY type = 'table' DESC, name");
    std::vector<std::string> names;
    while (st.step())
        names.push_back(st.getText(0));
    if (names.empty())
        return;
    std::string list;
    for (std::size_t i = 0; i < names.size() && i < 5; ++i)
        list += (i ? ", " : "") + names[i];
    if (names.size() > 5)
        list += ", …";
    throw NotAWorkspaceError(path +
                             " is not a ValueDesk workspace: it is an SQLite database "
                             "of another application (it holds " +
                             list +
                             " but no ValueDesk schema version); ValueDesk leaves it "
                             "unchanged");
}

WorkspaceFileStatus Database::inspect(const std::string& path)
{
    WorkspaceFileStatus status;
    std::error_code ec;
    status.exists = std::filesystem::exists(path, ec);
    if (!status.exists)
        return status;
    Options options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    options.targetVersion = -1; // any older version may be looked at
    Database db(path, options);
    status.version = db.schemaVersion();
    status.needsMigration = status.version > 0 && status.version < currentSchemaVersion();
    return status;
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_backupPath(std::move(other.m_backupPath))
{
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_backupPath = std::move(other.m_backupPath);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::close() noexcept
{
    if (m_db) {
        // Prepared statements must be finalized by their owners first; v2 defers otherwise.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(std::string_view sql)
{
    std::string s(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw DatabaseError("SQL failed: " + msg, rc);
    }
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::schemaVersion()
{
    return static_cast<int>(queryInt("PRAGMA user_version"));
}

int Database::currentSchemaVersion()
{
    return migrations::latestVersion();
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database& db, Mode mode) : m_db(db)
{
    if (db.inTransaction()) {
        m_savepoint = true;
        m_db.exec("SAVEPOINT vd_tx");
    } else {
        m_db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            rollback();
        } catch (const std::exception& e) {
            spdlog::error("rollback failed: {}", e.what());
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_savepoint ? "RELEASE vd_tx" : "COMMIT");
    m_done = true;
}

void Transaction::rollback()
{
    m_done = true;
    if (m_savepoint) {
        m_db.exec("ROLLBACK TO vd_tx; RELEASE vd_tx");
    } else if (m_db.inTransaction()) {
        m_db.exec("ROLLBACK");
    }
}

// ---------------------------------------------------------------- RollbackJournalScope

RollbackJournalScope::RollbackJournalScope(Database& db) : m_db(db)
{
    if (db.inTransaction())
        return;
    try {
        std::string mode;
        {
            Statement get = db.prepare("PRAGMA journal_mode");
            if (get.step())
                mode = get.getText(0);
        }
        if (mode != "wal")
            return;
        // Fails at once (SQLITE_BUSY) while another connection has the file open.
        Statement set = db.prepare("PRAGMA journal_mode = DELETE");
        m_switched = set.step() && set.getText(0) == "delete";
    } catch (const DatabaseError&) {
        m_switched = false;
    }
}

RollbackJournalScope::~RollbackJournalScope()
{
    if (!m_switched || m_db.inTransaction())
        return;
    try {
        m_db.exec("PRAGMA journal_mode = WAL");
    } catch (const std::exception& e) {
        spdlog::error("cannot switch the workspace back to WAL: {}", e.what());
    }
}

} // namespace vd
