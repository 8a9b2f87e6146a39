#include "CliRunner.h"
#include "clv/CdnowLoader.h"
#include "clv/ClvFixtures.h"
#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
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

// Splits CSV text into rows of fields (the fields here are never quoted).
std::vector<std::vector<std::string>> csvRows(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::stringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ','))
            f.push_back(cell);
        rows.push_back(f);
    }
    return rows;
}

// CDNOW, 39-week calibration and 39-week holdout: 1,882 actual repeat transactions and the
// BG/NBD conditional forecast 1,653.4 (docs/methods.md, "Reproduction on CDNOW").
TEST_F(ClvCli, ValidateReportsTheHoldout)
{
    auto r = runCli(clv({"validate", "--calibration-end", "1997-09-30", "--holdout-end",
                         "1998-06-30", "--format", "csv"}));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("actual 1882.0, predicted 1653.4"), std::string::npos) << r.err;
    const auto rows = csvRows(r.out);
    ASSERT_EQ(rows.size(), 1u + 39u + 1u) << r.out; // header, 39 weeks, the total
    EXPECT_EQ(rows[39][0], "39");
    EXPECT_EQ(rows[39][1], "1998-06-24");
    EXPECT_EQ(rows[39][2], "28");
    // The total row: the holdout totals, equal to the last cumulative values.
    const auto& total = rows.back();
    ASSERT_EQ(total.size(), 6u);
    EXPECT_EQ(total[0], "total");
    EXPECT_EQ(total[1], "1997-10-01");
    EXPECT_EQ(total[2], "1882");
    EXPECT_NEAR(std::stod(total[3]), 1653.4, 0.1);
    EXPECT_EQ(total[4], rows[39][4]);
    EXPECT_EQ(total[5], rows[39][5]);
    double weekly = 0.0;
    for (std::size_t i = 1; i + 1 < rows.size(); ++i)
        weekly += std::stod(rows[i][3]);
    EXPECT_NEAR(weekly, std::stod(total[3]), 1e-6);

    auto tracking = runCli(clv({"validate", "--calibration-end", "1997-09-30", "--holdout-end",
                                "1998-06-30", "--tracking", "--format", "csv"}));
    ASSERT_EQ(tracking.code, 0);
    EXPECT_NE(tracking.out.find("20,1997-05-14,73"), std::string::npos) << tracking.out;
    const auto calendar = csvRows(tracking.out);
    ASSERT_EQ(calendar.size(), 1u + 78u + 1u);
    EXPECT_EQ(calendar.back()[0], "total");
    EXPECT_EQ(calendar.back()[2], "4339"); // 2,457 calibration + 1,882 holdout
    vd::Database db(ws);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM model_runs"), 0) << "validate stores nothing";
}

TEST_F(ClvCli, ValidateJsonHasTotalsAndWeeks)
{
    const std::string out = dir.file("holdout.json");
    auto r = runCli(clv({"validate", "--model", "paretonbd", "--calibration-end", "1997-09-30",
                         "--holdout-end", "1998-06-30", "--format", "json", "--output", out}));
    ASSERT_EQ(r.code, 0) << r.err;
    std::ifstream in(out);
    const auto j = nlohmann::json::parse(in);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["model"], "paretonbd");
    EXPECT_EQ(j["calibration_end"], "1997-09-30");
    EXPECT_EQ(j["holdout_end"], "1998-06-30");
    EXPECT_EQ(j["series"], "holdout");
    EXPECT_EQ(j["customers"].get<int>(), 2357);
    EXPECT_EQ(j["totals"]["actual"].get<double>(), 1882);
    // Pareto/NBD conditional holdout forecast (docs/methods.md): 1,665.5, -11.5 %.
    EXPECT_NEAR(j["totals"]["predicted"].get<double>(), 1665.5, 0.1);
    EXPECT_NEAR(j["totals"]["difference_percent"].get<double>(), -11.5, 0.05);
    EXPECT_NEAR(j["totals"]["difference"].get<double>(),
                j["totals"]["predicted"].get<double>() - 1882, 1e-9);
    ASSERT_EQ(j["periods"].size(), 39u);
    EXPECT_EQ(j["periods"][0]["period"], 1);
    EXPECT_EQ(j["periods"][0]["start"], "1997-10-01");
    EXPECT_EQ(j["periods"][0]["actual"].get<double>(), 50);
    EXPECT_NEAR(j["periods"][0]["predicted"].get<double>(), 52.1, 0.05);
    EXPECT_NEAR(j["periods"][38]["predicted_cumulative"].get<double>(),
                j["totals"]["predicted"].get<double>(), 1e-9);
}

