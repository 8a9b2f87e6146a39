#include "SegmentClusterTab.h"

#include "SegmentElbowChart.h"
#include "SegmentFormat.h"
#include "SegmentProfileModel.h"
#include "SegmentScatterChart.h"
#include "TaskRunner.h"
#include "WorkspaceSession.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::gui {

using segment::FeatureOptions;
using segment::KMeansOptions;

namespace {

ProgressCallback part(const ProgressCallback& progress, double lo, double hi)
{
    if (!progress)
        return {};
    return [progress, lo, hi](double f, std::string_view s) {
        return progress(lo + (hi - lo) * f, s);
    };
}

// A key for "the elbow of these features and options was already computed".
QString elbowKey(const FeatureOptions& fo, const KMeansOptions& ko)
{
    QStringList names;
    for (const auto& n : fo.features)
        names << QString::fromStdString(n);
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(names.join(','))
        .arg(fo.missing == segment::MissingPolicy::Drop ? 0 : 1)
        .arg(ko.restarts)
        .arg(static_cast<qulonglong>(ko.seed))
        .arg(fo.referenceDay.value_or(-1));
}

} // namespace

SegmentClusterTab::SegmentClusterTab(WorkspaceSession& session, QWidget* parent)
    : SegmentTab(session, parent), m_features(new QListWidget(this)),
      m_missing(new QComboBox(this)), m_k(new QSpinBox(this)), m_restarts(new QSpinBox(this)),
      m_seed(new QSpinBox(this)), m_runButton(new QPushButton(tr("&Run k-means"), this)),
      m_elbowButton(new QPushButton(tr("&Elbow (k = 2…10)"), this)), m_status(new QLabel(this)),
      m_elbow(new SegmentElbowChart(this)), m_x(new QComboBox(this)), m_y(new QComboBox(this)),
      m_scatter(new SegmentScatterChart(this)), m_profileView(new QTableView(this)),
      m_profiles(new SegmentProfileModel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Settings column.
    auto* settings = new QWidget(this);
    settings->setFixedWidth(240);
    auto* sl = new QVBoxLayout(settings);
    sl->setContentsMargins(0, 0, 0, 0);
    auto* featureBox = new QGroupBox(tr("Features"), settings);
    auto* fl = new QVBoxLayout(featureBox);
    for (const auto& f : segment::featureCatalogue()) {
        auto* item = new QListWidgetItem(QString::fromStdString(f.label), m_features);
        item->setData(Qt::UserRole, QString::fromStdString(f.name));
        item->setToolTip(tr("%1 — %2 (unit: %3)")
                             .arg(QString::fromStdString(f.name),
                                  QString::fromStdString(f.description),
                                  QString::fromStdString(f.unit)));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setFeatures({QStringLiteral("log_recency"), QStringLiteral("log_frequency"),
                 QStringLiteral("log_monetary")});
    m_features->setToolTip(tr("Tick the features to cluster on; each is standardised "
                              "(z-score) first. CLV and P(alive) need a CLV run."));
    fl->addWidget(m_features);
    sl->addWidget(featureBox, 1);

    auto* form = new QFormLayout;
    m_missing->addItem(tr("Leave out"), static_cast<int>(segment::MissingPolicy::Drop));
    m_missing->addItem(tr("Use the mean"), static_cast<int>(segment::MissingPolicy::Mean));
    m_missing->setToolTip(tr("Customers without a value of a chosen feature (no purchase, no "
                             "CLV prediction, no NPS answer): leave them out, or place them at "
                             "the feature's mean"));
    form->addRow(tr("&Missing values:"), m_missing);
    m_k->setRange(2, 20);
    m_k->setValue(5);
    m_k->setToolTip(tr("Number of clusters"));
    form->addRow(tr("&Clusters k:"), m_k);
    m_restarts->setRange(1, 100);
    m_restarts->setValue(10);
    m_restarts->setToolTip(tr("Independent k-means++ seedings; the lowest inertia wins"));
    form->addRow(tr("Re&starts:"), m_restarts);
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Random seed: the same seed always gives the same clusters"));
    form->addRow(tr("See&d:"), m_seed);
    sl->addLayout(form);
    m_runButton->setToolTip(tr("Cluster in the background (Ctrl+Return)"));
    m_elbowButton->setToolTip(tr("k-means for k = 2 … 10: inertia and silhouette to choose k"));
    auto* save = new QPushButton(tr("Save as segment…"), settings);
    save->setToolTip(tr("Save each customer's cluster as a snapshot (Ctrl+S)"));
    sl->addWidget(m_runButton);
    sl->addWidget(m_elbowButton);
    sl->addWidget(save);
    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: palette(mid);");
    m_status->setMinimumHeight(60);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sl->addWidget(m_status);
    layout->addWidget(settings);

    // Charts and profiles.
    auto* scatterBox = new QWidget(this);
    auto* sb = new QVBoxLayout(scatterBox);
    sb->setContentsMargins(0, 0, 0, 0);
    auto* axes = new QHBoxLayout;
    auto* xl = new QLabel(tr("&X:"), this);
    xl->setBuddy(m_x);
    auto* yl = new QLabel(tr("&Y:"), this);
    yl->setBuddy(m_y);
    m_x->setToolTip(tr("Horizontal axis: a principal component or a feature"));
    m_y->setToolTip(tr("Vertical axis: a principal component or a feature"));
    m_x->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_y->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_x->setMinimumContentsLength(10);
    m_y->setMinimumContentsLength(10);
    axes->addWidget(xl);
    axes->addWidget(m_x, 1);
    axes->addWidget(yl);
    axes->addWidget(m_y, 1);
    sb->addLayout(axes);
    sb->addWidget(m_scatter, 1);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_elbow);
    charts->addWidget(scatterBox);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    charts->setChildrenCollapsible(false);

    m_profileView->setModel(m_profiles);
    m_profileView->setAlternatingRowColors(true);
    m_profileView->verticalHeader()->hide();
    m_profileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profileView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_profileView->horizontalHeader()->setStretchLastSection(true);
    m_profileView->setMinimumHeight(120);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(charts);
    right->addWidget(m_profileView);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);
    layout->addWidget(right, 1);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_elbowButton, &QPushButton::clicked, this, [this] { runElbow(); });
    connect(save, &QPushButton::clicked, this, [this] { saveAsSegmentDialog(); });
    for (auto key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* sc = new QShortcut(key, this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, [this] { run(); });
    }
    connect(m_x, &QComboBox::currentIndexChanged, this, [this] { updateScatter(); });
    connect(m_y, &QComboBox::currentIndexChanged, this, [this] { updateScatter(); });
    connect(m_k, &QSpinBox::valueChanged, this, [this](int k) {
        if (!m_elbow->points().empty())
            m_elbow->setPoints(m_elbow->points(), k);
    });
}

