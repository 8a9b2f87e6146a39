#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vd {

class Database;

// Workspace-wide facts and key/value settings (thresholds, SLA hours, editable grids as
// JSON). Kept beside the data so that a workspace file carries its own configuration.
class WorkspaceInfo
{
public:
    explicit WorkspaceInfo(Database& db) : m_db(db) {}

    // Row count of every user table, in schema order.
    std::vector<std::pair<std::string, std::int64_t>> tableCounts();

    std::optional<std::string> setting(std::string_view key);
    std::string setting(std::string_view key, std::string_view fallback);
    void setSetting(std::string_view key, std::string_view value);

    // The table names tableCounts() reports; fixed so no name is ever read into SQL.
    static const std::vector<std::string>& tables();

private:
    Database& m_db;
};

} // namespace vd
