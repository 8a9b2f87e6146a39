#include "ClvPage.h"

#include "ClvAliveHeatmap.h"
#include "ClvChurnModel.h"
#include "ClvDistributionChart.h"
#include "ClvFrequencyChart.h"
#include "ClvParameterModel.h"
#include "ClvPredictionModel.h"
#include "ClvTrackingChart.h"
#include "ExportHelper.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace vd::gui {

namespace {

const vd::gui::PageRegistrar
    kRegistrar({"clv", QT_TRANSLATE_NOOP("Pages", "Customer lifetime value"), 40,
                [](WorkspaceSession& s, QWidget* p) -> Page* { return new ClvPage(s, p); }});

QDate toQDate(std::int64_t epochSeconds)
{
    const auto c = date::civilFromDays(date::epochDay(epochSeconds));
    return QDate(c.year, static_cast<int>(c.month), static_cast<int>(c.day));
}

std::int64_t fromQDate(const QDate& d)
{
    return date::toEpoch(d.year(), d.month(), d.day());
}

clv::TimeUnit unitAt(const QComboBox* box)
{
    return static_cast<clv::TimeUnit>(box->currentData().toInt());
}

QString unitPlural(clv::TimeUnit unit)
{
    switch (unit) {
    case clv::TimeUnit::Day:
        return ClvPage::tr("days");
    case clv::TimeUnit::Week:
        return ClvPage::tr("weeks");
    case clv::TimeUnit::Month:
        return ClvPage::tr("months");
    }
    return {};
}

} // namespace

