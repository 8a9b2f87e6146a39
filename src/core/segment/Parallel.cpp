#include "Parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <vector>

namespace vd::segment::detail {

namespace {

// One parallelChunks call. Lives on the caller's stack; the pool only points to it while it
// is queued, and the caller does not return before every helper has let go of it.
struct Job
{
    const std::function<void(std::int64_t)>* fn = nullptr;
    std::int64_t chunks = 0;
    int maxHelpers = 0;
    std::atomic<std::int64_t> next{0};
    // Guarded by the pool's mutex:
    int helpers = 0; // workers that joined
    int active = 0;  // workers still inside run()
    std::exception_ptr error;
    std::condition_variable idle; // active reached 0
};

class Pool
{
public:
    static Pool& instance()
    {
        static Pool pool;
        return pool;
    }

    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    ~Pool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (auto& t : m_threads)
            t.join();
    }

    void run(Job& job)
    {
        {
            std::lock_guard lock(m_mutex);
            // Start workers on demand, at most 63 (threadCount caps at 64 with the caller).
            while (static_cast<int>(m_threads.size()) < std::min(job.maxHelpers, 63))
                m_threads.emplace_back([this] { workerLoop(); });
            m_jobs.push_back(&job);
        }
        if (job.maxHelpers == 1)
            m_wake.notify_one();
        else
            m_wake.notify_all();
        work(job);
        std::unique_lock lock(m_mutex);
        // Once the job is off the queue no worker can join it; wait for those inside.
        m_jobs.erase(std::find(m_jobs.begin(), m_jobs.end(), &job));
        job.idle.wait(lock, [&job] { return job.active == 0; });
        if (job.error)
            std::rethrow_exception(job.error);
    }

    int threads()
    {
        std::lock_guard lock(m_mutex);
        return static_cast<int>(m_threads.size());
    }

private:
    Pool() = default;

    // A queued job that still has chunks to hand out and room for a helper.
    Job* findJob()
    {
        for (Job* j : m_jobs)
            if (j->helpers < j->maxHelpers && j->next.load(std::memory_order_relaxed) < j->chunks)
                return j;
        return nullptr;
    }

    void workerLoop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            Job* job = nullptr;
            m_wake.wait(lock, [&] { return m_stop || (job = findJob()) != nullptr; });
            if (m_stop)
                return;
            ++job->helpers;
            ++job->active;
            lock.unlock();
            work(*job);
            lock.lock();
            if (--job->active == 0)
                job->idle.notify_all();
        }
    }

    void work(Job& job)
    {
        for (;;) {
            const std::int64_t c = job.next.fetch_add(1);
            if (c >= job.chunks)
                return;
            try {
                (*job.fn)(c);
            } catch (...) {
                std::lock_guard lock(m_mutex);
                if (!job.error)
                    job.error = std::current_exception();
                job.next.store(job.chunks);
                return;
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job*> m_jobs;
    std::vector<std::thread> m_threads;
    bool m_stop = false;
};

} // namespace

void parallelChunks(std::int64_t chunks, int threads, const std::function<void(std::int64_t)>& fn)
{
    threads = static_cast<int>(std::min<std::int64_t>(threads, chunks));
    if (threads <= 1) {
        for (std::int64_t c = 0; c < chunks; ++c)
            fn(c);
        return;
    }
    Job job;
    job.fn = &fn;
    job.chunks = chunks;
    job.maxHelpers = threads - 1;
    Pool::instance().run(job);
}

int poolThreads()
{
    return Pool::instance().threads();
}

} // namespace vd::segment::detail
