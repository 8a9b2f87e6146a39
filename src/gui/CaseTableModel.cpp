#include "CaseTableModel.h"

#include "valuedesk/Date.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <span>

namespace vd::gui {

namespace {

QString statusText(loyalty::CaseStatus s)
{
    switch (s) {
    case loyalty::CaseStatus::New:
        return CaseTableModel::tr("New");
    case loyalty::CaseStatus::Assigned:
        return CaseTableModel::tr("Assigned");
    case loyalty::CaseStatus::Resolved:
        return CaseTableModel::tr("Resolved");
    case loyalty::CaseStatus::Informed:
        return CaseTableModel::tr("Customer informed");
    }
    return {};
}

QString timeText(const std::optional<std::int64_t>& ts)
{
    if (!ts)
        return {};
    return QString::fromStdString(date::formatDateTime(*ts)).left(16);
}

} // namespace

CaseTableModel::CaseTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseTableModel::setDatabase(Database* db)
{
    beginResetModel();
    m_db = db;
    m_ids.clear();
    m_pages.clear();
    m_lru.clear();
    endResetModel();
}

void CaseTableModel::setCases(std::vector<std::int64_t> ids, std::int64_t now)
{
    beginResetModel();
    m_ids = m_db ? std::move(ids) : std::vector<std::int64_t>{};
    m_now = now;
    m_pages.clear();
    m_lru.clear();
    endResetModel();
}

void CaseTableModel::setFilter(const loyalty::CaseFilter& filter)
{
    setCases(m_db ? loyalty::listCaseIds(*m_db, filter) : std::vector<std::int64_t>{}, filter.now);
}

void CaseTableModel::refresh()
{
    m_pages.clear();
    m_lru.clear();
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const std::vector<loyalty::FeedbackCase>& CaseTableModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_lru.removeOne(pageIndex);
        m_lru.append(pageIndex);
        return *it;
    }
    const auto first = static_cast<std::size_t>(pageIndex) * kPageSize;
    std::vector<loyalty::FeedbackCase> rows;
    if (m_db && first < m_ids.size()) {
        const std::size_t count = std::min<std::size_t>(kPageSize, m_ids.size() - first);
        rows = loyalty::getCases(*m_db, std::span(m_ids).subspan(first, count), m_now);
    }
    if (m_lru.size() >= kMaxCachedPages)
        m_pages.remove(m_lru.takeFirst());
    m_lru.append(pageIndex);
    return *m_pages.insert(pageIndex, std::move(rows));
}

const loyalty::FeedbackCase* CaseTableModel::caseAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto& rows = page(row / kPageSize);
    const std::int64_t id = m_ids[static_cast<std::size_t>(row)];
    // A case deleted since the list was read leaves its page short: find by id, not position.
    const auto i = static_cast<std::size_t>(row % kPageSize);
    if (i < rows.size() && rows[i].id == id)
        return &rows[i];
    for (const auto& c : rows)
        if (c.id == id)
            return &c;
    return nullptr;
}

int CaseTableModel::rowOf(std::int64_t caseId) const
{
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        if (m_ids[i] == caseId)
            return static_cast<int>(i);
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const loyalty::FeedbackCase* c = caseAt(index.row());
    if (!c)
        return {};
    if (role == CaseIdRole)
        return static_cast<qlonglong>(c->id);
    if (role == Qt::ForegroundRole) {
        if (c->overdue && (index.column() == Due || index.column() == Status))
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (index.column() == ValueAtRisk && !c->valueAtRisk)
            return QBrush(QColor(0x9c, 0xa3, 0xaf));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const int col = index.column();
        return col == Id || col == Sentiment || col == ValueAtRisk
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return QString::fromStdString(c->summary);
    if (role == Qt::ToolTipRole && index.column() == Opened)
        return timeText(c->openedAt);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case Id:
        return static_cast<qlonglong>(c->id);
    case Status:
        return c->overdue ? tr("%1 (overdue)").arg(statusText(c->status)) : statusText(c->status);
    case Owner:
        return c->owner ? QString::fromStdString(*c->owner) : QString();
    case Customer:
        return QString::fromStdString(c->customerName);
    case Category:
        return QString::fromStdString(c->category);
    case Sentiment:
        return c->sentiment ? QVariant(loc.toString(*c->sentiment, 'f', 2)) : QVariant();
    case Opened:
        return timeText(c->openedAt).left(10); // the day; the time is in the tooltip
    case Due:
        return timeText(c->dueAt);
    case ValueAtRisk:
        return c->valueAtRisk ? loc.toString(*c->valueAtRisk, 'f', 2) : tr("unknown");
    case Summary:
        return QString::fromStdString(c->summary);
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ValueAtRisk)
        return tr("The customer's CLV from the newest CLV run: what is at stake if this "
                  "customer leaves. (The CLV page's “value at risk” is CLV × (1 − P(alive)).)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Case");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Customer:
        return tr("Customer");
    case Category:
        return tr("Category");
    case Sentiment:
        return tr("Sentiment");
    case Opened:
        return tr("Opened (UTC)");
    case Due:
        return tr("Due (UTC)");
    case ValueAtRisk:
        return tr("Customer CLV");
    case Summary:
        return tr("Feedback");
    }
    return {};
}

} // namespace vd::gui
