#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <vector>

#include "valuedesk/loyalty/Cases.h"

namespace vd {
class Database;
}

namespace vd::gui {

// The feedback queue over any number of cases: rows are read a page at a time from SQLite
// (filtered and ordered by due time SQL-side) with a small page cache, as the customers grid
// does. Overdue cases are drawn in red; value at risk without a CLV reads "unknown".
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Status, Owner, Customer, Category, Sentiment, Opened, Due, ValueAtRisk,
                  Summary, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 16;

    explicit CaseTableModel(QObject* parent = nullptr);

    void setDatabase(Database* db);
    // status/owner/overdue; filter.now is the instant overdue is judged at.
    void setFilter(const loyalty::CaseFilter& filter);
    const loyalty::CaseFilter& filter() const { return m_filter; }
    void refresh();

    // The case on a row (nullptr past the end).
    const loyalty::FeedbackCase* caseAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const std::vector<loyalty::FeedbackCase>& page(int pageIndex) const;

    Database* m_db = nullptr;
    loyalty::CaseFilter m_filter;
    qint64 m_count = 0;
    mutable QHash<int, std::vector<loyalty::FeedbackCase>> m_pages;
    mutable QList<int> m_lru;
};

} // namespace vd::gui
