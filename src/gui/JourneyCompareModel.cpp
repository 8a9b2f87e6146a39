#include "JourneyCompareModel.h"

#include <QColor>
#include <QStringList>

namespace vd::gui {

using namespace vd::journey;

JourneyCompareModel::JourneyCompareModel(QObject* parent) : QAbstractTableModel(parent) {}

void JourneyCompareModel::setComparison(std::optional<MapComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int JourneyCompareModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_comparison)
        return 0;
    return static_cast<int>(m_comparison->stages.size() + m_comparison->touchpoints.size());
}

int JourneyCompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JourneyCompareModel::changeText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("added");
    case ChangeKind::Removed:
        return tr("removed");
    case ChangeKind::Changed:
        return tr("changed");
    }
    return {};
}

QString JourneyCompareModel::fieldsText(const std::vector<std::string>& fields)
{
    QStringList out;
    for (const std::string& f : fields) {
        if (f == "name")
            out << tr("name");
        else if (f == "description")
            out << tr("description");
        else if (f == "position")
            out << tr("position");
        else if (f == "stage")
            out << tr("moved to another stage");
        else if (f == "channel")
            out << tr("channel");
        else if (f == "action")
            out << tr("action");
        else if (f == "thoughts")
            out << tr("thoughts");
        else if (f == "emotion")
            out << tr("emotion");
        else if (f == "pain_points")
            out << tr("pain points");
        else if (f == "backstage")
            out << tr("backstage");
        else if (f == "kpis")
            out << tr("KPIs");
        else if (f == "opportunities")
            out << tr("opportunities");
        else
            out << QString::fromStdString(f);
    }
    return out.join(QStringLiteral(", "));
}

QVariant JourneyCompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_comparison)
        return {};
    const auto stages = static_cast<int>(m_comparison->stages.size());
    const bool isStage = index.row() < stages;
    const StageChange* s =
        isStage ? &m_comparison->stages[static_cast<std::size_t>(index.row())] : nullptr;
    const TouchpointChange* t =
        isStage ? nullptr
                : &m_comparison->touchpoints[static_cast<std::size_t>(index.row() - stages)];
    const ChangeKind kind = s ? s->kind : t->kind;
    if (role == Qt::ForegroundRole) {
        if (index.column() == Change)
            return kind == ChangeKind::Added     ? QColor(0x15, 0x80, 0x3d)
                   : kind == ChangeKind::Removed ? QColor(0xb9, 0x1c, 0x1c)
                                                 : QColor(0x1d, 0x4e, 0xd8);
        if (index.column() == Delta && t && t->emotionDelta() != 0)
            return t->emotionDelta() > 0 ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= EmotionBefore)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    auto signedInt = [](int v) {
        return v > 0 ? QStringLiteral("+%1").arg(v)
                     : v < 0 ? QStringLiteral("−%1").arg(-v) : QStringLiteral("0");
    };
    switch (index.column()) {
    case What:
        return s ? tr("Stage") : tr("Touchpoint");
    case Change:
        return changeText(kind);
    case Name:
        return QString::fromStdString(s ? s->name : t->name);
    case StageBefore:
        return t ? QString::fromStdString(t->stageBefore) : QString();
    case StageAfter:
        return t ? QString::fromStdString(t->stageAfter) : QString();
    case Fields:
        return fieldsText(s ? s->fields : t->fields);
    case EmotionBefore:
        return t && t->emotionBefore ? signedInt(*t->emotionBefore) : QString();
    case EmotionAfter:
        return t && t->emotionAfter ? signedInt(*t->emotionAfter) : QString();
    case Delta:
        return t && t->emotionBefore && t->emotionAfter ? signedInt(t->emotionDelta()) : QString();
    }
    return {};
}

QVariant JourneyCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("What");
    case Change:
        return tr("Change");
    case Name:
        return tr("Name");
    case StageBefore:
        return tr("Stage before");
    case StageAfter:
        return tr("Stage after");
    case Fields:
        return tr("Changed");
    case EmotionBefore:
        return tr("Emotion before");
    case EmotionAfter:
        return tr("Emotion after");
    case Delta:
        return tr("Δ emotion");
    }
    return {};
}

} // namespace vd::gui
