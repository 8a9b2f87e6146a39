#include "valuedesk/loyalty/Cases.h"

#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/Workspace.h"

#include <charconv>
#include <cmath>
#include <unordered_map>

namespace vd::loyalty {

namespace {

constexpr const char* kSlaKey = "loyalty.case_sla_hours";
constexpr const char* kRulesKey = "loyalty.case_rules";
constexpr std::int64_t kBatch = 20000;

const char* nextStepHint(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New:
        return "it must be assigned first";
    case CaseStatus::Assigned:
        return "it can be reassigned or resolved";
    case CaseStatus::Resolved:
        return "it can only be marked as customer informed";
    case CaseStatus::Informed:
        return "the loop is closed; no further change is allowed";
    }
    return "";
}

CaseStatus statusOf(Database& db, std::int64_t caseId)
{
    Statement st = db.prepare("SELECT status FROM feedback_cases WHERE id = ?");
    st.bind(1, caseId);
    if (!st.step())
        throw InputError("there is no feedback case " + std::to_string(caseId));
    auto s = parseCaseStatus(st.getText(0));
    if (!s)
        throw Error("feedback case " + std::to_string(caseId) + " has an unknown status");
    return *s;
}

[[noreturn]] void refuse(std::int64_t caseId, CaseStatus current, const char* action)
{
    throw CaseTransitionError("cannot " + std::string(action) + " case " + std::to_string(caseId) +
                              ": it is " + caseStatusName(current) + "; " + nextStepHint(current));
}

std::string describeResponse(std::optional<int> nps, std::optional<int> csat,
                             std::optional<int> ces, std::string_view touchpoint,
                             std::string_view channel)
{
    std::string s;
    auto add = [&s](const char* name, std::optional<int> v) {
        if (!v)
            return;
        if (!s.empty())
            s += ", ";
        s += name;
        s += ' ';
        s += std::to_string(*v);
    };
    add("NPS", nps);
    add("CSAT", csat);
    add("CES", ces);
    if (s.empty())
        s = "Feedback";
    if (!touchpoint.empty())
        s.append(" at ").append(touchpoint);
    if (!channel.empty())
        s.append(" (").append(channel).append(")");
    return s;
}

// One forward step of the status machine from a to b with exactly the fields it sets
// (assignCase, resolveCase, informCase).
bool isForwardStep(const CaseState& a, const CaseState& b)
{
    using S = CaseStatus;
    const bool hasOwner = b.owner && !b.owner->empty();
    if (a.status == S::New && b.status == S::Assigned)
        return !a.owner && !a.assignedAt && !a.resolvedAt && !a.informedAt && hasOwner &&
               b.assignedAt && !b.resolvedAt && !b.informedAt;
    if (a.status == S::Assigned && b.status == S::Assigned)
        return hasOwner && a.assignedAt && b.assignedAt == a.assignedAt && !a.resolvedAt &&
               !b.resolvedAt && !a.informedAt && !b.informedAt;
    if (a.status == S::Assigned && b.status == S::Resolved)
        return b.owner == a.owner && a.assignedAt && b.assignedAt == a.assignedAt &&
               !a.resolvedAt && b.resolvedAt && !a.informedAt && !b.informedAt;
    if (a.status == S::Resolved && b.status == S::Informed)
        return b.owner == a.owner && b.assignedAt == a.assignedAt && a.resolvedAt &&
               b.resolvedAt == a.resolvedAt && !a.informedAt && b.informedAt;
    return false;
}

FeedbackCase readCase(const Statement& st)
{
    FeedbackCase c;
    c.id = st.getInt(0);
    c.customerId = st.getOptInt(1);
    c.customerName = st.getOptText(2).value_or("");
    c.responseId = st.getOptInt(3);
    c.interactionId = st.getOptInt(4);
    c.category = st.getOptText(5).value_or("other");
    c.sentiment = st.getOptDouble(6);
    c.status = parseCaseStatus(st.getText(7)).value_or(CaseStatus::New);
    c.owner = st.getOptText(8);
    c.summary = st.getOptText(9).value_or("");
    c.openedAt = st.getInt(10);
    c.dueAt = st.getOptInt(11);
    c.assignedAt = st.getOptInt(12);
    c.resolvedAt = st.getOptInt(13);
    c.informedAt = st.getOptInt(14);
    c.valueAtRisk = st.getOptDouble(15);
    c.overdue = st.getInt(16) != 0;
    return c;
}

constexpr const char* kCaseColumns =
    "SELECT fc.id, fc.customer_id, c.name, fc.response_id, fc.interaction_id, fc.category,"
    " fc.sentiment, fc.status, fc.owner, fc.summary, fc.opened_at, fc.due_at, fc.assigned_at,"
    " fc.resolved_at, fc.informed_at, coalesce(cp.clv, fc.value_at_risk),"
    " (fc.status IN ('new', 'assigned') AND fc.due_at IS NOT NULL AND fc.due_at < :now)"
    " FROM feedback_cases fc LEFT JOIN customers c ON c.id = fc.customer_id"
    " LEFT JOIN current_predictions cp ON cp.customer_id = fc.customer_id";

// Open cases (new, assigned) first, soonest due first; then closed ones, most recently due
// first; cases without a due time last in each group.
constexpr const char* kQueueOrder =
    " ORDER BY fc.status IN ('resolved', 'informed'), CASE WHEN fc.status IN ('new',"
    " 'assigned') THEN coalesce(fc.due_at, 9223372036854775807) ELSE -coalesce(fc.due_at,"
    " -9223372036854775807) END, fc.id";

constexpr const char* kCaseWhere =
    " WHERE (:status IS NULL OR fc.status = :status) AND (:owner IS NULL OR fc.owner = :owner)"
    " AND (:customer IS NULL OR fc.customer_id = :customer)"
    " AND (:overdue = 0 OR (fc.status IN ('new', 'assigned') AND fc.due_at < :now))";

void bindFilter(Statement& st, const CaseFilter& f)
{
    auto idx = [&st](const char* name) { return st.parameterIndex(name); };
    st.bind(idx(":status"),
            f.status ? std::optional<std::string>(caseStatusName(*f.status)) : std::nullopt);
    st.bind(idx(":owner"), f.owner);
    st.bind(idx(":customer"), f.customerId);
    st.bind(idx(":overdue"), f.overdueOnly ? 1 : 0);
    st.bind(idx(":now"), f.now);
}

} // namespace

