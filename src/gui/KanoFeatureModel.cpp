#include "KanoFeatureModel.h"

#include "valuedesk/Error.h"
#include "valuedesk/io/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <cmath>
#include <limits>
#include <sstream>

namespace vd::gui {

using kano::Category;

namespace {

const QString kDash = QStringLiteral("—");
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QVariant number(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(kNaN);
}

QString fixed(const std::optional<double>& v, int decimals = 2)
{
    return v ? QLocale().toString(*v, 'f', decimals) : kDash;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString meanSd(const kano::ScoreSummary& s)
{
    if (!s.mean)
        return kDash;
    if (!s.sd)
        return fixed(s.mean);
    return QStringLiteral("%1 ± %2").arg(fixed(s.mean), fixed(s.sd));
}

QString letterOf(const std::optional<Category>& c)
{
    return c ? QString(QChar::fromLatin1(kano::letter(*c))) : QString();
}

std::string csvNumber(const std::optional<double>& v)
{
    if (!v)
        return {};
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(17);
    out << *v;
    return out.str();
}

} // namespace

QString kanoCategoryName(Category category)
{
    switch (category) {
    case Category::Attractive:
        return QCoreApplication::translate("Kano", "Attractive");
    case Category::OneDimensional:
        return QCoreApplication::translate("Kano", "One-dimensional");
    case Category::MustBe:
        return QCoreApplication::translate("Kano", "Must-be");
    case Category::Indifferent:
        return QCoreApplication::translate("Kano", "Indifferent");
    case Category::Reverse:
        return QCoreApplication::translate("Kano", "Reverse");
    case Category::Questionable:
        return QCoreApplication::translate("Kano", "Questionable");
    }
    return {};
}

QString kanoCategoryDescription(Category category)
{
    switch (category) {
    case Category::Attractive:
        return QCoreApplication::translate(
            "Kano", "Delights when present, not missed when absent (a delight need)");
    case Category::OneDimensional:
        return QCoreApplication::translate(
            "Kano", "The more, the better: satisfies when present, dissatisfies when absent");
    case Category::MustBe:
        return QCoreApplication::translate(
            "Kano", "Taken for granted: its absence dissatisfies, its presence adds little");
    case Category::Indifferent:
        return QCoreApplication::translate("Kano", "Neither its presence nor its absence matters");
    case Category::Reverse:
        return QCoreApplication::translate("Kano", "Respondents prefer not to have it");
    case Category::Questionable:
        return QCoreApplication::translate(
            "Kano", "Contradictory answers (e.g. likes both having and lacking it)");
    }
    return {};
}

QColor kanoCategoryColor(Category category)
{
    // Colour-blind-safe (Okabe & Ito) hues; R and Q in greys as they carry no strategy.
    switch (category) {
    case Category::Attractive:
        return QColor(0x00, 0x9e, 0x73);
    case Category::OneDimensional:
        return QColor(0x00, 0x72, 0xb2);
    case Category::MustBe:
        return QColor(0xd5, 0x5e, 0x00);
    case Category::Indifferent:
        return QColor(0xb8, 0xb8, 0xb8);
    case Category::Reverse:
        return QColor(0xcc, 0x79, 0xa7);
    case Category::Questionable:
        return QColor(0x6b, 0x6b, 0x6b);
    }
    return Qt::black;
}

QString kanoFeatureName(const kano::FeatureInfo& feature)
{
    if (QLocale().language() == QLocale::Chinese && !feature.nameZh.empty())
        return QString::fromStdString(feature.nameZh);
    if (!feature.name.empty())
        return QString::fromStdString(feature.name);
    return QString::fromStdString(feature.code);
}

QString kanoSegmentName(const kano::SegmentFilter& segment)
{
    if (segment.all())
        return QCoreApplication::translate("Kano", "All respondents");
    return QString::fromStdString(segment.displayName());
}

KanoFeatureModel::KanoFeatureModel(QObject* parent) : QAbstractTableModel(parent) {}

void KanoFeatureModel::setReport(std::optional<kano::KanoReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

const kano::FeatureResult* KanoFeatureModel::feature(int row) const
{
    if (!m_report || row < 0 || row >= static_cast<int>(m_report->features.size()))
        return nullptr;
    return &m_report->features[static_cast<std::size_t>(row)];
}

int KanoFeatureModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_report)
        return 0;
    return static_cast<int>(m_report->features.size());
}

int KanoFeatureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Category> KanoFeatureModel::countColumnCategory(int column)
{
    if (column < CountA || column > CountQ)
        return std::nullopt;
    return kano::kCategories[static_cast<std::size_t>(column - CountA)];
}

QVariant KanoFeatureModel::data(const QModelIndex& index, int role) const
{
    const kano::FeatureResult* f = index.isValid() ? feature(index.row()) : nullptr;
    if (!f || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const kano::CategoryStats& s = f->discrete;
    const kano::ContinuousStats& c = f->continuous;
    const int column = index.column();

    if (role == Qt::TextAlignmentRole)
        return column == Feature ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
               : (column == Dominant || column == RunnerUp || column == Fong || column == Quadrant)
                   ? QVariant(Qt::AlignCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);

    if (auto cat = countColumnCategory(column)) {
        if (role == ShareRole)
            return number(s.share(*cat));
        if (role == SortRole)
            return static_cast<double>(s.counts[*cat]);
        if (role == Qt::DisplayRole)
            return s.share(*cat)
                       ? QStringLiteral("%1 (%2)")
                             .arg(QLocale().toString(static_cast<qlonglong>(s.counts[*cat])))
                             .arg(percent(*s.share(*cat)))
                       : QLocale().toString(static_cast<qlonglong>(s.counts[*cat]));
        if (role == Qt::ToolTipRole)
            return kanoCategoryDescription(*cat);
        return {};
    }

    if (role == Qt::BackgroundRole && column == Dominant && s.dominant) {
        QColor col = kanoCategoryColor(*s.dominant);
        col.setAlpha(60);
        return col;
    }
    if (role == Qt::BackgroundRole && column == Quadrant && c.quadrant) {
        QColor col = kanoCategoryColor(*c.quadrant);
        col.setAlpha(60);
        return col;
    }

    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Feature:
            return QStringLiteral("%1 (%2)").arg(QString::fromStdString(f->feature.name),
                                                 QString::fromStdString(f->feature.code));
        case Dominant:
            return s.dominant ? kanoCategoryDescription(*s.dominant) : QVariant();
        case Fong:
            if (!s.fong)
                return {};
            return tr("%1 (%2) vs %3 (%4): |a − b| = %5 %6 %7, the critical value of Fong "
                      "(1996) at the 90 % level")
                .arg(kanoCategoryName(s.fong->first))
                .arg(s.fong->a)
                .arg(kanoCategoryName(s.fong->second))
                .arg(s.fong->b)
                .arg(QLocale().toString(s.fong->difference, 'f', 0))
                .arg(s.fong->significant ? QStringLiteral("≥") : QStringLiteral("<"))
                .arg(QLocale().toString(s.fong->critical, 'f', 2));
        case Quadrant:
            return tr("Quadrant of the mean scores, split at 2 (Berger et al. 1993)");
        default:
            return {};
        }
    }

    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    auto category = [sort](const std::optional<Category>& cat) -> QVariant {
        if (sort)
            return cat ? QVariant(static_cast<double>(kano::indexOf(*cat))) : QVariant(kNaN);
        return cat ? QStringLiteral("%1 %2").arg(letterOf(cat), kanoCategoryName(*cat)) : kDash;
    };
    auto value = [sort](const std::optional<double>& v, int decimals = 2) -> QVariant {
        return sort ? number(v) : QVariant(fixed(v, decimals));
    };
    switch (column) {
    case Feature:
        return kanoFeatureName(f->feature);
    case Respondents:
        return sort ? QVariant(static_cast<double>(s.n))
                    : QVariant(QLocale().toString(static_cast<qlonglong>(s.n)));
    case Dominant:
        return category(s.dominant);
    case RunnerUp:
        return category(s.runnerUp);
    case CategoryStrength:
        return value(s.categoryStrength);
    case TotalStrength:
        return value(s.totalStrength);
    case Fong:
        if (sort)
            return s.fong ? QVariant(s.fong->significant ? 1.0 : 0.0) : QVariant(kNaN);
        return s.fong ? (s.fong->significant ? tr("Significant") : tr("Not significant")) : kDash;
    case Better:
        return value(s.better);
    case Worse:
        return value(s.worse);
    case Functional:
        return sort ? number(c.functional.mean) : QVariant(meanSd(c.functional));
    case Dysfunctional:
        return sort ? number(c.dysfunctional.mean) : QVariant(meanSd(c.dysfunctional));
    case Importance:
        return value(c.meanImportance);
    case WeightedFunctional:
        return value(c.weightedFunctional);
    case WeightedDysfunctional:
        return value(c.weightedDysfunctional);
    case Quadrant:
        return category(c.quadrant);
    default:
        return {};
    }
}

