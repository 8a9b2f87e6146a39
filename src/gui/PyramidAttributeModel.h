#pragma once

#include "valuedesk/value/ValueAnalysis.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace vd::gui {

// The attributes behind the value pyramid, one row each with importance, performance,
// expectation, gap, priority and quadrant, optionally only those of one layer (the clicked
// band). Missing numbers show as an em dash, never as 0; sorting puts them last.
class PyramidAttributeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Layer,
        Component,
        Kotler,
        Ratings,
        Importance,
        Performance,
        Expectation,
        Gap,
        GapInterval,
        Priority,
        Rank,
        Quadrant,
        ColumnCount
    };
    // Numbers for sorting and tests; NaN when missing.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PyramidAttributeModel(QObject* parent = nullptr);

    void setReport(const value::ValueReport* report);
    void setLayer(std::optional<value::Layer> layer);
    std::optional<value::Layer> layer() const { return m_layer; }
    const value::AttributeResult* attribute(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    value::ValueReport m_report;
    bool m_hasReport = false;
    std::optional<value::Layer> m_layer;
    std::vector<const value::AttributeResult*> m_rows;
};

// Translated display names of the value vocabulary, shared by the value views.
QString layerName(value::Layer layer);
QString componentName(value::Component component);
QString kotlerName(value::KotlerPart part);
QString quadrantName(value::Quadrant quadrant);
// The attribute's Chinese name when the interface runs in Chinese and one is stored,
// otherwise its English name.
QString attributeName(const value::Attribute& attribute);

} // namespace vd::gui
