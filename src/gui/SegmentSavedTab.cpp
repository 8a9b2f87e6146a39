#include "SegmentSavedTab.h"

#include "SegmentCompareModel.h"
#include "SegmentFormat.h"
#include "SegmentListModel.h"
#include "SegmentMemberModel.h"
#include "SegmentMigrationModel.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/io/Exporter.h"
#include "valuedesk/segment/SegmentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

namespace vd::gui {

namespace {
QTableView* makeTable(QWidget* parent, QAbstractItemModel* model)
{
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setWordWrap(false);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}
} // namespace

SegmentSavedTab::SegmentSavedTab(WorkspaceSession& session, QWidget* parent)
    : SegmentTab(session, parent), m_list(new SegmentListModel(this)),
      m_bySubgroup(new QCheckBox(tr("By &sub-group"), this)),
      m_compareButton(new QPushButton(tr("&Compare"), this)),
      m_rename(new QPushButton(tr("Rename…"), this)), m_delete(new QPushButton(tr("Delete"), this)),
      m_reevaluate(new QPushButton(tr("Re-evaluate rule"), this)), m_details(new QTabWidget(this)),
      m_label(new QComboBox(this)), m_memberStatus(new QLabel(this)),
      m_members(new SegmentMemberModel(this)),
      m_export(new QPushButton(tr("E&xport members…"), this)),
      m_compare(new SegmentCompareModel(this)), m_compareStatus(new QLabel(this)),
      m_from(new QComboBox(this)), m_to(new QComboBox(this)), m_migrationStatus(new QLabel(this)),
      m_migration(new SegmentMigrationModel(this))
{
    m_listView = makeTable(this, m_list);
    m_memberView = makeTable(this, m_members);
    m_compareView = makeTable(this, m_compare);
    m_migrationView = makeTable(this, m_migration);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // The list.
    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto* listTitle = new QLabel(tr("Saved segments (select several to compare)"), this);
    ll->addWidget(listTitle);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_listView->setColumnWidth(SegmentListModel::Name, 150);
    m_listView->setColumnWidth(SegmentListModel::Kind, 64);
    m_listView->setColumnWidth(SegmentListModel::Created, 116);
    m_listView->setColumnWidth(SegmentListModel::Members, 70);
    m_listView->setToolTip(tr("F2 renames, Delete deletes the chosen segment"));
    ll->addWidget(m_listView, 1);
    auto* buttons = new QHBoxLayout;
    m_compareButton->setToolTip(tr("Size, revenue, average CLV, NPS and churn risk of the "
                                   "selected segments side by side"));
    m_reevaluate->setToolTip(tr("Evaluate the saved rule again over the current data (in the "
                                "Rules tab)"));
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_bySubgroup);
    buttons->addStretch();
    ll->addLayout(buttons);
    auto* buttons2 = new QHBoxLayout;
    buttons2->addWidget(m_rename);
    buttons2->addWidget(m_delete);
    buttons2->addWidget(m_reevaluate);
    buttons2->addStretch();
    ll->addLayout(buttons2);

    // Members.
    auto* membersPage = new QWidget(this);
    membersPage->setObjectName(QStringLiteral("members"));
    auto* ml = new QVBoxLayout(membersPage);
    auto* mtop = new QHBoxLayout;
    auto* labelLabel = new QLabel(tr("S&ub-group:"), this);
    labelLabel->setBuddy(m_label);
    m_label->setMinimumContentsLength(18);
    m_label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_export->setToolTip(tr("Write the members with every customer column and the sub-group "
                            "to CSV or JSON (Ctrl+E)"));
    mtop->addWidget(labelLabel);
    mtop->addWidget(m_label);
    mtop->addStretch();
    mtop->addWidget(m_export);
    ml->addLayout(mtop);
    m_memberStatus->setWordWrap(true);
    ml->addWidget(m_memberStatus);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_memberView->verticalHeader()->setDefaultSectionSize(24);
    m_memberView->setColumnWidth(SegmentMemberModel::ExternalId, 130);
    m_memberView->setColumnWidth(SegmentMemberModel::Name, 220);
    ml->addWidget(m_memberView, 1);
    auto* hint = new QLabel(tr("Enter or double-click opens the customer's 360° page."), this);
    hint->setStyleSheet("color: palette(mid);");
    ml->addWidget(hint);
    m_details->addTab(membersPage, tr("&Members"));