QVariant KanoFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (auto cat = countColumnCategory(section)) {
        if (role == Qt::DisplayRole)
            return QString(QChar::fromLatin1(kano::letter(*cat)));
        if (role == Qt::ToolTipRole)
            return tr("%1: respondents (share of all answers)").arg(kanoCategoryName(*cat));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Respondents:
            return tr("Respondents who answered both questions about the feature");
        case Dominant:
            return tr("Most frequent of A, O, M, I, R; ties resolve M > O > A > I (Berger et "
                      "al. 1993); Q never dominates");
        case RunnerUp:
            return tr("Second most frequent category");
        case CategoryStrength:
            return tr("Share of the top category minus share of the second (Lee & Newcomb "
                      "1997)");
        case TotalStrength:
            return tr("(A + O + M) / n: how many care about the feature at all (Lee & Newcomb "
                      "1997)");
        case Fong:
            return tr("Whether the top two categories differ significantly: |a − b| ≥ 1.65 "
                      "√((a + b)(2n − a − b) / 2n) (Fong 1996)");
        case Better:
            return tr("Satisfaction coefficient (A + O) / (A + O + M + I), 0 to 1 (Berger et "
                      "al. 1993)");
        case Worse:
            return tr("Dissatisfaction coefficient −(O + M) / (A + O + M + I), −1 to 0 (Berger "
                      "et al. 1993)");
        case Functional:
            return tr("Mean ± standard deviation of the functional score: like 4, must-be 2, "
                      "neutral 0, live-with −1, dislike −2");
        case Dysfunctional:
            return tr("Mean ± standard deviation of the dysfunctional score: like −2, must-be "
                      "−1, neutral 0, live-with 2, dislike 4");
        case Importance:
            return tr("Mean self-stated importance of the answers that gave one");
        case WeightedFunctional:
            return tr("Functional score weighted by self-stated importance");
        case WeightedDysfunctional:
            return tr("Dysfunctional score weighted by self-stated importance");
        case Quadrant:
            return tr("Category from the mean scores, split at 2 (Berger et al. 1993)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Feature:
        return tr("Feature");
    case Respondents:
        return tr("n");
    case Dominant:
        return tr("Category");
    case RunnerUp:
        return tr("Runner-up");
    case CategoryStrength:
        return tr("Strength");
    case TotalStrength:
        return tr("Total");
    case Fong:
        return tr("Fong test");
    case Better:
        return tr("Better");
    case Worse:
        return tr("Worse");
    case Functional:
        return tr("Functional");
    case Dysfunctional:
        return tr("Dysfunctional");
    case Importance:
        return tr("Importance");
    case WeightedFunctional:
        return tr("Weighted functional");
    case WeightedDysfunctional:
        return tr("Weighted dysfunctional");
    case Quadrant:
        return tr("Continuous category");
    default:
        return {};
    }
}

