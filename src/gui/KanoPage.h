#pragma once

#include "Page.h"
#include "valuedesk/kano/KanoStudy.h"

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace vd::gui {

class KanoCategoryChart;
class KanoFeatureModel;
class KanoQuadrantChart;

// The "Kano analysis" view: which features of a Kano study are must-be, one-dimensional,
// attractive or indifferent (the seeds' basic, expected and delight needs), for all
// respondents or one saved segment, with the standard or Pouliot evaluation table. A table
// per feature, the category mix as stacked bars, the Better–Worse diagram and the continuous
// (functional vs dysfunctional score) plot; charts export as PNG/SVG/PDF, the table as CSV.
class KanoPage : public Page
{
    Q_OBJECT
public:
    enum Tab { CategoriesTab, BetterWorseTab, ContinuousTab };

    explicit KanoPage(WorkspaceSession& session, QWidget* parent = nullptr);

    struct Data
    {
        std::vector<kano::StudyInfo> studies;
        std::vector<kano::SegmentChoice> segments;
        std::optional<kano::KanoReport> report;
    };

    // For tests and the screenshot mode.
    bool isLoading() const { return m_loading; }
    const Data& data() const { return m_data; }
    QComboBox* studyBox() const { return m_study; }
    QComboBox* tableBox() const { return m_table; }
    QComboBox* segmentBox() const { return m_segment; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* statusLabel() const { return m_status; }
    KanoFeatureModel* model() const { return m_model; }
    KanoCategoryChart* categoryChart() const { return m_categories; }
    KanoQuadrantChart* betterWorseChart() const { return m_betterWorse; }
    KanoQuadrantChart* continuousChart() const { return m_continuous; }
    bool showsPlaceholder() const;
    // Re-analyses with the current choices of the pickers.
    void analyse();
    // Writes one chart by extension (.png, .svg, .pdf) or the table as CSV; throw vd::Error.
    void exportChart(Tab tab, const QString& path);
    void exportCsv(const QString& path) const;

protected:
    void reload() override;

private:
    void request(bool withLists);
    void showData(Data data);
    void fillPickers();
    void updateCharts();
    void exportChartDialog();
    void exportCsvDialog();
    QWidget* chartOf(Tab tab) const;

    QComboBox* m_study;
    QComboBox* m_table;
    QComboBox* m_segment;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTableView* m_view;
    KanoFeatureModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTabWidget* m_tabs;
    KanoCategoryChart* m_categories;
    KanoQuadrantChart* m_betterWorse;
    KanoQuadrantChart* m_continuous;

    Data m_data;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace vd::gui
