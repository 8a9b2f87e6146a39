#pragma once

#include <string>

namespace vd {
class Database;

// Numbered schema migrations. Migration N brings a file from user_version N-1 to N inside
// one transaction. To add one: append a step to the table in Migrations.cpp, add a test
// that opens a file of the previous version (docs/architecture.md, "Adding a migration").
namespace migrations {

int latestVersion();

// Applies migrations from+1 .. to. Writes a backup copy first when the file already holds
// data (from > 0) and returns its path (empty when none was written).
std::string migrate(Database& db, int from, int to);

} // namespace migrations
} // namespace vd
