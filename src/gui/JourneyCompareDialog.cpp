#include "JourneyCompareDialog.h"

#include "JourneyCompareModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::gui {

using namespace vd::journey;

namespace {

QString mean(const std::optional<double>& m)
{
    return m ? QLocale().toString(*m, 'f', 2) : QStringLiteral("—");
}

} // namespace

JourneyCompareDialog::JourneyCompareDialog(Database& db, std::vector<MapSummary> maps,
                                           qint64 before, qint64 after, QWidget* parent)
    : QDialog(parent), m_db(db), m_before(new QComboBox(this)), m_after(new QComboBox(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new JourneyCompareModel(this))
{
    setWindowTitle(tr("Compare journey maps"));
    resize(1000, 560);
    for (const MapSummary& m : maps) {
        const QString label = QString::fromStdString(m.name) + QStringLiteral(" (") +
                              (m.kind == MapKind::AsIs ? tr("as-is") : tr("to-be")) +
                              QStringLiteral(")");
        m_before->addItem(label, qint64{m.id});
        m_after->addItem(label, qint64{m.id});
    }
    m_before->setCurrentIndex(std::max(0, m_before->findData(before)));
    m_after->setCurrentIndex(std::max(0, m_after->findData(after)));

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* lb = new QLabel(tr("&Before:"), this);
    lb->setBuddy(m_before);
    auto* la = new QLabel(tr("&After:"), this);
    la->setBuddy(m_after);
    top->addWidget(lb);
    top->addWidget(m_before, 1);
    top->addSpacing(12);
    top->addWidget(la);
    top->addWidget(m_after, 1);
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(JourneyCompareModel::Fields,
                                                      QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto refresh = [this] {
        compare(m_before->currentData().toLongLong(), m_after->currentData().toLongLong());
    };
    connect(m_before, &QComboBox::activated, this, refresh);
    connect(m_after, &QComboBox::activated, this, refresh);
    refresh();
}

void JourneyCompareDialog::compare(qint64 before, qint64 after)
{
    try {
        JourneyRepository repo(m_db);
        const JourneyMap a = repo.loadMap(before);
        const JourneyMap b = repo.loadMap(after);
        const MapComparison c = compareMaps(a, b);
        m_summary->setText(
            c.identical()
                ? tr("The maps have the same stages and touchpoints.")
                : tr("%1 → %2: mean emotion %3 → %4; open opportunities %5 → %6; %7 "
                     "touchpoint(s) unchanged.")
                      .arg(QString::fromStdString(a.name), QString::fromStdString(b.name),
                           mean(c.meanEmotionBefore), mean(c.meanEmotionAfter))
                      .arg(c.openOpportunitiesBefore)
                      .arg(c.openOpportunitiesAfter)
                      .arg(c.unchangedTouchpoints));
        m_model->setComparison(c);
        m_table->resizeColumnsToContents();
    } catch (const std::exception& e) {
        m_summary->setText(QString::fromUtf8(e.what()));
        m_model->setComparison(std::nullopt);
    }
}

} // namespace vd::gui
