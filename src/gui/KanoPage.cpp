#include "KanoPage.h"

#include "ExportHelper.h"
#include "KanoCategoryChart.h"
#include "KanoFeatureModel.h"
#include "KanoQuadrantChart.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Error.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace vd::gui {

namespace {

const vd::gui::PageRegistrar
    kRegistrar({"kano", QT_TRANSLATE_NOOP("Pages", "Kano analysis"), 60,
                [](WorkspaceSession& s, QWidget* p) -> Page* { return new KanoPage(s, p); }});

// Sorts on the model's numeric role and keeps missing numbers (NaN) at the bottom whichever
// way the column is sorted.
class KanoSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant l = left.data(KanoFeatureModel::SortRole);
        const QVariant r = right.data(KanoFeatureModel::SortRole);
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

constexpr const char* kAll = "all";

} // namespace

KanoPage::KanoPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_study(new QComboBox(this)), m_table(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_status(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new KanoFeatureModel(this)), m_proxy(new KanoSortProxy(this)),
      m_tabs(new QTabWidget(this)), m_categories(new KanoCategoryChart(this)),
      m_betterWorse(new KanoQuadrantChart(this)), m_continuous(new KanoQuadrantChart(this))
{
    auto* layout = new QVBoxLayout(this);
    // The title has a row of its own so that the filters fit a 1280 px laptop screen.
    auto* title = new QLabel(tr("Kano analysis"), this);
    title->setStyleSheet("font-size: 16pt; font-weight: 600;");
    layout->addWidget(title);
    auto* top = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, this);
        l->setBuddy(w);
        top->addWidget(l);
        top->addWidget(w);
    };
    m_study->setMinimumContentsLength(30);
    m_study->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_study->setToolTip(tr("The Kano study to analyse"));
    addLabelled(tr("&Study:"), m_study);
    m_table->addItem(tr("Standard (Kano 1984)"), static_cast<int>(kano::EvaluationTable::Standard));
    m_table->addItem(tr("Pouliot"), static_cast<int>(kano::EvaluationTable::Pouliot));
    m_table->setToolTip(tr("The evaluation table that turns each pair of answers into a "
                           "category; Pouliot's counts must-be/must-be and live-with/live-with "
                           "as questionable"));
    addLabelled(tr("&Table:"), m_table);
    m_segment->setMinimumContentsLength(16);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setToolTip(tr("Only the respondents whose customer belongs to a saved segment"));
    m_segment->addItem(tr("All respondents"), QString::fromLatin1(kAll));
    addLabelled(tr("S&egment:"), m_segment);
    top->addStretch();
    auto* exportChart = new QToolButton(this);
    exportChart->setText(tr("Export chart…"));
    exportChart->setToolTip(tr("Save the chart shown as PNG, SVG or PDF (Ctrl+E)"));
    auto* exportTable = new QToolButton(this);
    exportTable->setText(tr("Export table…"));
    exportTable->setToolTip(tr("Save the per-feature table as CSV (Ctrl+Shift+E)"));
    top->addWidget(exportChart);
    top->addWidget(exportTable);
    layout->addLayout(top);

    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: palette(mid);");
    layout->addWidget(m_status);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet("color: palette(mid); font-size: 12pt;");
    m_stack->addWidget(m_placeholder);

    auto* splitter = new QSplitter(Qt::Vertical, m_stack);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KanoFeatureModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the study's own feature order
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    splitter->addWidget(m_view);
    m_tabs->addTab(m_categories, tr("&Categories"));
    m_tabs->addTab(m_betterWorse, tr("&Better–Worse"));
    m_tabs->addTab(m_continuous, tr("C&ontinuous"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_study, &QComboBox::activated, this, [this] { analyse(); });
    connect(m_table, &QComboBox::activated, this, [this] { analyse(); });
    connect(m_segment, &QComboBox::activated, this, [this] { analyse(); });
    connect(exportChart, &QToolButton::clicked, this, [this] { exportChartDialog(); });
    connect(exportTable, &QToolButton::clicked, this, [this] { exportCsvDialog(); });
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, [this] { exportChartDialog(); });
    auto* csvKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    csvKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(csvKey, &QShortcut::activated, this, [this] { exportCsvDialog(); });
    connect(&session, &WorkspaceSession::closed, this, [this] {
        ++m_generation;
        showData({});
        fillPickers();
    });
    showData({});
}

bool KanoPage::showsPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void KanoPage::reload()
{
    request(true);
}

void KanoPage::analyse()
{
    request(false);
}

