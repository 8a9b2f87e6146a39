#include "WorkspaceSession.h"

#include "TaskRunner.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <spdlog/spdlog.h>

namespace vd::gui {

namespace {
// What the migration worker reports back.
struct MigrationOutcome
{
    QString error;
    QString backup;
    bool cancelled = false;
};
} // namespace

WorkspaceSession::WorkspaceSession(QObject* parent) : QObject(parent) {}
WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::open(const QString& path)
{
    auto db = std::make_unique<Database>(path.toStdString());
    if (!db->lastBackupPath().empty())
        showMessage(tr("The workspace was upgraded to the current format; the previous version "
                       "was saved as %1.")
                        .arg(QString::fromStdString(db->lastBackupPath())));
    // Pages and models holding the old connection let go of it before it goes away.
    close();
    m_db = std::move(db);
    m_path = path;
    spdlog::info("opened workspace {}", path.toStdString());
    emit opened();
}

void WorkspaceSession::openInBackground(const QString& path)
{
    if (m_opening) {
        emit openFailed(path, tr("another workspace is being opened"));
        return;
    }
    WorkspaceFileStatus status;
    try {
        // Reads only: a refused file (newer ValueDesk, another application) stays untouched.
        status = Database::inspect(path.toStdString());
    } catch (const std::exception& e) {
        emit openFailed(path, QString::fromUtf8(e.what()));
        return;
    }
    if (!status.needsMigration) {
        finishOpen(path);
        return;
    }
    // Backup and migration can take a while on a big workspace: on a worker, with progress.
    setOpening(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    const int task = TaskMonitor::instance().start(tr("Upgrading the workspace"), cancel);
    auto* watcher = new QFutureWatcher<MigrationOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, task, path] {
        TaskMonitor::instance().finish(task);
        const MigrationOutcome outcome = watcher->result();
        watcher->deleteLater();
        setOpening(false);
        if (outcome.cancelled) {
            emit openFailed(path, tr("the upgrade was cancelled; the workspace was left at its "
                                     "previous version"));
            return;
        }
        if (!outcome.error.isEmpty()) {
            emit openFailed(path, outcome.error);
            return;
        }
        if (finishOpen(path) && !outcome.backup.isEmpty())
            showMessage(tr("The workspace was upgraded to the current format; the previous "
                           "version was saved as %1.")
                            .arg(outcome.backup));
    });
    watcher->setFuture(QtConcurrent::run([file = path.toStdString(), cancel, task] {
        MigrationOutcome out;
        try {
            Database::Options options;
            options.create = false;
            options.progress = [cancel, task](double fraction, std::string_view status) {
                emit TaskMonitor::instance().progress(
                    task, fraction, QString::fromUtf8(status.data(), qsizetype(status.size())));
                return !cancel->load();
            };
            Database db(file, options);
            out.backup = QString::fromStdString(db.lastBackupPath());
        } catch (const CancelledError&) {
            out.cancelled = true;
        } catch (const std::exception& e) {
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    }));
}

bool WorkspaceSession::finishOpen(const QString& path)
{
    try {
        open(path);
        return true;
    } catch (const std::exception& e) {
        emit openFailed(path, QString::fromUtf8(e.what()));
        return false;
    }
}

void WorkspaceSession::setOpening(bool opening)
{
    if (opening == m_opening)
        return;
    m_opening = opening;
    emit openingChanged(opening);
}

void WorkspaceSession::close()
{
    if (!m_db)
        return;
    m_db.reset();
    m_path.clear();
    emit closed();
}

Database& WorkspaceSession::db()
{
    if (!m_db)
        throw Error(tr("No workspace is open.").toStdString());
    return *m_db;
}

} // namespace vd::gui
