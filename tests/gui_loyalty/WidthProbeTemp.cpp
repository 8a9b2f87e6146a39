#include "MainWindow.h"
#include "Page.h"
#include "WorkspaceSession.h"
#include <QLayout>
#include <gtest/gtest.h>
#include <iostream>
using namespace vd::gui;
static void dump(QWidget* w, int depth)
{
    if (depth > 6) return;
    for (QObject* o : w->children()) {
        auto* c = qobject_cast<QWidget*>(o);
        if (!c) continue;
        if (c->minimumSizeHint().width() > 700)
            std::cout << std::string(depth * 2, ' ') << c->metaObject()->className() << " "
                      << c->objectName().toStdString() << " min " << c->minimumSizeHint().width()
                      << " minw " << c->minimumWidth() << "\n";
        dump(c, depth + 1);
    }
}
TEST(WidthProbe, Pages)
{
    WorkspaceSession session;
    MainWindow window(session);
    std::cout << "window min " << window.minimumSizeHint().width() << "\n";
    for (const QString& id : window.pageIds()) {
        Page* p = window.page(id);
        std::cout << id.toStdString() << " " << p->minimumSizeHint().width() << "\n";
        if (p->minimumSizeHint().width() > 900) dump(p, 1);
    }
}
