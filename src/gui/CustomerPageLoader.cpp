#include "CustomerPageLoader.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <sqlite3.h>

namespace vd::gui {

CustomerPageLoader::CustomerPageLoader(int pageSize, Deliver deliver)
    : m_pageSize(pageSize), m_deliver(std::move(deliver)), m_thread([this] { run(); })
{
}

CustomerPageLoader::~CustomerPageLoader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
        if (m_handle && m_running)
            sqlite3_interrupt(m_handle);
    }
    m_wake.notify_all();
    m_thread.join();
}

void CustomerPageLoader::setWorkspace(const std::string& path)
{
    std::lock_guard lock(m_mutex);
    m_path = path;
}

void CustomerPageLoader::post(Request request)
{
    std::vector<std::shared_ptr<Result>> pushedOut;
    {
        std::lock_guard lock(m_mutex);
        if (request.generation < m_latest)
            return;
        m_queue.push_back(std::move(request));
        // Keep the newest page requests; the oldest ones are what the user scrolled past.
        auto pages = std::count_if(m_queue.begin(), m_queue.end(),
                                   [](const Request& r) { return r.kind == Request::Kind::Page; });
        for (auto it = m_queue.begin();
             it != m_queue.end() && pages > static_cast<std::ptrdiff_t>(kMaxQueuedPages);) {
            if (it->kind != Request::Kind::Page) {
                ++it;
                continue;
            }
            auto r = std::make_shared<Result>();
            r->kind = it->kind;
            r->generation = it->generation;
            r->pageIndex = it->pageIndex;
            r->dropped = true;
            pushedOut.push_back(std::move(r));
            it = m_queue.erase(it);
            --pages;
        }
    }
    m_wake.notify_one();
    for (auto& r : pushedOut)
        m_deliver(std::move(r));
}

void CustomerPageLoader::supersede(quint64 generation)
{
    std::lock_guard lock(m_mutex);
    m_latest = std::max(m_latest, generation);
    std::erase_if(m_queue, [&](const Request& r) { return r.generation < m_latest; });
    if (m_handle && m_running && m_running < m_latest)
        sqlite3_interrupt(m_handle);
}

void CustomerPageLoader::run()
{
    for (;;) {
        Request request;
        std::string path;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                break;
            std::erase_if(m_queue, [&](const Request& r) { return r.generation < m_latest; });
            if (m_queue.empty())
                continue;
            // A count first (it brings the first page); otherwise the newest page request.
            auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                   [](const Request& r) { return r.kind == Request::Kind::Count; });
            if (it == m_queue.end())
                it = std::prev(m_queue.end());
            request = std::move(*it);
            m_queue.erase(it);
            m_running = request.generation;
            path = m_path;
        }

        auto result = std::make_shared<Result>();
        result->kind = request.kind;
        result->generation = request.generation;
        result->pageIndex = request.pageIndex;
        try {
            if (path != m_openPath || !m_db) {
                {
                    std::lock_guard lock(m_mutex);
                    m_handle = nullptr;
                }
                m_db.reset();
                m_openPath = path;
                if (!path.empty()) {
                    Database::Options options;
                    options.create = false;
                    options.readOnly = true;
                    m_db = std::make_unique<Database>(path, options);
                    std::lock_guard lock(m_mutex);
                    m_handle = m_db->handle();
                }
            }
            if (!m_db)
                throw Error("no workspace is open");
            execute(request, *result);
        } catch (const DatabaseError& e) {
            if ((e.code() & 0xff) == SQLITE_INTERRUPT)
                result->dropped = true;
            else
                result->error = e.what();
        } catch (const std::exception& e) {
            result->error = e.what();
        }

        bool stale = false;
        {
            std::lock_guard lock(m_mutex);
            m_running = 0;
            stale = request.generation < m_latest || m_stop;
        }
        if (!stale)
            m_deliver(std::move(result));
    }
    {
        std::lock_guard lock(m_mutex);
        m_handle = nullptr;
    }
    m_db.reset();
}

void CustomerPageLoader::execute(const Request& request, Result& result)
{
    CustomerRepository repo(*m_db);
    qint64 total = request.total;
    int pageIndex = request.pageIndex;
    if (request.kind == Request::Kind::Count) {
        total = repo.count(request.query);
        result.count = total;
        pageIndex = 0;
    }
    const qint64 offset = qint64(pageIndex) * m_pageSize;
    const qint64 limit = std::min<qint64>(m_pageSize, total - offset);
    if (limit <= 0)
        return;
    if (offset > total / 2) {
        // Read from the other end: the cost of OFFSET grows with the offset.
        CustomerRepository::Query reversed = request.query;
        reversed.ascending = !request.query.ascending;
        result.rows = repo.page(reversed, total - offset - limit, limit);
        std::reverse(result.rows.begin(), result.rows.end());
    } else {
        result.rows = repo.page(request.query, offset, limit);
    }
}

} // namespace vd::gui
