#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace vd::storage {

// Starts the write-back of a file's dirty pages from a helper thread while a long write
// transaction goes on. A bulk import through the rollback journal writes about a gigabyte of
// pages into the operating system's cache and then waits for all of it in the commit's
// fsync; pushing them out while the indexes are sorted leaves the commit little to wait for.
// It changes nothing SQLite relies on: the pages are already in the file, the journal that can
// undo them was synced before they were written, and the commit's own fsync still runs.
class WriteBehind
{
public:
    explicit WriteBehind(const std::string& path,
                         std::chrono::milliseconds period = std::chrono::milliseconds(250));
    ~WriteBehind();
    WriteBehind(const WriteBehind&) = delete;
    WriteBehind& operator=(const WriteBehind&) = delete;

    // Whether the helper is running (false when the file could not be opened).
    bool active() const { return m_fd >= 0; }
    // How many write-back passes the helper has started, for tests.
    int passes() const;

private:
    void run();

    int m_fd = -1;
    std::chrono::milliseconds m_period;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_passes = 0;
    std::thread m_thread;
};

} // namespace vd::storage
