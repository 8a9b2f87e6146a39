#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/clv/Clv.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

// Model runs and per-customer predictions in the workspace (tables model_runs and
// customer_predictions). The view current_predictions shows the newest run of a predictive
// model, which is how segmentation, dashboards and the customer 360 page read CLV.
namespace vd::clv {

struct RunRecord
{
    std::int64_t id = 0; // set by saveRun / read back
    std::string model;   // bgnbd | mbgnbd | paretonbd | gg | simple
    std::string paramsJson = "{}";
    std::optional<std::int64_t> calibrationEnd; // Unix seconds of the last calibration day
    std::optional<std::int64_t> holdoutEnd;
    std::string timeUnit;
    std::optional<double> logLikelihood;
    std::int64_t customers = 0;
    std::optional<bool> converged;
    std::int64_t createdAt = 0; // Unix seconds; 0: saveRun stamps the current time
    std::string notes;
};

// A stored prediction with the customer's identity, for lists and exports.
struct StoredPrediction
{
    CustomerPrediction prediction;
    std::string externalId;
    std::string name;
};

// Writes the run and its predictions in one transaction (rolled back on error or cancel);
// returns the new run id.
std::int64_t saveRun(Database& db, RunRecord& run,
                     const std::vector<CustomerPrediction>& predictions,
                     const ProgressCallback& progress = {});

std::optional<RunRecord> loadRun(Database& db, std::int64_t id);
// Newest run, of one model when model is not empty.
std::optional<RunRecord> latestRun(Database& db, std::string_view model = {});
std::vector<RunRecord> listRuns(Database& db, std::int64_t limit = 100);
// The run current_predictions shows; 0 when there is none.
std::int64_t currentRunId(Database& db);

// Churn early warning from current_predictions: P(alive) < threshold, highest value at risk
// first; at most limit rows (0 = all).
std::vector<StoredPrediction> churnRiskFromCurrent(Database& db, double threshold,
                                                   std::int64_t limit = 0);

enum class PredictionSort { CustomerId, Clv, PAlive, ExpectedTransactions, ValueAtRisk };
std::int64_t predictionCount(Database& db, std::int64_t runId);
// One page of a run's predictions, sorted in SQL (for the GUI's lazy table).
std::vector<StoredPrediction> predictionPage(Database& db, std::int64_t runId, PredictionSort sort,
                                             bool ascending, std::int64_t offset,
                                             std::int64_t limit);

} // namespace vd::clv
