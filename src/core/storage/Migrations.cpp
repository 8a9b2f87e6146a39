#include "storage/Migrations.h"

#include <sqlite3.h>

#include <filesystem>
#include <spdlog/spdlog.h>

#include "storage/Schema.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

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
};

std::string backupPath(const std::string& path, int version)
{
    std::string base = path + ".v" + std::to_string(version) + ".bak";
    std::string candidate = base;
    for (int i = 1; std::filesystem::exists(candidate); ++i)
        candidate = base + "." + std::to_string(i);
    return candidate;
}

// Online backup through the SQLite backup API: consistent even with WAL and other readers.
void writeBackup(Database& db, const std::string& target)
{
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(target.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* b = sqlite3_backup_init(dest, "main", db.handle(), "main");
        if (b) {
            sqlite3_backup_step(b, -1);
            sqlite3_backup_finish(b);
        }
        rc = sqlite3_errcode(dest);
    }
    std::string err = dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc);
    sqlite3_close(dest);
    if (rc != SQLITE_OK)
        throw DatabaseError("cannot write the backup " + target + " before migrating: " + err, rc);
}

} // namespace

int latestVersion() { return kSteps[std::size(kSteps) - 1].version; }

std::string migrate(Database& db, int from, int to)
{
    std::string backup;
    bool inMemory = db.path().empty() || db.path() == ":memory:";
    if (from > 0 && !inMemory) {
        backup = backupPath(db.path(), from);
        writeBackup(db, backup);
        spdlog::info("backed up {} (schema v{}) to {}", db.path(), from, backup);
    }
    for (const Step& step : kSteps) {
        if (step.version <= from || step.version > to)
            continue;
        Transaction tx(db);
        db.exec(step.sql);
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
        spdlog::info("migrated {} to schema v{}: {}", db.path(), step.version, step.description);
    }
    return backup;
}

} // namespace vd::migrations
