#pragma once

#include "valuedesk/storage/Activity.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vd {

class Database;

// The loyalty programme: its tiers and the points ledger (earned positive, redeemed
// negative), paged like the other activity tables, with a customer's balance and the tier
// it reaches.
class LoyaltyRepository
{
public:
    explicit LoyaltyRepository(Database& db) : m_db(db) {}

    // Tiers by position (then min_points).
    std::vector<LoyaltyTier> tiers();
    std::int64_t insertTier(const LoyaltyTier& tier); // returns the new id
    // The highest tier whose min_points the balance reaches; nullopt below every tier.
    std::optional<LoyaltyTier> tierFor(std::int64_t points);

    std::int64_t insertEntry(const LoyaltyEntry& entry); // returns the new id
    std::int64_t count();
    std::vector<LoyaltyEntry> page(std::int64_t offset, std::int64_t limit);
    std::int64_t countForCustomer(std::int64_t customerId);
    // Newest first (ts, then id, descending).
    std::vector<LoyaltyEntry> pageForCustomer(std::int64_t customerId, std::int64_t offset,
                                              std::int64_t limit);
    // Sum of the customer's points (0 without entries).
    std::int64_t balance(std::int64_t customerId);

private:
    Database& m_db;
};

} // namespace vd
