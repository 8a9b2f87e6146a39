#include "SegmentTierTab.h"

#include "SegmentFormat.h"
#include "SegmentPyramidModel.h"
#include "SegmentShareChart.h"
#include "SegmentTierModel.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"
#include "valuedesk/storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

template <typename T> struct Outcome
{
    std::optional<T> result;
    bool noClvRun = false;
    bool cancelled = false;
};

QDoubleSpinBox* percentSpin(QWidget* parent, double value, double lo, double hi, int decimals)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setValue(value);
    s->setSuffix(QStringLiteral(" %"));
    s->setKeyboardTracking(false);
    return s;
}

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model)
{
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    v->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    v->setWordWrap(false);
    v->setMinimumHeight(150);
    v->setMaximumHeight(175);
    return v;
}

bool hasClvRun(Database& db)
{
    return db.queryInt("SELECT EXISTS (SELECT 1 FROM current_predictions)") != 0;
}

} // namespace

SegmentTierTab::SegmentTierTab(WorkspaceSession& session, QWidget* parent)
    : SegmentTab(session, parent), m_tierBox(new QGroupBox(tr("Value tiers (from the newest CLV "
                                                              "run)"),
                                                           this)),
      m_pyramidBox(new QGroupBox(tr("Customer pyramid"), this)), m_churn(new QDoubleSpinBox(this)),
      m_high(percentSpin(this, 20, 0.1, 100, 1)), m_potential(percentSpin(this, 50, 0.1, 100, 1)),
      m_tierStatus(new QLabel(this)), m_tierChart(new SegmentShareChart(this)),
      m_tierModel(new SegmentTierModel(this)), m_basis(new QComboBox(this)),
      m_pyramidStatus(new QLabel(this)), m_pyramidChart(new SegmentShareChart(this)),
      m_pyramidModel(new SegmentPyramidModel(this)), m_tierDebounce(new QTimer(this)),
      m_pyramidDebounce(new QTimer(this))
{
    m_cuts[0] = percentSpin(this, 1, 0.1, 99.7, 1);
    m_cuts[1] = percentSpin(this, 5, 0.2, 99.8, 1);
    m_cuts[2] = percentSpin(this, 20, 0.3, 99.9, 1);
    m_tierView = makeTable(this, m_tierModel);
    m_pyramidView = makeTable(this, m_pyramidModel);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Value tiers.
    auto* tl = new QVBoxLayout(m_tierBox);
    auto* tierForm = new QFormLayout;
    m_churn->setRange(0.01, 1.0);
    m_churn->setDecimals(2);
    m_churn->setSingleStep(0.05);
    m_churn->setValue(0.5);
    m_churn->setKeyboardTracking(false);
    m_churn->setToolTip(tr("Customers whose P(alive) is below this are churn risks (tested "
                           "first)"));
    m_high->setToolTip(tr("The top share by CLV (not at risk) is high value"));
    m_potential->setToolTip(tr("Down to this cumulative top share by CLV: potential"));
    tierForm->addRow(tr("Churn risk: P(alive) &below"), m_churn);
    tierForm->addRow(tr("&High value: top"), m_high);
    tierForm->addRow(tr("&Potential: up to the top"), m_potential);
    tl->addLayout(tierForm);
    auto* tierButtons = new QHBoxLayout;
    auto* computeTiersButton = new QPushButton(tr("Compute tiers"), this);
    auto* saveTiersButton = new QPushButton(tr("Save tiers as segment…"), this);
    tierButtons->addWidget(computeTiersButton);
    tierButtons->addWidget(saveTiersButton);
    tierButtons->addStretch();
    tl->addLayout(tierButtons);
    m_tierStatus->setWordWrap(true);
    m_tierStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tl->addWidget(m_tierStatus);
    tl->addWidget(m_tierChart, 1);
    tl->addWidget(m_tierView);

    // Customer pyramid.
    auto* pl = new QVBoxLayout(m_pyramidBox);
    auto* pyramidForm = new QFormLayout;
    m_basis->addItem(tr("CLV"), static_cast<int>(segment::PyramidBasis::Clv));
    m_basis->addItem(tr("Margin"), static_cast<int>(segment::PyramidBasis::Margin));
    m_basis->addItem(tr("Revenue"), static_cast<int>(segment::PyramidBasis::Revenue));
    m_basis->setToolTip(tr("Rank customers by CLV (newest CLV run), margin (transactions with "
                           "a cost) or net revenue"));
    pyramidForm->addRow(tr("Rank &by"), m_basis);
    auto* cuts = new QHBoxLayout;
    const QString names[3] = {tr("Platinum: top"), tr("gold to"), tr("iron to")};
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel(names[i], this);
        label->setBuddy(m_cuts[i]);
        cuts->addWidget(label);
        cuts->addWidget(m_cuts[i]);
        m_cuts[i]->setToolTip(tr("Cumulative top share of the ranked customers where the level "
                                 "ends; lead is the rest"));
    }
    pyramidForm->addRow(tr("Cut points"), cuts);
    pl->addLayout(pyramidForm);
    auto* pyramidButtons = new QHBoxLayout;
    auto* computePyramidButton = new QPushButton(tr("Compute pyramid"), this);
    auto* savePyramidButton = new QPushButton(tr("Save pyramid as segment…"), this);
    savePyramidButton->setToolTip(tr("A saved pyramid is what the Value pyramid page shows "
                                     "under Customer tiers (Ctrl+S)"));
    pyramidButtons->addWidget(computePyramidButton);
    pyramidButtons->addWidget(savePyramidButton);
    pyramidButtons->addStretch();
    pl->addLayout(pyramidButtons);
    m_pyramidStatus->setWordWrap(true);
    m_pyramidStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pl->addWidget(m_pyramidStatus);
    pl->addWidget(m_pyramidChart, 1);
    pl->addWidget(m_pyramidView);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tierBox);
    split->addWidget(m_pyramidBox);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);

    for (QTimer* t : {m_tierDebounce, m_pyramidDebounce}) {
        t->setSingleShot(true);
        t->setInterval(300);
    }
    connect(m_tierDebounce, &QTimer::timeout, this, [this] { computeTiers(); });
    connect(m_pyramidDebounce, &QTimer::timeout, this, [this] { computePyramid(); });
    for (QDoubleSpinBox* s : {m_churn, m_high, m_potential})
        connect(s, &QDoubleSpinBox::valueChanged, m_tierDebounce, qOverload<>(&QTimer::start));
    for (QDoubleSpinBox* s : m_cuts)
        connect(s, &QDoubleSpinBox::valueChanged, m_pyramidDebounce, qOverload<>(&QTimer::start));
    connect(m_basis, &QComboBox::activated, this, [this] { computePyramid(); });
    connect(computeTiersButton, &QPushButton::clicked, this, [this] { computeTiers(); });
    connect(computePyramidButton, &QPushButton::clicked, this, [this] { computePyramid(); });
    connect(saveTiersButton, &QPushButton::clicked, this, [this] {
        if (!m_tierModel->result())
            return;
        const QString name =
            askSegmentName(tr("Tiers %1").arg(QDate::currentDate().toString(Qt::ISODate)));
        if (!name.isEmpty())
            saveTiers(name);
    });
    connect(savePyramidButton, &QPushButton::clicked, this, [this] {
        if (!m_pyramidModel->result())
            return;
        const QString name =
            askSegmentName(tr("Pyramid %1 %2")
                               .arg(basisName(m_pyramidModel->result()->options.basis),
                                    QDate::currentDate().toString(Qt::ISODate)));
        if (!name.isEmpty())
            savePyramid(name);
    });
    m_tierChart->setPlaceholder(tr("Computing the tiers…"));
    m_pyramidChart->setPlaceholder(tr("Computing the pyramid…"));
}