ClvPage::ClvPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_model(new QComboBox(this)), m_calibrationEnd(new QDateEdit(this)),
      m_useHoldout(new QCheckBox(tr("&Holdout until:"), this)), m_holdoutEnd(new QDateEdit(this)),
      m_unit(new QComboBox(this)), m_horizon(new QDoubleSpinBox(this)),
      m_discount(new QDoubleSpinBox(this)), m_margin(new QDoubleSpinBox(this)),
      m_spend(new QComboBox(this)),
      m_acceptUnconverged(new QCheckBox(tr("Accept an u&nconverged fit"), this)),
      m_fit(new QPushButton(tr("&Fit model"), this)), m_status(new QLabel(this)),
      m_parameterView(new QTableView(this)), m_parameters(new ClvParameterModel(this)),
      m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_tracking(new ClvTrackingChart(this)), m_trackingMode(new QComboBox(this)),
      m_frequency(new ClvFrequencyChart(this)), m_distribution(new ClvDistributionChart(this)),
      m_heatmap(new ClvAliveHeatmap(this)), m_threshold(new QDoubleSpinBox(this)),
      m_churnSummary(new QLabel(this)), m_churnView(new QTableView(this)),
      m_churn(new ClvChurnModel(this)), m_exportChurn(new QToolButton(this)),
      m_lists(new QTabWidget(this)), m_predictionSummary(new QLabel(this)),
      m_predictionView(new QTableView(this)), m_predictions(new ClvPredictionModel(this)),
      m_exportPredictions(new QToolButton(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Customer lifetime value"), this);
    title->setStyleSheet("font-size: 16pt; font-weight: 600;");
    layout->addWidget(title);

    // Settings: what to fit and how to value it.
    m_model->addItem(tr("BG/NBD"), QStringLiteral("bgnbd"));
    m_model->addItem(tr("MBG/NBD"), QStringLiteral("mbgnbd"));
    m_model->addItem(tr("Pareto/NBD"), QStringLiteral("paretonbd"));
    m_model->addItem(tr("Simple CLV (seeds' formula)"), QStringLiteral("simple"));
    m_model->setToolTip(tr("Transaction model: BG/NBD (Fader, Hardie & Lee 2005), MBG/NBD, "
                           "Pareto/NBD, or average purchase value × purchase frequency × "
                           "lifespan"));
    for (QDateEdit* d : {m_calibrationEnd, m_holdoutEnd}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
    }
    m_calibrationEnd->setToolTip(tr("Last day of the calibration period (included)"));
    m_holdoutEnd->setToolTip(tr("Last day of the holdout period: the forecast is compared "
                                "with what customers actually bought until then"));
    m_holdoutEnd->setEnabled(false);
    m_unit->addItem(tr("Week"), static_cast<int>(clv::TimeUnit::Week));
    m_unit->addItem(tr("Day"), static_cast<int>(clv::TimeUnit::Day));
    m_unit->addItem(tr("Month"), static_cast<int>(clv::TimeUnit::Month));
    m_unit->setProperty("previous", static_cast<int>(clv::TimeUnit::Week));
    m_horizon->setDecimals(0);
    m_horizon->setRange(1, 5000);
    m_horizon->setValue(52);
    m_horizon->setToolTip(tr("Length of the CLV forecast in time units"));
    m_discount->setDecimals(1);
    m_discount->setRange(0, 100);
    m_discount->setValue(10);
    m_discount->setSuffix(tr(" % a year"));
    m_discount->setToolTip(tr("Yearly discount rate applied to future margin"));
    m_margin->setDecimals(1);
    m_margin->setRange(0.1, 100);
    m_margin->setValue(100);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_margin->setToolTip(tr("Share of spend that is profit"));
    m_spend->addItem(tr("Gamma-Gamma"), static_cast<int>(clv::SpendSource::GammaGamma));
    m_spend->addItem(tr("Observed mean"), static_cast<int>(clv::SpendSource::Observed));
    m_spend->setToolTip(tr("Spend per purchase: the Gamma-Gamma model's conditional mean or "
                           "each customer's observed mean"));
    m_acceptUnconverged->setToolTip(
        tr("A fit that does not converge (for instance drifting along a flat likelihood) is "
           "refused and nothing is stored. Tick this to store such a fit anyway, flagged as "
           "not converged."));
    m_fit->setToolTip(tr("Fit in the background and store the run as the current CLV "
                         "predictions (Ctrl+Return)"));
    m_fit->setDefault(true);

    auto* settings = new QGridLayout;
    settings->setHorizontalSpacing(8);
    int column = 0;
    auto add = [&](int row, const QString& text, QWidget* w) {
        if (!text.isEmpty()) {
            auto* l = new QLabel(text, this);
            l->setBuddy(w);
            settings->addWidget(l, row, column++, Qt::AlignRight);
        }
        settings->addWidget(w, row, column++);
    };
    add(0, tr("&Model:"), m_model);
    add(0, tr("&Calibration end:"), m_calibrationEnd);
    settings->addWidget(m_useHoldout, 0, column++, Qt::AlignRight);
    settings->addWidget(m_holdoutEnd, 0, column++);
    add(0, tr("&Time unit:"), m_unit);
    column = 0;
    add(1, tr("Hori&zon:"), m_horizon);
    add(1, tr("&Discount:"), m_discount);
    add(1, tr("M&argin:"), m_margin);
    add(1, tr("&Spend:"), m_spend);
    settings->addWidget(m_fit, 0, column, 2, 1);
    settings->setColumnStretch(column + 1, 1);
    layout->addLayout(settings);

    // The rarely used option sits on the status line, not in the settings grid, so that the
    // page fits a 1280 px laptop screen.
    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: palette(mid);");
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_acceptUnconverged);
    layout->addLayout(statusRow);

    // Parameters and fit statistics.
    auto* parameterBox = new QGroupBox(tr("Parameters"), this);
    auto* parameterLayout = new QVBoxLayout(parameterBox);
    m_parameterView->setModel(m_parameters);
    m_parameterView->verticalHeader()->hide();
    m_parameterView->setAlternatingRowColors(true);
    m_parameterView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameterView->horizontalHeader()->setStretchLastSection(true);
    m_parameterView->setWordWrap(false);
    parameterLayout->addWidget(m_parameterView, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    parameterLayout->addWidget(m_summary);

    // Diagnostics.
    auto* trackingPage = new QWidget(m_tabs);
    auto* trackingLayout = new QVBoxLayout(trackingPage);
    trackingLayout->setContentsMargins(4, 4, 4, 4);
    auto* modeRow = new QHBoxLayout;
    auto* modeLabel = new QLabel(tr("Sho&w:"), trackingPage);
    modeLabel->setBuddy(m_trackingMode);
    m_trackingMode->addItem(tr("Cumulative"));
    m_trackingMode->addItem(tr("Per period"));
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_trackingMode);
    modeRow->addStretch();
    trackingLayout->addLayout(modeRow);
    trackingLayout->addWidget(m_tracking, 1);
    m_tabs->addTab(trackingPage, tr("T&racking"));
    m_tabs->addTab(m_frequency, tr("Fre&quency"));
    m_tabs->addTab(m_distribution, tr("P(alive) and CL&V"));
    m_tabs->addTab(m_heatmap, tr("P(alive) heat ma&p"));

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(parameterBox);
    top->addWidget(m_tabs);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 5);
    m_topSplitter = top;
    connect(top, &QSplitter::splitterMoved, this, [this] { m_parameterPaneMoved = true; });

    // Churn early warning.
    auto* churnPage = new QWidget(m_lists);
    auto* churnLayout = new QVBoxLayout(churnPage);
    churnLayout->setContentsMargins(4, 4, 4, 4);
    auto* churnRow = new QHBoxLayout;
    auto* thresholdLabel = new QLabel(tr("P(alive) &below:"), churnPage);
    thresholdLabel->setBuddy(m_threshold);
    m_threshold->setDecimals(0);
    m_threshold->setRange(1, 100);
    m_threshold->setValue(50);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setToolTip(tr("Customers whose probability of still being active is below "
                               "this are listed, highest value at risk first"));
    m_exportChurn->setText(tr("Export CSV…"));
    m_exportChurn->setToolTip(tr("Save every customer below the threshold as CSV (Ctrl+E)"));
    churnRow->addWidget(thresholdLabel);
    churnRow->addWidget(m_threshold);
    churnRow->addSpacing(12);
    churnRow->addWidget(m_churnSummary, 1);
    churnRow->addWidget(m_exportChurn);
    churnLayout->addLayout(churnRow);
    auto setupTable = [](QTableView* view) {
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        view->setToolTip(tr("Double-click a customer (or press Enter) to open the customer's "
                            "360° view"));
    };
    m_churnView->setModel(m_churn);
    setupTable(m_churnView);
    churnLayout->addWidget(m_churnView, 1);
    m_lists->addTab(churnPage, tr("Churn early &warning"));

    // Every customer's prediction.
    auto* predictionPage = new QWidget(m_lists);
    auto* predictionLayout = new QVBoxLayout(predictionPage);
    predictionLayout->setContentsMargins(4, 4, 4, 4);
    auto* predictionRow = new QHBoxLayout;
    m_exportPredictions->setText(tr("Export CSV…"));
    m_exportPredictions->setToolTip(tr("Save every customer's prediction as CSV"));
    predictionRow->addWidget(m_predictionSummary, 1);
    predictionRow->addWidget(m_exportPredictions);
    predictionLayout->addLayout(predictionRow);
    m_predictionView->setModel(m_predictions);
    setupTable(m_predictionView);
    m_predictionView->setSortingEnabled(true);
    m_predictionView->horizontalHeader()->setSortIndicator(ClvPredictionModel::Clv,
                                                           Qt::DescendingOrder);
    predictionLayout->addWidget(m_predictionView, 1);
    m_lists->addTab(predictionPage, tr("C&ustomers"));

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_lists);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    updateUnitSuffix();
    m_tracking->setData(nullptr, clv::TimeUnit::Week, false, tr("No CLV model fitted yet"));
    m_frequency->setData({}, {}, tr("No CLV model fitted yet"));

    connect(m_fit, &QPushButton::clicked, this, [this] { fit(); });
    connect(m_useHoldout, &QCheckBox::toggled, this, [this](bool on) {
        m_holdoutEnd->setEnabled(on);
        // A sensible first split: the last third of the purchase history is the holdout.
        if (on && m_results.lastPurchase > m_results.firstPurchase &&
            m_calibrationEnd->date() >= toQDate(m_results.lastPurchase)) {
            const std::int64_t span = m_results.lastPurchase - m_results.firstPurchase;
            m_calibrationEnd->setDate(toQDate(m_results.firstPurchase + span * 2 / 3));
            m_holdoutEnd->setDate(toQDate(m_results.lastPurchase));
        }
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the horizon's length in days when the unit changes (52 weeks -> 12 months).
        const auto before = static_cast<clv::TimeUnit>(m_unit->property("previous").toInt());
        const clv::TimeUnit after = unitAt(m_unit);
        m_horizon->setValue(
            std::round(m_horizon->value() * clv::unitDays(before) / clv::unitDays(after)));
        m_unit->setProperty("previous", static_cast<int>(after));
        updateUnitSuffix();
    });
    connect(m_trackingMode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_tracking->setMode(i == 0 ? ClvTrackingChart::Mode::Cumulative
                                   : ClvTrackingChart::Mode::Incremental);
    });
    auto* thresholdTimer = new QTimer(this);
    thresholdTimer->setSingleShot(true);
    thresholdTimer->setInterval(300);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, thresholdTimer,
            qOverload<>(&QTimer::start));
    connect(thresholdTimer, &QTimer::timeout, this, [this] { updateChurnList(); });
    connect(m_churnView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = m_churn->customerId(index.row());
        if (id > 0)
            this->session().openCustomer(id);
    });
    connect(m_predictionView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = m_predictions->customerId(index.row());
        if (id > 0)
            this->session().openCustomer(id);
    });
    connect(m_predictions, &ClvPredictionModel::sortRequested, this,
            [this](clv::PredictionSort sort, bool ascending) { sortPredictions(sort, ascending); });
    connect(m_exportChurn, &QToolButton::clicked, this, [this] { exportCsvDialog(true); });
    connect(m_exportPredictions, &QToolButton::clicked, this, [this] { exportCsvDialog(false); });
    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { fit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { fit(); });
    // Ctrl+E exports the list in view.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E),
             [this] { exportCsvDialog(m_lists->currentIndex() == 0); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportChartDialog(); });
    connect(&session, &WorkspaceSession::closed, this, [this] {
        ++m_generation;
        m_datesSet = false;
        showResults({});
    });
}

