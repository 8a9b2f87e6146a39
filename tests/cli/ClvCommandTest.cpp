#include "CliRunner.h"
#include "clv/CdnowLoader.h"
#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

#include <fstream>
#include <map>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using vd::test::runCli;

namespace {

class ClvCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws = dir.file("cdnow.vdw");
        vd::Database db(ws);
        vd::test::loadCdnowSample(db, std::string(VD_TEST_DATA_DIR) + "/cdnow/CDNOW_sample.txt");
    }
    std::vector<std::string> clv(std::vector<std::string> args)
    {
        std::vector<std::string> all = {"-w", ws, "--quiet", "clv"};
        all.insert(all.end(), args.begin(), args.end());
        return all;
    }
    vd::test::TempDir dir;
    std::string ws;
};

TEST_F(ClvCli, FitPrintsParametersAndStoresTheRun)
{
    auto r = runCli(clv({"fit", "--calibration-end", "1997-09-30", "--format", "json"}));
    ASSERT_EQ(r.code, 0) << r.err;
    const auto rows = nlohmann::json::parse(r.out);
    std::map<std::string, nlohmann::json> byName;
    for (const auto& row : rows)
        byName[row["model"].get<std::string>() + "." + row["parameter"].get<std::string>()] = row;
    EXPECT_NEAR(byName.at("bgnbd.r")["estimate"].get<double>(), 0.243, 0.0025);
    EXPECT_NEAR(byName.at("bgnbd.alpha")["estimate"].get<double>(), 4.414, 0.045);
    EXPECT_NEAR(byName.at("bgnbd.alpha")["std_error"].get<double>(), 0.378, 0.004);
    EXPECT_NEAR(byName.at("bgnbd.log_likelihood")["estimate"].get<double>(), -9582.43, 0.01);
    EXPECT_EQ(byName.at("bgnbd.converged")["estimate"].get<int>(), 1);
    EXPECT_NEAR(byName.at("gg.p")["estimate"].get<double>(), 6.25, 0.0625);
    EXPECT_NE(r.err.find("stored as model run 1"), std::string::npos) << r.err;
    vd::Database db(ws);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM current_predictions"), 2357);
}

TEST_F(ClvCli, ParetoFitInCsv)
{
    auto r = runCli(
        clv({"fit", "--model", "paretonbd", "--calibration-end=1997-09-30", "--format", "csv"}));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("model,parameter,estimate,std_error\r\n", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("paretonbd,beta,11.6"), std::string::npos) << r.out;
}

TEST_F(ClvCli, PredictListsCustomersByClvAndChurnRanksByValueAtRisk)
{
    auto p =
        runCli(clv({"predict", "--calibration-end", "1997-09-30", "--horizon", "52", "--discount",
                    "0.1", "--margin", "0.3", "--limit", "5", "--format", "json"}));
    ASSERT_EQ(p.code, 0) << p.err;
    const auto rows = nlohmann::json::parse(p.out);
    ASSERT_EQ(rows.size(), 5u);
    for (std::size_t i = 1; i < rows.size(); ++i)
        EXPECT_GE(rows[i - 1]["clv"].get<double>(), rows[i]["clv"].get<double>());
    EXPECT_TRUE(rows[0].contains("p_alive"));
    EXPECT_TRUE(rows[0].contains("value_at_risk"));

    const std::string out = dir.file("risk.csv");
    auto c = runCli(
        clv({"churn", "--threshold", "0.3", "--limit", "10", "--format", "csv", "--output", out}));
    ASSERT_EQ(c.code, 0) << c.err;
    std::ifstream in(out);
    std::stringstream text;
    text << in.rdbuf();
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(text, line))
        lines.push_back(line);
    ASSERT_EQ(lines.size(), 11u);
    EXPECT_EQ(lines[0].rfind("rank,customer_id,external_id,name,p_alive,clv,value_at_risk", 0), 0u);
    double previous = 1e300;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::vector<std::string> f;
        std::stringstream ss(lines[i]);
        std::string cell;
        while (std::getline(ss, cell, ','))
            f.push_back(cell);
        ASSERT_GE(f.size(), 7u);
        EXPECT_LT(std::stod(f[4]), 0.3);
        EXPECT_LE(std::stod(f[6]), previous);
        previous = std::stod(f[6]);
    }
}

TEST_F(ClvCli, ValidateReportsTheHoldout)
{
    auto r = runCli(clv({"validate", "--calibration-end", "1997-09-30", "--holdout-end",
                         "1998-06-30", "--format", "csv"}));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("actual 1882.0, predicted 1653.4"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("39,1998-06-24,28"), std::string::npos) << r.out;
    auto tracking = runCli(clv({"validate", "--calibration-end", "1997-09-30", "--holdout-end",
                                "1998-06-30", "--tracking", "--format", "csv"}));
    ASSERT_EQ(tracking.code, 0);
    EXPECT_NE(tracking.out.find("20,1997-05-14,73"), std::string::npos) << tracking.out;
    vd::Database db(ws);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM model_runs"), 0) << "validate stores nothing";
}

