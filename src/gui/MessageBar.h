#pragma once

#include <QWidget>

#include "WorkspaceSession.h"

class QLabel;
class QTimer;

namespace vd::gui {

// An inline, dismissable message above the pages (KeePassXC style): errors and notices that
// do not need a decision, so that modal boxes stay for what truly blocks.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);
    void showMessage(const QString& text, MessageLevel level);
    QString text() const;

private:
    QLabel* m_label;
    QTimer* m_timer;
};

} // namespace vd::gui
