#include "valuedesk/segment/KMeans.h"

#include "Parallel.h"
#include "SegmentRandom.h"
#include "valuedesk/Error.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <thread>

namespace vd::segment {

namespace {

constexpr std::int64_t kChunk = 8192;
constexpr double kInf = std::numeric_limits<double>::infinity();

inline double sqDist(const double* x, const double* c, Eigen::Index d)
{
    double s = 0.0;
    for (Eigen::Index j = 0; j < d; ++j) {
        const double t = x[j] - c[j];
        s += t * t;
    }
    return s;
}

// Elements of 8 bytes per chunk slot: the used part rounded up to a whole cache line plus
// one line of gap, whatever the alignment of the buffer.
std::size_t paddedStride(std::size_t used)
{
    constexpr std::size_t kLine = 64 / sizeof(double);
    return (used + kLine - 1) / kLine * kLine + kLine;
}

std::int64_t chunkCount(std::int64_t n)
{
    return (n + kChunk - 1) / kChunk;
}

void checkPoints(const RowMatrix& points)
{
    if (points.rows() == 0)
        throw InputError("k-means needs at least one customer");
    if (points.cols() == 0)
        throw InputError("k-means needs at least one feature");
    if (!points.allFinite())
        throw InputError("k-means cannot use missing or infinite feature values");
}

// One k-means run from one seeding. Keeps Hamerly's bounds per point. Every pass over the
// points is split into fixed chunks of kChunk points whose partial results are reduced in
// chunk order, so the answer does not depend on `threads`.
class Run
{
public:
    Run(const RowMatrix& x, int k, int threads)
        : m_x(x), m_n(x.rows()), m_d(x.cols()), m_k(k),
          m_threads(detail::threadsFor(x.rows() * x.cols() * k, threads)),
          m_labels(static_cast<std::size_t>(m_n), 0), m_upper(static_cast<std::size_t>(m_n)),
          m_lower(static_cast<std::size_t>(m_n)), m_chunks(chunkCount(m_n)),
          m_sumStride(paddedStride(static_cast<std::size_t>(k * x.cols()))),
          m_countStride(paddedStride(static_cast<std::size_t>(k))),
          m_chunkSums(static_cast<std::size_t>(m_chunks) * m_sumStride, 0.0),
          m_chunkCounts(static_cast<std::size_t>(m_chunks) * m_countStride, 0),
          m_chunkInertia(static_cast<std::size_t>(m_chunks), 0.0),
          m_chunkChanged(static_cast<std::size_t>(m_chunks), 0)
    {
    }

    // k-means++: first centre uniformly at random, each next one with probability
    // proportional to the squared distance to the nearest centre chosen so far.
    void seed(detail::Rng& rng)
    {
        m_c.resize(m_k, m_d);
        std::vector<double> d2(static_cast<std::size_t>(m_n), kInf);
        auto first = static_cast<Eigen::Index>(rng.below(static_cast<std::uint64_t>(m_n)));
        m_c.row(0) = m_x.row(first);
        std::vector<double> partial(static_cast<std::size_t>(m_chunks), 0.0);
        for (int c = 1; c < m_k; ++c) {
            const double* centre = m_c.row(c - 1).data();
            detail::parallelChunks(m_chunks, m_threads, [&](std::int64_t ch) {
                const std::int64_t lo = ch * kChunk, hi = std::min(m_n, lo + kChunk);
                double s = 0.0;
                for (std::int64_t i = lo; i < hi; ++i) {
                    double v = sqDist(m_x.row(i).data(), centre, m_d);
                    auto& slot = d2[static_cast<std::size_t>(i)];
                    if (v < slot)
                        slot = v;
                    s += slot;
                }
                partial[static_cast<std::size_t>(ch)] = s;
            });
            double total = 0.0;
            for (double s : partial)
                total += s;
            if (!(total > 0.0))
                throw AnalysisError(
                    "only " + std::to_string(c) +
                    " distinct customers in the chosen features: choose k <= " + std::to_string(c));
            const double target = rng.uniform() * total;
            // Find the chunk, then the point, where the running sum passes the target.
            std::int64_t ch = 0;
            double acc = 0.0;
            while (ch + 1 < m_chunks && acc + partial[static_cast<std::size_t>(ch)] <= target)
                acc += partial[static_cast<std::size_t>(ch++)];
            std::int64_t chosen = -1;
            const std::int64_t lo = ch * kChunk, hi = std::min(m_n, lo + kChunk);
            for (std::int64_t i = lo; i < hi; ++i) {
                const double v = d2[static_cast<std::size_t>(i)];
                if (v <= 0.0)
                    continue;
                chosen = i;
                acc += v;
                if (acc > target)
                    break;
            }
            if (chosen < 0) // rounding left the target past this chunk: take the farthest
                chosen =
                    static_cast<std::int64_t>(std::max_element(d2.begin(), d2.end()) - d2.begin());
            m_c.row(c) = m_x.row(static_cast<Eigen::Index>(chosen));
        }
    }

