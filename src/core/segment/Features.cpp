#include "valuedesk/segment/Features.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/Activity.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <set>

namespace vd::segment {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum class Transform { None, Log1p, SignedLog };

enum class Source {
    Recency,
    Frequency,
    Monetary,
    AvgOrder,
    Margin,
    Tenure,
    Clv,
    PAlive,
    NpsLatest,
    NpsMean,
    Age
};

struct FeatureDef
{
    FeatureInfo info;
    Source source;
    Transform transform;
};

const std::vector<FeatureDef>& definitions()
{
    static const std::vector<FeatureDef> defs = {
        {{"recency_days", "Recency", "days",
          "days from the last purchase to the reference date; missing without a purchase"},
         Source::Recency,
         Transform::None},
        {{"log_recency", "log(1 + recency)", "days", "ln(1 + recency_days)"},
         Source::Recency,
         Transform::Log1p},
        {{"frequency", "Frequency", "purchases", "purchases up to the reference date (0 if none)"},
         Source::Frequency,
         Transform::None},
        {{"log_frequency", "log(1 + frequency)", "purchases", "ln(1 + frequency)"},
         Source::Frequency,
         Transform::Log1p},
        {{"monetary", "Monetary", "currency",
          "net revenue up to the reference date (purchases minus returns; 0 if none)"},
         Source::Monetary,
         Transform::None},
        {{"log_monetary", "log(1 + monetary)", "currency", "sign(m) ln(1 + |m|) of monetary"},
         Source::Monetary,
         Transform::SignedLog},
        {{"avg_order_value", "Average order value", "currency",
          "monetary / frequency; missing without a purchase"},
         Source::AvgOrder,
         Transform::None},
        {{"margin", "Margin", "currency",
          "net margin of the transactions with a cost; missing when none has a cost"},
         Source::Margin,
         Transform::None},
        {{"tenure_days", "Tenure", "days",
          "days from created_at to the reference date (0 if created later)"},
         Source::Tenure,
         Transform::None},
        {{"clv", "CLV", "currency", "CLV of the newest CLV run; missing without a prediction"},
         Source::Clv,
         Transform::None},
        {{"log_clv", "log(1 + CLV)", "currency", "sign(c) ln(1 + |c|) of clv"},
         Source::Clv,
         Transform::SignedLog},
        {{"p_alive", "P(alive)", "probability",
          "P(alive) of the newest CLV run; missing without a prediction"},
         Source::PAlive,
         Transform::None},
        {{"nps_latest", "NPS answer (latest)", "0-10",
          "the customer's latest 0-10 recommend answer up to the reference date"},
         Source::NpsLatest,
         Transform::None},
        {{"nps_mean", "NPS answer (mean)", "0-10",
          "mean of the customer's 0-10 recommend answers up to the reference date"},
         Source::NpsMean,
         Transform::None},
        {{"age", "Age", "years", "year of the reference date - birth_year; missing without one"},
         Source::Age,
         Transform::None},
    };
    return defs;
}

const FeatureDef& definition(const std::string& name)
{
    for (const auto& d : definitions())
        if (d.info.name == name)
            return d;
    std::string known;
    for (const auto& d : definitions())
        known += (known.empty() ? "" : ", ") + d.info.name;
    throw InputError("unknown feature \"" + name + "\" (known: " + known + ")");
}

double applyTransform(Transform t, double x)
{
    switch (t) {
    case Transform::None:
        return x;
    case Transform::Log1p:
        return std::log1p(std::max(0.0, x));
    case Transform::SignedLog:
        return x < 0 ? -std::log1p(-x) : std::log1p(x);
    }
    return x;
}

} // namespace

const std::vector<FeatureInfo>& featureCatalogue()
{
    static const std::vector<FeatureInfo> list = [] {
        std::vector<FeatureInfo> v;
        for (const auto& d : definitions())
            v.push_back(d.info);
        return v;
    }();
    return list;
}

