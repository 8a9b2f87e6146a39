#pragma once

#include "valuedesk/journey/JourneyModel.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// Which KPIs a touchpoint shows and where their alert thresholds lie: one row per metric
// (NPS, CSAT top-2, CSAT mean, CES mean, CES agree, responses), checked when shown, an
// optional threshold in the metric's unit and whether higher values are the bad side. Like
// the opportunity grid it emits the whole new definition list for the editor to apply.
class JourneyKpiDefinitionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Metric, Threshold, HigherIsWorse, ColumnCount };

    explicit JourneyKpiDefinitionModel(QObject* parent = nullptr);

    // Definitions keep the metrics' canonical order (allKpiMetrics()).
    void setDefinitions(std::vector<journey::KpiDefinition> definitions);
    std::vector<journey::KpiDefinition> definitions() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString metricName(journey::KpiMetric metric);
    static QString unit(journey::KpiMetric metric);

signals:
    void edited(std::vector<vd::journey::KpiDefinition> definitions);

private:
    struct Row
    {
        bool shown = false;
        journey::KpiDefinition definition;
    };
    std::vector<Row> m_rows;
};

} // namespace vd::gui
