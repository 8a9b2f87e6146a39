#pragma once

#include "valuedesk/loyalty/Cases.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <vector>

namespace vd {
class Database;
}

namespace vd::gui {

// The feedback queue over any number of cases. The filtered, ordered list of case ids comes
// from one background query (loyalty::listCaseIds, run by the page through runTask); rows are
// then read by id a page at a time on demand, with a small page cache, so neither loading nor
// scrolling a queue of 10^5 cases blocks the window. Overdue cases are drawn in red; the
// "Customer CLV" column (FeedbackCase::valueAtRisk: what is at stake) reads "unknown" without
// a CLV run.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Status,
        Owner,
        Customer,
        Category,
        Sentiment,
        Opened,
        Due,
        ValueAtRisk,
        Summary,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 16;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseTableModel(QObject* parent = nullptr);

    // The connection rows are read from; nullptr empties the model.
    void setDatabase(Database* db);
    // Shows these cases, ids in queue order; now is the instant overdue is judged at.
    void setCases(std::vector<std::int64_t> ids, std::int64_t now);
    // Synchronous listCaseIds + setCases, for small workspaces and tests.
    void setFilter(const loyalty::CaseFilter& filter);
    // Re-reads the listed rows (after a status change) without changing the list.
    void refresh();

    // The case on a row (nullptr past the end) and the row of a case (-1 when not listed).
    const loyalty::FeedbackCase* caseAt(int row) const;
    int rowOf(std::int64_t caseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const std::vector<loyalty::FeedbackCase>& page(int pageIndex) const;

    Database* m_db = nullptr;
    std::vector<std::int64_t> m_ids;
    std::int64_t m_now = 0;
    mutable QHash<int, std::vector<loyalty::FeedbackCase>> m_pages;
    mutable QList<int> m_lru;
};

} // namespace vd::gui
