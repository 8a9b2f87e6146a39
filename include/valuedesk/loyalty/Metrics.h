#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/loyalty/Periods.h"
#include "valuedesk/loyalty/Scores.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

// Loyalty metrics from the workspace: NPS, CSAT and CES of survey responses, and retention,
// repurchase and churn of buyers, by period, channel, touchpoint or saved segment. All
// aggregation happens in one grouped SQL query per call (never a query per customer); the
// statistics come from Scores.h. Denominators: an unanswered item (NULL score) is left out of
// that item's n, so NPS, CSAT and CES of the same rows can have different n.
namespace vd::loyalty {

// What the rows of a metrics table are.
enum class Breakdown {
    Period,     // one row per week / month / quarter (empty periods included)
    Channel,    // responses.channel / transactions.channel; "" when missing
    Touchpoint, // responses.touchpoint; "" when missing
    Segment,    // with MetricsFilter::segment: its member labels; else each saved segment
    Total       // one row
};

// Which rows enter the metrics. Times are half-open [from, to) UTC Unix seconds; an absent
// bound means "from the first / to the last record".
struct MetricsFilter
{
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
    std::optional<std::string> segment;      // saved segment name (its newest snapshot)
    std::optional<std::string> segmentLabel; // only members with this label (needs segment)
    std::optional<std::string> channel;
    std::optional<std::string> touchpoint; // responses only
};

struct MetricsQuery
{
    Breakdown by = Breakdown::Period;
    Grain grain = Grain::Month;
    MetricsFilter filter;
    double confidence = kDefaultConfidence;
};

// Sufficient statistics of the scores of a group of responses; the metrics follow from them.
struct ScoreCounts
{
    std::int64_t responses = 0; // rows, answered or not
    std::int64_t detractors = 0;
    std::int64_t passives = 0;
    std::int64_t promoters = 0;
    std::int64_t csatN = 0;    // answered CSAT items
    std::int64_t csatTop2 = 0; // CSAT 4 or 5
    double csatSum = 0.0;
    double csatSumSq = 0.0;
    std::int64_t cesN = 0;
    std::int64_t cesAgree = 0; // CES 5, 6 or 7
    double cesSum = 0.0;
    double cesSumSq = 0.0;

    std::int64_t npsN() const { return detractors + passives + promoters; }
    ScoreCounts& operator+=(const ScoreCounts& o);
};

// One row of score metrics. A metric is absent (nullopt) when nobody answered its item in
// the group: the dashboard shows "no data" rather than a made-up 0.
struct ScoreMetrics
{
    std::string key; // period label, channel, touchpoint, segment name or label; "" = none
    std::optional<Period> period;
    ScoreCounts counts;
    std::optional<NpsResult> nps;
    std::optional<ProportionResult> csatTop2;
    std::optional<MeanResult> csatMean;
    std::optional<ProportionResult> cesAgree;
    std::optional<MeanResult> cesMean;
};

ScoreMetrics scoreMetricsFromCounts(std::string key, const ScoreCounts& counts,
                                    double confidence = kDefaultConfidence);

// NPS, CSAT and CES of the responses selected by query.filter, broken down by query.by.
// Unfiltered queries (no segment) read the response_daily cache, refreshed first if stale.
// Throws vd::InputError for an unknown segment or a label without a segment.
std::vector<ScoreMetrics> scoreMetrics(Database& db, const MetricsQuery& query);

// Retention, repurchase and churn of one period. A buyer is a customer with at least one
// order (transaction with is_return = 0) in the period.
//   retention  = previous-period buyers who buy again in this period / previous-period buyers
//   churn      = 1 - retention
//   repurchase = buyers with >= 2 orders in this period / buyers
// revenue is net: orders minus the absolute amount of returns in the period.
struct RetentionMetrics
{
    Period period;
    std::int64_t buyers = 0;
    std::int64_t previousBuyers = 0;
    std::int64_t retained = 0;
    std::int64_t repeatBuyers = 0;
    std::int64_t orders = 0;
    double revenue = 0.0;
    std::optional<ProportionResult> retention; // absent without previous-period buyers
    std::optional<ProportionResult> churn;
    std::optional<ProportionResult> repurchase; // absent without buyers
};

// One row per period of query.grain in the range (query.by is ignored). The channel filter
// applies to transactions; a touchpoint filter is refused (orders have none). The whole base
// (no segment, no channel) reads the period_buyers rollup, refreshed first if stale; a
// segment reads its members' orders through the (customer, ts) index, so its cost follows
// the segment's size; a channel filter queries the orders of the range directly.
std::vector<RetentionMetrics> retentionMetrics(Database& db, const MetricsQuery& query,
                                               ProgressCallback progress = {});

enum class RollupChange {
    None,    // already up to date
    Updated, // orders were only appended: the customers who bought again were recounted
    Rebuilt  // recounted from every order (first use, or orders changed or vanished)
};

// Brings period_buyers (buyers, repeat buyers, retained buyers, orders and revenue per ISO
// week, month and quarter) up to date with transactions, in one transaction. Throws
// vd::DatabaseError on a read-only workspace (retentionMetrics then reads orders directly),
// vd::CancelledError when progress asks to stop (nothing is written).
RollupChange refreshRetentionRollup(Database& db, ProgressCallback progress = {});

namespace detail {
class BuyerAccumulator;
}

// The retention rollup built from orders a bulk writer streams as it writes them (the demo
// generator), instead of reading them back: the same totals refreshRetentionRollup's full
// rebuild gives, without a pass over 10^7 orders.
class RetentionRollupBuilder
{
public:
    RetentionRollupBuilder();
    ~RetentionRollupBuilder();
    RetentionRollupBuilder(const RetentionRollupBuilder&) = delete;
    RetentionRollupBuilder& operator=(const RetentionRollupBuilder&) = delete;

    // Every transaction row: customers one after another, each customer's rows in (ts, id)
    // order, exactly as written.
    void add(std::int64_t customer, std::int64_t ts, double amount, bool isReturn);
    // Replaces period_buyers with the totals and records them as current for a transactions
    // table of `rows` rows with ids up to `maxId`, the rows that were added. Call inside the
    // caller's write transaction.
    void save(Database& db, std::int64_t rows, std::int64_t maxId);

private:
    std::unique_ptr<detail::BuyerAccumulator> m_acc;
};

// Brings response_daily up to date with responses; true when it had to be rebuilt. Throws
// vd::DatabaseError on a read-only workspace (callers then query responses directly).
bool refreshResponseRollup(Database& db);

// Id of the newest snapshot of the saved segment `name`; throws vd::InputError when none.
std::int64_t segmentIdByName(Database& db, const std::string& name);
// Names of the saved segments, alphabetically, each once.
std::vector<std::string> segmentNames(Database& db);

// First and last instant with responses or orders (nullopt on an empty workspace).
std::optional<std::pair<std::int64_t, std::int64_t>> activitySpan(Database& db);

} // namespace vd::loyalty
