#include "FeedbackQueuePage.h"

#include "CaseTableModel.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

// One status change of one case on the undo stack. The change itself is made (and checked
// by the status machine) before the command is pushed; the command then only replays the
// recorded fields with loyalty::restoreCaseState, which refuses when the case moved on.
class CaseTransitionCommand : public QUndoCommand
{
public:
    CaseTransitionCommand(FeedbackQueuePage* page, WorkspaceSession& session, std::int64_t caseId,
                          loyalty::CaseState before, loyalty::CaseState after, const QString& text)
        : QUndoCommand(text), m_page(page), m_session(session), m_caseId(caseId),
          m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false; // already applied by the page
            return;
        }
        apply(m_before, m_after);
    }
    void undo() override { apply(m_after, m_before); }

private:
    void apply(const loyalty::CaseState& from, const loyalty::CaseState& to)
    {
        try {
            loyalty::restoreCaseState(m_session.db(), m_caseId, from, to);
        } catch (const std::exception& e) {
            setObsolete(true); // the case moved on: this step can no longer be replayed
            m_session.showMessage(QString::fromUtf8(e.what()), MessageLevel::Error);
            return;
        }
        if (m_page)
            m_page->caseEdited(m_caseId);
    }

    QPointer<FeedbackQueuePage> m_page;
    WorkspaceSession& m_session;
    std::int64_t m_caseId;
    loyalty::CaseState m_before;
    loyalty::CaseState m_after;
    bool m_firstRedo = true;
};

struct QueueLoad
{
    std::vector<std::int64_t> ids;
    std::int64_t overdue = 0;
    std::vector<std::string> owners;
};

} // namespace

