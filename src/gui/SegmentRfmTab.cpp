#include "SegmentRfmTab.h"

#include "SegmentEditCommand.h"
#include "SegmentFormat.h"
#include "SegmentGridModel.h"
#include "SegmentHeatmap.h"
#include "SegmentRfmSummaryModel.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace vd::gui {

using segment::RfmCell;
using segment::RfmGrid;
using segment::RfmResult;

namespace {
QIcon swatch(const QColor& c)
{
    QPixmap pm(14, 14);
    pm.fill(c);
    return QIcon(pm);
}
} // namespace

SegmentRfmTab::SegmentRfmTab(WorkspaceSession& session, QWidget* parent)
    : SegmentTab(session, parent), m_date(new QDateEdit(this)),
      m_newest(new QCheckBox(tr("&Newest data"), this)),
      m_compute(new QPushButton(tr("&Compute"), this)), m_status(new QLabel(this)),
      m_gridView(new QTableView(this)), m_gridModel(new SegmentGridModel(this)),
      m_segments(new QListWidget(this)), m_problems(new QLabel(this)),
      m_saveGrid(new QPushButton(tr("Save &grid"), this)), m_measure(new QComboBox(this)),
      m_heatmap(new SegmentHeatmap(this)), m_summaryView(new QTableView(this)),
      m_summary(new SegmentRfmSummaryModel(this)), m_undo(new QUndoStack(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // What to score.
    auto* top = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("&Reference date:"), this);
    dateLabel->setBuddy(m_date);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    m_date->setToolTip(tr("Purchases up to the end of this day count; recency is measured "
                          "from it"));
    m_newest->setChecked(true);
    m_newest->setToolTip(tr("Use the day of the newest transaction as the reference date"));
    m_compute->setToolTip(tr("Score recency, frequency and monetary value by quintiles "
                             "(Ctrl+R)"));
    auto* save = new QPushButton(tr("Save as segment…"), this);
    save->setToolTip(tr("Save each customer's RFM segment as a snapshot (Ctrl+S)"));
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addWidget(m_newest);
    top->addWidget(m_compute);
    top->addWidget(save);
    top->addStretch();
    layout->addLayout(top);
    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: palette(mid);");
    layout->addWidget(m_status);

    // The grid editor.
    auto* editor = new QGroupBox(tr("R × F grid (select cells, then pick a segment)"), this);
    auto* ed = new QVBoxLayout(editor);
    m_gridView->setModel(m_gridModel);
    m_gridView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setWordWrap(true);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->horizontalHeader()->setMinimumSectionSize(70);
    m_gridView->verticalHeader()->setMinimumSectionSize(34);
    m_gridView->setMinimumSize(5 * 74 + 44, 5 * 36 + 28);
    m_gridView->setToolTip(tr("Rows: recency score R (5 = most recent); columns: frequency "
                              "score F. Delete clears the selected cells; 1–9 assigns them to "
                              "the n-th segment."));
    ed->addWidget(m_gridView, 1);
    auto* listRow = new QHBoxLayout;
    m_segments->setMaximumHeight(150);
    m_segments->setToolTip(tr("Double-click or Enter assigns the selected cells to the segment"));
    listRow->addWidget(m_segments, 1);
    auto* buttons = new QGridLayout;
    auto button = [this](const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return b;
    };
    auto* assign = button(tr("Assign"), tr("Move the selected cells to the chosen segment"));
    auto* add = button(tr("New…"), tr("A new segment made of the selected cells"));
    auto* rename = button(tr("Rename…"), tr("Rename the chosen segment"));
    auto* remove = button(tr("Remove"), tr("Remove the chosen segment; its cells become gaps"));
    auto* clear = button(tr("Clear cells"), tr("Take the selected cells out of every segment "
                                               "(Delete)"));
    auto* reset = button(tr("Defaults"), tr("Go back to the standard ten-segment grid"));
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto* undoButton = button({}, {});
    undoButton->setDefaultAction(undo);
    undoButton->setToolTip(tr("Undo the last grid edit (Ctrl+Z)"));
    auto* redoButton = button({}, {});
    redoButton->setDefaultAction(redo);
    redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    buttons->addWidget(assign, 0, 0);
    buttons->addWidget(add, 0, 1);
    buttons->addWidget(rename, 1, 0);
    buttons->addWidget(remove, 1, 1);
    buttons->addWidget(clear, 2, 0);
    buttons->addWidget(reset, 2, 1);
    buttons->addWidget(undoButton, 3, 0);
    buttons->addWidget(redoButton, 3, 1);
    buttons->setRowStretch(4, 1);
    listRow->addLayout(buttons);
    ed->addLayout(listRow);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ed->addWidget(m_problems);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    m_saveGrid->setToolTip(tr("Store the grid in the workspace; refused while a cell is in no "
                              "segment or in two"));
    saveRow->addWidget(m_saveGrid);
    ed->addLayout(saveRow);

    // The heat map.
    auto* mapBox = new QGroupBox(tr("Heat map"), this);
    auto* mb = new QVBoxLayout(mapBox);
    auto* showRow = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_measure);
    m_measure->addItem(tr("Customers"));
    m_measure->addItem(tr("Revenue"));
    m_measure->setToolTip(tr("Customers or their net revenue per R × F cell"));
    showRow->addWidget(showLabel);
    showRow->addWidget(m_measure);
    showRow->addStretch();
    mb->addLayout(showRow);
    mb->addWidget(m_heatmap, 1);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(editor);
    upper->addWidget(mapBox);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 1);
    upper->setChildrenCollapsible(false);

    m_summaryView->setModel(m_summary);
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setAlternatingRowColors(true);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summaryView->horizontalHeader()->setSectionResizeMode(SegmentRfmSummaryModel::Segment,
                                                            QHeaderView::ResizeToContents);
    m_summaryView->setWordWrap(false);
    m_summaryView->setMinimumHeight(150);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_summaryView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_newest, &QCheckBox::toggled, m_date, [this](bool on) { m_date->setEnabled(!on); });
    connect(m_compute, &QPushButton::clicked, this, [this] { compute(); });
    connect(save, &QPushButton::clicked, this, [this] { saveAsSegmentDialog(); });
    auto* computeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    computeKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(computeKey, &QShortcut::activated, this, [this] { compute(); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_heatmap->setMeasure(i == 1 ? SegmentHeatmap::Measure::Revenue
                                     : SegmentHeatmap::Measure::Customers);
    });
    auto chosen = [this] { return m_segments->currentRow(); };
    connect(assign, &QToolButton::clicked, this, [this, chosen] {
        if (chosen() >= 0)
            assignCells(selectedCells(), chosen());
    });
    connect(m_segments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { assignCells(selectedCells(), m_segments->row(item)); });
    connect(add, &QToolButton::clicked, this, [this] { newSegmentDialog(); });
    connect(rename, &QToolButton::clicked, this, [this] { renameDialog(); });
    connect(remove, &QToolButton::clicked, this, [this, chosen] {
        if (chosen() >= 0)
            removeSegment(chosen());
    });
    connect(clear, &QToolButton::clicked, this, [this] { clearCells(selectedCells()); });
    connect(reset, &QToolButton::clicked, this, [this] { resetGrid(); });
    connect(m_saveGrid, &QPushButton::clicked, this, [this] { saveGrid(); });
    auto* del = new QShortcut(QKeySequence::Delete, m_gridView);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { clearCells(selectedCells()); });
    for (int n = 1; n <= 9; ++n) {
        auto* key = new QShortcut(QKeySequence(QString::number(n)), m_gridView);
        key->setContext(Qt::WidgetShortcut);
        connect(key, &QShortcut::activated, this, [this, n] {
            if (n - 1 < static_cast<int>(grid().segments().size()))
                assignCells(selectedCells(), n - 1);
        });
    }

    m_gridModel->setGrid(RfmGrid::defaults());
    gridChanged();
    m_heatmap->setData(std::nullopt, tr("Computing RFM scores…"));
}

