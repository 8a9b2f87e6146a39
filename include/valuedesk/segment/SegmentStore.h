#pragma once

#include "valuedesk/Progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::segment {

struct SegmentMember
{
    std::int64_t customerId = 0;
    std::string label; // sub-group (RFM segment, cluster, tier, pyramid level); may be empty
};

// A member as lists show it: the customer's external id and name with the sub-group.
struct MemberRow
{
    std::int64_t customerId = 0;
    std::string externalId;
    std::string name;
    std::string label; // empty for segments without sub-groups
};

struct SavedSegment
{
    std::int64_t id = 0;
    std::string name;
    std::string kind;       // rfm, kmeans, rule, tier, pyramid, manual
    std::string definition; // JSON: how it was made (options, grid, rule, thresholds, ...)
    std::int64_t createdAt = 0;
    std::int64_t members = 0;
    // Labels in display order: the definition's "labels" list first (e.g. platinum, gold,
    // iron, lead), then any others alphabetically.
    std::vector<std::string> labels;
};

// One row of the comparison table: a whole saved segment (label empty) or one of its
// sub-groups.
struct ComparisonRow
{
    std::int64_t segmentId = 0;
    std::string segmentName;
    std::string label;
    std::int64_t customers = 0;
    double revenue = 0.0;               // net revenue of the members, all time
    std::optional<double> revenueShare; // of the whole base's net revenue
    std::optional<double> averageClv;   // over members with a current CLV prediction
    std::int64_t withPrediction = 0;
    std::optional<double> nps; // points, over the members' latest NPS answers
    std::int64_t npsAnswers = 0;
    std::optional<double> churnRiskShare; // members with P(alive) < threshold / with prediction
};

struct CompareOptions
{
    bool bySubgroup = false; // one row per label as well as one per segment
    double churnPAlive = 0.5;
};

// Movement between two snapshots: labels of A (rows) x labels of B (columns).
struct MigrationMatrix
{
    SavedSegment from, to;
    std::vector<std::string> labelsFrom, labelsTo;
    std::vector<std::vector<std::int64_t>> counts; // [from label][to label]
    std::vector<std::int64_t> onlyInFrom;          // per from-label: not a member of `to`
    std::vector<std::int64_t> onlyInTo;            // per to-label: not a member of `from`
    std::int64_t inBoth = 0;
};

// Saved segments: a snapshot of who was in which sub-group, with the definition that made it
// and the time, so analysts can list members later, compare segments and see how customers
// moved between two snapshots even after the data changed.
//
// CONTRACT for other views: a saved customer pyramid has kind 'pyramid' and member labels
// exactly 'platinum', 'gold', 'iron', 'lead' (Tiers.h, kPyramidLabels).
class SegmentStore
{
public:
    explicit SegmentStore(Database& db) : m_db(db) {}

    static const std::vector<std::string>& kinds();

    // Saves in one transaction; createdAt defaults to now (UTC seconds). Throws
    // vd::InputError for an empty name, an unknown kind, a definition that is not a JSON
    // object, a customer listed twice, an unknown customer, or a name already saved at
    // that second.
    std::int64_t save(const std::string& name, const std::string& kind,
                      const std::string& definitionJson, const std::vector<SegmentMember>& members,
                      std::optional<std::int64_t> createdAt = {},
                      const ProgressCallback& progress = {});

    std::vector<SavedSegment> list(); // newest first
    std::optional<SavedSegment> get(std::int64_t id);
    // By id ("12") or by name (the newest of that name); throws vd::InputError if none.
    SavedSegment resolve(const std::string& idOrName);
    std::vector<SegmentMember> members(std::int64_t id,
                                       const std::optional<std::string>& label = {});
    std::vector<std::pair<std::string, std::int64_t>> labelCounts(std::int64_t id);
    // Members (of one label, when given) for lists that page through 10^6 rows: the count,
    // and `limit` rows from `offset` in customer-id order with external id and name. One
    // indexed query per page (the members' primary key), so a list model reads only what
    // it shows.
    std::int64_t memberCount(std::int64_t id, const std::optional<std::string>& label = {});
    std::vector<MemberRow> memberPage(std::int64_t id, std::int64_t offset, std::int64_t limit,
                                      const std::optional<std::string>& label = {});
    // External id and name of the given customers, in the order given (unknown ids are
    // left out); for lists of customers that are not saved yet (a rule preview).
    std::vector<MemberRow> customerRows(const std::vector<std::int64_t>& customerIds);
    void remove(std::int64_t id);
    void rename(std::int64_t id, const std::string& name);

    // Size, revenue, average CLV, NPS and churn-risk share per segment (and per label); the
    // transactions, predictions and answers are read once for all segments.
    std::vector<ComparisonRow> compare(const std::vector<std::int64_t>& ids,
                                       const CompareOptions& options = {},
                                       const ProgressCallback& progress = {});

    MigrationMatrix migration(std::int64_t from, std::int64_t to);

private:
    Database& m_db;
};

} // namespace vd::segment