TEST_F(ClvCli, UsageAndDataErrors)
{
    EXPECT_EQ(runCli(clv({"frobnicate"})).code, 2);
    EXPECT_EQ(runCli(clv({"fit", "--model", "bgndb"})).code, 1); // bad model name: InputError
    EXPECT_EQ(runCli(clv({"fit", "--time-unit", "year"})).code, 1);
    EXPECT_EQ(runCli(clv({"fit", "--calibration-end", "1997-13-01"})).code, 2);
    EXPECT_EQ(runCli(clv({"fit", "--horizon", "abc"})).code, 2);
    EXPECT_EQ(runCli(clv({"fit", "--horizon", "-5"})).code, 1);
    EXPECT_EQ(runCli(clv({"fit", "--threshold", "0.5"})).code, 2);
    EXPECT_EQ(runCli(clv({"validate", "--calibration-end", "1997-09-30"})).code, 2);
    EXPECT_EQ(runCli(clv({"validate", "--model", "simple", "--calibration-end", "1997-09-30",
                          "--holdout-end", "1998-06-30"}))
                  .code,
              2);
    EXPECT_EQ(runCli(clv({"churn", "--model", "bgnbd"})).code, 2);
    auto none = runCli(clv({"churn"}));
    EXPECT_EQ(none.code, 1);
    EXPECT_NE(none.err.find("clv predict first"), std::string::npos) << none.err;
    // A calibration end before any purchase: a clear analysis error, no crash.
    auto early = runCli(clv({"fit", "--calibration-end", "1990-01-01"}));
    EXPECT_EQ(early.code, 1);
    EXPECT_NE(early.err.find("no customer has a purchase"), std::string::npos) << early.err;
}

TEST_F(ClvCli, SimpleAndSpendOnlyModels)
{
    auto s = runCli(clv({"predict", "--model", "simple", "--calibration-end", "1997-09-30",
                         "--margin", "0.5", "--limit", "3", "--format", "csv"}));
    ASSERT_EQ(s.code, 0) << s.err;
    auto churn = runCli(clv({"churn"}));
    EXPECT_EQ(churn.code, 1) << "simple CLV has no P(alive)";
    auto gg =
        runCli(clv({"fit", "--model", "gg", "--calibration-end", "1997-09-30", "--format", "csv"}));
    ASSERT_EQ(gg.code, 0) << gg.err;
    EXPECT_NE(gg.out.find("gg,q,3.74"), std::string::npos) << gg.out;
}

// --time-unit, --horizon, --discount and --margin reach the fit and the stored run: days
// multiply alpha by 7 and leave r, a, b alone (time is rescaled, FHL 2005 eq. 6); CLV is
// proportional to the margin; discounting lowers it; the run records the settings.
TEST_F(ClvCli, TimeUnitHorizonDiscountAndMarginReachTheRun)
{
    auto days = runCli(clv({"fit", "--calibration-end", "1997-09-30", "--time-unit", "day",
                            "--spend", "observed", "--format", "json"}));
    ASSERT_EQ(days.code, 0) << days.err;
    std::map<std::string, double> est;
    for (const auto& row : nlohmann::json::parse(days.out))
        est[row["parameter"].get<std::string>()] = row["estimate"].get<double>();
    EXPECT_NEAR(est.at("alpha"), 7 * 4.414, 0.01 * 7 * 4.414);
    EXPECT_NEAR(est.at("r"), 0.243, 0.01 * 0.243);
    EXPECT_NEAR(est.at("b"), 2.426, 0.01 * 2.426);

    auto total = [&](const std::string& margin, const std::string& discount) {
        auto r = runCli(clv({"predict", "--calibration-end", "1997-09-30", "--horizon", "52",
                             "--discount", discount, "--margin", margin, "--limit", "0",
                             "--format", "json"}));
        EXPECT_EQ(r.code, 0) << r.err;
        double sum = 0.0;
        const auto rows = nlohmann::json::parse(r.out);
        EXPECT_EQ(rows.size(), 2357u);
        for (const auto& row : rows)
            sum += row["clv"].get<double>();
        return sum;
    };
    const double base = total("0.3", "0");
    EXPECT_GT(base, 0.0);
    EXPECT_NEAR(total("0.6", "0"), 2.0 * base, 1e-6 * base);
    const double discounted = total("0.3", "0.1");
    EXPECT_LT(discounted, base);
    // Over one year at 10 % a year the periods are discounted by 1/1.1 at most.
    EXPECT_GT(discounted, base / 1.1);

    auto months = runCli(clv({"fit", "--calibration-end", "1997-09-30", "--time-unit", "month",
                              "--format", "csv"}));
    ASSERT_EQ(months.code, 0) << months.err;
    vd::Database db(ws);
    vd::Statement st = db.prepare(
        "SELECT time_unit, json_extract(params, '$.horizon'), json_extract(params, '$.margin'), "
        "calibration_end FROM model_runs ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getText(0), "month");
    EXPECT_DOUBLE_EQ(st.getDouble(1), 12.0); // one year in months by default
    EXPECT_DOUBLE_EQ(st.getDouble(2), 1.0);
    EXPECT_EQ(st.getInt(3), 875577600); // 1997-09-30 00:00 UTC
}

} // namespace
