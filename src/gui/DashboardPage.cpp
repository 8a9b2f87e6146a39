#include "DashboardPage.h"

#include "AlertRuleModel.h"
#include "AlertRulesDialog.h"
#include "DashboardBreakdownModel.h"
#include "DashboardDriverChart.h"
#include "DashboardIpaChart.h"
#include "DashboardTrendChart.h"
#include "ExportHelper.h"
#include "KpiTile.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/loyalty/Alerts.h"
#include "valuedesk/loyalty/DataChange.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace vd::gui {

namespace {

struct TileDef
{
    const char* id;
    const char* title;
};

const TileDef kTiles[] = {
    {"nps", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "NPS")},
    {"csat", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "CSAT (top-2 box)")},
    {"ces", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "CES (mean, 1–7)")},
    {"retention", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "Retention")},
    {"repurchase", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "Repurchase")},
    {"churn", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "Churn")},
    {"customers", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "Active customers")},
    {"revenue", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "Revenue")},
    {"clv", QT_TRANSLATE_NOOP("vd::gui::DashboardPage", "Average CLV")},
};

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

qint64 ms(std::int64_t ts)
{
    return ts * 1000;
}

QTableView* makeTable(DashboardBreakdownModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(DashboardBreakdownModel::SortRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(DashboardBreakdownModel::Responses, Qt::DescendingOrder);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(160);
    return view;
}

QGroupBox* boxed(const QString& title, QWidget* w, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(4, 4, 4, 4);
    l->addWidget(w);
    return box;
}

} // namespace