const char* caseStatusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return "new";
    case CaseStatus::Assigned:
        return "assigned";
    case CaseStatus::Resolved:
        return "resolved";
    case CaseStatus::Informed:
        return "informed";
    }
    return "new";
}

std::optional<CaseStatus> parseCaseStatus(std::string_view text)
{
    if (text == "new")
        return CaseStatus::New;
    if (text == "assigned")
        return CaseStatus::Assigned;
    if (text == "resolved")
        return CaseStatus::Resolved;
    if (text == "informed")
        return CaseStatus::Informed;
    return std::nullopt;
}

CaseSettings loadCaseSettings(Database& db)
{
    WorkspaceInfo info(db);
    CaseSettings s;
    if (auto sla = info.setting(kSlaKey)) {
        int hours = 0;
        auto [ptr, ec] = std::from_chars(sla->data(), sla->data() + sla->size(), hours);
        if (ec != std::errc() || ptr != sla->data() + sla->size() || hours < 1 || hours > 8760)
            throw InputError(std::string("setting ") + kSlaKey +
                             " must be a whole number of hours from 1 to 8760, got \"" + *sla +
                             "\"");
        s.slaHours = hours;
    }
    if (auto rules = info.setting(kRulesKey))
        s.rules = parseCategoryRules(*rules);
    return s;
}

void saveCaseSettings(Database& db, const CaseSettings& s)
{
    if (s.slaHours < 1 || s.slaHours > 8760)
        throw InputError("the case SLA must be from 1 to 8760 hours");
    WorkspaceInfo info(db);
    Transaction tx(db);
    info.setSetting(kSlaKey, std::to_string(s.slaHours));
    info.setSetting(kRulesKey, categoryRulesToJson(s.rules));
    tx.commit();
}

