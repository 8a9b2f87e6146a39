#include "valuedesk/loyalty/Drivers.h"

#include "LoyaltyFixture.h"
#include "valuedesk/Error.h"

#include <gtest/gtest.h>

using namespace vd;
using namespace vd::loyalty;
using vd::test::day;

// Two predictors with correlation rho = 0.5 and validities r = (0.6, 0.4), by hand:
// R^2 = r' Rxx^-1 r = (0.36 + 0.16 - 0.24) / 0.75 = 0.373333. With two predictors Johnson's
// weights equal the general-dominance (Shapley) shares, w1 = (r1^2 + R^2 - r2^2) / 2 =
// 0.286667 and w2 = (r2^2 + R^2 - r1^2) / 2 = 0.086667 (checked via Lambda = [[a, b], [b, a]],
// a = (sqrt 1.5 + sqrt 0.5)/2, b = (sqrt 1.5 - sqrt 0.5)/2).
TEST(RelativeWeights, TwoPredictorHandExample)
{
    Eigen::MatrixXd rxx(2, 2);
    rxx << 1.0, 0.5, 0.5, 1.0;
    Eigen::VectorXd rxy(2);
    rxy << 0.6, 0.4;
    RelativeWeights w = johnsonRelativeWeights(rxx, rxy);
    EXPECT_NEAR(w.rSquared, 0.28 / 0.75, 1e-12);
    EXPECT_NEAR(w.weights[0], (0.36 + 0.28 / 0.75 - 0.16) / 2.0, 1e-12);
    EXPECT_NEAR(w.weights[1], (0.16 + 0.28 / 0.75 - 0.36) / 2.0, 1e-12);
}

TEST(RelativeWeights, OrthogonalPredictorsGetSquaredValiditiesAndSumToR2)
{
    Eigen::MatrixXd rxx = Eigen::MatrixXd::Identity(3, 3);
    Eigen::VectorXd rxy(3);
    rxy << 0.5, -0.3, 0.1;
    RelativeWeights w = johnsonRelativeWeights(rxx, rxy);
    EXPECT_NEAR(w.weights[0], 0.25, 1e-12);
    EXPECT_NEAR(w.weights[1], 0.09, 1e-12);
    EXPECT_NEAR(w.weights[2], 0.01, 1e-12);

    // Correlated three-predictor case: weights are non-negative and add up to R^2.
    Eigen::MatrixXd c(3, 3);
    c << 1.0, 0.6, 0.3, 0.6, 1.0, 0.4, 0.3, 0.4, 1.0;
    Eigen::VectorXd r(3);
    r << 0.5, 0.45, 0.2;
    RelativeWeights cw = johnsonRelativeWeights(c, r);
    const double r2 = r.dot(c.ldlt().solve(r));
    EXPECT_NEAR(cw.rSquared, r2, 1e-12);
    EXPECT_NEAR(cw.weights[0] + cw.weights[1] + cw.weights[2], r2, 1e-12);
    for (double x : cw.weights)
        EXPECT_GE(x, 0.0);

    Eigen::MatrixXd singular(2, 2);
    singular << 1.0, 1.0, 1.0, 1.0;
    EXPECT_THROW(johnsonRelativeWeights(singular, rxy.head(2)), AnalysisError);
    EXPECT_THROW(johnsonRelativeWeights(rxx, rxy.head(2)), InputError);
}

namespace {

// Ten complete responses (speed, taste -> recommend), plus noise rows the analysis must skip.
// OLS by hand (normal equations on the centred data, means 3.9, 3.7, 6.0):
// b = (0.829821, 0.514126), intercept 0.861435, R^2 = 0.870258, adjusted 0.833189,
// se = (0.282913, 0.286416); r = (0.900298, 0.843089), rho = 0.760058.
struct DriverData
{
    test::LoyaltyFixture f;
    std::int64_t speed = 0, taste = 0, music = 0;
    DriverData()
    {
        speed = f.attribute("speed");
        taste = f.attribute("taste");
        music = f.attribute("music");
        const int rows[10][3] = {{1, 2, 3}, {2, 1, 4},  {3, 4, 6}, {4, 3, 5}, {5, 6, 9},
                                 {6, 5, 8}, {7, 7, 10}, {2, 3, 2}, {4, 4, 7}, {5, 2, 6}};
        auto cust = f.customer("x");
        for (const auto& r : rows) {
            auto id = f.response(cust, day(2024, 5, 1), r[2]);
            f.rating(id, speed, r[0], 6.0, 5.0);
            f.rating(id, taste, r[1], 5.0, 5.0);
        }
        // Missing a taste rating: excluded. No recommend score: ignored.
        auto partial = f.response(cust, day(2024, 5, 2), 9);
        f.rating(partial, speed, 7);
        f.rating(partial, taste, std::nullopt);
        auto noScore = f.response(cust, day(2024, 5, 2), std::nullopt, 4);
        f.rating(noScore, speed, 1);
        f.rating(noScore, taste, 1);
        f.rating(noScore, music, 3, 2.0, 2.0);
    }
};

} // namespace

