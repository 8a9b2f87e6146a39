#include "valuedesk/kano/KanoStudy.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace vd::kano {

namespace {

std::string quotedList(Statement& st, std::size_t limit)
{
    std::string list;
    std::size_t n = 0;
    while (st.step()) {
        if (++n > limit) {
            list += ", ...";
            break;
        }
        list += (list.empty() ? "" : ", ") + ("\"" + st.getText(0) + "\"");
    }
    return list;
}

std::optional<std::int64_t> newestSegment(Database& db, std::string_view name)
{
    Statement st = db.prepare("SELECT id FROM segments WHERE name = ?1 "
                              "ORDER BY created_at DESC, id DESC LIMIT 1");
    st.bind(1, name);
    if (st.step())
        return st.getInt(0);
    return std::nullopt;
}

bool allDigits(std::string_view s)
{
    return !s.empty() && s.size() < 19 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

StudyInfo readStudy(Statement& st)
{
    StudyInfo s;
    s.id = st.getInt(0);
    s.name = st.getText(1);
    s.description = st.getText(2);
    s.createdAt = st.getInt(3);
    s.features = st.getInt(4);
    s.respondents = st.getInt(5);
    s.answers = st.getInt(6);
    return s;
}

constexpr const char* kStudySelect = R"SQL(
    SELECT s.id, s.name, coalesce(s.description, ''), s.created_at,
           (SELECT count(*) FROM kano_features f WHERE f.study_id = s.id),
           (SELECT count(*) FROM kano_respondents r WHERE r.study_id = s.id),
           (SELECT count(*) FROM kano_respondents r JOIN kano_answers a ON a.respondent_id = r.id
            WHERE r.study_id = s.id)
    FROM kano_studies s)SQL";

} // namespace

std::vector<StudyInfo> listStudies(Database& db)
{
    Statement st = db.prepare(std::string(kStudySelect) + " ORDER BY s.created_at DESC, s.name");
    std::vector<StudyInfo> out;
    while (st.step())
        out.push_back(readStudy(st));
    return out;
}

StudyInfo resolveStudy(Database& db, std::string_view nameOrId)
{
    {
        Statement st = db.prepare(std::string(kStudySelect) + " WHERE s.name = ?1");
        st.bind(1, nameOrId);
        if (st.step())
            return readStudy(st);
    }
    if (allDigits(nameOrId)) {
        Statement st = db.prepare(std::string(kStudySelect) + " WHERE s.id = ?1");
        st.bind(1, static_cast<std::int64_t>(std::stoll(std::string(nameOrId))));
        if (st.step())
            return readStudy(st);
    }
    Statement names = db.prepare("SELECT name FROM kano_studies ORDER BY name LIMIT 11");
    const std::string known = quotedList(names, 10);
    throw InputError("no Kano study named \"" + std::string(nameOrId) + "\" (" +
                     (known.empty() ? std::string("the workspace has no Kano studies yet")
                                    : "studies: " + known) +
                     ")");
}

std::string SegmentFilter::displayName() const
{
    if (all())
        return "All respondents";
    return label ? name + ":" + *label : name;
}

SegmentFilter resolveSegment(Database& db, std::string_view text)
{
    SegmentFilter f;
    if (text.empty() || text == "all")
        return f;
    if (auto id = newestSegment(db, text)) {
        f.segmentId = id;
        f.name = std::string(text);
        return f;
    }
    const auto colon = text.rfind(':');
    if (colon != std::string_view::npos) {
        const std::string_view name = text.substr(0, colon);
        const std::string_view label = text.substr(colon + 1);
        if (auto id = newestSegment(db, name)) {
            Statement st = db.prepare(
                "SELECT 1 FROM segment_members WHERE segment_id = ?1 AND label = ?2 LIMIT 1");
            st.bindAll(*id, label);
            if (!st.step())
                throw InputError("segment \"" + std::string(name) +
                                 "\" has no members labelled \"" + std::string(label) + "\"");
            f.segmentId = id;
            f.name = std::string(name);
            f.label = std::string(label);
            return f;
        }
    }
    Statement names = db.prepare("SELECT DISTINCT name FROM segments ORDER BY name LIMIT 11");
    const std::string known = quotedList(names, 10);
    throw InputError("no saved segment named \"" + std::string(text) + "\" (" +
                     (known.empty() ? std::string("no segments have been saved yet")
                                    : "saved segments: " + known) +
                     ")");
}

std::vector<SegmentChoice> listSegments(Database& db)
{
    Statement st = db.prepare(R"SQL(
        SELECT s.id, s.name, (SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id)
        FROM segments s
        WHERE s.id = (SELECT s2.id FROM segments s2 WHERE s2.name = s.name
                      ORDER BY s2.created_at DESC, s2.id DESC LIMIT 1)
        ORDER BY s.name)SQL");
    std::vector<SegmentChoice> out;
    while (st.step()) {
        SegmentChoice c;
        c.filter.segmentId = st.getInt(0);
        c.filter.name = st.getText(1);
        c.members = st.getInt(2);
        out.push_back(std::move(c));
    }
    return out;
}

