#include "WorkspaceSession.h"

#include <spdlog/spdlog.h>

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

namespace vd::gui {

WorkspaceSession::WorkspaceSession(QObject* parent) : QObject(parent) {}
WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::open(const QString& path)
{
    auto db = std::make_unique<Database>(path.toStdString());
    if (!db->lastBackupPath().empty())
        showMessage(tr("The workspace was upgraded to the current format; the previous version "
                       "was saved as %1.")
                        .arg(QString::fromStdString(db->lastBackupPath())));
    m_db = std::move(db);
    m_path = path;
    spdlog::info("opened workspace {}", path.toStdString());
    emit opened();
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
