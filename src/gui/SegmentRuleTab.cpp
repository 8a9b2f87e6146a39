#include "SegmentRuleTab.h"

#include "SegmentEditCommand.h"
#include "SegmentFormat.h"
#include "SegmentMemberModel.h"
#include "SegmentRuleBuilder.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vd::gui {

using nlohmann::json;

SegmentRuleTab::SegmentRuleTab(WorkspaceSession& session, QWidget* parent)
    : SegmentTab(session, parent), m_saved(new QComboBox(this)),
      m_evaluate(new QPushButton(tr("E&valuate"), this)), m_builder(new SegmentRuleBuilder(this)),
      m_ruleText(new QLabel(this)), m_status(new QLabel(this)), m_previewView(new QTableView(this)),
      m_preview(new SegmentMemberModel(this)), m_undo(new QUndoStack(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* top = new QHBoxLayout;
    auto* savedLabel = new QLabel(tr("Saved &rule:"), this);
    savedLabel->setBuddy(m_saved);
    m_saved->setMinimumContentsLength(24);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setToolTip(tr("Rule segments saved earlier"));
    auto* load = new QPushButton(tr("&Load"), this);
    load->setToolTip(tr("Put the saved rule into the builder"));
    auto* again = new QPushButton(tr("Re-evaluate"), this);
    again->setToolTip(tr("Evaluate the saved rule over the current data and compare with its "
                         "snapshot: who joined, who left"));
    m_evaluate->setToolTip(tr("Count and list the customers the rule matches (F5)"));
    auto* save = new QPushButton(tr("Save as segment…"), this);
    save->setToolTip(tr("Save the matching customers with the rule (Ctrl+S)"));
    top->addWidget(savedLabel);
    top->addWidget(m_saved);
    top->addWidget(load);
    top->addWidget(again);
    top->addStretch();
    top->addWidget(m_evaluate);
    top->addWidget(save);
    layout->addLayout(top);

    auto* ruleBox = new QGroupBox(tr("Rule"), this);
    auto* rb = new QVBoxLayout(ruleBox);
    rb->addWidget(m_builder, 1);
    m_ruleText->setWordWrap(true);
    m_ruleText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rb->addWidget(m_ruleText);
    auto* hint = new QLabel(tr("Text matches ignore case; a customer without a value never "
                               "matches “equals” but does match “is not”. Lists: values "
                               "separated by commas."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet("color: palette(mid);");
    rb->addWidget(hint);

    auto* previewBox = new QGroupBox(tr("Matching customers"), this);
    auto* pb = new QVBoxLayout(previewBox);
    m_status->setWordWrap(true);
    pb->addWidget(m_status);
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->verticalHeader()->setDefaultSectionSize(24);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setColumnWidth(SegmentMemberModel::ExternalId, 140);
    m_previewView->setColumnWidth(SegmentMemberModel::Name, 240);
    m_previewView->hideColumn(SegmentMemberModel::Label);
    pb->addWidget(m_previewView, 1);
    auto* open = new QLabel(tr("Enter or double-click opens the customer's 360° page."), this);
    open->setStyleSheet("color: palette(mid);");
    pb->addWidget(open);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(ruleBox);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);

    connect(m_evaluate, &QPushButton::clicked, this, [this] { evaluate(); });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, [this] { evaluate(); });
    connect(save, &QPushButton::clicked, this, [this] { saveAsSegmentDialog(); });
    connect(load, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() >= 0)
            loadSaved(m_saved->currentData().toLongLong());
    });
    connect(again, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() >= 0)
            reevaluate(m_saved->currentData().toLongLong());
    });
    connect(m_builder, &SegmentRuleBuilder::edited, this, [this] { noteEdit(); });
    connect(m_builder, &SegmentRuleBuilder::choicesWanted, this,
            [this](const QString& field) { loadChoices(field); });
    connect(m_previewView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (qint64 id = m_preview->customerId(index.row()))
            this->session().openCustomer(id);
    });
    connect(&session, &WorkspaceSession::closed, this, [this] {
        m_preview->clear();
        m_builder->clearChoices();
        m_result.reset();
    });

    // A first rule that shows a nested group: frequent buyers who use the app or are among
    // the best RFM segments.
    m_builder->setState(json{
        {"and", json::array(
                    {json{{"field", "orders"}, {"op", "ge"}, {"value", 3}},
                     json{{"or", json::array(
                                     {json{{"field", "channel"}, {"op", "eq"}, {"value", "app"}},
                                      json{{"field", "rfm_segment"},
                                           {"op", "in"},
                                           {"value", json::array({"Champions", "Loyal"})}}})}}})}});
    m_state = m_builder->state().dump();
    updateRuleText();
    m_status->setText(tr("Build a rule and press Evaluate (F5)."));
}

