#include "CustomerTableModel.h"

#include "valuedesk/Date.h"
#include "valuedesk/storage/Database.h"

#include <QColor>
#include <QMetaObject>
#include <QPointer>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace vd::gui {

namespace {
CustomerRepository::SortColumn sortColumnFor(int column)
{
    using S = CustomerRepository::SortColumn;
    switch (column) {
    case CustomerTableModel::ExternalId:
        return S::ExternalId;
    case CustomerTableModel::Name:
        return S::Name;
    case CustomerTableModel::Email:
        return S::Email;
    case CustomerTableModel::Company:
        return S::Company;
    case CustomerTableModel::Country:
        return S::Country;
    case CustomerTableModel::City:
        return S::City;
    case CustomerTableModel::BirthYear:
        return S::BirthYear;
    case CustomerTableModel::Channel:
        return S::Channel;
    case CustomerTableModel::LoyaltyTier:
        return S::LoyaltyTier;
    case CustomerTableModel::CreatedAt:
        return S::CreatedAt;
    default:
        return S::Id;
    }
}

QVariant optText(const std::optional<std::string>& s)
{
    return s ? QVariant(QString::fromStdString(*s)) : QVariant();
}
} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    // Results are handed to the UI thread as queued calls on this model; Qt discards them
    // if the model is gone (the loader is stopped first, in the destructor).
    m_loader = std::make_unique<CustomerPageLoader>(
        kPageSize, [this](std::shared_ptr<CustomerPageLoader::Result> result) {
            QMetaObject::invokeMethod(
                this, [this, result] { onResult(result); }, Qt::QueuedConnection);
        });
}

CustomerTableModel::~CustomerTableModel()
{
    m_loader->supersede(m_generation + 1);
    m_loader.reset();
}

void CustomerTableModel::setDatabase(Database* db)
{
    setWorkspace(db ? QString::fromStdString(db->path()) : QString());
}

void CustomerTableModel::setWorkspace(const QString& path)
{
    m_path = path;
    m_loader->setWorkspace(path.toStdString());
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
    ++m_generation;
    m_loader->supersede(m_generation);
    const bool hadRows = m_count > 0 || m_counting;
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_pending.clear();
    m_count = 0;
    m_counting = !m_path.isEmpty();
    endResetModel();
    if (hadRows)
        emit countChanged(0);
    if (!m_counting)
        return;
    CustomerPageLoader::Request request;
    request.kind = CustomerPageLoader::Request::Kind::Count;
    request.generation = m_generation;
    request.query = m_query;
    m_loader->post(std::move(request));
}

void CustomerTableModel::onResult(const std::shared_ptr<CustomerPageLoader::Result>& result)
{
    if (result->generation != m_generation)
        return; // an answer to an older search, sort or workspace
    if (result->kind == CustomerPageLoader::Request::Kind::Count) {
        m_counting = false;
        if (!result->error.empty()) {
            spdlog::warn("customer count failed: {}", result->error);
            emit loadFailed(QString::fromStdString(result->error));
            emit countChanged(0);
            return;
        }
        if (result->dropped)
            return;
        const qint64 n = std::min<qint64>(result->count, INT_MAX);
        if (n > 0) {
            beginInsertRows({}, 0, static_cast<int>(n - 1));
            m_count = n;
            storePage(0, std::move(result->rows));
            endInsertRows();
        }
        emit countChanged(m_count);
        emit pageLoaded(0);
        return;
    }
    m_pending.remove(result->pageIndex);
    if (result->dropped)
        return; // asked again when a view needs it
    if (!result->error.empty()) {
        spdlog::warn("customer page {} failed: {}", result->pageIndex, result->error);
        emit loadFailed(QString::fromStdString(result->error));
    }
    storePage(result->pageIndex, std::move(result->rows));
    const int first = result->pageIndex * kPageSize;
    const int last = static_cast<int>(std::min<qint64>(m_count, qint64(first) + kPageSize)) - 1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(result->pageIndex);
}

