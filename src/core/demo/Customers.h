#pragma once

#include "demo/BulkLoad.h"
#include "demo/Generator.h"
#include "demo/Random.h"
#include "valuedesk/loyalty/Cases.h"
#include "valuedesk/loyalty/Metrics.h"
#include "valuedesk/segment/Activity.h"

#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace vd::demo {

// The tables the per-customer simulation fills, with the columns it writes.
enum BulkTable {
    kCustomersTable = 0,
    kOrdersTable,
    kPointsTable,
    kInteractionsTable,
    kResponsesTable,
    kRatingsTable,
    kCasesTable,
    kBulkTableCount
};

struct BulkTableSpec
{
    const char* table;
    const char* columns;
};

inline constexpr BulkTableSpec kBulkTables[] = {
    {"customers", "id, external_id, name, email, phone, company, country, region, city, "
                  "birth_year, gender, income_band, education, lifestyle, values_tags, channel, "
                  "usage_frequency, loyalty_tier, consent_email, consent_sms, consent_phone, "
                  "created_at"},
    {"transactions", "id, external_id, customer_id, ts, amount, cost, quantity, channel, "
                     "product, category, is_return"},
    {"loyalty_points", "id, customer_id, transaction_id, ts, points, kind"},
    {"interactions", "id, external_id, customer_id, ts, channel, touchpoint, summary"},
    {"responses", "id, external_id, survey_id, customer_id, ts, channel, touchpoint, nps, csat, "
                  "ces, comment"},
    {"attribute_ratings", "response_id, attribute_id, importance, performance, expectation"},
    {"feedback_cases", "id, customer_id, response_id, interaction_id, external_id, category, "
                       "sentiment, status, owner, summary, opened_at, due_at, assigned_at, "
                       "resolved_at, informed_at, value_at_risk"},
};
static_assert(std::size(kBulkTables) == kBulkTableCount);

constexpr int columnCount(const char* columns)
{
    int n = 1;
    for (const char* c = columns; *c; ++c)
        n += *c == ',';
    return n;
}
inline constexpr int kMaxBulkColumns = 22;

// What is counted from the orders as they are written instead of read back afterwards: the
// retention rollup and the per-customer activity behind the demo's RFM and pyramid segments.
struct OrderTotals
{
    explicit OrderTotals(std::int64_t customers) : activity(1, customers) {}
    loyalty::RetentionRollupBuilder rollup;
    segment::ActivityBuilder activity;
};

// Simulates one customer at a time — profile, orders, points, contacts, survey answers and
// feedback cases — and writes the rows at once through reused statements and buffers, so
// memory stays flat whatever the number of customers.
class CustomerWriter
{
public:
    // Rows go to `sink` table by table (kBulkTables). The writer never touches the database
    // itself, so it can run on another thread than the connection's. Every order written also
    // goes to `totals` when there are some.
    CustomerWriter(ChunkSink& sink, const DemoOptions& options, const Calendar& calendar,
                   const Reference& ref, Random& rng, DemoSummary& summary,
                   OrderTotals* totals = nullptr);

    // Generates customer `id` (1-based, consecutive) with everything that belongs to it.
    void write(std::int64_t id);
    // Hands on the rows still buffered.
    void flush();

private:
    struct Profile
    {
        int country = 0;
        const Place* place = nullptr;
        int age = 30;
        int birthYear = 1996;
        int gender = 0; // 0 female, 1 male, 2 not stated
        int income = 2;
        int education = 2;
        int lifestyle = 0;
        int channel = kStore; // preferred channel
        bool member = false;
        bool teaLover = false;
        bool chinese = true; // writes comments in Chinese
        bool consentEmail = false;
        bool consentSms = false;
        bool consentPhone = false;
        double lambda = 0.0; // purchases per day while alive
        double dropout = 0.0;
        double nu = 0.0;           // Gamma-Gamma scale: mean spend is kSpendShape / nu
        double satisfaction = 0.0; // latent experience, standard normal
        std::int64_t createdAt = 0;
        int utcOffset = 8;
    };

    struct Order
    {
        std::int64_t ts;
        double amount;
        double cost;
        int quantity;
        int product;
        int channel;
        bool isReturn;
        int seq; // tie-breaker for a total order
    };

    struct Scores
    {
        int nps = -1; // -1: not answered
        int csat = -1;
        int ces = -1;
    };

    void drawProfile(std::int64_t id);
    void drawName();
    void simulateOrders();
    void addOrder(std::int64_t ts, int seq);
    std::int64_t timeOfDay();
    std::int64_t localDay(std::int64_t ts) const;

    void writeCustomer(std::int64_t id, const char* tier);
    const char* writeOrdersAndPoints(std::int64_t customerId);
    void writeInteractions(std::int64_t customerId);
    void writeResponses(std::int64_t customerId);

    // One survey answer: scores from the latent experience, an optional comment, ratings
    // and a feedback case for detractors. ask: chance that NPS, CSAT and CES are answered.
    void writeResponse(std::int64_t customerId, std::int64_t surveyId, std::int64_t ts, int channel,
                       int touchpoint, double latent, double effort, const double* ask,
                       bool fullRatings);
    void writeCase(std::int64_t customerId, std::int64_t responseId, std::int64_t interactionId,
                   std::int64_t feedbackAt, std::int64_t openedAt,
                   const loyalty::FeedbackTriage& triage);
    double latent(std::int64_t ts, int touchpoint);
    const char* comment(int topic, int sentiment);

    const DemoOptions& m_options;
    const Calendar& m_cal;
    const Reference& m_ref;
    Random& m_rng;
    Random m_caseRng;
    std::vector<loyalty::CategoryRule> m_caseRules;
    DemoSummary& m_summary;
    OrderTotals* m_totals;

    RowBuilder m_insertCustomer;
    RowBuilder m_insertOrder;
    RowBuilder m_insertPoints;
    RowBuilder m_insertInteraction;
    RowBuilder m_insertResponse;
    RowBuilder m_insertRating;
    RowBuilder m_insertCase;

    std::int64_t m_nextOrderId = 1;
    std::int64_t m_nextPointsId = 1;
    std::int64_t m_nextInteractionId = 1;
    std::int64_t m_nextResponseId = 1;
    std::int64_t m_nextCaseId = 1;

    struct PointsRow
    {
        std::size_t order;
        std::int64_t points;
        const char* kind;
    };

    Profile m_p;
    std::vector<Order> m_orders;
    std::vector<PointsRow> m_points;
    std::vector<std::int64_t> m_orderIds;
    std::string m_externalId, m_name, m_email, m_phone, m_company, m_tags, m_caseSummary;
    std::string m_rowExternalId;
    double m_yearlyValue = 0.0;
};

} // namespace vd::demo
