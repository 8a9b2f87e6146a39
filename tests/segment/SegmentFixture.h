#pragma once

#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"

#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <random>
#include <string>

namespace vd::test {

// A fresh workspace file with helpers to add hand-made customers, orders, answers and CLV
// predictions, so each test knows the right answer.
class SegmentFixture : public ::testing::Test
{
protected:
    void SetUp() override { m_db = std::make_unique<Database>(m_dir.file("w.vdw")); }

    Database& db() { return *m_db; }
    std::string path() const { return m_dir.file("w.vdw"); }

    static std::int64_t ts(const std::string& iso) { return *date::parseIso(iso); }
    static std::int64_t day(const std::string& iso) { return date::epochDay(ts(iso)); }

    std::int64_t customer(const std::string& externalId,
                          const std::function<void(Customer&)>& edit = {})
    {
        Customer c;
        c.externalId = externalId;
        c.name = "Customer " + externalId;
        c.createdAt = ts("2020-01-01");
        if (edit)
            edit(c);
        return CustomerRepository(db()).insert(c);
    }

    void order(std::int64_t customerId, const std::string& when, double amount,
               std::optional<double> cost = std::nullopt, bool isReturn = false)
    {
        Statement st = db().prepare("INSERT INTO transactions (customer_id, ts, amount, cost, "
                                    "is_return) VALUES (?1, ?2, ?3, ?4, ?5)");
        st.bindAll(customerId, ts(when), amount, cost, isReturn ? 1 : 0);
        st.run();
    }

    void answer(std::int64_t customerId, const std::string& when, int nps)
    {
        Statement st =
            db().prepare("INSERT INTO responses (customer_id, ts, nps) VALUES (?1, ?2, ?3)");
        st.bindAll(customerId, ts(when), nps);
        st.run();
    }

    std::int64_t clvRun(const std::string& model = "bgnbd")
    {
        Statement st =
            db().prepare("INSERT INTO model_runs (model, params, created_at) VALUES (?1, '{}', 0)");
        st.bind(1, model);
        st.run();
        return db().lastInsertId();
    }

    void prediction(std::int64_t run, std::int64_t customerId, double clv, double pAlive)
    {
        Statement st = db().prepare("INSERT INTO customer_predictions (run_id, customer_id, clv, "
                                    "p_alive) VALUES (?1, ?2, ?3, ?4)");
        st.bindAll(run, customerId, clv, pAlive);
        st.run();
    }

private:
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

// Standard normal draws from a fixed engine (Box-Muller), for synthetic test data.
class TestRandom
{
public:
    explicit TestRandom(std::uint64_t seed) : m_engine(seed) {}
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    double normal()
    {
        const double u = (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53;
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace vd::test
