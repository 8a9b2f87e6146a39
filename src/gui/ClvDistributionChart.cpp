#include "ClvDistributionChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace vd::gui {

namespace {

QChartView* makeView(QWidget* parent)
{
    auto* v = new QChartView(new QChart, parent);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(240);
    v->chart()->legend()->setAlignment(Qt::AlignBottom);
    v->chart()->setMargins(QMargins(4, 4, 4, 4));
    return v;
}

void clear(QChart* c)
{
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
}

// A compact tick label: 0, 12.5, 1.2k, 3.4M.
QString compact(double v)
{
    const QLocale locale;
    const double a = std::abs(v);
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'g', 3) + QStringLiteral("M");
    if (a >= 1e4)
        return locale.toString(v / 1e3, 'g', 3) + QStringLiteral("k");
    if (a >= 100 || v == std::round(v))
        return locale.toString(v, 'f', 0);
    return locale.toString(v, 'g', 3);
}

} // namespace

ClvDistributionChart::ClvDistributionChart(QWidget* parent)
    : QWidget(parent), m_pAlive(makeView(this)), m_clv(makeView(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pAlive);
    layout->addWidget(m_clv);
}

void ClvDistributionChart::setData(const ClvHistogram& pAlive, const ClvHistogram& clv,
                                   double threshold, const QString& horizonText,
                                   const QString& placeholder)
{
    QChart* pc = m_pAlive->chart();
    QChart* cc = m_clv->chart();
    clear(pc);
    clear(cc);
    m_clvCategories.clear();
    m_below = 0;

    std::int64_t pAliveTotal = 0;
    for (auto n : pAlive.counts)
        pAliveTotal += n;
    if (pAliveTotal == 0) {
        pc->setTitle(placeholder.isEmpty() ? tr("No P(alive) in the current predictions (the "
                                                "simple CLV formula has none)")
                                           : placeholder);
        pc->legend()->hide();
    } else {
        pc->setTitle(tr("Customers by P(alive)"));
        pc->legend()->show();
        auto* below = new QBarSet(tr("Below the churn threshold"));
        below->setColor(QColor(0xc0, 0x39, 0x2b));
        auto* above = new QBarSet(tr("At or above the threshold"));
        above->setColor(QColor(0x2e, 0x7d, 0x5b));
        QStringList categories;
        double top = 0.0;
        for (std::size_t i = 0; i < pAlive.counts.size(); ++i) {
            const double lo = pAlive.lower + pAlive.binWidth * static_cast<double>(i);
            const double hi = lo + pAlive.binWidth;
            const auto n = static_cast<double>(pAlive.counts[i]);
            // A bin straddling the threshold is drawn as at risk only if it lies below it.
            const bool isBelow = hi <= threshold + 1e-12;
            *below << (isBelow ? n : 0.0);
            *above << (isBelow ? 0.0 : n);
            if (isBelow)
                m_below += pAlive.counts[i];
            top = std::max(top, n);
            categories << QStringLiteral("%1–%2").arg(std::lround(lo * 100)).arg(std::lround(hi * 100));
        }
        auto* series = new QStackedBarSeries;
        series->append(below);
        series->append(above);
        series->setBarWidth(0.9);
        pc->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        x->setTitleText(tr("P(alive) (%)"));
        auto* y = new QValueAxis;
        y->setTitleText(tr("Customers (count)"));
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setRange(0.0, top > 0 ? top * 1.05 : 1.0);
        y->applyNiceNumbers();
        pc->addAxis(x, Qt::AlignBottom);
        pc->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }

    if (clv.counts.empty()) {
        cc->setTitle(placeholder.isEmpty() ? tr("No CLV predictions yet") : placeholder);
        cc->legend()->hide();
        return;
    }
    cc->setTitle(tr("Customers by CLV"));
    cc->legend()->hide();
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(QColor(0x1f, 0x3a, 0x5f));
    double top = 0.0;
    for (std::size_t i = 0; i < clv.counts.size(); ++i) {
        const double lo = clv.lower + clv.binWidth * static_cast<double>(i);
        *set << static_cast<double>(clv.counts[i]);
        top = std::max(top, static_cast<double>(clv.counts[i]));
        m_clvCategories << compact(lo);
    }
    if (clv.overflow > 0) {
        *set << static_cast<double>(clv.overflow);
        top = std::max(top, static_cast<double>(clv.overflow));
        m_clvCategories << tr("≥%1")
                               .arg(compact(clv.lower +
                                            clv.binWidth * static_cast<double>(clv.counts.size())));
    }
    auto* series = new QStackedBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    cc->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(m_clvCategories);
    x->setLabelsAngle(-60);
    x->setTitleText(tr("CLV over %1, bin start (discounted margin, currency units)")
                        .arg(horizonText));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Customers (count)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0.0, top > 0 ? top * 1.05 : 1.0);
    y->applyNiceNumbers();
    cc->addAxis(x, Qt::AlignBottom);
    cc->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace vd::gui