TEST(KeyDrivers, OlsAndRelativeWeightsOnHandData)
{
    DriverData d;
    DriverQuery q;
    q.attributes = {"speed", "taste"};
    DriverResult r = keyDrivers(d.f.db(), q);
    EXPECT_EQ(r.n, 10);
    EXPECT_EQ(r.excluded, 1);
    EXPECT_NEAR(r.rSquared, 0.8702578475336324, 1e-10);
    EXPECT_NEAR(r.adjustedRSquared, 0.8331886611146703, 1e-10);
    EXPECT_NEAR(r.intercept, 0.8614349775784746, 1e-10);
    ASSERT_EQ(r.drivers.size(), 2u);
    const Driver& s = r.drivers[0]; // speed has the larger weight
    EXPECT_EQ(s.code, "speed");
    EXPECT_NEAR(s.b, 0.8298206278026923, 1e-10);
    EXPECT_NEAR(s.standardError, 0.28291256838211754, 1e-10);
    EXPECT_NEAR(s.t, 2.933134545941735, 1e-9);
    // t = 2.93 on 7 df lies between t(0.975) = 2.365 and t(0.99) = 2.998.
    EXPECT_GT(s.pValue, 0.02);
    EXPECT_LT(s.pValue, 0.05);
    EXPECT_NEAR(s.beta, 0.6144782993910838, 1e-10);
    EXPECT_NEAR(s.correlation, 0.9002982732126875, 1e-10);
    EXPECT_NEAR(s.meanPerformance, 3.9, 1e-12);
    // Two predictors: w = (r1^2 + R^2 - r2^2) / 2.
    EXPECT_NEAR(s.relativeWeight, 0.4849976218260099, 1e-10);
    EXPECT_NEAR(r.drivers[1].relativeWeight, 0.38526022570762253, 1e-10);
    EXPECT_NEAR(s.relativeWeight + r.drivers[1].relativeWeight, r.rSquared, 1e-12);
    EXPECT_NEAR(s.relativeShare + r.drivers[1].relativeShare, 100.0, 1e-9);
}

TEST(KeyDrivers, RefusesWhatItCannotEstimate)
{
    DriverData d;
    DriverQuery all; // speed, taste and music: only one response rates music
    EXPECT_THROW(keyDrivers(d.f.db(), all), AnalysisError);
    DriverQuery unknown;
    unknown.attributes = {"nope"};
    EXPECT_THROW(keyDrivers(d.f.db(), unknown), InputError);

    test::LoyaltyFixture empty;
    EXPECT_THROW(keyDrivers(empty.db(), {}), AnalysisError);

    // A constant attribute has no variance to explain anything.
    test::LoyaltyFixture flat;
    auto a = flat.attribute("a");
    auto b = flat.attribute("b");
    auto c = flat.customer("c");
    for (int i = 0; i < 6; ++i) {
        auto id = flat.response(c, day(2024, 1, 1), i);
        flat.rating(id, a, 4);
        flat.rating(id, b, 1 + i % 3);
    }
    EXPECT_THROW(keyDrivers(flat.db(), {}), AnalysisError);
}