    // Exact assignment of every point (initialises the bounds), then the cluster sums and the
    // inertia of these labels, in the same pass. Returns the inertia.
    double assignAll()
    {
        detail::parallelChunks(m_chunks, m_threads, [&](std::int64_t ch) {
            ChunkSums out = chunkSums(ch);
            const std::int64_t lo = ch * kChunk, hi = std::min(m_n, lo + kChunk);
            for (std::int64_t i = lo; i < hi; ++i) {
                const double best = fullScan(i);
                out.add(m_x.row(i).data(), m_labels[static_cast<std::size_t>(i)], best);
            }
            out.done();
        });
        return reduce();
    }

    // One Lloyd step after update(): shifts the bounds by how far the centroids moved,
    // reassigns with Hamerly's test (a point whose upper bound stays below both its lower
    // bound and half the distance from its centroid to the nearest other one keeps its
    // cluster without computing any other distance), and accumulates the sums and the
    // inertia of the new labels against the current centroids, all in one pass. Returns the
    // inertia; changed() tells how many points moved.
    double assign()
    {
        computeSeparation();
        const int maxIdx = m_maxMoved;
        const double maxMove = m_moved[static_cast<std::size_t>(maxIdx)];
        const double second = m_secondMoved;
        detail::parallelChunks(m_chunks, m_threads, [&](std::int64_t ch) {
            ChunkSums out = chunkSums(ch);
            const std::int64_t lo = ch * kChunk, hi = std::min(m_n, lo + kChunk);
            std::int64_t moved = 0;
            for (std::int64_t i = lo; i < hi; ++i) {
                const auto ui = static_cast<std::size_t>(i);
                const double* x = m_x.row(i).data();
                const int a = m_labels[ui];
                // Bounds: u grows by the own centroid's move, l shrinks by the largest other
                // move.
                m_upper[ui] += m_moved[static_cast<std::size_t>(a)];
                m_lower[ui] -= a == maxIdx ? second : maxMove;
                const double bound = std::max(m_s[static_cast<std::size_t>(a)], m_lower[ui]);
                if (m_upper[ui] <= bound) {
                    out.add(x, a, sqDist(x, m_c.row(a).data(), m_d));
                    continue;
                }
                const double own = sqDist(x, m_c.row(a).data(), m_d);
                m_upper[ui] = std::sqrt(own);
                if (m_upper[ui] <= bound) {
                    out.add(x, a, own);
                    continue;
                }
                const double best = fullScan(i);
                const int b = m_labels[ui];
                if (b != a)
                    ++moved;
                out.add(x, b, best);
            }
            out.done();
            m_chunkChanged[static_cast<std::size_t>(ch)] = moved;
        });
        m_changed = std::accumulate(m_chunkChanged.begin(), m_chunkChanged.end(), std::int64_t{0});
        return reduce();
    }

