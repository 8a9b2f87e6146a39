#include "TaskRunner.h"

#include <algorithm>

namespace vd::gui {

TaskMonitor& TaskMonitor::instance()
{
    static TaskMonitor monitor;
    return monitor;
}

int TaskMonitor::start(const QString& title, std::shared_ptr<std::atomic_bool> cancel)
{
    int id = m_nextId++;
    m_tasks.push_back({id, std::move(cancel)});
    emit started(id, title);
    return id;
}

void TaskMonitor::finish(int id)
{
    m_tasks.erase(std::remove_if(m_tasks.begin(), m_tasks.end(),
                                 [id](const Task& t) { return t.id == id; }),
                  m_tasks.end());
    emit finished(id);
}

void TaskMonitor::cancel(int id)
{
    for (auto& t : m_tasks)
        if (t.id == id)
            t.cancel->store(true);
}

void TaskMonitor::cancelAll()
{
    for (auto& t : m_tasks)
        t.cancel->store(true);
}

namespace detail {
void reportFailure(WorkspaceSession& session, const QString& title, const QString& error)
{
    session.showMessage(QObject::tr("%1 failed: %2").arg(title, error), MessageLevel::Error);
}
} // namespace detail

} // namespace vd::gui
