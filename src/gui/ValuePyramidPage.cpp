#include "ValuePyramidPage.h"

#include "ExportHelper.h"
#include "IpaScatterChart.h"
#include "PyramidAttributeModel.h"
#include "PyramidDeliveredChart.h"
#include "PyramidPresentation.h"
#include "PyramidWidget.h"
#include "RenderTarget.h"
#include "TaskRunner.h"
#include "ValueGapChart.h"
#include "WorkspaceSession.h"
#include "valuedesk/Error.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace vd::gui {

namespace {

const vd::gui::PageRegistrar kRegistrar({"value", QT_TRANSLATE_NOOP("Pages", "Value pyramid"), 80,
                                         [](WorkspaceSession& s, QWidget* p) -> Page* {
                                             return new ValuePyramidPage(s, p);
                                         }});

// Sorts on the model's numeric role and keeps missing numbers (NaN) at the bottom whichever
// way the column is sorted.
class PyramidSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant l = left.data(PyramidAttributeModel::SortRole);
        const QVariant r = right.data(PyramidAttributeModel::SortRole);
        if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
            const double a = l.toDouble(), b = r.toDouble();
            const bool ascending = sortOrder() == Qt::AscendingOrder;
            if (std::isnan(a) || std::isnan(b)) {
                if (std::isnan(a) && std::isnan(b))
                    return false;
                return std::isnan(a) ? !ascending : ascending;
            }
            return a < b;
        }
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
};

// "all" is the whole base; names of segments and "name:label" resolve in the core.
constexpr const char* kWholeBase = "all";

// Holds the one or two pyramid widgets: side by side while the pane is wide enough for two
// drawings with their callouts, one above the other when it is tall and narrow.
class PyramidPane : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        if (auto* box = qobject_cast<QBoxLayout*>(layout()))
            box->setDirection(width() >= 1.4 * height() ? QBoxLayout::LeftToRight
                                                        : QBoxLayout::TopToBottom);
    }
};

} // namespace

