#include "PyramidDeliveredChart.h"

#include "PyramidAttributeModel.h"
#include "PyramidRenderer.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace vd::gui {

namespace {

// Benefits in blues and greens, sacrifices in warm colours, in the enum order of the parts.
const QColor kKotler[] = {QColor(0x1d, 0x4e, 0x89), QColor(0x3a, 0x86, 0xc8),
                          QColor(0x2a, 0x9d, 0x8f), QColor(0x8a, 0xc9, 0x26),
                          QColor(0xb2, 0x18, 0x2b), QColor(0xef, 0x8a, 0x62),
                          QColor(0xf4, 0xa2, 0x61), QColor(0x9e, 0x5a, 0x2a)};
const QColor kComponents[] = {QColor(0x1d, 0x4e, 0x89), QColor(0x2a, 0x9d, 0x8f),
                              QColor(0x8a, 0xc9, 0x26), QColor(0xef, 0x8a, 0x62),
                              QColor(0xb2, 0x18, 0x2b)};

QString fmt(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("—");
}

} // namespace

PyramidDeliveredChart::PyramidDeliveredChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

void PyramidDeliveredChart::setReports(const value::ValueReport* a, const value::ValueReport* b)
{
    m_a = a;
    m_b = b;
    rebuild();
}

void PyramidDeliveredChart::setBreakdown(Breakdown breakdown)
{
    m_breakdown = breakdown;
    rebuild();
}

void PyramidDeliveredChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_summary.clear();
    if (!m_a)
        return;
    const bool kotler = m_breakdown == Breakdown::Kotler;
    std::vector<const value::ValueReport*> reports{m_a};
    if (m_b)
        reports.push_back(m_b);

    // Categories: value and cost of each population; each part is one stacked set with its
    // contribution in the matching category and 0 elsewhere.
    QStringList categories;
    for (const auto* r : reports) {
        const QString who = m_b ? render::PyramidRenderer::populationName(r->filter.population) +
                                      QStringLiteral("\n")
                                : QString();
        categories << who + (kotler ? tr("Total customer value") : tr("Benefits"))
                   << who + (kotler ? tr("Total customer cost") : tr("Costs"));
    }
    auto* series = new QStackedBarSeries;
    const auto& first = kotler ? m_a->delivered : m_a->perceived;
    for (std::size_t i = 0; i < first.parts.size(); ++i) {
        const bool cost = first.parts[i].cost;
        const QString name =
            kotler ? kotlerName(value::kKotlerParts[i]) : componentName(value::kComponents[i]);
        auto* set = new QBarSet(name);
        set->setColor(kotler ? kKotler[i] : kComponents[i]);
        for (const auto* r : reports) {
            const auto& part = (kotler ? r->delivered : r->perceived).parts[i];
            const double v = part.contribution.value_or(0.0);
            *set << (cost ? 0.0 : v) << (cost ? v : 0.0);
        }
        series->append(set);
    }
    series->setBarWidth(0.6);
    c->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat("%.0f");
    axisY->setTitleText(tr("Score on 0–100 (importance-weighted; cost = sacrifice)"));
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    c->legend()->setAlignment(Qt::AlignRight);

    QStringList sentences;
    for (const auto* r : reports) {
        const auto& bal = kotler ? r->delivered : r->perceived;
        const QString who = render::PyramidRenderer::populationName(r->filter.population);
        const QString net = bal.net
                                ? (*bal.net > 0 ? QStringLiteral("+") : QString()) + fmt(bal.net)
                                : QStringLiteral("—");
        sentences << (kotler ? tr("%1: delivered value %2 − %3 = %4")
                             : tr("%1: perceived value %2 − %3 = %4"))
                         .arg(who, fmt(bal.benefits), fmt(bal.costs), net);
    }
    m_summary = sentences.join(QStringLiteral("   ·   "));
    c->setTitle(m_summary);
}

} // namespace vd::gui
