#include "valuedesk/segment/KMeans.h"

#include "SegmentFixture.h"
#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace vd::segment;
using vd::test::TestRandom;

namespace {

// Well-separated Gaussian blobs (sd 0.5, centres 10 apart) with the planted label of each
// point.
RowMatrix blobs(const std::vector<std::vector<double>>& centres, int perBlob, std::uint64_t seed,
                std::vector<int>& truth)
{
    TestRandom rng(seed);
    const auto d = static_cast<Eigen::Index>(centres[0].size());
    RowMatrix x(static_cast<Eigen::Index>(centres.size()) * perBlob, d);
    truth.clear();
    Eigen::Index row = 0;
    // Interleave the blobs so no blob sits in one chunk.
    for (int i = 0; i < perBlob; ++i)
        for (std::size_t c = 0; c < centres.size(); ++c) {
            for (Eigen::Index j = 0; j < d; ++j)
                x(row, j) = centres[c][static_cast<std::size_t>(j)] + 0.5 * rng.normal();
            truth.push_back(static_cast<int>(c));
            ++row;
        }
    return x;
}

RowMatrix uniformPoints(Eigen::Index n, Eigen::Index d, std::uint64_t seed)
{
    TestRandom rng(seed);
    RowMatrix x(n, d);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < d; ++j)
            x(i, j) = rng.uniform();
    return x;
}

// Silhouette straight from Rousseeuw (1987), written independently of the library.
double bruteSilhouette(const RowMatrix& x, const std::vector<int>& labels)
{
    const auto n = x.rows();
    double total = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
        std::map<int, std::pair<double, int>> perCluster; // sum of distances, count
        for (Eigen::Index j = 0; j < n; ++j) {
            if (j == i)
                continue;
            auto& pc = perCluster[labels[static_cast<std::size_t>(j)]];
            pc.first += (x.row(i) - x.row(j)).norm();
            pc.second += 1;
        }
        const int own = labels[static_cast<std::size_t>(i)];
        if (perCluster[own].second == 0)
            continue; // singleton: s = 0
        const double a = perCluster[own].first / perCluster[own].second;
        double b = 1e300;
        for (const auto& [c, pc] : perCluster)
            if (c != own && pc.second > 0)
                b = std::min(b, pc.first / pc.second);
        total += (b - a) / std::max(a, b);
    }
    return total / static_cast<double>(n);
}

} // namespace

TEST(KMeans, RecoversWellSeparatedBlobsExactly)
{
    std::vector<int> truth;
    RowMatrix x =
        blobs({{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}, {10, 10, 10}}, 300, 11, truth);
    KMeansOptions o;
    o.k = 5;
    o.restarts = 5;
    o.seed = 3;
    KMeansResult r = kmeans(x, o);
    EXPECT_DOUBLE_EQ(adjustedRandIndex(r.labels, truth), 1.0);
    EXPECT_TRUE(r.converged);
    for (auto s : r.sizes)
        EXPECT_EQ(s, 300);
    // Inertia ~ n d sd^2 = 1500 * 3 * 0.25.
    EXPECT_NEAR(r.inertia / (1500 * 3 * 0.25), 1.0, 0.1);
}

TEST(KMeans, PlantedMixtureWithOverlapHasHighAdjustedRand)
{
    // Centres 5 sd apart in 2-D: a few points fall nearer another centre, so the target is
    // the ARI >= 0.95 rather than 1.
    std::vector<int> truth;
    RowMatrix x = blobs({{0, 0}, {2.5, 0}, {0, 2.5}, {2.5, 2.5}}, 500, 5, truth);
    KMeansOptions o;
    o.k = 4;
    o.seed = 9;
    KMeansResult r = kmeans(x, o);
    EXPECT_GE(adjustedRandIndex(r.labels, truth), 0.95);
}

TEST(KMeans, EveryPointSitsAtItsNearestCentroidAndCentroidsAreMeans)
{
    // Hamerly's bounds must give what plain Lloyd gives: check the fixed point directly.
    RowMatrix x = uniformPoints(3000, 4, 21);
    KMeansOptions o;
    o.k = 7;
    o.restarts = 2;
    o.tolerance = 0.0; // run until no point moves
    KMeansResult r = kmeans(x, o);
    ASSERT_TRUE(r.converged);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        double best = 1e300;
        for (int c = 0; c < o.k; ++c)
            best = std::min(best, (x.row(i) - r.centroids.row(c)).squaredNorm());
        const int own = r.labels[static_cast<std::size_t>(i)];
        EXPECT_LE((x.row(i) - r.centroids.row(own)).squaredNorm(), best * (1 + 1e-12) + 1e-300);
    }
    for (int c = 0; c < o.k; ++c) {
        Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(4);
        int count = 0;
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            if (r.labels[static_cast<std::size_t>(i)] == c) {
                sum += x.row(i);
                ++count;
            }
        ASSERT_GT(count, 0);
        EXPECT_LT(((sum / count) - r.centroids.row(c)).norm(), 1e-12);
    }
    EXPECT_NEAR(r.inertia, inertiaOf(x, r.labels, r.centroids), 1e-9 * r.inertia);
}