void ClvPage::updateUnitSuffix()
{
    m_horizon->setSuffix(QStringLiteral(" ") + unitPlural(unitAt(m_unit)));
}

QString ClvPage::horizonText() const
{
    if (!m_results.run || m_results.horizon <= 0)
        return tr("the horizon");
    const auto unit =
        clv::parseTimeUnit(m_results.run->timeUnit.empty() ? "week" : m_results.run->timeUnit);
    return QStringLiteral("%1 %2").arg(QLocale().toString(m_results.horizon, 'g', 6),
                                       unitPlural(unit));
}

double ClvPage::threshold() const
{
    return m_threshold->value() / 100.0;
}

clv::ClvRunOptions ClvPage::runOptions() const
{
    clv::ClvRunOptions o;
    o.model = clv::parseClvModel(m_model->currentData().toString().toStdString());
    o.summary.unit = unitAt(m_unit);
    o.summary.calibrationEnd = fromQDate(m_calibrationEnd->date());
    if (m_useHoldout->isChecked())
        o.summary.holdoutEnd = fromQDate(m_holdoutEnd->date());
    o.clv.unit = o.summary.unit;
    o.clv.horizon = m_horizon->value();
    o.clv.annualDiscount = m_discount->value() / 100.0;
    o.clv.margin = m_margin->value() / 100.0;
    o.spend = static_cast<clv::SpendSource>(m_spend->currentData().toInt());
    o.acceptUnconverged = m_acceptUnconverged->isChecked();
    o.store = true;
    return o;
}

