// The saved segments of the demo workspace: what an analyst would have saved on the
// Segmentation page, so the value pyramid, the journey KPIs and the segment comparison have
// populations to compare on first open. Made with the segment module's own analyses and
// drafts, exactly as the Segmentation page and `valuedesk-cli segment ... --save` save them.

#include "demo/BulkLoad.h"
#include "demo/Generator.h"
#include "valuedesk/segment/Activity.h"
#include "valuedesk/segment/Rfm.h"
#include "valuedesk/segment/RuleSegment.h"
#include "valuedesk/segment/SegmentDrafts.h"
#include "valuedesk/segment/SegmentStore.h"
#include "valuedesk/segment/Tiers.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

namespace vd::demo {

namespace {

// The income bands of docs/demo.md (low, lower_middle, middle, upper_middle, high): the two
// lower and the two upper ones, so the middle band sits between the compared groups.
constexpr const char* kLowerIncomeRule =
    R"({"field": "income_band", "op": "in", "value": ["low", "lower_middle"]})";
constexpr const char* kUpperIncomeRule =
    R"({"field": "income_band", "op": "in", "value": ["upper_middle", "high"]})";

} // namespace

void insertSegments(Database& db, const Calendar& calendar, const segment::ActivityTable& activity,
                    DemoSummary& summary, ProgressReporter& reporter, double from, double to)
{
    if (db.queryInt("SELECT EXISTS (SELECT 1 FROM transactions WHERE is_return = 0)") == 0)
        return; // nothing to rank: RFM and the pyramid need purchases

    constexpr std::int64_t kScale = 1'000'000;
    constexpr int kSteps = 8; // analyse and save each of the four segments
    int step = 0;
    // The progress of the next step, scaled into its share of [from, to) of the whole demo.
    auto sub = [&](std::string_view status) -> ProgressCallback {
        const double a = from + (to - from) * step / kSteps;
        const double b = from + (to - from) * (step + 1) / kSteps;
        ++step;
        return [&reporter, a, b, s = std::string(status)](double f, std::string_view) {
            reporter.update(std::llround((a + (b - a) * std::clamp(f, 0.0, 1.0)) * kScale), kScale,
                            s);
            return true; // a cancel throws from update()
        };
    };
    // Members of later segments land between those of earlier ones in the customer index,
    // which costs more than the inserts themselves (about 2.4 s per 10^6 members against one
    // sorted build of all of them at the end).
    IndexSuspension memberIndex(db, {"segment_members"}, false);
    segment::SegmentStore store(db);
    // Saved at the end of the window: the same instant on every run, so the rows are
    // reproducible.
    const std::int64_t when = calendar.end;
    auto save = [&](const std::string& name, const segment::SegmentDraft& draft) {
        store.save(name, draft.kind, draft.definition, draft.members, when, sub("Saving segments"));
        ++summary.segments;
        summary.segmentMembers += static_cast<std::int64_t>(draft.members.size());
    };

    for (const auto& [name, rule] : {std::pair{"Lower income", kLowerIncomeRule},
                                     std::pair{"Upper income", kUpperIncomeRule}}) {
        const segment::Rule r = segment::Rule::fromJson(rule);
        const segment::RuleResult result = segment::evaluateRule(db, r, {}, sub("Income segments"));
        save(name, segment::ruleDraft(r, result));
    }

    // The streamed activity serves RFM and the revenue pyramid (both check that it covers
    // their day, and read the orders themselves otherwise).
    segment::RfmOptions rfm;
    rfm.threads = 1;
    rfm.activity = &activity;
    save(kDemoRfmSegment, segment::rfmDraft(segment::computeRfm(db, rfm, sub("RFM scores"))));

    segment::PyramidOptions pyramid;
    pyramid.basis = segment::PyramidBasis::Revenue; // the demo has no CLV run yet
    pyramid.threads = 1;
    pyramid.activity = &activity;
    save(kDemoPyramidSegment,
         segment::pyramidDraft(segment::computePyramid(db, pyramid, sub("Customer pyramid"))));
    memberIndex.restore([](int, int) {});
}

} // namespace vd::demo
