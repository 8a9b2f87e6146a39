#include "valuedesk/journey/JourneyJson.h"

#include "valuedesk/Error.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace vd::journey {

namespace {

using Json = nlohmann::json;

constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

Json personaToJson(const Persona& p)
{
    Json j = {{"name", p.name},
              {"avatar", p.avatar},
              {"occupation", p.occupation},
              {"income", p.income},
              {"behaviour", p.behaviour},
              {"needs", p.needs},
              {"pain_points", p.painPoints},
              {"goals", p.goals},
              {"motivations", p.motivations},
              {"channels", p.channels},
              {"quote", p.quote}};
    j["age"] = p.age ? Json(*p.age) : Json(nullptr);
    return j;
}

Json kpiToJson(const KpiDefinition& k)
{
    Json o = {{"metric", std::string(kpiMetricCode(k.metric))},
              {"alert", k.alertWhen == AlertWhen::Below ? "below" : "above"}};
    o["threshold"] = k.threshold ? Json(*k.threshold) : Json(nullptr);
    return o;
}

Json mapToJson(const JourneyMap& map)
{
    Json stages = Json::array();
    for (const Stage& s : map.stages) {
        Json touchpoints = Json::array();
        for (const Touchpoint& t : s.touchpoints) {
            Json kpis = Json::array();
            for (const KpiDefinition& k : t.kpis)
                kpis.push_back(kpiToJson(k));
            Json opportunities = Json::array();
            for (const Opportunity& o : t.opportunities)
                opportunities.push_back(
                    {{"text", o.text},
                     {"owner", o.owner},
                     {"priority", o.priority},
                     {"status", o.status == OpportunityStatus::Solved ? "solved" : "open"}});
            touchpoints.push_back({{"name", t.name},
                                   {"code", t.code},
                                   {"channel", t.channel},
                                   {"action", t.action},
                                   {"thoughts", t.thoughts},
                                   {"emotion", t.emotion},
                                   {"pain_points", t.painPoints},
                                   {"backstage", t.backstage},
                                   {"kpis", std::move(kpis)},
                                   {"opportunities", std::move(opportunities)}});
        }
        stages.push_back({{"name", s.name},
                          {"description", s.description},
                          {"touchpoints", std::move(touchpoints)}});
    }
    return {{"name", map.name},
            {"description", map.description},
            {"kind", std::string(mapKindCode(map.kind))},
            {"stages", std::move(stages)}};
}

// Reads one JSON object, naming the path of whatever is wrong.
class Reader
{
public:
    Reader(const Json& j, std::string path, const std::string& file)
        : m_j(j), m_path(std::move(path)), m_file(file)
    {
        if (!m_j.is_object())
            fail("must be an object");
    }

    [[noreturn]] void fail(const std::string& what, const std::string& key = {}) const
    {
        throw InputError(m_file, 0, 0, (key.empty() ? m_path : m_path + "." + key) + " " + what);
    }

    bool has(const char* key) const { return m_j.contains(key) && !m_j[key].is_null(); }

    std::string text(const char* key, bool required = false) const
    {
        if (!has(key)) {
            if (required)
                fail("is missing", key);
            return {};
        }
        if (!m_j[key].is_string())
            fail("must be a text", key);
        return m_j[key].get<std::string>();
    }