    // Points that changed cluster in the last assign().
    std::int64_t changed() const { return m_changed; }

    // Moves the centroids to the means of the sums of the last pass; returns the total
    // squared shift. An emptied cluster takes the point farthest from its centroid.
    double update()
    {
        RowMatrix next(m_k, m_d);
        std::vector<int> empty;
        for (int c = 0; c < m_k; ++c) {
            const auto cnt = m_counts[static_cast<std::size_t>(c)];
            if (cnt > 0)
                next.row(c) = m_sums.row(c) / static_cast<double>(cnt);
            else
                empty.push_back(c);
        }
        if (!empty.empty())
            relocate(next, empty);
        m_moved.assign(static_cast<std::size_t>(m_k), 0.0);
        double shift = 0.0;
        for (int c = 0; c < m_k; ++c) {
            const double d2 = (next.row(c) - m_c.row(c)).squaredNorm();
            shift += d2;
            m_moved[static_cast<std::size_t>(c)] = std::sqrt(d2);
        }
        m_c = std::move(next);
        m_maxMoved = 0;
        for (int c = 1; c < m_k; ++c)
            if (m_moved[static_cast<std::size_t>(c)] >
                m_moved[static_cast<std::size_t>(m_maxMoved)])
                m_maxMoved = c;
        m_secondMoved = 0.0;
        for (int c = 0; c < m_k; ++c)
            if (c != m_maxMoved)
                m_secondMoved = std::max(m_secondMoved, m_moved[static_cast<std::size_t>(c)]);
        return shift;
    }

    const RowMatrix& centroids() const { return m_c; }
    std::vector<int>& labels() { return m_labels; }
    const std::vector<std::int64_t>& counts() const { return m_counts; }

private:
    // A chunk's slots for the cluster sums, counts and inertia. The inertia is summed in a
    // local and stored once by done(): the per-chunk inertia slots are adjacent doubles, and
    // adding to them point by point from two threads working on neighbouring chunks made the
    // cache line bounce between cores (two threads ran slower than one).
    struct ChunkSums
    {
        double* sums;
        std::int64_t* counts;
        double* inertia;
        Eigen::Index d;
        double total = 0.0;
        void add(const double* x, int label, double sqDistance)
        {
            double* s = sums + static_cast<std::ptrdiff_t>(label) * d;
            for (Eigen::Index j = 0; j < d; ++j)
                s[j] += x[j];
            ++counts[label];
            total += sqDistance;
        }
        void done() { *inertia = total; }
    };

    ChunkSums chunkSums(std::int64_t ch)
    {
        const auto kd = static_cast<std::size_t>(m_k * m_d);
        double* s = m_chunkSums.data() + static_cast<std::size_t>(ch) * m_sumStride;
        std::int64_t* cnt = m_chunkCounts.data() + static_cast<std::size_t>(ch) * m_countStride;
        std::fill(s, s + kd, 0.0);
        std::fill(cnt, cnt + m_k, std::int64_t{0});
        m_chunkInertia[static_cast<std::size_t>(ch)] = 0.0;
        return {s, cnt, &m_chunkInertia[static_cast<std::size_t>(ch)], m_d};
    }

    // Cluster sums and counts, and the inertia, reduced in chunk order.
    double reduce()
    {
        m_sums = RowMatrix::Zero(m_k, m_d);
        m_counts.assign(static_cast<std::size_t>(m_k), 0);
        double total = 0.0;
        for (std::int64_t ch = 0; ch < m_chunks; ++ch) {
            const double* s = m_chunkSums.data() + static_cast<std::size_t>(ch) * m_sumStride;
            for (int c = 0; c < m_k; ++c) {
                for (Eigen::Index j = 0; j < m_d; ++j)
                    m_sums(c, j) += s[static_cast<std::ptrdiff_t>(c) * m_d + j];
                m_counts[static_cast<std::size_t>(c)] +=
                    m_chunkCounts[static_cast<std::size_t>(ch) * m_countStride +
                                  static_cast<std::size_t>(c)];
            }
            total += m_chunkInertia[static_cast<std::size_t>(ch)];
        }
        return total;
    }