void ClvPage::fit()
{
    if (m_busy || !session().isOpen())
        return;
    if (m_useHoldout->isChecked() && m_holdoutEnd->date() <= m_calibrationEnd->date()) {
        session().showMessage(tr("The holdout must end after the calibration end."),
                              MessageLevel::Warning);
        return;
    }
    const clv::ClvRunOptions options = runOptions();
    const double limit = threshold();
    ++m_generation;
    m_busy = true;
    m_fit->setEnabled(false);
    m_status->setText(tr("Fitting %1…").arg(m_model->currentText()));
    runTask<ClvResults>(
        this, session(), tr("Fitting the CLV model"),
        [options, limit](Database& db, const ProgressCallback& progress) {
            try {
                return fitClv(db, options, limit, kChurnRows, progress);
            } catch (const CancelledError&) {
                ClvResults r;
                r.cancelled = true;
                return r;
            } catch (const clv::NotConvergedError& e) {
                ClvResults r;
                r.notConverged = e.what();
                return r;
            }
        },
        [this](ClvResults r) {
            m_fit->setEnabled(true);
            // The fit's run is the newest: a load that started meanwhile must not replace it.
            ++m_generation;
            if (r.cancelled) {
                m_busy = false;
                m_status->setText(tr("The fit was cancelled; nothing was stored."));
                return;
            }
            if (!r.notConverged.empty()) {
                // Refused, nothing stored: the current run (if any) stays as it was.
                m_busy = false;
                const QString why = QString::fromStdString(r.notConverged);
                m_status->setText(
                    tr("The fit did not converge, so nothing was stored: %1").arg(why));
                session().showMessage(
                    tr("CLV fit refused: %1. Tick \"Accept an unconverged fit\" to store it "
                       "anyway, flagged as not converged.")
                        .arg(why),
                    MessageLevel::Warning);
                return;
            }
            const qint64 runId = r.run ? r.run->id : 0;
            showResults(std::move(r));
            // Other pages (segmentation, dashboard, customer 360) read the new run; this page
            // already shows it and must not reload it again.
            m_skipReload = true;
            session().notifyDataChanged();
            m_skipReload = false;
            session().showMessage(tr("CLV model fitted and stored as run %1.").arg(runId));
        },
        [this](const QString& error) {
            m_fit->setEnabled(true);
            ++m_generation;
            m_busy = false;
            m_status->setText(tr("The fit failed: %1").arg(error));
            session().showMessage(tr("CLV fit: %1").arg(error), MessageLevel::Error);
        });
}