const RfmGrid& SegmentRfmTab::grid() const
{
    return m_gridModel->grid();
}

void SegmentRfmTab::refresh()
{
    // The stored grid is read when a workspace is first shown; later reloads (new data)
    // keep the edits in progress.
    if (m_gridLoadedFor != session().path()) {
        m_gridLoadedFor = session().path();
        RfmGrid stored = RfmGrid::defaults();
        try {
            stored = RfmGrid::load(session().db());
        } catch (const std::exception& e) {
            session().showMessage(tr("The stored RFM grid cannot be used (%1); showing the "
                                     "default grid.")
                                      .arg(QString::fromUtf8(e.what())),
                                  MessageLevel::Warning);
        }
        m_undo->clear();
        m_gridModel->setGrid(stored);
        gridChanged();
        m_undo->setClean();
    }
    compute();
}

std::vector<RfmCell> SegmentRfmTab::selectedCells() const
{
    std::vector<RfmCell> cells;
    for (const QModelIndex& i : m_gridView->selectionModel()->selectedIndexes())
        cells.push_back({SegmentGridModel::rScore(i), SegmentGridModel::fScore(i)});
    std::sort(cells.begin(), cells.end(), [](const RfmCell& a, const RfmCell& b) {
        return a.r != b.r ? a.r > b.r : a.f < b.f;
    });
    return cells;
}

