#pragma once

#include <QMainWindow>
#include <QMap>
#include <functional>

class QListWidget;
class QStackedWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QMenu;
class QAction;

namespace vd::gui {

class WorkspaceSession;
class MessageBar;
class Page;
class Customer360Page;

// The application frame: navigation list of the registered pages, File menu with recent
// workspaces and the demo workspace, inline message bar, status bar with the workspace, its
// counts and the progress of background work (with cancel). Opening a workspace never
// blocks for long (migrations run in the background) and never changes a file it refuses.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(WorkspaceSession& session, QWidget* parent = nullptr);

    // Shows a page by id (e.g. "customers"); false if unknown.
    bool showPage(const QString& id);
    QString currentPageId() const;
    QStringList pageIds() const;
    Page* page(const QString& id) const;

    // Opens `path` (in the background when it needs a migration); refusals and errors go to
    // the message bar and openFailed().
    void openWorkspace(const QString& path);
    // Opens the demo workspace, generating it in the background on first use. A demo file
    // that cannot be opened (e.g. written by a newer ValueDesk) is reported, never deleted.
    void openDemoWorkspace();
    bool isGeneratingDemo() const { return m_demoRunning; }
    static QString demoWorkspacePath();
    // Customers of a generated demo (tests use small ones).
    void setDemoCustomers(qint64 customers) { m_demoCustomers = customers; }

    // Asks for a file: save = true for File > New, false for File > Open. Tests replace the
    // file dialogs with this; empty = cancelled.
    using PathPrompt = std::function<QString(bool save)>;
    void setPathPrompt(PathPrompt prompt) { m_pathPrompt = std::move(prompt); }

    // The most recent workspaces listed in File > Open recent (docs/user-guide).
    static constexpr int kMaxRecent = 10;
    QStringList recentWorkspaces() const;

    MessageBar* messageBar() const { return m_messageBar; }

signals:
    // Opening a workspace (or generating the demo) failed or was cancelled.
    void openFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void newWorkspace();
    void chooseWorkspace();
    void updateRecentMenu();
    void updateStatus();
    void onWorkspaceOpened();
    void addRecent(const QString& path);
    void failOpen(const QString& message);
    void onPageChanged(int row);
    void markPagesStale();

    WorkspaceSession& m_session;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    MessageBar* m_messageBar;
    QLabel* m_workspaceLabel;
    QLabel* m_countsLabel;
    QLabel* m_taskLabel;
    QProgressBar* m_taskProgress;
    QToolButton* m_cancelButton;
    QMenu* m_recentMenu = nullptr;
    QAction* m_demoAction = nullptr;
    PathPrompt m_pathPrompt;
    bool m_demoRunning = false;
    qint64 m_demoCustomers = 20000;
    QMap<QString, Page*> m_pages;
    QStringList m_navIds; // navigation row -> page id
    Customer360Page* m_customer360 = nullptr;
    int m_currentTask = 0;
};

} // namespace vd::gui