    // Nearest and second-nearest centroid of point i; sets label and bounds, returns the
    // squared distance to the nearest.
    double fullScan(std::int64_t i)
    {
        const double* x = m_x.row(i).data();
        double best = kInf, second = kInf;
        int bestIdx = 0;
        for (int c = 0; c < m_k; ++c) {
            const double v = sqDist(x, m_c.row(c).data(), m_d);
            if (v < best) {
                second = best;
                best = v;
                bestIdx = c;
            } else if (v < second) {
                second = v;
            }
        }
        const auto ui = static_cast<std::size_t>(i);
        m_labels[ui] = bestIdx;
        m_upper[ui] = std::sqrt(best);
        m_lower[ui] = std::sqrt(second);
        return best;
    }

    // s(c) = half the distance from centroid c to its nearest other centroid.
    void computeSeparation()
    {
        m_s.assign(static_cast<std::size_t>(m_k), kInf);
        for (int a = 0; a < m_k; ++a)
            for (int b = a + 1; b < m_k; ++b) {
                const double half = 0.5 * std::sqrt((m_c.row(a) - m_c.row(b)).squaredNorm());
                m_s[static_cast<std::size_t>(a)] = std::min(m_s[static_cast<std::size_t>(a)], half);
                m_s[static_cast<std::size_t>(b)] = std::min(m_s[static_cast<std::size_t>(b)], half);
            }
    }

    // Empty clusters take the points farthest from their current centroids (ties: lowest
    // index), which lowers the inertia and keeps k clusters.
    void relocate(RowMatrix& next, const std::vector<int>& empty)
    {
        std::vector<std::pair<double, std::int64_t>> far;
        far.reserve(static_cast<std::size_t>(m_n));
        for (std::int64_t i = 0; i < m_n; ++i) {
            const int a = m_labels[static_cast<std::size_t>(i)];
            far.emplace_back(sqDist(m_x.row(i).data(), m_c.row(a).data(), m_d), i);
        }
        const auto take = std::min<std::size_t>(empty.size(), far.size());
        std::partial_sort(far.begin(), far.begin() + static_cast<std::ptrdiff_t>(take), far.end(),
                          [](const auto& a, const auto& b) {
                              return a.first > b.first ||
                                     (a.first == b.first && a.second < b.second);
                          });
        for (std::size_t e = 0; e < take; ++e)
            next.row(empty[e]) = m_x.row(static_cast<Eigen::Index>(far[e].second));
    }