FeedbackQueuePage::FeedbackQueuePage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_status(new QComboBox(this)), m_owner(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("Overdue only"), this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_open(new QPushButton(tr("Open new cases"), this)),
      m_assign(new QPushButton(tr("Assign…"), this)),
      m_resolve(new QPushButton(tr("Resolve"), this)),
      m_inform(new QPushButton(tr("Customer informed"), this)),
      m_customer(new QPushButton(tr("Customer 360°"), this)),
      m_settings(new QPushButton(tr("Case settings…"), this)), m_model(new CaseTableModel(this)),
      m_undo(new QUndoStack(this)), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
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
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->addItem(tr("All owners"), QString());
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);
    filters->addWidget(m_overdue);
    filters->addStretch();
    m_open->setToolTip(tr("Open a case for every detractor and negative feedback that has none"));
    filters->addWidget(m_open);
    m_settings->setToolTip(tr("SLA hours and the keyword rules that set a case's category"));
    filters->addWidget(m_settings);
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
    // Narrow fixed columns leave the feedback text (last, stretched) at least a third of a
    // 1280 px window; the opening day is shown without its time (tooltip has it).
    const int widths[] = {52, 140, 88, 118, 92, 70, 90, 118, 100, 300};
    for (int c = 0; c < CaseTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    layout->addWidget(m_view, 1);

    auto* actions = new QHBoxLayout;
    m_assign->setToolTip(tr("Give the case an owner (Ctrl+Shift+A)"));
    m_resolve->setToolTip(tr("The owner solved the problem (Ctrl+Shift+R)"));
    m_inform->setToolTip(tr("The customer was told; closes the loop (Ctrl+Shift+I)"));
    m_customer->setToolTip(tr("Open the customer's 360° page (Enter or double-click)"));
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->addWidget(m_assign);
    actions->addWidget(m_resolve);
    actions->addWidget(m_inform);
    actions->addWidget(m_customer);
    actions->addStretch();
    actions->addWidget(undoButton);
    actions->addWidget(redoButton);
    layout->addLayout(actions);
    auto* hint = new QLabel(tr("Status moves new → assigned → resolved → customer informed; "
                               "other changes are refused. Undo with Ctrl+Z."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            load();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            load();
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this] { load(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openCasesNow(); });
    connect(m_settings, &QPushButton::clicked, this, [this] { editSettings(); });
    connect(m_assign, &QPushButton::clicked, this, [this] { assignSelected(); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveSelected(); });
    connect(m_inform, &QPushButton::clicked, this, [this] { informSelected(); });
    connect(m_customer, &QPushButton::clicked, this, [this] { openSelectedCustomer(); });
    connect(new QShortcut(QKeySequence(tr("Ctrl+Shift+A")), this), &QShortcut::activated, this,
            [this] { assignSelected(); });
    connect(new QShortcut(QKeySequence(tr("Ctrl+Shift+R")), this), &QShortcut::activated, this,
            [this] { resolveSelected(); });
    connect(new QShortcut(QKeySequence(tr("Ctrl+Shift+I")), this), &QShortcut::activated, this,
            [this] { informSelected(); });
    connect(m_view, &QTableView::activated, this, [this] { openSelectedCustomer(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
    // Undo steps belong to one workspace.
    connect(&session, &WorkspaceSession::opened, m_undo, &QUndoStack::clear);
    connect(&session, &WorkspaceSession::closed, this, [this] {
        m_undo->clear();
        m_model->setDatabase(nullptr);
    });
    updateActions();
}

void FeedbackQueuePage::reload()
{
    if (!session().isOpen()) {
        m_model->setDatabase(nullptr);
        return;
    }
    load();
}

loyalty::CaseFilter FeedbackQueuePage::currentFilter() const
{
    loyalty::CaseFilter f;
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        f.status = loyalty::parseCaseStatus(s.toStdString());
    if (const QString o = m_owner->currentData().toString(); !o.isEmpty())
        f.owner = o.toStdString();
    f.overdueOnly = m_overdue->isChecked();
    f.now = m_clock();
    return f;
}

void FeedbackQueuePage::load()
{
    if (!session().isOpen())
        return;
    if (!m_keepCase)
        if (const auto* c = selectedCase())
            m_keepCase = c->id;
    const loyalty::CaseFilter f = currentFilter();
    const int generation = ++m_generation;
    ++m_loading;
    m_count->setText(tr("Loading…"));
    runTask<QueueLoad>(
        this, session(), tr("Loading the feedback queue"),
        [f](Database& db, const ProgressCallback&) {
            QueueLoad out;
            out.ids = loyalty::listCaseIds(db, f);
            loyalty::CaseFilter overdue = f;
            overdue.overdueOnly = true;
            out.overdue = loyalty::countCases(db, overdue);
            out.owners = loyalty::caseOwners(db);
            return out;
        },
        [this, generation, f](QueueLoad out) {
            --m_loading;
            if (generation != m_generation)
                return; // a newer filter is being loaded
            m_filling = true;
            const QString keep = m_owner->currentData().toString();
            m_owner->clear();
            m_owner->addItem(tr("All owners"), QString());
            for (const std::string& o : out.owners)
                m_owner->addItem(QString::fromStdString(o), QString::fromStdString(o));
            const int i = m_owner->findData(keep);
            m_owner->setCurrentIndex(i >= 0 ? i : 0);
            m_filling = false;
            m_model->setDatabase(&session().db());
            const auto listed = static_cast<qlonglong>(out.ids.size());
            m_model->setCases(std::move(out.ids), f.now);
            m_count->setText(tr("%L1 cases · %L2 overdue").arg(listed).arg(out.overdue));
            if (m_keepCase)
                selectCase(*m_keepCase);
            m_keepCase.reset();
            updateActions();
        },
        [this, generation](const QString& error) {
            --m_loading;
            if (generation != m_generation)
                return;
            m_count->clear();
            session().showMessage(tr("Feedback queue: %1").arg(error), MessageLevel::Error);
        });
}

void FeedbackQueuePage::setStatusFilter(std::optional<loyalty::CaseStatus> status)
{
    m_status->setCurrentIndex(
        status ? m_status->findData(QString::fromLatin1(loyalty::caseStatusName(*status))) : 0);
}

void FeedbackQueuePage::setOwnerFilter(const QString& owner)
{
    const int i = m_owner->findData(owner);
    m_owner->setCurrentIndex(i >= 0 ? i : 0);
}

void FeedbackQueuePage::setOverdueOnly(bool on)
{
    m_overdue->setChecked(on);
}

bool FeedbackQueuePage::selectCase(std::int64_t caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    updateActions();
    return true;
}

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
    m_customer->setEnabled(c && c->customerId);
}

void FeedbackQueuePage::openSelectedCustomer()
{
    if (const auto* c = selectedCase(); c && c->customerId)
        session().openCustomer(*c->customerId);
}

void FeedbackQueuePage::caseEdited(std::int64_t caseId)
{
    // Show the new status at once; the background reload then applies the filters again.
    m_model->refresh();
    m_keepCase = caseId;
    load();
    session().notifyDataChanged();
}

void FeedbackQueuePage::transition(
    const QString& text, const std::function<void(Database&, std::int64_t, std::int64_t)>& action)
{
    const loyalty::FeedbackCase* c = selectedCase();
    if (!c)
        return;
    const std::int64_t id = c->id;
    const loyalty::CaseState before = loyalty::caseState(*c);
    std::optional<loyalty::FeedbackCase> after;
    try {
        Database& db = session().db();
        action(db, id, m_clock());
        after = loyalty::getCase(db, id, m_clock());
    } catch (const Error& e) {
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Error);
        return;
    }
    if (!after)
        return;
    m_undo->push(
        new CaseTransitionCommand(this, session(), id, before, loyalty::caseState(*after), text));
    caseEdited(id);
}

void FeedbackQueuePage::assignSelected(const QString& givenOwner)
{
    const loyalty::FeedbackCase* c = selectedCase();
    if (!c || !m_assign->isEnabled())
        return;
    QString owner = givenOwner;
    if (owner.isEmpty()) {
        const std::int64_t asked = c->id;
        bool ok = false;
        owner = QInputDialog::getText(this, tr("Assign case %1").arg(c->id),
                                      tr("Owner (who will follow up with the customer):"),
                                      QLineEdit::Normal,
                                      c->owner ? QString::fromStdString(*c->owner) : QString(), &ok)
                    .trimmed();
        if (!ok)
            return;
        // The dialog ran an event loop: a reload may have replaced the row meanwhile.
        c = selectedCase();
        if (!c || c->id != asked)
            return;
    }
    if (owner.trimmed().isEmpty()) {
        session().showMessage(tr("A case needs an owner's name to be assigned."),
                              MessageLevel::Warning);
        return;
    }
    const std::string o = owner.trimmed().toStdString();
    transition(tr("Assign case %1 to %2").arg(c->id).arg(owner.trimmed()),
               [o](Database& db, std::int64_t id, std::int64_t now) {
                   loyalty::assignCase(db, id, o, now);
               });
}

void FeedbackQueuePage::resolveSelected()
{
    if (const auto* c = selectedCase(); c && m_resolve->isEnabled())
        transition(tr("Resolve case %1").arg(c->id),
                   [](Database& db, std::int64_t id, std::int64_t now) {
                       loyalty::resolveCase(db, id, now);
                   });
}

void FeedbackQueuePage::informSelected()
{
    if (const auto* c = selectedCase(); c && m_inform->isEnabled())
        transition(tr("Mark case %1 as customer informed").arg(c->id),
                   [](Database& db, std::int64_t id, std::int64_t now) {
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
            load();
            if (r.total() > 0)
                session().notifyDataChanged();
        },
        [this](const QString& error) {
            m_open->setEnabled(true);
            session().showMessage(tr("Opening cases failed: %1").arg(error), MessageLevel::Error);
        });
}

QString FeedbackQueuePage::rulesToText(const std::vector<loyalty::CategoryRule>& rules)
{
    QStringList lines;
    for (const auto& r : rules) {
        QStringList keywords;
        for (const auto& k : r.keywords)
            keywords << QString::fromStdString(k);
        lines << QString::fromStdString(r.category) + QStringLiteral(": ") +
                     keywords.join(QStringLiteral(", "));
    }
    return lines.join(QLatin1Char('\n'));
}

std::vector<loyalty::CategoryRule> FeedbackQueuePage::rulesFromText(const QString& text)
{
    std::vector<loyalty::CategoryRule> rules;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        line.replace(QChar(0xFF1A), QLatin1Char(':')); // full-width colon
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString category = colon < 0 ? QString() : line.left(colon).trimmed();
        loyalty::CategoryRule rule;
        rule.category = category.toStdString();
        if (colon >= 0)
            for (const QString& k : line.mid(colon + 1).split(separators, Qt::SkipEmptyParts))
                if (!k.trimmed().isEmpty())
                    rule.keywords.push_back(k.trimmed().toStdString());
        if (category.isEmpty() || rule.keywords.empty())
            throw InputError("line " + std::to_string(i + 1) +
                             " of the rules needs \"category: keyword, keyword\", got \"" +
                             line.toStdString() + "\"");
        rules.push_back(std::move(rule));
    }
    return rules;
}

void FeedbackQueuePage::editSettings()
{
    loyalty::CaseSettings settings;
    try {
        settings = loyalty::loadCaseSettings(session().db());
    } catch (const InputError& e) {
        // A broken setting is shown and replaced by the defaults in the dialog.
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Warning);
    } catch (const Error& e) {
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Error);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Case settings"));
    auto* form = new QFormLayout(&dialog);
    auto* sla = new QSpinBox(&dialog);
    sla->setRange(1, 8760);
    sla->setSuffix(tr(" h"));
    sla->setValue(settings.slaHours);
    sla->setToolTip(tr("Time from the feedback until its case is due (default 48 h)"));
    auto* rules = new QPlainTextEdit(rulesToText(settings.rules), &dialog);
    rules->setMinimumSize(520, 220);
    form->addRow(tr("SLA:"), sla);
    form->addRow(tr("Category rules:"), rules);
    auto* help = new QLabel(tr("One line per category: “category: keyword, keyword, …”. The first "
                               "line with a keyword in the feedback decides; English keywords "
                               "match at a word start, Chinese ones anywhere. Applies to cases "
                               "opened from now on."),
                            &dialog);
    help->setWordWrap(true);
    form->addRow(help);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        try {
            loyalty::CaseSettings edited;
            edited.slaHours = sla->value();
            edited.rules = rulesFromText(rules->toPlainText());
            loyalty::saveCaseSettings(session().db(), edited);
        } catch (const Error& e) {
            QMessageBox::warning(&dialog, tr("Case settings"), QString::fromUtf8(e.what()));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        session().showMessage(tr("Case settings saved; they apply to cases opened from now on."));
}

static const PageRegistrar kRegistrar({"feedback", QT_TRANSLATE_NOOP("Pages", "Feedback queue"), 55,
                                       [](WorkspaceSession& s, QWidget* p) -> Page* {
                                           return new FeedbackQueuePage(s, p);
                                       }});

} // namespace vd::gui
