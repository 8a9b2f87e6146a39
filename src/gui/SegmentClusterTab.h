#pragma once

#include "SegmentTab.h"
#include "valuedesk/segment/Features.h"
#include "valuedesk/segment/KMeans.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vd::gui {

class SegmentElbowChart;
class SegmentProfileModel;
class SegmentScatterChart;

// One k-means run as the clusters tab shows it: the feature matrix and the result (kept to
// save the segment), the profiles, the silhouette, the principal components and the rows the
// scatter draws.
struct SegmentClusterRun
{
    segment::FeatureMatrix features;
    segment::KMeansOptions options;
    segment::KMeansResult result;
    std::vector<segment::ClusterProfile> profiles;
    std::optional<double> silhouette;
    std::vector<std::int64_t> sample;  // rows of `features` drawn in the scatter
    segment::RowMatrix pcaScores;      // sample.size() x 2, empty with one feature
    std::vector<double> varianceRatio; // of PC1, PC2
};

// The clusters tab: k-means++ with restarts on standardised features chosen from the
// catalogue (log recency, frequency and monetary by default), the elbow chart (inertia and
// silhouette for k = 2..10) to choose k, the scatter of the clusters on two chosen features
// or the first two principal components, and the profile of each cluster. Runs in the
// background with progress and cancel; the same seed always gives the same clusters.
class SegmentClusterTab : public SegmentTab
{
    Q_OBJECT
public:
    // Up to this many customers the elbow runs by itself after the first k-means.
    static constexpr std::int64_t kAutoElbowRows = 50000;

    explicit SegmentClusterTab(WorkspaceSession& session, QWidget* parent = nullptr);

    // The options the controls describe.
    segment::FeatureOptions featureOptions() const;
    segment::KMeansOptions kmeansOptions() const;
    void setFeatures(const QStringList& names);
    QStringList checkedFeatures() const;

    // Starts k-means in the background (Ctrl+Return); false when no feature is ticked.
    bool run();
    // Inertia and silhouette for k = 2..10 with the same features and options.
    bool runElbow();
    bool isBusy() const override { return m_running > 0; }

    bool saveAsSegment(const QString& name);
    bool saveAsSegmentDialog() override;

    // For tests and the screenshot mode.
    std::shared_ptr<const SegmentClusterRun> lastRun() const { return m_run; }
    QListWidget* featureList() const { return m_features; }
    QComboBox* missingBox() const { return m_missing; }
    QSpinBox* kSpin() const { return m_k; }
    QSpinBox* restartsSpin() const { return m_restarts; }
    QSpinBox* seedSpin() const { return m_seed; }
    QComboBox* xAxisBox() const { return m_x; }
    QComboBox* yAxisBox() const { return m_y; }
    QPushButton* runButton() const { return m_runButton; }
    SegmentElbowChart* elbowChart() const { return m_elbow; }
    SegmentScatterChart* scatter() const { return m_scatter; }
    SegmentProfileModel* profileModel() const { return m_profiles; }
    QLabel* statusLabel() const { return m_status; }

    // Axis choices of the scatter: principal components, or a feature's column.
    static constexpr int kPc1 = -1;
    static constexpr int kPc2 = -2;

protected:
    void refresh() override;

private:
    void showRun(std::shared_ptr<const SegmentClusterRun> run);
    void fillAxes();
    void updateScatter();
    QString axisTitle(int axis) const;

    QListWidget* m_features;
    QComboBox* m_missing;
    QSpinBox* m_k;
    QSpinBox* m_restarts;
    QSpinBox* m_seed;
    QPushButton* m_runButton;
    QPushButton* m_elbowButton;
    QLabel* m_status;
    SegmentElbowChart* m_elbow;
    QComboBox* m_x;
    QComboBox* m_y;
    SegmentScatterChart* m_scatter;
    QTableView* m_profileView;
    SegmentProfileModel* m_profiles;

    std::shared_ptr<const SegmentClusterRun> m_run;
    int m_running = 0;
    int m_generation = 0;
    int m_elbowGeneration = 0;
};

} // namespace vd::gui
