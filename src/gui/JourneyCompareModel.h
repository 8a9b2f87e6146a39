#pragma once

#include "valuedesk/journey/JourneyCompare.h"

#include <QAbstractTableModel>
#include <optional>

namespace vd::gui {

// What differs between two journey maps (usually as-is and its to-be copy), one row per
// stage or touchpoint that was added, removed or changed, with the emotion before, after and
// the difference. Read-only.
class JourneyCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, Change, Name, StageBefore, StageAfter, Fields, EmotionBefore,
                  EmotionAfter, Delta, ColumnCount };

    explicit JourneyCompareModel(QObject* parent = nullptr);

    void setComparison(std::optional<journey::MapComparison> comparison);
    const std::optional<journey::MapComparison>& comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString changeText(journey::ChangeKind kind);
    static QString fieldsText(const std::vector<std::string>& fields);

private:
    std::optional<journey::MapComparison> m_comparison;
};

} // namespace vd::gui
