#include "ClvResults.h"

#include "valuedesk/Error.h"
#include "valuedesk/clv/Models.h"
#include "valuedesk/clv/Summary.h"
#include "valuedesk/io/CsvWriter.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

namespace vd::gui {

namespace {

ProgressCallback subProgress(const ProgressCallback& parent, double from, double to)
{
    if (!parent)
        return {};
    return [parent, from, to](double fraction, std::string_view status) {
        return parent(from + (to - from) * fraction, status);
    };
}

// The stored JSON keeps parameters in a name-keyed object (alphabetical); the table lists
// them in the models' own order.
std::vector<std::string> parameterOrder(const std::string& model)
{
    if (model == "gg")
        return {"p", "q", "gamma"};
    if (model == "paretonbd")
        return {"r", "alpha", "s", "beta"};
    return {"r", "alpha", "a", "b"};
}

void addFitRows(std::vector<ClvParameterRow>& rows, const nlohmann::json& fit)
{
    if (!fit.is_object() || !fit.contains("parameters"))
        return;
    const std::string model = fit.value("model", std::string());
    const std::string seNote = fit.value("standard_error_note", std::string());
    for (const std::string& name : parameterOrder(model)) {
        const auto& params = fit["parameters"];
        if (!params.contains(name))
            continue;
        ClvParameterRow row;
        row.model = model;
        row.name = name;
        row.value = params[name].get<double>();
        if (fit.contains("standard_errors") && fit["standard_errors"].contains(name) &&
            fit["standard_errors"][name].is_number())
            row.standardError = fit["standard_errors"][name].get<double>();
        else
            row.note = seNote;
        rows.push_back(std::move(row));
    }
    ClvParameterRow ll;
    ll.kind = ClvParameterRow::Kind::LogLikelihood;
    ll.model = model;
    ll.value = fit.value("log_likelihood", 0.0);
    rows.push_back(ll);
    ClvParameterRow n;
    n.kind = ClvParameterRow::Kind::Customers;
    n.model = model;
    n.value = static_cast<double>(fit.value("customers", std::int64_t{0}));
    rows.push_back(n);
    ClvParameterRow conv;
    conv.kind = ClvParameterRow::Kind::Converged;
    conv.model = model;
    conv.value = fit.value("converged", false) ? 1.0 : 0.0;
    conv.note = fit.value("message", std::string());
    rows.push_back(conv);
}

std::optional<clv::ModelKind> transactionKind(const std::string& model)
{
    if (model == "bgnbd")
        return clv::ModelKind::BgNbd;
    if (model == "mbgnbd")
        return clv::ModelKind::MbgNbd;
    if (model == "paretonbd")
        return clv::ModelKind::ParetoNbd;
    return std::nullopt;
}

void loadDistributions(Database& db, ClvResults& r)
{
    {
        Statement st =
            db.prepare("SELECT count(*), coalesce(sum(clv), 0) FROM current_predictions");
        st.step();
        r.predictions = st.getInt(0);
        r.totalClv = st.getDouble(1);
    }
    r.pAlive = {};
    r.pAlive.binWidth = 0.1;
    r.pAlive.counts.assign(10, 0);
    {
        // P(alive) = 1 belongs to the last bin, [0.9, 1].
        Statement st = db.prepare("SELECT min(CAST(p_alive * 10 AS INTEGER), 9), count(*) "
                                  "FROM current_predictions WHERE p_alive IS NOT NULL "
                                  "GROUP BY 1");
        while (st.step()) {
            const auto bin = std::clamp<std::int64_t>(st.getInt(0), 0, 9);
            r.pAlive.counts[static_cast<std::size_t>(bin)] += st.getInt(1);
        }
    }
    r.clvValue = {};
    if (r.predictions == 0)
        return;
    // Twenty bins up to the 99th percentile: CLV is heavy-tailed, and a range set by the
    // largest customer would squeeze everyone else into the first bar.
    double top = 0.0;
    {
        Statement st = db.prepare("SELECT clv FROM current_predictions ORDER BY clv LIMIT 1 "
                                  "OFFSET ?");
        st.bind(1, static_cast<std::int64_t>(
                       std::floor(0.99 * static_cast<double>(r.predictions - 1))));
        if (st.step())
            top = st.getDouble(0);
    }
    if (!(top > 0.0)) {
        Statement st = db.prepare("SELECT coalesce(max(clv), 0) FROM current_predictions");
        st.step();
        top = st.getDouble(0);
    }
    if (!(top > 0.0) || !std::isfinite(top))
        top = 1.0;
    r.clvValue.lower = 0.0;
    r.clvValue.binWidth = top / 20.0;
    r.clvValue.counts.assign(20, 0);
    Statement st = db.prepare("SELECT CAST(max(clv, 0) / ?1 AS INTEGER), count(*) "
                              "FROM current_predictions GROUP BY 1");
    st.bind(1, r.clvValue.binWidth);
    while (st.step()) {
        const std::int64_t bin = st.getInt(0);
        // The percentile itself sits on the upper edge of the last bin.
        if (bin < 20)
            r.clvValue.counts[static_cast<std::size_t>(bin)] += st.getInt(1);
        else
            r.clvValue.overflow += st.getInt(1);
    }
    // Values exactly at the percentile (bin index 20) belong to the last bin, not the overflow.
    const std::int64_t atTop =
        db.queryInt("SELECT count(*) FROM current_predictions WHERE clv = ?", top);
    const std::int64_t moved = std::min(atTop, r.clvValue.overflow);
    r.clvValue.overflow -= moved;
    r.clvValue.counts.back() += moved;
}

void loadPurchaseSpan(Database& db, ClvResults& r)
{
    // Each subquery walks idx_transactions_ts from one end to the first purchase, instead of
    // min() and max() together reading all orders on the UI thread.
    Statement st =
        db.prepare("SELECT (SELECT ts FROM transactions WHERE is_return = 0 ORDER BY ts LIMIT 1), "
                   "(SELECT ts FROM transactions WHERE is_return = 0 ORDER BY ts DESC LIMIT 1)");
    if (st.step()) {
        r.firstPurchase = st.getOptInt(0).value_or(0);
        r.lastPurchase = st.getOptInt(1).value_or(0);
    }
}

} // namespace

ClvAliveGrid aliveGrid(const clv::TransactionModel& model, const clv::SummaryData& data)
{
    ClvAliveGrid g;
    std::vector<double> xs;
    xs.reserve(data.customers.size());
    for (const auto& c : data.customers) {
        g.T = std::max(g.T, c.T);
        xs.push_back(c.x);
    }
    if (xs.empty() || !(g.T > 0.0))
        return g;
    const std::size_t k = static_cast<std::size_t>(0.99 * static_cast<double>(xs.size() - 1));
    std::nth_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(k), xs.end());
    const int maxX = std::clamp(static_cast<int>(std::ceil(xs[k])), 5, 40);
    constexpr int kColumns = 24;
    for (int j = 0; j < kColumns; ++j)
        g.recency.push_back(g.T * (j + 0.5) / kColumns);
    for (int x = 0; x <= maxX; ++x)
        g.frequency.push_back(x);
    g.pAlive.reserve(g.frequency.size() * g.recency.size());
    for (int x : g.frequency)
        for (double tx : g.recency)
            // With no repeat purchase t_x is 0 by definition, whatever the column.
            g.pAlive.push_back(model.pAlive(x, x == 0 ? 0.0 : tx, g.T));
    return g;
}