void SegmentRuleTab::refresh()
{
    m_builder->clearChoices();
    for (SegmentRuleRow* row : m_builder->root()->allRows())
        row->refreshChoices();
    refreshSaved();
    evaluate();
}

void SegmentRuleTab::refreshSaved()
{
    const qint64 current = m_saved->currentData().toLongLong();
    m_saved->clear();
    if (!session().isOpen())
        return;
    try {
        for (const auto& s : segment::SegmentStore(session().db()).list())
            if (s.kind == "rule")
                m_saved->addItem(tr("%1 (%2, %3 customers)")
                                     .arg(QString::fromStdString(s.name),
                                          QString::fromStdString(date::formatDate(s.createdAt)),
                                          segfmt::count(s.members)),
                                 static_cast<qlonglong>(s.id));
    } catch (const std::exception& e) {
        m_status->setText(tr("Saved rules cannot be listed: %1").arg(QString::fromUtf8(e.what())));
    }
    const int i = m_saved->findData(current);
    if (i >= 0)
        m_saved->setCurrentIndex(i);
}

void SegmentRuleTab::loadChoices(const QString& field)
{
    if (!session().isOpen())
        return;
    const segment::RuleField* f = segment::findRuleField(field.toStdString());
    if (!f)
        return;
    if (f->type == segment::FieldType::RfmSegment) {
        QStringList names;
        try {
            const segment::RfmGrid grid = segment::RfmGrid::load(session().db());
            for (const auto& s : grid.segments())
                names << QString::fromStdString(s.name);
        } catch (const std::exception&) {
            const segment::RfmGrid grid = segment::RfmGrid::defaults();
            for (const auto& s : grid.segments())
                names << QString::fromStdString(s.name);
        }
        m_builder->setChoices(field, names);
        return;
    }
    const std::string name = field.toStdString();
    ++m_running;
    runTask<QStringList>(
        this, session(), tr("Reading the values of %1").arg(QString::fromStdString(f->label)),
        [name](Database& db, const ProgressCallback&) {
            QStringList values;
            for (const auto& v : segment::distinctValues(db, name))
                values << QString::fromStdString(v.value);
            return values;
        },
        [this, field](QStringList values) {
            --m_running;
            m_builder->setChoices(field, values);
        },
        [this](const QString&) { --m_running; });
}

void SegmentRuleTab::noteEdit()
{
    const std::string next = m_builder->state().dump();
    if (next == m_state) {
        updateRuleText();
        return;
    }
    const std::string before = m_state;
    m_state = next;
    m_undo->push(new SegmentEditCommand(tr("Edit the rule"), before, next,
                                        [this](const std::string& s) { applyState(s); }));
    updateRuleText();
}

void SegmentRuleTab::applyState(const std::string& state)
{
    m_state = state;
    m_builder->setState(json::parse(state));
    updateRuleText();
}

void SegmentRuleTab::updateRuleText()
{
    QString error;
    if (auto rule = m_builder->rule(&error)) {
        m_ruleText->setStyleSheet({});
        m_ruleText->setText(tr("Rule: %1").arg(QString::fromStdString(rule->describe())));
    } else {
        m_ruleText->setStyleSheet("color: #a01c1c;");
        m_ruleText->setText(tr("Not a valid rule yet: %1").arg(error));
    }
}

bool SegmentRuleTab::evaluate()
{
    noteEdit();
    if (!session().isOpen())
        return false;
    QString error;
    const std::optional<segment::Rule> rule = m_builder->rule(&error);
    if (!rule) {
        m_status->setText(tr("The rule cannot be evaluated: %1").arg(error));
        return false;
    }
    const int generation = ++m_generation;
    ++m_running;
    m_evaluate->setEnabled(false);
    m_status->setText(tr("Evaluating…"));
    using Result = std::optional<segment::RuleResult>;
    const segment::Rule r = *rule;
    runTask<Result>(
        this, session(), tr("Evaluating the rule"),
        [r](Database& db, const ProgressCallback& progress) -> Result {
            try {
                segment::RuleOptions o;
                o.grid = segment::RfmGrid::load(db);
                return segment::evaluateRule(db, r, o, progress);
            } catch (const CancelledError&) {
                return std::nullopt;
            }
        },
        [this, generation](Result result) {
            --m_running;
            m_evaluate->setEnabled(true);
            if (generation != m_generation || !result)
                return;
            showResult(std::move(*result), {});
        },
        [this, generation](const QString& message) {
            --m_running;
            m_evaluate->setEnabled(true);
            if (generation != m_generation)
                return;
            m_status->setText(tr("The rule cannot be evaluated: %1").arg(message));
        });
    return true;
}

