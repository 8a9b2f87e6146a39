#include "valuedesk/value/CustomerPyramid.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cctype>

namespace vd::value {

std::string_view code(Tier tier)
{
    switch (tier) {
    case Tier::Platinum:
        return "platinum";
    case Tier::Gold:
        return "gold";
    case Tier::Iron:
        return "iron";
    case Tier::Lead:
        return "lead";
    }
    return {};
}

std::string_view displayName(Tier tier)
{
    switch (tier) {
    case Tier::Platinum:
        return "Platinum";
    case Tier::Gold:
        return "Gold";
    case Tier::Iron:
        return "Iron";
    case Tier::Lead:
        return "Lead";
    }
    return {};
}

std::optional<Tier> parseTier(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (Tier t : kTiers)
        if (code(t) == lower)
            return t;
    return std::nullopt;
}

std::optional<CustomerPyramid> loadCustomerPyramid(Database& db, const Population& population)
{
    Statement seg = db.prepare("SELECT id, name, created_at FROM segments WHERE kind = 'pyramid' "
                               "ORDER BY created_at DESC, id DESC LIMIT 1");
    if (!seg.step())
        return std::nullopt;
    CustomerPyramid p;
    p.segmentId = seg.getInt(0);
    p.name = seg.getText(1);
    p.createdAt = seg.getInt(2);
    for (Tier t : kTiers) {
        TierResult r;
        r.tier = t;
        p.tiers.push_back(r);
    }

    // Per-member index lookups (transactions by customer, predictions by run and customer)
    // rather than grouping the whole transactions table: the cost follows the pyramid's
    // size. Returns count against revenue whatever sign the importer gave their amount.
    Statement st = db.prepare(R"SQL(
        SELECT m.label, count(*),
               sum(coalesce((SELECT sum(CASE WHEN t.is_return = 1 THEN -abs(t.amount)
                                             ELSE t.amount END)
                             FROM transactions t WHERE t.customer_id = m.customer_id), 0.0)),
               sum(cp.clv), count(cp.clv)
        FROM segment_members m
        LEFT JOIN current_predictions cp ON cp.customer_id = m.customer_id
        WHERE m.segment_id = ?1
          AND (?2 IS NULL OR EXISTS (SELECT 1 FROM segment_members f
                                     WHERE f.segment_id = ?2 AND f.customer_id = m.customer_id
                                       AND (?3 IS NULL OR f.label = ?3)))
        GROUP BY m.label)SQL");
    st.bindAll(p.segmentId, population.segmentId, population.label);
    bool anyClv = false;
    while (st.step()) {
        auto label = st.getOptText(0);
        auto tier = label ? parseTier(*label) : std::nullopt;
        if (!tier) {
            p.otherMembers += st.getInt(1);
            continue;
        }
        TierResult& r = p.tiers[static_cast<std::size_t>(*tier)];
        // Labels differing only in case ("Gold", "gold") land in the same tier.
        r.customers += st.getInt(1);
        r.revenue += st.getDouble(2);
        if (st.getInt(4) > 0) {
            r.clv = r.clv.value_or(0.0) + st.getDouble(3);
            r.customersWithClv += st.getInt(4);
            anyClv = true;
        }
    }
    for (const auto& r : p.tiers) {
        p.customers += r.customers;
        p.revenue += r.revenue;
        if (r.clv)
            p.clv = p.clv.value_or(0.0) + *r.clv;
    }
    for (auto& r : p.tiers) {
        if (p.customers > 0)
            r.customerShare = static_cast<double>(r.customers) / static_cast<double>(p.customers);
        if (p.revenue > 0.0)
            r.revenueShare = r.revenue / p.revenue;
        if (anyClv && p.clv && *p.clv > 0.0)
            r.clvShare = r.clv.value_or(0.0) / *p.clv;
    }
    return p;
}

} // namespace vd::value