void SegmentClusterTab::setFeatures(const QStringList& names)
{
    for (int i = 0; i < m_features->count(); ++i) {
        QListWidgetItem* item = m_features->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QStringList SegmentClusterTab::checkedFeatures() const
{
    QStringList out;
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->checkState() == Qt::Checked)
            out << m_features->item(i)->data(Qt::UserRole).toString();
    return out;
}

FeatureOptions SegmentClusterTab::featureOptions() const
{
    FeatureOptions o;
    o.features.clear();
    for (const QString& n : checkedFeatures())
        o.features.push_back(n.toStdString());
    o.missing = static_cast<segment::MissingPolicy>(m_missing->currentData().toInt());
    return o;
}

KMeansOptions SegmentClusterTab::kmeansOptions() const
{
    KMeansOptions o;
    o.k = m_k->value();
    o.restarts = m_restarts->value();
    o.seed = static_cast<std::uint64_t>(m_seed->value());
    return o;
}

void SegmentClusterTab::refresh()
{
    run();
}

bool SegmentClusterTab::run()
{
    if (!session().isOpen())
        return false;
    const FeatureOptions fo = featureOptions();
    if (fo.features.empty()) {
        m_status->setText(tr("Tick at least one feature."));
        return false;
    }
    const KMeansOptions ko = kmeansOptions();
    const int generation = ++m_generation;
    ++m_running;
    m_runButton->setEnabled(false);
    m_status->setText(tr("Clustering…"));
    using Ptr = std::shared_ptr<const SegmentClusterRun>;
    runTask<Ptr>(
        this, session(), tr("k-means clustering"),
        [fo, ko](Database& db, const ProgressCallback& progress) -> Ptr {
            try {
                auto run = std::make_shared<SegmentClusterRun>();
                run->features = segment::loadFeatures(db, fo, part(progress, 0.0, 0.3));
                run->options = ko;
                const segment::RowMatrix& z = run->features.standardised;
                run->result = segment::kmeans(z, ko, part(progress, 0.3, 0.9));
                run->profiles = segment::clusterProfiles(run->features, run->result);
                const auto n = z.rows();
                if (ko.k >= 2 && ko.k < n) {
                    segment::SilhouetteOptions so;
                    so.seed = ko.seed;
                    try {
                        run->silhouette = segment::silhouette(z, run->result.labels, so);
                    } catch (const AnalysisError&) {
                        // fewer than two non-empty clusters in the sample: no silhouette
                    }
                }
                if (progress && !progress(0.95, "principal components"))
                    throw CancelledError();
                run->sample = SegmentScatterChart::sampleRows(n);
                if (z.cols() >= 2 && n >= 2) {
                    const segment::PcaResult pca = segment::principalComponents(z, 2);
                    run->pcaScores.resize(static_cast<Eigen::Index>(run->sample.size()), 2);
                    for (std::size_t i = 0; i < run->sample.size(); ++i)
                        run->pcaScores.row(static_cast<Eigen::Index>(i)) =
                            pca.scores.row(static_cast<Eigen::Index>(run->sample[i]));
                    for (Eigen::Index c = 0; c < pca.varianceRatio.size(); ++c)
                        run->varianceRatio.push_back(pca.varianceRatio(c));
                }
                return run;
            } catch (const CancelledError&) {
                return nullptr;
            }
        },
        [this, generation, fo, ko](Ptr run) {
            --m_running;
            m_runButton->setEnabled(true);
            if (generation != m_generation)
                return;
            if (!run) {
                m_status->setText(tr("Cancelled; the previous clusters are still shown."));
                return;
            }
            showRun(std::move(run));
            const QString key = elbowKey(fo, ko);
            if (m_run->features.standardised.rows() <= kAutoElbowRows &&
                property("elbowKey").toString() != key)
                runElbow();
        },
        [this, generation](const QString& error) {
            --m_running;
            m_runButton->setEnabled(true);
            if (generation != m_generation)
                return;
            m_status->setText(tr("k-means could not run: %1").arg(error));
        });
    return true;
}

bool SegmentClusterTab::runElbow()
{
    if (!session().isOpen())
        return false;
    const FeatureOptions fo = featureOptions();
    if (fo.features.empty()) {
        m_status->setText(tr("Tick at least one feature."));
        return false;
    }
    const KMeansOptions ko = kmeansOptions();
    const QString key = elbowKey(fo, ko);
    const int generation = ++m_elbowGeneration;
    ++m_running;
    m_elbowButton->setEnabled(false);
    using Points = std::optional<std::vector<segment::ElbowPoint>>;
    runTask<Points>(
        this, session(), tr("Elbow: k = 2…10"),
        [fo, ko](Database& db, const ProgressCallback& progress) -> Points {
            try {
                const segment::FeatureMatrix fm =
                    segment::loadFeatures(db, fo, part(progress, 0.0, 0.2));
                const auto n = fm.standardised.rows();
                const int kMax = static_cast<int>(std::min<Eigen::Index>(10, n - 1));
                if (kMax < 2)
                    throw AnalysisError("too few customers for an elbow chart");
                segment::SilhouetteOptions so;
                so.seed = ko.seed;
                return segment::elbow(fm.standardised, 2, kMax, ko, so, part(progress, 0.2, 1.0));
            } catch (const CancelledError&) {
                return std::nullopt;
            }
        },
        [this, generation, key](Points points) {
            --m_running;
            m_elbowButton->setEnabled(true);
            if (generation != m_elbowGeneration || !points)
                return;
            setProperty("elbowKey", key);
            m_elbow->setPoints(std::move(*points), m_k->value());
        },
        [this](const QString& error) {
            --m_running;
            m_elbowButton->setEnabled(true);
            m_elbow->setPoints({}, 0, tr("Elbow: %1").arg(error));
        });
    return true;
}

void SegmentClusterTab::showRun(std::shared_ptr<const SegmentClusterRun> run)
{
    m_run = std::move(run);
    m_profiles->setProfiles(m_run->profiles, m_run->features.names);
    const auto& fm = m_run->features;
    const auto& km = m_run->result;
    QString text = tr("%1 customers, k = %2: inertia %3 after %4 iterations%5, best of %6 "
                      "restarts (seed %7).")
                       .arg(segfmt::count(fm.standardised.rows()))
                       .arg(km.k)
                       .arg(QLocale().toString(km.inertia, 'g', 5))
                       .arg(km.iterations)
                       .arg(km.converged ? QString() : tr(" (iteration limit)"))
                       .arg(m_run->options.restarts)
                       .arg(static_cast<qulonglong>(m_run->options.seed));
    if (m_run->silhouette)
        text += QLatin1Char(' ') +
                tr("Mean silhouette %1.").arg(QLocale().toString(*m_run->silhouette, 'f', 3));
    if (fm.dropped > 0)
        text +=
            QLatin1Char(' ') +
            tr("%1 customers without every feature were left out.").arg(segfmt::count(fm.dropped));
    for (std::size_t j = 0; j < fm.names.size(); ++j)
        if (fm.constant[j])
            text += QLatin1Char(' ') + tr("%1 is the same for everyone and does not separate "
                                          "customers.")
                                           .arg(QString::fromStdString(fm.names[j]));
    m_status->setText(text);
    fillAxes();
    updateScatter();
    if (!m_elbow->points().empty())
        m_elbow->setPoints(m_elbow->points(), km.k);
}

void SegmentClusterTab::fillAxes()
{
    const int oldX = m_x->currentData().isValid() ? m_x->currentData().toInt() : kPc1;
    const int oldY = m_y->currentData().isValid() ? m_y->currentData().toInt() : kPc2;
    const QSignalBlocker bx(m_x), by(m_y);
    m_x->clear();
    m_y->clear();
    const int d = static_cast<int>(m_run->features.names.size());
    if (d >= 2) {
        for (QComboBox* box : {m_x, m_y}) {
            box->addItem(tr("PC1"), kPc1);
            box->addItem(tr("PC2"), kPc2);
        }
    }
    for (int j = 0; j < d; ++j) {
        const auto* info = segment::findFeature(m_run->features.names[static_cast<std::size_t>(j)]);
        const QString label =
            info ? QString::fromStdString(info->label)
                 : QString::fromStdString(m_run->features.names[static_cast<std::size_t>(j)]);
        m_x->addItem(label, j);
        m_y->addItem(label, j);
    }
    auto select = [](QComboBox* box, int wanted, int fallback) {
        int i = box->findData(wanted);
        if (i < 0)
            i = box->findData(fallback);
        box->setCurrentIndex(std::max(0, i));
    };
    select(m_x, oldX, d >= 2 ? kPc1 : 0);
    select(m_y, oldY, d >= 2 ? kPc2 : 0);
}

QString SegmentClusterTab::axisTitle(int axis) const
{
    if (axis == kPc1 || axis == kPc2) {
        const int c = axis == kPc1 ? 0 : 1;
        const double ratio = static_cast<std::size_t>(c) < m_run->varianceRatio.size()
                                 ? m_run->varianceRatio[static_cast<std::size_t>(c)]
                                 : 0.0;
        return tr("PC%1 (%2 of the variance; standardised units)")
            .arg(c + 1)
            .arg(segfmt::share(ratio));
    }
    const auto& name = m_run->features.names[static_cast<std::size_t>(axis)];
    const auto* info = segment::findFeature(name);
    if (!info)
        return QString::fromStdString(name);
    const QString unit = QString::fromStdString(info->unit);
    if (name.rfind("log_", 0) == 0)
        return tr("%1 (log of %2)").arg(QString::fromStdString(info->label), unit);
    return tr("%1 (%2)").arg(QString::fromStdString(info->label), unit);
}

void SegmentClusterTab::updateScatter()
{
    if (!m_run || m_x->count() == 0)
        return;
    const int ax = m_x->currentData().toInt();
    const int ay = m_y->currentData().toInt();
    const auto& fm = m_run->features;
    auto coordinate = [&](std::size_t i, int axis) -> double {
        if (axis == kPc1 || axis == kPc2)
            return m_run->pcaScores.rows() > 0
                       ? m_run->pcaScores(static_cast<Eigen::Index>(i), axis == kPc1 ? 0 : 1)
                       : 0.0;
        return fm.transformed(static_cast<Eigen::Index>(m_run->sample[i]), axis);
    };
    std::vector<QPointF> points;
    std::vector<int> labels;
    points.reserve(m_run->sample.size());
    labels.reserve(m_run->sample.size());
    for (std::size_t i = 0; i < m_run->sample.size(); ++i) {
        points.emplace_back(coordinate(i, ax), coordinate(i, ay));
        labels.push_back(m_run->result.labels[static_cast<std::size_t>(m_run->sample[i])]);
    }
    m_scatter->setPoints(points, labels, m_run->result.k, axisTitle(ax), axisTitle(ay),
                         fm.standardised.rows());
}

bool SegmentClusterTab::saveAsSegment(const QString& name)
{
    if (!m_run || name.trimmed().isEmpty())
        return false;
    const segment::SegmentDraft draft =
        segment::kmeansDraft(m_run->features, m_run->result, m_run->options);
    const std::string n = name.trimmed().toStdString();
    const auto members = static_cast<std::int64_t>(draft.members.size());
    ++m_running;
    runTask<qint64>(
        this, session(), tr("Saving the cluster segment"),
        [draft, n](Database& db, const ProgressCallback& progress) -> qint64 {
            try {
                return segment::SegmentStore(db).save(n, draft.kind, draft.definition,
                                                      draft.members, std::nullopt, progress);
            } catch (const CancelledError&) {
                return 0;
            }
        },
        [this, name, members](qint64 id) {
            --m_running;
            if (id == 0)
                return;
            session().showMessage(tr("Saved segment “%1” (%2 customers in %3 clusters).")
                                      .arg(name.trimmed(), segfmt::count(members))
                                      .arg(m_run ? m_run->result.k : 0));
            emit segmentsChanged();
        },
        [this](const QString& error) {
            --m_running;
            session().showMessage(tr("The segment was not saved: %1").arg(error),
                                  MessageLevel::Error);
        });
    return true;
}

bool SegmentClusterTab::saveAsSegmentDialog()
{
    if (!m_run) {
        session().showMessage(tr("Run k-means first (Ctrl+Return)."), MessageLevel::Warning);
        return false;
    }
    const QString name = askSegmentName(tr("Clusters k=%1 %2")
                                            .arg(m_run->result.k)
                                            .arg(segfmt::dayText(m_run->features.referenceDay)));
    return !name.isEmpty() && saveAsSegment(name);
}

} // namespace vd::gui
