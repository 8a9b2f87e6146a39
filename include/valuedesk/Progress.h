#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string_view>

#include "valuedesk/Error.h"

namespace vd {

// The one way long core work talks to its caller: fraction in [0, 1] and a short status
// text. Returning false asks the work to stop; the work then throws vd::CancelledError after
// rolling back. The GUI turns this into a progress bar with a cancel button, the CLI into
// stderr lines, tests into a counter.
using ProgressCallback = std::function<bool(double fraction, std::string_view status)>;

// Wraps a possibly empty callback, throttles calls (at most every ~50 ms) and converts a
// cancel request into vd::CancelledError so loops stay short.
class ProgressReporter
{
public:
    explicit ProgressReporter(ProgressCallback callback = {}) : m_callback(std::move(callback)) {}

    // Reports done/total; throws CancelledError when the callback asks to stop.
    void update(std::int64_t done, std::int64_t total, std::string_view status = {})
    {
        if (!m_callback)
            return;
        auto now = std::chrono::steady_clock::now();
        if (done != total && now - m_last < std::chrono::milliseconds(50))
            return;
        m_last = now;
        double fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
        if (!m_callback(fraction, status))
            throw CancelledError();
    }

    // Reports without throttling (stage changes).
    void stage(double fraction, std::string_view status)
    {
        if (m_callback && !m_callback(fraction, status))
            throw CancelledError();
    }

    bool active() const { return static_cast<bool>(m_callback); }

private:
    ProgressCallback m_callback;
    std::chrono::steady_clock::time_point m_last{};
};

} // namespace vd
