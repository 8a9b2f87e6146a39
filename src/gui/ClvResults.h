#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/clv/ClvRun.h"
#include "valuedesk/clv/ClvStore.h"
#include "valuedesk/clv/Validation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::gui {

// One row of the CLV page's parameter table: an estimate with its standard error, or a fit
// statistic (log-likelihood, convergence) of the same model.
struct ClvParameterRow
{
    enum class Kind { Parameter, LogLikelihood, Converged, Customers };
    Kind kind = Kind::Parameter;
    std::string model; // bgnbd | mbgnbd | paretonbd | gg
    std::string name;  // r, alpha, ... (parameters only)
    double value = 0.0;
    std::optional<double> standardError;
    std::string note; // the optimiser's message or why a standard error is missing
};

// Histogram of one per-customer quantity over the current predictions.
struct ClvHistogram
{
    double lower = 0.0;
    double binWidth = 0.0;
    std::vector<std::int64_t> counts;
    std::int64_t overflow = 0; // values above lower + counts.size() * binWidth
};

// P(alive) of the fitted model over recency x frequency for a customer observed for T units
// (the longest-observed customers' T): how the model reads a purchase history.
struct ClvAliveGrid
{
    double T = 0.0;
    std::vector<double> recency; // t_x at the centre of each column, 0 < t_x <= T
    std::vector<int> frequency;  // x of each row, 0, 1, ...
    std::vector<double> pAlive;  // row-major: frequency.size() rows of recency.size()
    double at(std::size_t row, std::size_t column) const
    {
        return pAlive[row * recency.size() + column];
    }
};

// The churn early-warning list: the customers of the current predictions whose P(alive) is
// below the threshold, highest value at risk first.
struct ClvChurnList
{
    double threshold = 0.5;
    std::int64_t total = 0;   // customers below the threshold (the list may be cut at a limit)
    double valueAtRisk = 0.0; // summed over all of them
    std::vector<clv::StoredPrediction> rows;
};

// Everything the CLV page shows, loaded or computed off the UI thread. Built either from the
// run a fit just produced or from the stored current run (whose diagnostics are recomputed
// from the transactions with the stored parameters, so reopening a workspace shows the same
// charts as the fit did).
struct ClvResults
{
    std::optional<clv::RunRecord> run; // the current run (current_predictions)
    std::vector<ClvParameterRow> parameters;
    std::vector<std::string> warnings;
    std::string spendModel; // "gg" or "observed"
    double horizon = 0.0, discount = 0.0, margin = 1.0;
    std::optional<clv::ValidationResult> validation; // transaction models only
    bool hasHoldout = false;
    std::optional<ClvAliveGrid> aliveGrid; // transaction models only
    ClvHistogram pAlive;                   // 10 bins of width 0.1
    ClvHistogram clvValue; // 20 bins from 0 to the 99th percentile, the rest in overflow
    std::int64_t predictions = 0;
    double totalClv = 0.0;
    ClvChurnList churn;
    // The first customers of the current run by CLV, highest first (the page's list).
    std::vector<clv::StoredPrediction> topCustomers;
    // The span of the purchases, for the date pickers' defaults (Unix seconds; 0 when none).
    std::int64_t firstPurchase = 0;
    std::int64_t lastPurchase = 0;
    bool cancelled = false; // the user cancelled; nothing was stored
    // The fit did not converge and was refused (nothing stored): why, in the core's words.
    std::string notConverged;
};

// Loads the current run and its diagnostics. `fresh` is the run just fitted (its summaries
// and validation are reused instead of being recomputed). churnLimit caps the listed rows.
ClvResults loadClvResults(Database& db, double threshold, std::int64_t churnLimit,
                          const ProgressCallback& progress = {},
                          const clv::ClvRunResult* fresh = nullptr);

// The grid of ClvAliveGrid: 24 recency columns over (0, T] with T the largest calibration age,
// frequencies 0 .. the 99th percentile of x (at least 5, at most 40).
ClvAliveGrid aliveGrid(const clv::TransactionModel& model, const clv::SummaryData& data);

// Fits and stores a run (vd::clv::runClv), then loads it as above.
ClvResults fitClv(Database& db, const clv::ClvRunOptions& options, double threshold,
                  std::int64_t churnLimit, const ProgressCallback& progress = {});

// The churn list alone, for a changed threshold. Throws vd::InputError outside [0, 1].
ClvChurnList loadChurnList(Database& db, double threshold, std::int64_t limit);

// Writes every prediction of a run as UTF-8 CSV in the given order; returns the rows.
std::int64_t exportPredictionsCsv(Database& db, std::int64_t runId, const std::string& path);

// Writes every customer below the threshold (not only the listed ones) as UTF-8 CSV with a
// header; returns the number of customers written. Throws vd::Error when the file cannot be
// written.
std::int64_t exportChurnCsv(Database& db, double threshold, const std::string& path);

} // namespace vd::gui