void ClvPage::reload()
{
    if (m_skipReload)
        return;
    const int generation = ++m_generation;
    const double limit = threshold();
    m_busy = true;
    m_status->setText(tr("Loading the current CLV run…"));
    runTask<ClvResults>(
        this, session(), tr("Loading CLV results"),
        [limit](Database& db, const ProgressCallback& progress) {
            try {
                return loadClvResults(db, limit, kChurnRows, progress);
            } catch (const CancelledError&) {
                ClvResults r;
                r.cancelled = true;
                return r;
            }
        },
        [this, generation](ClvResults r) {
            if (generation != m_generation)
                return;
            if (r.cancelled) {
                m_busy = false;
                m_status->setText(tr("Loading was cancelled."));
                markStale();
                return;
            }
            showResults(std::move(r));
        },
        [this, generation](const QString& error) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_status->setText(tr("The CLV results could not be loaded: %1").arg(error));
            session().showMessage(tr("CLV: %1").arg(error), MessageLevel::Error);
        });
}

void ClvPage::applyDefaultDates(bool force)
{
    if (m_datesSet && !force)
        return;
    const ClvResults& r = m_results;
    if (r.run) {
        // Show the settings of the stored run, so "Fit" repeats it unless changed.
        const int m = m_model->findData(QString::fromStdString(r.run->model));
        if (m >= 0)
            m_model->setCurrentIndex(m);
        try {
            const int u = m_unit->findData(static_cast<int>(clv::parseTimeUnit(r.run->timeUnit)));
            if (u >= 0) {
                QSignalBlocker block(m_unit);
                m_unit->setCurrentIndex(u);
                m_unit->setProperty("previous", m_unit->currentData());
                updateUnitSuffix();
            }
        } catch (const InputError&) {
        }
        if (r.horizon > 0)
            m_horizon->setValue(r.horizon);
        m_discount->setValue(r.discount * 100.0);
        m_margin->setValue(r.margin * 100.0);
        if (r.spendModel == "observed")
            m_spend->setCurrentIndex(1);
        if (r.run->calibrationEnd)
            m_calibrationEnd->setDate(toQDate(*r.run->calibrationEnd));
        QSignalBlocker block(m_useHoldout);
        m_useHoldout->setChecked(r.run->holdoutEnd.has_value());
        m_holdoutEnd->setEnabled(r.run->holdoutEnd.has_value());
        if (r.run->holdoutEnd)
            m_holdoutEnd->setDate(toQDate(*r.run->holdoutEnd));
        else if (r.lastPurchase > 0)
            m_holdoutEnd->setDate(toQDate(r.lastPurchase));
        m_datesSet = true;
    } else if (r.lastPurchase > 0) {
        m_calibrationEnd->setDate(toQDate(r.lastPurchase));
        m_holdoutEnd->setDate(toQDate(r.lastPurchase));
        m_datesSet = true;
    }
}

