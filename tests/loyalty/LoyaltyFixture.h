#pragma once

#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vd::test {

// A fresh workspace with helpers that insert the few hand-made rows a loyalty test needs,
// so each test states its data next to the numbers it expects.
class LoyaltyFixture
{
public:
    LoyaltyFixture() : m_db(m_dir.file("loyalty.vdw")) {}

    Database& db() { return m_db; }
    std::string path() const { return m_dir.file("loyalty.vdw"); }

    std::int64_t customer(const std::string& ext)
    {
        m_db.prepare("INSERT INTO customers (external_id, name, created_at) VALUES (?, ?, ?)")
            .bindAll(ext, "Customer " + ext, date::toEpoch(2023, 1, 1))
            .run();
        return m_db.lastInsertId();
    }

    std::int64_t response(std::optional<std::int64_t> customerId, std::int64_t ts,
                          std::optional<int> nps, std::optional<int> csat = std::nullopt,
                          std::optional<int> ces = std::nullopt,
                          std::optional<std::string> channel = std::nullopt,
                          std::optional<std::string> touchpoint = std::nullopt,
                          std::optional<std::string> comment = std::nullopt)
    {
        m_db.prepare("INSERT INTO responses (customer_id, ts, channel, touchpoint, nps, csat, "
                     "ces, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(customerId, ts, channel, touchpoint, nps, csat, ces, comment)
            .run();
        return m_db.lastInsertId();
    }

    std::int64_t order(std::int64_t customerId, std::int64_t ts, double amount,
                       bool isReturn = false, std::optional<std::string> channel = std::nullopt)
    {
        m_db.prepare("INSERT INTO transactions (customer_id, ts, amount, channel, is_return) "
                     "VALUES (?, ?, ?, ?, ?)")
            .bindAll(customerId, ts, amount, channel, isReturn ? 1 : 0)
            .run();
        return m_db.lastInsertId();
    }

    std::int64_t segment(const std::string& name, std::int64_t createdAt,
                         const std::vector<std::pair<std::int64_t, std::string>>& members)
    {
        m_db.prepare("INSERT INTO segments (name, kind, created_at) VALUES (?, 'manual', ?)")
            .bindAll(name, createdAt)
            .run();
        const std::int64_t id = m_db.lastInsertId();
        for (const auto& [customerId, label] : members)
            m_db.prepare("INSERT INTO segment_members (segment_id, customer_id, label) "
                         "VALUES (?, ?, ?)")
                .bindAll(id, customerId, label)
                .run();
        return id;
    }

    std::int64_t attribute(const std::string& code)
    {
        m_db.prepare("INSERT INTO attributes (code, name) VALUES (?, ?)").bindAll(code, code).run();
        return m_db.lastInsertId();
    }

    void rating(std::int64_t responseId, std::int64_t attributeId,
                std::optional<double> performance, std::optional<double> importance = std::nullopt,
                std::optional<double> expectation = std::nullopt)
    {
        m_db.prepare("INSERT INTO attribute_ratings (response_id, attribute_id, importance, "
                     "performance, expectation) VALUES (?, ?, ?, ?, ?)")
            .bindAll(responseId, attributeId, importance, performance, expectation)
            .run();
    }

    // A CLV run with per-customer values, as the CLV module writes it.
    std::int64_t clvRun(const std::vector<std::pair<std::int64_t, double>>& clv)
    {
        m_db.prepare("INSERT INTO model_runs (model, params, created_at) VALUES "
                     "('bgnbd', '{}', 0)")
            .run();
        const std::int64_t run = m_db.lastInsertId();
        for (const auto& [customerId, value] : clv)
            m_db.prepare("INSERT INTO customer_predictions (run_id, customer_id, clv) "
                         "VALUES (?, ?, ?)")
                .bindAll(run, customerId, value)
                .run();
        return run;
    }

private:
    TempDir m_dir;
    Database m_db;
};

// Noon UTC of a civil day: well inside the day whatever the period.
inline std::int64_t day(int y, int m, int d)
{
    return date::toEpoch(y, m, d, 12);
}

} // namespace vd::test
