#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>

#include "Application.h"
#include "ExportHelper.h"
#include "MainWindow.h"
#include "Page.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"

using namespace vd::gui;

namespace {

// Writes the window to a PNG once the workspace is open and background work has settled, then
// quits: the headless check that what the app shows is right.
void scheduleScreenshot(MainWindow& window, WorkspaceSession& session, const QString& file,
                        const QString& view)
{
    auto* timer = new QTimer(&window);
    auto* clock = new QElapsedTimer;
    clock->start();
    auto quietSince = std::make_shared<qint64>(-1);
    auto viewShown = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, &window, [=, &window, &session] {
        // Quick helpers (status-bar counts, chart loads) run on the global pool too.
        const bool busy = TaskMonitor::instance().runningCount() > 0 ||
                          QThreadPool::globalInstance()->activeThreadCount() > 0;
        if (!busy && session.isOpen() && !*viewShown) {
            *viewShown = true;
            if (!view.isEmpty() && !window.showPage(view)) {
                std::fprintf(stderr, "unknown view \"%s\"; views: %s\n", qPrintable(view),
                             qPrintable(window.pageIds().join(", ")));
                QCoreApplication::exit(2);
                return;
            }
            *quietSince = -1;
            return;
        }
        if (busy || (!session.isOpen() && clock->elapsed() < 120000)) {
            *quietSince = -1;
            return;
        }
        if (*quietSince < 0) {
            *quietSince = clock->elapsed();
            return;
        }
        if (clock->elapsed() - *quietSince < 400)
            return;
        timer->stop();
        try {
            QDir().mkpath(QFileInfo(file).absolutePath());
            window.grab().save(file);
            std::fprintf(stderr, "wrote %s\n", qPrintable(file));
            QCoreApplication::exit(0);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file), e.what());
            QCoreApplication::exit(1);
        }
    });
    timer->start(100);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ValueDesk: customer relationship management and customer-value analytics"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"),
                            QStringLiteral("Open the demo workspace (generated on first use)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Write the window to FILE (PNG) and exit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption view(QStringLiteral("view"),
                            QStringLiteral("Show the view NAME (e.g. customers, dashboard)."),
                            QStringLiteral("NAME"));
    QCommandLineOption lang(QStringLiteral("lang"),
                            QStringLiteral("Interface language: en, zh_CN or zh_TW."),
                            QStringLiteral("LANG"));
    QCommandLineOption size(QStringLiteral("size"),
                            QStringLiteral("Window size WxH (default 1400x900)."),
                            QStringLiteral("WxH"));
    parser.addOptions({demo, screenshot, view, lang, size});
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("Workspace file to open."));
    parser.process(app);

    setupApplication(app, parser.value(lang));
    WorkspaceSession session;
    MainWindow window(session);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split('x');
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        window.openWorkspace(positional.first());
    } else if (parser.isSet(demo)) {
        window.openDemoWorkspace();
    } else {
        const QStringList recent = QSettings().value("recentWorkspaces").toStringList();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            window.openWorkspace(recent.first());
    }
    if (parser.isSet(view) && !parser.isSet(screenshot))
        window.showPage(parser.value(view));

    if (parser.isSet(screenshot)) {
        window.setAttribute(Qt::WA_DontShowOnScreen, false);
        window.show();
        scheduleScreenshot(window, session, parser.value(screenshot), parser.value(view));
    } else {
        window.show();
    }
    return app.exec();
}