const FeatureInfo* findFeature(const std::string& name)
{
    for (const auto& f : featureCatalogue())
        if (f.name == name)
            return &f;
    return nullptr;
}

std::vector<std::string> parseFeatureList(const std::string& text)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        std::string name = text.substr(start, end - start);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        if (!name.empty()) {
            definition(name); // throws for unknown names
            if (!seen.insert(name).second)
                throw InputError("feature \"" + name + "\" is listed twice");
            out.push_back(name);
        }
        start = end + 1;
    }
    if (out.empty())
        throw InputError("choose at least one feature");
    return out;
}

FeatureMatrix buildFeatureMatrix(std::vector<std::int64_t> customerIds,
                                 const std::vector<std::string>& names,
                                 const std::vector<std::vector<double>>& columns,
                                 MissingPolicy policy)
{
    if (names.empty())
        throw InputError("choose at least one feature");
    if (columns.size() != names.size())
        throw InputError("one column per feature is needed");
    const std::size_t n = customerIds.size();
    std::vector<const FeatureDef*> defs;
    for (const auto& name : names)
        defs.push_back(&definition(name));
    for (const auto& c : columns)
        if (c.size() != n)
            throw InputError("every feature column needs one value per customer");
    const std::size_t d = names.size();

    FeatureMatrix fm;
    fm.names = names;
    fm.policy = policy;
    fm.missing.assign(d, 0);
    std::vector<std::size_t> keep;
    keep.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        bool complete = true;
        for (std::size_t j = 0; j < d; ++j) {
            const double v = columns[j][i];
            if (std::isnan(v)) {
                ++fm.missing[j];
                complete = false;
            } else if (!std::isfinite(v)) {
                throw InputError("feature \"" + names[j] + "\" of customer " +
                                 std::to_string(customerIds[i]) + " is infinite");
            }
        }
        if (complete || policy == MissingPolicy::Mean)
            keep.push_back(i);
    }
    fm.dropped = static_cast<std::int64_t>(n - keep.size());
    if (keep.empty())
        throw AnalysisError("no customer has all the chosen features");
    const auto m = static_cast<Eigen::Index>(keep.size());
    fm.customerIds.reserve(keep.size());
    for (std::size_t i : keep)
        fm.customerIds.push_back(customerIds[i]);
    fm.original.resize(m, static_cast<Eigen::Index>(d));
    fm.transformed.resize(m, static_cast<Eigen::Index>(d));
    fm.standardised.resize(m, static_cast<Eigen::Index>(d));
    fm.mean.resize(static_cast<Eigen::Index>(d));
    fm.sd.resize(static_cast<Eigen::Index>(d));
    fm.constant.assign(d, false);
    for (std::size_t j = 0; j < d; ++j) {
        const auto jj = static_cast<Eigen::Index>(j);
        // Mean of the observed transformed values: the imputation value and the centre.
        double sum = 0.0;
        std::int64_t observed = 0;
        for (Eigen::Index r = 0; r < m; ++r) {
            const double v = columns[j][keep[static_cast<std::size_t>(r)]];
            fm.original(r, jj) = v;
            if (!std::isnan(v)) {
                fm.transformed(r, jj) = applyTransform(defs[j]->transform, v);
                sum += fm.transformed(r, jj);
                ++observed;
            }
        }
        if (observed == 0)
            throw AnalysisError("no customer has a value for feature \"" + names[j] + "\"");
        const double imputed = sum / static_cast<double>(observed);
        for (Eigen::Index r = 0; r < m; ++r)
            if (std::isnan(fm.original(r, jj)))
                fm.transformed(r, jj) = imputed;
        const double mean = fm.transformed.col(jj).mean();
        const double var =
            (fm.transformed.col(jj).array() - mean).square().sum() / static_cast<double>(m);
        const double sd = std::sqrt(var);
        fm.mean(jj) = mean;
        fm.sd(jj) = sd;
        // Relative test: a column whose spread is rounding noise is constant.
        if (!(sd > 1e-12 * std::max(1.0, std::fabs(mean)))) {
            fm.constant[j] = true;
            fm.sd(jj) = 0.0;
            fm.standardised.col(jj).setZero();
        } else {
            fm.standardised.col(jj) = (fm.transformed.col(jj).array() - mean) / sd;
        }
    }
    return fm;
}