namespace {

// The respondents kept by a filter, as a join clause on kano_respondents r; parameters ?2
// (segment id) and ?3 (label) when a segment is chosen.
std::string segmentJoin(const SegmentFilter& segment)
{
    if (segment.all())
        return {};
    std::string join = " JOIN segment_members m ON m.customer_id = r.customer_id "
                       "AND m.segment_id = ?2";
    if (segment.label)
        join += " AND m.label = ?3";
    return join;
}

void bindFilter(Statement& st, std::int64_t studyId, const SegmentFilter& segment)
{
    st.bind(1, studyId);
    if (!segment.all()) {
        st.bind(2, *segment.segmentId);
        if (segment.label)
            st.bind(3, *segment.label);
    }
}

} // namespace

KanoReport analyzeStudy(Database& db, std::int64_t studyId, const KanoOptions& options,
                        const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "reading the Kano study");

    KanoReport report;
    {
        Statement st = db.prepare(std::string(kStudySelect) + " WHERE s.id = ?1");
        st.bind(1, studyId);
        if (!st.step())
            throw InputError("no Kano study with id " + std::to_string(studyId));
        report.study = readStudy(st);
    }
    report.table = options.table;
    report.segment = options.segment;

    std::unordered_map<std::int64_t, std::size_t> byId;
    {
        Statement st = db.prepare("SELECT id, code, name, coalesce(name_zh, ''), position "
                                  "FROM kano_features WHERE study_id = ?1 ORDER BY position, id");
        st.bind(1, studyId);
        while (st.step()) {
            FeatureResult r;
            r.feature.id = st.getInt(0);
            r.feature.code = st.getText(1);
            r.feature.name = st.getText(2);
            r.feature.nameZh = st.getText(3);
            r.feature.position = st.getInt(4);
            byId.emplace(r.feature.id, report.features.size());
            report.features.push_back(std::move(r));
        }
    }

    const std::string join = segmentJoin(options.segment);
    // Importances that are not a positive finite number carry no weight (9e999 is +inf).
    const std::string sql = R"SQL(
        SELECT a.feature_id, a.functional, a.dysfunctional, count(*),
               count(CASE WHEN a.importance > 0 AND a.importance < 9e999 THEN 1 END),
               total(CASE WHEN a.importance > 0 AND a.importance < 9e999 THEN a.importance END),
               count(CASE WHEN a.importance IS NOT NULL
                           AND NOT (a.importance > 0 AND a.importance < 9e999) THEN 1 END)
        FROM kano_respondents r JOIN kano_answers a ON a.respondent_id = r.id)SQL" +
                            join + R"SQL(
        WHERE r.study_id = ?1
        GROUP BY a.feature_id, a.functional, a.dysfunctional)SQL";
    Statement cells = db.prepare(sql);
    bindFilter(cells, studyId, options.segment);
    std::int64_t badImportance = 0;
    std::int64_t cellsRead = 0;
    while (cells.step()) {
        auto it = byId.find(cells.getInt(0));
        auto f = answerFromCode(cells.getInt(1));
        auto d = answerFromCode(cells.getInt(2));
        if (it == byId.end() || !f || !d)
            throw InputError("kano_answers holds an answer outside 1..5 or for a feature of "
                             "another study (feature " +
                             std::to_string(cells.getInt(0)) + ")");
        report.features[it->second].tally.addCell(*f, *d, cells.getInt(3), cells.getInt(4),
                                                  cells.getDouble(5));
        badImportance += cells.getInt(6);
        if (++cellsRead % 64 == 0)
            reporter.update(cellsRead, cellsRead + 64, "reading the Kano study");
    }

    {
        // join is a fixed fragment (segment membership or nothing); the study and segment
        // are bound by bindFilter.
        Statement st = db.prepare("SELECT count(*) FROM kano_respondents r" + join +
                                  " WHERE r.study_id = ?1 AND EXISTS "
                                  "(SELECT 1 FROM kano_answers a WHERE a.respondent_id = r.id)");
        bindFilter(st, studyId, options.segment);
        report.respondents = st.step() ? st.getInt(0) : 0;
    }
    report.unlinkedRespondents = db.queryInt(
        "SELECT count(*) FROM kano_respondents WHERE study_id = ?1 AND customer_id IS NULL",
        studyId);

    for (FeatureResult& r : report.features) {
        r.discrete = r.tally.discrete(options.table);
        r.continuous = r.tally.continuous();
        const std::string label = "\"" + r.feature.code + "\"";
        if (r.tally.total() == 0)
            report.warnings.push_back("feature " + label + " has no answers" +
                                      (options.segment.all() ? "" : " in this segment"));
        else if (!r.discrete.better)
            report.warnings.push_back(
                "feature " + label +
                " has only reverse or questionable answers: Better and Worse are undefined");
    }
    if (report.features.empty())
        report.warnings.push_back("the study has no features");
    if (report.respondents == 0)
        report.warnings.push_back(options.segment.all()
                                      ? "the study has no answers yet"
                                      : "no respondent of the study is a member of segment \"" +
                                            options.segment.displayName() + "\"");
    if (!options.segment.all() && report.unlinkedRespondents > 0)
        report.warnings.push_back(std::to_string(report.unlinkedRespondents) +
                                  " respondent(s) are not linked to a customer and so belong to "
                                  "no segment");
    if (badImportance > 0)
        report.warnings.push_back(std::to_string(badImportance) +
                                  " answer(s) have an importance that is not a positive number "
                                  "and carry no weight");
    reporter.stage(1.0, "Kano study analysed");
    return report;
}

} // namespace vd::kano
