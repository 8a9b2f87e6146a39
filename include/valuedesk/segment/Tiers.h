#pragma once

#include "valuedesk/Progress.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::segment {

struct ActivityTable;

// Share of a sorted population above a customer: the tie rule shared by the tiers and the
// pyramid (and by RFM's quintiles): a customer's position is the fraction of customers with a
// strictly larger value, so equal values always land in the same tier.
// positions[i] = (number of values > values[i]) / n.
std::vector<double> fractionAbove(const std::vector<double>& values);

// ---------------------------------------------------------------- value tiers

// The three action groups of the course material (high-value, potential and churn-risk
// customers), read from the newest CLV run. Thresholds are editable; defaults in
// docs/methods.md. Order of the tests: churn risk first, then high value, then potential;
// everyone else is "other".
struct TierOptions
{
    double churnPAlive = 0.5;       // P(alive) below this: churn risk
    double highValueTopShare = 0.2; // top 20 % by CLV (and not at risk): high value
    double potentialTopShare = 0.5; // next, up to the top 50 % by CLV: potential
};

enum class Tier { HighValue = 0, Potential = 1, ChurnRisk = 2, Other = 3 };
// "high_value", "potential", "churn_risk", "other": the labels saved segments use.
const char* tierLabel(Tier t);
// "High value", "Potential", "Churn risk", "Other".
const char* tierTitle(Tier t);

struct TierMember
{
    std::int64_t customerId = 0;
    Tier tier = Tier::Other;
    double clv = 0.0;
    double pAlive = 0.0;
};

struct TierSummary
{
    Tier tier = Tier::Other;
    std::int64_t customers = 0;
    double clv = 0.0;                 // sum
    std::optional<double> clvShare;   // of the total CLV; nullopt when the total is <= 0
    std::optional<double> meanPAlive; // nullopt for an empty tier
};

struct TierResult
{
    TierOptions options;
    std::vector<TierMember> members; // sorted by customer id
    std::array<TierSummary, 4> tiers;
    double totalClv = 0.0;
    // CLV thresholds the shares translated to (the lowest CLV in each top share).
    std::optional<double> highValueClvCut;
    std::optional<double> potentialClvCut;
};

// Pure classification (tests); inputs with NaN CLV or P(alive) are refused.
TierResult classifyTiers(std::vector<TierMember> customers, const TierOptions& options);
// Reads current_predictions; throws vd::AnalysisError without a CLV run, vd::InputError for
// thresholds outside (0, 1] or potential < high value.
TierResult computeTiers(Database& db, const TierOptions& options = {},
                        const ProgressCallback& progress = {});

// ---------------------------------------------------------------- customer pyramid

// The customer pyramid of Zeithaml, Rust & Lemon (2001), "The customer pyramid: creating and
// serving profitable customers", California Management Review 43(4): platinum, gold, iron and
// lead tiers by value. The paper leaves the cut points to the firm; ours default to the top
// 1 %, the next 4 %, the next 15 % and the remaining 80 %, and are editable.
enum class PyramidBasis { Clv, Margin, Revenue };
const char* pyramidBasisName(PyramidBasis b);            // "clv", "margin", "revenue"
PyramidBasis parsePyramidBasis(const std::string& text); // throws vd::InputError

struct PyramidOptions
{
    PyramidBasis basis = PyramidBasis::Clv;
    // Cumulative top shares where platinum, gold and iron end: 0 < c0 < c1 < c2 < 1.
    std::array<double, 3> cuts = {0.01, 0.05, 0.20};
    // Margin and revenue: transactions up to the end of this epoch day (nullopt = all).
    std::optional<std::int64_t> referenceDay;
    int threads = 0;
    // Margin and revenue: activity read before for the same day (activityCovers), used
    // instead of reading the transactions again; not owned. Ignored when it covers another day.
    const ActivityTable* activity = nullptr;
};

// Labels of the four levels, top first: exactly "platinum", "gold", "iron", "lead" (saved
// pyramid segments use them; the value-pyramid page reads them).
inline constexpr std::array<const char*, 4> kPyramidLabels = {"platinum", "gold", "iron", "lead"};

struct PyramidMember
{
    std::int64_t customerId = 0;
    int level = 3; // 0 platinum .. 3 lead
    double value = 0.0;
};

struct PyramidLevel
{
    std::string label;
    std::int64_t customers = 0;
    double value = 0.0;
    std::optional<double> valueShare; // of the total; nullopt when the total is <= 0
    std::optional<double> minValue, maxValue;
};

struct PyramidResult
{
    PyramidOptions options;
    std::vector<PyramidMember> members; // sorted by customer id
    std::array<PyramidLevel, 4> levels;
    double total = 0.0;
    // Customers of the base not ranked: no CLV prediction (basis CLV), or transactions
    // without any cost (basis margin).
    std::int64_t excluded = 0;
};

// Throws vd::InputError for cuts that are not increasing inside (0, 1).
void validatePyramidCuts(const std::array<double, 3>& cuts);
// Pure (tests): a customer is platinum when the fraction of customers with a strictly larger
// value is below cuts[0], gold below cuts[1], iron below cuts[2], lead otherwise.
PyramidResult buildPyramid(std::vector<PyramidMember> customers, const PyramidOptions& options);
// By CLV: every customer with a current prediction. By revenue: every customer (0 without
// transactions). By margin: every customer without transactions (0) or with at least one
// transaction with a cost; vd::AnalysisError when no transaction has a cost.
PyramidResult computePyramid(Database& db, const PyramidOptions& options = {},
                             const ProgressCallback& progress = {});

} // namespace vd::segment
