#include "CustomerTableModel.h"

#include <QDateTime>
#include <algorithm>
#include <spdlog/spdlog.h>

#include "valuedesk/Date.h"
#include "valuedesk/storage/Database.h"

namespace vd::gui {

namespace {
CustomerRepository::SortColumn sortColumnFor(int column)
{
    using S = CustomerRepository::SortColumn;
    switch (column) {
    case CustomerTableModel::ExternalId: return S::ExternalId;
    case CustomerTableModel::Name: return S::Name;
    case CustomerTableModel::Email: return S::Email;
    case CustomerTableModel::Company: return S::Company;
    case CustomerTableModel::Country: return S::Country;
    case CustomerTableModel::City: return S::City;
    case CustomerTableModel::BirthYear: return S::BirthYear;
    case CustomerTableModel::Channel: return S::Channel;
    case CustomerTableModel::LoyaltyTier: return S::LoyaltyTier;
    case CustomerTableModel::CreatedAt: return S::CreatedAt;
    default: return S::Id;
    }
}

QVariant optText(const std::optional<std::string>& s)
{
    return s ? QVariant(QString::fromStdString(*s)) : QVariant();
}
} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::setDatabase(Database* db)
{
    m_db = db;
    refresh();
}

void CustomerTableModel::setSearch(const QString& text)
{
    std::string s = text.trimmed().toStdString();
    if (s == m_query.search)
        return;
    m_query.search = s;
    refresh();
}

void CustomerTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_count = 0;
    if (m_db) {
        try {
            CustomerRepository repo(*m_db);
            m_count = repo.count(m_query);
        } catch (const std::exception& e) {
            spdlog::warn("customer count failed: {}", e.what());
        }
    }
    endResetModel();
}

const std::vector<Customer>& CustomerTableModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_lru.removeOne(pageIndex);
        m_lru.append(pageIndex);
        return it.value();
    }
    std::vector<Customer> rows;
    if (m_db) {
        try {
            CustomerRepository repo(*m_db);
            const qint64 offset = qint64(pageIndex) * kPageSize;
            const qint64 limit = std::min<qint64>(kPageSize, m_count - offset);
            if (offset > m_count / 2) {
                // Read from the other end: OFFSET cost grows with the offset.
                CustomerRepository::Query reversed = m_query;
                reversed.ascending = !m_query.ascending;
                rows = repo.page(reversed, m_count - offset - limit, limit);
                std::reverse(rows.begin(), rows.end());
            } else {
                rows = repo.page(m_query, offset, limit);
            }
        } catch (const std::exception& e) {
            spdlog::warn("customer page {} failed: {}", pageIndex, e.what());
        }
    }
    if (m_lru.size() >= kMaxCachedPages) {
        m_pages.remove(m_lru.front());
        m_lru.pop_front();
    }
    m_lru.append(pageIndex);
    return m_pages.insert(pageIndex, std::move(rows)).value();
}

const Customer* CustomerTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto& rows = page(row / kPageSize);
    std::size_t i = static_cast<std::size_t>(row % kPageSize);
    return i < rows.size() ? &rows[i] : nullptr;
}

qint64 CustomerTableModel::customerId(int row) const
{
    const Customer* c = rowAt(row);
    return c ? c->id : 0;
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_count, INT_MAX));
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const Customer* c = rowAt(index.row());
    if (!c)
        return {};
    if (role == IdRole)
        return QVariant::fromValue<qint64>(c->id);
    if (role == Qt::TextAlignmentRole && index.column() == BirthYear)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ExternalId: return QString::fromStdString(c->externalId);
    case Name: return QString::fromStdString(c->name);
    case Email: return optText(c->email);
    case Company: return optText(c->company);
    case Country: return optText(c->country);
    case City: return optText(c->city);
    case BirthYear: return c->birthYear ? QVariant(qint64(*c->birthYear)) : QVariant();
    case Channel: return optText(c->channel);
    case LoyaltyTier: return optText(c->loyaltyTier);
    case CreatedAt: return QString::fromStdString(date::formatDate(c->createdAt));
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ExternalId: return tr("Customer ID");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Company: return tr("Company");
    case Country: return tr("Country");
    case City: return tr("City");
    case BirthYear: return tr("Birth year");
    case Channel: return tr("Channel");
    case LoyaltyTier: return tr("Loyalty tier");
    case CreatedAt: return tr("Customer since");
    default: return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = sortColumnFor(column);
    m_query.ascending = order == Qt::AscendingOrder;
    refresh();
}

} // namespace vd::gui
