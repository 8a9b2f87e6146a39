#include "FeedbackQueuePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "CaseTableModel.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"

namespace vd::gui {

FeedbackQueuePage::FeedbackQueuePage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_status(new QComboBox(this)), m_owner(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("Overdue only"), this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_open(new QPushButton(tr("Open new cases"), this)),
      m_assign(new QPushButton(tr("Assign…"), this)),
      m_resolve(new QPushButton(tr("Resolve"), this)),
      m_inform(new QPushButton(tr("Customer informed"), this)), m_model(new CaseTableModel(this)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Feedback queue"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("New"), QStringLiteral("new"));
    m_status->addItem(tr("Assigned"), QStringLiteral("assigned"));
    m_status->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_status->addItem(tr("Customer informed"), QStringLiteral("informed"));
    m_owner->setMinimumContentsLength(14);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);
    filters->addWidget(m_overdue);
    filters->addStretch();
    m_open->setToolTip(tr("Open a case for every detractor and negative feedback that has none"));
    filters->addWidget(m_open);
    layout->addLayout(filters);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {60, 150, 100, 150, 110, 80, 120, 120, 120, 300};
    for (int c = 0; c < CaseTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    layout->addWidget(m_view, 1);

    auto* actions = new QHBoxLayout;
    m_assign->setToolTip(tr("Give the case an owner (Ctrl+Shift+A)"));
    m_resolve->setToolTip(tr("The owner solved the problem (Ctrl+Shift+R)"));
    m_inform->setToolTip(tr("The customer was told; closes the loop (Ctrl+Shift+I)"));
    actions->addWidget(m_assign);
    actions->addWidget(m_resolve);
    actions->addWidget(m_inform);
    actions->addStretch();
    auto* hint = new QLabel(tr("Double-click a case to open the customer's 360° page. "
                               "Status moves new → assigned → resolved → customer informed."),
                            this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    actions->addWidget(hint);
    layout->addLayout(actions);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_overdue, &QCheckBox::toggled, this, [this] { applyFilter(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openCasesNow(); });
    connect(m_assign, &QPushButton::clicked, this, [this] { assignSelected(); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveSelected(); });
    connect(m_inform, &QPushButton::clicked, this, [this] { informSelected(); });
    connect(new QShortcut(QKeySequence(tr("Ctrl+Shift+A")), this), &QShortcut::activated, this,
            [this] { assignSelected(); });
    connect(new QShortcut(QKeySequence(tr("Ctrl+Shift+R")), this), &QShortcut::activated, this,
            [this] { resolveSelected(); });
    connect(new QShortcut(QKeySequence(tr("Ctrl+Shift+I")), this), &QShortcut::activated, this,
            [this] { informSelected(); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const auto* c = m_model->caseAt(index.row()); c && c->customerId)
            this->session().openCustomer(*c->customerId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    connect(&session, &WorkspaceSession::closed, this, [this] { m_model->setDatabase(nullptr); });
    updateActions();
}

void FeedbackQueuePage::reload()
{
    m_filling = true;
    const QString keep = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const std::string& o : loyalty::caseOwners(session().db()))
        m_owner->addItem(QString::fromStdString(o), QString::fromStdString(o));
    const int i = m_owner->findData(keep);
    m_owner->setCurrentIndex(i >= 0 ? i : 0);
    m_filling = false;
    m_model->setDatabase(&session().db());
    applyFilter();
}

void FeedbackQueuePage::applyFilter()
{
    if (m_filling)
        return;
    loyalty::CaseFilter f;
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        f.status = loyalty::parseCaseStatus(s.toStdString());
    if (const QString o = m_owner->currentData().toString(); !o.isEmpty())
        f.owner = o.toStdString();
    f.overdueOnly = m_overdue->isChecked();
    f.now = m_clock();
    m_model->setFilter(f);
    loyalty::CaseFilter overdue = f;
    overdue.overdueOnly = true;
    const qint64 late = session().isOpen() ? loyalty::countCases(session().db(), overdue) : 0;
    m_count->setText(tr("%L1 cases · %L2 overdue").arg(m_model->rowCount()).arg(late));
}

void FeedbackQueuePage::setStatusFilter(std::optional<loyalty::CaseStatus> status)
{
    m_status->setCurrentIndex(
        status ? m_status->findData(QString::fromLatin1(loyalty::caseStatusName(*status))) : 0);
}

void FeedbackQueuePage::setOverdueOnly(bool on) { m_overdue->setChecked(on); }

const loyalty::FeedbackCase* FeedbackQueuePage::selectedCase() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->caseAt(index.row()) : nullptr;
}

void FeedbackQueuePage::updateActions()
{
    const loyalty::FeedbackCase* c = selectedCase();
    using S = loyalty::CaseStatus;
    m_assign->setEnabled(c && (c->status == S::New || c->status == S::Assigned));
    m_assign->setText(c && c->status == S::Assigned ? tr("Reassign…") : tr("Assign…"));
    m_resolve->setEnabled(c && c->status == S::Assigned);
    m_inform->setEnabled(c && c->status == S::Resolved);
}

void FeedbackQueuePage::act(
    const std::function<void(Database&, std::int64_t, std::int64_t)>& action)
{
    const loyalty::FeedbackCase* c = selectedCase();
    if (!c)
        return;
    const std::int64_t id = c->id;
    const int row = m_view->currentIndex().row();
    try {
        action(session().db(), id, m_clock());
    } catch (const Error& e) {
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Error);
        return;
    }
    reload();
    session().notifyDataChanged();
    // Keep the selection on the same case when it is still listed.
    for (int r = std::max(0, row - 1); r < std::min(m_model->rowCount(), row + 2); ++r) {
        if (const auto* x = m_model->caseAt(r); x && x->id == id) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            break;
        }
    }
    updateActions();
}

void FeedbackQueuePage::assignSelected(const QString& givenOwner)
{
    const loyalty::FeedbackCase* c = selectedCase();
    if (!c || !m_assign->isEnabled())
        return;
    QString owner = givenOwner;
    if (owner.isEmpty()) {
        bool ok = false;
        owner = QInputDialog::getText(this, tr("Assign case %1").arg(c->id),
                                      tr("Owner (who will follow up with the customer):"),
                                      QLineEdit::Normal,
                                      c->owner ? QString::fromStdString(*c->owner) : QString(),
                                      &ok)
                    .trimmed();
        if (!ok)
            return;
    }
    if (owner.trimmed().isEmpty()) {
        session().showMessage(tr("A case needs an owner's name to be assigned."),
                              MessageLevel::Warning);
        return;
    }
    const std::string o = owner.trimmed().toStdString();
    act([o](Database& db, std::int64_t id, std::int64_t now) {
        loyalty::assignCase(db, id, o, now);
    });
}

void FeedbackQueuePage::resolveSelected()
{
    if (m_resolve->isEnabled())
        act([](Database& db, std::int64_t id, std::int64_t now) {
            loyalty::resolveCase(db, id, now);
        });
}

void FeedbackQueuePage::informSelected()
{
    if (m_inform->isEnabled())
        act([](Database& db, std::int64_t id, std::int64_t now) {
            loyalty::informCase(db, id, now);
        });
}

void FeedbackQueuePage::openCasesNow()
{
    m_open->setEnabled(false);
    const std::int64_t now = m_clock();
    runTask<loyalty::OpenCasesResult>(
        this, session(), tr("Opening feedback cases"),
        [now](Database& db, const ProgressCallback& progress) {
            return loyalty::openCases(db, now, progress);
        },
        [this](loyalty::OpenCasesResult r) {
            m_open->setEnabled(true);
            session().showMessage(tr("Opened %L1 cases: %L2 detractors, %L3 other negative "
                                     "responses, %L4 interactions.")
                                      .arg(r.total())
                                      .arg(r.detractors)
                                      .arg(r.negativeResponses)
                                      .arg(r.negativeInteractions));
            reload();
            if (r.total() > 0)
                session().notifyDataChanged();
        },
        [this](const QString& error) {
            m_open->setEnabled(true);
            session().showMessage(tr("Opening cases failed: %1").arg(error), MessageLevel::Error);
        });
}

static const PageRegistrar kRegistrar({"feedback", QT_TRANSLATE_NOOP("Pages", "Feedback queue"),
                                       55, [](WorkspaceSession& s, QWidget* p) -> Page* {
                                           return new FeedbackQueuePage(s, p);
                                       }});

} // namespace vd::gui
