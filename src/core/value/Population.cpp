#include "valuedesk/value/Population.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/value/CustomerPyramid.h"

#include <algorithm>

namespace vd::value {

namespace {

std::optional<std::int64_t> newestSegment(Database& db, std::string_view name)
{
    Statement st = db.prepare("SELECT id FROM segments WHERE name = ?1 "
                              "ORDER BY created_at DESC, id DESC LIMIT 1");
    st.bind(1, name);
    if (st.step())
        return st.getInt(0);
    return std::nullopt;
}

std::string knownSegments(Database& db)
{
    Statement st = db.prepare("SELECT DISTINCT name FROM segments ORDER BY name LIMIT 11");
    std::string list;
    int n = 0;
    while (st.step()) {
        if (++n > 10) {
            list += ", ...";
            break;
        }
        list += (list.empty() ? "" : ", ") + std::string("\"") + st.getText(0) + "\"";
    }
    return list.empty() ? "no segments have been saved yet" : "saved segments: " + list;
}

std::vector<std::pair<std::string, std::int64_t>> labelsOf(Database& db, std::int64_t segmentId)
{
    Statement st = db.prepare("SELECT label, count(*) FROM segment_members "
                              "WHERE segment_id = ?1 AND label IS NOT NULL AND label <> '' "
                              "GROUP BY label ORDER BY label");
    st.bind(1, segmentId);
    std::vector<std::pair<std::string, std::int64_t>> out;
    while (st.step())
        out.emplace_back(st.getText(0), st.getInt(1));
    return out;
}

} // namespace

std::string Population::displayName() const
{
    if (wholeBase())
        return "Whole base";
    return label ? segmentName + ":" + *label : segmentName;
}

Population resolvePopulation(Database& db, std::string_view text)
{
    Population p;
    if (text.empty() || text == "all")
        return p;
    if (auto id = newestSegment(db, text)) {
        p.segmentId = id;
        p.segmentName = std::string(text);
        return p;
    }
    const auto colon = text.rfind(':');
    if (colon != std::string_view::npos) {
        const std::string_view name = text.substr(0, colon);
        const std::string_view label = text.substr(colon + 1);
        if (auto id = newestSegment(db, name)) {
            Statement st = db.prepare(
                "SELECT 1 FROM segment_members WHERE segment_id = ?1 AND label = ?2 LIMIT 1");
            st.bindAll(*id, label);
            if (!st.step()) {
                std::string labels;
                for (const auto& [l, n] : labelsOf(db, *id))
                    labels += (labels.empty() ? "" : ", ") + ("\"" + l + "\"");
                throw InputError("segment \"" + std::string(name) +
                                 "\" has no members labelled \"" + std::string(label) + "\"" +
                                 (labels.empty() ? std::string(" (it has no labels)")
                                                 : "; its labels are " + labels));
            }
            p.segmentId = id;
            p.segmentName = std::string(name);
            p.label = std::string(label);
            return p;
        }
    }
    throw InputError("no saved segment named \"" + std::string(text) + "\" (" + knownSegments(db) +
                     ")");
}

std::vector<PopulationChoice> listPopulations(Database& db)
{
    Statement st = db.prepare(R"SQL(
        SELECT s.id, s.name, s.kind,
               (SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id)
        FROM segments s
        WHERE s.id = (SELECT s2.id FROM segments s2 WHERE s2.name = s.name
                      ORDER BY s2.created_at DESC, s2.id DESC LIMIT 1)
        ORDER BY s.name)SQL");
    std::vector<PopulationChoice> out;
    while (st.step()) {
        PopulationChoice c;
        c.population.segmentId = st.getInt(0);
        c.population.segmentName = st.getText(1);
        c.kind = st.getText(2);
        c.members = st.getInt(3);
        out.push_back(c);
        auto labels = labelsOf(db, *c.population.segmentId);
        if (c.kind == "pyramid") {
            // Read a pyramid top-down, whatever the alphabet says.
            std::stable_sort(labels.begin(), labels.end(), [](const auto& x, const auto& y) {
                auto tx = parseTier(x.first), ty = parseTier(y.first);
                int ix = tx ? static_cast<int>(*tx) : 99, iy = ty ? static_cast<int>(*ty) : 99;
                return ix < iy;
            });
        }
        for (const auto& [label, n] : labels) {
            PopulationChoice l = c;
            l.population.label = label;
            l.members = n;
            out.push_back(std::move(l));
        }
    }
    return out;
}

} // namespace vd::value
