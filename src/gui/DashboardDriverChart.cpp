#include "DashboardDriverChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace vd::gui {

DashboardDriverChart::DashboardDriverChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void DashboardDriverChart::showMessage(const QString& text)
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis), delete axis;
    chart()->setTitle(text);
    m_bars = 0;
}

void DashboardDriverChart::setResult(const loyalty::DriverResult& r, bool chinese)
{
    showMessage({});
    QChart* c = chart();
    const QLocale loc;
    c->setTitle(tr("What moves the recommend score: share of R² = %1 (n = %L2)")
                    .arg(loc.toString(r.rSquared, 'f', 2))
                    .arg(r.n));
    auto* set = new QBarSet(tr("Share of explained variance"));
    set->setColor(QColor(0x25, 0x63, 0xeb));
    set->setLabelColor(Qt::black);
    QStringList names;
    // Reverse so that the largest driver is drawn at the top.
    for (auto it = r.drivers.rbegin(); it != r.drivers.rend(); ++it) {
        *set << it->relativeShare;
        const std::string& name = chinese && !it->nameZh.empty() ? it->nameZh : it->name;
        names << QString::fromStdString(name);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setTitleText(tr("Attribute (performance rating)"));
    auto* x = new QValueAxis;
    double maxShare = 0.0;
    for (const auto& d : r.drivers)
        maxShare = std::max(maxShare, d.relativeShare);
    x->setRange(0.0, std::max(10.0, maxShare * 1.2));
    x->setTitleText(tr("Share of explained variance (%)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    m_bars = static_cast<int>(r.drivers.size());
}

} // namespace vd::gui
