#pragma once

#include "Page.h"

class QLineEdit;
class QTableView;
class QLabel;
class QTimer;

namespace vd::gui {

class CustomerTableModel;

// The searchable customer list: a lazily paged table over the whole base with a search box
// that filters through the full-text index as the user types. Counting and reading pages
// happen on the model's loader thread, so typing and scrolling never wait for SQLite. Enter
// or double-click opens the customer's 360 page.
class CustomersPage : public Page
{
    Q_OBJECT
public:
    CustomersPage(WorkspaceSession& session, QWidget* parent = nullptr);

    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* countLabel() const { return m_count; }

protected:
    void reload() override;

private:
    void updateCount();
    void openCurrent();

    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_count;
    QTimer* m_debounce;
    CustomerTableModel* m_model;
};

} // namespace vd::gui