// The parameter table's size hint does not depend on its columns, so the splitter would
// leave it a narrow strip that shows only the model column. Until the user moves the
// handle, give the pane the width its columns need, at most 40 % of the page. The frame,
// margins and scroll bar between the pane's edge and the table's viewport are measured, so
// this waits until the page is laid out (showEvent).
void ClvPage::fitParameterPane()
{
    if (m_parameterPaneMoved || !isVisible())
        return;
    const QHeaderView* header = m_parameterView->horizontalHeader();
    int columns = 0;
    for (int c = 0; c < header->count(); ++c)
        columns += header->sectionSize(c);
    const QWidget* pane = m_topSplitter->widget(0);
    int needed = columns + pane->width() - m_parameterView->viewport()->width();
    if (!m_parameterView->verticalScrollBar()->isVisible())
        needed += m_parameterView->verticalScrollBar()->sizeHint().width();
    const QList<int> sizes = m_topSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int left = std::min(needed, total * 2 / 5);
    if (left > sizes.value(0))
        m_topSplitter->setSizes({left, total - left});
}

void ClvPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    QTimer::singleShot(0, this, &ClvPage::fitParameterPane);
}

void ClvPage::showResults(ClvResults results)
{
    m_busy = false;
    m_results = std::move(results);
    const ClvResults& r = m_results;
    applyDefaultDates(false);
    m_parameters->setRows(r.parameters);
    m_parameterView->resizeColumnsToContents();
    fitParameterPane();

    const QLocale locale;
    const QString noFit = session().isOpen()
                              ? tr("No CLV model fitted yet: choose the settings above and "
                                   "press Fit model (Ctrl+Return).")
                              : tr("No workspace is open.");
    clv::TimeUnit unit = clv::TimeUnit::Week;
    if (r.run && !r.run->timeUnit.empty())
        unit = clv::parseTimeUnit(r.run->timeUnit);
    const bool transactionModel = r.run && r.run->model != "simple";
    const QString noDiagnostics =
        r.run ? tr("The simple CLV formula has no transaction model to check against the data.")
              : noFit;
    m_tracking->setData(r.validation ? &*r.validation : nullptr, unit, r.hasHoldout, noDiagnostics);
    m_heatmap->setGrid(r.aliveGrid, unitPlural(unit), noDiagnostics);
    if (r.validation)
        m_frequency->setData(r.validation->frequencyActual, r.validation->frequencyPredicted);
    else
        m_frequency->setData({}, {}, noDiagnostics);
    showChurn();
    m_predictions->setRows(r.topCustomers, r.predictions);
    {
        // A new run lists by CLV again; the header shows it.
        QSignalBlocker block(m_predictions);
        m_predictionView->horizontalHeader()->setSortIndicator(ClvPredictionModel::Clv,
                                                               Qt::DescendingOrder);
    }
    m_predictionView->resizeColumnsToContents();
    m_predictionSummary->setText(
        r.run ? tr("%1 customers; the first %2 in the chosen order are listed (click a column "
                   "header to sort).")
                    .arg(locale.toString(static_cast<qlonglong>(r.predictions)))
                    .arg(locale.toString(static_cast<qlonglong>(r.topCustomers.size())))
              : QString());
    m_exportPredictions->setEnabled(r.predictions > 0);

    QStringList lines;
    if (!r.run) {
        m_status->setText(noFit);
        m_summary->clear();
    } else {
        const auto& run = *r.run;
        QString window =
            tr("calibration to %1")
                .arg(QString::fromStdString(
                    run.calibrationEnd ? date::formatDate(*run.calibrationEnd) : std::string("?")));
        if (run.holdoutEnd)
            window += tr(", holdout to %1")
                          .arg(QString::fromStdString(date::formatDate(*run.holdoutEnd)));
        QString model = ClvParameterModel::modelName(run.model);
        if (transactionModel)
            model = r.spendModel == "gg" ? tr("%1 with Gamma-Gamma spend").arg(model)
                                         : tr("%1 with observed mean spend").arg(model);
        m_status->setText(tr("Current run %1: %2, %3, in %4; %5 customers; stored %6 UTC.")
                              .arg(run.id)
                              .arg(model, window, unitPlural(unit))
                              .arg(locale.toString(static_cast<qlonglong>(run.customers)))
                              .arg(QString::fromStdString(date::formatDateTime(run.createdAt))));
        if (r.validation && r.hasHoldout && r.validation->actualHoldout > 0) {
            const double a = r.validation->actualHoldout, p = r.validation->predictedHoldout;
            lines << tr("Holdout: %1 repeat transactions actual, %2 predicted (%3 %).")
                         .arg(locale.toString(a, 'f', 0), locale.toString(p, 'f', 1),
                              QStringLiteral("%1%2")
                                  .arg(p >= a ? QStringLiteral("+") : QString())
                                  .arg(locale.toString(100.0 * (p / a - 1.0), 'f', 1)));
        }
        lines << tr("Total CLV over %1: %2 (mean %3 per customer; discount %4 % a year, "
                    "margin %5 %).")
                     .arg(horizonText(), locale.toString(r.totalClv, 'f', 0),
                          locale.toString(r.predictions > 0
                                              ? r.totalClv / static_cast<double>(r.predictions)
                                              : 0.0,
                                          'f', 2),
                          locale.toString(r.discount * 100.0, 'g', 4),
                          locale.toString(r.margin * 100.0, 'g', 4));
        for (const auto& w : r.warnings)
            lines << tr("Warning: %1").arg(QString::fromStdString(w));
        m_summary->setText(lines.join(QStringLiteral("\n")));
    }
}