DashboardPage::DashboardPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_content(new QWidget), m_grain(new QComboBox(this)),
      m_period(new QComboBox(this)), m_segment(new QComboBox(this)), m_caption(new QLabel(this)),
      m_alerts(new QListWidget), m_tabs(new QTabWidget), m_npsChart(new DashboardTrendChart),
      m_shareChart(new DashboardTrendChart), m_meanChart(new DashboardTrendChart),
      m_retentionChart(new DashboardTrendChart),
      m_byChannel(new DashboardBreakdownModel(tr("Channel"), this)),
      m_byTouchpoint(new DashboardBreakdownModel(tr("Touchpoint"), this)),
      m_bySegment(new DashboardBreakdownModel(tr("Segment"), this)),
      m_driverChart(new DashboardDriverChart), m_ipaChart(new DashboardIpaChart)
{
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Loyalty dashboard"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    top->addWidget(title);
    top->addStretch();
    m_grain->addItem(tr("Week"), static_cast<int>(loyalty::Grain::Week));
    m_grain->addItem(tr("Month"), static_cast<int>(loyalty::Grain::Month));
    m_grain->addItem(tr("Quarter"), static_cast<int>(loyalty::Grain::Quarter));
    m_grain->setCurrentIndex(1);
    m_grain->setToolTip(tr("Length of a period"));
    m_period->setToolTip(tr("The period shown; changes are against the period before it"));
    m_period->setMinimumContentsLength(10);
    m_segment->setToolTip(tr("Only members of a saved segment (its newest snapshot)"));
    m_segment->setMinimumContentsLength(16);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setToolTip(tr("Recompute (F5)"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the dashboard as PNG, SVG or PDF (Ctrl+Shift+E)"));
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_grain);
    top->addWidget(m_period);
    top->addWidget(new QLabel(tr("Segment:"), this));
    top->addWidget(m_segment);
    top->addWidget(refreshButton);
    top->addWidget(exportButton);
    outer->addLayout(top);
    m_caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
    outer->addWidget(m_caption);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(8);
    for (const TileDef& def : kTiles) {
        auto* tile = new KpiTile(tr(def.title), m_content);
        tile->setProperty("kpi", QString::fromLatin1(def.id));
        m_tiles.append(tile);
    }
    layoutTiles();
    content->addLayout(m_tileGrid);

    // The alerts box is as tall as its lines (one to four), with the rules beside it.
    m_alerts->setWordWrap(true);
    m_alerts->setFrameShape(QFrame::NoFrame);
    m_alerts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_alerts->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* alertsBox = new QGroupBox(tr("Alerts"), m_content);
    auto* alertsLayout = new QHBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(6, 2, 6, 4);
    alertsLayout->addWidget(m_alerts, 1);
    auto* rulesButton = new QPushButton(tr("Alert rules…"), alertsBox);
    rulesButton->setToolTip(tr("Choose which changes of NPS, CSAT, CES and retention raise an "
                               "alert"));
    alertsLayout->addWidget(rulesButton, 0, Qt::AlignTop);
    content->addWidget(alertsBox);

    auto* trends = new QWidget;
    auto* tl = new QGridLayout(trends);
    tl->addWidget(m_npsChart, 0, 0);
    tl->addWidget(m_shareChart, 0, 1);
    tl->addWidget(m_meanChart, 1, 0);
    tl->addWidget(m_retentionChart, 1, 1);
    m_tabs->addTab(trends, tr("Trends"));

    auto* breakdowns = new QWidget;
    auto* bl = new QGridLayout(breakdowns);
    bl->addWidget(boxed(tr("By channel"), makeTable(m_byChannel, breakdowns), breakdowns), 0, 0);
    bl->addWidget(boxed(tr("By segment"), makeTable(m_bySegment, breakdowns), breakdowns), 1, 0);
    bl->addWidget(boxed(tr("By touchpoint"), makeTable(m_byTouchpoint, breakdowns), breakdowns), 0,
                  1, 2, 1);
    m_tabs->addTab(breakdowns, tr("Breakdowns"));

    auto* drivers = new QWidget;
    auto* dl = new QHBoxLayout(drivers);
    dl->addWidget(m_driverChart, 1);
    dl->addWidget(m_ipaChart, 1);
    m_tabs->addTab(drivers, tr("Key drivers"));
    m_tabs->setMinimumHeight(560);
    content->addWidget(m_tabs, 1);

    connect(m_grain, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillPeriods();
        refresh();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(refreshButton, &QPushButton::clicked, this, [this] { reload(); });
    connect(rulesButton, &QPushButton::clicked, this, [this] { editAlertRules(); });
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            [this] { reload(); });
    auto doExport = [this] { exportWidget(m_content, this, QStringLiteral("loyalty-dashboard")); };
    connect(exportButton, &QPushButton::clicked, this, doExport);
    connect(new QShortcut(QKeySequence(tr("Ctrl+Shift+E")), this), &QShortcut::activated, this,
            doExport);

    // When a workspace opens and after its data changes, even while the page is hidden, the
    // closed loop runs (loyalty::afterDataChange: cases for new detractors and negative
    // feedback, rollups) and the alerts are evaluated and announced in the message bar.
    connect(&session, &WorkspaceSession::opened, this, [this] {
        m_lastAlertNotice.clear();
        checkAlertsInBackground();
    });
    connect(&session, &WorkspaceSession::dataChanged, this, [this] { checkAlertsInBackground(); });
}

void DashboardPage::layoutTiles()
{
    // Five tiles a row on a wide window, fewer (wrapping) on a narrow one.
    const int columns = std::clamp(width() / 200, 3, 5);
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    for (KpiTile* t : m_tiles)
        m_tileGrid->removeWidget(t);
    for (int c = 0; c < 5; ++c)
        m_tileGrid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tileGrid->addWidget(m_tiles[i], i / columns, i % columns);
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    layoutTiles();
}

KpiTile* DashboardPage::tile(const QString& id) const
{
    for (KpiTile* t : m_tiles)
        if (t->property("kpi").toString() == id)
            return t;
    return nullptr;
}

loyalty::Grain DashboardPage::grain() const
{
    return static_cast<loyalty::Grain>(m_grain->currentData().toInt());
}

std::optional<std::string> DashboardPage::segment() const
{
    const QString s = m_segment->currentData().toString();
    return s.isEmpty() ? std::nullopt : std::optional<std::string>(s.toStdString());
}

void DashboardPage::setGrain(loyalty::Grain g)
{
    m_grain->setCurrentIndex(m_grain->findData(static_cast<int>(g)));
}

void DashboardPage::setSegment(const QString& name)
{
    const int i = m_segment->findData(name);
    if (i >= 0)
        m_segment->setCurrentIndex(i);
}

void DashboardPage::fillPeriods()
{
    // Quick indexed queries on the UI thread: min/max of responses and orders.
    m_filling = true;
    const QVariant keep = m_period->currentData();
    m_period->clear();
    if (auto span = loyalty::activitySpan(session().db())) {
        auto periods = loyalty::periodsCovering(span->first, span->second + 1, grain());
        for (auto it = periods.rbegin(); it != periods.rend(); ++it)
            m_period->addItem(QString::fromStdString(it->label), static_cast<qlonglong>(it->start));
        const int i = keep.isValid() ? m_period->findData(keep) : -1;
        m_period->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_filling = false;
}

void DashboardPage::reload()
{
    m_filling = true;
    const QString keep = m_segment->currentData().toString();
    m_segment->clear();
    m_segment->addItem(tr("All customers"), QString());
    for (const std::string& name : loyalty::segmentNames(session().db()))
        m_segment->addItem(QString::fromStdString(name), QString::fromStdString(name));
    const int i = m_segment->findData(keep);
    m_segment->setCurrentIndex(i >= 0 ? i : 0);
    m_filling = false;
    fillPeriods();
    refresh();
}

void DashboardPage::refresh()
{
    const int generation = ++m_generation;
    loyalty::DashboardQuery q;
    q.grain = grain();
    q.segment = segment();
    if (m_period->count() > 0)
        q.asOf = m_period->currentData().toLongLong();
    m_caption->setText(tr("Computing…"));
    runTask<loyalty::DashboardData>(
        this, session(), tr("Loyalty dashboard"),
        [q](Database& db, const ProgressCallback& progress) {
            return loyalty::computeDashboard(db, q, progress);
        },
        [this, generation](loyalty::DashboardData d) {
            if (generation != m_generation)
                return; // a newer request is under way
            showData(std::move(d));
            loadDrivers();
        },
        [this, generation](const QString& error) {
            if (generation != m_generation)
                return;
            m_caption->setText(tr("Could not compute the dashboard: %1").arg(error));
            session().showMessage(tr("Loyalty dashboard: %1").arg(error), MessageLevel::Error);
        });
}

void DashboardPage::showData(loyalty::DashboardData d)
{
    m_data = std::move(d);
    const loyalty::DashboardData& data = *m_data;
    if (data.empty) {
        m_caption->setText(tr("This workspace has no survey responses or orders yet."));
        for (KpiTile* t : m_tiles)
            t->clear();
        m_alerts->clear();
        fitAlertList();
        return;
    }
    for (KpiTile* t : m_tiles)
        t->setCurrency(QString::fromStdString(data.currency));
    const QString segmentText =
        segment() ? QString::fromStdString(*segment()) : tr("all customers");
    m_caption->setText(tr("%1 compared with %2 · %3 · changes marked ● are significant at 95 %")
                           .arg(QString::fromStdString(data.current.label),
                                QString::fromStdString(data.previous.label), segmentText));
    const QString prevLabel = QString::fromStdString(data.previous.label);
    for (KpiTile* t : m_tiles) {
        const std::string id = t->property("kpi").toString().toStdString();
        if (const loyalty::Kpi* k = data.kpi(id))
            t->setKpi(*k, id == "clv" ? tr("previous CLV run") : prevLabel);
        else
            t->clear();
    }
    if (!data.kpi("clv") || !data.kpi("clv")->value)
        tile(QStringLiteral("clv"))->setToolTip(tr("Fit a CLV model to see the average CLV"));

    m_alerts->clear();
    for (const loyalty::Alert& a : data.alerts) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + AlertRuleModel::alertText(a));
        item->setForeground(QColor(0xb4, 0x53, 0x09));
        item->setToolTip(QString::fromStdString(a.message));
        m_alerts->addItem(item);
    }
    if (data.alerts.empty())
        m_alerts->addItem(
            tr("No alert rule fired for %1.").arg(QString::fromStdString(data.current.label)));
    fitAlertList();

    // Trends.
    const QString fmt =
        grain() == loyalty::Grain::Week ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM");
    const QString xTitle = grain() == loyalty::Grain::Week      ? tr("Week (start, UTC)")
                           : grain() == loyalty::Grain::Quarter ? tr("Quarter (start, UTC)")
                                                                : tr("Month (UTC)");
    DashboardTrendChart::Series nps{tr("NPS"), QColor(0x25, 0x63, 0xeb), {}};
    DashboardTrendChart::Series csat{tr("CSAT top-2 box"), QColor(0x16, 0xa3, 0x4a), {}};
    DashboardTrendChart::Series ces{tr("CES agree (5–7)"), QColor(0x93, 0x33, 0xea), {}};
    DashboardTrendChart::Series csatMean{tr("CSAT mean (1–5)"), QColor(0x16, 0xa3, 0x4a), {}};
    DashboardTrendChart::Series cesMean{tr("CES mean (1–7)"), QColor(0x93, 0x33, 0xea), {}};
    auto meanPoint = [](qint64 x, const loyalty::MeanResult& m) {
        DashboardTrendChart::Point p{x, m.mean, std::nullopt, std::nullopt};
        if (m.hasInterval) {
            p.lower = m.lower;
            p.upper = m.upper;
        }
        return p;
    };
    for (const auto& row : data.trend) {
        if (!row.period)
            continue;
        const qint64 x = ms(row.period->start);
        if (row.nps)
            nps.points.append({x, row.nps->nps, row.nps->lower, row.nps->upper});
        if (row.csatTop2)
            csat.points.append({x, 100.0 * row.csatTop2->proportion, 100.0 * row.csatTop2->lower,
                                100.0 * row.csatTop2->upper});
        if (row.cesAgree)
            ces.points.append({x, 100.0 * row.cesAgree->proportion, 100.0 * row.cesAgree->lower,
                               100.0 * row.cesAgree->upper});
        if (row.csatMean)
            csatMean.points.append(meanPoint(x, *row.csatMean));
        if (row.cesMean)
            cesMean.points.append(meanPoint(x, *row.cesMean));
    }
    // Short axis titles: the chart titles say what is measured, the axes the unit.
    m_npsChart->setData(tr("Net Promoter Score (band: 95 % adjusted-Wald interval)"), xTitle,
                        tr("NPS (points)"), -100, 100, fmt, {nps});
    m_shareChart->setData(tr("CSAT top-2 box and CES agree (band: 95 % interval)"), xTitle,
                          tr("Share (%)"), 0, 100, fmt, {csat, ces});
    m_meanChart->setData(tr("CSAT and CES means (band: 95 % t interval)"), xTitle,
                         tr("Mean answer"), 1, 7, fmt, {csatMean, cesMean});
    DashboardTrendChart::Series retention{tr("Retention"), QColor(0x0d, 0x94, 0x88), {}};
    DashboardTrendChart::Series churn{tr("Churn"), QColor(0xdc, 0x26, 0x26), {}};
    DashboardTrendChart::Series repurchase{tr("Repurchase"), QColor(0xea, 0x58, 0x0c), {}};
    for (const auto& r : data.retentionTrend) {
        const qint64 x = ms(r.period.start);
        if (r.retention)
            retention.points.append({x, 100.0 * r.retention->proportion, 100.0 * r.retention->lower,
                                     100.0 * r.retention->upper});
        if (r.churn)
            churn.points.append(
                {x, 100.0 * r.churn->proportion, 100.0 * r.churn->lower, 100.0 * r.churn->upper});
        if (r.repurchase)
            repurchase.points.append({x, 100.0 * r.repurchase->proportion,
                                      100.0 * r.repurchase->lower, 100.0 * r.repurchase->upper});
    }
    m_retentionChart->setData(tr("Retention, churn and repurchase of buyers (band: 95 %)"), xTitle,
                              tr("Buyers (%)"), 0, 100, fmt, {retention, churn, repurchase});

    m_byChannel->setRows(data.byChannel);
    m_byTouchpoint->setRows(data.byTouchpoint);
    m_bySegment->setRows(data.bySegment);
}