FeedbackTriage triageResponse(std::optional<int> nps, std::optional<int> csat,
                              std::optional<int> ces, std::string_view comment,
                              std::string_view touchpoint, std::string_view channel,
                              const std::vector<CategoryRule>& rules)
{
    FeedbackTriage t;
    if (!comment.empty())
        t.sentiment = analyzeSentiment(comment).score;
    t.detractor = nps && *nps <= 6;
    const bool negative = (csat && *csat <= 2) || (ces && *ces <= 2) ||
                          (t.sentiment && *t.sentiment <= kNegativeSentiment);
    t.opensCase = t.detractor || negative;
    if (!t.opensCase)
        return t;
    t.category = categorizeFeedback(comment, touchpoint, rules);
    t.summary = !comment.empty() ? std::string(comment)
                                 : describeResponse(nps, csat, ces, touchpoint, channel);
    return t;
}

FeedbackTriage triageInteraction(std::string_view summary, std::string_view touchpoint,
                                 const std::vector<CategoryRule>& rules)
{
    FeedbackTriage t;
    if (summary.empty())
        return t;
    t.sentiment = analyzeSentiment(summary).score;
    t.opensCase = *t.sentiment <= kNegativeSentiment;
    if (t.opensCase) {
        t.category = categorizeFeedback(summary, touchpoint, rules);
        t.summary = std::string(summary);
    }
    return t;
}

OpenCasesResult openCases(Database& db, std::int64_t now, ProgressCallback progress)
{
    (void)now; // cases open at the feedback's own time; kept for a uniform API
    ProgressReporter reporter(std::move(progress));
    const CaseSettings settings = loadCaseSettings(db);
    const std::int64_t sla = static_cast<std::int64_t>(settings.slaHours) * 3600;
    OpenCasesResult result;

    Transaction tx(db);
    Statement insert =
        db.prepare("INSERT OR IGNORE INTO feedback_cases (customer_id, response_id, interaction_id,"
                   " category, sentiment, status, summary, opened_at, due_at, value_at_risk)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, 'new', ?6, ?7, ?8,"
                   " (SELECT clv FROM current_predictions WHERE customer_id = ?1))");

    // Responses, in id batches so that inserting cases never disturbs an open scan.
    const std::int64_t maxResponse = db.queryInt("SELECT coalesce(max(id), 0) FROM responses");
    const std::int64_t maxInteraction =
        db.queryInt("SELECT coalesce(max(id), 0) FROM interactions");
    const std::int64_t total = maxResponse + maxInteraction;
    Statement responses = db.prepare(
        "SELECT r.id, r.customer_id, r.ts, r.nps, r.csat, r.ces, r.comment, r.touchpoint,"
        " r.channel FROM responses r WHERE r.id > ? AND r.id <= ?"
        " AND (r.nps <= 6 OR r.csat <= 2 OR r.ces <= 2"
        " OR (r.comment IS NOT NULL AND r.comment <> ''))"
        " AND NOT EXISTS (SELECT 1 FROM feedback_cases fc WHERE fc.response_id = r.id)"
        " ORDER BY r.id");
    struct Candidate
    {
        std::optional<std::int64_t> customer;
        std::int64_t id;
        std::int64_t ts;
        FeedbackTriage triage;
    };
    auto score = [](const Statement& st, int col) {
        return st.isNull(col) ? std::nullopt : std::optional<int>(static_cast<int>(st.getInt(col)));
    };
    std::vector<Candidate> batch;
    for (std::int64_t lo = 0; lo < maxResponse; lo += kBatch) {
        reporter.update(lo, total, "opening cases from responses");
        batch.clear();
        responses.reset();
        responses.bindAll(lo, lo + kBatch);
        while (responses.step()) {
            FeedbackTriage t = triageResponse(
                score(responses, 3), score(responses, 4), score(responses, 5), responses.getText(6),
                responses.getText(7), responses.getText(8), settings.rules);
            if (t.opensCase)
                batch.push_back({responses.getOptInt(1), responses.getInt(0), responses.getInt(2),
                                 std::move(t)});
        }
        responses.reset();
        for (const Candidate& c : batch) {
            insert.bindAll(c.customer, c.id, nullptr, c.triage.category, c.triage.sentiment,
                           c.triage.summary, c.ts, c.ts + sla);
            insert.run();
            if (db.changes() == 1)
                ++(c.triage.detractor ? result.detractors : result.negativeResponses);
        }
    }

    Statement interactions = db.prepare(
        "SELECT i.id, i.customer_id, i.ts, i.summary, i.touchpoint FROM interactions i"
        " WHERE i.id > ? AND i.id <= ? AND i.summary IS NOT NULL AND i.summary <> ''"
        " AND NOT EXISTS (SELECT 1 FROM feedback_cases fc WHERE fc.interaction_id = i.id)"
        " ORDER BY i.id");
    for (std::int64_t lo = 0; lo < maxInteraction; lo += kBatch) {
        reporter.update(maxResponse + lo, total, "opening cases from interactions");
        batch.clear();
        interactions.reset();
        interactions.bindAll(lo, lo + kBatch);
        while (interactions.step()) {
            FeedbackTriage t =
                triageInteraction(interactions.getText(3), interactions.getText(4), settings.rules);
            if (t.opensCase)
                batch.push_back({interactions.getOptInt(1), interactions.getInt(0),
                                 interactions.getInt(2), std::move(t)});
        }
        interactions.reset();
        for (const Candidate& c : batch) {
            insert.bindAll(c.customer, nullptr, c.id, c.triage.category, c.triage.sentiment,
                           c.triage.summary, c.ts, c.ts + sla);
            insert.run();
            if (db.changes() == 1)
                ++result.negativeInteractions;
        }
    }
    reporter.update(total, total, "opening cases");
    tx.commit();
    return result;
}

