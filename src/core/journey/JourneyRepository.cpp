#include "valuedesk/journey/JourneyRepository.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>

namespace vd::journey {

namespace {

using Json = nlohmann::json;

std::optional<std::string> orNull(const std::string& s)
{
    if (s.empty())
        return std::nullopt;
    return s;
}

std::string text(const Statement& st, int col)
{
    return st.getOptText(col).value_or(std::string());
}

// personas.channels is a JSON array; older or hand-written rows may hold "a, b".
std::vector<std::string> parseChannels(const std::string& raw)
{
    std::vector<std::string> out;
    if (raw.empty())
        return out;
    Json j = Json::parse(raw, nullptr, false);
    if (j.is_array()) {
        for (const Json& c : j)
            if (c.is_string())
                out.push_back(c.get<std::string>());
        return out;
    }
    std::size_t start = 0;
    while (start <= raw.size()) {
        std::size_t end = raw.find(',', start);
        if (end == std::string::npos)
            end = raw.size();
        std::string item = raw.substr(start, end - start);
        const auto first = item.find_first_not_of(" \t");
        const auto last = item.find_last_not_of(" \t");
        if (first != std::string::npos)
            out.push_back(item.substr(first, last - first + 1));
        start = end + 1;
    }
    return out;
}

std::optional<std::string> channelsJson(const std::vector<std::string>& channels)
{
    if (channels.empty())
        return std::nullopt;
    return Json(channels).dump();
}

Persona readPersona(const Statement& st)
{
    Persona p;
    p.id = st.getInt(0);
    p.name = text(st, 1);
    p.avatar = text(st, 2);
    if (auto age = st.getOptInt(3))
        p.age = static_cast<int>(*age);
    p.occupation = text(st, 4);
    p.income = text(st, 5);
    p.behaviour = text(st, 6);
    p.needs = text(st, 7);
    p.painPoints = text(st, 8);
    p.goals = text(st, 9);
    p.motivations = text(st, 10);
    p.channels = parseChannels(text(st, 11));
    p.quote = text(st, 12);
    return p;
}

constexpr const char* kPersonaColumns =
    "id, name, avatar, age, occupation, income, behaviour, needs, pain_points, goals, "
    "motivations, channels, quote";

std::set<std::int64_t> idSet(Database& db, const char* sql, std::int64_t mapId)
{
    std::set<std::int64_t> ids;
    Statement st = db.prepare(sql);
    st.bind(1, mapId);
    while (st.step())
        ids.insert(st.getInt(0));
    return ids;
}

void deleteMissing(Database& db, const char* sql, const std::set<std::int64_t>& existing,
                   const std::unordered_set<std::int64_t>& kept)
{
    Statement st = db.prepare(sql);
    for (std::int64_t id : existing)
        if (!kept.count(id)) {
            st.bind(1, id);
            st.run();
        }
}

} // namespace

JourneyRepository::JourneyRepository(Database& db, Clock clock)
    : m_db(db), m_clock(std::move(clock))
{
}

std::int64_t JourneyRepository::now() const
{
    if (m_clock)
        return m_clock();
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::vector<MapSummary> JourneyRepository::listMaps()
{
    Statement st = m_db.prepare(
        "SELECT m.id, m.name, m.kind, m.persona_id, coalesce(p.name, ''), m.source_map_id, "
        " (SELECT count(*) FROM journey_stages s WHERE s.map_id = m.id), "
        " (SELECT count(*) FROM journey_touchpoints t JOIN journey_stages s ON s.id = t.stage_id"
        "  WHERE s.map_id = m.id), "
        " (SELECT count(*) FROM journey_opportunities o"
        "  JOIN journey_touchpoints t ON t.id = o.touchpoint_id"
        "  JOIN journey_stages s ON s.id = t.stage_id"
        "  WHERE s.map_id = m.id AND o.status = 'open'), "
        " m.updated_at "
        "FROM journey_maps m LEFT JOIN personas p ON p.id = m.persona_id "
        "ORDER BY m.name COLLATE NOCASE, m.id");
    std::vector<MapSummary> maps;
    while (st.step()) {
        MapSummary s;
        s.id = st.getInt(0);
        s.name = st.getText(1);
        s.kind = mapKindFromCode(st.getText(2)).value_or(MapKind::AsIs);
        s.personaId = st.getOptInt(3);
        s.personaName = st.getText(4);
        s.sourceMapId = st.getOptInt(5);
        s.stages = static_cast<int>(st.getInt(6));
        s.touchpoints = static_cast<int>(st.getInt(7));
        s.openOpportunities = static_cast<int>(st.getInt(8));
        s.updatedAt = st.getInt(9);
        maps.push_back(std::move(s));
    }
    return maps;
}

std::optional<std::int64_t> JourneyRepository::findMapByName(const std::string& name)
{
    Statement st = m_db.prepare("SELECT id FROM journey_maps WHERE name = ? ORDER BY id LIMIT 1");
    st.bind(1, name);
    if (st.step())
        return st.getInt(0);
    return std::nullopt;
}

JourneyMap JourneyRepository::loadMap(std::int64_t id)
{
    JourneyMap map;
    {
        Statement st = m_db.prepare(
            "SELECT id, name, description, kind, persona_id, source_map_id, created_at, "
            "updated_at FROM journey_maps WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            throw InputError("there is no journey map with id " + std::to_string(id));
        map.id = st.getInt(0);
        map.name = st.getText(1);
        map.description = text(st, 2);
        map.kind = mapKindFromCode(st.getText(3)).value_or(MapKind::AsIs);
        map.personaId = st.getOptInt(4);
        map.sourceMapId = st.getOptInt(5);
        map.createdAt = st.getInt(6);
        map.updatedAt = st.getInt(7);
    }

    std::map<std::int64_t, std::size_t> stageIndex;
    {
        Statement st = m_db.prepare("SELECT id, name, description FROM journey_stages "
                                    "WHERE map_id = ? ORDER BY position, id");
        st.bind(1, id);
        while (st.step()) {
            Stage s;
            s.id = st.getInt(0);
            s.name = st.getText(1);
            s.description = text(st, 2);
            stageIndex[s.id] = map.stages.size();
            map.stages.push_back(std::move(s));
        }
    }

    std::map<std::int64_t, std::pair<std::size_t, std::size_t>> touchpointIndex;
    {
        Statement st = m_db.prepare(
            "SELECT t.id, t.stage_id, t.name, t.code, t.channel, t.action, t.thoughts, t.emotion,"
            " t.pain_points, t.backstage, t.kpis FROM journey_touchpoints t"
            " JOIN journey_stages s ON s.id = t.stage_id WHERE s.map_id = ?"
            " ORDER BY t.stage_id, t.position, t.id");
        st.bind(1, id);
        while (st.step()) {
            Touchpoint t;
            t.id = st.getInt(0);
            const std::size_t si = stageIndex.at(st.getInt(1));
            t.name = st.getText(2);
            t.code = text(st, 3);
            t.channel = text(st, 4);
            t.action = text(st, 5);
            t.thoughts = text(st, 6);
            t.emotion = static_cast<int>(st.getInt(7));
            t.painPoints = text(st, 8);
            t.backstage = text(st, 9);
            try {
                t.kpis = kpisFromJson(text(st, 10));
            } catch (const InputError& e) {
                throw InputError("journey map \"" + map.name + "\", touchpoint \"" + t.name +
                                 "\": " + e.reason());
            }
            auto& list = map.stages[si].touchpoints;
            touchpointIndex[t.id] = {si, list.size()};
            list.push_back(std::move(t));
        }
    }

    {
        Statement st = m_db.prepare(
            "SELECT o.id, o.touchpoint_id, o.text, o.owner, o.priority, o.status"
            " FROM journey_opportunities o JOIN journey_touchpoints t ON t.id = o.touchpoint_id"
            " JOIN journey_stages s ON s.id = t.stage_id WHERE s.map_id = ?"
            " ORDER BY o.touchpoint_id, o.position, o.id");
        st.bind(1, id);
        while (st.step()) {
            Opportunity o;
            o.id = st.getInt(0);
            const auto [si, ti] = touchpointIndex.at(st.getInt(1));
            o.text = st.getText(2);
            o.owner = text(st, 3);
            o.priority = static_cast<int>(st.getInt(4));
            o.status =
                st.getText(5) == "solved" ? OpportunityStatus::Solved : OpportunityStatus::Open;
            map.stages[si].touchpoints[ti].opportunities.push_back(std::move(o));
        }
    }
    return map;
}

void JourneyRepository::saveMap(JourneyMap& input)
{
    validate(input);
    // Work on a copy: ids assigned inside a transaction that rolls back must not leak out.
    JourneyMap map = input;
    Transaction tx(m_db);

    if (map.personaId &&
        m_db.queryInt("SELECT count(*) FROM personas WHERE id = ?", *map.personaId) == 0)
        throw InputError("there is no persona with id " + std::to_string(*map.personaId));
    if (map.sourceMapId &&
        m_db.queryInt("SELECT count(*) FROM journey_maps WHERE id = ?", *map.sourceMapId) == 0)
        map.sourceMapId.reset(); // the source was deleted meanwhile: nothing to link to

    const std::int64_t t = now();
    if (map.createdAt == 0)
        map.createdAt = t;
    map.updatedAt = t;
    const std::string kind(mapKindCode(map.kind));
    if (map.id == 0) {
        m_db.prepare("INSERT INTO journey_maps (name, persona_id, description, kind, "
                     "source_map_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bindAll(map.name, map.personaId, orNull(map.description), kind, map.sourceMapId,
                     map.createdAt, map.updatedAt)
            .run();
        map.id = m_db.lastInsertId();
    } else {
        m_db.prepare("UPDATE journey_maps SET name = ?, persona_id = ?, description = ?, "
                     "kind = ?, source_map_id = ?, created_at = ?, updated_at = ? WHERE id = ?")
            .bindAll(map.name, map.personaId, orNull(map.description), kind, map.sourceMapId,
                     map.createdAt, map.updatedAt, map.id)
            .run();
        if (m_db.changes() == 0)
            throw InputError("there is no journey map with id " + std::to_string(map.id));
    }

    const auto stages = idSet(m_db, "SELECT id FROM journey_stages WHERE map_id = ?", map.id);
    const auto touchpoints =
        idSet(m_db,
              "SELECT t.id FROM journey_touchpoints t JOIN journey_stages s ON s.id = t.stage_id "
              "WHERE s.map_id = ?",
              map.id);
    const auto opportunities =
        idSet(m_db,
              "SELECT o.id FROM journey_opportunities o JOIN journey_touchpoints t"
              " ON t.id = o.touchpoint_id JOIN journey_stages s ON s.id = t.stage_id "
              "WHERE s.map_id = ?",
              map.id);
    std::unordered_set<std::int64_t> keptStages, keptTouchpoints, keptOpportunities;
    // An id is reused only when it belongs to this map and was not used earlier in this save
    // (a copied touchpoint may carry its original's id).
    auto reuse = [](std::int64_t id, const std::set<std::int64_t>& existing,
                    std::unordered_set<std::int64_t>& kept) {
        return id != 0 && existing.count(id) && kept.insert(id).second;
    };

    Statement insStage = m_db.prepare(
        "INSERT INTO journey_stages (map_id, position, name, description) VALUES (?, ?, ?, ?)");
    Statement updStage = m_db.prepare(
        "UPDATE journey_stages SET position = ?, name = ?, description = ? WHERE id = ?");
    Statement insTouchpoint = m_db.prepare(
        "INSERT INTO journey_touchpoints (stage_id, position, name, code, channel, action, "
        "thoughts, emotion, pain_points, backstage, kpis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)");
    Statement updTouchpoint = m_db.prepare(
        "UPDATE journey_touchpoints SET stage_id = ?, position = ?, name = ?, code = ?, "
        "channel = ?, action = ?, thoughts = ?, emotion = ?, pain_points = ?, backstage = ?, "
        "kpis = ? WHERE id = ?");
    Statement insOpportunity = m_db.prepare(
        "INSERT INTO journey_opportunities (touchpoint_id, position, text, owner, priority, "
        "status) VALUES (?, ?, ?, ?, ?, ?)");
    Statement updOpportunity = m_db.prepare(
        "UPDATE journey_opportunities SET touchpoint_id = ?, position = ?, text = ?, owner = ?, "
        "priority = ?, status = ? WHERE id = ?");

    for (std::size_t si = 0; si < map.stages.size(); ++si) {
        Stage& s = map.stages[si];
        const auto pos = static_cast<std::int64_t>(si);
        if (reuse(s.id, stages, keptStages)) {
            updStage.bindAll(pos, s.name, orNull(s.description), s.id).run();
        } else {
            insStage.bindAll(map.id, pos, s.name, orNull(s.description)).run();
            s.id = m_db.lastInsertId();
        }
        for (std::size_t ti = 0; ti < s.touchpoints.size(); ++ti) {
            Touchpoint& tp = s.touchpoints[ti];
            const auto tpos = static_cast<std::int64_t>(ti);
            const std::string kpis = kpisToJson(tp.kpis);
            if (reuse(tp.id, touchpoints, keptTouchpoints)) {
                updTouchpoint
                    .bindAll(s.id, tpos, tp.name, orNull(tp.code), orNull(tp.channel),
                             orNull(tp.action), orNull(tp.thoughts), tp.emotion,
                             orNull(tp.painPoints), orNull(tp.backstage), kpis, tp.id)
                    .run();
            } else {
                insTouchpoint
                    .bindAll(s.id, tpos, tp.name, orNull(tp.code), orNull(tp.channel),
                             orNull(tp.action), orNull(tp.thoughts), tp.emotion,
                             orNull(tp.painPoints), orNull(tp.backstage), kpis)
                    .run();
                tp.id = m_db.lastInsertId();
            }
            for (std::size_t oi = 0; oi < tp.opportunities.size(); ++oi) {
                Opportunity& o = tp.opportunities[oi];
                const auto opos = static_cast<std::int64_t>(oi);
                const char* status = o.status == OpportunityStatus::Solved ? "solved" : "open";
                if (reuse(o.id, opportunities, keptOpportunities)) {
                    updOpportunity
                        .bindAll(tp.id, opos, o.text, orNull(o.owner), o.priority, status, o.id)
                        .run();
                } else {
                    insOpportunity.bindAll(tp.id, opos, o.text, orNull(o.owner), o.priority, status)
                        .run();
                    o.id = m_db.lastInsertId();
                }
            }
        }
    }

    // Deleting after the updates: a touchpoint moved out of a removed stage has already been
    // re-parented, so the cascade of the stage delete cannot take it along.
    deleteMissing(m_db, "DELETE FROM journey_opportunities WHERE id = ?", opportunities,
                  keptOpportunities);
    deleteMissing(m_db, "DELETE FROM journey_touchpoints WHERE id = ?", touchpoints,
                  keptTouchpoints);
    deleteMissing(m_db, "DELETE FROM journey_stages WHERE id = ?", stages, keptStages);
    tx.commit();
    input = std::move(map);
}

void JourneyRepository::deleteMap(std::int64_t id)
{
    Transaction tx(m_db);
    m_db.prepare("DELETE FROM journey_maps WHERE id = ?").bindAll(id).run();
    if (m_db.changes() == 0)
        throw InputError("there is no journey map with id " + std::to_string(id));
    tx.commit();
}

JourneyMap JourneyRepository::duplicateMap(std::int64_t id, const std::string& newName,
                                           MapKind kind)
{
    JourneyMap copy = loadMap(id);
    const auto personaId = copy.personaId;
    copy = contentOf(std::move(copy));
    copy.personaId = personaId;
    copy.sourceMapId = id;
    copy.name = newName;
    copy.kind = kind;
    saveMap(copy);
    return copy;
}

std::vector<Persona> JourneyRepository::listPersonas()
{
    Statement st = m_db.prepare(std::string("SELECT ") + kPersonaColumns +
                                " FROM personas ORDER BY name COLLATE NOCASE, id");
    std::vector<Persona> out;
    while (st.step())
        out.push_back(readPersona(st));
    return out;
}

Persona JourneyRepository::loadPersona(std::int64_t id)
{
    Statement st =
        m_db.prepare(std::string("SELECT ") + kPersonaColumns + " FROM personas WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw InputError("there is no persona with id " + std::to_string(id));
    return readPersona(st);
}

void JourneyRepository::savePersona(Persona& p)
{
    validate(p);
    std::optional<std::int64_t> age;
    if (p.age)
        age = *p.age;
    if (p.id == 0) {
        m_db.prepare("INSERT INTO personas (name, avatar, age, occupation, income, behaviour, "
                     "needs, pain_points, goals, motivations, channels, quote) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(p.name, orNull(p.avatar), age, orNull(p.occupation), orNull(p.income),
                     orNull(p.behaviour), orNull(p.needs), orNull(p.painPoints), orNull(p.goals),
                     orNull(p.motivations), channelsJson(p.channels), orNull(p.quote))
            .run();
        p.id = m_db.lastInsertId();
        return;
    }
    m_db.prepare("UPDATE personas SET name = ?, avatar = ?, age = ?, occupation = ?, income = ?, "
                 "behaviour = ?, needs = ?, pain_points = ?, goals = ?, motivations = ?, "
                 "channels = ?, quote = ? WHERE id = ?")
        .bindAll(p.name, orNull(p.avatar), age, orNull(p.occupation), orNull(p.income),
                 orNull(p.behaviour), orNull(p.needs), orNull(p.painPoints), orNull(p.goals),
                 orNull(p.motivations), channelsJson(p.channels), orNull(p.quote), p.id)
        .run();
    if (m_db.changes() == 0)
        throw InputError("there is no persona with id " + std::to_string(p.id));
}

void JourneyRepository::deletePersona(std::int64_t id)
{
    m_db.prepare("DELETE FROM personas WHERE id = ?").bindAll(id).run();
    if (m_db.changes() == 0)
        throw InputError("there is no persona with id " + std::to_string(id));
}

JourneyDocument JourneyRepository::loadDocument(std::int64_t mapId)
{
    JourneyDocument doc;
    doc.map = loadMap(mapId);
    if (doc.map.personaId)
        doc.persona = loadPersona(*doc.map.personaId);
    return doc;
}

std::int64_t JourneyRepository::importDocument(JourneyDocument& document)
{
    JourneyDocument doc = document;
    validate(doc.map);
    if (doc.persona)
        validate(*doc.persona);
    Transaction tx(m_db);
    doc.map = contentOf(std::move(doc.map));
    if (doc.persona) {
        doc.persona->id = 0;
        savePersona(*doc.persona);
        doc.map.personaId = doc.persona->id;
    }
    const std::string base = doc.map.name;
    for (int n = 2; findMapByName(doc.map.name); ++n)
        doc.map.name = base + " (" + std::to_string(n) + ")";
    saveMap(doc.map);
    tx.commit();
    document = std::move(doc);
    return document.map.id;
}

} // namespace vd::journey
