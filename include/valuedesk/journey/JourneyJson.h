#pragma once

#include "valuedesk/journey/JourneyModel.h"

#include <string>
#include <string_view>

// The journey-map file format: one map with its persona as JSON, so a workshop's map can be
// shared as a file and imported into another workspace. Workspace ids, links and timestamps
// are not part of it; everything else is, so export -> import -> export gives the same text.
// docs/user-guide/journey-maps.md shows an example.
namespace vd::journey {

inline constexpr const char* kJourneyFileFormat = "valuedesk-journey-map";
inline constexpr int kJourneyFileVersion = 1;

// Pretty-printed (two-space indent) UTF-8 JSON.
std::string toJson(const JourneyDocument& document);

// Parses a journey file. Syntax errors throw vd::InputError with the 1-based line and
// column (in characters); wrong content (a missing name, an emotion outside -2..+2, an
// unknown KPI...) throws vd::InputError naming the JSON path, e.g.
// "map.stages[2].touchpoints[0].emotion". `fileName` only labels the error.
JourneyDocument fromJson(std::string_view text, const std::string& fileName = {});

// File helpers; errors name the file. Reading refuses files over 64 MiB.
JourneyDocument readJourneyFile(const std::string& path);
void writeJourneyFile(const std::string& path, const JourneyDocument& document);

} // namespace vd::journey