    const RowMatrix& m_x;
    const std::int64_t m_n;
    const Eigen::Index m_d;
    const int m_k;
    const int m_threads;
    RowMatrix m_c;
    RowMatrix m_sums;
    std::vector<std::int64_t> m_counts;
    std::vector<int> m_labels;
    std::vector<double> m_upper, m_lower, m_s;
    const std::int64_t m_chunks;
    // Per-chunk partial results of the last pass, reduced in chunk order.
    // Slots of neighbouring chunks are at least a cache line apart (paddedStride), so that
    // two threads adding points of adjacent chunks never write the same line.
    std::size_t m_sumStride;
    std::size_t m_countStride;
    std::vector<double> m_chunkSums;
    std::vector<std::int64_t> m_chunkCounts;
    std::vector<double> m_chunkInertia;
    std::vector<std::int64_t> m_chunkChanged;
    std::int64_t m_changed = 0;
    // How far each centroid moved in the last update(), the index of the largest move and the
    // largest move of the others.
    std::vector<double> m_moved;
    int m_maxMoved = 0;
    double m_secondMoved = 0.0;
};

// What one restart leaves behind.
struct Outcome
{
    double inertia = 0.0;
    int iterations = 0;
    bool converged = false;
    std::vector<double> trace;
    RowMatrix centroids;
    std::vector<int> labels;
};

// Restart r: k-means++ seeding from stream r of the seed, then Lloyd steps until no point
// moves, the centroids move less than tolAbs in total squared distance, or the iteration
// limit. onIteration(i) is called before each step (progress, cancel).
Outcome runRestart(const RowMatrix& points, const KMeansOptions& options, int r, int threads,
                   double tolAbs, const std::function<void(int)>& onIteration)
{
    detail::Rng rng(options.seed, static_cast<std::uint64_t>(r));
    Run run(points, options.k, threads);
    run.seed(rng);
    Outcome o;
    o.inertia = run.assignAll();
    std::int64_t changed = points.rows();
    for (;;) {
        onIteration(o.iterations);
        o.trace.push_back(o.inertia);
        if (o.iterations > 0 && changed == 0) {
            o.converged = true;
            break;
        }
        if (o.iterations == options.maxIterations)
            break;
        const double shift = run.update();
        o.inertia = run.assign();
        changed = run.changed();
        ++o.iterations;
        if (shift <= tolAbs) {
            o.trace.push_back(o.inertia);
            o.converged = true;
            break;
        }
    }
    o.centroids = run.centroids();
    o.labels = std::move(run.labels());
    return o;
}

} // namespace

double inertiaOf(const RowMatrix& points, std::span<const int> labels, const RowMatrix& centroids)
{
    if (static_cast<std::size_t>(points.rows()) != labels.size())
        throw InputError("inertia: one label per point is needed");
    double s = 0.0;
    for (Eigen::Index i = 0; i < points.rows(); ++i) {
        const int a = labels[static_cast<std::size_t>(i)];
        if (a < 0 || a >= centroids.rows())
            throw InputError("inertia: label out of range");
        s += (points.row(i) - centroids.row(a)).squaredNorm();
    }
    return s;
}

KMeansResult kmeans(const RowMatrix& points, const KMeansOptions& options,
                    const ProgressCallback& progress)
{
    checkPoints(points);
    const std::int64_t n = points.rows();
    if (options.k < 1)
        throw InputError("k must be at least 1");
    if (options.k > n)
        throw InputError("k = " + std::to_string(options.k) + " is more than the " +
                         std::to_string(n) + " customers to cluster");
    if (options.restarts < 1)
        throw InputError("k-means needs at least one restart");
    if (options.maxIterations < 1)
        throw InputError("k-means needs at least one iteration");
    if (!(options.tolerance >= 0.0) || !std::isfinite(options.tolerance))
        throw InputError("the k-means tolerance must be a finite number >= 0");

    const int threads = detail::threadCount(options.threads);
    // Absolute tolerance: tol x mean column variance (scikit-learn's _tolerance).
    double meanVariance = 0.0;
    for (Eigen::Index j = 0; j < points.cols(); ++j) {
        const double mean = points.col(j).mean();
        meanVariance += (points.col(j).array() - mean).square().sum() / static_cast<double>(n);
    }
    meanVariance /= static_cast<double>(points.cols());
    const double tolAbs = options.tolerance * meanVariance;

    ProgressReporter reporter(progress);
    const std::int64_t totalSteps =
        static_cast<std::int64_t>(options.restarts) * (options.maxIterations + 1);
    // Large problems split every pass over the points across the threads and run the
    // restarts one after the other; small ones, whose passes are too short to share, run
    // whole restarts side by side instead. Both give the answer of one thread: a restart's
    // result does not depend on the threads that ran it, and the best restart is chosen in
    // restart order.
    const int runThreads = detail::threadsFor(n * points.cols() * options.k, threads);
    const bool restartsSideBySide = runThreads == 1 && threads > 1 && options.restarts > 1;

    std::vector<std::optional<Outcome>> outcomes(static_cast<std::size_t>(options.restarts));
    if (!restartsSideBySide) {
        int bestSoFar = 0;
        for (int r = 0; r < options.restarts; ++r) {
            const std::int64_t base = static_cast<std::int64_t>(r) * (options.maxIterations + 1);
            auto& slot = outcomes[static_cast<std::size_t>(r)];
            slot = runRestart(points, options, r, runThreads, tolAbs, [&](int iteration) {
                reporter.update(base + iteration, totalSteps, "k-means");
            });
            // Keep the labels of the best restart so far only.
            if (r > 0) {
                auto& best = outcomes[static_cast<std::size_t>(bestSoFar)];
                if (slot->inertia < best->inertia) {
                    best->labels = {};
                    bestSoFar = r;
                } else {
                    slot->labels = {};
                }
            }
        }
    } else {
        // Progress and cancel go through the calling thread's reporter only (it is not
        // thread-safe); a cancel there stops the restarts running elsewhere too.
        const auto caller = std::this_thread::get_id();
        std::atomic<std::int64_t> steps{0};
        std::atomic<bool> cancelled{false};
        std::vector<std::exception_ptr> errors(static_cast<std::size_t>(options.restarts));
        detail::parallelChunks(options.restarts, threads, [&](std::int64_t r) {
            const auto slot = static_cast<std::size_t>(r);
            try {
                outcomes[slot] =
                    runRestart(points, options, static_cast<int>(r), 1, tolAbs, [&](int) {
                        const std::int64_t done = steps.fetch_add(1) + 1;
                        if (cancelled.load(std::memory_order_relaxed))
                            throw CancelledError();
                        if (std::this_thread::get_id() == caller) {
                            try {
                                reporter.update(done, totalSteps, "k-means");
                            } catch (const CancelledError&) {
                                cancelled = true;
                                throw;
                            }
                        }
                    });
            } catch (...) {
                errors[slot] = std::current_exception();
            }
        });
        // The error a sequential run would have stopped at: the first failing restart's.
        for (const auto& e : errors)
            if (e)
                std::rethrow_exception(e);
    }

    KMeansResult best;
    best.inertia = kInf;
    best.k = options.k;
    best.restartInertia.reserve(static_cast<std::size_t>(options.restarts));
    for (int r = 0; r < options.restarts; ++r) {
        Outcome& o = *outcomes[static_cast<std::size_t>(r)];
        best.restartInertia.push_back(o.inertia);
        if (o.inertia < best.inertia) {
            best.inertia = o.inertia;
            best.centroids = std::move(o.centroids);
            best.labels = std::move(o.labels);
            best.iterations = o.iterations;
            best.converged = o.converged;
            best.bestRestart = r;
            best.trace = std::move(o.trace);
        }
    }
    best.sizes.assign(static_cast<std::size_t>(options.k), 0);
    for (int a : best.labels)
        ++best.sizes[static_cast<std::size_t>(a)];
    reporter.update(totalSteps, totalSteps, "k-means");
    return best;
}

std::vector<double> silhouetteValues(const RowMatrix& points, std::span<const int> labels,
                                     int threads)
{
    const std::int64_t n = points.rows();
    if (static_cast<std::size_t>(n) != labels.size())
        throw InputError("silhouette: one label per point is needed");
    std::map<int, int> ids;
    for (int l : labels)
        ids.emplace(l, 0);
    int next = 0;
    for (auto& [l, id] : ids)
        id = next++;
    const int k = next;
    if (k < 2 || k > n - 1)
        throw AnalysisError("the silhouette needs between 2 and n-1 clusters (here " +
                            std::to_string(k) + " clusters of " + std::to_string(n) + " points)");
    std::vector<int> lab(static_cast<std::size_t>(n));
    std::vector<std::int64_t> size(static_cast<std::size_t>(k), 0);
    for (std::int64_t i = 0; i < n; ++i) {
        lab[static_cast<std::size_t>(i)] = ids[labels[static_cast<std::size_t>(i)]];
        ++size[static_cast<std::size_t>(lab[static_cast<std::size_t>(i)])];
    }
    std::vector<double> s(static_cast<std::size_t>(n), 0.0);
    const std::int64_t chunk = 64;
    const Eigen::Index d = points.cols();
    detail::parallelChunks(
        (n + chunk - 1) / chunk, detail::threadsFor(n * n * d, detail::threadCount(threads)),
        [&](std::int64_t ch) {
            std::vector<double> sum(static_cast<std::size_t>(k));
            for (std::int64_t i = ch * chunk; i < std::min(n, (ch + 1) * chunk); ++i) {
                std::fill(sum.begin(), sum.end(), 0.0);
                const double* x = points.row(i).data();
                for (std::int64_t j = 0; j < n; ++j)
                    sum[static_cast<std::size_t>(lab[static_cast<std::size_t>(j)])] +=
                        std::sqrt(sqDist(x, points.row(j).data(), d));
                const int own = lab[static_cast<std::size_t>(i)];
                const auto ownSize = size[static_cast<std::size_t>(own)];
                if (ownSize <= 1)
                    continue; // s = 0 for a singleton (Rousseeuw 1987)
                const double a =
                    sum[static_cast<std::size_t>(own)] / static_cast<double>(ownSize - 1);
                double b = kInf;
                for (int c = 0; c < k; ++c)
                    if (c != own)
                        b = std::min(b, sum[static_cast<std::size_t>(c)] /
                                            static_cast<double>(size[static_cast<std::size_t>(c)]));
                const double m = std::max(a, b);
                s[static_cast<std::size_t>(i)] = m > 0.0 ? (b - a) / m : 0.0;
            }
        });
    return s;
}

double silhouette(const RowMatrix& points, std::span<const int> labels,
                  const SilhouetteOptions& options)
{
    checkPoints(points);
    const std::int64_t n = points.rows();
    if (static_cast<std::size_t>(n) != labels.size())
        throw InputError("silhouette: one label per point is needed");
    if (options.sampleSize < 2)
        throw InputError("the silhouette sample needs at least 2 points");
    std::vector<double> values;
    if (n <= options.sampleSize) {
        values = silhouetteValues(points, labels, options.threads);
    } else {
        // Partial Fisher-Yates: the first m entries of a seeded shuffle, sorted so the sample
        // does not depend on anything but the seed and n.
        const std::int64_t m = options.sampleSize;
        std::vector<std::int64_t> idx(static_cast<std::size_t>(n));
        std::iota(idx.begin(), idx.end(), std::int64_t{0});
        detail::Rng rng(options.seed, 0x5111);
        for (std::int64_t i = 0; i < m; ++i) {
            auto j = i + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(n - i)));
            std::swap(idx[static_cast<std::size_t>(i)], idx[static_cast<std::size_t>(j)]);
        }
        idx.resize(static_cast<std::size_t>(m));
        std::sort(idx.begin(), idx.end());
        RowMatrix sample(m, points.cols());
        std::vector<int> sampleLabels(static_cast<std::size_t>(m));
        for (std::int64_t i = 0; i < m; ++i) {
            sample.row(i) = points.row(idx[static_cast<std::size_t>(i)]);
            sampleLabels[static_cast<std::size_t>(i)] =
                labels[static_cast<std::size_t>(idx[static_cast<std::size_t>(i)])];
        }
        values = silhouetteValues(sample, sampleLabels, options.threads);
    }
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

