#include "SegmentTab.h"

#include <QInputDialog>

namespace vd::gui {

SegmentTab::SegmentTab(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
}

void SegmentTab::ensureFresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
}

QString SegmentTab::askSegmentName(const QString& suggestion)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as segment"),
                              tr("Name of the saved segment (a snapshot of who is in which "
                                 "group now):"),
                              QLineEdit::Normal, suggestion, &ok)
            .trimmed();
    return ok ? name : QString();
}

} // namespace vd::gui