ValuePyramidPage::ValuePyramidPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_segmentA(new QComboBox(this)), m_segmentB(new QComboBox(this)),
      m_view(new QComboBox(this)), m_size(new QComboBox(this)), m_breakdown(new QComboBox(this)),
      m_status(new QLabel(this)), m_pyramidA(new PyramidWidget(this)),
      m_pyramidB(new PyramidWidget(this)), m_tabs(new QTabWidget(this)),
      m_tableTitle(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new PyramidAttributeModel(this)), m_proxy(new PyramidSortProxy(this)),
      m_delivered(new PyramidDeliveredChart(this)), m_gaps(new ValueGapChart(this)),
      m_ipa(new IpaScatterChart(this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto* layout = new QVBoxLayout(this);
    // The title has a row of its own so that the filters fit a 1280 px laptop screen.
    auto* title = new QLabel(tr("Value pyramid"), this);
    title->setStyleSheet("font-size: 16pt; font-weight: 600;");
    layout->addWidget(title);
    auto* top = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, this);
        l->setBuddy(w);
        top->addWidget(l);
        top->addWidget(w);
    };
    m_view->addItem(tr("Customer value"), static_cast<int>(View::Value));
    m_view->addItem(tr("Customer tiers"), static_cast<int>(View::Customers));
    m_view->setToolTip(tr("Value layers scored from attribute ratings, or the saved "
                          "platinum/gold/iron/lead customer pyramid"));
    addLabelled(tr("&Show:"), m_view);
    m_segmentA->setMinimumContentsLength(16);
    m_segmentA->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segmentB->setMinimumContentsLength(16);
    m_segmentB->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addLabelled(tr("&Segment:"), m_segmentA);
    addLabelled(tr("&Compare with:"), m_segmentB);
    // Its longest choice would make the filter row wider than a laptop screen; the list
    // still shows every choice in full.
    m_size->setMinimumContentsLength(14);
    m_size->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addLabelled(tr("Si&ze by:"), m_size);
    top->addStretch();
    auto* present = new QToolButton(this);
    present->setText(tr("Present"));
    present->setToolTip(tr("Full-screen presentation revealing the layers bottom-up (F5)"));
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the pyramid as PNG, SVG or PDF (Ctrl+E)"));
    top->addWidget(present);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: palette(mid);");
    layout->addWidget(m_status);

    // Pyramid beside the tabs rather than above them: on a landscape screen both get the full
    // height, so the pyramid is not squeezed to a strip and the charts have room for every
    // label. Two pyramids sit side by side when their pane is wide, one above the other when
    // it is tall (PyramidPane).
    m_splitter->setChildrenCollapsible(false);
    auto* pyramids = new PyramidPane(m_splitter);
    pyramids->setMinimumWidth(380);
    auto* pyramidsLayout = new QBoxLayout(QBoxLayout::LeftToRight, pyramids);
    pyramidsLayout->setContentsMargins(0, 0, 0, 0);
    pyramidsLayout->setSpacing(2);
    pyramidsLayout->addWidget(m_pyramidA);
    pyramidsLayout->addWidget(m_pyramidB);
    m_pyramidB->hide();
    m_splitter->addWidget(pyramids);

    auto* tablePage = new QWidget(m_tabs);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(4, 4, 4, 4);
    tableLayout->addWidget(m_tableTitle);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PyramidAttributeModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PyramidAttributeModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    tableLayout->addWidget(m_table);
    m_tabs->addTab(tablePage, tr("&Attributes"));

    auto* deliveredPage = new QWidget(m_tabs);
    auto* deliveredLayout = new QVBoxLayout(deliveredPage);
    deliveredLayout->setContentsMargins(4, 4, 4, 4);
    auto* breakdownRow = new QHBoxLayout;
    auto* breakdownLabel = new QLabel(tr("&Breakdown:"), deliveredPage);
    breakdownLabel->setBuddy(m_breakdown);
    m_breakdown->addItem(tr("Kotler: customer delivered value"));
    m_breakdown->addItem(tr("Value components: perceived value"));
    breakdownRow->addWidget(breakdownLabel);
    breakdownRow->addWidget(m_breakdown);
    breakdownRow->addStretch();
    deliveredLayout->addLayout(breakdownRow);
    deliveredLayout->addWidget(m_delivered, 1);
    m_tabs->addTab(deliveredPage, tr("&Delivered value"));
    m_tabs->addTab(m_gaps, tr("Value &gaps"));
    m_tabs->addTab(m_ipa, tr("&Importance–performance"));
    m_tabs->setMinimumWidth(420);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 9);
    m_splitter->setStretchFactor(1, 11);
    m_splitter->setSizes({540, 660});
    layout->addWidget(m_splitter, 1);

    updateSizeChoices();
    m_tableTitle->setText(tr("All attributes — click a layer to list only its attributes"));

    connect(m_segmentA, &QComboBox::activated, this, [this] { requestAnalysis(false); });
    connect(m_segmentB, &QComboBox::activated, this, [this] { requestAnalysis(false); });
    connect(m_view, &QComboBox::activated, this, [this] {
        updateSizeChoices();
        updatePyramids();
    });
    connect(m_size, &QComboBox::activated, this, [this] { updatePyramids(); });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_delivered->setBreakdown(i == 0 ? PyramidDeliveredChart::Breakdown::Kotler
                                         : PyramidDeliveredChart::Breakdown::Components);
    });
    connect(m_pyramidA, &PyramidWidget::bandClicked, this,
            [this](int band) { showLayer(band, false); });
    connect(m_pyramidB, &PyramidWidget::bandClicked, this,
            [this](int band) { showLayer(band, true); });
    connect(present, &QToolButton::clicked, this, [this] { startPresentation(); });
    connect(exportButton, &QToolButton::clicked, this, [this] { exportPyramidDialog(); });
    auto* presentKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    presentKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(presentKey, &QShortcut::activated, this, [this] { startPresentation(); });
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, [this] { exportPyramidDialog(); });
    auto* exportChartKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    exportChartKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportChartKey, &QShortcut::activated, this, [this] { exportChartDialog(); });
    connect(&session, &WorkspaceSession::closed, this, [this] {
        showData({});
        m_pyramidA->setPlaceholder(tr("No workspace is open."));
    });
}

