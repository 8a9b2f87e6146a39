#pragma once

#include <QString>
#include <QWidget>

namespace vd::gui {

class WorkspaceSession;

// Base of the five tabs of the segmentation page. Like a page, a tab reloads lazily: the page
// marks every tab stale when the workspace or its data changed and refreshes only the tab
// shown. Each tab saves what it computed as a segment (Ctrl+S on the page) and says when it
// changed the saved segments, so the page can tell the other views.
class SegmentTab : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    // Refreshes when stale (the tab became visible).
    void ensureFresh();

    // Background work of this tab is running.
    virtual bool isBusy() const { return false; }
    // Asks for a name and saves the current result as a segment; false when there is none.
    virtual bool saveAsSegmentDialog() { return false; }

signals:
    // A segment was saved, renamed or deleted.
    void segmentsChanged();

protected:
    virtual void refresh() {}
    WorkspaceSession& session() const { return m_session; }
    // Asks for a segment name (the one decision a save needs); empty when cancelled.
    QString askSegmentName(const QString& suggestion);

private:
    WorkspaceSession& m_session;
    bool m_stale = true;
};

} // namespace vd::gui
