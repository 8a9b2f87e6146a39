#pragma once

#include "valuedesk/journey/JourneyKpis.h"
#include "valuedesk/journey/JourneyModel.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace vd::gui {

// The live KPIs of every touchpoint as one table beside the map: responses, NPS with its
// interval, CSAT, CES, the emotion as entered next to the one derived from CSAT, and the
// thresholds crossed (rows in red). Read-only; the page selects the touchpoint of a row.
class JourneyKpiTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Stage, Touchpoint, Code, Responses, Nps, CsatTop2, CsatMean, CesMean, CesAgree,
                  Entered, Derived, Alerts, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit JourneyKpiTableModel(QObject* parent = nullptr);

    // kpis must be aligned with map (or absent: values are blank).
    void setMap(const journey::JourneyMap& map, const std::optional<journey::MapKpis>& kpis);
    journey::TouchpointRef refAt(int row) const;
    int rowOf(journey::TouchpointRef ref) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        journey::TouchpointRef ref;
        QString stage, name, code;
        int emotion = 0;
        std::optional<journey::TouchpointKpis> kpis;
    };
    std::vector<Row> m_rows;
};

} // namespace vd::gui
