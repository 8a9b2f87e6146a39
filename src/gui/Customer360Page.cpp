#include "Customer360Page.h"

#include "TimelineModel.h"
#include "WorkspaceSession.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/LoyaltyRepository.h"
#include "valuedesk/storage/ResponseRepository.h"
#include "valuedesk/storage/TimelineRepository.h"
#include "valuedesk/storage/TransactionRepository.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

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
      m_timeline(new TimelineModel(this)), m_timelineStatus(new QLabel(this)),
      m_kind(new QComboBox(this)), m_order(new QComboBox(this))
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
    m_timelineStatus->setStyleSheet("color: palette(mid);");
    timelineHeader->addWidget(m_timelineStatus);
    timelineHeader->addStretch();
    timelineHeader->addWidget(new QLabel(tr("Show:"), this));
    m_kind->addItem(tr("Everything"), uint(TimelineRepository::All));
    m_kind->addItem(tr("Orders"), uint(TimelineRepository::Orders));
    m_kind->addItem(tr("Interactions"), uint(TimelineRepository::Interactions));
    m_kind->addItem(tr("Survey responses"), uint(TimelineRepository::Responses));
    timelineHeader->addWidget(m_kind);
    m_order->addItem(tr("Newest first"), true);
    m_order->addItem(tr("Oldest first"), false);
    timelineHeader->addWidget(m_order);
    layout->addLayout(timelineHeader);

    // Kind and order are applied in SQL, so they hold for every event, loaded or not; the
    // view fetches further pages as it scrolls down.
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setColumnWidth(TimelineModel::When, 130);
    m_timelineView->setColumnWidth(TimelineModel::Kind, 120);
    m_timelineView->setColumnWidth(TimelineModel::Details, 320);
    layout->addWidget(m_timelineView, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setKinds(m_kind->currentData().toUInt()); });
    connect(m_order, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setNewestFirst(m_order->currentData().toBool()); });
    connect(m_timeline, &TimelineModel::loadedChanged, this, [this] { updateTimelineStatus(); });
    // The model reads through the session's connection: let go of it with the workspace.
    connect(&session, &WorkspaceSession::closed, this, [this] { m_timeline->clear(); });
    m_title->setText(tr("No customer selected"));
    m_subtitle->setText(tr("Open a customer from the Customers list, a segment or a case."));
}

QString Customer360Page::title() const
{
    return m_title->text();
}
QString Customer360Page::timelineStatus() const
{
    return m_timelineStatus->text();
}

QString Customer360Page::fieldText(const QString& label) const
{
    for (QFormLayout* form : {m_profile, m_value}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto* l = form->itemAt(row, QFormLayout::LabelRole);
            auto* f = form->itemAt(row, QFormLayout::FieldRole);
            auto* labelWidget = l ? qobject_cast<QLabel*>(l->widget()) : nullptr;
            auto* fieldWidget = f ? qobject_cast<QLabel*>(f->widget()) : nullptr;
            if (labelWidget && fieldWidget && labelWidget->text() == label)
                return fieldWidget->text();
        }
    }
    return {};
}

void Customer360Page::updateTimelineStatus()
{
    const qint64 total = m_timeline->totalCount();
    const int loaded = m_timeline->loadedCount();
    QLocale locale;
    if (total == 0)
        m_timelineStatus->setText(m_id ? tr("no events") : QString());
    else if (loaded >= total)
        m_timelineStatus->setText(tr("%1 events").arg(locale.toString(total)));
    else
        m_timelineStatus->setText(tr("showing %1 of %2 events; scroll down for more")
                                      .arg(locale.toString(loaded), locale.toString(total)));
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
    m_timeline->clear();
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
                      valueLabel(QStringList{text(c->country), text(c->region), text(c->city)}.join(
                          QStringLiteral(" / "))));
    QString age = c->birthYear ? tr("%1 (born %2)").arg(thisYear - *c->birthYear).arg(*c->birthYear)
                               : QStringLiteral("—");
    m_profile->addRow(
        tr("Demographic:"),
        valueLabel(tr("age %1, %2, income %3, %4")
                       .arg(age, text(c->gender), text(c->incomeBand), text(c->education))));
    m_profile->addRow(
        tr("Psychographic:"),
        valueLabel(tr("%1; values: %2").arg(text(c->lifestyle), text(c->valuesTags))));
    m_profile->addRow(
        tr("Behavioural:"),
        valueLabel(tr("prefers %1, uses %2, tier %3")
                       .arg(text(c->channel), text(c->usageFrequency), text(c->loyaltyTier))));
    auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    m_profile->addRow(
        tr("Consent:"),
        valueLabel(tr("email %1, SMS %2, phone %3")
                       .arg(yesNo(c->consentEmail), yesNo(c->consentSms), yesNo(c->consentPhone))));

    QLocale locale;
    const auto orders = TransactionRepository(db).summaryForCustomer(m_id);
    m_value->addRow(tr("Orders:"), valueLabel(locale.toString(orders.orders)));
    m_value->addRow(tr("Revenue:"), valueLabel(locale.toString(orders.revenue, 'f', 2)));
    m_value->addRow(tr("Margin:"), valueLabel(locale.toString(orders.margin, 'f', 2)));
    if (orders.orders > 0 && orders.firstTs && orders.lastTs) {
        m_value->addRow(tr("Average order:"), valueLabel(locale.toString(
                                                  orders.revenue / double(orders.orders), 'f', 2)));
        m_value->addRow(tr("First / last order:"),
                        valueLabel(QString::fromStdString(date::formatDate(*orders.firstTs)) +
                                   QStringLiteral(" / ") +
                                   QString::fromStdString(date::formatDate(*orders.lastTs))));
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
            m_value->addRow(tr("P(alive):"),
                            valueLabel(locale.toString(pred.getDouble(1), 'f', 3)));
        if (!pred.isNull(2))
            m_value->addRow(tr("Expected purchases:"),
                            valueLabel(locale.toString(pred.getDouble(2), 'f', 2)));
    } else {
        m_value->addRow(tr("CLV:"), valueLabel(tr("no CLV model run yet")));
    }
    if (auto nps = ResponseRepository(db).latestNps(m_id))
        m_value->addRow(tr("Latest NPS answer:"), valueLabel(QString::number(*nps)));
    LoyaltyRepository loyalty(db);
    const qint64 points = loyalty.balance(m_id);
    const auto tier = loyalty.tierFor(points);
    m_value->addRow(
        tr("Loyalty points:"),
        valueLabel(tier ? tr("%1 (%2 tier)")
                              .arg(locale.toString(points), QString::fromStdString(tier->name))
                        : locale.toString(points)));
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
    m_value->addRow(tr("Segments:"),
                    valueLabel(memberships.isEmpty() ? tr("none saved") : memberships.join(", ")));
    Statement cases = db.prepare("SELECT count(*), coalesce(sum(status IN ('new','assigned')),0) "
                                 "FROM feedback_cases WHERE customer_id = ?");
    cases.bind(1, std::int64_t{m_id});
    if (cases.step())
        m_value->addRow(tr("Feedback cases:"),
                        valueLabel(tr("%1 (%2 open)").arg(cases.getInt(0)).arg(cases.getInt(1))));

    // Paged: the first events now, the rest as the view scrolls (no cap).
    m_timeline->setCustomer(&db, m_id);
}

static const PageRegistrar kRegistrar(
    {"customer", QT_TRANSLATE_NOOP("Pages", "Customer 360"), 11,
     [](WorkspaceSession& s, QWidget* p) -> Page* { return new Customer360Page(s, p); }, false});

} // namespace vd::gui
