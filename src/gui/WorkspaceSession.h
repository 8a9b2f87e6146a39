#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace vd {
class Database;
}

namespace vd::gui {

enum class MessageLevel { Information, Warning, Error };

// The open workspace as the GUI sees it: its path, the UI thread's own connection (quick
// queries only; background work opens its own), and the signals that keep pages in step.
// Pages never talk to each other directly: they go through the session.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    // Opens (creating or migrating as needed) on the calling thread; throws vd::Error with a
    // readable message. Replacing an open workspace emits closed() first.
    void open(const QString& path);
    // Opens without blocking the UI thread for long: the version is read first (without
    // writing); a current, new or empty file opens at once, an older one that holds data is
    // backed up and migrated on a worker with progress and Cancel in the status bar
    // (TaskMonitor) and opened when that is done. Ends with opened() or openFailed() (a
    // refusal, an error or a cancel; the open workspace, if any, stays open then).
    void openInBackground(const QString& path);
    bool isOpening() const { return m_opening; }
    void close();
    bool isOpen() const { return static_cast<bool>(m_db); }
    QString path() const { return m_path; }
    Database& db(); // throws vd::Error when no workspace is open

    void notifyDataChanged() { emit dataChanged(); }
    void showMessage(const QString& text, MessageLevel level = MessageLevel::Information)
    {
        emit message(text, level);
    }
    void openCustomer(qint64 customerId) { emit customerRequested(customerId); }

signals:
    void opened();
    void closed();
    void openFailed(const QString& path, const QString& reason);
    void openingChanged(bool opening);
    void dataChanged();
    void message(const QString& text, vd::gui::MessageLevel level);
    void customerRequested(qint64 customerId);

private:
    bool finishOpen(const QString& path);
    void setOpening(bool opening);

    std::unique_ptr<Database> m_db;
    QString m_path;
    bool m_opening = false;
};

} // namespace vd::gui
