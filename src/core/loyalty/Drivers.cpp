#include "valuedesk/loyalty/Drivers.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace vd::loyalty {

namespace {

struct AttributeInfo
{
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string nameZh;
    std::string layer;
};

std::vector<AttributeInfo> loadAttributes(Database& db, const std::vector<std::string>& codes)
{
    std::vector<AttributeInfo> out;
    if (codes.empty()) {
        Statement st = db.prepare(
            "SELECT a.id, a.code, a.name, coalesce(a.name_zh, ''), coalesce(a.layer, '')"
            " FROM attributes a WHERE EXISTS (SELECT 1 FROM attribute_ratings ar"
            " WHERE ar.attribute_id = a.id AND ar.performance IS NOT NULL) ORDER BY a.id");
        while (st.step())
            out.push_back(
                {st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4)});
        return out;
    }
    Statement st = db.prepare("SELECT id, code, name, coalesce(name_zh, ''), coalesce(layer, '')"
                              " FROM attributes WHERE code = ?");
    for (const std::string& code : codes) {
        st.reset();
        st.bind(1, code);
        if (!st.step())
            throw InputError("there is no attribute with code \"" + code + "\"");
        AttributeInfo a{st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4)};
        if (std::any_of(out.begin(), out.end(), [&](const auto& x) { return x.id == a.id; }))
            throw InputError("attribute \"" + code + "\" is listed twice");
        out.push_back(std::move(a));
    }
    st.reset();
    return out;
}

// The response filter of MetricsFilter as SQL on alias r (and sm for segments).
std::string responseFilterSql(const MetricsFilter& f)
{
    std::string sql;
    if (f.segment)
        sql += " JOIN segment_members sm ON sm.customer_id = r.customer_id"
               " AND sm.segment_id = :seg AND (:label IS NULL OR sm.label = :label)";
    sql += " WHERE r.ts >= :from AND r.ts < :to AND (:ch IS NULL OR r.channel = :ch)"
           " AND (:tp IS NULL OR r.touchpoint = :tp)";
    return sql;
}

void bindResponseFilter(Database& db, Statement& st, const MetricsFilter& f)
{
    if (f.segmentLabel && !f.segment)
        throw InputError("a segment label filter needs a segment (--segment NAME)");
    st.bind(st.parameterIndex(":from"), f.from.value_or(std::numeric_limits<std::int64_t>::min()));
    st.bind(st.parameterIndex(":to"), f.to.value_or(std::numeric_limits<std::int64_t>::max()));
    st.bind(st.parameterIndex(":ch"), f.channel);
    st.bind(st.parameterIndex(":tp"), f.touchpoint);
    if (f.segment) {
        st.bind(st.parameterIndex(":seg"), segmentIdByName(db, *f.segment));
        st.bind(st.parameterIndex(":label"), f.segmentLabel);
    }
}

IpaQuadrant classify(double importance, double performance, double iCut, double pCut)
{
    const bool highI = importance >= iCut;
    const bool highP = performance >= pCut;
    if (highI)
        return highP ? IpaQuadrant::KeepUpTheGoodWork : IpaQuadrant::ConcentrateHere;
    return highP ? IpaQuadrant::PossibleOverkill : IpaQuadrant::LowPriority;
}

} // namespace

RelativeWeights johnsonRelativeWeights(const Eigen::MatrixXd& rxx, const Eigen::VectorXd& rxy)
{
    const Eigen::Index p = rxx.rows();
    if (p == 0 || rxx.cols() != p || rxy.size() != p)
        throw InputError("relative weights need a square correlation matrix and one validity per "
                         "predictor");
    if (!rxx.allFinite() || !rxy.allFinite())
        throw AnalysisError("relative weights: the correlations are not finite numbers");
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(rxx);
    if (eig.info() != Eigen::Success)
        throw AnalysisError("relative weights: eigen-decomposition did not converge");
    const Eigen::VectorXd lambda = eig.eigenvalues();
    // Condition guard: a (near-)zero eigenvalue means a predictor is a linear combination of
    // the others and its share of R^2 is not identified.
    if (lambda.minCoeff() <= 1e-10 * std::max(1.0, lambda.maxCoeff()))
        throw AnalysisError("relative weights: the attributes are perfectly collinear (the "
                            "correlation matrix is singular); drop one of the redundant "
                            "attributes");
    const Eigen::MatrixXd& v = eig.eigenvectors();
    const Eigen::MatrixXd lam = v * lambda.cwiseSqrt().asDiagonal() * v.transpose();
    const Eigen::VectorXd beta =
        v * lambda.cwiseSqrt().cwiseInverse().asDiagonal() * v.transpose() * rxy;
    RelativeWeights out;
    const Eigen::VectorXd eps = lam.cwiseAbs2() * beta.cwiseAbs2();
    out.weights.assign(eps.data(), eps.data() + p);
    out.rSquared = beta.squaredNorm();
    return out;
}

