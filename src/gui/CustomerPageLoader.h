#pragma once

#include "valuedesk/storage/Customer.h"
#include "valuedesk/storage/CustomerRepository.h"

#include <QtGlobal>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;

namespace vd {
class Database;
}

namespace vd::gui {

// The background reader of the customers grid (after sqlitebrowser's row loader): one
// thread with its own read-only connection that counts the matches of a search and reads
// pages, so that neither a keystroke nor a scroll through 10^6 rows waits for SQLite on the
// UI thread. Requests carry the model's generation (bumped on every new search, sort or
// workspace): requests of an older generation are dropped before they run, and a running
// one is interrupted. The newest page request runs first (what the user looks at now) and
// the queue is capped; requests dropped from it are reported so the model can ask again.
class CustomerPageLoader
{
public:
    struct Request
    {
        enum class Kind { Count, Page };
        Kind kind = Kind::Page;
        quint64 generation = 0;
        CustomerRepository::Query query;
        int pageIndex = 0;
        qint64 total = 0; // Page: rows of the query (pages past the middle read backwards)
    };

    struct Result
    {
        Request::Kind kind = Request::Kind::Page;
        quint64 generation = 0;
        int pageIndex = 0;
        qint64 count = 0;           // Count
        std::vector<Customer> rows; // Page, and the first page with a Count
        bool dropped = false;       // not run: superseded or pushed out of the queue
        std::string error;
    };

    // Called on the loader thread; must hand the result over to the receiver's thread.
    using Deliver = std::function<void(std::shared_ptr<Result>)>;

    CustomerPageLoader(int pageSize, Deliver deliver);
    ~CustomerPageLoader();
    CustomerPageLoader(const CustomerPageLoader&) = delete;
    CustomerPageLoader& operator=(const CustomerPageLoader&) = delete;

    // The workspace to read; empty closes the connection.
    void setWorkspace(const std::string& path);
    void post(Request request);
    // Drops queued requests older than `generation` and interrupts a running one.
    void supersede(quint64 generation);

    static constexpr std::size_t kMaxQueuedPages = 12;

private:
    void run();
    void execute(const Request& request, Result& result);

    const int m_pageSize;
    Deliver m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Request> m_queue;
    std::string m_path;
    bool m_stop = false;
    quint64 m_latest = 0;
    quint64 m_running = 0;          // generation of the request being executed, 0 = none
    sqlite3* m_handle = nullptr;    // the loader's connection, for sqlite3_interrupt()
    std::unique_ptr<Database> m_db; // loader thread only
    std::string m_openPath;         // loader thread only
    std::thread m_thread;
};

} // namespace vd::gui