void DashboardPage::loadDrivers()
{
    if (!m_data || m_data->empty || m_data->trend.empty())
        return;
    const int generation = m_generation;
    loyalty::DriverQuery q;
    q.filter.segment = segment();
    q.filter.from = m_data->trend.front().period->start;
    q.filter.to = m_data->current.end;
    struct Out
    {
        std::optional<loyalty::DriverResult> drivers;
        std::optional<loyalty::IpaResult> ipa;
        QString driverError;
        QString ipaError;
    };
    m_driverChart->showMessage(tr("Computing key drivers…"));
    runTask<Out>(
        this, session(), tr("Key drivers"),
        [q](Database& db, const ProgressCallback& progress) {
            Out out;
            try {
                out.drivers = loyalty::keyDrivers(db, q, progress);
            } catch (const AnalysisError& e) {
                out.driverError = QString::fromUtf8(e.what());
            }
            try {
                out.ipa = loyalty::importancePerformance(db, q.filter,
                                                         out.drivers ? &*out.drivers : nullptr);
            } catch (const AnalysisError& e) {
                out.ipaError = QString::fromUtf8(e.what());
            }
            return out;
        },
        [this, generation](Out out) {
            if (generation != m_generation)
                return;
            m_drivers = out.drivers;
            if (out.drivers)
                m_driverChart->setResult(*out.drivers, chineseUi());
            else
                m_driverChart->showMessage(tr("No key drivers: %1").arg(out.driverError));
            if (out.ipa)
                m_ipaChart->setResult(*out.ipa, chineseUi());
            else
                m_ipaChart->showMessage(out.ipaError);
        });
}