TEST_F(ClvCli, ValidateRefusesValuationOptions)
{
    const std::vector<std::string> window = {"validate", "--calibration-end", "1997-09-30",
                                             "--holdout-end", "1998-06-30"};
    for (const auto& extra : std::vector<std::vector<std::string>>{
             {"--horizon", "52"}, {"--margin", "0.3"}, {"--discount", "0.1"}, {"--spend", "gg"}}) {
        auto args = window;
        args.insert(args.end(), extra.begin(), extra.end());
        auto r = runCli(clv(args));
        EXPECT_EQ(r.code, 2) << extra[0];
        EXPECT_NE(r.err.find("does not apply to clv validate"), std::string::npos) << r.err;
    }
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
    EXPECT_EQ(runCli(clv({"churn", "--accept-unconverged"})).code, 2);
    auto none = runCli(clv({"churn"}));
    EXPECT_EQ(none.code, 1);
    EXPECT_NE(none.err.find("clv predict first"), std::string::npos) << none.err;
    // A calibration end before any purchase: a clear analysis error, no crash.
    auto early = runCli(clv({"fit", "--calibration-end", "1990-01-01"}));
    EXPECT_EQ(early.code, 1);
    EXPECT_NE(early.err.find("no customer has a purchase"), std::string::npos) << early.err;
}

// A workspace where every customer has about the same dropout probability: BG/NBD's a and b
// drift off together along a flat likelihood and the fit does not converge (the same data as
// tests/clv ClvRunEdge.EmptyWorkspaceAndFlatSpend). clv fit refuses it and stores nothing
// unless --accept-unconverged, which stores it flagged.
TEST(ClvCliUnconverged, RefusedUnlessAccepted)
{
    vd::test::TempDir dir;
    const std::string ws = dir.file("flat.vdw");
    {
        vd::Database db(ws);
        std::mt19937_64 rng(5);
        for (int c = 1; c <= 300; ++c) {
            vd::test::addCustomer(db, c);
            const int first = c % 60;
            const int n = 1 + static_cast<int>(rng() % 6);
            for (int k = 0; k < n; ++k) {
                const auto day =
                    vd::date::civilFromDays(vd::date::daysFromCivil(2024, 1, 1) + first +
                                            k * (3 + static_cast<int>(rng() % 30)));
                vd::test::addPurchase(db, c, day.year, day.month, day.day, 10.0);
            }
        }
    }
    const std::vector<std::string> fit = {
        "-w", ws, "--quiet", "clv", "fit", "--calibration-end", "2024-06-30", "--format", "csv"};
    auto refused = runCli(fit);
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find("did not converge"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("flat along a/b"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("--accept-unconverged"), std::string::npos) << refused.err;
    {
        vd::Database db(ws);
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM model_runs"), 0);
    }
    auto accepted = fit;
    accepted.push_back("--accept-unconverged");
    auto r = runCli(accepted);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("bgnbd,converged,0"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("accepted"), std::string::npos) << r.err;
    vd::Database db(ws);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM model_runs WHERE converged = 0"), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM current_predictions"), 300);
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
        auto r = runCli(
            clv({"predict", "--calibration-end", "1997-09-30", "--horizon", "52", "--discount",
                 discount, "--margin", margin, "--limit", "0", "--format", "json"}));
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

    auto months = runCli(
        clv({"fit", "--calibration-end", "1997-09-30", "--time-unit", "month", "--format", "csv"}));
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
