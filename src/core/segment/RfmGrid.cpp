#include "valuedesk/segment/RfmGrid.h"

#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/Workspace.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace vd::segment {

namespace {

std::string cellName(int r, int f)
{
    return "R" + std::to_string(r) + " F" + std::to_string(f);
}

void addRange(RfmSegmentDef& s, int rLo, int rHi, int fLo, int fHi)
{
    for (int r = rHi; r >= rLo; --r)
        for (int f = fHi; f >= fLo; --f)
            s.cells.push_back({r, f});
}

bool inRange(const RfmCell& c)
{
    return c.r >= 1 && c.r <= 5 && c.f >= 1 && c.f <= 5;
}

} // namespace

RfmGrid RfmGrid::defaults()
{
    // The R x F map read as a two-digit code "RF" (R first): 11-22 Hibernating, 13-24 At
    // risk, 15-25 Can't lose, 31-32 About to sleep, 33 Need attention, 34-45 Loyal,
    // 41 Promising, 51 New, 42-53 Potential loyalist, 54-55 Champions.
    struct Def
    {
        const char* name;
        int rLo, rHi, fLo, fHi;
    };
    constexpr Def defs[] = {
        {"Champions", 5, 5, 4, 5},          {"Loyal", 3, 4, 4, 5},
        {"Potential loyalist", 4, 5, 2, 3}, {"New", 5, 5, 1, 1},
        {"Promising", 4, 4, 1, 1},          {"Need attention", 3, 3, 3, 3},
        {"About to sleep", 3, 3, 1, 2},     {"At risk", 1, 2, 3, 4},
        {"Can't lose", 1, 2, 5, 5},         {"Hibernating", 1, 2, 1, 2},
    };
    std::vector<RfmSegmentDef> segments;
    for (const auto& d : defs) {
        RfmSegmentDef s;
        s.name = d.name;
        addRange(s, d.rLo, d.rHi, d.fLo, d.fHi);
        segments.push_back(std::move(s));
    }
    return RfmGrid(std::move(segments));
}

RfmGrid RfmGrid::fromJson(std::string_view text)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError("RFM grid: not valid JSON (" + std::string(e.what()) + ")");
    }
    const nlohmann::json* list = nullptr;
    if (j.is_object() && j.contains("segments"))
        list = &j["segments"];
    else if (j.is_array())
        list = &j;
    if (!list || !list->is_array())
        throw InputError("RFM grid: expected {\"segments\": [...]}");
    std::vector<RfmSegmentDef> segments;
    std::size_t index = 0;
    for (const auto& s : *list) {
        ++index;
        const std::string where = "RFM grid: segment " + std::to_string(index);
        if (!s.is_object() || !s.contains("name") || !s["name"].is_string())
            throw InputError(where + " needs a \"name\" string");
        RfmSegmentDef def;
        def.name = s["name"].get<std::string>();
        if (s.contains("cells")) {
            if (!s["cells"].is_array())
                throw InputError(where + ": \"cells\" must be a list of [R, F] pairs");
            for (const auto& c : s["cells"]) {
                if (!c.is_array() || c.size() != 2 || !c[0].is_number_integer() ||
                    !c[1].is_number_integer())
                    throw InputError(where + " (\"" + def.name +
                                     "\"): each cell must be an [R, F] pair of whole numbers");
                def.cells.push_back({c[0].get<int>(), c[1].get<int>()});
            }
        }
        segments.push_back(std::move(def));
    }
    return RfmGrid(std::move(segments));
}

std::string RfmGrid::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : m_segments) {
        nlohmann::json cells = nlohmann::json::array();
        for (const auto& c : s.cells)
            cells.push_back({c.r, c.f});
        list.push_back({{"name", s.name}, {"cells", cells}});
    }
    return nlohmann::json{{"version", 1}, {"segments", list}}.dump();
}

RfmGrid RfmGrid::load(Database& db)
{
    WorkspaceInfo info(db);
    auto text = info.setting(kSettingKey);
    if (!text)
        return defaults();
    RfmGrid grid;
    try {
        grid = fromJson(*text);
        grid.validate();
    } catch (const InputError& e) {
        throw InputError(std::string("setting ") + kSettingKey + ": " + e.reason());
    }
    return grid;
}

void RfmGrid::save(Database& db) const
{
    validate();
    WorkspaceInfo(db).setSetting(kSettingKey, toJson());
}

std::vector<std::string> RfmGrid::problems() const
{
    std::vector<std::string> out;
    // owners[r][f] = segment indexes claiming the cell
    std::vector<int> owners[6][6];
    std::set<std::string> names;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        const auto& s = m_segments[i];
        const std::string label =
            s.name.empty() ? "segment " + std::to_string(i + 1) : "\"" + s.name + "\"";
        if (s.name.empty())
            out.push_back(label + " has no name");
        else if (!names.insert(s.name).second)
            out.push_back("the name " + label + " is used by more than one segment");
        if (s.cells.empty())
            out.push_back(label + " has no cells");
        std::set<std::pair<int, int>> own;
        for (const auto& c : s.cells) {
            if (!inRange(c)) {
                out.push_back(label + " has cell R" + std::to_string(c.r) + " F" +
                              std::to_string(c.f) + " outside the 1..5 scores");
                continue;
            }
            if (!own.insert({c.r, c.f}).second)
                continue; // listed twice in the same segment: harmless
            owners[c.r][c.f].push_back(static_cast<int>(i));
        }
    }
    for (int r = 5; r >= 1; --r) {
        for (int f = 5; f >= 1; --f) {
            const auto& o = owners[r][f];
            if (o.empty()) {
                out.push_back("cell " + cellName(r, f) + " is not in any segment");
            } else if (o.size() > 1) {
                std::string who;
                for (std::size_t k = 0; k < o.size(); ++k) {
                    if (k > 0)
                        who += k + 1 == o.size() ? " and " : ", ";
                    who += "\"" + m_segments[static_cast<std::size_t>(o[k])].name + "\"";
                }
                out.push_back("cell " + cellName(r, f) + " is in more than one segment: " + who);
            }
        }
    }
    return out;
}

void RfmGrid::validate() const
{
    auto p = problems();
    if (p.empty())
        return;
    std::string reason = "the RFM grid is not valid: ";
    for (std::size_t i = 0; i < p.size(); ++i)
        reason += (i ? "; " : "") + p[i];
    throw InputError(reason);
}

int RfmGrid::segmentAt(int r, int f) const
{
    for (std::size_t i = 0; i < m_segments.size(); ++i)
        for (const auto& c : m_segments[i].cells)
            if (c.r == r && c.f == f)
                return static_cast<int>(i);
    return -1;
}

std::array<std::array<int, 5>, 5> RfmGrid::table() const
{
    std::array<std::array<int, 5>, 5> t{};
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            t[static_cast<std::size_t>(r - 1)][static_cast<std::size_t>(f - 1)] = segmentAt(r, f);
    return t;
}

void RfmGrid::assign(int r, int f, int segment)
{
    if (r < 1 || r > 5 || f < 1 || f > 5)
        throw InputError("RFM grid: cell " + cellName(r, f) + " is outside the 1..5 scores");
    if (segment < 0 || segment >= static_cast<int>(m_segments.size()))
        throw InputError("RFM grid: no segment number " + std::to_string(segment + 1));
    clear(r, f);
    m_segments[static_cast<std::size_t>(segment)].cells.push_back({r, f});
}

void RfmGrid::clear(int r, int f)
{
    for (auto& s : m_segments)
        std::erase(s.cells, RfmCell{r, f});
}

} // namespace vd::segment
