#pragma once

#include <QString>
#include <QWidget>
#include <functional>
#include <vector>

namespace vd::gui {

class WorkspaceSession;

// Base of every view in the main window's navigation list. A page reads the workspace through
// its session and reloads lazily: the window calls reload() when the page is shown after the
// workspace opened or its data changed, never for hidden pages.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(WorkspaceSession& session, QWidget* parent = nullptr);

    // Called by the main window when the page becomes visible and is stale.
    void ensureFresh();
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }

protected:
    WorkspaceSession& session() const { return m_session; }
    // Load or refresh the page's data; slow work belongs in runTask().
    virtual void reload() {}

private:
    WorkspaceSession& m_session;
    bool m_stale = true;
};

struct PageInfo
{
    QString id;        // stable name, used by --view and settings
    const char* title; // QT_TRANSLATE_NOOP("Pages", "...")
    int order;         // position in the navigation list
    std::function<Page*(WorkspaceSession&, QWidget*)> factory;
    bool inNavigation = true; // false for pages opened from others (customer 360)
};

// Pages register themselves from their own .cpp with a static PageRegistrar, so adding a
// view never touches MainWindow.
class PageRegistry
{
public:
    static void add(PageInfo info);
    static std::vector<PageInfo> all(); // sorted by order
};

struct PageRegistrar
{
    explicit PageRegistrar(PageInfo info) { PageRegistry::add(std::move(info)); }
};

} // namespace vd::gui
