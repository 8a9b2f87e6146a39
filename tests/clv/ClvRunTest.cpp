// The whole CLV run against a workspace: stored model runs, per-customer predictions visible
// through current_predictions, churn list, paging, cancel and fallbacks.
#include "valuedesk/clv/ClvRun.h"

#include "clv/CdnowLoader.h"
#include "clv/ClvFixtures.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/clv/ClvStore.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <random>

namespace {

using namespace vd;
using namespace vd::clv;

class ClvRunTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::loadCdnowSample(db, std::string(VD_TEST_DATA_DIR) + "/cdnow/CDNOW_sample.txt");
    }
    ClvRunOptions options(ClvModel model, bool holdout = true)
    {
        ClvRunOptions o;
        o.model = model;
        o.summary.calibrationEnd = date::toEpoch(1997, 9, 30);
        if (holdout)
            o.summary.holdoutEnd = date::toEpoch(1998, 6, 30);
        o.summary.unit = TimeUnit::Week;
        o.clv.horizon = 52;
        o.clv.annualDiscount = 0.1;
        o.clv.margin = 0.3;
        return o;
    }
    test::TempDir dir;
    Database db{dir.file("cdnow.vdw")};
};

TEST_F(ClvRunTest, BgNbdRunIsStoredWithItsPredictions)
{
    ClvRunResult r = runClv(db, options(ClvModel::BgNbd));
    ASSERT_GT(r.runId, 0);
    EXPECT_TRUE(r.warnings.empty());
    ASSERT_TRUE(r.spendModel.has_value());
    ASSERT_TRUE(r.validation.has_value());
    EXPECT_EQ(r.validation->actualHoldout, 1882);

    auto run = loadRun(db, r.runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->model, "bgnbd");
    EXPECT_EQ(run->calibrationEnd, date::toEpoch(1997, 9, 30));
    EXPECT_EQ(run->holdoutEnd, date::toEpoch(1998, 6, 30));
    EXPECT_EQ(run->timeUnit, "week");
    EXPECT_EQ(run->customers, 2357);
    EXPECT_EQ(run->converged, true);
    EXPECT_NEAR(*run->logLikelihood, -9582.429, 0.001);
    EXPECT_GT(run->createdAt, 1700000000);
    const auto params = nlohmann::json::parse(run->paramsJson);
    EXPECT_NEAR(params["fit"]["parameters"]["r"].get<double>(), 0.243, 0.0025);
    EXPECT_NEAR(params["fit"]["standard_errors"]["b"].get<double>(), 0.7053, 0.01);
    EXPECT_EQ(params["spend_model"], "gg");
    EXPECT_NEAR(params["spend_fit"]["parameters"]["q"].get<double>(), 3.74, 0.04);
    EXPECT_EQ(params["holdout"]["actual"].get<double>(), 1882);
    EXPECT_EQ(params["horizon"].get<double>(), 52);

    EXPECT_EQ(currentRunId(db), r.runId);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM current_predictions"), 2357);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM current_predictions WHERE p_alive < 0 OR "
                          "p_alive > 1 OR clv < 0 OR value_at_risk < 0 OR clv IS NULL"),
              0);
    // The stored row of customer 1 is the in-memory prediction.
    Statement st = db.prepare("SELECT frequency, recency, age, p_alive, clv, value_at_risk, "
                              "expected_spend FROM current_predictions WHERE customer_id = 1");
    ASSERT_TRUE(st.step());
    const auto& p = r.predictions.front();
    EXPECT_EQ(p.customerId, 1);
    EXPECT_EQ(st.getDouble(0), 2.0);
    EXPECT_NEAR(st.getDouble(1), 30.43, 0.005);
    EXPECT_NEAR(st.getDouble(2), 38.86, 0.005);
    EXPECT_DOUBLE_EQ(st.getDouble(3), *p.pAlive);
    EXPECT_DOUBLE_EQ(st.getDouble(4), p.clv);
    EXPECT_DOUBLE_EQ(st.getDouble(5), p.valueAtRisk);
    EXPECT_DOUBLE_EQ(st.getDouble(6), r.spendModel->conditionalMeanSpend(2, p.monetary));
}

TEST_F(ClvRunTest, SpendOnlyRunsDoNotReplaceCurrentPredictions)
{
    ClvRunResult first = runClv(db, options(ClvModel::ParetoNbd, false));
    ClvRunResult gg = runClv(db, options(ClvModel::GammaGamma, false));
    EXPECT_GT(gg.runId, first.runId);
    EXPECT_EQ(latestRun(db, "gg")->id, gg.runId);
    EXPECT_EQ(predictionCount(db, gg.runId), 0);
    EXPECT_EQ(currentRunId(db), first.runId);
    EXPECT_EQ(latestRun(db)->id, gg.runId);
    ClvRunResult simple = runClv(db, options(ClvModel::Simple, false));
    EXPECT_EQ(currentRunId(db), simple.runId);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM current_predictions WHERE p_alive IS NULL"), 2357);
    EXPECT_EQ(listRuns(db).size(), 3u);
}