QString SegmentTierTab::basisName(segment::PyramidBasis basis) const
{
    switch (basis) {
    case segment::PyramidBasis::Clv:
        return tr("CLV");
    case segment::PyramidBasis::Margin:
        return tr("margin");
    case segment::PyramidBasis::Revenue:
        return tr("revenue");
    }
    return {};
}

segment::TierOptions SegmentTierTab::tierOptions() const
{
    segment::TierOptions o;
    o.churnPAlive = m_churn->value();
    o.highValueTopShare = m_high->value() / 100.0;
    o.potentialTopShare = m_potential->value() / 100.0;
    return o;
}

segment::PyramidOptions SegmentTierTab::pyramidOptions() const
{
    segment::PyramidOptions o;
    o.basis = static_cast<segment::PyramidBasis>(m_basis->currentData().toInt());
    for (int i = 0; i < 3; ++i)
        o.cuts[static_cast<std::size_t>(i)] = m_cuts[i]->value() / 100.0;
    return o;
}

void SegmentTierTab::refresh()
{
    computeTiers();
    computePyramid();
}

bool SegmentTierTab::computeTiers()
{
    m_tierDebounce->stop();
    if (!session().isOpen())
        return false;
    const segment::TierOptions o = tierOptions();
    if (o.potentialTopShare < o.highValueTopShare) {
        showTiers(std::nullopt,
                  tr("The potential share (%1) must not be below the high-value "
                     "share (%2).")
                      .arg(segfmt::share(o.potentialTopShare), segfmt::share(o.highValueTopShare)));
        return false;
    }
    const int generation = ++m_tierGeneration;
    ++m_running;
    using Out = Outcome<segment::TierResult>;
    runTask<Out>(
        this, session(), tr("Value tiers"),
        [o](Database& db, const ProgressCallback& progress) {
            Out out;
            try {
                if (!hasClvRun(db))
                    out.noClvRun = true;
                else
                    out.result = segment::computeTiers(db, o, progress);
            } catch (const CancelledError&) {
                out.cancelled = true;
            }
            return out;
        },
        [this, generation](Out out) {
            --m_running;
            if (generation != m_tierGeneration || out.cancelled)
                return;
            if (out.noClvRun)
                showTiers(std::nullopt,
                          tr("No CLV run yet: the tiers need CLV and P(alive). Fit a model on "
                             "the Customer lifetime value page (Ctrl+4), then come back."));
            else
                showTiers(std::move(out.result), {});
        },
        [this, generation](const QString& error) {
            --m_running;
            if (generation == m_tierGeneration)
                showTiers(std::nullopt, tr("The tiers could not be computed: %1").arg(error));
        });
    return true;
}

