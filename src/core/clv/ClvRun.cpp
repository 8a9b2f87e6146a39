#include "valuedesk/clv/ClvRun.h"

#include "valuedesk/Error.h"
#include "valuedesk/clv/ClvStore.h"
#include "valuedesk/storage/Database.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace vd::clv {

std::string_view toString(ClvModel model)
{
    switch (model) {
    case ClvModel::BgNbd:
        return "bgnbd";
    case ClvModel::MbgNbd:
        return "mbgnbd";
    case ClvModel::ParetoNbd:
        return "paretonbd";
    case ClvModel::GammaGamma:
        return "gg";
    case ClvModel::Simple:
        return "simple";
    }
    return "bgnbd";
}

ClvModel parseClvModel(std::string_view text)
{
    for (ClvModel m : {ClvModel::BgNbd, ClvModel::MbgNbd, ClvModel::ParetoNbd, ClvModel::GammaGamma,
                       ClvModel::Simple})
        if (toString(m) == text)
            return m;
    throw InputError("unknown CLV model \"" + std::string(text) +
                     "\" (use bgnbd, mbgnbd, paretonbd, gg or simple)");
}

namespace {

// Maps a stage's 0..1 progress into [from, to] of the whole run.
ProgressCallback subProgress(const ProgressCallback& parent, double from, double to)
{
    if (!parent)
        return {};
    return [parent, from, to](double fraction, std::string_view status) {
        return parent(from + (to - from) * fraction, status);
    };
}

nlohmann::json fitJson(const FitResult& fit)
{
    nlohmann::json j;
    j["model"] = fit.model;
    for (std::size_t i = 0; i < fit.names.size(); ++i) {
        j["parameters"][fit.names[i]] = fit.params[i];
        j["standard_errors"][fit.names[i]] = i < fit.standardErrors.size()
                                                 ? nlohmann::json(fit.standardErrors[i])
                                                 : nlohmann::json();
    }
    j["log_likelihood"] = fit.logLikelihood;
    j["customers"] = fit.customers;
    j["converged"] = fit.converged;
    j["message"] = fit.message;
    j["gradient_norm"] = fit.gradientNorm;
    j["evaluations"] = fit.evaluations;
    j["gradient"] = fit.analyticGradient ? "analytic" : "central differences";
    if (!fit.seMessage.empty())
        j["standard_error_note"] = fit.seMessage;
    return j;
}

} // namespace

