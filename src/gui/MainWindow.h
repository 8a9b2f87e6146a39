#pragma once

#include <QMainWindow>
#include <QMap>

class QListWidget;
class QStackedWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QMenu;

namespace vd::gui {

class WorkspaceSession;
class MessageBar;
class Page;
class Customer360Page;

// The application frame: navigation list of the registered pages, File menu with recent
// workspaces and the demo workspace, inline message bar, status bar with the workspace, its
// counts and the progress of background work (with cancel).
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

    void openWorkspace(const QString& path);
    // Opens the demo workspace, generating it in the background on first use.
    void openDemoWorkspace();
    static QString demoWorkspacePath();

    MessageBar* messageBar() const { return m_messageBar; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void newWorkspace();
    void chooseWorkspace();
    void updateRecentMenu();
    void updateStatus();
    void onWorkspaceOpened();
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
    QMap<QString, Page*> m_pages;
    QStringList m_navIds; // navigation row -> page id
    Customer360Page* m_customer360 = nullptr;
    int m_currentTask = 0;
};

} // namespace vd::gui
