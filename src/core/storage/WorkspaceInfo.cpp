#include "valuedesk/storage/Workspace.h"

#include "valuedesk/storage/Database.h"

namespace vd {

namespace {
struct CountQuery
{
    const char* table;
    const char* sql;
};
// One literal statement per table: table names are never spliced into SQL at run time.
constexpr CountQuery kCounts[] = {
    {"customers", "SELECT count(*) FROM customers"},
    {"transactions", "SELECT count(*) FROM transactions"},
    {"interactions", "SELECT count(*) FROM interactions"},
    {"surveys", "SELECT count(*) FROM surveys"},
    {"responses", "SELECT count(*) FROM responses"},
    {"attributes", "SELECT count(*) FROM attributes"},
    {"attribute_ratings", "SELECT count(*) FROM attribute_ratings"},
    {"kano_studies", "SELECT count(*) FROM kano_studies"},
    {"kano_features", "SELECT count(*) FROM kano_features"},
    {"kano_respondents", "SELECT count(*) FROM kano_respondents"},
    {"kano_answers", "SELECT count(*) FROM kano_answers"},
    {"feedback_cases", "SELECT count(*) FROM feedback_cases"},
    {"personas", "SELECT count(*) FROM personas"},
    {"journey_maps", "SELECT count(*) FROM journey_maps"},
    {"journey_stages", "SELECT count(*) FROM journey_stages"},
    {"journey_touchpoints", "SELECT count(*) FROM journey_touchpoints"},
    {"journey_opportunities", "SELECT count(*) FROM journey_opportunities"},
    {"loyalty_tiers", "SELECT count(*) FROM loyalty_tiers"},
    {"loyalty_points", "SELECT count(*) FROM loyalty_points"},
    {"segments", "SELECT count(*) FROM segments"},
    {"segment_members", "SELECT count(*) FROM segment_members"},
    {"model_runs", "SELECT count(*) FROM model_runs"},
    {"customer_predictions", "SELECT count(*) FROM customer_predictions"},
    {"import_log", "SELECT count(*) FROM import_log"},
    {"settings", "SELECT count(*) FROM settings"},
};
} // namespace

const std::vector<std::string>& WorkspaceInfo::tables()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const auto& c : kCounts)
            v.emplace_back(c.table);
        return v;
    }();
    return names;
}

std::vector<std::pair<std::string, std::int64_t>> WorkspaceInfo::tableCounts()
{
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto& c : kCounts)
        out.emplace_back(c.table, m_db.queryInt(c.sql));
    return out;
}

std::optional<std::string> WorkspaceInfo::setting(std::string_view key)
{
    Statement st = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.getText(0);
}

std::string WorkspaceInfo::setting(std::string_view key, std::string_view fallback)
{
    auto v = setting(key);
    return v ? *v : std::string(fallback);
}

void WorkspaceInfo::setSetting(std::string_view key, std::string_view value)
{
    m_db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bindAll(key, value)
        .run();
}

} // namespace vd
