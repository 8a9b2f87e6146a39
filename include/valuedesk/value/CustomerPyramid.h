#pragma once

#include "valuedesk/value/Population.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

// The customer pyramid (platinum / gold / iron / lead, Zeithaml, Rust & Lemon 2001) as the
// segmentation work saved it: a `segments` row of kind 'pyramid' whose members are labelled
// with their tier. This module only reads it; computing it belongs to segmentation.
namespace vd::value {

enum class Tier { Platinum, Gold, Iron, Lead };
// Top-down, as a pyramid is read.
inline constexpr std::array<Tier, 4> kTiers{Tier::Platinum, Tier::Gold, Tier::Iron, Tier::Lead};
std::string_view code(Tier tier); // "platinum", ...
std::string_view displayName(Tier tier);
std::optional<Tier> parseTier(std::string_view text); // case-insensitive

struct TierResult
{
    Tier tier = Tier::Platinum;
    std::int64_t customers = 0;
    double revenue = 0.0;      // net of returns, all time
    std::optional<double> clv; // sum over members with a prediction
    std::int64_t customersWithClv = 0;
    double customerShare = 0.0;         // of all tier members, 0..1
    std::optional<double> revenueShare; // missing when total revenue <= 0
    std::optional<double> clvShare;     // missing without CLV predictions
};

struct CustomerPyramid
{
    std::int64_t segmentId = 0;
    std::string name;
    std::int64_t createdAt = 0;
    std::vector<TierResult> tiers; // kTiers order, always four
    std::int64_t customers = 0;    // members with one of the four tiers
    std::int64_t otherMembers = 0; // members whose label is not a tier (not counted above)
    double revenue = 0.0;
    std::optional<double> clv;
};

// The newest saved pyramid, restricted to a population when one is given (a segment's
// members who also appear in the pyramid). nullopt when no pyramid has been saved.
std::optional<CustomerPyramid> loadCustomerPyramid(Database& db, const Population& population = {});

} // namespace vd::value
