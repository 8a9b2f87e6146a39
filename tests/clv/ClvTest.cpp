#include "valuedesk/clv/Clv.h"

#include "valuedesk/Error.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace {

using namespace vd;
using namespace vd::clv;

CustomerSummary summary(std::int64_t id, double x, double tx, double T, double zbar,
                        double meanSpend)
{
    CustomerSummary s;
    s.customerId = id;
    s.x = x;
    s.tx = tx;
    s.T = T;
    s.zbar = zbar;
    s.meanSpend = meanSpend;
    return s;
}

TEST(Discounting, AnnualRateConvertedToThePeriod)
{
    ClvOptions o;
    o.annualDiscount = 0.10;
    o.unit = TimeUnit::Week;
    EXPECT_NEAR(discountFactor(365.25 / 7.0, o), 1.0 / 1.1, 1e-14);
    EXPECT_NEAR(discountFactor(2 * 365.25 / 7.0, o), 1.0 / 1.21, 1e-14);
    o.unit = TimeUnit::Month;
    EXPECT_NEAR(discountFactor(12.0, o), std::pow(1.1, -365.2425 / 365.25), 1e-14);
    o.annualDiscount = 0.0;
    EXPECT_EQ(discountFactor(100.0, o), 1.0);
    EXPECT_EQ(periodEnds(3.0), (std::vector<double>{1, 2, 3}));
    EXPECT_EQ(periodEnds(2.5), (std::vector<double>{1, 2, 2.5}));
    EXPECT_EQ(periodEnds(0.5), (std::vector<double>{0.5}));
}

TEST(ClvOptionsTest, RejectsBadInput)
{
    ClvOptions o;
    o.horizon = 0;
    EXPECT_THROW(o.validate(), InputError);
    o = {};
    o.horizon = std::nan("");
    EXPECT_THROW(o.validate(), InputError);
    o = {};
    o.annualDiscount = -0.1;
    EXPECT_THROW(o.validate(), InputError);
    o = {};
    o.margin = 0;
    EXPECT_THROW(o.validate(), InputError);
    o = {};
    o.unit = TimeUnit::Day;
    o.horizon = 365.25 * 101;
    EXPECT_THROW(o.validate(), InputError);
    o = {};
    EXPECT_NO_THROW(o.validate());
}

// The per-customer value computed the slow, obvious way: conditional expectations at each
// period end, differenced, discounted, times margin and spend.
double directClv(const TransactionModel& model, const CustomerSummary& c, double spend,
                 const ClvOptions& o)
{
    double value = 0.0, previous = 0.0;
    for (double t : periodEnds(o.horizon)) {
        const double e = model.expectedTransactions(t, c.x, c.tx, c.T);
        value += discountFactor(t, o) * (e - previous);
        previous = e;
    }
    return o.margin * spend * value;
}

TEST(PredictClv, MatchesDirectComputationForEveryCustomer)
{
    // 40,000 customers so that the grouped series and the threaded loops are exercised.
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> xs(0, 12), ts(0, 52);
    std::vector<CustomerSummary> customers;
    for (int i = 0; i < 40000; ++i) {
        const double T = ts(rng);
        const double x = T > 0 ? xs(rng) : 0;
        const double tx = x > 0 ? std::uniform_real_distribution<double>(0, T)(rng) : 0.0;
        customers.push_back(summary(i + 1, x, tx, T, x > 0 ? 10.0 + i % 37 : 0.0, 12.0 + i % 5));
    }
    ClvOptions o;
    o.horizon = 26.5;
    o.annualDiscount = 0.12;
    o.margin = 0.3;
    const GammaGammaModel gg(6.25, 3.74, 15.44);
    for (ModelKind kind : {ModelKind::BgNbd, ModelKind::ParetoNbd, ModelKind::MbgNbd}) {
        auto model = TransactionModel::create(
            kind, kind == ModelKind::ParetoNbd ? std::vector<double>{0.553, 10.578, 0.606, 11.669}
                                               : std::vector<double>{0.243, 4.414, 0.793, 2.426});
        const auto predictions = predictClv(*model, &gg, customers, o);
        ASSERT_EQ(predictions.size(), customers.size());
        for (std::size_t i = 0; i < customers.size(); i += 97) {
            const auto& c = customers[i];
            const auto& p = predictions[i];
            ASSERT_EQ(p.customerId, c.customerId);
            ASSERT_TRUE(p.pAlive.has_value());
            EXPECT_DOUBLE_EQ(*p.pAlive, model->pAlive(c.x, c.tx, c.T));
            EXPECT_NEAR(p.expectedTransactions,
                        model->expectedTransactions(o.horizon, c.x, c.tx, c.T), 1e-12);
            const double spend = gg.conditionalMeanSpend(c.x, c.zbar);
            EXPECT_DOUBLE_EQ(p.expectedSpend, spend);
            const double expected = directClv(*model, c, spend, o);
            EXPECT_NEAR(p.clv, expected, 1e-10 * (1 + expected)) << toString(kind) << " " << i;
            // Value at risk: the same discounted value, weighted by 1 - P(alive).
            const double alive = *p.pAlive;
            if (alive > 1e-6) {
                EXPECT_NEAR(p.valueAtRisk, p.clv * (1 - alive) / alive, 1e-9 * (1 + p.valueAtRisk));
            }
            EXPECT_EQ(p.monetary, c.x > 0 ? c.zbar : c.meanSpend);
            EXPECT_GE(p.clv, 0.0);
        }
    }
}

