#include "MainWindow.h"

#include "Application.h"
#include "Customer360Page.h"
#include "MessageBar.h"
#include "Page.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <array>
#include <optional>
#include <spdlog/spdlog.h>

namespace vd::gui {

namespace {
constexpr std::uint64_t kDemoSeed = 42;

void removeWorkspaceFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
}
} // namespace

MainWindow::MainWindow(WorkspaceSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_messageBar(new MessageBar(this)),
      m_workspaceLabel(new QLabel(this)), m_countsLabel(new QLabel(this)),
      m_taskLabel(new QLabel(this)), m_taskProgress(new QProgressBar(this)),
      m_cancelButton(new QToolButton(this))
{
    setWindowTitle(tr("ValueDesk"));
    // Where and how big the window was when it was last closed (closeEvent saves it).
    const QByteArray geometry = QSettings().value("mainWindow/geometry").toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 900);

    m_nav->setObjectName("navigation");
    m_nav->setFixedWidth(190);
    // A long title ("Customer lifetime value" at 11 pt) wraps instead of scrolling sideways.
    m_nav->setWordWrap(true);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px; }");

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 0);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    int shortcut = 1;
    for (const PageInfo& info : PageRegistry::all()) {
        Page* page = info.factory(m_session, m_stack);
        page->setObjectName(info.id);
        m_stack->addWidget(page);
        m_pages.insert(info.id, page);
        if (auto* c360 = qobject_cast<Customer360Page*>(page))
            m_customer360 = c360;
        if (!info.inNavigation)
            continue;
        auto* item = new QListWidgetItem(QCoreApplication::translate("Pages", info.title), m_nav);
        item->setData(Qt::UserRole, info.id);
        if (shortcut <= 9)
            item->setToolTip(tr("Ctrl+%1").arg(shortcut));
        ++shortcut;
        m_navIds << info.id;
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    // Status bar: workspace, counts, background work.
    m_taskProgress->setRange(0, 1000);
    m_taskProgress->setMaximumWidth(220);
    m_taskProgress->setTextVisible(true);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel the running work (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_workspaceLabel->setObjectName("statusWorkspace");
    m_countsLabel->setObjectName("statusCounts");
    m_taskLabel->setObjectName("statusTask");
    m_cancelButton->setObjectName("statusCancel");
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_taskProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_taskLabel->hide();
    m_taskProgress->hide();
    m_cancelButton->hide();
    auto& monitor = TaskMonitor::instance();
    connect(&monitor, &TaskMonitor::started, this, [this](int id, const QString& title) {
        m_currentTask = id;
        m_taskLabel->setText(title);
        m_taskProgress->setValue(0);
        m_taskLabel->show();
        m_taskProgress->show();
        m_cancelButton->show();
    });
    connect(&monitor, &TaskMonitor::progress, this,
            [this](int id, double fraction, const QString& status) {
                if (id != m_currentTask)
                    return;
                m_taskProgress->setValue(static_cast<int>(fraction * 1000));
                m_taskProgress->setFormat(status.isEmpty() ? QStringLiteral("%p%")
                                                           : status + QStringLiteral(" %p%"));
            });
    connect(&monitor, &TaskMonitor::finished, this, [this](int) {
        if (TaskMonitor::instance().runningCount() == 0) {
            m_taskLabel->hide();
            m_taskProgress->hide();
            m_cancelButton->hide();
        }
    });
    connect(m_cancelButton, &QToolButton::clicked, this,
            [this] { TaskMonitor::instance().cancel(m_currentTask); });

    connect(&m_session, &WorkspaceSession::message, m_messageBar, &MessageBar::showMessage);
    connect(&m_session, &WorkspaceSession::opened, this, &MainWindow::onWorkspaceOpened);
    connect(&m_session, &WorkspaceSession::openFailed, this,
            [this](const QString& path, const QString& reason) {
                failOpen(tr("Cannot open %1: %2").arg(path, reason));
            });
    connect(&m_session, &WorkspaceSession::dataChanged, this, [this] {
        markPagesStale();
        updateStatus();
    });
    connect(&m_session, &WorkspaceSession::customerRequested, this, [this](qint64 id) {
        if (!m_customer360)
            return;
        m_customer360->showCustomer(id);
        m_nav->blockSignals(true);
        m_nav->clearSelection();
        m_nav->setCurrentRow(-1);
        m_nav->blockSignals(false);
        m_stack->setCurrentWidget(m_customer360);
    });

    buildMenus();
    updateStatus();
    if (!m_navIds.isEmpty())
        m_nav->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAct = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    newAct->setObjectName("actionNewWorkspace");
    newAct->setShortcut(QKeySequence::New);
    QAction* openAct = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    openAct->setObjectName("actionOpenWorkspace");
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName("menuRecent");
    m_demoAction =
        file->addAction(tr("Open &demo workspace"), this, &MainWindow::openDemoWorkspace);
    m_demoAction->setObjectName("actionOpenDemo");
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    QAction* quitAct = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAct->setObjectName("actionQuit");
    quitAct->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navIds.size(); ++i) {
        const QString id = m_navIds[i];
        QAction* act = view->addAction(m_nav->item(i)->text(), this, [this, id] { showPage(id); });
        if (i < 9)
            act->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* full = view->addAction(tr("&Full screen"), this,
                                    [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    full->setShortcut(QKeySequence::FullScreen);

    // The language is read once at start-up (setupApplication); a change applies on restart.
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString current = installedLanguage();
    const std::pair<QString, QString> choices[] = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")}};
    for (const auto& [code, name] : choices) {
        QAction* act = language->addAction(name);
        act->setCheckable(true);
        act->setChecked(code == current);
        languages->addAction(act);
        connect(act, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue("language", code);
            m_session.showMessage(tr("The language changes when ValueDesk starts again."),
                                  MessageLevel::Information);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ValueDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About ValueDesk"),
            tr("<h3>ValueDesk %1</h3><p>Customer relationship management and customer-value "
               "analytics: CLV, RFM and segments, NPS/CSAT/CES, Kano, journey maps and the value "
               "pyramid.</p>")
                .arg(QStringLiteral(VD_VERSION)));
    });
}

QStringList MainWindow::recentWorkspaces() const
{
    QStringList recent = QSettings().value("recentWorkspaces").toStringList();
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    return recent;
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value("recentWorkspaces").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue("recentWorkspaces", recent);
    updateRecentMenu();
}

void MainWindow::failOpen(const QString& message)
{
    m_messageBar->showMessage(message, MessageLevel::Error);
    emit openFailed(message);
}

void MainWindow::newWorkspace()
{
    QString path = m_pathPrompt
                       ? m_pathPrompt(true)
                       : QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(),
                                                      tr("ValueDesk workspace (*.vdw)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += ".vdw";
    if (QFileInfo::exists(path)) {
        m_messageBar->showMessage(tr("%1 already exists; open it instead.").arg(path),
                                  MessageLevel::Warning);
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    QString path =
        m_pathPrompt
            ? m_pathPrompt(false)
            : QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(),
                                           tr("ValueDesk workspace (*.vdw);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openWorkspace(const QString& path)
{
    if (m_session.isOpening()) {
        m_messageBar->showMessage(tr("A workspace is being opened; wait until it is ready."),
                                  MessageLevel::Warning);
        return;
    }
    // Ends with WorkspaceSession::opened (recent list, pages) or openFailed (message bar).
    m_session.openInBackground(path);
}

QString MainWindow::demoWorkspacePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + "/demo.vdw";
}

void MainWindow::openDemoWorkspace()
{
    if (m_demoRunning) {
        // A second trigger must not delete the file the running generation writes.
        m_messageBar->showMessage(tr("The demo workspace is being generated; it opens when it "
                                     "is ready."),
                                  MessageLevel::Information);
        return;
    }
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path)) {
        bool ready = false;
        try {
            // Reads only; a file of a newer ValueDesk or another application is refused here
            // and left alone: it is the user's, whatever its name.
            const WorkspaceFileStatus status = Database::inspect(path.toStdString());
            if (status.needsMigration) {
                ready = true; // an older demo: upgraded in the background when opened
            } else if (status.version > 0) {
                Database::Options options;
                options.create = false;
                options.readOnly = true;
                Database db(path.toStdString(), options);
                ready = db.queryInt("SELECT count(*) FROM customers") > 0;
            }
        } catch (const std::exception& e) {
            failOpen(tr("Cannot open the demo workspace %1: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
            return;
        }
        if (ready) {
            openWorkspace(path);
            return;
        }
        // An empty demo (a cancelled or failed generation): generate it again.
        if (m_session.isOpen() && m_session.path() == path)
            m_session.close();
        removeWorkspaceFiles(path);
    }
    // First use: generate into the demo file in the background, then open it. The current
    // workspace stays open meanwhile.
    auto* generatorSession = new WorkspaceSession(this);
    try {
        generatorSession->open(path);
    } catch (const std::exception& e) {
        delete generatorSession;
        failOpen(
            tr("The demo workspace could not be created: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_demoRunning = true;
    m_demoAction->setEnabled(false);
    // Every way out lets go of the generator's connection and re-enables the action.
    auto finish = [this, generatorSession] {
        generatorSession->close();
        generatorSession->deleteLater();
        m_demoRunning = false;
        m_demoAction->setEnabled(true);
    };
    const qint64 customers = m_demoCustomers;
    runTask<bool>(
        this, *generatorSession, tr("Generating the demo workspace"),
        [customers](Database& db, const ProgressCallback& progress) {
            DemoOptions options;
            options.customers = customers;
            options.seed = kDemoSeed;
            try {
                generateDemo(db, options, progress);
            } catch (const CancelledError&) {
                return false; // rolled back; reported on the UI thread
            }
            return true;
        },
        [this, path, finish](bool completed) {
            finish();
            if (completed) {
                openWorkspace(path);
                return;
            }
            removeWorkspaceFiles(path);
            failOpen(tr("Generating the demo workspace was cancelled; nothing was kept. Open "
                        "the demo workspace again to start over."));
        },
        [this, path, finish](const QString& error) {
            finish();
            removeWorkspaceFiles(path);
            failOpen(tr("The demo workspace could not be generated: %1").arg(error));
        });
    // The worker has its own connection; without this one the generator may write the new
    // file with a rollback journal (docs/demo.md), which is faster.
    generatorSession->close();
}

void MainWindow::onWorkspaceOpened()
{
    addRecent(m_session.path());
    markPagesStale();
    updateStatus();
    setWindowTitle(tr("%1 — ValueDesk").arg(QFileInfo(m_session.path()).fileName()));
    if (auto* page = qobject_cast<Page*>(m_stack->currentWidget()))
        page->ensureFresh();
}

void MainWindow::markPagesStale()
{
    for (Page* page : m_pages)
        page->markStale();
    if (auto* page = qobject_cast<Page*>(m_stack->currentWidget()); page && m_session.isOpen())
        page->ensureFresh();
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= m_navIds.size())
        return;
    Page* page = m_pages.value(m_navIds[row]);
    m_stack->setCurrentWidget(page);
    if (m_session.isOpen())
        page->ensureFresh();
}

bool MainWindow::showPage(const QString& id)
{
    int row = static_cast<int>(m_navIds.indexOf(id));
    if (row >= 0) {
        m_nav->setCurrentRow(row);
        return true;
    }
    if (Page* page = m_pages.value(id)) {
        m_stack->setCurrentWidget(page);
        if (m_session.isOpen())
            page->ensureFresh();
        return true;
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    QWidget* w = m_stack->currentWidget();
    return w ? w->objectName() : QString();
}

QStringList MainWindow::pageIds() const
{
    return m_pages.keys();
}
Page* MainWindow::page(const QString& id) const
{
    return m_pages.value(id);
}

void MainWindow::updateStatus()
{
    if (!m_session.isOpen()) {
        m_workspaceLabel->setText(
            tr("No workspace open: File ▸ Open demo workspace (Ctrl+Shift+D)"));
        m_countsLabel->clear();
        return;
    }
    m_workspaceLabel->setText(QDir::toNativeSeparators(m_session.path()));
    // Counting ten million orders takes a moment: count on a worker with its own read-only
    // connection and show the figures when they arrive (only for the workspace still open).
    using Counts = std::optional<std::array<qint64, 3>>;
    const QString path = m_session.path();
    auto* watcher = new QFutureWatcher<Counts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Counts counts = watcher->result();
        if (!m_session.isOpen() || m_session.path() != path || !counts)
            return;
        m_countsLabel->setText(tr("%L1 customers · %L2 orders · %L3 responses")
                                   .arg((*counts)[0])
                                   .arg((*counts)[1])
                                   .arg((*counts)[2]));
    });
    watcher->setFuture(QtConcurrent::run([file = path.toStdString()]() -> Counts {
        try {
            Database::Options options;
            options.create = false;
            options.readOnly = true;
            Database db(file, options);
            return std::array<qint64, 3>{db.queryInt("SELECT count(*) FROM customers"),
                                         db.queryInt("SELECT count(*) FROM transactions"),
                                         db.queryInt("SELECT count(*) FROM responses")};
        } catch (const std::exception& e) {
            spdlog::warn("status counts of {}: {}", file, e.what());
            return std::nullopt;
        }
    }));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    TaskMonitor::instance().cancelAll();
    QSettings().setValue("mainWindow/geometry", saveGeometry());
    event->accept();
}

} // namespace vd::gui
