#include "TimelineModel.h"

#include "valuedesk/Date.h"
#include "valuedesk/storage/Database.h"

#include <QColor>
#include <QLocale>
#include <spdlog/spdlog.h>

namespace vd::gui {

void TimelineModel::setCustomer(Database* db, qint64 customerId)
{
    m_db = customerId != 0 ? db : nullptr;
    m_customerId = m_db ? customerId : 0;
    reload();
}

void TimelineModel::setKinds(unsigned kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    reload();
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    reload();
}

void TimelineModel::setEvents(std::vector<TimelineEvent> events)
{
    m_changing = true;
    beginResetModel();
    m_db = nullptr;
    m_customerId = 0;
    m_events = std::move(events);
    m_total = static_cast<qint64>(m_events.size());
    endResetModel();
    m_changing = false;
    emit loadedChanged(loadedCount(), m_total);
}

void TimelineModel::reload()
{
    // Listeners of modelReset (views, QAbstractItemModelTester) may ask for more rows while the
    // reset or an insertion is still being announced; inserting rows then would nest one change
    // in another.
    m_changing = true;
    beginResetModel();
    m_events.clear();
    m_total = 0;
    if (m_db) {
        try {
            TimelineRepository repo(*m_db);
            m_total = repo.count(m_customerId, m_kinds);
            m_events = repo.page(m_customerId, 0, kPageSize, m_kinds, m_newestFirst);
        } catch (const std::exception& e) {
            spdlog::warn("timeline of customer {}: {}", m_customerId, e.what());
        }
    }
    endResetModel();
    m_changing = false;
    emit loadedChanged(loadedCount(), m_total);
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_db && qint64(m_events.size()) < m_total;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<TimelineEvent> more;
    try {
        more = TimelineRepository(*m_db).page(m_customerId, qint64(m_events.size()), kPageSize,
                                              m_kinds, m_newestFirst);
    } catch (const std::exception& e) {
        spdlog::warn("timeline of customer {}: {}", m_customerId, e.what());
    }
    if (more.empty()) {
        // Rows went away since the count (an import undo): stop asking.
        m_total = qint64(m_events.size());
        emit loadedChanged(loadedCount(), m_total);
        return;
    }
    const int first = loadedCount();
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_events.insert(m_events.end(), std::make_move_iterator(more.begin()),
                    std::make_move_iterator(more.end()));
    endInsertRows();
    m_changing = false;
    emit loadedChanged(loadedCount(), m_total);
}

void TimelineModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
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
        case TimelineEvent::Kind::Order:
            return QColor("#1b6ec2");
        case TimelineEvent::Kind::Interaction:
            return QColor("#6c757d");
        case TimelineEvent::Kind::Response:
            return QColor("#b35c00");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return QString::fromStdString(date::formatDateTime(e.ts)).left(16);
    case Kind:
        switch (e.kind) {
        case TimelineEvent::Kind::Order:
            return tr("Order");
        case TimelineEvent::Kind::Interaction:
            return tr("Interaction");
        case TimelineEvent::Kind::Response:
            return tr("Survey response");
        }
        return {};
    case Channel:
        return QString::fromStdString(e.channel);
    case Touchpoint:
        return QString::fromStdString(e.touchpoint);
    case Details:
        return QString::fromStdString(e.summary);
    case Amount:
        return e.amount ? QLocale().toString(*e.amount, 'f', 2) : QVariant();
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
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case When:
        return tr("When (UTC)");
    case Kind:
        return tr("Type");
    case Channel:
        return tr("Channel");
    case Touchpoint:
        return tr("Touchpoint / category");
    case Details:
        return tr("Details");
    case Amount:
        return tr("Amount");
    case Scores:
        return tr("Scores");
    default:
        return {};
    }
}

} // namespace vd::gui