void SegmentTierTab::showTiers(std::optional<segment::TierResult> result, const QString& message)
{
    m_tierModel->setResult(result);
    if (!result) {
        m_tierStatus->setText(message);
        m_tierStatus->setStyleSheet("color: #a01c1c;");
        m_tierChart->setPlaceholder(message);
        return;
    }
    m_tierStatus->setStyleSheet({});
    const auto& o = result->options;
    QString high = tr("top %1 by CLV").arg(segfmt::share(o.highValueTopShare, 0));
    if (result->highValueClvCut)
        high += tr(" (CLV ≥ %1)").arg(segfmt::money(*result->highValueClvCut));
    QString potential = tr("up to the top %1").arg(segfmt::share(o.potentialTopShare, 0));
    if (result->potentialClvCut)
        potential += tr(" (CLV ≥ %1)").arg(segfmt::money(*result->potentialClvCut));
    m_tierStatus->setText(
        tr("Churn risk: P(alive) < %1, tested first · High value: %2 · Potential: %3 · Other: "
           "the rest. %4 customers with a prediction, total CLV %5.")
            .arg(QLocale().toString(o.churnPAlive, 'f', 2), high, potential,
                 segfmt::count(static_cast<std::int64_t>(result->members.size())),
                 segfmt::money(result->totalClv)));
    std::vector<SegmentShareChart::Group> groups;
    const auto total = static_cast<double>(result->members.size());
    for (const auto& t : result->tiers)
        groups.push_back({SegmentTierModel::tierName(t.tier), t.customers,
                          total > 0 ? static_cast<double>(t.customers) / total : 0.0,
                          t.clvShare.value_or(0.0), SegmentTierModel::tierColor(t.tier)});
    m_tierChart->setGroups(groups, tr("Value tiers: customers and CLV"), tr("Share of CLV"));
}

bool SegmentTierTab::computePyramid()
{
    m_pyramidDebounce->stop();
    if (!session().isOpen())
        return false;
    const segment::PyramidOptions o = pyramidOptions();
    try {
        segment::validatePyramidCuts(o.cuts);
    } catch (const std::exception&) {
        showPyramid(std::nullopt, tr("The cut points must increase: platinum < gold < iron "
                                     "(cumulative top shares)."));
        return false;
    }
    const int generation = ++m_pyramidGeneration;
    ++m_running;
    using Out = Outcome<segment::PyramidResult>;
    runTask<Out>(
        this, session(), tr("Customer pyramid"),
        [o](Database& db, const ProgressCallback& progress) {
            Out out;
            try {
                if (o.basis == segment::PyramidBasis::Clv && !hasClvRun(db))
                    out.noClvRun = true;
                else
                    out.result = segment::computePyramid(db, o, progress);
            } catch (const CancelledError&) {
                out.cancelled = true;
            }
            return out;
        },
        [this, generation](Out out) {
            --m_running;
            if (generation != m_pyramidGeneration || out.cancelled)
                return;
            if (out.noClvRun)
                showPyramid(std::nullopt,
                            tr("No CLV run yet: rank by margin or revenue, or fit a CLV model on "
                               "the Customer lifetime value page (Ctrl+4) first."));
            else
                showPyramid(std::move(out.result), {});
        },
        [this, generation](const QString& error) {
            --m_running;
            if (generation == m_pyramidGeneration)
                showPyramid(std::nullopt, tr("The pyramid could not be built: %1").arg(error));
        });
    return true;
}

