#include "SegmentMemberModel.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <spdlog/spdlog.h>

namespace vd::gui {

SegmentMemberModel::SegmentMemberModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentMemberModel::setSegment(Database* db, std::int64_t segmentId,
                                    std::optional<std::string> label)
{
    beginResetModel();
    m_db = db;
    m_segmentId = segmentId;
    m_label = std::move(label);
    m_ids.clear();
    m_preview = false;
    m_pages.clear();
    m_lru.clear();
    m_count = 0;
    if (m_db) {
        try {
            m_count = segment::SegmentStore(*m_db).memberCount(segmentId, m_label);
        } catch (const std::exception& e) {
            spdlog::warn("segment {} members: {}", segmentId, e.what());
        }
    }
    endResetModel();
}

void SegmentMemberModel::setCustomers(Database* db, std::vector<std::int64_t> customerIds)
{
    beginResetModel();
    m_db = db;
    m_segmentId = 0;
    m_label.reset();
    m_ids = std::move(customerIds);
    m_preview = true;
    m_pages.clear();
    m_lru.clear();
    m_count = m_db ? static_cast<std::int64_t>(m_ids.size()) : 0;
    endResetModel();
}

void SegmentMemberModel::clear()
{
    setSegment(nullptr, 0);
}

const segment::MemberRow* SegmentMemberModel::rowAt(int row) const
{
    if (!m_db || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        std::vector<segment::MemberRow> rows;
        try {
            segment::SegmentStore store(*m_db);
            const std::int64_t offset = static_cast<std::int64_t>(page) * kPageSize;
            if (m_preview) {
                const auto end = std::min<std::int64_t>(offset + kPageSize, m_count);
                std::vector<std::int64_t> ids(m_ids.begin() + offset, m_ids.begin() + end);
                rows = store.customerRows(ids);
                // A customer deleted since the preview: keep the row so indexes stay put.
                if (rows.size() != ids.size()) {
                    std::vector<segment::MemberRow> full;
                    std::size_t k = 0;
                    for (auto id : ids) {
                        if (k < rows.size() && rows[k].customerId == id)
                            full.push_back(rows[k++]);
                        else
                            full.push_back({id, {}, {}, {}});
                    }
                    rows = std::move(full);
                }
            } else {
                rows = store.memberPage(m_segmentId, offset, kPageSize, m_label);
            }
        } catch (const std::exception& e) {
            spdlog::warn("segment member page {}: {}", page, e.what());
        }
        if (m_pages.size() >= kMaxCachedPages && !m_lru.isEmpty())
            m_pages.remove(m_lru.takeFirst());
        it = m_pages.insert(page, std::move(rows));
    }
    m_lru.removeAll(page);
    m_lru.append(page);
    const auto i = static_cast<std::size_t>(row % kPageSize);
    return i < it->size() ? &(*it)[i] : nullptr;
}

qint64 SegmentMemberModel::customerId(int row) const
{
    const segment::MemberRow* r = rowAt(row);
    return r ? r->customerId : 0;
}

int SegmentMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<std::int64_t>(m_count, 0x7fffffff));
}

int SegmentMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentMemberModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != Qt::ToolTipRole)
        return {};
    const segment::MemberRow* r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return static_cast<qlonglong>(r->customerId);
    if (role == Qt::ToolTipRole)
        return tr("Enter or double-click opens the customer's 360° page");
    switch (index.column()) {
    case ExternalId:
        return QString::fromStdString(r->externalId);
    case Name:
        return QString::fromStdString(r->name);
    case Label:
        return QString::fromStdString(r->label);
    default:
        return {};
    }
}

QVariant SegmentMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExternalId:
        return tr("Customer");
    case Name:
        return tr("Name");
    case Label:
        return tr("Sub-group");
    default:
        return {};
    }
}

} // namespace vd::gui
