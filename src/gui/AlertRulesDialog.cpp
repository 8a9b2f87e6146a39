#include "AlertRulesDialog.h"

#include "AlertRuleDelegate.h"
#include "AlertRuleModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vd::gui {

AlertRulesDialog::AlertRulesDialog(std::vector<loyalty::AlertRule> rules, QWidget* parent)
    : QDialog(parent), m_undo(new QUndoStack(this)), m_model(new AlertRuleModel(m_undo, this)),
      m_view(new QTableView(this)), m_problem(new QLabel(this)),
      m_remove(new QPushButton(tr("Remove"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Alert rules"));
    m_model->setRules(std::move(rules));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("An alert fires for the latest period when a metric is below or above its "
           "threshold, or when it changed for the worse against the previous period and the "
           "change is significant at 95 %. Thresholds are in NPS points, percent, or on the "
           "1–5 (CSAT mean) and 1–7 (CES mean) scales."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new AlertRuleDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumSize(620, 240);
    layout->addWidget(m_view, 1);

    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add rule"), this);
    auto* defaults = new QPushButton(tr("Restore defaults"), this);
    defaults->setToolTip(tr("Drops of NPS, CSAT, CES and retention; NPS below 0; CSAT below 70 %"));
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    auto* redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);
    row->addWidget(add);
    row->addWidget(m_remove);
    row->addWidget(defaults);
    row->addStretch();
    row->addWidget(undoButton);
    row->addWidget(redoButton);
    layout->addLayout(row);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, [this] { addRule(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelectedRule(); });
    connect(defaults, &QPushButton::clicked, this, [this] { m_model->restoreDefaults(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_model->isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &AlertRuleModel::rulesChanged, this, [this] { updateState(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateState(); });
    resize(720, 420);
    updateState();
}

std::vector<loyalty::AlertRule> AlertRulesDialog::rules() const
{
    return m_model->rules();
}

QPushButton* AlertRulesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AlertRulesDialog::addRule()
{
    loyalty::AlertRule r;
    r.metric = loyalty::AlertMetric::Nps;
    r.kind = loyalty::AlertKind::Below;
    r.threshold = 0.0;
    m_model->addRule(r);
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, AlertRuleModel::Metric));
}

void AlertRulesDialog::removeSelectedRule()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRule(current.row());
}

void AlertRulesDialog::updateState()
{
    const QString problem = m_model->firstProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace vd::gui
