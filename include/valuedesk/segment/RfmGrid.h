#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

namespace vd::segment {

// One cell of the 5x5 recency x frequency grid (scores 1..5).
struct RfmCell
{
    int r = 1;
    int f = 1;
    friend bool operator==(const RfmCell&, const RfmCell&) = default;
};

// A named RFM segment: the R x F cells it owns.
struct RfmSegmentDef
{
    std::string name;
    std::vector<RfmCell> cells;
    friend bool operator==(const RfmSegmentDef&, const RfmSegmentDef&) = default;
};

// The editable map from (R score, F score) to a segment name. Analysts rename, merge and
// redraw segments; the map must cover each of the 25 cells exactly once, so every scored
// customer lands in exactly one segment. problems() names every gap and overlap; validate()
// refuses an invalid grid with those messages. Stored as JSON in the workspace settings
// under kSettingKey:
//   {"version": 1, "segments": [{"name": "Champions", "cells": [[5, 4], [5, 5]]}, ...]}
// with cells as [R, F] pairs.
class RfmGrid
{
public:
    static constexpr const char* kSettingKey = "segment.rfm_grid";

    RfmGrid() = default;
    explicit RfmGrid(std::vector<RfmSegmentDef> segments) : m_segments(std::move(segments)) {}

    // The common 10-segment R x F map (docs/methods.md, "Segmentation"): Champions, Loyal,
    // Potential loyalist, New, Promising, Need attention, About to sleep, At risk, Can't lose,
    // Hibernating.
    static RfmGrid defaults();

    // Parses the JSON form; throws vd::InputError for malformed JSON or wrong structure (it
    // does not validate coverage: call problems()/validate()).
    static RfmGrid fromJson(std::string_view text);
    std::string toJson() const;

    // The workspace's grid (settings), or the defaults when none was saved. A stored grid
    // that fails to parse or validate throws vd::InputError naming the setting.
    static RfmGrid load(Database& db);
    // Validates, then stores in the settings.
    void save(Database& db) const;

    // Human-readable list of what is wrong: cells outside 1..5, cells in no segment, cells in
    // two segments (naming both), empty or duplicate names, segments without cells. Empty
    // when the grid is valid.
    std::vector<std::string> problems() const;
    bool isValid() const { return problems().empty(); }
    // Throws vd::InputError whose reason lists every problem.
    void validate() const;

    const std::vector<RfmSegmentDef>& segments() const { return m_segments; }
    std::vector<RfmSegmentDef>& segments() { return m_segments; }

    // Index of the segment owning (r, f), or -1 when no segment owns it. With overlaps, the
    // first segment in list order.
    int segmentAt(int r, int f) const;
    // Lookup table [r-1][f-1] -> segment index (-1 for gaps) for fast scoring.
    std::array<std::array<int, 5>, 5> table() const;

    // Editing helpers for the grid editor. assign() moves the cell to `segment` (removing it
    // from any other segment); clear() removes it from all segments (creates a gap).
    void assign(int r, int f, int segment);
    void clear(int r, int f);

    friend bool operator==(const RfmGrid&, const RfmGrid&) = default;

private:
    std::vector<RfmSegmentDef> m_segments;
};

} // namespace vd::segment
