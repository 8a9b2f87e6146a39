#include "storage/WriteBehind.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace vd::storage {

WriteBehind::WriteBehind(const std::string& path, std::chrono::milliseconds period)
    : m_period(period)
{
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        spdlog::debug("write-behind off: cannot open {}", path);
        return;
    }
    m_thread = std::thread([this] { run(); });
}

WriteBehind::~WriteBehind()
{
    if (m_fd < 0)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    ::close(m_fd);
}

int WriteBehind::passes() const
{
    std::lock_guard lock(m_mutex);
    return m_passes;
}

void WriteBehind::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_period, [this] { return m_stop; })) {
        lock.unlock();
#ifdef __linux__
        // Starts the write-back of every dirty page of the file without waiting for it and
        // without the journal commit and cache flush of an fdatasync.
        const int rc = ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
        const int rc = ::fdatasync(m_fd);
#endif
        lock.lock();
        if (rc != 0) {
            spdlog::debug("write-behind stopped: errno {}", errno);
            return;
        }
        ++m_passes;
    }
}

} // namespace vd::storage