TEST(KMeans, InertiaNeverRises)
{
    RowMatrix x = uniformPoints(5000, 3, 4);
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        KMeansOptions o;
        o.k = 8;
        o.restarts = 1;
        o.seed = seed;
        o.tolerance = 0.0;
        KMeansResult r = kmeans(x, o);
        ASSERT_GE(r.trace.size(), 2u);
        for (std::size_t i = 1; i < r.trace.size(); ++i)
            EXPECT_LE(r.trace[i], r.trace[i - 1] * (1 + 1e-12)) << "seed " << seed << " step " << i;
        EXPECT_DOUBLE_EQ(r.trace.back(), r.inertia);
    }
}

TEST(KMeans, DeterministicPerSeedAndThreadCount)
{
    RowMatrix x = uniformPoints(20000, 3, 8); // several chunks
    KMeansOptions o;
    o.k = 6;
    o.restarts = 3;
    o.seed = 77;
    o.threads = 1;
    KMeansResult a = kmeans(x, o);
    KMeansResult b = kmeans(x, o);
    o.threads = 2;
    KMeansResult c = kmeans(x, o);
    o.threads = 3;
    KMeansResult d = kmeans(x, o);
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_EQ(a.labels, c.labels);
    EXPECT_EQ(a.labels, d.labels);
    EXPECT_EQ(a.inertia, c.inertia) << "bitwise identical, chunks reduce in order";
    EXPECT_EQ(a.inertia, d.inertia);
    EXPECT_EQ(a.restartInertia, c.restartInertia);
}

TEST(KMeans, OneClusterIsTheMean)
{
    RowMatrix x(4, 2);
    x << 1, 2, 3, 4, 5, 6, 7, 8;
    KMeansOptions o;
    o.k = 1;
    KMeansResult r = kmeans(x, o);
    EXPECT_DOUBLE_EQ(r.centroids(0, 0), 4.0);
    EXPECT_DOUBLE_EQ(r.centroids(0, 1), 5.0);
    // Sum of squares about the mean: 2 * (9 + 1 + 1 + 9) = 40.
    EXPECT_DOUBLE_EQ(r.inertia, 40.0);
    EXPECT_EQ(r.sizes, (std::vector<std::int64_t>{4}));
}

TEST(KMeans, KEqualsNGivesZeroInertia)
{
    RowMatrix x(3, 1);
    x << 0, 5, 9;
    KMeansOptions o;
    o.k = 3;
    KMeansResult r = kmeans(x, o);
    EXPECT_DOUBLE_EQ(r.inertia, 0.0);
    EXPECT_EQ(std::set<int>(r.labels.begin(), r.labels.end()).size(), 3u);
}

TEST(KMeans, RefusesBadInput)
{
    RowMatrix x(3, 1);
    x << 0, 5, 9;
    KMeansOptions o;
    o.k = 4;
    EXPECT_THROW(kmeans(x, o), vd::InputError) << "k > n";
    o.k = 0;
    EXPECT_THROW(kmeans(x, o), vd::InputError);
    o.k = 2;
    o.restarts = 0;
    EXPECT_THROW(kmeans(x, o), vd::InputError);
    o.restarts = 1;
    o.tolerance = -1;
    EXPECT_THROW(kmeans(x, o), vd::InputError);
    o.tolerance = 1e-4;
    x(1, 0) = std::nan("");
    EXPECT_THROW(kmeans(x, o), vd::InputError);
    EXPECT_THROW(kmeans(RowMatrix(0, 2), o), vd::InputError);
}

TEST(KMeans, FewerDistinctPointsThanKIsAnAnalysisError)
{
    RowMatrix x = RowMatrix::Constant(10, 2, 3.0);
    x(9, 0) = 4.0; // two distinct points
    KMeansOptions o;
    o.k = 3;
    try {
        kmeans(x, o);
        FAIL();
    } catch (const vd::AnalysisError& e) {
        EXPECT_NE(std::string(e.what()).find("k <= 2"), std::string::npos) << e.what();
    }
    o.k = 2;
    EXPECT_DOUBLE_EQ(kmeans(x, o).inertia, 0.0);
}

TEST(KMeans, ConstantColumnDoesNotDisturbTheClustering)
{
    std::vector<int> truth;
    RowMatrix x = blobs({{0, 0}, {10, 10}}, 100, 3, truth);
    RowMatrix withConstant(x.rows(), 3);
    withConstant.leftCols(2) = x;
    withConstant.col(2).setZero(); // what a standardised constant feature becomes
    KMeansOptions o;
    o.k = 2;
    EXPECT_DOUBLE_EQ(adjustedRandIndex(kmeans(withConstant, o).labels, truth), 1.0);
}

