#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace vd {

// A bounded first-in first-out hand-off of work items between one producing thread and one
// consuming thread (the one that owns the database connection). The items are a fixed pool
// created up front and recycled, so the memory in flight is bounded and refilling an item
// allocates nothing once its buffers have grown. Items reach the consumer in the order they
// were handed on. Either side can stop the other: the producer by finishing, the consumer by
// abandoning, after which the producer's next call throws Closed.
template <class T> class Handoff
{
public:
    // Thrown on the producing side once the consumer has abandoned.
    struct Closed
    {
    };

    template <class... Args> explicit Handoff(int items, Args&&... args)
    {
        for (int i = 0; i < items; ++i) {
            m_pool.push_back(std::make_unique<T>(args...));
            m_free.push_back(m_pool.back().get());
        }
    }
    Handoff(const Handoff&) = delete;
    Handoff& operator=(const Handoff&) = delete;

    // Producer: an empty item, waiting until one is free.
    T* acquire()
    {
        std::unique_lock lock(m_mutex);
        return takeFree(lock);
    }
    // Producer: hands on a full item and takes an empty one.
    T* exchange(T* full)
    {
        std::unique_lock lock(m_mutex);
        if (m_abandoned)
            throw Closed{};
        m_full.push_back(full);
        m_changed.notify_all();
        return takeFree(lock);
    }
    // Producer: hands on the last item (may be null) and ends the stream.
    void finish(T* last)
    {
        std::lock_guard lock(m_mutex);
        if (last)
            m_full.push_back(last);
        m_closed = true;
        m_changed.notify_all();
    }

    // Consumer: the next full item, or null once the producer has finished and every item
    // has been taken.
    T* take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_full.empty(); });
        if (m_full.empty())
            return nullptr;
        T* item = m_full.front();
        m_full.pop_front();
        return item;
    }
    // Consumer: gives an item back once it is done with it.
    void release(T* item)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(item);
        m_changed.notify_all();
    }
    // Consumer: gives up; the producer's next acquire() or exchange() throws Closed.
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }
    bool abandoned() const
    {
        std::lock_guard lock(m_mutex);
        return m_abandoned;
    }

private:
    T* takeFree(std::unique_lock<std::mutex>& lock)
    {
        m_changed.wait(lock, [&] { return m_abandoned || !m_free.empty(); });
        if (m_abandoned)
            throw Closed{};
        T* item = m_free.back();
        m_free.pop_back();
        return item;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<T>> m_pool;
    std::vector<T*> m_free;
    std::deque<T*> m_full;
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace vd
