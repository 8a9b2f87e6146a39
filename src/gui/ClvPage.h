#pragma once

#include "ClvResults.h"
#include "Page.h"
#include "valuedesk/clv/ClvRun.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QShowEvent;
class QTabWidget;
class QSplitter;
class QTableView;
class QToolButton;

namespace vd::gui {

class ClvAliveHeatmap;
class ClvChurnModel;
class ClvDistributionChart;
class ClvFrequencyChart;
class ClvParameterModel;
class ClvPredictionModel;
class ClvTrackingChart;

// The "Customer lifetime value" view: fit BG/NBD, MBG/NBD, Pareto/NBD (with Gamma-Gamma
// spend) or the seeds' simple formula in the background, judge the fit (parameters with
// standard errors, log-likelihood, convergence, tracking and frequency plots against a
// holdout), see how P(alive) and CLV spread, and act on the churn early-warning list. A fit
// is stored as the workspace's current CLV run, which segmentation, the dashboard and the
// customer 360 page read.
class ClvPage : public Page
{
    Q_OBJECT
public:
    explicit ClvPage(WorkspaceSession& session, QWidget* parent = nullptr);

    // The fit the controls describe (calibration end = end of the chosen day, UTC).
    clv::ClvRunOptions runOptions() const;
    double threshold() const;

    // Starts a background fit with the current settings (Ctrl+Return).
    void fit();
    // Writes the whole churn list (not only the rows shown) to a CSV file; returns the rows.
    std::int64_t exportChurn(const QString& path);
    // Writes every prediction of the current run to a CSV file; returns the rows.
    std::int64_t exportPredictions(const QString& path);

    // For tests and the screenshot mode.
    bool isBusy() const { return m_busy; }
    const ClvResults& results() const { return m_results; }
    QComboBox* modelBox() const { return m_model; }
    QDateEdit* calibrationEdit() const { return m_calibrationEnd; }
    QCheckBox* holdoutCheck() const { return m_useHoldout; }
    QDateEdit* holdoutEdit() const { return m_holdoutEnd; }
    QComboBox* unitBox() const { return m_unit; }
    QDoubleSpinBox* horizonSpin() const { return m_horizon; }
    QDoubleSpinBox* discountSpin() const { return m_discount; }
    QDoubleSpinBox* marginSpin() const { return m_margin; }
    QDoubleSpinBox* thresholdSpin() const { return m_threshold; }
    QCheckBox* acceptUnconvergedCheck() const { return m_acceptUnconverged; }
    QComboBox* trackingModeBox() const { return m_trackingMode; }
    QPushButton* fitButton() const { return m_fit; }
    ClvParameterModel* parameterModel() const { return m_parameters; }
    QTableView* parameterView() const { return m_parameterView; }
    ClvChurnModel* churnModel() const { return m_churn; }
    QTableView* churnView() const { return m_churnView; }
    ClvPredictionModel* predictionModel() const { return m_predictions; }
    QTableView* predictionView() const { return m_predictionView; }
    QTabWidget* listTabs() const { return m_lists; }
    ClvTrackingChart* trackingChart() const { return m_tracking; }
    ClvFrequencyChart* frequencyChart() const { return m_frequency; }
    ClvDistributionChart* distributionChart() const { return m_distribution; }
    ClvAliveHeatmap* aliveHeatmap() const { return m_heatmap; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* summaryLabel() const { return m_summary; }

    // The most customers the churn list shows; the export writes all of them.
    static constexpr std::int64_t kChurnRows = 1000;

protected:
    void reload() override;
    void showEvent(QShowEvent* event) override;

private:
    void showResults(ClvResults results);
    void showChurn();
    void updateChurnList();
    void updateUnitSuffix();
    void applyDefaultDates(bool force);
    void exportCsvDialog(bool churn);
    void sortPredictions(clv::PredictionSort sort, bool ascending);
    void exportChartDialog();
    QString horizonText() const;
    void fitParameterPane();

    QComboBox* m_model;
    QDateEdit* m_calibrationEnd;
    QCheckBox* m_useHoldout;
    QDateEdit* m_holdoutEnd;
    QComboBox* m_unit;
    QDoubleSpinBox* m_horizon;
    QDoubleSpinBox* m_discount;
    QDoubleSpinBox* m_margin;
    QComboBox* m_spend;
    QCheckBox* m_acceptUnconverged;
    QPushButton* m_fit;
    QLabel* m_status;
    QTableView* m_parameterView;
    ClvParameterModel* m_parameters;
    QSplitter* m_topSplitter = nullptr;
    bool m_parameterPaneMoved = false;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    ClvTrackingChart* m_tracking;
    QComboBox* m_trackingMode;
    ClvFrequencyChart* m_frequency;
    ClvDistributionChart* m_distribution;
    ClvAliveHeatmap* m_heatmap;
    QDoubleSpinBox* m_threshold;
    QLabel* m_churnSummary;
    QTableView* m_churnView;
    ClvChurnModel* m_churn;
    QToolButton* m_exportChurn;
    QTabWidget* m_lists;
    QLabel* m_predictionSummary;
    QTableView* m_predictionView;
    ClvPredictionModel* m_predictions;
    QToolButton* m_exportPredictions;

    ClvResults m_results;
    bool m_busy = false;
    bool m_datesSet = false;
    bool m_skipReload = false;
    int m_generation = 0;
    int m_churnGeneration = 0;
    int m_sortGeneration = 0;
};

} // namespace vd::gui