TEST(Silhouette, HandComputedFourPoints)
{
    // a = 1 for everyone; b = 10.5, 9.5, 9.5, 10.5: s = (19/21 + 17/19) / 2 = 718/798.
    RowMatrix x(4, 1);
    x << 0, 1, 10, 11;
    std::vector<int> labels = {0, 0, 1, 1};
    EXPECT_NEAR(silhouette(x, labels), 718.0 / 798.0, 1e-15);
    auto v = silhouetteValues(x, labels);
    EXPECT_NEAR(v[0], 19.0 / 21.0, 1e-15);
    EXPECT_NEAR(v[1], 17.0 / 19.0, 1e-15);
}

TEST(Silhouette, EqualsBruteForceAndSingletonIsZero)
{
    RowMatrix x = uniformPoints(60, 3, 5);
    std::vector<int> labels(60);
    for (int i = 0; i < 60; ++i)
        labels[static_cast<std::size_t>(i)] = (i * 7) % 4;
    labels[59] = 9; // a singleton cluster
    EXPECT_NEAR(silhouette(x, labels), bruteSilhouette(x, labels), 1e-12);
    EXPECT_EQ(silhouetteValues(x, labels)[59], 0.0);
}

TEST(Silhouette, SampledIsDeterministicAndClose)
{
    std::vector<int> truth;
    RowMatrix x = blobs({{0, 0}, {4, 0}, {0, 4}}, 1000, 2, truth);
    SilhouetteOptions o;
    o.sampleSize = 500;
    o.seed = 4;
    const double a = silhouette(x, truth, o);
    EXPECT_EQ(a, silhouette(x, truth, o));
    o.sampleSize = 4000; // all 3000 points: exact
    const double exact = silhouette(x, truth, o);
    EXPECT_NEAR(a, exact, 0.03);
    EXPECT_GT(exact, 0.6);
}

TEST(Silhouette, NeedsTwoToNMinusOneClusters)
{
    RowMatrix x(3, 1);
    x << 0, 1, 2;
    EXPECT_THROW(silhouette(x, std::vector<int>{0, 0, 0}), vd::AnalysisError);
    EXPECT_THROW(silhouette(x, std::vector<int>{0, 1, 2}), vd::AnalysisError);
}

TEST(Elbow, InertiaFallsAndSilhouettePeaksAtThePlantedK)
{
    std::vector<int> truth;
    RowMatrix x = blobs({{0, 0}, {10, 0}, {0, 10}, {10, 10}}, 150, 6, truth);
    KMeansOptions o;
    o.restarts = 4;
    auto e = elbow(x, 1, 7, o);
    ASSERT_EQ(e.size(), 7u);
    EXPECT_FALSE(e[0].silhouette.has_value());
    for (std::size_t i = 1; i < e.size(); ++i)
        EXPECT_LT(e[i].inertia, e[i - 1].inertia);
    int bestK = 0;
    double best = -2;
    for (const auto& p : e)
        if (p.silhouette && *p.silhouette > best) {
            best = *p.silhouette;
            bestK = p.k;
        }
    EXPECT_EQ(bestK, 4);
    EXPECT_THROW(elbow(x, 2, 1, o), vd::InputError);
}

TEST(AdjustedRand, PublishedExamples)
{
    // Hand-computed from Hubert & Arabie's formula (also scikit-learn's documented values).
    EXPECT_NEAR(adjustedRandIndex(std::vector<int>{0, 0, 1, 1}, std::vector<int>{0, 0, 1, 2}),
                4.0 / 7.0, 1e-15);
    EXPECT_NEAR(
        adjustedRandIndex(std::vector<int>{0, 0, 0, 1, 1, 1}, std::vector<int>{0, 0, 1, 1, 2, 2}),
        0.8 / 3.3, 1e-15);
    EXPECT_DOUBLE_EQ(adjustedRandIndex(std::vector<int>{0, 0, 1, 1}, std::vector<int>{5, 5, 2, 2}),
                     1.0);
    EXPECT_THROW(adjustedRandIndex(std::vector<int>{0}, std::vector<int>{0, 1}), vd::InputError);
}

TEST(Pca, PointsOnALine)
{
    RowMatrix x(4, 2);
    x << -1, -2, 1, 2, -2, -4, 2, 4;
    PcaResult p = principalComponents(x, 2);
    EXPECT_NEAR(p.components(0, 0), 1 / std::sqrt(5.0), 1e-12);
    EXPECT_NEAR(p.components(1, 0), 2 / std::sqrt(5.0), 1e-12);
    EXPECT_NEAR(p.variance(0), 50.0 / 3.0, 1e-12);
    EXPECT_NEAR(p.variance(1), 0.0, 1e-12);
    EXPECT_NEAR(p.varianceRatio(0), 1.0, 1e-12);
    EXPECT_NEAR(p.scores(3, 0), 2 * std::sqrt(5.0), 1e-12);
    EXPECT_NEAR(p.scores(0, 0), -std::sqrt(5.0), 1e-12);
    EXPECT_THROW(principalComponents(RowMatrix(1, 2), 2), vd::InputError);
}
