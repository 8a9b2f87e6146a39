#pragma once

#include "valuedesk/segment/SegmentStore.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// The saved segments, newest first: name, kind, when it was saved, members and sub-groups.
// Several can be selected for the comparison table; two make a migration matrix.
class SegmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Created, Members, Labels, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SegmentListModel(QObject* parent = nullptr);

    void setSegments(std::vector<segment::SavedSegment> segments);
    const std::vector<segment::SavedSegment>& segments() const { return m_segments; }
    const segment::SavedSegment* segmentAt(int row) const;
    int rowOf(std::int64_t id) const;

    static QString kindName(const std::string& kind);
    static QString labelName(const std::string& label);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<segment::SavedSegment> m_segments;
};

} // namespace vd::gui