void KanoPage::request(bool withLists)
{
    const std::optional<std::int64_t> studyId =
        m_study->count() ? std::optional<std::int64_t>(m_study->currentData().toLongLong())
                         : std::nullopt;
    const auto table = static_cast<kano::EvaluationTable>(m_table->currentData().toInt());
    const std::string segment = m_segment->currentData().toString().toStdString();
    const int generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Classifying the features…"));
    runTask<Data>(
        this, session(), tr("Kano analysis"),
        [studyId, table, segment, withLists](Database& db, const ProgressCallback& progress) {
            Data d;
            d.studies = kano::listStudies(db);
            if (withLists)
                d.segments = kano::listSegments(db);
            // The chosen study, or the newest when it is gone (or nothing was chosen yet).
            std::optional<std::int64_t> id;
            for (const kano::StudyInfo& s : d.studies)
                if (studyId && s.id == *studyId)
                    id = s.id;
            if (!id && !d.studies.empty())
                id = d.studies.front().id;
            if (!id)
                return d;
            kano::KanoOptions options;
            options.table = table;
            // A segment deleted since the list was filled falls back to everyone.
            try {
                options.segment = kano::resolveSegment(db, segment == kAll ? "" : segment);
            } catch (const InputError&) {
                options.segment = {};
            }
            d.report = kano::analyzeStudy(db, *id, options, progress);
            return d;
        },
        [this, generation, withLists](Data d) {
            if (generation != m_generation)
                return; // a newer request is under way
            if (!withLists)
                d.segments = std::move(m_data.segments);
            showData(std::move(d));
            fillPickers();
        },
        [this, generation](const QString& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_status->setText(tr("The analysis failed: %1").arg(error));
            session().showMessage(tr("Kano analysis: %1").arg(error), MessageLevel::Error);
        });
}

void KanoPage::fillPickers()
{
    const QString segment = m_segment->currentData().toString();
    QSignalBlocker blockStudy(m_study), blockSegment(m_segment);
    m_study->clear();
    for (const kano::StudyInfo& s : m_data.studies)
        m_study->addItem(tr("%1 (%n respondent(s))", nullptr, static_cast<int>(s.respondents))
                             .arg(QString::fromStdString(s.name)),
                         QVariant::fromValue<qlonglong>(s.id));
    if (m_data.report) {
        const int i = m_study->findData(QVariant::fromValue<qlonglong>(m_data.report->study.id));
        m_study->setCurrentIndex(std::max(i, 0));
    }
    m_segment->clear();
    m_segment->addItem(tr("All respondents"), QString::fromLatin1(kAll));
    for (const kano::SegmentChoice& c : m_data.segments)
        m_segment->addItem(QStringLiteral("%1 (%2)")
                               .arg(QString::fromStdString(c.filter.name))
                               .arg(QLocale().toString(static_cast<qlonglong>(c.members))),
                           QString::fromStdString(c.filter.displayName()));
    // Show the segment the report was made for (the whole study when the chosen one vanished).
    const QString shown = m_data.report && !m_data.report->segment.all()
                              ? QString::fromStdString(m_data.report->segment.displayName())
                              : (m_data.report ? QString::fromLatin1(kAll) : segment);
    const int i = m_segment->findData(shown);
    m_segment->setCurrentIndex(std::max(i, 0));
}