std::vector<ElbowPoint> elbow(const RowMatrix& points, int kMin, int kMax,
                              const KMeansOptions& options,
                              const SilhouetteOptions& silhouetteOptions,
                              const ProgressCallback& progress)
{
    checkPoints(points);
    if (kMin < 1 || kMax < kMin)
        throw InputError("the elbow needs 1 <= kMin <= kMax");
    if (kMax > points.rows())
        throw InputError("k = " + std::to_string(kMax) + " is more than the " +
                         std::to_string(points.rows()) + " customers to cluster");
    ProgressReporter reporter(progress);
    std::vector<ElbowPoint> out;
    const int steps = kMax - kMin + 1;
    for (int k = kMin; k <= kMax; ++k) {
        const int step = k - kMin;
        KMeansOptions o = options;
        o.k = k;
        ProgressCallback inner;
        if (progress)
            inner = [&](double f, std::string_view status) {
                return progress((step + f) / steps, status);
            };
        reporter.stage(static_cast<double>(step) / steps, "k = " + std::to_string(k));
        KMeansResult r = kmeans(points, o, inner);
        ElbowPoint p;
        p.k = k;
        p.inertia = r.inertia;
        p.converged = r.converged;
        if (k >= 2 && k < points.rows()) {
            try {
                p.silhouette = silhouette(points, r.labels, silhouetteOptions);
            } catch (const AnalysisError&) {
                // the sample held fewer than two clusters: leave the silhouette empty
            }
        }
        out.push_back(p);
    }
    reporter.stage(1.0, "done");
    return out;
}

