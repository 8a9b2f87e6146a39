#include "SegmentShareChart.h"

#include "SegmentFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace vd::gui {

SegmentShareChart::SegmentShareChart(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(new QChart, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(300, 220);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
}

void SegmentShareChart::setPlaceholder(const QString& text)
{
    QChart* c = m_view->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    c->setTitle(text);
    c->legend()->hide();
}

void SegmentShareChart::setGroups(const std::vector<Group>& groups, const QString& title,
                                  const QString& valueName)
{
    setPlaceholder(title);
    if (groups.empty())
        return;
    QChart* c = m_view->chart();
    auto* customers = new QBarSet(tr("Share of customers"));
    customers->setColor(QColor(0x9d, 0xb4, 0xd0));
    auto* value = new QBarSet(valueName);
    value->setColor(QColor(0x1f, 0x4e, 0x8c));
    double top = 0.0;
    // Horizontal bars grow upwards from the first category: add the groups bottom first so
    // the first group (platinum, high value) is drawn on top.
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        m_categories << tr("%1 (%2)").arg(it->name, segfmt::count(it->customers));
        *customers << 100.0 * it->customerShare;
        *value << 100.0 * it->valueShare;
        top = std::max({top, 100.0 * it->customerShare, 100.0 * it->valueShare});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(customers);
    series->append(value);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    series->setBarWidth(0.8);
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(m_categories);
    y->setTitleText(tr("Group (customers)"));
    auto* x = new QValueAxis;
    x->setTitleText(tr("Share (%)"));
    x->setRange(0.0, std::min(100.0, std::max(10.0, top * 1.18)));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    c->legend()->show();
}

} // namespace vd::gui
