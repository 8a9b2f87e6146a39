#pragma once

#include "valuedesk/Error.h"
#include "valuedesk/Progress.h"
#include "valuedesk/loyalty/Sentiment.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

// The closed loop: every detractor and every negative piece of feedback becomes a case that
// somebody owns, resolves within an SLA and closes by telling the customer. The status
// machine is strict (new -> assigned -> resolved -> informed) so that the queue's numbers
// mean what they say. Times are UTC Unix seconds; callers pass "now" so tests are exact.
namespace vd::loyalty {

enum class CaseStatus { New, Assigned, Resolved, Informed };

const char* caseStatusName(CaseStatus status); // "new", "assigned", "resolved", "informed"
std::optional<CaseStatus> parseCaseStatus(std::string_view text);

// A refused status change (e.g. resolving a case nobody was assigned). what() says which
// case, its status and what is allowed from there.
class CaseTransitionError : public InputError
{
public:
    using InputError::InputError;
};

struct FeedbackCase
{
    std::int64_t id = 0;
    std::optional<std::int64_t> customerId;
    std::string customerName;
    std::optional<std::int64_t> responseId;
    std::optional<std::int64_t> interactionId;
    std::string category;
    std::optional<double> sentiment;
    CaseStatus status = CaseStatus::New;
    std::optional<std::string> owner;
    std::string summary;
    std::int64_t openedAt = 0;
    std::optional<std::int64_t> dueAt;
    std::optional<std::int64_t> assignedAt;
    std::optional<std::int64_t> resolvedAt;
    std::optional<std::int64_t> informedAt;
    // The customer's CLV from current_predictions (live), else the value stored when the case
    // was opened; nullopt when the customer has no CLV (shown as "unknown", never as 0).
    std::optional<double> valueAtRisk;
    bool overdue = false; // new or assigned, and past dueAt
};

// Settings of the loop, stored in the workspace (settings keys loyalty.case_sla_hours and
// loyalty.case_rules).
struct CaseSettings
{
    int slaHours = 48;
    std::vector<CategoryRule> rules = defaultCategoryRules();
};

CaseSettings loadCaseSettings(Database& db); // defaults for missing keys; InputError if bad
void saveCaseSettings(Database& db, const CaseSettings& settings);

struct OpenCasesResult
{
    std::int64_t detractors = 0;           // responses with nps <= 6
    std::int64_t negativeResponses = 0;    // other responses: csat <= 2, ces <= 2 or negative text
    std::int64_t negativeInteractions = 0; // interactions whose summary reads negative
    std::int64_t total() const { return detractors + negativeResponses + negativeInteractions; }
};

// What the closed loop makes of one piece of feedback: whether it opens a case and with which
// category, sentiment and summary. openCases and the demo generator both decide through these
// two functions, so a demo workspace holds exactly the cases openCases would open.
struct FeedbackTriage
{
    bool opensCase = false;
    bool detractor = false;          // NPS 0-6
    std::optional<double> sentiment; // of the text; nullopt without one
    std::string category;            // categorizeFeedback of the text and touchpoint
    std::string summary;             // the text, else e.g. "NPS 3 at pickup (store)"
};

// A response opens a case when it is a detractor (NPS 0-6), rates CSAT 1-2 or CES 1-2, or its
// comment reads negative (sentiment <= kNegativeSentiment). Absent scores are nullopt.
FeedbackTriage triageResponse(std::optional<int> nps, std::optional<int> csat,
                              std::optional<int> ces, std::string_view comment,
                              std::string_view touchpoint, std::string_view channel,
                              const std::vector<CategoryRule>& rules);
// An interaction opens a case when its summary reads negative.
FeedbackTriage triageInteraction(std::string_view summary, std::string_view touchpoint,
                                 const std::vector<CategoryRule>& rules);

// Opens a case for each response and interaction that triage says needs one and that has none
// yet: running it twice opens nothing new. Opened at the feedback's own time, due slaHours
// later; category from the keyword rules, sentiment from the lexicon, value at risk from
// current_predictions (NULL without a CLV run). One transaction; cancellable.
OpenCasesResult openCases(Database& db, std::int64_t now, ProgressCallback progress = {});

// Status changes. assign: new -> assigned, or a new owner for an assigned case; resolve:
// assigned -> resolved; inform: resolved -> informed. Anything else throws
// CaseTransitionError; an unknown id or empty owner throws InputError.
void assignCase(Database& db, std::int64_t caseId, const std::string& owner, std::int64_t now);
void resolveCase(Database& db, std::int64_t caseId, std::int64_t now);
void informCase(Database& db, std::int64_t caseId, std::int64_t now);

// The workflow fields of a case: what a status change alters and what undoing it puts back.
struct CaseState
{
    CaseStatus status = CaseStatus::New;
    std::optional<std::string> owner;
    std::optional<std::int64_t> assignedAt;
    std::optional<std::int64_t> resolvedAt;
    std::optional<std::int64_t> informedAt;
    bool operator==(const CaseState&) const = default;
};
CaseState caseState(const FeedbackCase& c);

// Undo and redo of a recorded status change (the GUI's QUndoCommand): writes `target` only
// while the case is still exactly in `expected`, the state the change left it in, and only
// when expected -> target is one step the status machine allows (new -> assigned, a new owner
// for an assigned case, assigned -> resolved, resolved -> informed, each with exactly the
// fields that step sets) or the exact inverse of one. So it never creates a new path through
// the machine (new -> informed is refused even when `expected` matches). A refused step or a
// case somebody changed since throws CaseTransitionError and writes nothing; an unknown id
// throws InputError.
void restoreCaseState(Database& db, std::int64_t caseId, const CaseState& expected,
                      const CaseState& target);

struct CaseFilter
{
    std::optional<CaseStatus> status;
    std::optional<std::string> owner;
    std::optional<std::int64_t> customerId;
    bool overdueOnly = false;
    std::int64_t now = 0;    // for overdue
    std::int64_t limit = -1; // -1: all
    std::int64_t offset = 0;
};

// Cases in queue order: open ones (new, assigned) first, soonest due first; then resolved and
// informed ones, most recently due first; without a due time last in each group; then id.
std::vector<FeedbackCase> listCases(Database& db, const CaseFilter& filter);
std::int64_t countCases(Database& db, const CaseFilter& filter);
// Ids of every case matching filter (limit and offset ignored) in the order of listCases: the
// queue's one slow query, run in the background; rows are then read by id a page at a time.
std::vector<std::int64_t> listCaseIds(Database& db, const CaseFilter& filter);
// The cases with these ids in the given order; ids that no longer exist are skipped. At most
// 500 ids per call (InputError beyond).
std::vector<FeedbackCase> getCases(Database& db, std::span<const std::int64_t> ids,
                                   std::int64_t now);
std::optional<FeedbackCase> getCase(Database& db, std::int64_t caseId, std::int64_t now);
// Owners that have cases, alphabetically.
std::vector<std::string> caseOwners(Database& db);

} // namespace vd::loyalty
