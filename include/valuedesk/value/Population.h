#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

namespace vd::value {

// Whose ratings an analysis uses: the whole base, or the members of one saved segment
// (optionally only those with one label, e.g. the "Champions" of an RFM segment). Segments
// are snapshots, so a population is resolved to the id of the newest segment of that name.
struct Population
{
    std::optional<std::int64_t> segmentId; // nullopt = whole base
    std::string segmentName;
    std::optional<std::string> label;

    bool wholeBase() const { return !segmentId.has_value(); }
    // "Whole base", "High value" or "RFM 2026:Champions".
    std::string displayName() const;
};

// Resolves the text a user typed: empty or "all" = whole base; otherwise the name of a saved
// segment (its newest snapshot), or "NAME:LABEL" for one label of it. The full text is tried
// as a name first, so a name that contains ':' still works. Throws vd::InputError naming the
// known segments (or labels) when nothing matches.
Population resolvePopulation(Database& db, std::string_view text);

// What a segment picker offers: every saved segment (newest snapshot per name) and, for
// segments whose members carry labels, each label, with member counts.
struct PopulationChoice
{
    Population population;
    std::string kind; // segments.kind: rfm, kmeans, rule, tier, pyramid, manual
    std::int64_t members = 0;
};
std::vector<PopulationChoice> listPopulations(Database& db);

} // namespace vd::value
