// The small fixed part of the demo workspace: journey map with persona, rated attributes,
// surveys, loyalty tiers and the airline Kano study.

#include "demo/Generator.h"
#include "demo/Random.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_set>

namespace vd::demo {

namespace {

constexpr std::int64_t kDay = 86400;

// The KPIs every demo touchpoint shows, with alert thresholds where the coffee shop knows its
// weak spots (docs/demo.md), so the map opens with some touchpoints flagged: service chat
// NPS below +10, a hard counter queue (CES mean below 4.5 on 1-7), deliveries that are a
// hassle (fewer than 60 % find them easy, CES 5-7). Taste carries a threshold it does not
// cross (CSAT top-2 below 70 %). Each margin holds from 10^3 to 10^5 customers.
const char* demoKpis(std::string_view code)
{
    if (code == "support_chat")
        return R"([{"metric":"nps","threshold":10,"alert":"below"},"csat","ces","responses"])";
    if (code == "queue_order")
        return R"(["nps","csat",{"metric":"ces","threshold":4.5,"alert":"below"},"responses"])";
    if (code == "delivery")
        return R"(["nps","csat","ces",{"metric":"ces_agree","threshold":60,"alert":"below"},"responses"])";
    if (code == "drink_quality")
        return R"(["nps",{"metric":"csat","threshold":70,"alert":"below"},"ces","responses"])";
    return R"(["nps","csat","ces","responses"])";
}

void insertJourney(Database& db, const Calendar& cal, DemoSummary& summary)
{
    Statement persona =
        db.prepare("INSERT INTO personas (name, avatar, age, occupation, income, behaviour, needs, "
                   "pain_points, goals, motivations, channels, quote) "
                   "VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    persona
        .bindAll("Lin Xiaoyu 林晓雨", 29, "Product manager at an internet company in Shanghai",
                 "¥25,000 a month",
                 "Buys a latte four or five times a week; orders ahead in the app on workdays and "
                 "works from the store on Saturdays; follows the brand on Xiaohongshu.",
                 "Good coffee fast in the morning; a quiet seat with reliable Wi-Fi to work.",
                 "Morning queues; app payment failures; coupon rules she cannot follow.",
                 "Make the 9:30 stand-up with a good coffee in hand; reach Gold tier this year.",
                 "Quality, convenience and a third place between home and office.",
                 R"(["app","store","social","email"])",
                 "我每天的第一杯咖啡必须好喝，而且不能排队。"
                 " (My first coffee of the day has to be good, and I don't want to queue.)")
        .run();
    std::int64_t personaId = db.lastInsertId();

    Statement map = db.prepare(
        "INSERT INTO journey_maps (name, persona_id, description, kind, created_at, updated_at) "
        "VALUES (?, ?, ?, 'as_is', ?, ?)");
    map.bindAll(kDemoJourneyMap, personaId,
                "咖啡店顾客旅程：从社交媒体种草、到店或App下单，到成为会员并推荐给朋友（现状）。"
                " Coffee-shop customer journey, as is.",
                cal.start + 30 * kDay, cal.end - 10 * kDay)
        .run();
    std::int64_t mapId = db.lastInsertId();

    Statement stage = db.prepare("INSERT INTO journey_stages (map_id, position, name, description) "
                                 "VALUES (?, ?, ?, ?)");
    Statement touchpoint = db.prepare(
        "INSERT INTO journey_touchpoints (stage_id, position, name, code, channel, action, "
        "thoughts, emotion, pain_points, backstage, kpis) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement opportunity = db.prepare(
        "INSERT INTO journey_opportunities (touchpoint_id, position, text, owner, priority, "
        "status) VALUES (?, ?, ?, ?, ?, ?)");

    int stageCount = static_cast<int>(std::size(kStages));
    for (int s = 0; s < stageCount; ++s) {
        stage.bindAll(mapId, s, kStages[s].name, kStages[s].description).run();
        std::int64_t stageId = db.lastInsertId();
        ++summary.journeyStages;
        int position = 0;
        for (const TouchpointDef& tp : kTouchpoints) {
            if (tp.stage != s)
                continue;
            std::optional<std::string> pain;
            if (*tp.painPoints)
                pain = tp.painPoints;
            touchpoint
                .bindAll(stageId, position++, tp.name, tp.code, kChannels[tp.channel], tp.action,
                         tp.thoughts, tp.emotion, pain, tp.backstage, demoKpis(tp.code))
                .run();
            std::int64_t touchpointId = db.lastInsertId();
            ++summary.journeyTouchpoints;
            int opPosition = 0;
            for (const OpportunityDef& op : kOpportunities) {
                if (std::string_view(op.touchpoint) != tp.code)
                    continue;
                opportunity
                    .bindAll(touchpointId, opPosition++, op.text, op.owner, op.priority,
                             op.solved ? "solved" : "open")
                    .run();
                ++summary.journeyOpportunities;
            }
        }
    }
}

void insertAttributes(Database& db, Reference& ref, DemoSummary& summary)
{
    Statement st = db.prepare("INSERT INTO attributes (code, name, name_zh, layer, component, "
                              "kotler, is_cost) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (int a = 0; a < kAttributeCount; ++a) {
        const AttributeDef& d = kAttributes[a];
        st.bindAll(d.code, d.name, d.nameZh, d.layer, d.component, d.kotler, d.isCost ? 1 : 0)
            .run();
        ref.attributeIds[static_cast<std::size_t>(a)] = db.lastInsertId();
        ++summary.attributes;
    }
}

void insertSurveys(Database& db, const Calendar& cal, Reference& ref, DemoSummary& summary)
{
    Statement st = db.prepare("INSERT INTO surveys (name, kind, created_at) VALUES (?, ?, ?)");
    auto add = [&](const char* name, const char* kind) {
        st.bindAll(name, kind, cal.start).run();
        ++summary.surveys;
        return db.lastInsertId();
    };
    ref.relationshipSurvey = add("Quarterly relationship survey", "relationship");
    ref.pulseSurvey = add("Post-purchase pulse", "transactional");
    ref.welcomeSurvey = add("New customer welcome", "transactional");
    ref.serviceSurvey = add("Customer service follow-up", "transactional");
}

void insertTiers(Database& db, DemoSummary& summary)
{
    Statement st =
        db.prepare("INSERT INTO loyalty_tiers (name, min_points, position) VALUES (?, ?, ?)");
    int position = 0;
    for (const TierDef& t : kTiers) {
        st.bindAll(t.name, t.minPoints, position++).run();
        ++summary.loyaltyTiers;
    }
}

void insertKanoStudy(Database& db, const Calendar& cal, Reference& ref, DemoSummary& summary)
{
    db.prepare("INSERT INTO kano_studies (name, description, created_at) VALUES (?, ?, ?)")
        .bindAll(kDemoKanoStudy,
                 "航空客舱服务的卡诺调查（课程示例）：准点起飞是必备属性，舒适的座位和可口的餐食是"
                 "期望属性，免费升舱是魅力属性。 Kano survey of cabin features from the course "
                 "example.",
                 cal.end - 120 * kDay)
        .run();
    ref.kanoStudy = db.lastInsertId();
    Statement st = db.prepare("INSERT INTO kano_features (study_id, code, name, name_zh, "
                              "position) VALUES (?, ?, ?, ?, ?)");
    int position = 0;
    for (const KanoFeatureDef& f : kKanoFeatures) {
        st.bindAll(ref.kanoStudy, f.code, f.name, f.nameZh, position++).run();
        ref.kanoFeatureIds.push_back(db.lastInsertId());
        ++summary.kanoFeatures;
    }
}

// One (functional, dysfunctional) answer pair of the given Kano category, drawn among the
// cells of the standard evaluation table that yield it.
std::pair<int, int> kanoCell(Random& rng, int category)
{
    static const Discrete kLiveWith{0.3, 0.45, 0.25};    // dysfunctional 2, 3, 4
    static const Discrete kExpectNeutral{0.5, 0.3, 0.2}; // functional 2, 3, 4
    static const Discrete kIndifferentF{0.2, 0.6, 0.2};
    static const Discrete kIndifferentD{0.2, 0.55, 0.25};
    static const Discrete kReverse{0.4, 0.2, 0.2, 0.2};
    switch (category) {
    case 0: // attractive: like it / expect, neutral or live with its absence
        return {1, 2 + kLiveWith(rng)};
    case 1: // one-dimensional
        return {1, 5};
    case 2: // must-be
        return {2 + kExpectNeutral(rng), 5};
    case 3: // indifferent
        return {2 + kIndifferentF(rng), 2 + kIndifferentD(rng)};
    case 4: { // reverse
        static const std::pair<int, int> cells[] = {{5, 1}, {4, 1}, {3, 1}, {5, 3}};
        return cells[kReverse(rng)];
    }
    default: // questionable
        return rng.chance(0.6) ? std::pair{1, 1} : std::pair{5, 5};
    }
}

} // namespace

void insertReferenceData(Database& db, const DemoOptions& options, const Calendar& calendar,
                         Reference& ref, DemoSummary& summary)
{
    if (options.journeyMap)
        insertJourney(db, calendar, summary);
    insertAttributes(db, ref, summary);
    insertSurveys(db, calendar, ref, summary);
    insertTiers(db, summary);
    if (options.kano)
        insertKanoStudy(db, calendar, ref, summary);
}

void insertKanoAnswers(Database& db, Random& rng, Random& linkRng, const DemoOptions& options,
                       const Calendar& cal, const Reference& ref, DemoSummary& summary)
{
    if (!options.kano || options.kanoRespondents <= 0)
        return;
    const std::int64_t n = options.kanoRespondents;
    const std::int64_t customers = options.customers;

    // Distinct customers by Floyd's sampling when there are enough, otherwise all of them
    // followed by anonymous respondents.
    std::vector<std::int64_t> linked;
    if (customers >= n) {
        std::unordered_set<std::int64_t> chosen;
        for (std::int64_t j = customers - n; j < customers; ++j) {
            std::int64_t t = linkRng.between(0, j);
            std::int64_t pick = chosen.count(t + 1) ? j + 1 : t + 1;
            chosen.insert(pick);
            linked.push_back(pick);
        }
    } else {
        for (std::int64_t c = 1; c <= customers; ++c)
            linked.push_back(c);
    }

    Statement created = db.prepare("SELECT created_at FROM customers WHERE id = ?");
    Statement respondent = db.prepare("INSERT INTO kano_respondents (study_id, customer_id, "
                                      "external_id, ts) VALUES (?, ?, ?, ?)");
    Statement answer = db.prepare("INSERT INTO kano_answers (respondent_id, feature_id, "
                                  "functional, dysfunctional, importance) VALUES (?, ?, ?, ?, ?)");

    std::vector<Discrete> categories;
    for (const KanoFeatureDef& f : kKanoFeatures)
        categories.emplace_back(std::vector<double>(std::begin(f.share), std::end(f.share)));

    // Fieldwork over 60 days ending a month before the end of the window.
    const std::int64_t fieldEnd = cal.end - 30 * kDay;
    const std::int64_t fieldStart = std::max(cal.start, fieldEnd - 60 * kDay);
    char externalId[16];
    for (std::int64_t r = 0; r < n; ++r) {
        std::int64_t ts = fieldStart + rng.below(std::max<std::int64_t>(1, fieldEnd - fieldStart));
        std::optional<std::int64_t> customer;
        if (r < static_cast<std::int64_t>(linked.size())) {
            customer = linked[static_cast<std::size_t>(r)];
            created.bind(1, *customer);
            std::int64_t joined = created.step() ? created.getInt(0) : cal.start;
            created.reset();
            if (joined > ts)
                ts = joined + linkRng.below(std::max<std::int64_t>(1, cal.end - joined));
        }
        std::snprintf(externalId, sizeof externalId, "K%04lld", static_cast<long long>(r + 1));
        respondent.bindAll(ref.kanoStudy, customer, externalId, ts).run();
        std::int64_t respondentId = db.lastInsertId();
        ++summary.kanoRespondents;
        for (std::size_t f = 0; f < std::size(kKanoFeatures); ++f) {
            int category = categories[f](rng);
            auto [functional, dysfunctional] = kanoCell(rng, category);
            double shift = category <= 2 ? 0.3 : (category == 3 ? -0.5 : 0.0);
            double importance = std::clamp(
                std::round(kKanoFeatures[f].importance + shift + rng.normal()), 1.0, 7.0);
            answer
                .bindAll(respondentId, ref.kanoFeatureIds[f], functional, dysfunctional, importance)
                .run();
            ++summary.kanoAnswers;
        }
    }
}

} // namespace vd::demo