void assignCase(Database& db, std::int64_t caseId, const std::string& owner, std::int64_t now)
{
    if (owner.find_first_not_of(" \t") == std::string::npos)
        throw InputError("a case needs an owner name to be assigned");
    Transaction tx(db);
    const CaseStatus s = statusOf(db, caseId);
    if (s != CaseStatus::New && s != CaseStatus::Assigned)
        refuse(caseId, s, "assign");
    Statement st =
        db.prepare("UPDATE feedback_cases SET status = 'assigned', owner = ?,"
                   " assigned_at = coalesce(assigned_at, ?) WHERE id = ? AND status = ?");
    st.bindAll(owner, now, caseId, caseStatusName(s));
    st.run();
    if (db.changes() != 1)
        throw CaseTransitionError("feedback case " + std::to_string(caseId) +
                                  " changed while it was being updated; reload and retry");
    tx.commit();
}

void resolveCase(Database& db, std::int64_t caseId, std::int64_t now)
{
    Transaction tx(db);
    const CaseStatus s = statusOf(db, caseId);
    if (s != CaseStatus::Assigned)
        refuse(caseId, s, "resolve");
    Statement st = db.prepare("UPDATE feedback_cases SET status = 'resolved', resolved_at = ?"
                              " WHERE id = ? AND status = 'assigned'");
    st.bindAll(now, caseId);
    st.run();
    if (db.changes() != 1)
        throw CaseTransitionError("feedback case " + std::to_string(caseId) +
                                  " changed while it was being updated; reload and retry");
    tx.commit();
}

void informCase(Database& db, std::int64_t caseId, std::int64_t now)
{
    Transaction tx(db);
    const CaseStatus s = statusOf(db, caseId);
    if (s != CaseStatus::Resolved)
        refuse(caseId, s, "mark as informed");
    Statement st = db.prepare("UPDATE feedback_cases SET status = 'informed', informed_at = ?"
                              " WHERE id = ? AND status = 'resolved'");
    st.bindAll(now, caseId);
    st.run();
    if (db.changes() != 1)
        throw CaseTransitionError("feedback case " + std::to_string(caseId) +
                                  " changed while it was being updated; reload and retry");
    tx.commit();
}

CaseState caseState(const FeedbackCase& c)
{
    return CaseState{c.status, c.owner, c.assignedAt, c.resolvedAt, c.informedAt};
}