// Means by hand: speed perf (39 + 7 + 1)/12 = 3.9167 (the extra rows count), importance 6;
// taste perf (37 + 1)/11 = 3.4545, importance 5; music perf 3, importance 2.
// Crosshairs: importance (6 + 5 + 2)/3 = 4.3333, performance mean of the three means.
TEST(ImportancePerformance, StatedImportanceQuadrants)
{
    DriverData d;
    IpaResult ipa = importancePerformance(d.f.db(), {});
    ASSERT_EQ(ipa.attributes.size(), 3u);
    EXPECT_FALSE(ipa.derived);
    const IpaAttribute& speed = ipa.attributes[0];
    EXPECT_NEAR(speed.performance, 47.0 / 12.0, 1e-12);
    EXPECT_NEAR(*speed.statedImportance, 6.0, 1e-12);
    EXPECT_NEAR(*speed.gap, (39.0 - 50.0) / 10.0, 1e-12); // paired rows only
    EXPECT_NEAR(ipa.importanceCut, 13.0 / 3.0, 1e-12);
    const double pCut = (47.0 / 12.0 + 38.0 / 11.0 + 3.0) / 3.0; // 3.4571
    EXPECT_NEAR(ipa.performanceCut, pCut, 1e-12);
    EXPECT_EQ(speed.quadrant, IpaQuadrant::KeepUpTheGoodWork);           // 6 >= 4.33, 3.92 >= 3.46
    EXPECT_EQ(ipa.attributes[1].quadrant, IpaQuadrant::ConcentrateHere); // 5, 3.4545 < 3.4571
    EXPECT_EQ(ipa.attributes[2].quadrant, IpaQuadrant::LowPriority);     // 2, 3 < 3.46
}

// Published values: Johnson's relative weights of mpg ~ cyl + disp + hp + wt on the mtcars
// data. Data: Henderson & Velleman (1981), "Building multiple regression models
// interactively", Biometrics 37(2), 391-411, as R's datasets::mtcars (32 cars; columns mpg,
// cyl, disp, hp, wt). Reference weights: rwa package (Chua 2019, "rwa: Perform a Relative
// Weights Analysis", CRAN), rwa(mtcars, "mpg", c("cyl", "disp", "hp", "wt")): raw weights
// 0.2096904, 0.1883043, 0.1799590, 0.2706812; R^2 0.8486348.
TEST(RelativeWeights, PublishedMtcarsExample)
{
    // mpg, cyl, disp, hp, wt
    static const double kMtcars[32][5] = {
        {21.0, 6, 160.0, 110, 2.620}, {21.0, 6, 160.0, 110, 2.875}, {22.8, 4, 108.0, 93, 2.320},
        {21.4, 6, 258.0, 110, 3.215}, {18.7, 8, 360.0, 175, 3.440}, {18.1, 6, 225.0, 105, 3.460},
        {14.3, 8, 360.0, 245, 3.570}, {24.4, 4, 146.7, 62, 3.190},  {22.8, 4, 140.8, 95, 3.150},
        {19.2, 6, 167.6, 123, 3.440}, {17.8, 6, 167.6, 123, 3.440}, {16.4, 8, 275.8, 180, 4.070},
        {17.3, 8, 275.8, 180, 3.730}, {15.2, 8, 275.8, 180, 3.780}, {10.4, 8, 472.0, 205, 5.250},
        {10.4, 8, 460.0, 215, 5.424}, {14.7, 8, 440.0, 230, 5.345}, {32.4, 4, 78.7, 66, 2.200},
        {30.4, 4, 75.7, 52, 1.615},   {33.9, 4, 71.1, 65, 1.835},   {21.5, 4, 120.1, 97, 2.465},
        {15.5, 8, 318.0, 150, 3.520}, {15.2, 8, 304.0, 150, 3.435}, {13.3, 8, 350.0, 245, 3.840},
        {19.2, 8, 400.0, 175, 3.845}, {27.3, 4, 79.0, 66, 1.935},   {26.0, 4, 120.3, 91, 2.140},
        {30.4, 4, 95.1, 113, 1.513},  {15.8, 8, 351.0, 264, 3.170}, {19.7, 6, 145.0, 175, 2.770},
        {15.0, 8, 301.0, 335, 3.570}, {21.4, 4, 121.0, 109, 2.780},
    };
    Eigen::MatrixXd data(32, 5);
    for (int i = 0; i < 32; ++i)
        for (int j = 0; j < 5; ++j)
            data(i, j) = kMtcars[i][j];
    // Pearson correlations.
    const Eigen::MatrixXd centred = data.rowwise() - data.colwise().mean();
    const Eigen::MatrixXd cov = centred.transpose() * centred / 31.0;
    const Eigen::VectorXd sd = cov.diagonal().cwiseSqrt();
    const Eigen::MatrixXd r = cov.cwiseQuotient(sd * sd.transpose());
    const RelativeWeights w = johnsonRelativeWeights(r.block(1, 1, 4, 4), r.block(1, 0, 4, 1));
    EXPECT_NEAR(w.rSquared, 0.8486348, 5e-8);
    const double published[4] = {0.2096904, 0.1883043, 0.1799590, 0.2706812};
    for (int j = 0; j < 4; ++j)
        EXPECT_NEAR(w.weights[j], published[j], 5e-8) << "predictor " << j;
}
