#include "valuedesk/clv/ClvStore.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <chrono>
#include <cmath>

namespace vd::clv {

namespace {

constexpr const char* kRunColumns =
    "id, model, params, calibration_end, holdout_end, time_unit, log_likelihood, n_customers, "
    "converged, created_at, notes";

RunRecord readRun(const Statement& st)
{
    RunRecord r;
    r.id = st.getInt(0);
    r.model = st.getText(1);
    r.paramsJson = st.getText(2);
    r.calibrationEnd = st.getOptInt(3);
    r.holdoutEnd = st.getOptInt(4);
    r.timeUnit = st.getOptText(5).value_or("");
    r.logLikelihood = st.getOptDouble(6);
    r.customers = st.getOptInt(7).value_or(0);
    if (auto c = st.getOptInt(8))
        r.converged = *c != 0;
    r.createdAt = st.getInt(9);
    r.notes = st.getOptText(10).value_or("");
    return r;
}

constexpr const char* kPredictionColumns =
    "p.customer_id, c.external_id, c.name, p.frequency, p.recency, p.age, p.monetary, p.p_alive, "
    "p.expected_transactions, p.expected_spend, p.clv, p.value_at_risk";

StoredPrediction readPrediction(const Statement& st)
{
    StoredPrediction s;
    auto& p = s.prediction;
    p.customerId = st.getInt(0);
    s.externalId = st.getText(1);
    s.name = st.getText(2);
    p.x = st.getOptDouble(3).value_or(0.0);
    p.tx = st.getOptDouble(4).value_or(0.0);
    p.T = st.getOptDouble(5).value_or(0.0);
    p.monetary = st.getOptDouble(6).value_or(0.0);
    p.pAlive = st.getOptDouble(7);
    p.expectedTransactions = st.getOptDouble(8).value_or(0.0);
    p.expectedSpend = st.getOptDouble(9).value_or(0.0);
    p.clv = st.getOptDouble(10).value_or(0.0);
    p.valueAtRisk = st.getOptDouble(11).value_or(0.0);
    return s;
}

} // namespace

std::int64_t saveRun(Database& db, RunRecord& run,
                     const std::vector<CustomerPrediction>& predictions,
                     const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    Transaction tx(db);
    if (run.createdAt == 0)
        run.createdAt = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    Statement insertRun =
        db.prepare("INSERT INTO model_runs(model, params, calibration_end, holdout_end, time_unit, "
                   "log_likelihood, n_customers, converged, created_at, notes) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::optional<std::int64_t> converged;
    if (run.converged)
        converged = *run.converged ? 1 : 0;
    insertRun.bindAll(run.model, run.paramsJson, run.calibrationEnd, run.holdoutEnd,
                      run.timeUnit.empty() ? std::optional<std::string>() : run.timeUnit,
                      run.logLikelihood, run.customers, converged, run.createdAt,
                      run.notes.empty() ? std::optional<std::string>() : run.notes);
    insertRun.run();
    run.id = db.lastInsertId();

    Statement insert = db.prepare(
        "INSERT INTO customer_predictions(run_id, customer_id, frequency, recency, age, monetary, "
        "p_alive, expected_transactions, expected_spend, clv, value_at_risk) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto total = static_cast<std::int64_t>(predictions.size());
    std::int64_t done = 0;
    for (const auto& p : predictions) {
        insert.bindAll(run.id, p.customerId, p.x, p.tx, p.T, p.monetary, p.pAlive,
                       p.expectedTransactions, p.expectedSpend, p.clv, p.valueAtRisk);
        insert.run();
        if ((++done & 0x3FFF) == 0)
            reporter.update(done, total, "saving predictions");
    }
    // Last chance to cancel: after the commit the run exists.
    reporter.stage(0.99, "saving predictions");
    tx.commit();
    return run.id;
}

std::optional<RunRecord> loadRun(Database& db, std::int64_t id)
{
    Statement st =
        db.prepare(std::string("SELECT ") + kRunColumns + " FROM model_runs WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRun(st);
}

std::optional<RunRecord> latestRun(Database& db, std::string_view model)
{
    Statement st = model.empty()
                       ? db.prepare(std::string("SELECT ") + kRunColumns +
                                    " FROM model_runs ORDER BY id DESC LIMIT 1")
                       : db.prepare(std::string("SELECT ") + kRunColumns +
                                    " FROM model_runs WHERE model = ? ORDER BY id DESC LIMIT 1");
    if (!model.empty())
        st.bind(1, model);
    if (!st.step())
        return std::nullopt;
    return readRun(st);
}

std::vector<RunRecord> listRuns(Database& db, std::int64_t limit)
{
    Statement st = db.prepare(std::string("SELECT ") + kRunColumns +
                              " FROM model_runs ORDER BY id DESC LIMIT ?");
    st.bind(1, limit);
    std::vector<RunRecord> out;
    while (st.step())
        out.push_back(readRun(st));
    return out;
}

std::int64_t currentRunId(Database& db)
{
    return db.queryInt("SELECT coalesce(max(id), 0) FROM model_runs "
                       "WHERE model IN ('bgnbd', 'paretonbd', 'mbgnbd', 'simple')");
}

std::vector<StoredPrediction> churnRiskFromCurrent(Database& db, double threshold,
                                                   std::int64_t limit)
{
    if (!std::isfinite(threshold) || threshold < 0.0 || threshold > 1.0)
        throw InputError("the P(alive) threshold must be between 0 and 1");
    Statement st = db.prepare(std::string("SELECT ") + kPredictionColumns +
                              " FROM current_predictions p JOIN customers c ON c.id = p.customer_id"
                              " WHERE p.p_alive < ?1"
                              " ORDER BY p.value_at_risk DESC, p.clv DESC, p.customer_id"
                              " LIMIT ?2");
    st.bind(1, threshold);
    st.bind(2, limit > 0 ? limit : std::int64_t{-1});
    std::vector<StoredPrediction> out;
    while (st.step())
        out.push_back(readPrediction(st));
    return out;
}

std::int64_t predictionCount(Database& db, std::int64_t runId)
{
    return db.queryInt("SELECT count(*) FROM customer_predictions WHERE run_id = ?", runId);
}

std::vector<StoredPrediction> predictionPage(Database& db, std::int64_t runId, PredictionSort sort,
                                             bool ascending, std::int64_t offset,
                                             std::int64_t limit)
{
    // One literal statement per order: no column name is ever spliced from user input.
    static constexpr const char* kOrders[5][2] = {
        {"p.customer_id DESC", "p.customer_id ASC"},
        {"p.clv DESC, p.customer_id", "p.clv ASC, p.customer_id"},
        {"p.p_alive DESC, p.customer_id", "p.p_alive ASC, p.customer_id"},
        {"p.expected_transactions DESC, p.customer_id",
         "p.expected_transactions ASC, p.customer_id"},
        {"p.value_at_risk DESC, p.customer_id", "p.value_at_risk ASC, p.customer_id"},
    };
    const auto which = static_cast<std::size_t>(sort);
    Statement st =
        db.prepare(std::string("SELECT ") + kPredictionColumns +
                   " FROM customer_predictions p JOIN customers c ON c.id = p.customer_id"
                   " WHERE p.run_id = ?1 ORDER BY " +
                   kOrders[which][ascending ? 1 : 0] + " LIMIT ?2 OFFSET ?3");
    st.bindAll(runId, limit, offset);
    std::vector<StoredPrediction> out;
    while (st.step())
        out.push_back(readPrediction(st));
    return out;
}

} // namespace vd::clv