void restoreCaseState(Database& db, std::int64_t caseId, const CaseState& expected,
                      const CaseState& target)
{
    Transaction tx(db);
    Statement read = db.prepare("SELECT status, owner, assigned_at, resolved_at, informed_at"
                                " FROM feedback_cases WHERE id = ?");
    read.bind(1, caseId);
    if (!read.step())
        throw InputError("there is no feedback case " + std::to_string(caseId));
    CaseState now;
    now.status = parseCaseStatus(read.getText(0)).value_or(CaseStatus::New);
    now.owner = read.getOptText(1);
    now.assignedAt = read.getOptInt(2);
    now.resolvedAt = read.getOptInt(3);
    now.informedAt = read.getOptInt(4);
    if (!(now == expected))
        throw CaseTransitionError("feedback case " + std::to_string(caseId) +
                                  " was changed by someone else since (it is now " +
                                  caseStatusName(now.status) + "); reload the queue");
    if (!isForwardStep(expected, target) && !isForwardStep(target, expected))
        throw CaseTransitionError("cannot change case " + std::to_string(caseId) + " from " +
                                  caseStatusName(expected.status) + " to " +
                                  caseStatusName(target.status) +
                                  ": only one step of new -> assigned -> resolved -> informed, "
                                  "or its undo, can be replayed");
    Statement st = db.prepare("UPDATE feedback_cases SET status = ?, owner = ?, assigned_at = ?,"
                              " resolved_at = ?, informed_at = ? WHERE id = ?");
    st.bindAll(caseStatusName(target.status), target.owner, target.assignedAt, target.resolvedAt,
               target.informedAt, caseId);
    st.run();
    tx.commit();
}

std::vector<std::int64_t> listCaseIds(Database& db, const CaseFilter& f)
{
    Statement st =
        db.prepare(std::string("SELECT fc.id FROM feedback_cases fc") + kCaseWhere + kQueueOrder);
    bindFilter(st, f);
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.getInt(0));
    return out;
}

std::vector<FeedbackCase> getCases(Database& db, std::span<const std::int64_t> ids,
                                   std::int64_t now)
{
    constexpr std::size_t kMaxIds = 500;
    if (ids.size() > kMaxIds)
        throw InputError("getCases reads at most 500 cases at a time, not " +
                         std::to_string(ids.size()));
    if (ids.empty())
        return {};
    // Placeholders only; every id is bound.
    std::string sql = std::string(kCaseColumns) + " WHERE fc.id IN (";
    for (std::size_t i = 0; i < ids.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ")";
    Statement st = db.prepare(sql);
    st.bind(st.parameterIndex(":now"), now);
    for (std::size_t i = 0; i < ids.size(); ++i)
        st.bind(st.parameterIndex(":now") + 1 + static_cast<int>(i), ids[i]);
    std::unordered_map<std::int64_t, FeedbackCase> byId;
    while (st.step()) {
        FeedbackCase c = readCase(st);
        byId.emplace(c.id, std::move(c));
    }
    std::vector<FeedbackCase> out;
    out.reserve(byId.size());
    for (std::int64_t id : ids)
        if (auto it = byId.find(id); it != byId.end())
            out.push_back(it->second);
    return out;
}

std::vector<FeedbackCase> listCases(Database& db, const CaseFilter& f)
{
    Statement st = db.prepare(std::string(kCaseColumns) + kCaseWhere + kQueueOrder +
                              " LIMIT :limit OFFSET :offset");
    bindFilter(st, f);
    st.bind(st.parameterIndex(":limit"), f.limit);
    st.bind(st.parameterIndex(":offset"), f.offset);
    std::vector<FeedbackCase> out;
    while (st.step())
        out.push_back(readCase(st));
    return out;
}

std::int64_t countCases(Database& db, const CaseFilter& f)
{
    Statement st = db.prepare(std::string("SELECT count(*) FROM feedback_cases fc") + kCaseWhere);
    bindFilter(st, f);
    return st.step() ? st.getInt(0) : 0;
}

std::optional<FeedbackCase> getCase(Database& db, std::int64_t caseId, std::int64_t now)
{
    Statement st = db.prepare(std::string(kCaseColumns) + " WHERE fc.id = :id");
    st.bind(st.parameterIndex(":id"), caseId);
    st.bind(st.parameterIndex(":now"), now);
    if (!st.step())
        return std::nullopt;
    return readCase(st);
}

std::vector<std::string> caseOwners(Database& db)
{
    std::vector<std::string> out;
    Statement st = db.prepare("SELECT DISTINCT owner FROM feedback_cases WHERE owner IS NOT NULL"
                              " AND owner <> '' ORDER BY owner");
    while (st.step())
        out.push_back(st.getText(0));
    return out;
}

} // namespace vd::loyalty
