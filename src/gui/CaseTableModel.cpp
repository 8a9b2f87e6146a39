#include "CaseTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "valuedesk/Date.h"

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
    m_db = db;
    refresh();
}

void CaseTableModel::setFilter(const loyalty::CaseFilter& filter)
{
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    refresh();
}

void CaseTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_count = m_db ? loyalty::countCases(*m_db, m_filter) : 0;
    endResetModel();
}

const std::vector<loyalty::FeedbackCase>& CaseTableModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_lru.removeOne(pageIndex);
        m_lru.append(pageIndex);
        return *it;
    }
    loyalty::CaseFilter f = m_filter;
    f.limit = kPageSize;
    f.offset = static_cast<std::int64_t>(pageIndex) * kPageSize;
    std::vector<loyalty::FeedbackCase> rows;
    if (m_db)
        rows = loyalty::listCases(*m_db, f);
    if (m_lru.size() >= kMaxCachedPages)
        m_pages.remove(m_lru.takeFirst());
    m_lru.append(pageIndex);
    return *m_pages.insert(pageIndex, std::move(rows));
}

const loyalty::FeedbackCase* CaseTableModel::caseAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto& rows = page(row / kPageSize);
    const auto i = static_cast<std::size_t>(row % kPageSize);
    return i < rows.size() ? &rows[i] : nullptr;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_count);
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
        return timeText(c->openedAt);
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
        return tr("Value at risk (CLV)");
    case Summary:
        return tr("Feedback");
    }
    return {};
}

} // namespace vd::gui
