#include "PyramidDeliveredChart.h"

#include "PyramidAttributeModel.h"
#include "PyramidRenderer.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
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
    // contribution in the matching category and 0 elsewhere. Horizontal bars: the category
    // names stand beside the bars at their full length ("Total customer value" under a
    // vertical bar a quarter of a laptop pane wide would be cut). With two populations the
    // name comes first on its own line (axis labels are rich text).
    QStringList categories;
    for (const auto* r : reports) {
        const QString who =
            m_b ? render::PyramidRenderer::populationName(r->filter.population).toHtmlEscaped() +
                      QStringLiteral("<br>")
                : QString();
        categories << who + (kotler ? tr("Total customer value") : tr("Benefits"))
                   << who + (kotler ? tr("Total customer cost") : tr("Costs"));
    }
    auto* series = new QHorizontalStackedBarSeries;
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
        // The sets were filled in category order; the axis lists the categories reversed.
        QList<qreal> values;
        for (int k = set->count() - 1; k >= 0; --k)
            values << set->at(k);
        set->remove(0, set->count());
        set->append(values);
        series->append(set);
    }
    series->setBarWidth(0.6);
    c->addSeries(series);
    // Horizontal categories run bottom-up: reversed so that the first population's value
    // bar is on top.
    QStringList topDown;
    for (auto it = categories.rbegin(); it != categories.rend(); ++it)
        topDown << *it;
    auto* axisCategories = new QBarCategoryAxis;
    axisCategories->append(topDown);
    c->addAxis(axisCategories, Qt::AlignLeft);
    series->attachAxis(axisCategories);
    auto* axisScore = new QValueAxis;
    axisScore->setRange(0, 100);
    axisScore->setTickCount(6);
    axisScore->setLabelFormat("%.0f");
    // Short enough to fit under the plot at any width; the weighting is in the tooltip.
    axisScore->setTitleText(tr("Score (0–100)"));
    c->addAxis(axisScore, Qt::AlignBottom);
    series->attachAxis(axisScore);
    // Beside the plot: a legend under it puts its eight parts on one row, and Qt Charts cuts
    // the names ("Physi...") rather than wrapping them.
    c->legend()->setAlignment(Qt::AlignRight);
    setToolTip(tr("Each part's score is the importance-weighted mean of its attributes on 0–100; "
                  "a cost part scores the sacrifice (100 = a heavy burden). The parts of a bar "
                  "add up to its total."));

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
    // One line per population (the title is rich text), so a comparison is not cut.
    QStringList lines;
    for (const QString& sentence : sentences)
        lines << sentence.toHtmlEscaped();
    c->setTitle(lines.join(QStringLiteral("<br>")));
}

} // namespace vd::gui