void SegmentTierTab::showPyramid(std::optional<segment::PyramidResult> result,
                                 const QString& message)
{
    m_pyramidModel->setResult(result);
    if (!result) {
        m_pyramidStatus->setText(message);
        m_pyramidStatus->setStyleSheet("color: #a01c1c;");
        m_pyramidChart->setPlaceholder(message);
        return;
    }
    m_pyramidStatus->setStyleSheet({});
    const auto& c = result->options.cuts;
    QString text = tr("Ranked by %1: platinum is the top %2, gold to %3, iron to %4, lead the "
                      "rest; equal values share a level. %5 customers, total %6.")
                       .arg(basisName(result->options.basis), segfmt::share(c[0]),
                            segfmt::share(c[1]), segfmt::share(c[2]),
                            segfmt::count(static_cast<std::int64_t>(result->members.size())),
                            segfmt::money(result->total));
    if (result->excluded > 0)
        text += QLatin1Char(' ') +
                tr("%1 customers without a %2 value are not ranked.")
                    .arg(segfmt::count(result->excluded), basisName(result->options.basis));
    m_pyramidStatus->setText(text);
    std::vector<SegmentShareChart::Group> groups;
    const auto ranked = static_cast<double>(result->members.size());
    for (std::size_t i = 0; i < result->levels.size(); ++i) {
        const auto& l = result->levels[i];
        groups.push_back({SegmentPyramidModel::levelName(static_cast<int>(i)), l.customers,
                          ranked > 0 ? static_cast<double>(l.customers) / ranked : 0.0,
                          l.valueShare.value_or(0.0),
                          SegmentPyramidModel::levelColor(static_cast<int>(i))});
    }
    const QString basis = basisName(result->options.basis);
    m_pyramidChart->setGroups(groups, tr("Customer pyramid by %1").arg(basis),
                              tr("Share of %1").arg(basis));
}

bool SegmentTierTab::saveTiers(const QString& name)
{
    if (!m_tierModel->result() || name.trimmed().isEmpty())
        return false;
    const segment::SegmentDraft draft = segment::tierDraft(*m_tierModel->result());
    const std::string n = name.trimmed().toStdString();
    ++m_running;
    runTask<qint64>(
        this, session(), tr("Saving the tiers"),
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
            session().showMessage(tr("Saved segment “%1”.").arg(name.trimmed()));
            emit segmentsChanged();
        },
        [this](const QString& error) {
            --m_running;
            session().showMessage(tr("The segment was not saved: %1").arg(error),
                                  MessageLevel::Error);
        });
    return true;
}

bool SegmentTierTab::savePyramid(const QString& name)
{
    if (!m_pyramidModel->result() || name.trimmed().isEmpty())
        return false;
    const segment::SegmentDraft draft = segment::pyramidDraft(*m_pyramidModel->result());
    const std::string n = name.trimmed().toStdString();
    ++m_running;
    runTask<qint64>(
        this, session(), tr("Saving the pyramid"),
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
                tr("Saved pyramid “%1”; the Value pyramid page shows it under Customer tiers.")
                    .arg(name.trimmed()));
            emit segmentsChanged();
        },
        [this](const QString& error) {
            --m_running;
            session().showMessage(tr("The segment was not saved: %1").arg(error),
                                  MessageLevel::Error);
        });
    return true;
}

bool SegmentTierTab::saveAsSegmentDialog()
{
    QWidget* focus = QApplication::focusWidget();
    const bool tiers = focus && m_tierBox->isAncestorOf(focus);
    if (tiers ? !m_tierModel->result() : !m_pyramidModel->result()) {
        session().showMessage(tiers ? tr("There are no tiers to save yet.")
                                    : tr("There is no pyramid to save yet."),
                              MessageLevel::Warning);
        return false;
    }
    const QString name =
        askSegmentName(tiers ? tr("Tiers %1").arg(QDate::currentDate().toString(Qt::ISODate))
                             : tr("Pyramid %1 %2")
                                   .arg(basisName(m_pyramidModel->result()->options.basis),
                                        QDate::currentDate().toString(Qt::ISODate)));
    if (name.isEmpty())
        return false;
    return tiers ? saveTiers(name) : savePyramid(name);
}

} // namespace vd::gui