ValuePyramidPage::View ValuePyramidPage::view() const
{
    return static_cast<View>(m_view->currentData().toInt());
}

void ValuePyramidPage::reload()
{
    requestAnalysis(true);
}

void ValuePyramidPage::requestAnalysis(bool withChoices)
{
    const std::string specA =
        m_segmentA->count() ? m_segmentA->currentData().toString().toStdString() : kWholeBase;
    const std::string specB =
        m_segmentB->count() ? m_segmentB->currentData().toString().toStdString() : std::string();
    const int generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Analysing the attribute ratings…"));
    runTask<Data>(
        this, session(), tr("Value pyramid"),
        [specA, specB, withChoices](Database& db, const ProgressCallback& progress) {
            Data d;
            if (withChoices)
                d.choices = value::listPopulations(db);
            // A segment deleted since the list was filled falls back to the whole base.
            auto resolve = [&db](const std::string& spec) {
                try {
                    return value::resolvePopulation(db, spec);
                } catch (const InputError&) {
                    return value::Population{};
                }
            };
            value::ValueFilter fa;
            fa.population = resolve(specA);
            if (!specB.empty()) {
                value::ValueFilter fb;
                fb.population = resolve(specB);
                value::ValueComparison c = value::compareValue(db, fa, fb, {}, progress);
                d.a = std::move(c.a);
                d.b = std::move(c.b);
            } else {
                d.a = value::analyzeValue(db, fa, {}, progress);
            }
            d.pyramidA = value::loadCustomerPyramid(db, fa.population);
            d.pyramidSaved = d.pyramidA.has_value();
            if (d.b)
                d.pyramidB = value::loadCustomerPyramid(db, d.b->filter.population);
            return d;
        },
        [this, generation, withChoices](Data d) {
            if (generation != m_generation)
                return; // a newer request is under way
            if (!withChoices)
                d.choices = std::move(m_data.choices);
            showData(std::move(d));
            if (withChoices)
                fillChoices();
        },
        [this, generation](const QString& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_status->setText(tr("The analysis failed: %1").arg(error));
            session().showMessage(tr("Value pyramid: %1").arg(error), MessageLevel::Error);
        });
}