DriverResult keyDrivers(Database& db, const DriverQuery& query, ProgressCallback progress)
{
    ProgressReporter reporter(std::move(progress));
    const std::vector<AttributeInfo> attrs = loadAttributes(db, query.attributes);
    const auto p = static_cast<Eigen::Index>(attrs.size());
    if (p == 0)
        throw AnalysisError("key drivers need attribute performance ratings; the workspace has "
                            "none");
    std::map<std::int64_t, Eigen::Index> column;
    for (Eigen::Index j = 0; j < p; ++j)
        column[attrs[static_cast<std::size_t>(j)].id] = j;

    // One pass over the ratings in response order (the primary key of attribute_ratings);
    // every complete response updates the running means and the centred cross-product
    // matrix of (x_1..x_p, y) (Welford's update, stable for long streams).
    std::string sql = "SELECT ar.response_id, ar.attribute_id, ar.performance, r.nps"
                      " FROM attribute_ratings ar JOIN responses r ON r.id = ar.response_id" +
                      responseFilterSql(query.filter) +
                      " AND r.nps IS NOT NULL ORDER BY ar.response_id";
    Statement st = db.prepare(sql);
    bindResponseFilter(db, st, query.filter);
    const std::int64_t totalRatings = db.queryInt("SELECT count(*) FROM attribute_ratings");

    const Eigen::Index m = p + 1; // predictors then the score
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(m);
    Eigen::MatrixXd cross = Eigen::MatrixXd::Zero(m, m);
    Eigen::VectorXd row(m);
    std::vector<char> seen(static_cast<std::size_t>(p), 0);
    Eigen::Index seenCount = 0;
    std::int64_t n = 0, excluded = 0, currentResponse = -1, processed = 0;
    double currentScore = 0.0;

    auto finishResponse = [&] {
        if (currentResponse < 0)
            return;
        if (seenCount != p) {
            ++excluded;
            return;
        }
        row(p) = currentScore;
        ++n;
        const Eigen::VectorXd delta = row - mean;
        mean += delta / static_cast<double>(n);
        cross.noalias() +=
            (static_cast<double>(n - 1) / static_cast<double>(n)) * delta * delta.transpose();
    };
    while (st.step()) {
        const std::int64_t responseId = st.getInt(0);
        if (responseId != currentResponse) {
            finishResponse();
            currentResponse = responseId;
            currentScore = static_cast<double>(st.getInt(3));
            std::fill(seen.begin(), seen.end(), 0);
            seenCount = 0;
        }
        if ((++processed & 0xFFFF) == 0)
            reporter.update(processed, std::max(totalRatings, processed), "key drivers");
        auto it = column.find(st.getInt(1));
        if (it == column.end() || st.isNull(2))
            continue;
        const auto j = static_cast<std::size_t>(it->second);
        if (!seen[j]) {
            seen[j] = 1;
            ++seenCount;
        }
        row(it->second) = st.getDouble(2);
    }
    finishResponse();

    DriverResult result;
    result.n = n;
    result.excluded = excluded;
    if (n < p + 2)
        throw AnalysisError("key drivers need at least " + std::to_string(p + 2) +
                            " responses with a recommend score and all " + std::to_string(p) +
                            " attributes rated; found " + std::to_string(n) + " (" +
                            std::to_string(excluded) +
                            " more miss a rating): choose fewer attributes or a wider filter");
    const Eigen::VectorXd sd = cross.diagonal().cwiseSqrt();
    if (sd(p) <= 0.0)
        throw AnalysisError("key drivers: every analysed response gives the same recommend "
                            "score, so nothing can explain it");
    for (Eigen::Index j = 0; j < p; ++j)
        if (sd(j) <= 1e-12 * std::max(1.0, std::fabs(mean(j))))
            throw AnalysisError("key drivers: attribute \"" +
                                attrs[static_cast<std::size_t>(j)].code +
                                "\" has the same rating in every analysed response");
    const Eigen::MatrixXd corr =
        sd.cwiseInverse().asDiagonal() * cross * sd.cwiseInverse().asDiagonal();
    const Eigen::MatrixXd rxx = corr.topLeftCorner(p, p);
    const Eigen::VectorXd rxy = corr.topRightCorner(p, 1);

    RelativeWeights rw = johnsonRelativeWeights(rxx, rxy);

    // OLS from the centred cross-products: b = Sxx^-1 sxy; Var(b) = s^2 Sxx^-1.
    const Eigen::MatrixXd sxx = cross.topLeftCorner(p, p);
    const Eigen::VectorXd sxy = cross.topRightCorner(p, 1);
    Eigen::LDLT<Eigen::MatrixXd> ldlt(sxx);
    const Eigen::VectorXd b = ldlt.solve(sxy);
    const Eigen::MatrixXd sxxInv = ldlt.solve(Eigen::MatrixXd::Identity(p, p));
    const double syy = cross(p, p);
    const double ssr = std::max(0.0, syy - sxy.dot(b)); // residual sum of squares
    const double dfResid = static_cast<double>(n - p - 1);
    result.rSquared = 1.0 - ssr / syy;
    result.adjustedRSquared = 1.0 - (1.0 - result.rSquared) * static_cast<double>(n - 1) / dfResid;
    result.intercept = mean(p) - b.dot(mean.head(p));
    const double s2 = ssr / dfResid;

    for (Eigen::Index j = 0; j < p; ++j) {
        const AttributeInfo& a = attrs[static_cast<std::size_t>(j)];
        Driver d;
        d.attributeId = a.id;
        d.code = a.code;
        d.name = a.name;
        d.nameZh = a.nameZh;
        d.meanPerformance = mean(j);
        d.correlation = rxy(j);
        d.b = b(j);
        d.standardError = std::sqrt(std::max(0.0, s2 * sxxInv(j, j)));
        if (d.standardError > 0.0) {
            d.t = d.b / d.standardError;
            d.pValue = 2.0 * (1.0 - studentTCdf(std::fabs(d.t), dfResid));
        } else {
            d.t = d.b == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), d.b);
            d.pValue = d.b == 0.0 ? 1.0 : 0.0;
        }
        d.beta = d.b * sd(j) / sd(p);
        d.relativeWeight = rw.weights[static_cast<std::size_t>(j)];
        d.relativeShare = rw.rSquared > 0.0 ? 100.0 * d.relativeWeight / rw.rSquared : 0.0;
        result.drivers.push_back(std::move(d));
    }
    std::stable_sort(
        result.drivers.begin(), result.drivers.end(),
        [](const Driver& x, const Driver& y) { return x.relativeWeight > y.relativeWeight; });
    reporter.stage(1.0, "key drivers");
    return result;
}