    // Comparison.
    auto* comparePage = new QWidget(this);
    comparePage->setObjectName(QStringLiteral("comparison"));
    auto* cl = new QVBoxLayout(comparePage);
    m_compareStatus->setWordWrap(true);
    m_compareStatus->setText(tr("Select segments in the list and press Compare."));
    cl->addWidget(m_compareStatus);
    m_compareView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    cl->addWidget(m_compareView, 1);
    m_details->addTab(comparePage, tr("C&omparison"));

    // Migration.
    auto* migrationPage = new QWidget(this);
    migrationPage->setObjectName(QStringLiteral("migration"));
    auto* gl = new QVBoxLayout(migrationPage);
    auto* gtop = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    for (QComboBox* b : {m_from, m_to}) {
        b->setMinimumContentsLength(16);
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    auto* show = new QPushButton(tr("Show &migration"), this);
    show->setToolTip(tr("How the customers moved between the sub-groups of the two snapshots"));
    gtop->addWidget(fromLabel);
    gtop->addWidget(m_from, 1);
    gtop->addWidget(toLabel);
    gtop->addWidget(m_to, 1);
    gtop->addWidget(show);
    gl->addLayout(gtop);
    m_migrationStatus->setWordWrap(true);
    m_migrationStatus->setText(tr("Choose two snapshots, e.g. the RFM segments of two months."));
    gl->addWidget(m_migrationStatus);
    m_migrationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_migrationView->setSelectionBehavior(QAbstractItemView::SelectItems);
    gl->addWidget(m_migrationView, 1);
    m_details->addTab(migrationPage, tr("M&igration"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    left->setMinimumWidth(300);
    layout->addWidget(split);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const auto* s = m_list->segmentAt(current.row()))
                    selectSegment(s->id);
                updateButtons();
            });
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_label, &QComboBox::activated, this,
            [this] { setLabelFilter(m_label->currentData().toString()); });
    connect(m_compareButton, &QPushButton::clicked, this,
            [this] { compare(selectedIds(), m_bySubgroup->isChecked()); });
    connect(m_bySubgroup, &QCheckBox::toggled, this, [this] {
        if (m_compare->rowCount() > 0)
            compare(selectedIds(), m_bySubgroup->isChecked());
    });
    connect(show, &QPushButton::clicked, this, [this] {
        if (m_from->currentIndex() >= 0 && m_to->currentIndex() >= 0)
            showMigration(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
    });
    connect(m_export, &QPushButton::clicked, this, [this] { exportDialog(); });
    connect(m_rename, &QPushButton::clicked, this, [this] { renameDialog(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteDialog(); });
    connect(m_reevaluate, &QPushButton::clicked, this, [this] {
        if (currentSegmentId() > 0)
            emit reevaluateRequested(currentSegmentId());
    });
    connect(m_memberView, &QTableView::activated, this,
            [this](const QModelIndex& index) { openMember(index.row()); });
    auto key = [this](const QKeySequence& seq, QWidget* scope, Qt::ShortcutContext context,
                      auto slot) {
        auto* sc = new QShortcut(seq, scope);
        sc->setContext(context);
        connect(sc, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_F2), m_listView, Qt::WidgetShortcut, [this] { renameDialog(); });
    key(QKeySequence::Delete, m_listView, Qt::WidgetShortcut, [this] { deleteDialog(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_E), this, Qt::WidgetWithChildrenShortcut,
        [this] { exportDialog(); });
    connect(&session, &WorkspaceSession::closed, this, [this] {
        m_members->clear();
        m_list->setSegments({});
        m_compare->setRows({});
        m_migration->setMatrix(std::nullopt);
    });
    updateButtons();
}

void SegmentSavedTab::refresh()
{
    reloadList();
}

void SegmentSavedTab::reloadList()
{
    const std::int64_t current = currentSegmentId();
    std::vector<segment::SavedSegment> segments;
    if (session().isOpen()) {
        try {
            segments = segment::SegmentStore(session().db()).list();
        } catch (const std::exception& e) {
            session().showMessage(
                tr("Saved segments cannot be listed: %1").arg(QString::fromUtf8(e.what())),
                MessageLevel::Error);
        }
    }
    m_list->setSegments(std::move(segments));
    fillMigrationBoxes();
    int row = m_list->rowOf(current);
    if (row < 0 && m_list->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_listView->selectRow(row);
    else
        m_members->clear();
    if (m_list->rowCount() == 0)
        m_memberStatus->setText(tr("No segment is saved yet: use Save as segment… (Ctrl+S) on "
                                   "the other tabs."));
    updateButtons();
}

void SegmentSavedTab::fillMigrationBoxes()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    m_from->clear();
    m_to->clear();
    for (const auto& s : m_list->segments()) {
        const QString text = tr("%1 (%2)").arg(
            QString::fromStdString(s.name), QString::fromStdString(date::formatDate(s.createdAt)));
        m_from->addItem(text, static_cast<qlonglong>(s.id));
        m_to->addItem(text, static_cast<qlonglong>(s.id));
    }
    // The list is newest first: by default from the second newest to the newest.
    int fi = m_from->findData(from), ti = m_to->findData(to);
    if (fi < 0)
        fi = m_from->count() > 1 ? 1 : 0;
    if (ti < 0)
        ti = 0;
    if (m_from->count() > 0) {
        m_from->setCurrentIndex(fi);
        m_to->setCurrentIndex(ti);
    }
}

std::int64_t SegmentSavedTab::currentSegmentId() const
{
    const auto* s = m_list->segmentAt(m_listView->currentIndex().row());
    return s ? s->id : 0;
}

QList<std::int64_t> SegmentSavedTab::selectedIds() const
{
    QList<std::int64_t> ids;
    for (const QModelIndex& i : m_listView->selectionModel()->selectedRows())
        if (const auto* s = m_list->segmentAt(i.row()))
            ids << s->id;
    if (ids.isEmpty() && currentSegmentId() > 0)
        ids << currentSegmentId();
    return ids;
}

void SegmentSavedTab::updateButtons()
{
    const auto* s = m_list->segmentAt(m_listView->currentIndex().row());
    m_rename->setEnabled(s != nullptr);
    m_delete->setEnabled(s != nullptr);
    m_export->setEnabled(s != nullptr);
    m_reevaluate->setEnabled(s && s->kind == "rule");
    m_compareButton->setEnabled(s != nullptr);
}

bool SegmentSavedTab::selectSegment(std::int64_t segmentId)
{
    const int row = m_list->rowOf(segmentId);
    if (row < 0 || !session().isOpen())
        return false;
    if (m_listView->currentIndex().row() != row) {
        m_listView->selectRow(row); // comes back here through currentRowChanged
        return true;
    }
    const auto& s = *m_list->segmentAt(row);
    m_label->clear();
    m_label->addItem(tr("All (%1)").arg(segfmt::count(s.members)), QString());
    try {
        segment::SegmentStore store(session().db());
        std::map<std::string, std::int64_t> counts;
        for (const auto& [label, n] : store.labelCounts(s.id))
            counts[label] = n;
        if (!(s.labels.size() == 1 && s.labels[0].empty()))
            for (const auto& l : s.labels)
                m_label->addItem(
                    tr("%1 (%2)").arg(SegmentListModel::labelName(l), segfmt::count(counts[l])),
                    QString::fromStdString(l));
    } catch (const std::exception& e) {
        m_memberStatus->setText(QString::fromUtf8(e.what()));
    }
    m_label->setEnabled(m_label->count() > 1);
    m_members->setSegment(&session().db(), s.id);
    m_memberView->setColumnHidden(SegmentMemberModel::Label, m_label->count() <= 1);
    const QString text = tr("“%1” (%2): %3 customers, saved %4.")
                             .arg(QString::fromStdString(s.name),
                                  SegmentListModel::kindName(s.kind), segfmt::count(s.members),
                                  QString::fromStdString(date::formatDateTime(s.createdAt)));
    m_memberStatus->setText(text);
    updateButtons();
    return true;
}

void SegmentSavedTab::setLabelFilter(const QString& label)
{
    const std::int64_t id = currentSegmentId();
    if (id == 0 || !session().isOpen())
        return;
    const int i = m_label->findData(label);
    if (i >= 0)
        m_label->setCurrentIndex(i);
    if (label.isEmpty() && i <= 0)
        m_members->setSegment(&session().db(), id);
    else
        m_members->setSegment(&session().db(), id, label.toStdString());
}

void SegmentSavedTab::openMember(int row)
{
    if (qint64 id = m_members->customerId(row))
        session().openCustomer(id);
}

bool SegmentSavedTab::compare(const QList<std::int64_t>& ids, bool bySubgroup)
{
    if (ids.isEmpty() || !session().isOpen())
        return false;
    std::vector<std::int64_t> list(ids.begin(), ids.end());
    segment::CompareOptions o;
    o.bySubgroup = bySubgroup;
    const int generation = ++m_compareGeneration;
    ++m_running;
    m_details->setCurrentIndex(1);
    m_compareStatus->setText(tr("Comparing…"));
    using Rows = std::optional<std::vector<segment::ComparisonRow>>;
    runTask<Rows>(
        this, session(), tr("Comparing segments"),
        [list, o](Database& db, const ProgressCallback& progress) -> Rows {
            try {
                return segment::SegmentStore(db).compare(list, o, progress);
            } catch (const CancelledError&) {
                return std::nullopt;
            }
        },
        [this, generation](Rows rows) {
            --m_running;
            if (generation != m_compareGeneration || !rows)
                return;
            m_compareStatus->setText(
                tr("Revenue: net, all time. Average CLV and churn risk (P(alive) < 0.5) from the "
                   "newest CLV run; NPS from each member's latest answer. — means no data."));
            m_compare->setRows(std::move(*rows));
        },
        [this](const QString& error) {
            --m_running;
            m_compareStatus->setText(tr("The comparison failed: %1").arg(error));
        });
    return true;
}

bool SegmentSavedTab::showMigration(std::int64_t from, std::int64_t to)
{
    if (!session().isOpen())
        return false;
    const int fi = m_from->findData(static_cast<qlonglong>(from));
    const int ti = m_to->findData(static_cast<qlonglong>(to));
    if (fi >= 0)
        m_from->setCurrentIndex(fi);
    if (ti >= 0)
        m_to->setCurrentIndex(ti);
    const int generation = ++m_migrationGeneration;
    ++m_running;
    m_details->setCurrentIndex(2);
    using Matrix = std::optional<segment::MigrationMatrix>;
    runTask<Matrix>(
        this, session(), tr("Migration matrix"),
        [from, to](Database& db, const ProgressCallback&) -> Matrix {
            return segment::SegmentStore(db).migration(from, to);
        },
        [this, generation](Matrix m) {
            --m_running;
            if (generation != m_migrationGeneration || !m)
                return;
            std::int64_t stayed = 0;
            for (std::size_t i = 0; i < m->labelsFrom.size(); ++i)
                for (std::size_t j = 0; j < m->labelsTo.size(); ++j)
                    if (m->labelsFrom[i] == m->labelsTo[j])
                        stayed += m->counts[i][j];
            m_migrationStatus->setText(
                tr("Rows: sub-groups of “%1” (%2); columns: of “%3” (%4). %5 customers are in "
                   "both; %6 kept the same sub-group (highlighted).")
                    .arg(QString::fromStdString(m->from.name),
                         QString::fromStdString(date::formatDateTime(m->from.createdAt)),
                         QString::fromStdString(m->to.name),
                         QString::fromStdString(date::formatDateTime(m->to.createdAt)),
                         segfmt::count(m->inBoth), segfmt::count(stayed)));
            m_migration->setMatrix(std::move(m));
        },
        [this](const QString& error) {
            --m_running;
            m_migrationStatus->setText(tr("The migration matrix failed: %1").arg(error));
        });
    return true;
}

bool SegmentSavedTab::exportMembers(const QString& path)
{
    const std::int64_t id = currentSegmentId();
    if (id == 0 || path.isEmpty() || !session().isOpen())
        return false;
    const std::string file = path.toStdString();
    m_lastExport.clear();
    m_lastExportRows = -1;
    ++m_running;
    runTask<std::int64_t>(
        this, session(), tr("Exporting members"),
        [id, file](Database& db, const ProgressCallback&) -> std::int64_t {
            segment::SegmentStore store(db);
            const auto s = store.get(id);
            if (!s)
                throw InputError("the segment was deleted meanwhile");
            io::ExportOptions o;
            o.format = io::formatForPath(file);
            o.bom = o.format == io::ExportFormat::Csv; // Excel reads UTF-8 with it
            // exportSegment takes the newest snapshot of a name; an older one of the same
            // name is written with the same query by id.
            const bool newest = store.resolve(s->name).id == id;
            const io::ExportResult r = io::exportToFile(file, [&](std::ostream& out) {
                if (newest)
                    return io::exportSegment(db, s->name, out, o);
                return io::exportQuery(db,
                                       "SELECT c.*, m.label AS segment_label FROM "
                                       "segment_members m JOIN customers c ON c.id = "
                                       "m.customer_id WHERE m.segment_id = " +
                                           std::to_string(id) + " ORDER BY c.id",
                                       out, o);
            });
            return r.rows;
        },
        [this, path](std::int64_t rows) {
            --m_running;
            m_lastExport = path;
            m_lastExportRows = rows;
            session().showMessage(tr("Exported %1 members to %2.")
                                      .arg(segfmt::count(rows), QDir::toNativeSeparators(path)));
        },
        [this](const QString& error) {
            --m_running;
            session().showMessage(tr("The members were not exported: %1").arg(error),
                                  MessageLevel::Error);
        });
    return true;
}

void SegmentSavedTab::exportDialog()
{
    const auto* s = m_list->segmentAt(m_listView->currentIndex().row());
    if (!s)
        return;
    QSettings settings;
    const QString dir =
        settings
            .value("export/lastDir",
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString name = QString::fromStdString(s->name);
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("_"));
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export members"), dir + QLatin1Char('/') + name + QStringLiteral(".csv"),
        tr("CSV (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("json")) ? QStringLiteral(".json")
                                                         : QStringLiteral(".csv");
    settings.setValue("export/lastDir", QFileInfo(path).absolutePath());
    exportMembers(path);
}

bool SegmentSavedTab::renameSegment(std::int64_t segmentId, const QString& name)
{
    if (name.trimmed().isEmpty() || !session().isOpen())
        return false;
    try {
        segment::SegmentStore(session().db()).rename(segmentId, name.trimmed().toStdString());
    } catch (const std::exception& e) {
        session().showMessage(
            tr("The segment was not renamed: %1").arg(QString::fromUtf8(e.what())),
            MessageLevel::Error);
        return false;
    }
    reloadList();
    selectSegment(segmentId);
    emit segmentsChanged();
    return true;
}

bool SegmentSavedTab::deleteSegment(std::int64_t segmentId)
{
    if (!session().isOpen())
        return false;
    try {
        segment::SegmentStore(session().db()).remove(segmentId);
    } catch (const std::exception& e) {
        session().showMessage(
            tr("The segment was not deleted: %1").arg(QString::fromUtf8(e.what())),
            MessageLevel::Error);
        return false;
    }
    m_compare->setRows({});
    if (m_migration->matrix() &&
        (m_migration->matrix()->from.id == segmentId || m_migration->matrix()->to.id == segmentId))
        m_migration->setMatrix(std::nullopt);
    reloadList();
    emit segmentsChanged();
    return true;
}

void SegmentSavedTab::renameDialog()
{
    const auto* s = m_list->segmentAt(m_listView->currentIndex().row());
    if (!s)
        return;
    const std::int64_t id = s->id;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename segment"), tr("New name:"), QLineEdit::Normal,
                              QString::fromStdString(s->name), &ok);
    if (ok)
        renameSegment(id, name);
}

void SegmentSavedTab::deleteDialog()
{
    const auto* s = m_list->segmentAt(m_listView->currentIndex().row());
    if (!s)
        return;
    const std::int64_t id = s->id;
    const auto answer = QMessageBox::question(
        this, tr("Delete segment"),
        tr("Delete the saved segment “%1” (%2 customers)? The customers stay; only the "
           "snapshot goes.")
            .arg(QString::fromStdString(s->name), segfmt::count(s->members)));
    if (answer == QMessageBox::Yes)
        deleteSegment(id);
}

} // namespace vd::gui
