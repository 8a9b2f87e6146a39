#include "valuedesk/segment/Features.h"

#include "SegmentFixture.h"
#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace vd::segment;

TEST(Features, CatalogueAndParsing)
{
    EXPECT_NE(findFeature("log_monetary"), nullptr);
    EXPECT_EQ(findFeature("shoe_size"), nullptr);
    EXPECT_EQ(parseFeatureList(" log_recency, frequency ,clv"),
              (std::vector<std::string>{"log_recency", "frequency", "clv"}));
    EXPECT_THROW(parseFeatureList("recency_days,shoe_size"), vd::InputError);
    EXPECT_THROW(parseFeatureList("age,age"), vd::InputError);
    EXPECT_THROW(parseFeatureList(" , "), vd::InputError);
}

TEST(Features, StandardisesWithThePopulationSd)
{
    // Column 1, 2, 3: mean 2, population sd sqrt(2/3); z = -1.2247..., 0, 1.2247...
    auto fm = buildFeatureMatrix({1, 2, 3}, {"frequency"}, {{1, 2, 3}}, MissingPolicy::Drop);
    const double z = 1.0 / std::sqrt(2.0 / 3.0);
    EXPECT_NEAR(fm.standardised(0, 0), -z, 1e-15);
    EXPECT_NEAR(fm.standardised(1, 0), 0.0, 1e-15);
    EXPECT_NEAR(fm.standardised(2, 0), z, 1e-15);
    EXPECT_DOUBLE_EQ(fm.mean(0), 2.0);
    EXPECT_NEAR(fm.sd(0), std::sqrt(2.0 / 3.0), 1e-15);
}

TEST(Features, LogTransformsKeepOriginalUnits)
{
    auto fm = buildFeatureMatrix({1, 2}, {"log_monetary", "log_recency"}, {{-9, 99}, {0, 9}},
                                 MissingPolicy::Drop);
    EXPECT_DOUBLE_EQ(fm.original(0, 0), -9);
    EXPECT_NEAR(fm.transformed(0, 0), -std::log(10.0), 1e-15) << "signed log";
    EXPECT_NEAR(fm.transformed(1, 0), std::log(100.0), 1e-15);
    EXPECT_NEAR(fm.transformed(1, 1), std::log(10.0), 1e-15);
}

TEST(Features, ConstantColumnBecomesZero)
{
    auto fm = buildFeatureMatrix({1, 2, 3}, {"frequency", "age"}, {{1, 2, 3}, {40, 40, 40}},
                                 MissingPolicy::Drop);
    EXPECT_FALSE(fm.constant[0]);
    EXPECT_TRUE(fm.constant[1]);
    EXPECT_EQ(fm.sd(1), 0.0);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(fm.standardised(i, 1), 0.0);
    EXPECT_TRUE(fm.standardised.allFinite());
}

TEST(Features, MissingValuesDropOrMean)
{
    const double nan = std::nan("");
    std::vector<std::vector<double>> cols = {{1, nan, 3, 5}, {10, 20, nan, 40}};
    auto drop = buildFeatureMatrix({1, 2, 3, 4}, {"frequency", "age"}, cols, MissingPolicy::Drop);
    EXPECT_EQ(drop.customerIds, (std::vector<std::int64_t>{1, 4}));
    EXPECT_EQ(drop.dropped, 2);
    EXPECT_EQ(drop.missing, (std::vector<std::int64_t>{1, 1}));

    auto mean = buildFeatureMatrix({1, 2, 3, 4}, {"frequency", "age"}, cols, MissingPolicy::Mean);
    EXPECT_EQ(mean.customerIds.size(), 4u);
    EXPECT_EQ(mean.dropped, 0);
    EXPECT_DOUBLE_EQ(mean.transformed(1, 0), 3.0) << "mean of 1, 3, 5";
    EXPECT_DOUBLE_EQ(mean.transformed(2, 1), 70.0 / 3.0) << "mean of 10, 20, 40";
    EXPECT_TRUE(std::isnan(mean.original(1, 0))) << "the original keeps the gap";
    EXPECT_TRUE(mean.standardised.allFinite());

    EXPECT_THROW(buildFeatureMatrix({1}, {"age"}, {{nan}}, MissingPolicy::Drop), vd::AnalysisError);
    EXPECT_THROW(buildFeatureMatrix({1}, {"age"}, {{nan}}, MissingPolicy::Mean), vd::AnalysisError);
    EXPECT_THROW(buildFeatureMatrix({1}, {"age"}, {{INFINITY}}, MissingPolicy::Mean),
                 vd::InputError);
}