    std::optional<std::int64_t> integer(const char* key, std::int64_t lo, std::int64_t hi) const
    {
        if (!has(key))
            return std::nullopt;
        const Json& v = m_j[key];
        const bool isInt = v.is_number_integer() ||
                           (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
        if (!isInt || v.get<double>() < static_cast<double>(lo) ||
            v.get<double>() > static_cast<double>(hi))
            fail("must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                     ", not " + v.dump(),
                 key);
        return static_cast<std::int64_t>(v.get<double>());
    }

    // The array under key (empty when absent); items come with their path.
    const Json& array(const char* key) const
    {
        static const Json empty = Json::array();
        if (!has(key))
            return empty;
        if (!m_j[key].is_array())
            fail("must be an array", key);
        return m_j[key];
    }

    std::string path(const char* key, std::size_t index) const
    {
        return m_path + "." + key + "[" + std::to_string(index) + "]";
    }
    const Json& json() const { return m_j; }
    const std::string& file() const { return m_file; }

private:
    const Json& m_j;
    std::string m_path;
    const std::string& m_file;
};

Persona personaFromJson(const Json& j, const std::string& file)
{
    Reader r(j, "persona", file);
    Persona p;
    p.name = r.text("name", true);
    p.avatar = r.text("avatar");
    if (auto age = r.integer("age", 0, 130))
        p.age = static_cast<int>(*age);
    p.occupation = r.text("occupation");
    p.income = r.text("income");
    p.behaviour = r.text("behaviour");
    p.needs = r.text("needs");
    p.painPoints = r.text("pain_points");
    p.goals = r.text("goals");
    p.motivations = r.text("motivations");
    const Json& channels = r.array("channels");
    for (std::size_t i = 0; i < channels.size(); ++i) {
        if (!channels[i].is_string())
            throw InputError(file, 0, 0, r.path("channels", i) + " must be a text");
        p.channels.push_back(channels[i].get<std::string>());
    }
    p.quote = r.text("quote");
    if (p.name.empty())
        r.fail("must not be empty", "name");
    return p;
}

KpiDefinition kpiFromJson(const Json& j, const std::string& path, const std::string& file)
{
    // A bare code is accepted as in the database column.
    if (j.is_string()) {
        auto m = kpiMetricFromCode(j.get<std::string>());
        if (!m)
            throw InputError(file, 0, 0, path + " is an unknown KPI " + j.dump());
        return {*m, std::nullopt, AlertWhen::Below};
    }
    Reader r(j, path, file);
    KpiDefinition k;
    const std::string code = r.text("metric", true);
    auto m = kpiMetricFromCode(code);
    if (!m)
        r.fail("is an unknown KPI \"" + code +
                   "\" (use nps, csat, csat_mean, ces, ces_agree or responses)",
               "metric");
    k.metric = *m;
    if (r.has("threshold")) {
        if (!j["threshold"].is_number())
            r.fail("must be a number", "threshold");
        k.threshold = j["threshold"].get<double>();
    }
    const std::string alert = r.text("alert");
    if (alert == "above")
        k.alertWhen = AlertWhen::Above;
    else if (alert.empty() || alert == "below")
        k.alertWhen = AlertWhen::Below;
    else
        r.fail("must be \"below\" or \"above\"", "alert");
    return k;
}

JourneyMap mapFromJson(const Json& j, const std::string& file)
{
    Reader r(j, "map", file);
    JourneyMap map;
    map.name = r.text("name", true);
    if (map.name.empty())
        r.fail("must not be empty", "name");
    map.description = r.text("description");
    const std::string kind = r.text("kind");
    if (!kind.empty()) {
        auto k = mapKindFromCode(kind);
        if (!k)
            r.fail("must be \"as_is\" or \"to_be\"", "kind");
        map.kind = *k;
    }
    const Json& stages = r.array("stages");
    for (std::size_t si = 0; si < stages.size(); ++si) {
        Reader rs(stages[si], r.path("stages", si), file);
        Stage s;
        s.name = rs.text("name", true);
        s.description = rs.text("description");
        const Json& tps = rs.array("touchpoints");
        for (std::size_t ti = 0; ti < tps.size(); ++ti) {
            Reader rt(tps[ti], rs.path("touchpoints", ti), file);
            Touchpoint t;
            t.name = rt.text("name", true);
            t.code = rt.text("code");
            t.channel = rt.text("channel");
            t.action = rt.text("action");
            t.thoughts = rt.text("thoughts");
            t.emotion =
                static_cast<int>(rt.integer("emotion", kMinEmotion, kMaxEmotion).value_or(0));
            t.painPoints = rt.text("pain_points");
            t.backstage = rt.text("backstage");
            const Json& kpis = rt.array("kpis");
            for (std::size_t ki = 0; ki < kpis.size(); ++ki)
                t.kpis.push_back(kpiFromJson(kpis[ki], rt.path("kpis", ki), file));
            const Json& ops = rt.array("opportunities");
            for (std::size_t oi = 0; oi < ops.size(); ++oi) {
                Reader ro(ops[oi], rt.path("opportunities", oi), file);
                Opportunity o;
                o.text = ro.text("text", true);
                o.owner = ro.text("owner");
                o.priority = static_cast<int>(
                    ro.integer("priority", kHighPriority, kLowPriority).value_or(2));
                const std::string status = ro.text("status");
                if (status == "solved")
                    o.status = OpportunityStatus::Solved;
                else if (status.empty() || status == "open")
                    o.status = OpportunityStatus::Open;
                else
                    ro.fail("must be \"open\" or \"solved\"", "status");
                t.opportunities.push_back(std::move(o));
            }
            s.touchpoints.push_back(std::move(t));
        }
        map.stages.push_back(std::move(s));
    }
    // Whatever the per-field checks let through (blank names, NaN thresholds) is caught by
    // the model's own validation, with the file named.
    try {
        validate(map);
    } catch (const InputError& e) {
        throw InputError(file, 0, 0, e.reason());
    }
    return map;
}

// 1-based line and column (in UTF-8 characters) of the byte at 1-based offset `byte`.
std::pair<std::int64_t, std::int64_t> lineColumn(std::string_view text, std::size_t byte)
{
    std::int64_t line = 1, column = 1;
    const std::size_t end = std::min(byte == 0 ? 0 : byte - 1, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

std::string toJson(const JourneyDocument& document)
{
    Json j = {{"format", kJourneyFileFormat},
              {"version", kJourneyFileVersion},
              {"map", mapToJson(document.map)}};
    j["persona"] = document.persona ? personaToJson(*document.persona) : Json(nullptr);
    return j.dump(2) + "\n";
}

JourneyDocument fromJson(std::string_view text, const std::string& fileName)
{
    Json j;
    try {
        j = Json::parse(text);
    } catch (const Json::parse_error& e) {
        auto [line, column] = lineColumn(text, e.byte);
        // nlohmann's message repeats the position; keep only what went wrong.
        std::string reason = e.what();
        const auto colon = reason.find(": ", reason.find("parse error"));
        if (colon != std::string::npos)
            reason = reason.substr(colon + 2);
        throw InputError(fileName, line, column, "not valid JSON: " + reason);
    }
    if (!j.is_object())
        throw InputError(fileName, 0, 0, "a journey map file must hold a JSON object");
    if (!j.contains("format") || j["format"] != kJourneyFileFormat)
        throw InputError(fileName, 0, 0,
                         std::string("not a journey map file (\"format\" must be \"") +
                             kJourneyFileFormat + "\")");
    if (!j.contains("version") || !j["version"].is_number_integer())
        throw InputError(fileName, 0, 0, "\"version\" must be a whole number");
    const int version = j["version"].get<int>();
    if (version > kJourneyFileVersion)
        throw InputError(fileName, 0, 0,
                         "the file has format version " + std::to_string(version) +
                             ", written by a newer ValueDesk; this one reads up to version " +
                             std::to_string(kJourneyFileVersion));
    if (!j.contains("map"))
        throw InputError(fileName, 0, 0, "\"map\" is missing");
    JourneyDocument doc;
    doc.map = mapFromJson(j["map"], fileName);
    if (j.contains("persona") && !j["persona"].is_null())
        doc.persona = personaFromJson(j["persona"], fileName);
    return doc;
}

JourneyDocument readJourneyFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "cannot open the file");
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::uintmax_t>(in.tellg());
    if (size > kMaxFileBytes)
        throw InputError(path, 0, 0, "the file is too large for a journey map (over 64 MiB)");
    in.seekg(0);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return fromJson(buffer.str(), path);
}

void writeJourneyFile(const std::string& path, const JourneyDocument& document)
{
    const std::string json = toJson(document);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error("cannot write the file " + path);
    out << json;
    out.close();
    if (!out)
        throw Error("cannot write the file " + path);
}

} // namespace vd::journey