void KanoPage::showData(Data d)
{
    m_loading = false;
    m_data = std::move(d);
    m_model->setReport(m_data.report);
    m_view->resizeColumnsToContents();
    updateCharts();

    if (!m_data.report) {
        m_placeholder->setText(
            session().isOpen()
                ? tr("This workspace has no Kano study yet.\n\nImport a Kano survey file (one "
                     "row per respondent, a functional and a dysfunctional column per "
                     "feature) or create the demo workspace to see the airline study.")
                : tr("No workspace is open."));
        m_stack->setCurrentWidget(m_placeholder);
        m_status->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    const kano::KanoReport& r = *m_data.report;
    QStringList notes;
    notes << tr("%1: %2 respondents, %n feature(s)", nullptr, static_cast<int>(r.features.size()))
                 .arg(kanoSegmentName(r.segment))
                 .arg(QLocale().toString(static_cast<qlonglong>(r.respondents)));
    notes << (r.table == kano::EvaluationTable::Pouliot ? tr("Pouliot evaluation table")
                                                        : tr("standard evaluation table"));
    for (const std::string& w : r.warnings)
        notes << QString::fromStdString(w);
    m_status->setText(notes.join(QStringLiteral(" · ")));
}

void KanoPage::updateCharts()
{
    const kano::KanoReport* r = m_data.report ? &*m_data.report : nullptr;
    m_categories->setReport(r);
    if (!r) {
        m_betterWorse->clear();
        m_continuous->clear();
        return;
    }
    const QString who = kanoSegmentName(r->segment);

    std::vector<KanoQuadrantChart::Point> bw;
    std::vector<KanoQuadrantChart::Point> cont;
    for (const kano::FeatureResult& f : r->features) {
        const QString name = kanoFeatureName(f.feature);
        const kano::CategoryStats& s = f.discrete;
        if (s.better && s.worse && s.dominant)
            bw.push_back({name, QPointF(std::abs(*s.worse), *s.better), *s.dominant, 0, 0, {}});
        const kano::ContinuousStats& c = f.continuous;
        if (c.functional.mean && c.dysfunctional.mean && c.quadrant) {
            KanoQuadrantChart::Point p;
            p.label = name;
            p.value = QPointF(*c.dysfunctional.mean, *c.functional.mean);
            p.category = *c.quadrant;
            p.xSpread = c.dysfunctional.sd.value_or(0.0);
            p.ySpread = c.functional.sd.value_or(0.0);
            if (c.weightedFunctional && c.weightedDysfunctional)
                p.weighted = QPointF(*c.weightedDysfunctional, *c.weightedFunctional);
            cont.push_back(p);
        }
    }

    KanoQuadrantChart::Frame bwFrame;
    bwFrame.title = tr("Better–Worse diagram (Berger et al. 1993) — %1").arg(who);
    bwFrame.xTitle = tr("|Worse| = (O + M) / (A + O + M + I): dissatisfaction when absent");
    bwFrame.yTitle = tr("Better = (A + O) / (A + O + M + I)");
    m_betterWorse->setPoints(bwFrame, bw);

    KanoQuadrantChart::Frame cFrame;
    cFrame.title = tr("Continuous analysis: mean scores ± 1 standard deviation — %1").arg(who);
    cFrame.xTitle = tr("Dysfunctional score (−2 to 4: dissatisfaction when absent)");
    cFrame.yTitle = tr("Functional score (−2 to 4: satisfaction when present)");
    cFrame.xMin = cFrame.yMin = -2;
    cFrame.xMax = cFrame.yMax = 4;
    cFrame.xSplit = cFrame.ySplit = 2;
    cFrame.boxMin = 0;
    cFrame.outsideName = tr("Negative score: reverse or questionable");
    cFrame.xTicks = cFrame.yTicks = 7;
    cFrame.labelFormat = QStringLiteral("%.0f");
    cFrame.spreadName = tr("± 1 standard deviation");
    cFrame.weightedName = tr("Importance-weighted mean");
    m_continuous->setPoints(cFrame, cont);
}

QWidget* KanoPage::chartOf(Tab tab) const
{
    switch (tab) {
    case CategoriesTab:
        return m_categories;
    case BetterWorseTab:
        return m_betterWorse;
    case ContinuousTab:
        return m_continuous;
    }
    return m_categories;
}

void KanoPage::exportChart(Tab tab, const QString& path)
{
    if (!m_data.report)
        throw Error(tr("there is no Kano analysis to export").toStdString());
    QWidget* chart = chartOf(tab);
    // A chart on a hidden tab has never been laid out; give it the visible one's size.
    if (!chart->isVisible() && m_tabs->currentWidget())
        chart->resize(m_tabs->currentWidget()->size().expandedTo(QSize(900, 560)));
    renderWidget(chart, path);
}

void KanoPage::exportCsv(const QString& path) const
{
    if (!m_data.report)
        throw Error(tr("there is no Kano analysis to export").toStdString());
    m_model->writeCsv(path);
}

void KanoPage::exportChartDialog()
{
    if (!m_data.report) {
        session().showMessage(tr("There is no Kano analysis to export yet."),
                              MessageLevel::Warning);
        return;
    }
    static const char* const kNames[] = {"kano-categories", "kano-better-worse", "kano-continuous"};
    const int tab = std::clamp(m_tabs->currentIndex(), 0, 2);
    exportWidget(m_tabs->currentWidget(), this, QString::fromLatin1(kNames[tab]));
}

void KanoPage::exportCsvDialog()
{
    if (!m_data.report) {
        session().showMessage(tr("There is no Kano analysis to export yet."),
                              MessageLevel::Warning);
        return;
    }
    QSettings settings;
    const QString dir =
        settings
            .value("export/lastDir",
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Kano table"),
                                                dir + "/kano-features.csv", tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    try {
        exportCsv(path);
        settings.setValue("export/lastDir", QFileInfo(path).absolutePath());
        session().showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(e.what()));
    }
}

} // namespace vd::gui
