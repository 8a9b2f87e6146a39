#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <vector>

class QChartView;

namespace vd::gui {

// Groups side by side on two shares: of the customers and of the value (CLV, margin or
// revenue). For the pyramid and the tiers this is the picture that matters — 1 % of the
// customers bringing a third of the value — so each bar is labelled with its share and each
// group with its customer count. Drawn as horizontal bars, top group first (a pyramid read
// from the top).
class SegmentShareChart : public QWidget
{
    Q_OBJECT
public:
    struct Group
    {
        QString name;
        std::int64_t customers = 0;
        double customerShare = 0.0; // 0..1
        double valueShare = 0.0;    // 0..1
        QColor color;
    };

    explicit SegmentShareChart(QWidget* parent = nullptr);

    // valueName names the value share ("CLV share", "Revenue share").
    void setGroups(const std::vector<Group>& groups, const QString& title,
                   const QString& valueName);
    void setPlaceholder(const QString& text);
    QChartView* view() const { return m_view; }
    QStringList categories() const { return m_categories; }

private:
    QChartView* m_view;
    QStringList m_categories;
};

} // namespace vd::gui
