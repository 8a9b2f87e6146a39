#pragma once

#include "valuedesk/journey/JourneyModel.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::journey {

// One line of the map list: enough to choose a map without loading it.
struct MapSummary
{
    std::int64_t id = 0;
    std::string name;
    MapKind kind = MapKind::AsIs;
    std::optional<std::int64_t> personaId;
    std::string personaName; // empty without a persona
    std::optional<std::int64_t> sourceMapId;
    int stages = 0;
    int touchpoints = 0;
    int openOpportunities = 0;
    std::int64_t updatedAt = 0;
};

// Loads and stores journey maps and personas in a workspace. A map is always read and
// written whole, in one transaction, so the editor can never leave half a map behind; saving
// keeps the ids of stages, touchpoints and opportunities that already exist (updates them,
// moving touchpoints between stages as needed), inserts new ones and deletes the ones that
// are gone.
class JourneyRepository
{
public:
    using Clock = std::function<std::int64_t()>; // UTC Unix seconds

    explicit JourneyRepository(Database& db, Clock clock = {});

    // Every map, by name.
    std::vector<MapSummary> listMaps();
    // Throws vd::InputError when there is no map with this id.
    JourneyMap loadMap(std::int64_t id);
    std::optional<std::int64_t> findMapByName(const std::string& name);
    // Validates, then inserts (id 0) or updates the map; fills in the ids of everything new
    // and sets createdAt (when 0) and updatedAt to now. Throws vd::InputError for an invalid
    // map, an unknown map id or persona.
    void saveMap(JourneyMap& map);
    void deleteMap(std::int64_t id);
    // Copies a map as-is -> to-be (or any kind) with a new name; the copy links back through
    // sourceMapId and shares the persona. Returns the stored copy.
    JourneyMap duplicateMap(std::int64_t id, const std::string& newName, MapKind kind);

    std::vector<Persona> listPersonas();
    Persona loadPersona(std::int64_t id);
    void savePersona(Persona& persona); // insert (id 0) or update; validates
    // Maps that used the persona keep their content and lose the link.
    void deletePersona(std::int64_t id);

    // The map with its persona (if any).
    JourneyDocument loadDocument(std::int64_t mapId);
    // Stores an imported document as new rows: a new persona (when it has one) and a new map,
    // in one transaction. The map's name gets " (2)", " (3)"... when the name is taken.
    // Returns the new map id; the document's ids are filled in.
    std::int64_t importDocument(JourneyDocument& document);

private:
    std::int64_t now() const;

    Database& m_db;
    Clock m_clock;
};

} // namespace vd::journey