void ClvPage::showChurn()
{
    const ClvResults& r = m_results;
    const QLocale locale;
    const bool transactionModel = r.run && r.run->model != "simple";
    m_distribution->setData(r.pAlive, r.clvValue, r.churn.threshold, horizonText(),
                            r.run ? QString() : tr("No CLV model fitted yet"));
    m_churn->setList(r.churn);
    m_churnView->resizeColumnsToContents();
    if (!r.run)
        m_churnSummary->setText(tr("Fit a model to list customers at risk."));
    else if (!transactionModel)
        m_churnSummary->setText(
            tr("The simple CLV formula has no P(alive): fit BG/NBD, MBG/NBD or Pareto/NBD "
               "for the churn list."));
    else
        m_churnSummary->setText(
            tr("%1 customers below the threshold, %2 value at risk in total%3. Double-click "
               "to open a customer.")
                .arg(locale.toString(static_cast<qlonglong>(r.churn.total)),
                     locale.toString(r.churn.valueAtRisk, 'f', 0),
                     r.churn.total > static_cast<std::int64_t>(r.churn.rows.size())
                         ? tr("; the %1 with most at stake are listed")
                               .arg(locale.toString(static_cast<qlonglong>(r.churn.rows.size())))
                         : QString()));
    m_exportChurn->setEnabled(transactionModel && r.churn.total > 0);
}

