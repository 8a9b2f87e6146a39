#pragma once

#include "valuedesk/Error.h"
#include "valuedesk/Progress.h"
#include "valuedesk/clv/Clv.h"
#include "valuedesk/clv/Fit.h"
#include "valuedesk/clv/Models.h"
#include "valuedesk/clv/Summary.h"
#include "valuedesk/clv/Validation.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

// One CLV analysis from the workspace to stored results: summaries, fits, predictions,
// holdout validation and the model run. The CLI and the GUI page both call this, so they can
// never disagree about what a run means.
namespace vd::clv {

enum class ClvModel { BgNbd, MbgNbd, ParetoNbd, GammaGamma, Simple };
std::string_view toString(ClvModel model);     // bgnbd | mbgnbd | paretonbd | gg | simple
ClvModel parseClvModel(std::string_view text); // throws vd::InputError

enum class SpendSource { GammaGamma, Observed };

// A fit that stopped without converging (typically drifting along a flat ridge of the
// likelihood). runClv refuses to store or return it unless ClvRunOptions::acceptUnconverged;
// what() says why ("the likelihood is flat along a/b ...") and that nothing was stored.
class NotConvergedError : public AnalysisError
{
public:
    NotConvergedError(std::string model, std::string reason, const std::string& message)
        : AnalysisError(message), m_model(std::move(model)), m_reason(std::move(reason))
    {
    }
    const std::string& model() const { return m_model; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_model;
    std::string m_reason;
};

struct ClvRunOptions
{
    ClvModel model = ClvModel::BgNbd;
    SummaryOptions summary;
    ClvOptions clv;
    SpendSource spend = SpendSource::GammaGamma;
    FitOptions fit;
    bool predict = true; // per-customer predictions (transaction models)
    bool store = true;   // write the model run (and predictions) to the workspace
    // A fit that did not converge is an error (NotConvergedError, nothing stored) unless this
    // is set: then the run is stored with converged = false and the reason as a warning.
    bool acceptUnconverged = false;
    // When the stored run is dated (Unix seconds); 0 means now. The demo dates its run at
    // the end of its data, so that one seed gives one workspace.
    std::int64_t createdAt = 0;
};

struct ClvRunResult
{
    SummaryData summary;
    std::optional<FitResult> transactionFit;
    std::optional<FitResult> spendFit;
    std::shared_ptr<const TransactionModel> model;
    std::optional<GammaGammaModel> spendModel;
    std::vector<CustomerPrediction> predictions;
    std::optional<ValidationResult> validation; // when a holdout end was given
    std::int64_t runId = 0;
    std::vector<std::string> warnings;
    std::string paramsJson;
};

// Runs the analysis. Transaction models store their predictions with the run (so the newest
// run is always complete for current_predictions); 'gg' stores only its parameters. When the
// Gamma-Gamma fit is impossible (or, as the spend model of a transaction run, does not
// converge) the observed mean spend is used and a warning says so. Throws NotConvergedError
// for an unconverged model fit unless options.acceptUnconverged.
ClvRunResult runClv(Database& db, const ClvRunOptions& options,
                    const ProgressCallback& progress = {});

} // namespace vd::clv
