#pragma once

#include "valuedesk/Progress.h"

#include <string>

namespace vd {
class Database;

// Numbered schema migrations. Migration N brings a file from user_version N-1 to N inside
// one transaction. To add one: append a step to the table in Migrations.cpp, add a test
// that opens a file of the previous version (docs/architecture.md, "Adding a migration").
namespace migrations {

int latestVersion();

// Applies migrations from+1 .. to. Writes a backup copy first when the file already holds
// data (from > 0) and returns its path (empty when none was written). `progress` hears of
// the backup and of each step, also during a long statement (an index or full-text
// rebuild); a cancel throws vd::CancelledError, removes a partial backup and leaves the file
// at the last completed version.
std::string migrate(Database& db, int from, int to, const ProgressCallback& progress = {});

} // namespace migrations
} // namespace vd