void ClvPage::updateChurnList()
{
    if (!m_results.run || !session().isOpen())
        return;
    const double limit = threshold();
    const int generation = ++m_churnGeneration;
    runTask<ClvChurnList>(
        this, session(), tr("Updating the churn list"),
        [limit](Database& db, const ProgressCallback&) {
            return loadChurnList(db, limit, kChurnRows);
        },
        [this, generation](ClvChurnList list) {
            if (generation != m_churnGeneration || !m_results.run)
                return;
            m_results.churn = std::move(list);
            showChurn();
        });
}

std::int64_t ClvPage::exportChurn(const QString& path)
{
    return exportChurnCsv(session().db(), threshold(), path.toStdString());
}

std::int64_t ClvPage::exportPredictions(const QString& path)
{
    if (!m_results.run)
        throw Error(tr("there are no CLV predictions to export").toStdString());
    return exportPredictionsCsv(session().db(), m_results.run->id, path.toStdString());
}

void ClvPage::exportCsvDialog(bool churn)
{
    if (!m_results.run || (churn && m_results.churn.total == 0) ||
        (!churn && m_results.predictions == 0)) {
        session().showMessage(churn ? tr("There is no churn list to export.")
                                    : tr("There are no CLV predictions to export."),
                              MessageLevel::Warning);
        return;
    }
    QSettings settings;
    const QString dir =
        settings
            .value("export/lastDir",
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(
        this, churn ? tr("Export churn list") : tr("Export CLV predictions"),
        dir + (churn ? QStringLiteral("/churn-risk.csv") : QStringLiteral("/clv-predictions.csv")),
        tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    settings.setValue("export/lastDir", QFileInfo(path).absolutePath());
    const double limit = threshold();
    const std::int64_t runId = m_results.run->id;
    const std::string file = path.toStdString();
    runTask<std::int64_t>(
        this, session(), churn ? tr("Exporting the churn list") : tr("Exporting CLV predictions"),
        [churn, limit, runId, file](Database& db, const ProgressCallback&) {
            return churn ? exportChurnCsv(db, limit, file) : exportPredictionsCsv(db, runId, file);
        },
        [this, path](std::int64_t rows) {
            session().showMessage(tr("Saved %1 customers to %2")
                                      .arg(QLocale().toString(static_cast<qlonglong>(rows)),
                                           QDir::toNativeSeparators(path)));
        });
}

void ClvPage::sortPredictions(clv::PredictionSort sort, bool ascending)
{
    if (!m_results.run || !session().isOpen())
        return;
    const std::int64_t runId = m_results.run->id;
    const int generation = ++m_sortGeneration;
    runTask<std::vector<clv::StoredPrediction>>(
        this, session(), tr("Sorting CLV predictions"),
        [runId, sort, ascending](Database& db, const ProgressCallback&) {
            return clv::predictionPage(db, runId, sort, ascending, 0, kChurnRows);
        },
        [this, generation, runId](std::vector<clv::StoredPrediction> rows) {
            if (generation != m_sortGeneration || !m_results.run || m_results.run->id != runId)
                return;
            m_predictions->setRows(std::move(rows), m_results.predictions);
        });
}

void ClvPage::exportChartDialog()
{
    if (QWidget* w = m_tabs->currentWidget())
        exportWidget(w, this, QStringLiteral("clv-chart"));
}

} // namespace vd::gui
