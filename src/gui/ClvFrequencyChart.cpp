#include "ClvFrequencyChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

namespace vd::gui {

ClvFrequencyChart::ClvFrequencyChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void ClvFrequencyChart::setData(const std::vector<double>& actual,
                                const std::vector<double>& predicted, const QString& placeholder)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    const std::size_t n = std::min(actual.size(), predicted.size());
    if (n == 0) {
        c->setTitle(placeholder);
        c->legend()->hide();
        return;
    }
    c->legend()->show();
    c->setTitle(tr("Customers by repeat transactions in the calibration period"));
    auto* a = new QBarSet(tr("Actual"));
    a->setColor(QColor(0x1f, 0x3a, 0x5f));
    auto* m = new QBarSet(tr("Model"));
    m->setColor(QColor(0xe0, 0x7b, 0x1a));
    double top = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
        *a << actual[k];
        *m << predicted[k];
        top = std::max({top, actual[k], predicted[k]});
        m_categories << (k + 1 == n ? tr("%1+").arg(k) : QString::number(k));
    }
    auto* series = new QBarSeries;
    series->append(a);
    series->append(m);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(m_categories);
    x->setTitleText(tr("Repeat transactions in the calibration period (count)"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Customers (count)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0.0, top > 0 ? top * 1.05 : 1.0);
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace vd::gui
