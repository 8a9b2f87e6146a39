#include "valuedesk/loyalty/DataChange.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <sqlite3.h>

namespace vd::loyalty {

namespace {

// A scaled sub-range [from, to] of the caller's progress.
ProgressCallback part(const ProgressCallback& progress, double from, double to)
{
    if (!progress)
        return {};
    return [progress, from, to](double fraction, std::string_view status) {
        return progress(from + (to - from) * fraction, status);
    };
}

bool isReadOnly(Database& db)
{
    return sqlite3_db_readonly(db.handle(), "main") == 1;
}

} // namespace

DataChangeResult afterDataChange(Database& db, std::int64_t now, ProgressCallback progress,
                                 const AlertContext& alerts)
{
    ProgressReporter reporter(progress);
    DataChangeResult r;
    r.readOnly = isReadOnly(db);
    if (!r.readOnly) {
        reporter.stage(0.0, "opening feedback cases");
        r.cases = openCases(db, now, part(progress, 0.0, 0.5));
        reporter.stage(0.5, "updating loyalty rollups");
        r.responseRollupRebuilt = refreshResponseRollup(db);
        r.retentionRollup = refreshRetentionRollup(db, part(progress, 0.6, 0.9));
    }
    reporter.stage(0.9, "checking loyalty alerts");
    r.alerts = evaluateAlerts(db, alerts);
    reporter.stage(1.0, "loyalty up to date");
    return r;
}

} // namespace vd::loyalty
