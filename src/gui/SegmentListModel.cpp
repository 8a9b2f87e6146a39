#include "SegmentListModel.h"

#include "SegmentFormat.h"
#include "valuedesk/Date.h"

#include <QDateTime>

namespace vd::gui {

SegmentListModel::SegmentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentListModel::setSegments(std::vector<segment::SavedSegment> segments)
{
    beginResetModel();
    m_segments = std::move(segments);
    endResetModel();
}

const segment::SavedSegment* SegmentListModel::segmentAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_segments[static_cast<std::size_t>(row)];
}

int SegmentListModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_segments.size(); ++i)
        if (m_segments[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QString SegmentListModel::kindName(const std::string& kind)
{
    if (kind == "rfm")
        return tr("RFM");
    if (kind == "kmeans")
        return tr("Clusters");
    if (kind == "rule")
        return tr("Rule");
    if (kind == "tier")
        return tr("Tiers");
    if (kind == "pyramid")
        return tr("Pyramid");
    if (kind == "manual")
        return tr("Manual");
    return QString::fromStdString(kind);
}

QString SegmentListModel::labelName(const std::string& label)
{
    if (label.empty())
        return tr("(no sub-group)");
    return QString::fromStdString(label);
}

int SegmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const auto& s = m_segments[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return static_cast<qlonglong>(s.id);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Members ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Labels) {
        QStringList labels;
        for (const auto& l : s.labels)
            labels << labelName(l);
        return labels.join(QStringLiteral(", "));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return QString::fromStdString(s.name);
    case Kind:
        return kindName(s.kind);
    case Created:
        return QDateTime::fromSecsSinceEpoch(s.createdAt)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Members:
        return segfmt::count(s.members);
    case Labels: {
        if (s.labels.size() == 1 && s.labels[0].empty())
            return QString();
        return tr("%n sub-group(s)", nullptr, static_cast<int>(s.labels.size()));
    }
    default:
        return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Created:
        return tr("Saved");
    case Members:
        return tr("Customers");
    case Labels:
        return tr("Sub-groups");
    default:
        return {};
    }
}

} // namespace vd::gui
