#include "ValueGapChart.h"

#include "PyramidAttributeModel.h"
#include "PyramidRenderer.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

namespace vd::gui {

ValueGapChart::ValueGapChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("Value gaps"));
    setMinimumHeight(260);
}

void ValueGapChart::setReports(const value::ValueReport* a, const value::ValueReport* b)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    m_unrated.clear();
    if (!a)
        return;

    // Ranked by A's priority; B's gap for the same attribute beside it.
    std::map<std::int64_t, const value::AttributeResult*> inB;
    if (b)
        for (const auto& r : b->attributes)
            inB[r.attribute.id] = &r;
    std::vector<const value::AttributeResult*> shown;
    for (const auto* r : a->rankedByGap()) {
        if (!r->gap) {
            m_unrated << attributeName(r->attribute);
            continue;
        }
        if (static_cast<int>(shown.size()) < kMaxAttributes)
            shown.push_back(r);
    }
    // Horizontal bar categories run bottom-up: reverse so rank 1 is on top.
    std::reverse(shown.begin(), shown.end());
    double extent = 0.5;
    QStringList labels;
    for (const auto* r : shown) {
        labels << QStringLiteral("%1. %2").arg(r->gapRank).arg(attributeName(r->attribute));
        extent = std::max(extent, std::abs(r->gap->mean));
        if (auto it = inB.find(r->attribute.id); it != inB.end() && it->second->gap)
            extent = std::max(extent, std::abs(it->second->gap->mean));
    }
    for (auto it = labels.rbegin(); it != labels.rend(); ++it)
        m_categories << *it;

    QAbstractBarSeries* series = nullptr;
    if (!b) {
        // Two stacked sets so each bar takes the colour of its sign.
        auto* stacked = new QHorizontalStackedBarSeries;
        auto* shortfall = new QBarSet(tr("Falls short of expectation"));
        auto* surplus = new QBarSet(tr("Exceeds expectation"));
        shortfall->setColor(render::PyramidRenderer::gapColor(1.0, 1.0));
        surplus->setColor(render::PyramidRenderer::gapColor(-1.0, 1.0));
        for (const auto* r : shown) {
            *shortfall << std::max(0.0, r->gap->mean);
            *surplus << std::min(0.0, r->gap->mean);
        }
        stacked->append(shortfall);
        stacked->append(surplus);
        series = stacked;
    } else {
        auto* grouped = new QHorizontalBarSeries;
        auto* setA = new QBarSet(render::PyramidRenderer::populationName(a->filter.population));
        auto* setB = new QBarSet(render::PyramidRenderer::populationName(b->filter.population));
        setA->setColor(QColor(0x1d, 0x4e, 0x89));
        setB->setColor(QColor(0xe0, 0x8e, 0x2b));
        for (const auto* r : shown) {
            *setA << r->gap->mean;
            auto it = inB.find(r->attribute.id);
            *setB << (it != inB.end() && it->second->gap ? it->second->gap->mean : 0.0);
        }
        grouped->append(setA);
        grouped->append(setB);
        series = grouped;
    }
    series->setBarWidth(0.75);
    c->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    // A point smaller than the chart's default: Qt Charts gives a left axis at most a part
    // of the chart's width and cuts longer names ("App and mini-program experie...").
    QFont labelFont = categories->labelsFont();
    labelFont.setPointSizeF(std::max(7.0, labelFont.pointSizeF() - 1.0));
    categories->setLabelsFont(labelFont);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    const double lim = std::ceil(extent * 2.0) / 2.0;
    values->setRange(-lim, lim);
    values->setTickCount(static_cast<int>(lim * 4) + 1);
    values->setLabelFormat("%+.1f");
    values->setTitleText(tr("Gap = expectation − experience (points)"));
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setTitle(tr("Value gaps ranked by importance × gap") +
                (m_unrated.isEmpty()
                     ? QString()
                     : QStringLiteral(" — ") + tr("not rated: %1").arg(m_unrated.join(", "))));
}

} // namespace vd::gui