FeatureMatrix loadFeatures(Database& db, const FeatureOptions& options,
                           const ProgressCallback& progress)
{
    if (options.features.empty())
        throw InputError("choose at least one feature");
    std::vector<const FeatureDef*> defs;
    std::set<Source> sources;
    for (const auto& name : options.features) {
        defs.push_back(&definition(name));
        sources.insert(defs.back()->source);
    }
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "reading customers");

    std::optional<std::int64_t> day = options.referenceDay;
    if (!day)
        day = latestTransactionDay(db);
    if (!day)
        day = date::epochDay(std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count());
    const int refYear = date::civilFromDays(*day).year;

    std::vector<std::int64_t> ids;
    std::vector<double> birthYear, created;
    {
        Statement st = db.prepare("SELECT id, birth_year, created_at FROM customers ORDER BY id");
        while (st.step()) {
            ids.push_back(st.getInt(0));
            birthYear.push_back(st.isNull(1) ? kNaN : static_cast<double>(st.getInt(1)));
            created.push_back(static_cast<double>(st.getInt(2)));
        }
    }
    if (ids.empty())
        throw AnalysisError("the workspace has no customers to cluster");
    const std::size_t n = ids.size();
    auto indexOf = [&ids](std::int64_t id) -> std::ptrdiff_t {
        auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? it - ids.begin() : -1;
    };

    std::vector<double> recency(n, kNaN), frequency(n, 0.0), monetary(n, 0.0), aov(n, kNaN),
        margin(n, kNaN), clv(n, kNaN), pAlive(n, kNaN), npsLatest(n, kNaN), npsMean(n, kNaN);
    const bool needActivity = sources.count(Source::Recency) || sources.count(Source::Frequency) ||
                              sources.count(Source::Monetary) || sources.count(Source::AvgOrder) ||
                              sources.count(Source::Margin);
    if (needActivity) {
        ProgressCallback scan;
        if (progress)
            scan = [&progress](double f, std::string_view s) { return progress(0.1 + 0.6 * f, s); };
        ActivityTable activity = loadActivity(db, day, scan, options.threads);
        if (sources.count(Source::Margin) && activity.rowsWithCost == 0)
            throw AnalysisError("no transaction has a cost, so there is no margin to cluster on");
        for (const auto& a : activity.customers) {
            auto i = indexOf(a.customerId);
            if (i < 0)
                continue;
            auto ui = static_cast<std::size_t>(i);
            frequency[ui] = static_cast<double>(a.purchases);
            monetary[ui] = a.revenue;
            if (a.purchases > 0) {
                recency[ui] = static_cast<double>(*day - date::epochDay(a.lastPurchase));
                aov[ui] = a.revenue / static_cast<double>(a.purchases);
            }
            if (a.costRows > 0)
                margin[ui] = a.margin;
        }
    }
    reporter.stage(0.7, "reading predictions");
    if (sources.count(Source::Clv) || sources.count(Source::PAlive)) {
        Statement st = db.prepare("SELECT customer_id, clv, p_alive FROM current_predictions");
        std::int64_t rows = 0;
        while (st.step()) {
            ++rows;
            auto i = indexOf(st.getInt(0));
            if (i < 0)
                continue;
            auto ui = static_cast<std::size_t>(i);
            if (!st.isNull(1))
                clv[ui] = st.getDouble(1);
            if (!st.isNull(2))
                pAlive[ui] = st.getDouble(2);
        }
        if (rows == 0)
            throw AnalysisError("CLV and P(alive) come from a CLV run, and this workspace has "
                                "none yet: fit a CLV model first");
    }
    reporter.stage(0.8, "reading NPS answers");
    if (sources.count(Source::NpsLatest) || sources.count(Source::NpsMean)) {
        auto answers = loadNpsAnswers(db, day);
        if (answers.empty())
            throw AnalysisError("no customer answered the recommend (NPS) question up to " +
                                date::formatDate(*day * date::kSecondsPerDay));
        for (const auto& a : answers) {
            auto i = indexOf(a.customerId);
            if (i < 0)
                continue;
            npsLatest[static_cast<std::size_t>(i)] = a.latest;
            npsMean[static_cast<std::size_t>(i)] = a.mean;
        }
    }
    reporter.stage(0.9, "standardising");
    std::vector<std::vector<double>> columns;
    for (const auto* d : defs) {
        std::vector<double> col(n);
        for (std::size_t i = 0; i < n; ++i) {
            switch (d->source) {
            case Source::Recency:
                col[i] = recency[i];
                break;
            case Source::Frequency:
                col[i] = frequency[i];
                break;
            case Source::Monetary:
                col[i] = monetary[i];
                break;
            case Source::AvgOrder:
                col[i] = aov[i];
                break;
            case Source::Margin:
                col[i] = margin[i];
                break;
            case Source::Tenure: {
                const double days = static_cast<double>(
                    *day - date::epochDay(static_cast<std::int64_t>(created[i])));
                col[i] = std::max(0.0, days);
                break;
            }
            case Source::Clv:
                col[i] = clv[i];
                break;
            case Source::PAlive:
                col[i] = pAlive[i];
                break;
            case Source::NpsLatest:
                col[i] = npsLatest[i];
                break;
            case Source::NpsMean:
                col[i] = npsMean[i];
                break;
            case Source::Age:
                col[i] = std::isnan(birthYear[i]) ? kNaN : refYear - birthYear[i];
                break;
            }
        }
        columns.push_back(std::move(col));
    }
    FeatureMatrix fm =
        buildFeatureMatrix(std::move(ids), options.features, columns, options.missing);
    fm.referenceDay = *day;
    reporter.stage(1.0, "done");
    return fm;
}