const char* ipaQuadrantName(IpaQuadrant q)
{
    switch (q) {
    case IpaQuadrant::ConcentrateHere:
        return "concentrate_here";
    case IpaQuadrant::KeepUpTheGoodWork:
        return "keep_up_the_good_work";
    case IpaQuadrant::LowPriority:
        return "low_priority";
    case IpaQuadrant::PossibleOverkill:
        return "possible_overkill";
    }
    return "low_priority";
}

IpaResult importancePerformance(Database& db, const MetricsFilter& filter,
                                const DriverResult* drivers)
{
    std::string sql =
        "SELECT a.id, a.code, a.name, coalesce(a.name_zh, ''), coalesce(a.layer, ''),"
        " count(ar.performance), avg(ar.performance), count(ar.importance), avg(ar.importance),"
        " count(ar.expectation), avg(ar.expectation), avg(ar.performance - ar.expectation)"
        " FROM attribute_ratings ar JOIN attributes a ON a.id = ar.attribute_id"
        " JOIN responses r ON r.id = ar.response_id" +
        responseFilterSql(filter) + " GROUP BY a.id ORDER BY a.id";
    Statement st = db.prepare(sql);
    bindResponseFilter(db, st, filter);
    IpaResult out;
    bool allStated = true;
    while (st.step()) {
        if (st.getInt(5) == 0)
            continue; // no performance rating: not on the matrix
        IpaAttribute a;
        a.attributeId = st.getInt(0);
        a.code = st.getText(1);
        a.name = st.getText(2);
        a.nameZh = st.getText(3);
        a.layer = st.getText(4);
        a.performanceN = st.getInt(5);
        a.performance = st.getDouble(6);
        if (st.getInt(7) > 0)
            a.statedImportance = st.getDouble(8);
        else
            allStated = false;
        if (st.getInt(9) > 0)
            a.expectation = st.getDouble(10);
        a.gap = st.getOptDouble(11);
        if (drivers) {
            for (const Driver& d : drivers->drivers)
                if (d.attributeId == a.attributeId)
                    a.derivedImportance = d.relativeShare;
        }
        out.attributes.push_back(std::move(a));
    }
    out.derived = !allStated && drivers != nullptr;
    if (!allStated && !drivers)
        throw AnalysisError("the importance-performance matrix needs stated importance for every "
                            "attribute, or a key-driver analysis for derived importance");
    if (out.derived)
        std::erase_if(out.attributes, [](const IpaAttribute& a) { return !a.derivedImportance; });
    if (out.attributes.empty())
        return out;
    for (IpaAttribute& a : out.attributes)
        a.importance = out.derived ? *a.derivedImportance : *a.statedImportance;
    double iSum = 0.0, pSum = 0.0;
    for (const IpaAttribute& a : out.attributes) {
        iSum += a.importance;
        pSum += a.performance;
    }
    const double k = static_cast<double>(out.attributes.size());
    out.importanceCut = iSum / k;
    out.performanceCut = pSum / k;
    for (IpaAttribute& a : out.attributes)
        a.quadrant = classify(a.importance, a.performance, out.importanceCut, out.performanceCut);
    return out;
}

} // namespace vd::loyalty
