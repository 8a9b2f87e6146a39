#pragma once

#include "SegmentTab.h"
#include "valuedesk/segment/Tiers.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QTableView;
class QTimer;

namespace vd::gui {

class SegmentPyramidModel;
class SegmentShareChart;
class SegmentTierModel;

// The tiers & pyramid tab: the seeds' value tiers (high value, potential, churn risk) from
// the newest CLV run with their thresholds stated, and the customer pyramid (platinum, gold,
// iron, lead) by CLV, margin or revenue with editable cut points, each as a chart of
// customer share against value share and a table. Without a CLV run the CLV parts say so
// and point to the CLV page; the pyramid by margin or revenue works without one.
class SegmentTierTab : public SegmentTab
{
    Q_OBJECT
public:
    explicit SegmentTierTab(WorkspaceSession& session, QWidget* parent = nullptr);

    segment::TierOptions tierOptions() const;
    segment::PyramidOptions pyramidOptions() const;

    bool computeTiers();
    bool computePyramid();
    bool saveTiers(const QString& name);
    bool savePyramid(const QString& name);
    // Saves the pyramid, or the tiers when the focus is in the tiers panel.
    bool saveAsSegmentDialog() override;
    bool isBusy() const override { return m_running > 0; }

    // For tests and the screenshot mode.
    SegmentTierModel* tierModel() const { return m_tierModel; }
    SegmentPyramidModel* pyramidModel() const { return m_pyramidModel; }
    SegmentShareChart* tierChart() const { return m_tierChart; }
    SegmentShareChart* pyramidChart() const { return m_pyramidChart; }
    QLabel* tierStatus() const { return m_tierStatus; }
    QLabel* pyramidStatus() const { return m_pyramidStatus; }
    QComboBox* basisBox() const { return m_basis; }
    QDoubleSpinBox* churnSpin() const { return m_churn; }
    QDoubleSpinBox* highSpin() const { return m_high; }
    QDoubleSpinBox* potentialSpin() const { return m_potential; }
    QDoubleSpinBox* cutSpin(int i) const { return m_cuts[i]; }

protected:
    void refresh() override;

private:
    void showTiers(std::optional<segment::TierResult> result, const QString& message);
    void showPyramid(std::optional<segment::PyramidResult> result, const QString& message);
    QString basisName(segment::PyramidBasis basis) const;

    QGroupBox* m_tierBox;
    QGroupBox* m_pyramidBox;
    QDoubleSpinBox* m_churn;
    QDoubleSpinBox* m_high;
    QDoubleSpinBox* m_potential;
    QLabel* m_tierStatus;
    SegmentShareChart* m_tierChart;
    QTableView* m_tierView;
    SegmentTierModel* m_tierModel;
    QComboBox* m_basis;
    QDoubleSpinBox* m_cuts[3];
    QLabel* m_pyramidStatus;
    SegmentShareChart* m_pyramidChart;
    QTableView* m_pyramidView;
    SegmentPyramidModel* m_pyramidModel;
    QTimer* m_tierDebounce;
    QTimer* m_pyramidDebounce;

    int m_running = 0;
    int m_tierGeneration = 0;
    int m_pyramidGeneration = 0;
};

} // namespace vd::gui
