#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vd::segment::detail {

// Number of worker threads to use: the caller's wish, or the hardware's, at least one.
inline int threadCount(int requested)
{
    if (requested > 0)
        return requested;
    unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : static_cast<int>(std::min(hw, 64u));
}

// Runs fn(chunk) for chunk = 0..chunks-1 on up to `threads` threads (the caller's thread is
// one of them). Results must not depend on which thread runs a chunk: callers write into
// per-chunk slots and reduce them in chunk order afterwards, so the answer is the same for
// any thread count. The first exception thrown by fn is rethrown here.
inline void parallelChunks(std::int64_t chunks, int threads,
                           const std::function<void(std::int64_t)>& fn)
{
    threads = static_cast<int>(std::min<std::int64_t>(threads, chunks));
    if (threads <= 1) {
        for (std::int64_t c = 0; c < chunks; ++c)
            fn(c);
        return;
    }
    std::atomic<std::int64_t> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto worker = [&]() {
        for (;;) {
            std::int64_t c = next.fetch_add(1);
            if (c >= chunks)
                return;
            try {
                fn(c);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                next.store(chunks);
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& th : pool)
        th.join();
    if (error)
        std::rethrow_exception(error);
}

} // namespace vd::segment::detail