void SegmentRfmTab::pushGrid(const RfmGrid& next, const QString& text)
{
    const std::string before = grid().toJson();
    const std::string after = next.toJson();
    if (before == after)
        return;
    applyGridState(after);
    m_undo->push(new SegmentEditCommand(text, before, after,
                                        [this](const std::string& s) { applyGridState(s); }));
}

void SegmentRfmTab::applyGridState(const std::string& json)
{
    m_gridModel->setGrid(RfmGrid::fromJson(json));
    gridChanged();
}

void SegmentRfmTab::assignCells(const std::vector<RfmCell>& cells, int segment)
{
    if (cells.empty() || segment < 0 || segment >= static_cast<int>(grid().segments().size()))
        return;
    RfmGrid next = grid();
    for (const auto& c : cells)
        next.assign(c.r, c.f, segment);
    pushGrid(next, tr("Assign %n cell(s) to %1", nullptr, static_cast<int>(cells.size()))
                       .arg(QString::fromStdString(
                           next.segments()[static_cast<std::size_t>(segment)].name)));
}

void SegmentRfmTab::clearCells(const std::vector<RfmCell>& cells)
{
    if (cells.empty())
        return;
    RfmGrid next = grid();
    for (const auto& c : cells)
        next.clear(c.r, c.f);
    pushGrid(next, tr("Clear %n cell(s)", nullptr, static_cast<int>(cells.size())));
}

void SegmentRfmTab::addSegment(const QString& name, const std::vector<RfmCell>& cells)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    RfmGrid next = grid();
    next.segments().push_back({trimmed.toStdString(), {}});
    const int index = static_cast<int>(next.segments().size()) - 1;
    for (const auto& c : cells)
        next.assign(c.r, c.f, index);
    pushGrid(next, tr("New segment %1").arg(trimmed));
    m_segments->setCurrentRow(index);
}

void SegmentRfmTab::renameSegment(int segment, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (segment < 0 || segment >= static_cast<int>(grid().segments().size()) || trimmed.isEmpty())
        return;
    RfmGrid next = grid();
    next.segments()[static_cast<std::size_t>(segment)].name = trimmed.toStdString();
    pushGrid(next, tr("Rename segment to %1").arg(trimmed));
}

void SegmentRfmTab::removeSegment(int segment)
{
    if (segment < 0 || segment >= static_cast<int>(grid().segments().size()))
        return;
    RfmGrid next = grid();
    const QString name =
        QString::fromStdString(next.segments()[static_cast<std::size_t>(segment)].name);
    next.segments().erase(next.segments().begin() + segment);
    pushGrid(next, tr("Remove segment %1").arg(name));
}

void SegmentRfmTab::resetGrid()
{
    pushGrid(RfmGrid::defaults(), tr("Reset the grid"));
}