void DashboardPage::checkAlertsInBackground()
{
    if (!session().isOpen())
        return;
    runTask<loyalty::DataChangeResult>(
        this, session(), tr("Updating the feedback loop and alerts"),
        [](Database& db, const ProgressCallback& progress) {
            return loyalty::afterDataChange(db, QDateTime::currentSecsSinceEpoch(), progress);
        },
        [this](loyalty::DataChangeResult r) {
            QStringList parts;
            if (r.cases.total() > 0)
                parts << tr("Opened %n feedback case(s) for new detractors and negative "
                            "feedback.",
                            nullptr, static_cast<int>(r.cases.total()));
            QString alertNotice;
            if (!r.alerts.empty())
                alertNotice =
                    tr("%n loyalty alert(s) for %1: %2", nullptr, static_cast<int>(r.alerts.size()))
                        .arg(QString::fromStdString(r.alerts.front().period),
                             AlertRuleModel::alertText(r.alerts.front()));
            if (alertNotice != m_lastAlertNotice && !alertNotice.isEmpty())
                parts << alertNotice; // unchanged alerts are not announced again
            m_lastAlertNotice = alertNotice;
            if (!parts.isEmpty())
                session().showMessage(parts.join(QLatin1Char(' ')), r.alerts.empty()
                                                                        ? MessageLevel::Information
                                                                        : MessageLevel::Warning);
            if (r.cases.total() > 0) {
                // New cases: the queue and a visible dashboard show them.
                session().notifyDataChanged();
            }
        },
        [](const QString&) {
            // Bad alert or case settings are reported when the dashboard itself is computed.
        });
}