TEST_F(ClvRunTest, ChurnListAndPagesComeFromTheCurrentRun)
{
    ClvRunResult r = runClv(db, options(ClvModel::BgNbd, false));
    const auto churn = churnRiskFromCurrent(db, 0.5, 25);
    ASSERT_EQ(churn.size(), 25u);
    for (std::size_t i = 0; i < churn.size(); ++i) {
        EXPECT_LT(*churn[i].prediction.pAlive, 0.5);
        if (i > 0) {
            EXPECT_GE(churn[i - 1].prediction.valueAtRisk, churn[i].prediction.valueAtRisk);
        }
    }
    EXPECT_FALSE(churn[0].externalId.empty());
    EXPECT_EQ(churn[0].name.rfind("CDNOW customer", 0), 0u);
    // Same ranking as the in-memory one.
    const auto memory = rankChurnRisk(r.predictions, 0.5, 25);
    for (std::size_t i = 0; i < 25; ++i)
        EXPECT_EQ(churn[i].prediction.customerId, memory[i].customerId);
    const auto all = churnRiskFromCurrent(db, 0.5);
    std::size_t below = 0;
    for (const auto& p : r.predictions)
        below += *p.pAlive < 0.5 ? 1 : 0;
    EXPECT_EQ(all.size(), below);
    EXPECT_THROW(churnRiskFromCurrent(db, -0.1), InputError);

    EXPECT_EQ(predictionCount(db, r.runId), 2357);
    const auto page = predictionPage(db, r.runId, PredictionSort::Clv, false, 0, 10);
    ASSERT_EQ(page.size(), 10u);
    for (std::size_t i = 1; i < page.size(); ++i)
        EXPECT_GE(page[i - 1].prediction.clv, page[i].prediction.clv);
    const auto last = predictionPage(db, r.runId, PredictionSort::CustomerId, true, 2350, 50);
    ASSERT_EQ(last.size(), 7u);
    EXPECT_EQ(last.back().prediction.customerId, 2357);
}

TEST_F(ClvRunTest, CancelLeavesNoRun)
{
    const auto before = db.queryInt("SELECT count(*) FROM model_runs");
    int calls = 0;
    auto cancelLate = [&](double fraction, std::string_view) {
        ++calls;
        return fraction < 0.92; // inside the save stage
    };
    EXPECT_THROW(runClv(db, options(ClvModel::BgNbd), cancelLate), CancelledError);
    EXPECT_GT(calls, 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM model_runs"), before);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customer_predictions"), 0);
}

TEST(ClvRunEdge, EmptyWorkspaceAndFlatSpend)
{
    test::TempDir dir;
    Database db(dir.file("w.vdw"));
    ClvRunOptions o;
    o.summary.calibrationEnd = date::toEpoch(2024, 6, 30);
    EXPECT_THROW(runClv(db, o), AnalysisError);
    EXPECT_EQ(currentRunId(db), 0);

    // Every purchase costs 10: Gamma-Gamma cannot be fitted, the run falls back to observed
    // spend and says so.
    std::mt19937_64 rng(5);
    for (int c = 1; c <= 300; ++c) {
        test::addCustomer(db, c);
        const int first = c % 60;
        const int n = 1 + static_cast<int>(rng() % 6);
        for (int k = 0; k < n; ++k) {
            const auto day = date::civilFromDays(date::daysFromCivil(2024, 1, 1) + first +
                                                 k * (3 + static_cast<int>(rng() % 30)));
            test::addPurchase(db, c, day.year, day.month, day.day, 10.0);
        }
    }
    // Every customer here has about the same dropout probability, so BG/NBD's a and b drift off
    // together along a flat ridge of the likelihood. By default that is an error naming the
    // flat direction, and nothing is stored (the issue: "never a wrong answer on flat or
    // degenerate data - a clear error instead").
    try {
        runClv(db, o);
        ADD_FAILURE() << "an unconverged fit must not be stored silently";
    } catch (const NotConvergedError& e) {
        const std::string what = e.what();
        EXPECT_EQ(e.model(), "bgnbd");
        EXPECT_NE(what.find("did not converge"), std::string::npos) << what;
        EXPECT_NE(what.find("flat along a/b"), std::string::npos) << what;
        EXPECT_NE(what.find("drifting to infinity"), std::string::npos) << what;
        EXPECT_NE(what.find("nothing was stored"), std::string::npos) << what;
    }
    EXPECT_EQ(currentRunId(db), 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM model_runs"), 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM customer_predictions"), 0);

    // Accepted explicitly: stored, flagged as not converged, with the reason as a warning.
    o.acceptUnconverged = true;
    ClvRunResult r = runClv(db, o);
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_NE(r.warnings[0].find("accepted"), std::string::npos) << r.warnings[0];
    EXPECT_NE(r.warnings[0].find("flat along a/b"), std::string::npos) << r.warnings[0];
    EXPECT_NE(r.warnings[1].find("observed mean spend"), std::string::npos);
    EXPECT_EQ(currentRunId(db), r.runId);
    EXPECT_FALSE(*loadRun(db, r.runId)->converged);
    EXPECT_FALSE(r.spendModel.has_value());
    EXPECT_EQ(nlohmann::json::parse(r.paramsJson)["spend_model"], "observed");
    // Observed spend = the customer's mean per purchase day (two purchases on one day: 20).
    ASSERT_EQ(r.predictions.size(), r.summary.customers.size());
    for (std::size_t i = 0; i < r.predictions.size(); ++i) {
        EXPECT_EQ(r.predictions[i].expectedSpend, r.summary.customers[i].meanSpend);
        EXPECT_GE(r.predictions[i].expectedSpend, 10.0);
    }
    EXPECT_FALSE(loadRun(db, r.runId)->notes.empty());
    EXPECT_THROW(parseClvModel("bg"), InputError);
}

} // namespace
