#pragma once

#include "valuedesk/Progress.h"

#include <Eigen/Dense>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace vd::segment {

// Points as rows: one customer per row, contiguous in memory, which is what the distance
// loops want.
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct KMeansOptions
{
    int k = 5;
    int restarts = 10;       // independent k-means++ seedings; the lowest inertia wins
    int maxIterations = 300; // per restart
    // Convergence when the centroids move less than tolerance * (mean variance of the
    // columns) in total squared distance (the scikit-learn convention), or when no point
    // changes cluster.
    double tolerance = 1e-4;
    std::uint64_t seed = 1;
    int threads = 0; // 0 = all cores; the result does not depend on it
};

struct KMeansResult
{
    int k = 0;
    RowMatrix centroids;             // k x d, in the units of the points
    std::vector<int> labels;         // 0..k-1 per point
    std::vector<std::int64_t> sizes; // points per cluster
    double inertia = 0.0;            // sum of squared distances to the own centroid
    int iterations = 0;              // of the best restart
    bool converged = false;          // of the best restart
    int bestRestart = 0;
    std::vector<double> restartInertia; // final inertia of each restart
    // Inertia after each assignment step of the best restart; never increases.
    std::vector<double> trace;
};

// Lloyd's k-means with k-means++ seeding (Arthur & Vassilvitskii 2007) and Hamerly's bounds
// (Hamerly 2010, "Making k-means even faster"), which skip distance computations that cannot
// change a point's cluster and give the same assignments as plain Lloyd. Deterministic for a
// seed: own random generator, work split in fixed chunks reduced in chunk order, so the answer
// is the same on any number of threads. An emptied cluster is moved to the point farthest from
// its centroid.
// Throws vd::InputError for k < 1, k > n, restarts or iterations < 1, a negative tolerance or
// non-finite points; vd::AnalysisError when there are fewer distinct points than k.
KMeansResult kmeans(const RowMatrix& points, const KMeansOptions& options,
                    const ProgressCallback& progress = {});

// Sum of squared distances of each point to the centroid of its label.
double inertiaOf(const RowMatrix& points, std::span<const int> labels, const RowMatrix& centroids);

// Mean silhouette width (Rousseeuw 1987): s(i) = (b - a) / max(a, b) with a the mean
// distance to the other members of i's cluster and b the smallest mean distance to another
// cluster; s = 0 for a point alone in its cluster. For more than sampleSize points it is
// computed on a deterministic random sample of sampleSize points (distances within the
// sample), as scikit-learn's silhouette_score(sample_size=...) does.
struct SilhouetteOptions
{
    std::int64_t sampleSize = 4000;
    std::uint64_t seed = 1;
    int threads = 0;
};
// Throws vd::AnalysisError unless the points used carry 2..m-1 distinct labels.
double silhouette(const RowMatrix& points, std::span<const int> labels,
                  const SilhouetteOptions& options = {});
// s(i) of every point, exact (O(n^2)); for small sets and tests.
std::vector<double> silhouetteValues(const RowMatrix& points, std::span<const int> labels,
                                     int threads = 0);

// One row of the elbow chart.
struct ElbowPoint
{
    int k = 0;
    double inertia = 0.0;
    std::optional<double> silhouette; // for 2 <= k < n
    bool converged = false;
};

// k-means for k = kMin..kMax with the same options otherwise; inertia per k (the elbow,
// Thorndike 1953) and the silhouette (sampled as above) to help choose k.
std::vector<ElbowPoint> elbow(const RowMatrix& points, int kMin, int kMax,
                              const KMeansOptions& options,
                              const SilhouetteOptions& silhouetteOptions = {},
                              const ProgressCallback& progress = {});

// Adjusted Rand index (Hubert & Arabie 1985) between two labelings of the same points:
// 1 for identical partitions (up to renaming), about 0 for independent ones.
double adjustedRandIndex(std::span<const int> a, std::span<const int> b);

// Principal components of the rows (centred, covariance with n-1), for the cluster scatter.
struct PcaResult
{
    RowMatrix scores;              // n x c projections
    Eigen::MatrixXd components;    // d x c unit loading vectors (largest loading positive)
    Eigen::VectorXd variance;      // c eigenvalues, largest first
    Eigen::VectorXd varianceRatio; // share of the total variance
};
// Throws vd::InputError for fewer than 2 points or c < 1.
PcaResult principalComponents(const RowMatrix& points, int components = 2);

} // namespace vd::segment
