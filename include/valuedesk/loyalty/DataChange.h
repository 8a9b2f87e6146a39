#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/loyalty/Alerts.h"
#include "valuedesk/loyalty/Cases.h"
#include "valuedesk/loyalty/Metrics.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vd {
class Database;
}

// What the loyalty module does whenever the data of a workspace may have changed: after an
// import, after the demo was generated, when the GUI opens a workspace. The closed loop must
// not wait for somebody to press a button, and the manager should hear about an alert as
// soon as the data that triggers it arrives; the dashboard's rollups are brought up to date
// at the same time so that its next refresh is quick. One call does all of it.
namespace vd::loyalty {

struct DataChangeResult
{
    OpenCasesResult cases;     // cases opened now (0 when every item already had one)
    std::vector<Alert> alerts; // alert rules that fire for the latest period
    RollupChange retentionRollup = RollupChange::None;
    bool responseRollupRebuilt = false;
    // The workspace is read-only: no case was opened and no rollup refreshed; alerts were
    // still evaluated.
    bool readOnly = false;
};

// 1. Opens a case for every detractor and negative feedback item without one (openCases:
//    idempotent, cases open at the feedback's own time, so running it again opens nothing).
// 2. Refreshes the response_daily and period_buyers rollups (incremental after appends).
// 3. Evaluates the workspace's alert rules (loadAlertRules) for the period of `alerts`
//    (default: the month of the latest response or order, all customers).
// `now` is the caller's clock (UTC seconds); it is passed to openCases. Each step commits on
// its own, so a later failure keeps the cases already opened. Throws what the steps throw
// (vd::InputError for bad settings, vd::CancelledError when progress asks to stop), except
// that a read-only workspace only evaluates alerts (readOnly is then true).
DataChangeResult afterDataChange(Database& db, std::int64_t now, ProgressCallback progress = {},
                                 const AlertContext& alerts = {});

} // namespace vd::loyalty
