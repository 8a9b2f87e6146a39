#include "Customer360Page.h"

#include <QComboBox>
#include <QDate>
#include <QRegularExpression>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "TimelineModel.h"
#include "WorkspaceSession.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"

namespace vd::gui {

namespace {

void clearForm(QFormLayout* form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QString text(const std::optional<std::string>& s)
{
    return s && !s->empty() ? QString::fromStdString(*s) : QStringLiteral("—");
}

QLabel* valueLabel(const QString& s)
{
    auto* l = new QLabel(s);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

Customer360Page::Customer360Page(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_profile(new QFormLayout), m_value(new QFormLayout), m_timelineView(new QTableView(this)),
      m_timeline(new TimelineModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_kind(new QComboBox(this))
{
    auto* layout = new QVBoxLayout(this);
    m_title->setStyleSheet("font-size: 18pt; font-weight: 600;");
    m_subtitle->setStyleSheet("color: palette(mid);");
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    auto* boxes = new QHBoxLayout;
    auto* profileBox = new QGroupBox(tr("Profile and segmentation bases"), this);
    profileBox->setLayout(m_profile);
    auto* valueBox = new QGroupBox(tr("Value and loyalty"), this);
    valueBox->setLayout(m_value);
    boxes->addWidget(profileBox, 3);
    boxes->addWidget(valueBox, 2);
    layout->addLayout(boxes);

    auto* timelineHeader = new QHBoxLayout;
    auto* tl = new QLabel(tr("Timeline"), this);
    tl->setStyleSheet("font-size: 12pt; font-weight: 600;");
    timelineHeader->addWidget(tl);
    timelineHeader->addStretch();
    timelineHeader->addWidget(new QLabel(tr("Show:"), this));
    m_kind->addItem(tr("Everything"), QString());
    m_kind->addItem(tr("Orders"), tr("Order"));
    m_kind->addItem(tr("Interactions"), tr("Interaction"));
    m_kind->addItem(tr("Survey responses"), tr("Survey response"));
    timelineHeader->addWidget(m_kind);
    layout->addLayout(timelineHeader);

    m_filter->setSourceModel(m_timeline);
    m_filter->setFilterKeyColumn(TimelineModel::Kind);
    m_timelineView->setModel(m_filter);
    m_timelineView->setSortingEnabled(true);
    m_timelineView->sortByColumn(TimelineModel::When, Qt::DescendingOrder);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setColumnWidth(TimelineModel::When, 130);
    m_timelineView->setColumnWidth(TimelineModel::Kind, 120);
    m_timelineView->setColumnWidth(TimelineModel::Details, 320);
    layout->addWidget(m_timelineView, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_kind->currentData().toString();
        m_filter->setFilterRegularExpression(
            kind.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(kind)));
    });
    m_title->setText(tr("No customer selected"));
    m_subtitle->setText(tr("Open a customer from the Customers list, a segment or a case."));
}

void Customer360Page::showCustomer(qint64 id)
{
    m_id = id;
    markStale();
    ensureFresh();
}

void Customer360Page::reload()
{
    clearForm(m_profile);
    clearForm(m_value);
    m_timeline->setEvents({});
    if (m_id == 0 || !session().isOpen())
        return;
    Database& db = session().db();
    CustomerRepository repo(db);
    auto c = repo.get(m_id);
    if (!c) {
        m_title->setText(tr("Customer not found"));
        m_subtitle->setText(tr("The customer may have been removed by an import undo."));
        return;
    }
    m_title->setText(QString::fromStdString(c->name.empty() ? c->externalId : c->name));
    QStringList contact{tr("ID %1").arg(QString::fromStdString(c->externalId))};
    if (c->email)
        contact << QString::fromStdString(*c->email);
    if (c->phone)
        contact << QString::fromStdString(*c->phone);
    if (c->company)
        contact << QString::fromStdString(*c->company);
    contact << tr("customer since %1").arg(QString::fromStdString(date::formatDate(c->createdAt)));
    m_subtitle->setText(contact.join(QStringLiteral("  ·  ")));

    const int thisYear = QDate::currentDate().year();
    m_profile->addRow(tr("Geographic:"),
                      valueLabel(QStringList{text(c->country), text(c->region), text(c->city)}
                                     .join(QStringLiteral(" / "))));
    QString age = c->birthYear ? tr("%1 (born %2)").arg(thisYear - *c->birthYear).arg(*c->birthYear)
                               : QStringLiteral("—");
    m_profile->addRow(tr("Demographic:"),
                      valueLabel(tr("age %1, %2, income %3, %4")
                                     .arg(age, text(c->gender), text(c->incomeBand),
                                          text(c->education))));
    m_profile->addRow(tr("Psychographic:"),
                      valueLabel(tr("%1; values: %2").arg(text(c->lifestyle), text(c->valuesTags))));
    m_profile->addRow(tr("Behavioural:"),
                      valueLabel(tr("prefers %1, uses %2, tier %3")
                                     .arg(text(c->channel), text(c->usageFrequency),
                                          text(c->loyaltyTier))));
    auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    m_profile->addRow(tr("Consent:"), valueLabel(tr("email %1, SMS %2, phone %3")
                                                     .arg(yesNo(c->consentEmail),
                                                          yesNo(c->consentSms),
                                                          yesNo(c->consentPhone))));

    QLocale locale;
    Statement orders = db.prepare(
        "SELECT count(*), coalesce(sum(amount), 0), min(ts), max(ts), "
        "       coalesce(sum(amount - coalesce(cost, 0)), 0) "
        "FROM transactions WHERE customer_id = ?");
    orders.bind(1, std::int64_t{m_id});
    if (orders.step()) {
        const qint64 n = orders.getInt(0);
        const double revenue = orders.getDouble(1);
        m_value->addRow(tr("Orders:"), valueLabel(locale.toString(n)));
        m_value->addRow(tr("Revenue:"), valueLabel(locale.toString(revenue, 'f', 2)));
        m_value->addRow(tr("Margin:"), valueLabel(locale.toString(orders.getDouble(4), 'f', 2)));
        if (n > 0) {
            m_value->addRow(tr("Average order:"),
                            valueLabel(locale.toString(revenue / double(n), 'f', 2)));
            m_value->addRow(tr("First / last order:"),
                            valueLabel(QString::fromStdString(date::formatDate(orders.getInt(2))) +
                                       QStringLiteral(" / ") +
                                       QString::fromStdString(date::formatDate(orders.getInt(3)))));
        }
    }
    Statement pred = db.prepare(
        "SELECT p.clv, p.p_alive, p.expected_transactions, r.model FROM current_predictions p "
        "JOIN model_runs r ON r.id = p.run_id WHERE p.customer_id = ?");
    pred.bind(1, std::int64_t{m_id});
    if (pred.step()) {
        m_value->addRow(tr("CLV (%1):").arg(QString::fromStdString(pred.getText(3))),
                        valueLabel(pred.isNull(0) ? QStringLiteral("—")
                                                  : locale.toString(pred.getDouble(0), 'f', 2)));
        if (!pred.isNull(1))
            m_value->addRow(tr("P(alive):"), valueLabel(locale.toString(pred.getDouble(1), 'f', 3)));
        if (!pred.isNull(2))
            m_value->addRow(tr("Expected purchases:"),
                            valueLabel(locale.toString(pred.getDouble(2), 'f', 2)));
    } else {
        m_value->addRow(tr("CLV:"), valueLabel(tr("no CLV model run yet")));
    }
    Statement nps = db.prepare("SELECT nps FROM responses WHERE customer_id = ? AND nps IS NOT NULL "
                               "ORDER BY ts DESC LIMIT 1");
    nps.bind(1, std::int64_t{m_id});
    if (nps.step())
        m_value->addRow(tr("Latest NPS answer:"), valueLabel(QString::number(nps.getInt(0))));
    Statement points = db.prepare(
        "SELECT coalesce(sum(points), 0) FROM loyalty_points WHERE customer_id = ?");
    points.bind(1, std::int64_t{m_id});
    if (points.step())
        m_value->addRow(tr("Loyalty points:"), valueLabel(locale.toString(points.getInt(0))));
    Statement segs = db.prepare(
        "SELECT s.name, m.label FROM segment_members m JOIN segments s ON s.id = m.segment_id "
        "WHERE m.customer_id = ? ORDER BY s.created_at DESC LIMIT 6");
    segs.bind(1, std::int64_t{m_id});
    QStringList memberships;
    while (segs.step())
        memberships << (segs.isNull(1) ? QString::fromStdString(segs.getText(0))
                                       : QStringLiteral("%1: %2").arg(
                                             QString::fromStdString(segs.getText(0)),
                                             QString::fromStdString(segs.getText(1))));
    m_value->addRow(tr("Segments:"), valueLabel(memberships.isEmpty() ? tr("none saved")
                                                                      : memberships.join(", ")));
    Statement cases = db.prepare("SELECT count(*), coalesce(sum(status IN ('new','assigned')),0) "
                                 "FROM feedback_cases WHERE customer_id = ?");
    cases.bind(1, std::int64_t{m_id});
    if (cases.step())
        m_value->addRow(tr("Feedback cases:"),
                        valueLabel(tr("%1 (%2 open)").arg(cases.getInt(0)).arg(cases.getInt(1))));

    m_timeline->setEvents(repo.timeline(m_id, 2000));
}

static const PageRegistrar kRegistrar({"customer", QT_TRANSLATE_NOOP("Pages", "Customer 360"), 11,
                                       [](WorkspaceSession& s, QWidget* p) -> Page* {
                                           return new Customer360Page(s, p);
                                       },
                                       false});

} // namespace vd::gui