ClvChurnList loadChurnList(Database& db, double threshold, std::int64_t limit)
{
    ClvChurnList list;
    list.threshold = threshold;
    list.rows = clv::churnRiskFromCurrent(db, threshold, limit); // validates the threshold
    Statement st = db.prepare("SELECT count(*), coalesce(sum(value_at_risk), 0) "
                              "FROM current_predictions WHERE p_alive < ?");
    st.bind(1, threshold);
    st.step();
    list.total = st.getInt(0);
    list.valueAtRisk = st.getDouble(1);
    return list;
}

ClvResults loadClvResults(Database& db, double threshold, std::int64_t churnLimit,
                          const ProgressCallback& progress, const clv::ClvRunResult* fresh)
{
    ProgressReporter reporter(progress);
    ClvResults r;
    loadPurchaseSpan(db, r);
    const std::int64_t runId = clv::currentRunId(db);
    if (runId == 0)
        return r;
    r.run = clv::loadRun(db, runId);
    if (!r.run)
        return r;
    const nlohmann::json params = nlohmann::json::parse(r.run->paramsJson, nullptr, false);
    if (params.is_object()) {
        if (params.contains("fit"))
            addFitRows(r.parameters, params["fit"]);
        if (params.contains("spend_fit"))
            addFitRows(r.parameters, params["spend_fit"]);
        r.spendModel = params.value("spend_model", std::string());
        r.horizon = params.value("horizon", 0.0);
        r.discount = params.value("discount", 0.0);
        r.margin = params.value("margin", 1.0);
        if (params.contains("warnings") && params["warnings"].is_array())
            for (const auto& w : params["warnings"])
                if (w.is_string())
                    r.warnings.push_back(w.get<std::string>());
    }
    r.hasHoldout = r.run->holdoutEnd.has_value();

    const auto kind = transactionKind(r.run->model);
    if (fresh && fresh->runId == runId && fresh->model) {
        r.validation = fresh->validation ? *fresh->validation
                                         : clv::validate(*fresh->model, fresh->summary, 8,
                                                         subProgress(progress, 0.0, 0.6));
        r.aliveGrid = aliveGrid(*fresh->model, fresh->summary);
    } else if (kind && params.is_object() && params.contains("fit")) {
        // Recompute the diagnostics of the stored run: one pass over the transactions with
        // the stored window, then the model's expectations with the stored parameters.
        std::vector<double> values;
        for (const std::string& name : parameterOrder(r.run->model))
            values.push_back(params["fit"]["parameters"].value(name, 0.0));
        auto model = clv::TransactionModel::create(*kind, values);
        clv::SummaryOptions o;
        o.calibrationEnd = r.run->calibrationEnd.value_or(0);
        o.holdoutEnd = r.run->holdoutEnd;
        o.unit = clv::parseTimeUnit(r.run->timeUnit.empty() ? "week" : r.run->timeUnit);
        const clv::SummaryData data = clv::computeSummaries(db, o, subProgress(progress, 0.0, 0.4));
        if (!data.customers.empty()) {
            r.validation = clv::validate(*model, data, 8, subProgress(progress, 0.4, 0.6));
            r.aliveGrid = aliveGrid(*model, data);
        }
    }
    reporter.stage(0.7, "distributions");
    loadDistributions(db, r);
    reporter.stage(0.85, "churn list");
    r.churn = loadChurnList(db, threshold, churnLimit);
    r.topCustomers = clv::predictionPage(db, runId, clv::PredictionSort::Clv, false, 0,
                                         churnLimit > 0 ? churnLimit : std::int64_t{-1});
    reporter.stage(1.0, "done");
    return r;
}

