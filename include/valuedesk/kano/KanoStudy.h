#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/kano/Category.h"
#include "valuedesk/kano/FeatureTally.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

// Kano studies stored in a workspace (kano_studies, kano_features, kano_respondents,
// kano_answers): listing, resolving by name, and the per-feature analysis for the whole
// study or the respondents of one saved segment. The answers are aggregated in SQL into the
// 25 answer-pair cells per feature, so the analysis costs one grouped query however large the
// study is.
namespace vd::kano {

struct StudyInfo
{
    std::int64_t id = 0;
    std::string name;
    std::string description;
    std::int64_t createdAt = 0;
    std::int64_t features = 0;
    std::int64_t respondents = 0;
    std::int64_t answers = 0;
};

// Newest first, then by name.
std::vector<StudyInfo> listStudies(Database& db);
// By exact name, else by id ("3"); throws vd::InputError naming the known studies.
StudyInfo resolveStudy(Database& db, std::string_view nameOrId);

// The respondents an analysis keeps: everyone, or those whose customer is a member of a
// saved segment (its newest snapshot of that name), optionally only members with one label.
struct SegmentFilter
{
    std::optional<std::int64_t> segmentId; // nullopt = every respondent
    std::string name;
    std::optional<std::string> label;

    bool all() const { return !segmentId.has_value(); }
    std::string displayName() const; // "All respondents", "Frequent flyers", "RFM:Champions"
};

// Empty or "all" = every respondent; otherwise a segment name, or "NAME:LABEL" (the full text
// is tried as a name first). Throws vd::InputError naming the saved segments.
SegmentFilter resolveSegment(Database& db, std::string_view text);

struct SegmentChoice
{
    SegmentFilter filter;
    std::int64_t members = 0;
};
// Every saved segment (newest snapshot per name), for pickers.
std::vector<SegmentChoice> listSegments(Database& db);

struct KanoOptions
{
    EvaluationTable table = EvaluationTable::Standard;
    SegmentFilter segment;
};

struct FeatureInfo
{
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string nameZh;
    std::int64_t position = 0;
};

struct FeatureResult
{
    FeatureInfo feature;
    FeatureTally tally;
    CategoryStats discrete;
    ContinuousStats continuous;
};

struct KanoReport
{
    StudyInfo study;
    EvaluationTable table = EvaluationTable::Standard;
    SegmentFilter segment;
    std::int64_t respondents = 0;         // kept respondents with at least one answer
    std::int64_t unlinkedRespondents = 0; // respondents without a customer (never in a segment)
    std::vector<FeatureResult> features;  // by position, then id; features without answers too
    std::vector<std::string> warnings;    // things the reader should know (no answers, ...)
};

// Analyses one study. Throws vd::InputError when the study does not exist, vd::CancelledError
// when `progress` asks to stop.
KanoReport analyzeStudy(Database& db, std::int64_t studyId, const KanoOptions& options = {},
                        const ProgressCallback& progress = {});

} // namespace vd::kano
