#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/loyalty/Scores.h"
#include "valuedesk/value/Population.h"
#include "valuedesk/value/ValueTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Customer-value analysis of attribute ratings: per attribute importance, performance,
// expectation and value gap; per pyramid layer an importance-weighted score; the perceived
// value and Kotler delivered-value balances; the importance-performance grid (Martilla &
// James 1977). Everything is aggregated in SQL in a few grouped queries, so it stays fast at
// 10^6 customers. Formulas and references: docs/methods.md, "Customer value".
namespace vd::value {

// Where the importance-performance crosshairs sit. Martilla & James leave the position to
// judgment; the mean of the attribute means is the common default.
enum class CrossHair { DataMeans, ScaleMidpoint };

// Martilla & James (1977) action grid. Importance on the vertical axis, performance on the
// horizontal; a point on a crosshair counts as high.
enum class Quadrant { ConcentrateHere, KeepUpTheGoodWork, LowPriority, PossibleOverkill };
std::string_view code(Quadrant quadrant);        // "concentrate_here", ...
std::string_view displayName(Quadrant quadrant); // "Concentrate here", ...
Quadrant classify(double importance, double performance, double importanceSplit,
                  double performanceSplit);

// Which ratings enter: a population and, optionally, one touchpoint and a period of
// responses.ts (from inclusive, to exclusive; UTC Unix seconds).
struct ValueFilter
{
    Population population;
    std::optional<std::string> touchpoint;
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
};

struct ValueOptions
{
    double confidence = loyalty::kDefaultConfidence;
    CrossHair crossHair = CrossHair::DataMeans;
};

// One attribute's numbers. Every mean is nullopt when nobody rated it: missing, never zero.
struct AttributeResult
{
    Attribute attribute;
    std::int64_t ratings = 0; // rows in attribute_ratings with at least one of the three
    std::optional<loyalty::MeanResult> importance;
    std::optional<loyalty::MeanResult> performance;
    std::optional<loyalty::MeanResult> expectation;
    // Mean of expectation - performance over ratings that have both (a paired difference, so
    // its interval is the paired t interval). Positive = experience falls short.
    std::optional<loyalty::MeanResult> gap;
    // importance.mean * gap.mean: the ranking key of the value-gap analysis.
    std::optional<double> priority;
    int gapRank = 0; // 1 = largest priority; 0 when priority is missing
    std::optional<Quadrant> quadrant;
};

// One pyramid layer. score: mean over responses of each response's importance-weighted
// mean performance of the layer's attributes it rated (both importance and performance
// present), with a Student t interval over responses. gap: the same with expectation -
// performance (ratings with all three present).
struct LayerResult
{
    Layer layer = Layer::Basic;
    int attributes = 0;                       // attributes mapped to the layer
    int ratedAttributes = 0;                  // of which have at least one performance rating
    std::optional<loyalty::MeanResult> score; // 1..7
    std::optional<loyalty::MeanResult> gap;   // -6..6
};

// One part of a value balance: a value component or a Kotler part. score is the
// importance-weighted mean of the attributes' benefit (or sacrifice) scores on 0..100, with
// weights = each attribute's mean importance; contribution = that weighted sum divided by
// the total weight of the whole side, so the contributions of a side add up to its total.
struct BalancePart
{
    std::string code; // "functional", ..., "product", ...
    std::string name; // display name
    bool cost = false;
    int attributes = 0;                 // attributes mapped to this part
    int ratedAttributes = 0;            // of which enter (mean importance and performance present)
    std::int64_t ratings = 0;           // performance ratings of those attributes
    double weight = 0.0;                // sum of the mean importances
    std::optional<double> score;        // 0..100
    std::optional<double> contribution; // 0..100, adds up to benefits or costs
};

// Benefits - sacrifices on the 0..100 scale. A side is missing when none of its attributes
// has ratings; the net value is then missing too.
struct ValueBalance
{
    std::vector<BalancePart> parts; // benefit parts first, in enum order
    std::optional<double> benefits; // total customer value
    std::optional<double> costs;    // total customer cost
    std::optional<double> net;      // benefits - costs
};

struct IpaGrid
{
    CrossHair crossHair = CrossHair::DataMeans;
    std::optional<double> importanceSplit; // missing when no attribute has both means
    std::optional<double> performanceSplit;
    int points = 0;
};

// Everything the value views show for one population.
struct ValueReport
{
    ValueFilter filter;
    double confidence = loyalty::kDefaultConfidence;
    std::int64_t responses = 0;              // responses with at least one rating
    std::int64_t respondents = 0;            // distinct customers among them
    std::vector<AttributeResult> attributes; // loadAttributes() order
    std::vector<LayerResult> layers;         // bottom-up, always three
    ValueBalance perceived;                  // value components
    ValueBalance delivered;                  // Kotler parts
    IpaGrid ipa;
    // Data problems the analysis worked around (e.g. a cost component on an attribute not
    // flagged is_cost: left out of the balances).
    std::vector<std::string> warnings;

    const LayerResult& layer(Layer l) const;
    // Attributes sorted by gap rank (missing last, then by code).
    std::vector<const AttributeResult*> rankedByGap() const;
};

// Throws vd::InputError for a confidence outside (0, 1) or a reversed period, and
// vd::CancelledError when progress asks to stop. An empty workspace gives a report whose
// numbers are all missing.
ValueReport analyzeValue(Database& db, const ValueFilter& filter, const ValueOptions& options = {},
                         const ProgressCallback& progress = {});

// Two populations side by side; each comparison is B - A with Welch's t test. A comparison
// is missing when either side has fewer than two responses.
struct LayerComparison
{
    Layer layer = Layer::Basic;
    std::optional<loyalty::Comparison> score;
    std::optional<loyalty::Comparison> gap;
};
struct AttributeComparison
{
    std::int64_t attributeId = 0;
    std::optional<loyalty::Comparison> performance;
    std::optional<loyalty::Comparison> gap;
};
struct ValueComparison
{
    ValueReport a;
    ValueReport b;
    std::vector<LayerComparison> layers;         // bottom-up
    std::vector<AttributeComparison> attributes; // same order as a.attributes
};
ValueComparison compareValue(Database& db, const ValueFilter& a, const ValueFilter& b,
                             const ValueOptions& options = {},
                             const ProgressCallback& progress = {});

} // namespace vd::value
