#include "CustomersPage.h"

#include "CustomerTableModel.h"
#include "WorkspaceSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vd::gui {

CustomersPage::CustomersPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this)), m_model(new CustomerTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Customers"), this);
    title->setStyleSheet("font-size: 16pt; font-weight: 600;");
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);

    m_search->setPlaceholderText(
        tr("Search name, email, company or city (Ctrl+F); every word must match"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerTableModel::ExternalId, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fixed row heights: the view never asks 10^6 rows for their size.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = {110, 170, 220, 160, 110, 120, 90, 90, 100, 110};
    for (int c = 0; c < CustomerTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    layout->addWidget(m_view, 1);

    auto* hint = new QLabel(tr("Enter or double-click opens the customer's 360° page."), this);
    hint->setStyleSheet("color: palette(mid);");
    layout->addWidget(hint);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateCount();
    });
    // Counting runs on the model's loader thread; the label follows when the figure arrives.
    connect(m_model, &CustomerTableModel::countChanged, this, [this] { updateCount(); });
    connect(m_model, &CustomerTableModel::loadFailed, this, [this](const QString& message) {
        this->session().showMessage(tr("Reading the customers failed: %1").arg(message),
                                    MessageLevel::Error);
    });
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(&session, &WorkspaceSession::closed, this, [this] { m_model->setDatabase(nullptr); });
}

void CustomersPage::reload()
{
    m_model->setDatabase(&session().db());
    updateCount();
}

void CustomersPage::updateCount()
{
    if (m_model->isCounting()) {
        m_count->setText(tr("Counting…"));
        return;
    }
    const qint64 n = m_model->count();
    m_count->setText(m_model->search().isEmpty() ? tr("%L1 customers").arg(n)
                                                 : tr("%L1 matching customers").arg(n));
}

void CustomersPage::openCurrent()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    // A row whose page is still loading has no id yet; Enter simply does nothing then.
    if (qint64 id = m_model->customerId(index.row()))
        session().openCustomer(id);
}

static const PageRegistrar
    kRegistrar({"customers", QT_TRANSLATE_NOOP("Pages", "Customers"), 10,
                [](WorkspaceSession& s, QWidget* p) -> Page* { return new CustomersPage(s, p); }});

} // namespace vd::gui
