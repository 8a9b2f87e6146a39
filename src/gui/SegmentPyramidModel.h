#pragma once

#include "valuedesk/segment/Tiers.h"

#include <QAbstractTableModel>
#include <optional>

namespace vd::gui {

// The customer pyramid (Zeithaml, Rust & Lemon 2001) as a table: platinum, gold, iron and
// lead with their customers, share of the ranked customers, value (CLV, margin or revenue),
// value share and the value range of each level.
class SegmentPyramidModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Level,
        Customers,
        CustomerShare,
        Value,
        ValueShare,
        MinValue,
        MaxValue,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SegmentPyramidModel(QObject* parent = nullptr);

    void setResult(std::optional<segment::PyramidResult> result);
    const std::optional<segment::PyramidResult>& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString levelName(int level);
    // The colour of a level (platinum grey-blue, gold, iron, lead).
    static QColor levelColor(int level);

private:
    std::optional<segment::PyramidResult> m_result;
};

} // namespace vd::gui
