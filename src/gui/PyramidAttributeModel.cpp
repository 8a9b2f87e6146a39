#include "PyramidAttributeModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <cmath>
#include <limits>

namespace vd::gui {

namespace {

const QString kMissing = QStringLiteral("—");

QVariant number(const std::optional<double>& v, int decimals, int role)
{
    if (role == PyramidAttributeModel::SortRole)
        return v ? *v : std::numeric_limits<double>::quiet_NaN();
    return v ? QLocale().toString(*v, 'f', decimals) : kMissing;
}

std::optional<double> mean(const std::optional<loyalty::MeanResult>& m)
{
    return m ? std::optional<double>(m->mean) : std::nullopt;
}

} // namespace

QString attributeName(const value::Attribute& attribute)
{
    if (QLocale().language() == QLocale::Chinese && !attribute.nameZh.empty())
        return QString::fromStdString(attribute.nameZh);
    return QString::fromStdString(attribute.name);
}

QString layerName(value::Layer layer)
{
    switch (layer) {
    case value::Layer::Basic:
        return PyramidAttributeModel::tr("Basic");
    case value::Layer::ValueAdded:
        return PyramidAttributeModel::tr("Value-added");
    case value::Layer::Differentiation:
        return PyramidAttributeModel::tr("Differentiation");
    }
    return {};
}

QString componentName(value::Component component)
{
    switch (component) {
    case value::Component::Functional:
        return PyramidAttributeModel::tr("Functional value");
    case value::Component::Emotional:
        return PyramidAttributeModel::tr("Emotional value");
    case value::Component::Social:
        return PyramidAttributeModel::tr("Social value");
    case value::Component::TimeCost:
        return PyramidAttributeModel::tr("Time cost");
    case value::Component::EconomicCost:
        return PyramidAttributeModel::tr("Economic cost");
    }
    return {};
}

QString kotlerName(value::KotlerPart part)
{
    switch (part) {
    case value::KotlerPart::Product:
        return PyramidAttributeModel::tr("Product value");
    case value::KotlerPart::Service:
        return PyramidAttributeModel::tr("Service value");
    case value::KotlerPart::Personnel:
        return PyramidAttributeModel::tr("Personnel value");
    case value::KotlerPart::Image:
        return PyramidAttributeModel::tr("Image value");
    case value::KotlerPart::Money:
        return PyramidAttributeModel::tr("Monetary cost");
    case value::KotlerPart::Time:
        return PyramidAttributeModel::tr("Time cost");
    case value::KotlerPart::Energy:
        return PyramidAttributeModel::tr("Energy cost");
    case value::KotlerPart::Physical:
        return PyramidAttributeModel::tr("Physical cost");
    }
    return {};
}

QString quadrantName(value::Quadrant quadrant)
{
    switch (quadrant) {
    case value::Quadrant::ConcentrateHere:
        return PyramidAttributeModel::tr("Concentrate here");
    case value::Quadrant::KeepUpTheGoodWork:
        return PyramidAttributeModel::tr("Keep up the good work");
    case value::Quadrant::LowPriority:
        return PyramidAttributeModel::tr("Low priority");
    case value::Quadrant::PossibleOverkill:
        return PyramidAttributeModel::tr("Possible overkill");
    }
    return {};
}

PyramidAttributeModel::PyramidAttributeModel(QObject* parent) : QAbstractTableModel(parent) {}

void PyramidAttributeModel::setReport(const value::ValueReport* report)
{
    beginResetModel();
    m_hasReport = report != nullptr;
    m_report = report ? *report : value::ValueReport{};
    rebuild();
    endResetModel();
}

void PyramidAttributeModel::setLayer(std::optional<value::Layer> layer)
{
    beginResetModel();
    m_layer = layer;
    rebuild();
    endResetModel();
}

void PyramidAttributeModel::rebuild()
{
    m_rows.clear();
    if (!m_hasReport)
        return;
    for (const auto& a : m_report.attributes)
        if (!m_layer || a.attribute.layer == m_layer)
            m_rows.push_back(&a);
}

const value::AttributeResult* PyramidAttributeModel::attribute(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)]
                                                             : nullptr;
}

int PyramidAttributeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PyramidAttributeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PyramidAttributeModel::data(const QModelIndex& index, int role) const
{
    const value::AttributeResult* a = attribute(index.row());
    if (!a || !index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Ratings && index.column() <= Rank
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name) {
        // Code and both names, whichever the table shows.
        QStringList parts{QString::fromStdString(a->attribute.code),
                          QString::fromStdString(a->attribute.name)};
        if (!a->attribute.nameZh.empty())
            parts << QString::fromStdString(a->attribute.nameZh);
        return parts.join(QStringLiteral(" · "));
    }
    if (role == Qt::ForegroundRole && index.column() == Gap && a->gap)
        return QBrush(a->gap->mean > 0 ? QColor(0xb2, 0x18, 0x2b) : QColor(0x21, 0x66, 0xac));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        return attributeName(a->attribute);
    case Layer:
        return a->attribute.layer ? layerName(*a->attribute.layer) : kMissing;
    case Component:
        return a->attribute.component ? componentName(*a->attribute.component) : kMissing;
    case Kotler:
        return a->attribute.kotler ? kotlerName(*a->attribute.kotler) : kMissing;
    case Ratings:
        return role == SortRole ? QVariant(static_cast<double>(a->ratings))
                                : QVariant(QLocale().toString(static_cast<qlonglong>(a->ratings)));
    case Importance:
        return number(mean(a->importance), 2, role);
    case Performance:
        return number(mean(a->performance), 2, role);
    case Expectation:
        return number(mean(a->expectation), 2, role);
    case Gap:
        return number(mean(a->gap), 2, role);
    case GapInterval:
        if (role == SortRole)
            return a->gap && a->gap->hasInterval ? a->gap->upper - a->gap->lower
                                                 : std::numeric_limits<double>::quiet_NaN();
        return a->gap && a->gap->hasInterval
                   ? QStringLiteral("%1 … %2").arg(QLocale().toString(a->gap->lower, 'f', 2),
                                                   QLocale().toString(a->gap->upper, 'f', 2))
                   : kMissing;
    case Priority:
        return number(a->priority, 2, role);
    case Rank:
        if (role == SortRole)
            return a->gapRank ? static_cast<double>(a->gapRank)
                              : std::numeric_limits<double>::quiet_NaN();
        return a->gapRank ? QVariant(a->gapRank) : QVariant(kMissing);
    case Quadrant:
        return a->quadrant ? quadrantName(*a->quadrant) : kMissing;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PyramidAttributeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Gap:
            return tr("Mean of expectation − performance over ratings with both; positive = "
                      "experience falls short");
        case GapInterval:
            return tr("%1 % confidence interval of the gap (paired t)")
                .arg(std::lround(m_report.confidence * 100));
        case Priority:
            return tr("Mean importance × gap: the ranking key of the value-gap analysis");
        case Quadrant:
            return tr("Importance–performance quadrant (Martilla & James 1977)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Attribute");
    case Layer:
        return tr("Layer");
    case Component:
        return tr("Component");
    case Kotler:
        return tr("Kotler");
    case Ratings:
        return tr("Ratings");
    case Importance:
        return tr("Importance");
    case Performance:
        return tr("Performance");
    case Expectation:
        return tr("Expectation");
    case Gap:
        return tr("Gap");
    case GapInterval:
        return tr("Gap CI");
    case Priority:
        return tr("Priority");
    case Rank:
        return tr("Rank");
    case Quadrant:
        return tr("Quadrant");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vd::gui
