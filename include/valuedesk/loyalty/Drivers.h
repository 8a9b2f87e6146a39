#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/loyalty/Metrics.h"

#include <Eigen/Dense>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

// Key-driver analysis: which attribute ratings move the 0-10 recommend score, and where
// to act (importance-performance). Correlated attributes make raw regression weights
// unstable, so beside OLS we report Johnson's (2000) relative weights, which split R^2 into
// non-negative shares that add up to it. docs/methods.md, "Key drivers", has the formulas.
namespace vd::loyalty {

// Johnson, J. W. (2000). A heuristic method for estimating the relative weight of predictor
// variables in multiple regression. Multivariate Behavioral Research 35(1), 1-19.
// With Rxx = V diag(l) V' the predictor correlation matrix and rxy the predictor-criterion
// correlations: Lambda = V diag(sqrt l) V', beta = Lambda^-1 rxy, weight_j =
// sum_k Lambda_jk^2 beta_k^2; sum_j weight_j = R^2.
struct RelativeWeights
{
    std::vector<double> weights; // raw weights, sum = rSquared
    double rSquared = 0.0;
};
// Throws vd::AnalysisError when Rxx is not positive definite (a constant or perfectly
// collinear attribute) and vd::InputError when the sizes disagree.
RelativeWeights johnsonRelativeWeights(const Eigen::MatrixXd& rxx, const Eigen::VectorXd& rxy);

struct DriverQuery
{
    MetricsFilter filter;
    // Attribute codes to use; empty = every attribute with performance ratings.
    std::vector<std::string> attributes;
    double confidence = kDefaultConfidence;
};

struct Driver
{
    std::int64_t attributeId = 0;
    std::string code;
    std::string name;
    std::string nameZh;
    double meanPerformance = 0.0; // over the analysed responses
    double correlation = 0.0;     // Pearson r with the recommend score
    double b = 0.0;               // OLS coefficient (score points per rating point)
    double standardError = 0.0;
    double t = 0.0;
    double pValue = 1.0;
    double beta = 0.0;           // standardised coefficient
    double relativeWeight = 0.0; // Johnson's raw weight (share of variance explained)
    double relativeShare = 0.0;  // relativeWeight / R^2, in percent
};

struct DriverResult
{
    std::int64_t n = 0;        // responses with a recommend score and every attribute rated
    std::int64_t excluded = 0; // responses with a score but at least one rating missing
    double intercept = 0.0;
    double rSquared = 0.0;
    double adjustedRSquared = 0.0;
    std::vector<Driver> drivers; // ordered by relative weight, largest first
};

// OLS of nps on the performance ratings (listwise complete responses, one streaming pass)
// and Johnson's relative weights. Throws vd::AnalysisError with a clear reason when there
// are fewer than p + 2 complete responses or an attribute has no variance.
DriverResult keyDrivers(Database& db, const DriverQuery& query, ProgressCallback progress = {});

enum class IpaQuadrant { ConcentrateHere, KeepUpTheGoodWork, LowPriority, PossibleOverkill };
const char* ipaQuadrantName(IpaQuadrant q); // "concentrate_here", "keep_up", ...

// One attribute of the importance-performance matrix (Martilla & James 1977) with the
// value gap of the seeds (experience - expectation).
struct IpaAttribute
{
    std::int64_t attributeId = 0;
    std::string code;
    std::string name;
    std::string nameZh;
    std::string layer; // value-pyramid layer, "" when unset
    std::int64_t performanceN = 0;
    double performance = 0.0;                // mean 1-7
    std::optional<double> statedImportance;  // mean 1-7 of stated importance
    std::optional<double> expectation;       // mean 1-7
    std::optional<double> gap;               // mean (performance - expectation), paired
    std::optional<double> derivedImportance; // relative share of R^2 (percent), if analysed
    double importance = 0.0;                 // what the quadrant uses
    IpaQuadrant quadrant = IpaQuadrant::LowPriority;
};

struct IpaResult
{
    bool derived = false; // importance axis: stated (false) or derived relative weights (true)
    double importanceCut = 0.0;  // crosshair: mean of the attribute importances
    double performanceCut = 0.0; // mean of the attribute performances
    std::vector<IpaAttribute> attributes;
};

// Importance-performance matrix of the rated attributes. Stated importance is used when every
// attribute has it; otherwise the derived importance of `drivers` (attributes missing from it
// are left out). Crosshairs at the means of the attribute means (data-centred IPA).
IpaResult importancePerformance(Database& db, const MetricsFilter& filter,
                                const DriverResult* drivers = nullptr);

} // namespace vd::loyalty
