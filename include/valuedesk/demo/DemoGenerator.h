#pragma once

#include "valuedesk/Date.h"
#include "valuedesk/Progress.h"

#include <cstdint>

namespace vd {

class Database;

// What generateDemo() builds. The defaults give the trainer's demo: 10,000 customers of a
// coffee-shop chain over three years up to 2026-06-30, every part of the workspace filled.
// The same options (seed included) always give the same rows on the same build.
struct DemoOptions
{
    std::int64_t customers = 10000;
    std::uint64_t seed = 42;
    // No row is later than this instant (UTC Unix seconds).
    std::int64_t endDate = date::toEpoch(2026, 6, 30, 23, 59, 59);
    // Length of the observation window ending at endDate; customers join inside it.
    int years = 3;

    bool interactions = true; // the contact timeline
    bool surveys = true;      // responses, attribute ratings and feedback cases
    bool loyalty = true;      // points earned and redeemed (tiers are always created)
    bool journeyMap = true;   // the coffee-shop journey map with its persona
    bool kano = true;         // the airline Kano study
    // Saved segments to compare: "Lower income" / "Upper income" (rule segments on the income
    // band), the RFM segments (kDemoRfmSegment) and the revenue customer pyramid
    // (kDemoPyramidSegment), made by the segment module from the generated rows.
    bool segments = true;
    // A CLV run as the CLV page stores it with its defaults (BG/NBD and Gamma-Gamma in weeks,
    // calibration to endDate, 52 weeks ahead, 10 % discount): the dashboard's average CLV, the
    // CLV tiers and the churn list have data from the start.
    bool clv = true;
    int kanoRespondents = 300;
    // Satisfaction drops for one quarter (a broken app release) so that alerts have
    // something to find.
    bool npsDip = true;
    // Drop the secondary indexes and full-text triggers of the bulk tables while
    // inserting and rebuild them at the end: several times faster for large workspaces,
    // same final database.
    bool bulkLoad = true;
    // Simulate customers on a second thread while the calling thread writes them; the rows
    // are identical either way. The connection is only ever used by the calling thread.
    bool backgroundThread = true;
};

// Rows written per table and the wall time, so callers (CLI, GUI, benchmark) can report
// what the generator did without counting again.
struct DemoSummary
{
    std::int64_t customers = 0;
    std::int64_t transactions = 0; // orders and returns
    std::int64_t returns = 0;      // of which is_return = 1
    std::int64_t loyaltyPoints = 0;
    std::int64_t interactions = 0;
    std::int64_t surveys = 0;
    std::int64_t responses = 0;
    std::int64_t attributes = 0;
    std::int64_t attributeRatings = 0;
    std::int64_t feedbackCases = 0;
    std::int64_t kanoFeatures = 0;
    std::int64_t kanoRespondents = 0;
    std::int64_t kanoAnswers = 0;
    std::int64_t journeyStages = 0;
    std::int64_t journeyTouchpoints = 0;
    std::int64_t journeyOpportunities = 0;
    std::int64_t loyaltyTiers = 0;
    std::int64_t segments = 0;       // saved segments
    std::int64_t segmentMembers = 0; // their members over all segments
    std::int64_t clvRun = 0;         // id of the stored CLV run, 0 without
    std::int64_t clvPredictions = 0; // its per-customer predictions
    double seconds = 0.0;

    // Every row written, over all tables.
    std::int64_t rows() const;
};

// Name of the demo Kano study and of the demo journey map, for views that open them.
inline constexpr const char* kDemoKanoStudy = "Airline cabin (demo)";
inline constexpr const char* kDemoJourneyMap = "Coffee shop visit (demo)";
// Names of the saved segments of the demo (besides "Lower income" and "Upper income").
inline constexpr const char* kDemoRfmSegment = "RFM segments (demo)";
inline constexpr const char* kDemoPyramidSegment = "Customer pyramid by revenue (demo)";

// Fills an empty workspace with the demo company: customers with the four segmentation
// bases, orders from a BG/NBD-like buy-till-you-die process with Gamma-Gamma spend and
// seasonality, returns, loyalty points and tiers, the contact timeline, survey responses at
// the journey touchpoints with attribute ratings, detractor feedback cases, the coffee-shop
// journey map with its persona, the airline Kano study and saved segments to compare (income
// bands, RFM, the customer pyramid). docs/demo.md describes the model.
//
// Everything happens in one transaction: on any error, or when `progress` asks to cancel
// (vd::CancelledError), the workspace is left exactly as it was. Throws vd::Error when the
// options are invalid or the workspace already holds customers or demo reference data.
DemoSummary generateDemo(Database& db, const DemoOptions& options = {},
                         ProgressCallback progress = {});

} // namespace vd