ClvRunResult runClv(Database& db, const ClvRunOptions& options, const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    ClvRunOptions o = options;
    o.clv.unit = o.summary.unit;
    o.clv.validate();
    // A stored predictive run always carries its predictions: current_predictions shows the
    // newest run, and an empty one would hide the previous results.
    if (o.store && o.model != ClvModel::GammaGamma)
        o.predict = true;
    ClvRunResult result;
    result.summary = computeSummaries(db, o.summary, subProgress(progress, 0.0, 0.3));
    const auto& customers = result.summary.customers;
    if (customers.empty())
        throw AnalysisError("no customer has a purchase on or before the calibration end; "
                            "import transactions or choose a later calibration end");

    nlohmann::json params;
    params["time_unit"] = toString(o.summary.unit);
    params["horizon"] = o.clv.horizon;
    params["discount"] = o.clv.annualDiscount;
    params["margin"] = o.clv.margin;

    RunRecord run;
    run.model = std::string(toString(o.model));
    run.calibrationEnd = o.summary.calibrationEnd;
    run.holdoutEnd = o.summary.holdoutEnd;
    run.timeUnit = std::string(toString(o.summary.unit));
    run.customers = static_cast<std::int64_t>(customers.size());
    run.createdAt = o.createdAt;

    const bool transactionModel =
        o.model == ClvModel::BgNbd || o.model == ClvModel::MbgNbd || o.model == ClvModel::ParetoNbd;
    // An unconverged fit is not a result: refuse it (nothing stored) unless the caller accepts
    // it explicitly, in which case it is stored flagged (converged = false, the reason in the
    // run's warnings and notes).
    auto checkConverged = [&](const FitResult& fit) {
        if (fit.converged)
            return;
        if (!o.acceptUnconverged)
            throw NotConvergedError(fit.model, fit.message,
                                    "the " + fit.model + " fit did not converge (" + fit.message +
                                        "); nothing was stored. The estimates are not "
                                        "trustworthy; accept an unconverged fit explicitly to "
                                        "store it flagged as not converged");
        result.warnings.push_back(
            "the " + fit.model + " fit did not converge and was accepted as it is: " + fit.message);
    };
    if (o.model == ClvModel::GammaGamma) {
        result.spendFit = fitGammaGamma(customers, o.fit, subProgress(progress, 0.3, 0.9));
        checkConverged(*result.spendFit);
        const auto& p = result.spendFit->params;
        result.spendModel = GammaGammaModel(p[0], p[1], p[2]);
        params["fit"] = fitJson(*result.spendFit);
        run.logLikelihood = result.spendFit->logLikelihood;
        run.converged = result.spendFit->converged;
        run.customers = result.spendFit->customers;
    } else if (o.model == ClvModel::Simple) {
        params["formula"] = "average purchase value x purchase frequency x lifespan";
        if (o.predict)
            result.predictions = simpleClv(customers, o.clv);
    } else {
        const ModelKind kind = o.model == ClvModel::BgNbd    ? ModelKind::BgNbd
                               : o.model == ClvModel::MbgNbd ? ModelKind::MbgNbd
                                                             : ModelKind::ParetoNbd;
        result.transactionFit =
            fitTransactionModel(kind, customers, o.fit, subProgress(progress, 0.3, 0.7));
        const FitResult& fit = *result.transactionFit;
        checkConverged(fit);
        result.model = TransactionModel::create(kind, fit.params);
        params["fit"] = fitJson(fit);
        run.logLikelihood = fit.logLikelihood;
        run.converged = fit.converged;

        if (o.spend == SpendSource::GammaGamma) {
            try {
                result.spendFit = fitGammaGamma(customers, o.fit, subProgress(progress, 0.7, 0.75));
                if (!result.spendFit->converged)
                    throw AnalysisError("the fit did not converge: " + result.spendFit->message);
                const auto& p = result.spendFit->params;
                result.spendModel = GammaGammaModel(p[0], p[1], p[2]);
                result.spendModel->populationMeanSpend(); // throws when q <= 1
                params["spend_fit"] = fitJson(*result.spendFit);
            } catch (const AnalysisError& e) {
                result.spendModel.reset();
                result.spendFit.reset();
                result.warnings.push_back(std::string("Gamma-Gamma spend model unavailable (") +
                                          e.what() +
                                          "); using each customer's observed mean "
                                          "spend");
            }
        }
        params["spend_model"] = result.spendModel ? "gg" : "observed";
        if (o.predict)
            result.predictions =
                predictClv(*result.model, result.spendModel ? &*result.spendModel : nullptr,
                           customers, o.clv, subProgress(progress, 0.75, 0.85));
        if (result.summary.holdoutEndDay) {
            result.validation =
                validate(*result.model, result.summary, 8, subProgress(progress, 0.85, 0.9));
            params["holdout"] = {{"actual", result.validation->actualHoldout},
                                 {"predicted", result.validation->predictedHoldout},
                                 {"periods", result.validation->holdout.size()}};
        }
    }
    if (!result.warnings.empty()) {
        params["warnings"] = result.warnings;
        for (const auto& w : result.warnings)
            spdlog::warn("clv: {}", w);
    }
    result.paramsJson = params.dump();
    if (o.store) {
        run.paramsJson = result.paramsJson;
        for (const auto& w : result.warnings)
            run.notes += (run.notes.empty() ? "" : "; ") + w;
        result.runId = saveRun(db, run,
                               transactionModel || o.model == ClvModel::Simple
                                   ? result.predictions
                                   : std::vector<CustomerPrediction>{},
                               subProgress(progress, 0.9, 1.0));
    } else {
        reporter.stage(1.0, "done");
    }
    return result;
}

} // namespace vd::clv
