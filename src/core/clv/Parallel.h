#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

// Splitting a loop over customers or groups across the cores; small loops stay on the calling
// thread because starting threads costs more than it saves below ~10^4 items.
namespace vd::clv::detail {

inline unsigned workerCount(std::size_t n, std::size_t minPerThread)
{
    if (n < 2 * minPerThread)
        return 1;
    const unsigned hw = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    return static_cast<unsigned>(std::min<std::size_t>(hw, n / minPerThread));
}

// Runs work(begin, end) on disjoint chunks of [0, n); rethrows the first exception.
template <typename Work> void parallelFor(std::size_t n, std::size_t minPerThread, const Work& work)
{
    const unsigned threads = workerCount(n, minPerThread);
    if (threads <= 1) {
        work(std::size_t{0}, n);
        return;
    }
    const std::size_t chunk = (n + threads - 1) / threads;
    std::vector<std::exception_ptr> errors(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back([&, t] {
            try {
                work(std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    try {
        work(std::size_t{0}, std::min(n, chunk));
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& th : pool)
        th.join();
    for (auto& e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace vd::clv::detail
