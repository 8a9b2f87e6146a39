#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/segment/KMeans.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::segment {

// A per-customer quantity k-means can cluster on.
struct FeatureInfo
{
    std::string name;        // used on the command line and in saved definitions
    std::string label;       // for tables and axes
    std::string unit;        // of the original quantity ("days", "purchases", ...)
    std::string description; // how it is computed and when it is missing
};

// Every feature loadFeatures() knows, in display order. The log_* features cluster on
// ln(1 + x) (signed, sign(x) ln(1 + |x|), for money that can be negative) to tame the long
// right tails of recency, frequency and spend.
const std::vector<FeatureInfo>& featureCatalogue();
const FeatureInfo* findFeature(const std::string& name);
// Splits "a,b, c" and checks each name; throws vd::InputError naming unknown or repeated
// features (with the list of known ones).
std::vector<std::string> parseFeatureList(const std::string& text);

// What to do with a customer who lacks a chosen feature (no purchase for recency, no CLV run,
// no NPS answer, no birth year): leave the customer out (Drop, the default: clusters describe
// real values), or use the mean of the observed values (Mean: the customer is placed at the
// feature's centre, 0 after standardising).
enum class MissingPolicy { Drop, Mean };

struct FeatureOptions
{
    std::vector<std::string> features = {"log_recency", "log_frequency", "log_monetary"};
    MissingPolicy missing = MissingPolicy::Drop;
    // Epoch day the behaviour is measured at (purchases and answers up to its end; age in
    // its year). nullopt = the day of the newest transaction.
    std::optional<std::int64_t> referenceDay;
    int threads = 0;
};

// The customers x features matrix k-means runs on, in three forms, and how it was made.
// Standardising: z = (x - mean) / sd with the population sd (divide by n), as scikit-learn's
// StandardScaler does; a constant column (sd = 0) carries no information and becomes all 0.
struct FeatureMatrix
{
    std::vector<std::int64_t> customerIds;
    std::vector<std::string> names;
    RowMatrix original;     // original units; NaN where the value was missing and imputed
    RowMatrix transformed;  // after the feature's transform (log) and imputation
    RowMatrix standardised; // what k-means sees
    Eigen::VectorXd mean;   // of each transformed column
    Eigen::VectorXd sd;     // population sd of each transformed column
    std::vector<bool> constant;
    std::vector<std::int64_t> missing; // per feature: customers without a value
    std::int64_t dropped = 0;          // customers left out under MissingPolicy::Drop
    std::int64_t referenceDay = 0;
    MissingPolicy policy = MissingPolicy::Drop;
};

// Builds the matrix from raw columns (one per feature, NaN = missing, original units). Pure;
// used by loadFeatures and by tests. Throws vd::InputError for names that are not in the
// catalogue or columns of the wrong length; vd::AnalysisError when no customer remains.
FeatureMatrix buildFeatureMatrix(std::vector<std::int64_t> customerIds,
                                 const std::vector<std::string>& names,
                                 const std::vector<std::vector<double>>& columns,
                                 MissingPolicy policy);

// Reads the chosen features of every customer in a few whole-table passes (customers,
// transactions, current_predictions, responses; each only when a chosen feature needs it).
// Throws vd::AnalysisError when a feature has no data at all (e.g. CLV before any CLV run).
FeatureMatrix loadFeatures(Database& db, const FeatureOptions& options = {},
                           const ProgressCallback& progress = {});

// Size and feature means of one cluster.
struct ClusterProfile
{
    int cluster = 0;
    std::int64_t size = 0;
    double share = 0.0;
    // Mean of the observed original values per feature; nullopt when no member of the
    // cluster has an observed value (all imputed).
    std::vector<std::optional<double>> meanOriginal;
    std::vector<double> centroid; // in standardised units
};
std::vector<ClusterProfile> clusterProfiles(const FeatureMatrix& features,
                                            const KMeansResult& result);

} // namespace vd::segment