QStringList SegmentRfmTab::problems() const
{
    QStringList out;
    for (const auto& p : grid().problems())
        out << QString::fromStdString(p);
    return out;
}

void SegmentRfmTab::gridChanged()
{
    updateSegmentList();
    const QStringList issues = problems();
    if (issues.isEmpty()) {
        m_problems->setStyleSheet("color: palette(mid);");
        m_problems->setText(tr("Every cell is in exactly one segment."));
    } else {
        m_problems->setStyleSheet("color: #a01c1c;");
        m_problems->setText(
            tr("Fix before saving or computing: %1").arg(issues.join(QStringLiteral("; "))));
    }
    m_saveGrid->setEnabled(issues.isEmpty());
    m_compute->setEnabled(issues.isEmpty());
    if (m_result) {
        SegmentHeatmap::Data d{m_result->heatCount, m_result->heatRevenue, grid()};
        m_heatmap->setData(d);
        if (issues.isEmpty() && !(m_result->grid == grid()))
            relabel();
    }
}

void SegmentRfmTab::updateSegmentList()
{
    const int current = m_segments->currentRow();
    m_segments->clear();
    const auto& segments = grid().segments();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        auto* item = new QListWidgetItem(
            swatch(segfmt::color(static_cast<int>(i))),
            tr("%1. %2 (%n cell(s))", nullptr, static_cast<int>(segments[i].cells.size()))
                .arg(static_cast<int>(i) + 1)
                .arg(QString::fromStdString(segments[i].name)),
            m_segments);
        item->setData(Qt::UserRole, static_cast<int>(i));
    }
    if (current >= 0 && current < m_segments->count())
        m_segments->setCurrentRow(current);
}

bool SegmentRfmTab::compute()
{
    if (!session().isOpen())
        return false;
    if (!grid().isValid()) {
        m_status->setText(tr("The grid has problems; RFM was not computed: %1")
                              .arg(problems().join(QStringLiteral("; "))));
        return false;
    }
    segment::RfmOptions options;
    if (!m_newest->isChecked())
        options.referenceDay = segfmt::fromDate(m_date->date());
    options.grid = grid();
    const int generation = ++m_generation;
    ++m_running;
    m_compute->setEnabled(false);
    m_status->setText(tr("Scoring recency, frequency and monetary value…"));
    using Ptr = std::shared_ptr<const RfmResult>;
    runTask<Ptr>(
        this, session(), tr("RFM scores"),
        [options](Database& db, const ProgressCallback& progress) -> Ptr {
            try {
                return std::make_shared<const RfmResult>(
                    segment::computeRfm(db, options, progress));
            } catch (const CancelledError&) {
                return nullptr;
            }
        },
        [this, generation](Ptr result) {
            --m_running;
            m_compute->setEnabled(grid().isValid());
            if (generation != m_generation)
                return;
            if (!result) {
                m_status->setText(tr("Cancelled; the previous scores are still shown."));
                return;
            }
            showResult(std::move(result));
            if (m_newest->isChecked())
                m_date->setDate(segfmt::toDate(m_result->referenceDay));
        },
        [this, generation](const QString& error) {
            --m_running;
            m_compute->setEnabled(grid().isValid());
            if (generation != m_generation)
                return;
            m_result.reset();
            m_summary->setResult(nullptr);
            m_heatmap->setData(std::nullopt, error);
            m_status->setText(tr("RFM could not be computed: %1").arg(error));
        });
    return true;
}

void SegmentRfmTab::showResult(std::shared_ptr<const RfmResult> result)
{
    m_result = std::move(result);
    m_summary->setResult(m_result);
    m_heatmap->setData(SegmentHeatmap::Data{m_result->heatCount, m_result->heatRevenue, grid()});
    m_status->setText(tr("%1 customers scored at %2 (quintiles; equal values share a score); "
                         "%3 without a purchase up to that day. Total revenue %4.")
                          .arg(segfmt::count(static_cast<std::int64_t>(m_result->customers.size())),
                               segfmt::dayText(m_result->referenceDay),
                               segfmt::count(m_result->customersWithoutPurchase),
                               segfmt::money(m_result->totalRevenue)));
}

