#include "storage/Migrations.h"

#include "storage/Schema.h"
#include "storage/SchemaV4.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <filesystem>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <string>

namespace vd::migrations {

namespace {

struct Step
{
    int version;
    const char* description;
    const char* sql;
};

// The append-only list of migrations. Never edit a step that has shipped; add a new one.
const Step kSteps[] = {
    {1, "base schema: every entity of the workspace", schema::kV1},
    {2, "full-text search over customer name, email, company and city", schema::kV2},
    {3, "indexes for every sortable customer column; CJK substring search", schema::kV3},
    {4, "loyalty: buyers per period (retention rollup)", schema::kV4},
};

std::string backupPath(const std::string& path, int version)
{
    std::string base = path + ".v" + std::to_string(version) + ".bak";
    std::string candidate = base;
    for (int i = 1; std::filesystem::exists(candidate); ++i)
        candidate = base + "." + std::to_string(i);
    return candidate;
}

// Calls the caller's progress callback from inside long SQLite statements (through
// sqlite3_progress_handler) and interrupts the statement when it asks to cancel: a
// full-text rebuild of 10^6 customers stays cancellable and the progress bar alive.
class StatementProgress
{
public:
    StatementProgress(Database& db, ProgressReporter& reporter) : m_db(db), m_reporter(reporter)
    {
        if (m_reporter.active())
            sqlite3_progress_handler(m_db.handle(), 20000, &StatementProgress::handler, this);
    }
    ~StatementProgress() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }
    StatementProgress(const StatementProgress&) = delete;
    StatementProgress& operator=(const StatementProgress&) = delete;

    void setStage(double fraction, std::string status)
    {
        m_fraction = fraction;
        m_status = std::move(status);
        m_reporter.stage(m_fraction, m_status);
    }
    bool cancelled() const { return m_cancelled; }

private:
    static int handler(void* self) noexcept
    {
        auto* p = static_cast<StatementProgress*>(self);
        try {
            // Throttled by the reporter; the fraction stays at the start of the running step.
            p->m_reporter.update(static_cast<std::int64_t>(p->m_fraction * 1000), 1000,
                                 p->m_status);
        } catch (const CancelledError&) {
            p->m_cancelled = true;
            return 1;
        } catch (...) {
            return 0;
        }
        return 0;
    }

    Database& m_db;
    ProgressReporter& m_reporter;
    double m_fraction = 0;
    std::string m_status;
    bool m_cancelled = false;
};

// Online backup through the SQLite backup API: consistent even with WAL and other readers.
// Copies in chunks so that progress is reported and a cancel is seen; a cancelled or failed
// backup removes its partial file.
void writeBackup(Database& db, const std::string& target, ProgressReporter& reporter)
{
    sqlite3* dest = nullptr;
    int rc =
        sqlite3_open_v2(target.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    bool cancelled = false;
    if (rc == SQLITE_OK) {
        sqlite3_backup* b = sqlite3_backup_init(dest, "main", db.handle(), "main");
        if (b) {
            do {
                rc = sqlite3_backup_step(b, 1024);
                const int total = sqlite3_backup_pagecount(b);
                const int done = total - sqlite3_backup_remaining(b);
                try {
                    reporter.update(done, std::max(total, 1), "backing up the workspace");
                } catch (const CancelledError&) {
                    cancelled = true;
                    break;
                }
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(b);
        }
        rc = sqlite3_errcode(dest);
    }
    std::string err = dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc);
    sqlite3_close(dest);
    if (cancelled || rc != SQLITE_OK) {
        std::error_code ec;
        std::filesystem::remove(target, ec);
    }
    if (cancelled)
        throw CancelledError();
    if (rc != SQLITE_OK)
        throw DatabaseError("cannot write the backup " + target + " before migrating: " + err, rc);
}

} // namespace

int latestVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

std::string migrate(Database& db, int from, int to, const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    std::string backup;
    bool inMemory = db.path().empty() || db.path() == ":memory:";
    if (from > 0 && !inMemory) {
        backup = backupPath(db.path(), from);
        writeBackup(db, backup, reporter);
        spdlog::info("backed up {} (schema v{}) to {}", db.path(), from, backup);
    }
    StatementProgress statementProgress(db, reporter);
    const int steps = std::max(1, to - from);
    for (const Step& step : kSteps) {
        if (step.version <= from || step.version > to)
            continue;
        statementProgress.setStage(double(step.version - from - 1) / steps,
                                   "migrating to schema version " + std::to_string(step.version));
        Transaction tx(db);
        try {
            db.exec(step.sql);
        } catch (const DatabaseError&) {
            if (statementProgress.cancelled())
                throw CancelledError(); // tx rolls back: the file stays at the previous step
            throw;
        }
        // An integer from the fixed table above (PRAGMA takes no bound parameters).
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
        spdlog::info("migrated {} to schema v{}: {}", db.path(), step.version, step.description);
    }
    return backup;
}

} // namespace vd::migrations
