#include "KpiTile.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace vd::gui {

namespace {

bool isShare(const loyalty::Kpi& k)
{
    return k.unit == "%";
}

} // namespace

KpiTile::KpiTile(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)),
      m_detail(new QLabel(this)), m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("KpiTile"));
    setStyleSheet(QStringLiteral("#KpiTile { background: palette(base); border-radius: 6px; }"));
    setMinimumWidth(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    m_title->setStyleSheet(QStringLiteral("color: palette(mid); font-weight: 600;"));
    m_value->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600;"));
    m_detail->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 8pt;"));
    m_change->setTextFormat(Qt::RichText);
    // Wrapping keeps a tile narrow enough for a grid of five on a 1280 px screen.
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_change->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_change);
    clear();
}

QString KpiTile::currencySymbol(const QString& code)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("CNY"), QStringLiteral("¥")},
        {QStringLiteral("RMB"), QStringLiteral("¥")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")},
    };
    if (code.isEmpty())
        return {};
    return symbols.value(code.toUpper(), code + QLatin1Char(' '));
}

namespace {

int moneyDecimals(const loyalty::Kpi& k)
{
    const double big =
        std::max(std::fabs(k.value.value_or(0.0)), std::fabs(k.previous.value_or(0.0)));
    return big >= 1000.0 ? 0 : 2;
}

} // namespace

QString KpiTile::formatValue(const loyalty::Kpi& k, double v, const QString& currency)
{
    const QLocale loc;
    if (k.unit == "points")
        return (v > 0 ? QStringLiteral("+") : QString()) + loc.toString(v, 'f', 1);
    if (isShare(k))
        return loc.toString(v, 'f', 1) + QStringLiteral(" %");
    if (k.unit == "customers")
        return loc.toString(static_cast<qlonglong>(std::llround(v)));
    if (k.unit == "currency") {
        const QString number = loc.toString(std::fabs(v), 'f', moneyDecimals(k));
        return (v < 0 ? QStringLiteral("−") : QString()) + currencySymbol(currency) + number;
    }
    return loc.toString(v, 'f', 2);
}

QString KpiTile::formatChange(const loyalty::Kpi& k, double change, const QString& currency)
{
    const QLocale loc;
    const QString sign =
        change > 0 ? QStringLiteral("+") : (change < 0 ? QStringLiteral("−") : QString());
    const double a = std::fabs(change);
    if (k.unit == "points")
        return sign + loc.toString(a, 'f', 1) + QObject::tr(" pts");
    if (isShare(k))
        return sign + loc.toString(a, 'f', 1) + QObject::tr(" pp");
    if (k.unit == "customers")
        return sign + loc.toString(static_cast<qlonglong>(std::llround(a)));
    if (k.unit == "currency")
        return sign + currencySymbol(currency) + loc.toString(a, 'f', moneyDecimals(k));
    return sign + loc.toString(a, 'f', 2);
}

void KpiTile::clear()
{
    m_value->setText(tr("no data"));
    m_detail->clear();
    m_change->clear();
    m_significant = false;
}

void KpiTile::setKpi(const loyalty::Kpi& k, const QString& previousLabel)
{
    if (!k.value) {
        clear();
        if (k.previous)
            m_change->setText(
                tr("%1 in %2").arg(formatValue(k, *k.previous, m_currency), previousLabel));
        return;
    }
    m_value->setText(formatValue(k, *k.value, m_currency));
    QStringList detail;
    if (k.lower && k.upper)
        detail << tr("95 % CI %1 to %2")
                      .arg(formatValue(k, *k.lower, m_currency),
                           formatValue(k, *k.upper, m_currency));
    if (k.n > 0 && k.unit != "customers" && k.unit != "currency")
        detail << tr("n = %L1").arg(k.n);
    else if (k.id == "clv" && k.n > 0)
        detail << tr("%L1 customers").arg(k.n);
    m_detail->setText(detail.join(QStringLiteral(" · ")));

    m_significant = false;
    auto change = k.change();
    if (!change) {
        m_change->setText(tr("no %1 to compare").arg(previousLabel));
        return;
    }
    const bool better = k.higherIsBetter ? *change > 0 : *change < 0;
    const bool worse = k.higherIsBetter ? *change < 0 : *change > 0;
    const QString arrow = *change > 0 ? QStringLiteral("▲")
                                      : (*change < 0 ? QStringLiteral("▼") : QStringLiteral("■"));
    // Colour only what the test supports; untested tiles (revenue, customers, CLV) stay grey.
    QString colour = QStringLiteral("#6b7280");
    if (k.test) {
        m_significant = k.significant;
        if (k.significant && better)
            colour = QStringLiteral("#15803d");
        else if (k.significant && worse)
            colour = QStringLiteral("#b91c1c");
    }
    QString text = QStringLiteral("<span style='color:%1'>%2 %3</span> %4")
                       .arg(colour, arrow, formatChange(k, *change, m_currency).toHtmlEscaped(),
                            tr("vs %1").arg(previousLabel).toHtmlEscaped());
    if (k.test) {
        text += m_significant ? QStringLiteral(" <b style='color:%1'>●&nbsp;%2</b>")
                                    .arg(colour, tr("significant"))
                              : QStringLiteral(" <span style='color:#9ca3af'>%1</span>")
                                    .arg(tr("(not significant)"));
    }
    m_change->setText(text);
    m_change->setToolTip(
        k.test ? tr("Two-sided p = %1 (95 % level)").arg(QLocale().toString(k.test->pValue, 'g', 3))
               : tr("Not a sample estimate: no significance test"));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}
QString KpiTile::changeText() const
{
    return m_change->text();
}
QString KpiTile::detailText() const
{
    return m_detail->text();
}

} // namespace vd::gui
