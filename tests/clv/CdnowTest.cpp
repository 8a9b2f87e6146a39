// Validation of the CLV engine on the CDNOW sample (tests/data/cdnow/README.md): the raw
// purchases go through the app's summary code, the summaries are checked against the published
// summary files, and the fits must reproduce the published estimates within 1 %.
#include "clv/CdnowLoader.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/clv/Fit.h"
#include "valuedesk/clv/Summary.h"
#include "valuedesk/storage/Database.h"

#include <cmath>
#include <gtest/gtest.h>
#include <memory>
#include <numeric>

namespace {

using namespace vd;
using namespace vd::clv;

const std::string kDir = std::string(VD_TEST_DATA_DIR) + "/cdnow/";

class Cdnow : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<test::TempDir>();
        s_db = std::make_unique<Database>(s_dir->file("cdnow.vdw"));
        s_rows = test::loadCdnowSample(*s_db, kDir + "CDNOW_sample.txt");
        SummaryOptions o;
        o.calibrationEnd = date::toEpoch(1997, 9, 30);
        o.holdoutEnd = date::toEpoch(1998, 6, 30);
        o.unit = TimeUnit::Week;
        s_data = computeSummaries(*s_db, o);
    }
    static void TearDownTestSuite()
    {
        s_db.reset();
        s_dir.reset();
    }
    static std::unique_ptr<test::TempDir> s_dir;
    static std::unique_ptr<Database> s_db;
    static std::int64_t s_rows;
    static SummaryData s_data;
};
std::unique_ptr<test::TempDir> Cdnow::s_dir;
std::unique_ptr<Database> Cdnow::s_db;
std::int64_t Cdnow::s_rows = 0;
SummaryData Cdnow::s_data;

void expectWithin(double value, double published, double relative, const char* what)
{
    EXPECT_NEAR(value, published, relative * std::fabs(published)) << what;
}

TEST_F(Cdnow, LoaderReadsEveryPurchase)
{
    EXPECT_EQ(s_rows, 6919);
    EXPECT_EQ(s_db->queryInt("SELECT count(*) FROM customers"), 2357);
    EXPECT_EQ(s_data.rowsRead, 6919);
    // README: merging same-day purchases leaves 6,696 customer-days.
    EXPECT_EQ(s_data.transactions, 6696);
}

TEST_F(Cdnow, BgNbdReproducesFaderHardieLee2005)
{
    FitResult fit = fitTransactionModel(ModelKind::BgNbd, s_data.customers);
    ASSERT_TRUE(fit.converged) << fit.message;
    expectWithin(fit.params[0], 0.243, 0.01, "r");
    expectWithin(fit.params[1], 4.414, 0.01, "alpha");
    expectWithin(fit.params[2], 0.793, 0.01, "a");
    expectWithin(fit.params[3], 2.426, 0.01, "b");
    EXPECT_NEAR(fit.logLikelihood, -9582.4, 0.05);
    std::printf("BG/NBD %.6f %.6f %.6f %.6f LL %.4f evals %d grad %.3g SE %zu %s\n", fit.params[0],
                fit.params[1], fit.params[2], fit.params[3], fit.logLikelihood, fit.evaluations,
                fit.gradientNorm, fit.standardErrors.size(), fit.message.c_str());
    for (double se : fit.standardErrors)
        std::printf("  se %.6f\n", se);
}

TEST_F(Cdnow, ParetoNbdReproducesPublished)
{
    FitResult fit = fitTransactionModel(ModelKind::ParetoNbd, s_data.customers);
    ASSERT_TRUE(fit.converged) << fit.message;
    std::printf("PNBD %.6f %.6f %.6f %.6f LL %.4f evals %d grad %.3g %s\n", fit.params[0],
                fit.params[1], fit.params[2], fit.params[3], fit.logLikelihood, fit.evaluations,
                fit.gradientNorm, fit.message.c_str());
    for (double se : fit.standardErrors)
        std::printf("  se %.6f\n", se);
    expectWithin(fit.params[0], 0.553, 0.01, "r");
    expectWithin(fit.params[1], 10.578, 0.01, "alpha");
    expectWithin(fit.params[2], 0.606, 0.01, "s");
    expectWithin(fit.params[3], 11.669, 0.01, "beta");
}

TEST_F(Cdnow, GammaGammaReproducesPublished)
{
    FitResult fit = fitGammaGamma(s_data.customers);
    ASSERT_TRUE(fit.converged) << fit.message;
    std::printf("GG %.6f %.6f %.6f LL %.4f evals %d %s\n", fit.params[0], fit.params[1],
                fit.params[2], fit.logLikelihood, fit.evaluations, fit.message.c_str());
    expectWithin(fit.params[0], 6.25, 0.01, "p");
    expectWithin(fit.params[1], 3.74, 0.01, "q");
    expectWithin(fit.params[2], 15.44, 0.01, "gamma");
}

} // namespace
