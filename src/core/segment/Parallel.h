#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <thread>

namespace vd::segment::detail {

// Number of threads to use: the caller's wish, or the hardware's, at least one.
inline int threadCount(int requested)
{
    if (requested > 0)
        return std::min(requested, 64);
    unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : static_cast<int>(std::min(hw, 64u));
}

// Below this much work (the caller's unit: point-centroid-feature products for k-means) a
// parallel step costs more in waking and waiting for a worker than it saves; measured with
// tests/bench/SegmentBench.cpp (BM_KMeansThreads, docs/benchmarks.md, "Segmentation").
constexpr std::int64_t kParallelWork = std::int64_t{1} << 21;

// `threads`, or 1 when `work` is below kParallelWork.
inline int threadsFor(std::int64_t work, int threads)
{
    return work < kParallelWork ? 1 : threads;
}

// Runs fn(chunk) for chunk = 0..chunks-1 on up to `threads` threads: the caller's thread and
// up to threads - 1 workers of one process-wide pool that is started on first use and reused
// by every later call (no thread is created per call). Chunks are handed out in order from an
// atomic counter; the caller keeps taking chunks until none is left and then waits only for
// chunks a worker has already started, so a call never waits for a busy or sleeping worker
// and calls may nest (a chunk may itself call parallelChunks) or come from several threads.
//
// Results must not depend on which thread runs a chunk: callers write into per-chunk slots and
// reduce them in chunk order afterwards, so the answer is the same for any thread count. The
// first exception thrown by fn stops the handing out of chunks and is rethrown here.
void parallelChunks(std::int64_t chunks, int threads, const std::function<void(std::int64_t)>& fn);

// Threads the pool has started so far (for tests: repeated calls must not add threads).
int poolThreads();

} // namespace vd::segment::detail