TEST(PredictClv, WithoutDiscountCLVIsMarginTimesSpendTimesExpectedPurchases)
{
    auto model = TransactionModel::create(ModelKind::BgNbd, {0.243, 4.414, 0.793, 2.426});
    ClvOptions o;
    o.horizon = 39;
    o.annualDiscount = 0.0;
    o.margin = 0.25;
    const std::vector<CustomerSummary> customers = {summary(1, 2, 30.43, 38.86, 22.35, 25.0),
                                                    summary(2, 0, 0, 38.86, 0, 14.0)};
    const auto p = predictClv(*model, nullptr, customers, o); // observed mean spend
    EXPECT_NEAR(p[0].clv, 0.25 * 25.0 * model->expectedTransactions(39, 2, 30.43, 38.86), 1e-12);
    EXPECT_NEAR(p[1].clv, 0.25 * 14.0 * model->expectedTransactions(39, 0, 0, 38.86), 1e-12);
    EXPECT_EQ(p[1].valueAtRisk, 0.0); // BG/NBD: no repeat purchase, no sign of leaving
    EXPECT_TRUE(predictClv(*model, nullptr, {}, o).empty());
}

TEST(SimpleClv, SeedsFormulaByHand)
{
    ClvOptions o;
    o.unit = TimeUnit::Week;
    o.horizon = 52;
    o.annualDiscount = 0.0;
    o.margin = 0.5;
    // 4 purchases in 104 weeks at 20 each: 4/104 a week x 52 weeks x 20 x 0.5 = 20.
    const std::vector<CustomerSummary> customers = {summary(1, 3, 90, 104, 20, 20),
                                                    summary(2, 0, 0, 10, 0, 30)};
    auto p = simpleClv(customers, o);
    EXPECT_NEAR(p[0].clv, 20.0, 1e-12);
    EXPECT_NEAR(p[0].expectedTransactions, 2.0, 1e-12);
    EXPECT_FALSE(p[0].pAlive.has_value());
    EXPECT_EQ(p[0].valueAtRisk, 0.0);
    // Windows under a year count as a year: 1 purchase / 52.18 weeks x 52 x 30 x 0.5.
    const double year = 365.25 / 7.0;
    EXPECT_NEAR(p[1].clv, 0.5 * 30.0 * 52.0 / year, 1e-12);
    // With 10 % a year, each week's margin is discounted to the present.
    o.annualDiscount = 0.10;
    p = simpleClv(customers, o);
    double annuity = 0.0;
    for (int k = 1; k <= 52; ++k)
        annuity += std::pow(1.1, -k / year);
    EXPECT_NEAR(p[0].clv, 0.5 * 20.0 * (4.0 / 104.0) * annuity, 1e-12);
    EXPECT_LT(p[0].clv, 20.0);
}

TEST(ChurnRisk, RanksByValueAtRiskBelowThreshold)
{
    auto make = [](std::int64_t id, std::optional<double> alive, double clv, double risk) {
        CustomerPrediction p;
        p.customerId = id;
        p.pAlive = alive;
        p.clv = clv;
        p.valueAtRisk = risk;
        return p;
    };
    const std::vector<CustomerPrediction> all = {
        make(1, 0.9, 100, 11), make(2, 0.2, 5, 20),
        make(3, 0.4, 30, 45),  make(4, std::nullopt, 80, 0),
        make(5, 0.1, 1, 9),    make(6, 0.3, 40, 20),
        make(7, 0.5, 9, 9)};
    auto ranked = rankChurnRisk(all, 0.5);
    ASSERT_EQ(ranked.size(), 4u); // 7 has P(alive) = 0.5, not below
    EXPECT_EQ(ranked[0].customerId, 3);
    EXPECT_EQ(ranked[1].customerId, 6); // tie on risk 20: higher CLV first
    EXPECT_EQ(ranked[2].customerId, 2);
    EXPECT_EQ(ranked[3].customerId, 5);
    auto top = rankChurnRisk(all, 0.5, 2);
    ASSERT_EQ(top.size(), 2u);
    EXPECT_EQ(top[1].customerId, 6);
    EXPECT_TRUE(rankChurnRisk(all, 0.0).empty());
    EXPECT_TRUE(rankChurnRisk({}, 0.5).empty());
    EXPECT_THROW(rankChurnRisk(all, 1.5), InputError);
    EXPECT_THROW(rankChurnRisk(all, std::nan("")), InputError);
}

} // namespace
