#include "valuedesk/journey/JourneyCompare.h"

#include <algorithm>

namespace vd::journey {

namespace {

struct FlatTouchpoint
{
    const Touchpoint* tp;
    int stage;
    bool matched = false;
};

std::vector<FlatTouchpoint> flatten(const JourneyMap& map)
{
    std::vector<FlatTouchpoint> out;
    for (std::size_t s = 0; s < map.stages.size(); ++s)
        for (const Touchpoint& t : map.stages[s].touchpoints)
            out.push_back({&t, static_cast<int>(s)});
    return out;
}

std::string key(const Touchpoint& t)
{
    return t.code.empty() ? "name:" + t.name : "code:" + t.code;
}

bool sameOpportunities(const std::vector<Opportunity>& a, const std::vector<Opportunity>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Opportunity& x = a[i];
        const Opportunity& y = b[i];
        if (x.text != y.text || x.owner != y.owner || x.priority != y.priority ||
            x.status != y.status)
            return false;
    }
    return true;
}

int openOpportunities(const JourneyMap& map)
{
    int n = 0;
    for (const Stage& s : map.stages)
        for (const Touchpoint& t : s.touchpoints)
            n += static_cast<int>(std::count_if(
                t.opportunities.begin(), t.opportunities.end(),
                [](const Opportunity& o) { return o.status == OpportunityStatus::Open; }));
    return n;
}

} // namespace

MapComparison compareMaps(const JourneyMap& before, const JourneyMap& after)
{
    MapComparison result;
    result.meanEmotionBefore = meanEmotion(before);
    result.meanEmotionAfter = meanEmotion(after);
    result.openOpportunitiesBefore = openOpportunities(before);
    result.openOpportunitiesAfter = openOpportunities(after);

    // --- stages: by name, then renamed ones by position
    const int nb = static_cast<int>(before.stages.size());
    const int na = static_cast<int>(after.stages.size());
    std::vector<int> afterToBefore(static_cast<std::size_t>(na), -1);
    std::vector<int> beforeToAfter(static_cast<std::size_t>(nb), -1);
    for (int a = 0; a < na; ++a)
        for (int b = 0; b < nb; ++b)
            if (beforeToAfter[static_cast<std::size_t>(b)] < 0 &&
                before.stages[static_cast<std::size_t>(b)].name ==
                    after.stages[static_cast<std::size_t>(a)].name) {
                afterToBefore[static_cast<std::size_t>(a)] = b;
                beforeToAfter[static_cast<std::size_t>(b)] = a;
                break;
            }
    for (int a = 0; a < na && a < nb; ++a)
        if (afterToBefore[static_cast<std::size_t>(a)] < 0 &&
            beforeToAfter[static_cast<std::size_t>(a)] < 0) {
            afterToBefore[static_cast<std::size_t>(a)] = a;
            beforeToAfter[static_cast<std::size_t>(a)] = a;
        }

    // Order among matched stages: a stage "moved" when its rank differs between the maps, so
    // inserting a stage at the front does not report every later stage as moved.
    std::vector<int> matchedBefore;
    for (int a = 0; a < na; ++a)
        if (afterToBefore[static_cast<std::size_t>(a)] >= 0)
            matchedBefore.push_back(afterToBefore[static_cast<std::size_t>(a)]);
    std::vector<int> sortedBefore = matchedBefore;
    std::sort(sortedBefore.begin(), sortedBefore.end());

    int rank = 0;
    for (int a = 0; a < na; ++a) {
        const Stage& sa = after.stages[static_cast<std::size_t>(a)];
        const int b = afterToBefore[static_cast<std::size_t>(a)];
        if (b < 0) {
            result.stages.push_back({ChangeKind::Added, sa.name, -1, a, {}});
            continue;
        }
        const Stage& sb = before.stages[static_cast<std::size_t>(b)];
        StageChange c{ChangeKind::Changed, sa.name, b, a, {}};
        if (sa.name != sb.name)
            c.fields.push_back("name");
        if (sa.description != sb.description)
            c.fields.push_back("description");
        if (sortedBefore[static_cast<std::size_t>(rank)] != b)
            c.fields.push_back("position");
        ++rank;
        if (!c.fields.empty())
            result.stages.push_back(std::move(c));
    }
    for (int b = 0; b < nb; ++b)
        if (beforeToAfter[static_cast<std::size_t>(b)] < 0)
            result.stages.push_back(
                {ChangeKind::Removed, before.stages[static_cast<std::size_t>(b)].name, b, -1, {}});

    // --- touchpoints: by code (or name), occurrences paired in order
    auto flatBefore = flatten(before);
    const auto flatAfter = flatten(after);
    for (const FlatTouchpoint& fa : flatAfter) {
        const Touchpoint& ta = *fa.tp;
        const std::string stageAfter = after.stages[static_cast<std::size_t>(fa.stage)].name;
        auto match = std::find_if(flatBefore.begin(), flatBefore.end(), [&](const auto& fb) {
            return !fb.matched && key(*fb.tp) == key(ta);
        });
        if (match == flatBefore.end()) {
            TouchpointChange c;
            c.kind = ChangeKind::Added;
            c.name = ta.name;
            c.code = ta.code;
            c.stageAfter = stageAfter;
            c.emotionAfter = ta.emotion;
            result.touchpoints.push_back(std::move(c));
            continue;
        }
        match->matched = true;
        const Touchpoint& tb = *match->tp;
        TouchpointChange c;
        c.kind = ChangeKind::Changed;
        c.name = ta.name;
        c.code = ta.code;
        c.stageBefore = before.stages[static_cast<std::size_t>(match->stage)].name;
        c.stageAfter = stageAfter;
        c.emotionBefore = tb.emotion;
        c.emotionAfter = ta.emotion;
        auto differs = [&](bool d, const char* field) {
            if (d)
                c.fields.push_back(field);
        };
        differs(ta.name != tb.name, "name");
        differs(beforeToAfter[static_cast<std::size_t>(match->stage)] != fa.stage, "stage");
        differs(ta.channel != tb.channel, "channel");
        differs(ta.action != tb.action, "action");
        differs(ta.thoughts != tb.thoughts, "thoughts");
        differs(ta.emotion != tb.emotion, "emotion");
        differs(ta.painPoints != tb.painPoints, "pain_points");
        differs(ta.backstage != tb.backstage, "backstage");
        differs(ta.kpis != tb.kpis, "kpis");
        differs(!sameOpportunities(ta.opportunities, tb.opportunities), "opportunities");
        if (c.fields.empty())
            ++result.unchangedTouchpoints;
        else
            result.touchpoints.push_back(std::move(c));
    }
    for (const FlatTouchpoint& fb : flatBefore) {
        if (fb.matched)
            continue;
        TouchpointChange c;
        c.kind = ChangeKind::Removed;
        c.name = fb.tp->name;
        c.code = fb.tp->code;
        c.stageBefore = before.stages[static_cast<std::size_t>(fb.stage)].name;
        c.emotionBefore = fb.tp->emotion;
        result.touchpoints.push_back(std::move(c));
    }
    return result;
}

} // namespace vd::journey