TEST(Features, ProfilesInOriginalUnits)
{
    auto fm =
        buildFeatureMatrix({1, 2, 3, 4}, {"monetary"}, {{10, 20, 3000, 3010}}, MissingPolicy::Drop);
    KMeansOptions o;
    o.k = 2;
    auto r = kmeans(fm.standardised, o);
    auto p = clusterProfiles(fm, r);
    ASSERT_EQ(p.size(), 2u);
    const auto& big = p[static_cast<std::size_t>(r.labels[3])];
    const auto& small = p[static_cast<std::size_t>(r.labels[0])];
    EXPECT_DOUBLE_EQ(*small.meanOriginal[0], 15.0);
    EXPECT_EQ(small.size, 2);
    EXPECT_DOUBLE_EQ(small.share, 0.5);
    EXPECT_DOUBLE_EQ(*big.meanOriginal[0], 3005.0);
}

class FeaturesDb : public vd::test::SegmentFixture
{
};

TEST_F(FeaturesDb, LoadsEveryKindOfFeature)
{
    auto a = customer("A", [](vd::Customer& c) { c.birthYear = 1990; });
    auto b = customer("B", [](vd::Customer& c) {
        c.birthYear = 1980;
        c.createdAt = ts("2023-12-01");
    });
    auto c = customer("C"); // no purchase, no answer, no prediction, no birth year
    order(a, "2024-01-01", 100);
    order(a, "2024-01-11", 50);
    order(b, "2024-01-21", 30);
    answer(a, "2024-01-02", 7);
    answer(a, "2024-01-03", 9);
    answer(b, "2024-01-04", 2);
    auto run = clvRun();
    prediction(run, a, 250.0, 0.9);
    prediction(run, b, 40.0, 0.3);

    FeatureOptions o;
    o.features = {"recency_days", "frequency", "monetary", "avg_order_value", "age",
                  "nps_latest",   "nps_mean",  "clv",      "p_alive",         "tenure_days"};
    o.referenceDay = day("2024-01-31");
    o.missing = MissingPolicy::Mean;
    auto fm = loadFeatures(db(), o);
    ASSERT_EQ(fm.customerIds, (std::vector<std::int64_t>{a, b, c}));
    EXPECT_EQ(fm.referenceDay, day("2024-01-31"));
    auto col = [&](const char* n) {
        auto it = std::find(fm.names.begin(), fm.names.end(), n);
        return static_cast<Eigen::Index>(it - fm.names.begin());
    };
    EXPECT_EQ(fm.original(0, col("recency_days")), 20);
    EXPECT_EQ(fm.original(1, col("recency_days")), 10);
    EXPECT_TRUE(std::isnan(fm.original(2, col("recency_days"))));
    EXPECT_EQ(fm.original(0, col("frequency")), 2);
    EXPECT_EQ(fm.original(2, col("frequency")), 0) << "no purchase is zero, not missing";
    EXPECT_EQ(fm.original(0, col("monetary")), 150);
    EXPECT_EQ(fm.original(0, col("avg_order_value")), 75);
    EXPECT_EQ(fm.original(0, col("age")), 34);
    EXPECT_EQ(fm.original(1, col("age")), 44);
    EXPECT_EQ(fm.original(0, col("nps_latest")), 9);
    EXPECT_EQ(fm.original(0, col("nps_mean")), 8);
    EXPECT_EQ(fm.original(1, col("clv")), 40);
    EXPECT_EQ(fm.original(1, col("p_alive")), 0.3);
    EXPECT_EQ(fm.original(1, col("tenure_days")), 61);
    EXPECT_EQ(fm.missing[static_cast<std::size_t>(col("clv"))], 1);

    o.missing = MissingPolicy::Drop;
    auto dropped = loadFeatures(db(), o);
    EXPECT_EQ(dropped.customerIds, (std::vector<std::int64_t>{a, b}));
    EXPECT_EQ(dropped.dropped, 1);
}

TEST_F(FeaturesDb, FeaturesWithoutAnyDataAreRefused)
{
    auto a = customer("A");
    order(a, "2024-01-01", 10);
    FeatureOptions o;
    o.features = {"clv"};
    EXPECT_THROW(loadFeatures(db(), o), vd::AnalysisError);
    o.features = {"nps_mean"};
    EXPECT_THROW(loadFeatures(db(), o), vd::AnalysisError);
    o.features = {"margin"};
    EXPECT_THROW(loadFeatures(db(), o), vd::AnalysisError);
    o.features = {"log_frequency"};
    EXPECT_EQ(loadFeatures(db(), o).customerIds.size(), 1u);
}