std::vector<ClusterProfile> clusterProfiles(const FeatureMatrix& features,
                                            const KMeansResult& result)
{
    const auto n = features.standardised.rows();
    if (static_cast<std::size_t>(n) != result.labels.size())
        throw InputError("cluster profiles: the clustering does not match the feature matrix");
    const auto d = features.original.cols();
    std::vector<ClusterProfile> out(static_cast<std::size_t>(result.k));
    std::vector<std::vector<double>> sums(static_cast<std::size_t>(result.k),
                                          std::vector<double>(static_cast<std::size_t>(d), 0.0));
    std::vector<std::vector<std::int64_t>> counts(
        static_cast<std::size_t>(result.k),
        std::vector<std::int64_t>(static_cast<std::size_t>(d), 0));
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto c = static_cast<std::size_t>(result.labels[static_cast<std::size_t>(i)]);
        out[c].size += 1;
        for (Eigen::Index j = 0; j < d; ++j) {
            const double v = features.original(i, j);
            if (!std::isnan(v)) {
                sums[c][static_cast<std::size_t>(j)] += v;
                counts[c][static_cast<std::size_t>(j)] += 1;
            }
        }
    }
    for (int c = 0; c < result.k; ++c) {
        auto& p = out[static_cast<std::size_t>(c)];
        p.cluster = c;
        p.share = n > 0 ? static_cast<double>(p.size) / static_cast<double>(n) : 0.0;
        for (Eigen::Index j = 0; j < d; ++j) {
            const auto cnt = counts[static_cast<std::size_t>(c)][static_cast<std::size_t>(j)];
            if (cnt > 0)
                p.meanOriginal.push_back(
                    sums[static_cast<std::size_t>(c)][static_cast<std::size_t>(j)] /
                    static_cast<double>(cnt));
            else
                p.meanOriginal.push_back(std::nullopt);
            p.centroid.push_back(result.centroids(c, j));
        }
    }
    return out;
}

} // namespace vd::segment
