#include "TimelineModel.h"

#include <QColor>
#include <QLocale>

#include "valuedesk/Date.h"

namespace vd::gui {

void TimelineModel::setEvents(std::vector<TimelineEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TimelineEvent& e = m_events[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Kind) {
        switch (e.kind) {
        case TimelineEvent::Kind::Order: return QColor("#1b6ec2");
        case TimelineEvent::Kind::Interaction: return QColor("#6c757d");
        case TimelineEvent::Kind::Response: return QColor("#b35c00");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: return QString::fromStdString(date::formatDateTime(e.ts)).left(16);
    case Kind:
        switch (e.kind) {
        case TimelineEvent::Kind::Order: return tr("Order");
        case TimelineEvent::Kind::Interaction: return tr("Interaction");
        case TimelineEvent::Kind::Response: return tr("Survey response");
        }
        return {};
    case Channel: return QString::fromStdString(e.channel);
    case Touchpoint: return QString::fromStdString(e.touchpoint);
    case Details: return QString::fromStdString(e.summary);
    case Amount: return e.amount ? QLocale().toString(*e.amount, 'f', 2) : QVariant();
    case Scores: {
        QStringList parts;
        if (e.nps)
            parts << tr("NPS %1").arg(*e.nps);
        if (e.csat)
            parts << tr("CSAT %1").arg(*e.csat);
        if (e.ces)
            parts << tr("CES %1").arg(*e.ces);
        return parts.join(QStringLiteral(" · "));
    }
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case When: return tr("When (UTC)");
    case Kind: return tr("Type");
    case Channel: return tr("Channel");
    case Touchpoint: return tr("Touchpoint / category");
    case Details: return tr("Details");
    case Amount: return tr("Amount");
    case Scores: return tr("Scores");
    default: return {};
    }
}

} // namespace vd::gui