void DashboardPage::fitAlertList()
{
    const int rows = std::clamp(m_alerts->count(), 1, 4);
    int height = 0;
    for (int i = 0; i < rows && i < m_alerts->count(); ++i)
        height += std::max(m_alerts->sizeHintForRow(i), fontMetrics().height() + 4);
    if (m_alerts->count() == 0)
        height = fontMetrics().height() + 4;
    m_alerts->setFixedHeight(height + 2 * m_alerts->frameWidth() + 4);
}

void DashboardPage::editAlertRules()
{
    std::vector<loyalty::AlertRule> rules;
    try {
        rules = loyalty::loadAlertRules(session().db());
    } catch (const InputError& e) {
        // Broken rules are shown and replaced by the defaults in the dialog.
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Warning);
        rules = loyalty::defaultAlertRules();
    } catch (const Error& e) {
        session().showMessage(QString::fromUtf8(e.what()), MessageLevel::Error);
        return;
    }
    AlertRulesDialog dialog(std::move(rules), this);
    if (m_dialogHook)
        m_dialogHook(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!saveAlertRules(dialog.rules()))
        return;
    session().showMessage(tr("Alert rules saved; the dashboard is re-evaluated."));
}

bool DashboardPage::saveAlertRules(const std::vector<loyalty::AlertRule>& rules)
{
    try {
        loyalty::saveAlertRules(session().db(), rules);
    } catch (const Error& e) {
        session().showMessage(tr("Alert rules not saved: %1").arg(QString::fromUtf8(e.what())),
                              MessageLevel::Error);
        return false;
    }
    m_lastAlertNotice.clear();
    refresh();
    checkAlertsInBackground();
    return true;
}

static const PageRegistrar
    kRegistrar({"dashboard", QT_TRANSLATE_NOOP("Pages", "Loyalty dashboard"), 50,
                [](WorkspaceSession& s, QWidget* p) -> Page* { return new DashboardPage(s, p); }});

} // namespace vd::gui