void ValuePyramidPage::fillChoices()
{
    const QString a = m_segmentA->currentData().toString();
    const QString b = m_segmentB->currentData().toString();
    QSignalBlocker blockA(m_segmentA), blockB(m_segmentB);
    m_segmentA->clear();
    m_segmentB->clear();
    m_segmentB->addItem(tr("No comparison"), QString());
    for (QComboBox* box : {m_segmentA, m_segmentB})
        box->addItem(tr("Whole base"), QString::fromLatin1(kWholeBase));
    for (const auto& c : m_data.choices) {
        const QString spec = QString::fromStdString(c.population.displayName());
        const QString text =
            (c.population.label ? QStringLiteral("    ") : QString()) +
            QString::fromStdString(c.population.label ? *c.population.label
                                                      : c.population.segmentName) +
            QStringLiteral(" (%1)").arg(QLocale().toString(static_cast<qlonglong>(c.members)));
        for (QComboBox* box : {m_segmentA, m_segmentB})
            box->addItem(text, spec);
    }
    auto restore = [](QComboBox* box, const QString& spec) {
        const int i = box->findData(spec);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    restore(m_segmentA, a.isEmpty() ? QString::fromLatin1(kWholeBase) : a);
    restore(m_segmentB, b);
}

void ValuePyramidPage::showData(Data d)
{
    m_loading = false;
    m_data = std::move(d);
    const value::ValueReport* a = m_data.a ? &*m_data.a : nullptr;
    const value::ValueReport* b = m_data.b ? &*m_data.b : nullptr;
    m_model->setReport(a);
    m_model->setLayer(std::nullopt);
    m_pyramidA->setSelectedBand(-1);
    m_pyramidB->setSelectedBand(-1);
    m_tableTitle->setText(tr("All attributes — click a layer to list only its attributes"));
    m_table->resizeColumnsToContents();
    m_delivered->setReports(a, b);
    m_gaps->setReports(a, b);
    m_ipa->setReports(a, b);

    QStringList notes;
    if (a) {
        notes << tr("%1: %2 responses from %3 customers")
                     .arg(render::PyramidRenderer::populationName(a->filter.population))
                     .arg(QLocale().toString(static_cast<qlonglong>(a->responses)))
                     .arg(QLocale().toString(static_cast<qlonglong>(a->respondents)));
        if (b)
            notes << tr("%1: %2 responses from %3 customers")
                         .arg(render::PyramidRenderer::populationName(b->filter.population))
                         .arg(QLocale().toString(static_cast<qlonglong>(b->responses)))
                         .arg(QLocale().toString(static_cast<qlonglong>(b->respondents)));
        for (const auto& w : a->warnings)
            notes << QString::fromStdString(w);
    }
    m_status->setText(notes.join(QStringLiteral(" · ")));
    updatePyramids();
}

void ValuePyramidPage::updateSizeChoices()
{
    const int previous = m_size->currentIndex();
    const View before = static_cast<View>(m_size->property("view").toInt());
    m_size->clear();
    if (view() == View::Value) {
        // Equal layers first: the scores of the three layers are close, so areas by score look
        // nearly equal anyway and invite reading area as importance; the number in each layer
        // is the score and its colour the gap (docs/user-guide/value-pyramid.md).
        m_size->addItem(tr("Equal layers"), static_cast<int>(render::ValueSizing::Equal));
        m_size->addItem(tr("Score (area ∝ score)"), static_cast<int>(render::ValueSizing::Score));
        m_size->addItem(tr("Responses (area ∝ responses)"),
                        static_cast<int>(render::ValueSizing::Responses));
    } else {
        m_size->addItem(tr("Customers"), static_cast<int>(render::TierSizing::Customers));
        m_size->addItem(tr("Revenue"), static_cast<int>(render::TierSizing::Revenue));
        m_size->addItem(tr("CLV"), static_cast<int>(render::TierSizing::Clv));
    }
    if (before == view() && previous >= 0)
        m_size->setCurrentIndex(previous);
    m_size->setProperty("view", static_cast<int>(view()));
}

std::vector<render::PyramidSpec> ValuePyramidPage::currentSpecs() const
{
    std::vector<render::PyramidSpec> specs;
    if (!m_data.a)
        return specs;
    if (view() == View::Value) {
        std::vector<const value::ValueReport*> reports{&*m_data.a};
        if (m_data.b)
            reports.push_back(&*m_data.b);
        const double range = render::PyramidRenderer::gapRange(reports);
        const auto sizing = static_cast<render::ValueSizing>(m_size->currentData().toInt());
        for (const auto* r : reports)
            if (r->responses > 0)
                specs.push_back(render::PyramidRenderer::valuePyramid(*r, sizing, range));
    } else {
        const auto sizing = static_cast<render::TierSizing>(m_size->currentData().toInt());
        if (m_data.pyramidA)
            specs.push_back(render::PyramidRenderer::customerPyramid(
                *m_data.pyramidA, sizing,
                render::PyramidRenderer::populationName(m_data.a->filter.population)));
        if (m_data.pyramidB && m_data.b)
            specs.push_back(render::PyramidRenderer::customerPyramid(
                *m_data.pyramidB, sizing,
                render::PyramidRenderer::populationName(m_data.b->filter.population)));
    }
    return specs;
}

void ValuePyramidPage::updatePyramids()
{
    const bool compare = m_data.b.has_value();
    m_pyramidB->setVisible(compare);
    if (!m_data.a) {
        m_pyramidA->setPlaceholder(m_loading ? tr("Loading…") : QString());
        return;
    }
    if (view() == View::Customers && !m_data.pyramidSaved) {
        m_pyramidA->setPlaceholder(
            tr("No customer pyramid has been saved in this workspace yet.\n\nThe segmentation "
               "tools build it (platinum, gold, iron and lead tiers by CLV or margin); once "
               "saved, its tiers appear here with their customers, revenue and CLV."));
        m_pyramidB->hide();
        return;
    }
    auto place = [this](PyramidWidget* w, const std::optional<value::ValueReport>& r,
                        const std::optional<value::CustomerPyramid>& pyramid) {
        if (view() == View::Value) {
            if (r->responses == 0) {
                w->setPlaceholder(
                    tr("%1 has no attribute ratings yet.\n\nImport survey responses with "
                       "importance, performance and expectation ratings (or create the demo "
                       "workspace) to score the pyramid.")
                        .arg(render::PyramidRenderer::populationName(r->filter.population)));
                return;
            }
            std::vector<const value::ValueReport*> reports{&*m_data.a};
            if (m_data.b)
                reports.push_back(&*m_data.b);
            w->setSpec(render::PyramidRenderer::valuePyramid(
                *r, static_cast<render::ValueSizing>(m_size->currentData().toInt()),
                render::PyramidRenderer::gapRange(reports)));
        } else {
            if (!pyramid || pyramid->customers == 0) {
                w->setPlaceholder(
                    tr("No member of %1 is in the saved customer pyramid.")
                        .arg(render::PyramidRenderer::populationName(r->filter.population)));
                return;
            }
            w->setSpec(render::PyramidRenderer::customerPyramid(
                *pyramid, static_cast<render::TierSizing>(m_size->currentData().toInt()),
                render::PyramidRenderer::populationName(r->filter.population)));
        }
    };
    place(m_pyramidA, m_data.a, m_data.pyramidA);
    if (compare)
        place(m_pyramidB, m_data.b, m_data.pyramidB);
}

void ValuePyramidPage::showLayer(int band, bool sideB)
{
    (sideB ? m_pyramidA : m_pyramidB)->setSelectedBand(-1);
    const auto& report = sideB ? m_data.b : m_data.a;
    if (view() != View::Value || !report)
        return;
    m_model->setReport(&*report);
    const QString who = render::PyramidRenderer::populationName(report->filter.population);
    if (band < 0 || band >= static_cast<int>(value::kLayers.size())) {
        m_model->setLayer(std::nullopt);
        m_tableTitle->setText(tr("All attributes of %1 — click a layer to list only its "
                                 "attributes")
                                  .arg(who));
    } else {
        const value::Layer layer = value::kLayers[static_cast<std::size_t>(band)];
        m_model->setLayer(layer);
        m_tableTitle->setText(tr("%1 layer of %2 — click it again to list every attribute")
                                  .arg(layerName(layer), who));
        m_tabs->setCurrentIndex(0);
    }
    m_table->resizeColumnsToContents();
}

void ValuePyramidPage::exportPyramid(const QString& path) const
{
    const auto specs = currentSpecs();
    if (specs.empty())
        throw Error(tr("there is no pyramid to export").toStdString());
    const QSizeF size(specs.size() > 1 ? 1600 : 1000, 680);
    render::writeDrawing(
        path, size,
        [&specs, size](QPainter& p) {
            render::PyramidRenderer::paintAll(p, QRectF(QPointF(0, 0), size), specs);
        },
        2.0, tr("Value pyramid"));
}

void ValuePyramidPage::exportPyramidDialog()
{
    if (currentSpecs().empty()) {
        session().showMessage(tr("There is no pyramid to export yet."), MessageLevel::Warning);
        return;
    }
    QSettings settings;
    const QString dir =
        settings
            .value("export/lastDir",
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export pyramid"), dir + "/value-pyramid.png",
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains("svg") ? ".svg" : selected.contains("pdf") ? ".pdf" : ".png";
    try {
        exportPyramid(path);
        settings.setValue("export/lastDir", QFileInfo(path).absolutePath());
        session().showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(e.what()));
    }
}

void ValuePyramidPage::exportChartDialog()
{
    QWidget* w = m_tabs->currentWidget();
    if (w)
        exportWidget(w, this, QStringLiteral("value-chart"));
}

PyramidPresentation* ValuePyramidPage::startPresentation()
{
    auto specs = currentSpecs();
    if (specs.empty()) {
        session().showMessage(tr("There is no pyramid to present yet."), MessageLevel::Warning);
        return nullptr;
    }
    if (m_presentation)
        m_presentation->close();
    m_presentation = new PyramidPresentation(std::move(specs), this);
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    return m_presentation;
}

} // namespace vd::gui