void KanoFeatureModel::writeCsv(const QString& path) const
{
    std::ostringstream out;
    io::CsvWriter csv(out);
    csv.writeBom();
    const char* header[] = {"feature",
                            "name",
                            "name_zh",
                            "n",
                            "A",
                            "O",
                            "M",
                            "I",
                            "R",
                            "Q",
                            "share_A",
                            "share_O",
                            "share_M",
                            "share_I",
                            "share_R",
                            "share_Q",
                            "category",
                            "runner_up",
                            "category_strength",
                            "total_strength",
                            "fong_difference",
                            "fong_critical",
                            "fong_significant",
                            "better",
                            "worse",
                            "functional_mean",
                            "functional_sd",
                            "dysfunctional_mean",
                            "dysfunctional_sd",
                            "weighted_n",
                            "mean_importance",
                            "weighted_functional",
                            "weighted_dysfunctional",
                            "continuous_category"};
    for (const char* h : header)
        csv.field(h);
    csv.endRow();
    if (m_report) {
        for (const kano::FeatureResult& f : m_report->features) {
            const kano::CategoryStats& s = f.discrete;
            const kano::ContinuousStats& c = f.continuous;
            auto letter = [&csv](const std::optional<Category>& cat) {
                csv.field(cat ? std::string(1, kano::letter(*cat)) : std::string());
            };
            csv.field(f.feature.code);
            csv.field(f.feature.name);
            csv.field(f.feature.nameZh);
            csv.field(std::to_string(s.n));
            for (Category cat : kano::kCategories)
                csv.field(std::to_string(s.counts[cat]));
            for (Category cat : kano::kCategories)
                csv.field(csvNumber(s.share(cat)));
            letter(s.dominant);
            letter(s.runnerUp);
            csv.field(csvNumber(s.categoryStrength));
            csv.field(csvNumber(s.totalStrength));
            csv.field(s.fong ? csvNumber(s.fong->difference) : std::string());
            csv.field(s.fong ? csvNumber(s.fong->critical) : std::string());
            csv.field(s.fong ? (s.fong->significant ? "yes" : "no") : "");
            csv.field(csvNumber(s.better));
            csv.field(csvNumber(s.worse));
            csv.field(csvNumber(c.functional.mean));
            csv.field(csvNumber(c.functional.sd));
            csv.field(csvNumber(c.dysfunctional.mean));
            csv.field(csvNumber(c.dysfunctional.sd));
            csv.field(std::to_string(c.weighted));
            csv.field(csvNumber(c.meanImportance));
            csv.field(csvNumber(c.weightedFunctional));
            csv.field(csvNumber(c.weightedDysfunctional));
            letter(c.quadrant);
            csv.endRow();
        }
    }
    QFile file(path);
    const std::string bytes = out.str();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()))
        throw Error("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
}

} // namespace vd::gui
