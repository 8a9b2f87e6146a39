#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "WorkspaceSession.h"
#include "valuedesk/Error.h"
#include "valuedesk/Progress.h"
#include "valuedesk/storage/Database.h"

namespace vd::gui {

// Knows every background task that runs, so the main window can show one progress bar with
// a cancel button and the screenshot mode can wait until the window has settled. Progress
// arrives from worker threads as queued signals.
class TaskMonitor : public QObject
{
    Q_OBJECT
public:
    static TaskMonitor& instance();

    int start(const QString& title, std::shared_ptr<std::atomic_bool> cancel);
    void finish(int id);
    void cancel(int id);
    void cancelAll();
    int runningCount() const { return static_cast<int>(m_tasks.size()); }

signals:
    void started(int id, const QString& title);
    void progress(int id, double fraction, const QString& status);
    void finished(int id);

private:
    struct Task
    {
        int id;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    std::vector<Task> m_tasks;
    int m_nextId = 1;
};

namespace detail {
template <typename R> struct Outcome
{
    std::optional<R> value;
    QString error;
    bool cancelled = false;
};
void reportFailure(WorkspaceSession& session, const QString& title, const QString& error);
} // namespace detail

// Runs `work` on a worker thread with its own connection to the session's workspace, shows
// progress with cancel, and calls `done` on the UI thread with the result — unless the
// context object died meanwhile. Errors go to the session's message bar (or `failed`).
// A cancel makes the core throw vd::CancelledError; `done` is then not called.
template <typename R>
void runTask(QObject* context, WorkspaceSession& session, const QString& title,
             std::function<R(Database&, const ProgressCallback&)> work,
             std::function<void(R)> done, std::function<void(const QString&)> failed = {})
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    const int id = TaskMonitor::instance().start(title, cancel);
    const std::string path = session.path().toStdString();
    auto* watcher = new QFutureWatcher<detail::Outcome<R>>(context);
    QPointer<WorkspaceSession> sessionPtr(&session);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, id, done, failed, sessionPtr, title]() {
                         TaskMonitor::instance().finish(id);
                         detail::Outcome<R> out = watcher->result();
                         watcher->deleteLater();
                         if (out.cancelled)
                             return;
                         if (!out.error.isEmpty()) {
                             if (failed)
                                 failed(out.error);
                             else if (sessionPtr)
                                 detail::reportFailure(*sessionPtr, title, out.error);
                             return;
                         }
                         if (done && out.value)
                             done(std::move(*out.value));
                     });
    watcher->setFuture(QtConcurrent::run([path, work, cancel, id]() {
        detail::Outcome<R> out;
        try {
            if (path.empty())
                throw Error("no workspace is open");
            Database db(path);
            ProgressCallback progress = [cancel, id](double fraction, std::string_view status) {
                emit TaskMonitor::instance().progress(
                    id, fraction, QString::fromUtf8(status.data(), qsizetype(status.size())));
                return !cancel->load();
            };
            out.value.emplace(work(db, progress));
        } catch (const CancelledError&) {
            out.cancelled = true;
        } catch (const std::exception& e) {
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    }));
}

} // namespace vd::gui