void SegmentRuleTab::showResult(segment::RuleResult result, const QString& text)
{
    const auto n = static_cast<std::int64_t>(result.customerIds.size());
    QString line = tr("%1 of %2 customers match (%3) at %4.")
                       .arg(segfmt::count(n), segfmt::count(result.customersInBase),
                            segfmt::share(result.customersInBase > 0
                                              ? std::optional<double>(
                                                    static_cast<double>(n) /
                                                    static_cast<double>(result.customersInBase))
                                              : std::nullopt),
                            segfmt::dayText(result.referenceDay));
    if (!text.isEmpty())
        line = text + QLatin1Char(' ') + line;
    m_status->setText(line);
    m_preview->setCustomers(&session().db(), result.customerIds);
    m_result = std::move(result);
}

bool SegmentRuleTab::loadSaved(std::int64_t segmentId)
{
    try {
        segment::SegmentStore store(session().db());
        const auto s = store.get(segmentId);
        if (!s)
            return false;
        const segment::SavedRuleDefinition def = segment::ruleDefinition(*s);
        const std::string before = m_state;
        applyState(def.rule.toJson());
        m_undo->push(new SegmentEditCommand(tr("Load a saved rule"), before, m_state,
                                            [this](const std::string& st) { applyState(st); }));
        m_suggestedName = QString::fromStdString(s->name);
        return true;
    } catch (const std::exception& e) {
        m_status->setText(QString::fromUtf8(e.what()));
        return false;
    }
}

bool SegmentRuleTab::reevaluate(std::int64_t segmentId)
{
    if (!session().isOpen() || !loadSaved(segmentId))
        return false;
    const int generation = ++m_generation;
    ++m_running;
    m_status->setText(tr("Re-evaluating the saved rule…"));
    using Result = std::optional<segment::RuleReevaluation>;
    runTask<Result>(
        this, session(), tr("Re-evaluating the rule"),
        [segmentId](Database& db, const ProgressCallback& progress) -> Result {
            try {
                return segment::reevaluateRule(db, segmentId, {}, progress);
            } catch (const CancelledError&) {
                return std::nullopt;
            }
        },
        [this, generation](Result re) {
            --m_running;
            if (generation != m_generation || !re)
                return;
            const QString text =
                tr("“%1” (saved %2 with %3 customers): %4 stayed, %5 joined, %6 left.")
                    .arg(QString::fromStdString(re->segment.name),
                         QString::fromStdString(date::formatDate(re->segment.createdAt)),
                         segfmt::count(re->before), segfmt::count(re->stayed),
                         segfmt::count(re->joined), segfmt::count(re->left));
            showResult(std::move(re->result), text);
        },
        [this, generation](const QString& message) {
            --m_running;
            if (generation == m_generation)
                m_status->setText(tr("The saved rule cannot be evaluated: %1").arg(message));
        });
    return true;
}

bool SegmentRuleTab::saveAsSegment(const QString& name)
{
    noteEdit();
    QString error;
    const std::optional<segment::Rule> rule = m_builder->rule(&error);
    if (!rule || name.trimmed().isEmpty()) {
        if (!rule)
            m_status->setText(tr("The rule cannot be saved: %1").arg(error));
        return false;
    }
    const segment::Rule r = *rule;
    const std::string n = name.trimmed().toStdString();
    ++m_running;
    using Saved = std::pair<qint64, qint64>; // id, members
    runTask<Saved>(
        this, session(), tr("Saving the rule segment"),
        [r, n](Database& db, const ProgressCallback& progress) -> Saved {
            try {
                segment::RuleOptions o;
                o.grid = segment::RfmGrid::load(db);
                const segment::RuleResult res = segment::evaluateRule(db, r, o, progress);
                const segment::SegmentDraft draft = segment::ruleDraft(r, res, &o.grid);
                const auto id =
                    segment::SegmentStore(db).save(n, draft.kind, draft.definition, draft.members);
                return {id, static_cast<qint64>(draft.members.size())};
            } catch (const CancelledError&) {
                return {0, 0};
            }
        },
        [this, name](Saved saved) {
            --m_running;
            if (saved.first == 0)
                return;
            session().showMessage(tr("Saved rule segment “%1” (%2 customers).")
                                      .arg(name.trimmed(), segfmt::count(saved.second)));
            refreshSaved();
            const int i = m_saved->findData(saved.first);
            if (i >= 0)
                m_saved->setCurrentIndex(i);
            emit segmentsChanged();
        },
        [this](const QString& message) {
            --m_running;
            session().showMessage(tr("The segment was not saved: %1").arg(message),
                                  MessageLevel::Error);
        });
    return true;
}

bool SegmentRuleTab::saveAsSegmentDialog()
{
    QString error;
    if (!m_builder->rule(&error)) {
        m_status->setText(tr("The rule cannot be saved: %1").arg(error));
        return false;
    }
    const QString name =
        askSegmentName(m_suggestedName.isEmpty() ? tr("Rule segment") : m_suggestedName);
    return !name.isEmpty() && saveAsSegment(name);
}

} // namespace vd::gui
