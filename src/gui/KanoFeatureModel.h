#pragma once

#include "valuedesk/kano/KanoStudy.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QString>
#include <optional>

namespace vd::gui {

// The per-feature grid of the Kano page: respondents, the A/O/M/I/R/Q counts with their
// shares, the dominant category and its runner-up, category and total strength (Lee &
// Newcomb 1997), Fong's (1996) test, Better and Worse (Berger et al. 1993) and the continuous
// scores. It owns a copy of the report, so the views never point into a result that a newer
// analysis replaced. Missing numbers show as an em dash and sort last.
class KanoFeatureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Feature,
        Respondents,
        CountA,
        CountO,
        CountM,
        CountI,
        CountR,
        CountQ,
        Dominant,
        RunnerUp,
        CategoryStrength,
        TotalStrength,
        Fong,
        Better,
        Worse,
        Functional,
        Dysfunctional,
        Importance,
        WeightedFunctional,
        WeightedDysfunctional,
        Quadrant,
        ColumnCount
    };
    // Numbers for sorting and tests (counts, values; the category index for category columns;
    // 1/0 for Fong); NaN when missing.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The share of a count column (0..1), NaN when there are no answers.
    static constexpr int ShareRole = Qt::UserRole + 2;

    explicit KanoFeatureModel(QObject* parent = nullptr);

    void setReport(std::optional<kano::KanoReport> report);
    const std::optional<kano::KanoReport>& report() const { return m_report; }
    const kano::FeatureResult* feature(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Writes every row with raw numbers (counts and shares separately, full precision) as
    // UTF-8 CSV with a byte-order mark; throws vd::Error when the file cannot be written.
    void writeCsv(const QString& path) const;

    static std::optional<kano::Category> countColumnCategory(int column);

private:
    std::optional<kano::KanoReport> m_report;
};

// The Kano vocabulary as the views show it, translated, and one colour per category shared by
// the table, the bars and the scatter plots.
QString kanoCategoryName(kano::Category category);
QString kanoCategoryDescription(kano::Category category);
QColor kanoCategoryColor(kano::Category category);
// The feature's Chinese name under a Chinese UI when it has one, else its name, else its code.
QString kanoFeatureName(const kano::FeatureInfo& feature);
// "All respondents" (translated) or the segment as "name" / "name:label".
QString kanoSegmentName(const kano::SegmentFilter& segment);

} // namespace vd::gui