void SegmentRfmTab::relabel()
{
    // Same scores, new names: the pure scoring step again on the customers already read.
    const std::shared_ptr<const RfmResult> base = m_result;
    const RfmGrid next = grid();
    const int generation = ++m_generation;
    ++m_running;
    using Ptr = std::shared_ptr<const RfmResult>;
    runTask<Ptr>(
        this, session(), tr("RFM segments"),
        [base, next](Database&, const ProgressCallback&) -> Ptr {
            std::vector<segment::RfmInput> inputs;
            inputs.reserve(base->customers.size());
            for (const auto& c : base->customers)
                inputs.push_back(
                    {c.customerId, base->referenceDay - c.recencyDays, c.frequency, c.monetary});
            auto r = segment::scoreRfm(std::move(inputs), base->referenceDay, next);
            r.customersWithoutPurchase = base->customersWithoutPurchase;
            return std::make_shared<const RfmResult>(std::move(r));
        },
        [this, generation](Ptr result) {
            --m_running;
            if (generation == m_generation && result)
                showResult(std::move(result));
        },
        [this](const QString& error) {
            --m_running;
            m_status->setText(tr("The segments could not be updated: %1").arg(error));
        });
}

bool SegmentRfmTab::saveGrid()
{
    const QStringList issues = problems();
    if (!issues.isEmpty()) {
        m_problems->setStyleSheet("color: #a01c1c;");
        m_problems->setText(tr("Not saved: %1").arg(issues.join(QStringLiteral("; "))));
        session().showMessage(
            tr("The RFM grid was not saved: %1").arg(issues.join(QStringLiteral("; "))),
            MessageLevel::Warning);
        return false;
    }
    try {
        grid().save(session().db());
    } catch (const std::exception& e) {
        session().showMessage(tr("The RFM grid was not saved: %1").arg(QString::fromUtf8(e.what())),
                              MessageLevel::Error);
        return false;
    }
    m_undo->setClean();
    session().showMessage(tr("RFM grid saved to the workspace."));
    return true;
}

bool SegmentRfmTab::saveAsSegment(const QString& name)
{
    if (!m_result || name.trimmed().isEmpty())
        return false;
    const segment::SegmentDraft draft = segment::rfmDraft(*m_result);
    const std::string n = name.trimmed().toStdString();
    ++m_running;
    runTask<qint64>(
        this, session(), tr("Saving the RFM segment"),
        [draft, n](Database& db, const ProgressCallback& progress) -> qint64 {
            try {
                return segment::SegmentStore(db).save(n, draft.kind, draft.definition,
                                                      draft.members, std::nullopt, progress);
            } catch (const CancelledError&) {
                return 0;
            }
        },
        [this, name](qint64 id) {
            --m_running;
            if (id == 0)
                return;
            session().showMessage(
                tr("Saved segment “%1” (%2 customers).")
                    .arg(name.trimmed(), segfmt::count(static_cast<std::int64_t>(
                                             m_result ? m_result->customers.size() : 0))));
            emit segmentsChanged();
        },
        [this](const QString& error) {
            --m_running;
            session().showMessage(tr("The segment was not saved: %1").arg(error),
                                  MessageLevel::Error);
        });
    return true;
}

bool SegmentRfmTab::saveAsSegmentDialog()
{
    if (!m_result) {
        session().showMessage(tr("Compute RFM first (Ctrl+R)."), MessageLevel::Warning);
        return false;
    }
    const QString name = askSegmentName(tr("RFM %1").arg(segfmt::dayText(m_result->referenceDay)));
    return !name.isEmpty() && saveAsSegment(name);
}

void SegmentRfmTab::newSegmentDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New segment"),
                                               tr("Name of the segment for the selected cells:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        addSegment(name, selectedCells());
}

void SegmentRfmTab::renameDialog()
{
    const int s = m_segments->currentRow();
    if (s < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename segment"), tr("New name:"), QLineEdit::Normal,
        QString::fromStdString(grid().segments()[static_cast<std::size_t>(s)].name), &ok);
    if (ok)
        renameSegment(s, name);
}

} // namespace vd::gui
