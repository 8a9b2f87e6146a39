#include "JourneyCompareDialog.h"

#include "JourneyCompareModel.h"
#include "ui_JourneyCompareDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>

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
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::JourneyCompareDialog>())
{
    m_ui->setupUi(this);
    m_before = m_ui->before;
    m_after = m_ui->after;
    m_summary = m_ui->summary;
    m_table = m_ui->table;
    m_model = new JourneyCompareModel(this);
    for (const MapSummary& m : maps) {
        const QString label = QString::fromStdString(m.name) + QStringLiteral(" (") +
                              (m.kind == MapKind::AsIs ? tr("as-is") : tr("to-be")) +
                              QStringLiteral(")");
        m_before->addItem(label, qint64{m.id});
        m_after->addItem(label, qint64{m.id});
    }
    m_before->setCurrentIndex(std::max(0, m_before->findData(before)));
    m_after->setCurrentIndex(std::max(0, m_after->findData(after)));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(JourneyCompareModel::Fields,
                                                      QHeaderView::Stretch);

    auto refresh = [this] {
        compare(m_before->currentData().toLongLong(), m_after->currentData().toLongLong());
    };
    connect(m_before, &QComboBox::activated, this, refresh);
    connect(m_after, &QComboBox::activated, this, refresh);
    refresh();
}

JourneyCompareDialog::~JourneyCompareDialog() = default;

void JourneyCompareDialog::compare(qint64 before, qint64 after)
{
    try {
        JourneyRepository repo(m_db);
        const JourneyMap a = repo.loadMap(before);
        const JourneyMap b = repo.loadMap(after);
        const MapComparison c = compareMaps(a, b);
        m_summary->setText(
            c.identical() ? tr("The maps have the same stages and touchpoints.")
                          : tr("%1 → %2: mean emotion %3 → %4; open opportunities %5 → %6; %n "
                               "touchpoint(s) unchanged.",
                               nullptr, c.unchangedTouchpoints)
                                .arg(QString::fromStdString(a.name), QString::fromStdString(b.name),
                                     mean(c.meanEmotionBefore), mean(c.meanEmotionAfter))
                                .arg(c.openOpportunitiesBefore)
                                .arg(c.openOpportunitiesAfter));
        m_model->setComparison(c);
        m_table->resizeColumnsToContents();
    } catch (const std::exception& e) {
        m_summary->setText(QString::fromUtf8(e.what()));
        m_model->setComparison(std::nullopt);
    }
}

} // namespace vd::gui
