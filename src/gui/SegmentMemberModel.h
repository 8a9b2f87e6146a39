#pragma once

#include "valuedesk/segment/SegmentStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::gui {

// The customers of a saved segment (optionally one sub-group) or of a rule preview, with
// external id, name and sub-group. A segment can hold 10^6 customers, so rows are read a
// page at a time from the UI thread's connection (one indexed query per page) with a small
// cache, as the customers grid does; a preview keeps only the ids and reads names per page.
class SegmentMemberModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ExternalId, Name, Label, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 32;

    explicit SegmentMemberModel(QObject* parent = nullptr);

    // Members of saved segment `segmentId` (of one label when given).
    void setSegment(Database* db, std::int64_t segmentId,
                    std::optional<std::string> label = std::nullopt);
    // Customers of a list that is not saved (a rule preview), in the order given.
    void setCustomers(Database* db, std::vector<std::int64_t> customerIds);
    void clear();

    std::int64_t segmentId() const { return m_segmentId; }
    qint64 customerId(int row) const;
    std::int64_t total() const { return m_count; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const segment::MemberRow* rowAt(int row) const;

    Database* m_db = nullptr;
    std::int64_t m_segmentId = 0;
    std::optional<std::string> m_label;
    std::vector<std::int64_t> m_ids; // preview mode
    bool m_preview = false;
    std::int64_t m_count = 0;
    mutable QHash<int, std::vector<segment::MemberRow>> m_pages;
    mutable QList<int> m_lru; // most recent last
};

} // namespace vd::gui
