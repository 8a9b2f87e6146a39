#include "Application.h"
#include "ExportHelper.h"
#include "MainWindow.h"
#include "Page.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace vd::gui;

namespace {

// Shows a view by id, optionally one tab of it: "segmentation/clusters" selects the tab whose
// page widget is named "clusters" in any tab widget of the page. False if either is unknown.
bool showView(MainWindow& window, const QString& view)
{
    const QString pageId = view.section(QLatin1Char('/'), 0, 0);
    const QString tab = view.section(QLatin1Char('/'), 1);
    if (!window.showPage(pageId))
        return false;
    if (tab.isEmpty())
        return true;
    QWidget* page = window.page(pageId);
    for (QTabWidget* tabs : page->findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->objectName() == tab) {
                tabs->setCurrentIndex(i);
                return true;
            }
    return false;
}

// Writes the window to a PNG once the workspace is open and background work has settled, then
// quits: the headless check that what the app shows is right. Exits 1 with a message when
// the workspace cannot be opened (refused, failed, cancelled) or none is open within
// `timeoutMs`, so a broken run never leaves a picture of an empty window behind.
void scheduleScreenshot(MainWindow& window, WorkspaceSession& session, const QString& file,
                        const QString& view, qint64 timeoutMs, std::shared_ptr<QString> failure)
{
    auto* timer = new QTimer(&window);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto quietSince = std::make_shared<qint64>(-1);
    auto viewShown = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, &window, [=, &window, &session] {
        if (!failure->isEmpty()) {
            timer->stop();
            std::fprintf(stderr, "valuedesk: no screenshot: %s\n", qPrintable(*failure));
            QCoreApplication::exit(1);
            return;
        }
        // Quick helpers (status-bar counts, chart loads) run on the global pool too.
        const bool busy = TaskMonitor::instance().runningCount() > 0 ||
                          QThreadPool::globalInstance()->activeThreadCount() > 0;
        if (!busy && session.isOpen() && !*viewShown) {
            *viewShown = true;
            if (!view.isEmpty() && !showView(window, view)) {
                std::fprintf(stderr, "unknown view \"%s\"; views: %s\n", qPrintable(view),
                             qPrintable(window.pageIds().join(", ")));
                QCoreApplication::exit(2);
                return;
            }
            *quietSince = -1;
            return;
        }
        if (!session.isOpen() && clock->elapsed() >= timeoutMs) {
            timer->stop();
            std::fprintf(stderr,
                         "valuedesk: no screenshot: no workspace was opened within %lld s (give "
                         "a workspace file or --demo)\n",
                         static_cast<long long>(timeoutMs / 1000));
            QCoreApplication::exit(1);
            return;
        }
        if (busy || !session.isOpen()) {
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
                            QStringLiteral("Show the view NAME (e.g. customers, dashboard; "
                                           "segmentation/clusters for a tab)."),
                            QStringLiteral("NAME"));
    QCommandLineOption lang(QStringLiteral("lang"),
                            QStringLiteral("Interface language: en, zh_CN or zh_TW."),
                            QStringLiteral("LANG"));
    QCommandLineOption size(QStringLiteral("size"),
                            QStringLiteral("Window size WxH (default 1400x900)."),
                            QStringLiteral("WxH"));
    QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("With --screenshot: give up (exit 1) when no workspace is open after "
                       "SECONDS (default 120)."),
        QStringLiteral("SECONDS"), QStringLiteral("120"));
    parser.addOptions({demo, screenshot, view, lang, size, timeout});
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("Workspace file to open."));
    parser.process(app);

    setupApplication(app, parser.value(lang));
    WorkspaceSession session;
    MainWindow window(session);
    const bool screenshotMode = parser.isSet(screenshot);
    // Recorded before anything is opened: a refusal is reported while the window is built.
    auto failure = std::make_shared<QString>();
    if (screenshotMode)
        QObject::connect(&window, &MainWindow::openFailed, &window,
                         [failure](const QString& message) { *failure = message; });
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split('x');
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    } else if (screenshotMode) {
        window.resize(1400, 900); // the same picture whatever size the window had last time
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
        showView(window, parser.value(view));

    if (screenshotMode) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0) {
            std::fprintf(stderr, "valuedesk: --timeout needs a positive number of seconds\n");
            return 2;
        }
        window.setAttribute(Qt::WA_DontShowOnScreen, false);
        window.show();
        scheduleScreenshot(window, session, parser.value(screenshot), parser.value(view),
                           static_cast<qint64>(seconds * 1000), failure);
    } else {
        window.show();
    }
    return app.exec();
}