double adjustedRandIndex(std::span<const int> a, std::span<const int> b)
{
    if (a.size() != b.size())
        throw InputError("the adjusted Rand index needs two labelings of the same points");
    const auto n = static_cast<double>(a.size());
    if (a.size() < 2)
        return 1.0;
    std::map<std::pair<int, int>, double> nij;
    std::map<int, double> ai, bj;
    for (std::size_t i = 0; i < a.size(); ++i) {
        nij[{a[i], b[i]}] += 1.0;
        ai[a[i]] += 1.0;
        bj[b[i]] += 1.0;
    }
    auto c2 = [](double x) { return x * (x - 1.0) / 2.0; };
    double index = 0.0, sa = 0.0, sb = 0.0;
    for (const auto& [key, v] : nij)
        index += c2(v);
    for (const auto& [key, v] : ai)
        sa += c2(v);
    for (const auto& [key, v] : bj)
        sb += c2(v);
    const double expected = sa * sb / c2(n);
    const double maxIndex = 0.5 * (sa + sb);
    if (maxIndex == expected)
        return 1.0; // both all-in-one or both all-singletons: identical partitions
    return (index - expected) / (maxIndex - expected);
}

PcaResult principalComponents(const RowMatrix& points, int components)
{
    if (points.rows() < 2)
        throw InputError("principal components need at least 2 customers");
    if (components < 1)
        throw InputError("ask for at least one principal component");
    if (!points.allFinite())
        throw InputError("principal components cannot use missing or infinite values");
    const Eigen::Index d = points.cols();
    const Eigen::Index c = std::min<Eigen::Index>(components, d);
    const Eigen::RowVectorXd mean = points.colwise().mean();
    const RowMatrix centred = points.rowwise() - mean;
    const Eigen::MatrixXd cov =
        (centred.transpose() * centred) / static_cast<double>(points.rows() - 1);
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
    if (solver.info() != Eigen::Success)
        throw AnalysisError("the eigen-decomposition of the covariance matrix failed");
    // Eigen sorts ascending: take from the end.
    PcaResult r;
    r.components.resize(d, c);
    r.variance.resize(c);
    const double total = std::max(0.0, cov.trace());
    for (Eigen::Index j = 0; j < c; ++j) {
        Eigen::VectorXd v = solver.eigenvectors().col(d - 1 - j);
        Eigen::Index arg = 0;
        v.cwiseAbs().maxCoeff(&arg);
        if (v(arg) < 0)
            v = -v;
        r.components.col(j) = v;
        r.variance(j) = std::max(0.0, solver.eigenvalues()(d - 1 - j));
    }
    r.varianceRatio = total > 0.0 ? Eigen::VectorXd(r.variance / total)
                                  : Eigen::VectorXd(Eigen::VectorXd::Zero(c));
    r.scores = centred * r.components;
    return r;
}

} // namespace vd::segment
