#pragma once

#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/journey/JourneyModel.h"
#include "valuedesk/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vd::test {

// A small hand-made map whose every field is known: three stages, five touchpoints, two
// opportunities, thresholds on some KPIs. Tests edit it and check what they expect.
inline journey::JourneyMap sampleMap()
{
    using namespace vd::journey;
    JourneyMap map;
    map.name = "Coffee visit";
    map.description = "Morning visit, as is";
    Stage aware{0, "Awareness", "First contact", {}};
    Touchpoint ad;
    ad.name = "Social ad";
    ad.code = "ad_social";
    ad.channel = "social";
    ad.action = "Sees a post";
    ad.thoughts = "Looks good";
    ad.emotion = 1;
    ad.kpis = {{KpiMetric::Responses, std::nullopt, AlertWhen::Below}};
    aware.touchpoints.push_back(ad);
    Touchpoint friendTp;
    friendTp.name = "Friend";
    friendTp.emotion = 2;
    aware.touchpoints.push_back(friendTp);

    Stage buy{0, "Purchase", "Order and pay", {}};
    Touchpoint queue;
    queue.name = "Queue and order";
    queue.code = "queue_order";
    queue.channel = "store";
    queue.action = "Waits in line";
    queue.thoughts = "Why so slow?";
    queue.emotion = -2;
    queue.painPoints = "Long queue at 8:30";
    queue.backstage = "One POS at peak";
    queue.kpis = {{KpiMetric::Nps, 0.0, AlertWhen::Below},
                  {KpiMetric::CsatTop2, 60.0, AlertWhen::Below},
                  {KpiMetric::CesMean, std::nullopt, AlertWhen::Below},
                  {KpiMetric::Responses, 100.0, AlertWhen::Above}};
    queue.opportunities = {{0, "Second POS at peak", "Store ops", 1, OpportunityStatus::Open},
                           {0, "Show queue length", "Digital", 2, OpportunityStatus::Solved}};
    buy.touchpoints.push_back(queue);
    Touchpoint pay;
    pay.name = "Pay in app";
    pay.code = "checkout";
    pay.channel = "app";
    pay.emotion = 0;
    pay.kpis = defaultKpis();
    buy.touchpoints.push_back(pay);

    Stage use{0, "Use", "", {}};
    Touchpoint drink;
    drink.name = "Drink";
    drink.code = "drink_quality";
    drink.emotion = 1;
    drink.kpis = {{KpiMetric::CsatMean, 4.0, AlertWhen::Below}};
    use.touchpoints.push_back(drink);

    map.stages = {aware, buy, use};
    return map;
}

// A 4 x 4 red PNG as the data: URI the persona panel stores when a picture is chosen (so a
// map file carries the picture to other workspaces).
inline constexpr const char* kAvatarDataUri =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGO4YGAARwzEcQ"
    "D4QxMBrujpGwAAAABJRU5ErkJggg==";

inline journey::Persona samplePersona()
{
    journey::Persona p;
    p.name = "Lin Xiaoyu 林晓雨";
    p.age = 29;
    p.occupation = "Product manager";
    p.income = "¥25,000 a month";
    p.behaviour = "Latte four times a week";
    p.needs = "Fast good coffee";
    p.painPoints = "Queues";
    p.goals = "Make the stand-up";
    p.motivations = "Quality";
    p.channels = {"app", "store"};
    p.quote = "不想排队。";
    return p;
}

// A fresh workspace with helpers for the rows the KPI tests need.
class JourneyFixture
{
public:
    JourneyFixture() : m_db(m_dir.file("journey.vdw")) {}

    Database& db() { return m_db; }
    const TempDir& dir() const { return m_dir; }
    std::string path() const { return m_dir.file("journey.vdw"); }

    std::int64_t customer(const std::string& ext)
    {
        m_db.prepare("INSERT INTO customers (external_id, name, created_at) VALUES (?, ?, ?)")
            .bindAll(ext, "Customer " + ext, date::toEpoch(2023, 1, 1))
            .run();
        return m_db.lastInsertId();
    }

    std::int64_t response(std::optional<std::int64_t> customerId, std::int64_t ts,
                          std::optional<std::string> touchpoint, std::optional<int> nps,
                          std::optional<int> csat = std::nullopt,
                          std::optional<int> ces = std::nullopt)
    {
        m_db.prepare("INSERT INTO responses (customer_id, ts, touchpoint, nps, csat, ces) "
                     "VALUES (?, ?, ?, ?, ?, ?)")
            .bindAll(customerId, ts, touchpoint, nps, csat, ces)
            .run();
        return m_db.lastInsertId();
    }

    std::int64_t segment(const std::string& name, const std::vector<std::int64_t>& members)
    {
        m_db.prepare("INSERT INTO segments (name, kind, created_at) VALUES (?, 'manual', ?)")
            .bindAll(name, date::toEpoch(2024, 1, 1))
            .run();
        const std::int64_t id = m_db.lastInsertId();
        for (std::int64_t c : members)
            m_db.prepare("INSERT INTO segment_members (segment_id, customer_id) VALUES (?, ?)")
                .bindAll(id, c)
                .run();
        return id;
    }

private:
    TempDir m_dir;
    Database m_db;
};

} // namespace vd::test
