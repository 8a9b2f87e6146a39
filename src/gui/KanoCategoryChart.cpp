#include "KanoCategoryChart.h"

#include "KanoFeatureModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace vd::gui {

KanoCategoryChart::KanoCategoryChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->setTitle(tr("Kano categories per feature"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void KanoCategoryChart::setReport(const kano::KanoReport* report)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_bars = 0;
    if (!report || report->respondents == 0)
        return;

    // Bars run bottom-up in a horizontal series: add the features in reverse so that the
    // chart reads in the table's order.
    std::vector<const kano::FeatureResult*> features;
    for (auto it = report->features.rbegin(); it != report->features.rend(); ++it)
        if (it->discrete.n > 0)
            features.push_back(&*it);
    if (features.empty())
        return;

    auto* series = new QHorizontalPercentBarSeries;
    QStringList names;
    std::vector<kano::CategoryStats> stats; // copies: the tooltips outlive no report
    for (const kano::FeatureResult* f : features) {
        names << kanoFeatureName(f->feature);
        stats.push_back(f->discrete);
    }
    for (kano::Category cat : kano::kCategories) {
        auto* set = new QBarSet(QStringLiteral("%1 %2").arg(QChar::fromLatin1(kano::letter(cat)),
                                                            kanoCategoryName(cat)));
        set->setColor(kanoCategoryColor(cat));
        set->setBorderColor(Qt::white);
        for (const kano::FeatureResult* f : features)
            *set << static_cast<qreal>(f->discrete.counts[cat]);
        connect(set, &QBarSet::hovered, this, [names, stats, cat](bool on, int i) {
            if (!on || i < 0 || i >= static_cast<int>(stats.size())) {
                QToolTip::hideText();
                return;
            }
            const kano::CategoryStats& s = stats[static_cast<std::size_t>(i)];
            QToolTip::showText(
                QCursor::pos(),
                tr("%1 — %2: %3 of %4 respondents (%5 %)")
                    .arg(names[i], kanoCategoryName(cat))
                    .arg(s.counts[cat])
                    .arg(s.n)
                    .arg(QLocale().toString(s.share(cat).value_or(0.0) * 100.0, 'f', 1)));
        });
        series->append(set);
    }
    series->setBarWidth(0.7);
    c->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTitleText(tr("Feature"));
    auto* shares = new QValueAxis;
    shares->setRange(0, 100);
    shares->setTickCount(11);
    shares->setLabelFormat("%.0f");
    shares->setTitleText(tr("Share of respondents (%)"));
    c->addAxis(categories, Qt::AlignLeft);
    c->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(shares);
    c->setTitle(
        tr("Kano categories per feature — %1 (%2 table)")
            .arg(kanoSegmentName(report->segment),
                 report->table == kano::EvaluationTable::Pouliot ? tr("Pouliot") : tr("standard")));
    m_bars = static_cast<int>(features.size());
}

} // namespace vd::gui