ClvResults fitClv(Database& db, const clv::ClvRunOptions& options, double threshold,
                  std::int64_t churnLimit, const ProgressCallback& progress)
{
    clv::ClvRunOptions o = options;
    o.store = true;
    const clv::ClvRunResult fresh = clv::runClv(db, o, subProgress(progress, 0.0, 0.8));
    return loadClvResults(db, threshold, churnLimit, subProgress(progress, 0.8, 1.0), &fresh);
}

namespace {

// One CSV layout for both exports (the churn list adds its rank in front), streamed from one
// statement so that 10^6 predictions never sit in memory.
class PredictionCsv
{
public:
    PredictionCsv(const std::string& path, bool ranked)
        : m_path(path), m_file(path, std::ios::binary), m_csv(m_file), m_ranked(ranked)
    {
        if (!m_file)
            throw Error("cannot write " + path);
        m_csv.writeBom();
        if (m_ranked)
            m_csv.field("rank");
        for (const char* h :
             {"customer_id", "external_id", "name", "p_alive", "clv", "value_at_risk",
              "expected_transactions", "expected_spend", "frequency", "recency", "age"})
            m_csv.field(h);
        m_csv.endRow();
    }

    // Columns: customer_id, external_id, name, p_alive, clv, value_at_risk,
    // expected_transactions, expected_spend, frequency, recency, age.
    void row(const Statement& st)
    {
        ++m_rows;
        if (m_ranked)
            m_csv.field(std::to_string(m_rows));
        m_csv.field(std::to_string(st.getInt(0)));
        m_csv.field(st.getText(1));
        m_csv.field(st.getText(2));
        for (int c = 3; c <= 10; ++c) {
            const auto v = st.getOptDouble(c);
            if (!v) {
                m_csv.field("");
                continue;
            }
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.10g", *v);
            m_csv.field(buf);
        }
        m_csv.endRow();
    }

    std::int64_t finish()
    {
        m_file.flush();
        if (!m_file)
            throw Error("writing " + m_path + " failed");
        return m_rows;
    }

private:
    std::string m_path;
    std::ofstream m_file;
    io::CsvWriter m_csv;
    bool m_ranked;
    std::int64_t m_rows = 0;
};

constexpr const char* kExportColumns =
    "SELECT p.customer_id, c.external_id, c.name, p.p_alive, p.clv, p.value_at_risk, "
    "p.expected_transactions, p.expected_spend, p.frequency, p.recency, p.age ";

} // namespace

std::int64_t exportChurnCsv(Database& db, double threshold, const std::string& path)
{
    if (!std::isfinite(threshold) || threshold < 0.0 || threshold > 1.0)
        throw InputError("the P(alive) threshold must be between 0 and 1");
    PredictionCsv out(path, true);
    // The order of vd::clv::churnRiskFromCurrent.
    Statement st = db.prepare(std::string(kExportColumns) +
                              "FROM current_predictions p JOIN customers c ON c.id = p.customer_id"
                              " WHERE p.p_alive < ?1"
                              " ORDER BY p.value_at_risk DESC, p.clv DESC, p.customer_id");
    st.bind(1, threshold);
    while (st.step())
        out.row(st);
    return out.finish();
}

std::int64_t exportPredictionsCsv(Database& db, std::int64_t runId, const std::string& path)
{
    PredictionCsv out(path, false);
    Statement st = db.prepare(std::string(kExportColumns) +
                              "FROM customer_predictions p JOIN customers c ON c.id = p.customer_id"
                              " WHERE p.run_id = ?1 ORDER BY p.clv DESC, p.customer_id");
    st.bind(1, runId);
    while (st.step())
        out.row(st);
    return out.finish();
}

} // namespace vd::gui
