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

    // Opens (creating or migrating as needed); throws vd::Error with a readable message.
    void open(const QString& path);
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
    void dataChanged();
    void message(const QString& text, vd::gui::MessageLevel level);
    void customerRequested(qint64 customerId);

private:
    std::unique_ptr<Database> m_db;
    QString m_path;
};

} // namespace vd::gui