void CustomerTableModel::storePage(int pageIndex, std::vector<Customer> rows)
{
    if (!m_pages.contains(pageIndex) && m_lru.size() >= kMaxCachedPages) {
        m_pages.remove(m_lru.front());
        m_lru.pop_front();
    }
    m_lru.removeOne(pageIndex);
    m_lru.append(pageIndex);
    m_pages.insert(pageIndex, std::move(rows));
}

void CustomerTableModel::requestPage(int pageIndex) const
{
    const int pages = static_cast<int>((m_count + kPageSize - 1) / kPageSize);
    auto post = [this, pages](int p) {
        if (p < 0 || p >= pages || m_pages.contains(p) || m_pending.contains(p))
            return;
        m_pending.insert(p);
        CustomerPageLoader::Request request;
        request.kind = CustomerPageLoader::Request::Kind::Page;
        request.generation = m_generation;
        request.query = m_query;
        request.pageIndex = p;
        request.total = m_count;
        m_loader->post(std::move(request));
    };
    // The loader serves the newest request first: neighbours first, the page itself last.
    for (int d = kPrefetchPages; d >= 1; --d) {
        post(pageIndex + d);
        post(pageIndex - d);
    }
    post(pageIndex);
}

const Customer* CustomerTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int pageIndex = row / kPageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        requestPage(pageIndex);
        return nullptr;
    }
    if (m_lru.back() != pageIndex) {
        m_lru.removeOne(pageIndex);
        m_lru.append(pageIndex);
    }
    // Scrolling on: have the next pages ready before the view gets there.
    if (row % kPageSize == 0 || row % kPageSize == kPageSize - 1)
        requestPage(pageIndex);
    const std::size_t i = static_cast<std::size_t>(row % kPageSize);
    return i < it->size() ? &(*it)[i] : nullptr;
}

bool CustomerTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_count && m_pages.contains(row / kPageSize);
}

qint64 CustomerTableModel::customerId(int row) const
{
    if (!isRowLoaded(row))
        return 0;
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
    if (!index.isValid() || index.column() >= ColumnCount || index.row() >= m_count)
        return {};
    const Customer* c = rowAt(index.row());
    if (role == LoadingRole)
        return !isRowLoaded(index.row());
    if (!c) {
        // The page is on its way: a placeholder, replaced by dataChanged() when it arrives.
        if (!isRowLoaded(index.row())) {
            if (role == Qt::DisplayRole && index.column() == Name)
                return tr("Loading…");
            if (role == Qt::ForegroundRole)
                return QColor(Qt::gray);
        }
        return {};
    }
    if (role == IdRole)
        return QVariant::fromValue<qint64>(c->id);
    if (role == Qt::TextAlignmentRole && index.column() == BirthYear)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ExternalId:
        return QString::fromStdString(c->externalId);
    case Name:
        return QString::fromStdString(c->name);
    case Email:
        return optText(c->email);
    case Company:
        return optText(c->company);
    case Country:
        return optText(c->country);
    case City:
        return optText(c->city);
    case BirthYear:
        return c->birthYear ? QVariant(qint64(*c->birthYear)) : QVariant();
    case Channel:
        return optText(c->channel);
    case LoyaltyTier:
        return optText(c->loyaltyTier);
    case CreatedAt:
        return QString::fromStdString(date::formatDate(c->createdAt));
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ExternalId:
        return tr("Customer ID");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Company:
        return tr("Company");
    case Country:
        return tr("Country");
    case City:
        return tr("City");
    case BirthYear:
        return tr("Birth year");
    case Channel:
        return tr("Channel");
    case LoyaltyTier:
        return tr("Loyalty tier");
    case CreatedAt:
        return tr("Customer since");
    default:
        return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = sortColumnFor(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == m_query.sort && ascending == m_query.ascending && m_generation > 0)
        return;
    m_query.sort = sortColumn;
    m_query.ascending = ascending;
    refresh();
}

} // namespace vd::gui
