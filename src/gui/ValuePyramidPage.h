#pragma once

#include "Page.h"
#include "PyramidRenderer.h"
#include "valuedesk/value/CustomerPyramid.h"
#include "valuedesk/value/ValueAnalysis.h"

#include <QPointer>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;
class QSortFilterProxyModel;
class QSplitter;

namespace vd::gui {

class PyramidWidget;
class PyramidAttributeModel;
class PyramidDeliveredChart;
class PyramidPresentation;
class ValueGapChart;
class IpaScatterChart;

// The "Value pyramid" view: the seeds' three-layer customer-value pyramid (or the saved
// platinum/gold/iron/lead customer pyramid) for the whole base or a segment, optionally side
// by side with a second one; the attributes of a clicked layer; the delivered-value
// breakdown, the value-gap ranking and the importance–performance grid beneath; a
// presentation mode and PNG/SVG/PDF export for workshops.
class ValuePyramidPage : public Page
{
    Q_OBJECT
public:
    enum class View { Value, Customers };

    explicit ValuePyramidPage(WorkspaceSession& session, QWidget* parent = nullptr);

    // Everything one analysis produced, for both sides.
    struct Data
    {
        std::vector<value::PopulationChoice> choices;
        std::optional<value::ValueReport> a;
        std::optional<value::ValueReport> b;
        std::optional<value::CustomerPyramid> pyramidA;
        std::optional<value::CustomerPyramid> pyramidB;
        bool pyramidSaved = false;
    };

    // For tests and the screenshot mode.
    bool isLoading() const { return m_loading; }
    const Data& data() const { return m_data; }
    PyramidWidget* pyramidA() const { return m_pyramidA; }
    PyramidWidget* pyramidB() const { return m_pyramidB; }
    QComboBox* segmentA() const { return m_segmentA; }
    QComboBox* segmentB() const { return m_segmentB; }
    QComboBox* viewBox() const { return m_view; }
    QComboBox* sizeBox() const { return m_size; }
    QTabWidget* tabs() const { return m_tabs; }
    PyramidAttributeModel* attributeModel() const { return m_model; }
    PyramidDeliveredChart* deliveredChart() const { return m_delivered; }
    ValueGapChart* gapChart() const { return m_gaps; }
    IpaScatterChart* ipaChart() const { return m_ipa; }
    QLabel* tableTitle() const { return m_tableTitle; }
    QSplitter* splitter() const { return m_splitter; }
    // The drawings currently shown (one or two), as exported and presented.
    std::vector<render::PyramidSpec> currentSpecs() const;
    // Writes the pyramid drawing by extension (.png, .svg, .pdf); throws vd::Error.
    void exportPyramid(const QString& path) const;
    PyramidPresentation* startPresentation();

protected:
    void reload() override;

private:
    void requestAnalysis(bool withChoices);
    void showData(Data data);
    void fillChoices();
    void updatePyramids();
    void updateSizeChoices();
    void showLayer(int band, bool sideB);
    void exportPyramidDialog();
    void exportChartDialog();
    View view() const;

    QComboBox* m_segmentA;
    QComboBox* m_segmentB;
    QComboBox* m_view;
    QComboBox* m_size;
    QComboBox* m_breakdown;
    QLabel* m_status;
    PyramidWidget* m_pyramidA;
    PyramidWidget* m_pyramidB;
    QTabWidget* m_tabs;
    QLabel* m_tableTitle;
    QTableView* m_table;
    PyramidAttributeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    PyramidDeliveredChart* m_delivered;
    ValueGapChart* m_gaps;
    IpaScatterChart* m_ipa;
    QSplitter* m_splitter; // pyramids | tabs
    QPointer<PyramidPresentation> m_presentation;

    Data m_data;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace vd::gui
