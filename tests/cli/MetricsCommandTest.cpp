#include "CliRunner.h"
#include "loyalty/LoyaltyFixture.h"
#include "support/TempDir.h"

#include <fstream>
#include <gtest/gtest.h>

using vd::test::day;
using vd::test::runCli;

namespace {

// Four responses of two customers in March and April 2024 (hand-made):
// March: a 10 (store), b 3 with a comment (app); April: a 9, b 2 (app, pickup).
// Each month: 1 promoter, 1 detractor -> NPS 0, adjusted-Wald [-73.34, 73.34] (n' = 5,
// pP' = pD' = 1.75/5, V' = 0.7, half width 1.96 sqrt(0.7/5) = 0.7334).
class MetricsCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        a = f.customer("a");
        b = f.customer("b");
        f.response(a, day(2024, 3, 5), 10, 5, 7, "store", "order");
        f.response(b, day(2024, 3, 6), 3, 2, 2, "app", "order",
                   "Coffee was cold and the staff rude");
        f.response(a, day(2024, 4, 5), 9, 4, 6, "app", "pickup");
        f.response(b, day(2024, 4, 6), 2, 1, 1, "app", "pickup");
        f.order(a, day(2024, 3, 1), 10);
        f.order(b, day(2024, 3, 2), 20);
        f.order(a, day(2024, 4, 1), 30);
        f.segment("Regulars", 1, {{a, "gold"}});
        ws = f.path();
    }

    vd::test::LoyaltyFixture f;
    std::int64_t a = 0, b = 0;
    std::string ws;
};

} // namespace

TEST_F(MetricsCommandTest, NpsByMonthWithIntervalAndPeriodTest)
{
    auto r = runCli({"-w", ws, "--format", "csv", "metrics", "nps", "--by", "month"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("period,responses,n,detractors,passives,promoters,nps,lower,upper,"
                         "change,p_value,significant"),
              std::string::npos);
    EXPECT_NE(r.out.find("2024-03,2,2,1,0,1,0,-73.335137205651"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2024-04,2,2,1,0,1,0,-73.335137205651"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(",0,1,no"), std::string::npos) << "no change, p = 1";

    // Segment filter and label: only customer a -> NPS 100 in both months.
    auto s = runCli({"-w", ws, "--format", "csv", "metrics", "nps", "--segment", "Regulars",
                     "--from", "2024-04-01", "--to", "2024-04-30"});
    ASSERT_EQ(s.code, 0) << s.err;
    EXPECT_NE(s.out.find("2024-04,1,1,0,0,1,100,"), std::string::npos) << s.out;
    EXPECT_EQ(s.out.find("2024-03"), std::string::npos) << "--from excludes March";
}

TEST_F(MetricsCommandTest, CsatCesRetentionAndBreakdowns)
{
    // app: CSAT {2, 4, 1} -> top-2 1/3 = 33.33 %, mean 2.33.
    auto c = runCli({"-w", ws, "--format", "json", "metrics", "csat", "--by", "channel"});
    ASSERT_EQ(c.code, 0) << c.err;
    EXPECT_NE(c.out.find("\"channel\": \"app\", \"responses\": 3, \"n\": 3, \"top2_pct\": "
                         "33.333333333333"),
              std::string::npos)
        << c.out;
    // CES March {7, 2}: mean 4.5, agree 50 %.
    auto e = runCli({"-w", ws, "--format", "csv", "metrics", "ces"});
    ASSERT_EQ(e.code, 0) << e.err;
    EXPECT_NE(e.out.find("2024-03,2,2,4.5,"), std::string::npos) << e.out;
    // Retention April: previous buyers a, b; a bought again -> 50 %; churn 50 %.
    auto t = runCli({"-w", ws, "--format", "csv", "metrics", "retention", "--from", "2024-03-01",
                     "--to", "2024-04-30"});
    ASSERT_EQ(t.code, 0) << t.err;
    EXPECT_NE(t.out.find("2024-04,1,2,1,50,"), std::string::npos) << t.out;
    EXPECT_EQ(runCli({"-w", ws, "metrics", "retention", "--by", "channel"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "metrics", "nps", "--by", "year"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "metrics", "loyalty"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "metrics", "nps", "--segment", "Nobody"}).code, 1);
    EXPECT_EQ(runCli({"-w", ws, "metrics", "nps", "--from", "March"}).code, 2);
}

TEST_F(MetricsCommandTest, AlertsListFiredRules)
{
    // April CSAT top-2 = 1/2 = 50 % < 70 % (default rule); NPS 0 is not below 0.
    auto r = runCli({"-w", ws, "--format", "csv", "metrics", "alerts"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("2024-04,csat,below,70,50,50,,"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(",nps,"), std::string::npos);
}

TEST_F(MetricsCommandTest, CasesLifecycle)
{
    auto open = runCli({"-w", ws, "--format", "csv", "cases", "open"});
    ASSERT_EQ(open.code, 0) << open.err;
    EXPECT_NE(open.out.find("detractors,2"), std::string::npos) << open.out;
    EXPECT_NE(runCli({"-w", ws, "--format", "csv", "cases", "open"}).out.find("total,0"),
              std::string::npos)
        << "idempotent";

    auto list =
        runCli({"-w", ws, "--format", "csv", "cases", "list", "--overdue", "--now", "2024-03-09"});
    ASSERT_EQ(list.code, 0) << list.err;
    // Only the March detractor is due before 2024-03-09 (opened 03-06 12:00, +48 h).
    EXPECT_NE(list.out.find("1,new,,2,Customer b,service,"), std::string::npos) << list.out;
    EXPECT_EQ(list.out.find("\n2,"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find(",yes,unknown,Coffee was cold"), std::string::npos) << list.out;

    auto refused = runCli({"-w", ws, "cases", "resolve", "1"});
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find("must be assigned first"), std::string::npos) << refused.err;
    ASSERT_EQ(runCli({"-w", ws, "cases", "assign", "1", "anna"}).code, 0);
    auto mine = runCli({"-w", ws, "--format", "csv", "cases", "list", "--owner", "anna"});
    EXPECT_NE(mine.out.find("1,assigned,anna"), std::string::npos) << mine.out;
    ASSERT_EQ(runCli({"-w", ws, "cases", "resolve", "1"}).code, 0);
    ASSERT_EQ(runCli({"-w", ws, "cases", "inform", "1"}).code, 0);
    auto informed = runCli({"-w", ws, "--format", "csv", "cases", "list", "--status", "informed"});
    EXPECT_NE(informed.out.find("1,informed,anna"), std::string::npos) << informed.out;
    EXPECT_EQ(runCli({"-w", ws, "cases", "inform", "1"}).code, 1);
    EXPECT_EQ(runCli({"-w", ws, "cases", "assign", "x", "anna"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "cases", "list", "--status", "closed"}).code, 2);

    auto cfg = runCli({"-w", ws, "--format", "csv", "cases", "config", "--sla-hours", "24"});
    ASSERT_EQ(cfg.code, 0) << cfg.err;
    EXPECT_NE(cfg.out.find("sla_hours,24"), std::string::npos);
    EXPECT_EQ(runCli({"-w", ws, "cases", "config", "--sla-hours", "0"}).code, 1);
}

TEST_F(MetricsCommandTest, DriversNeedRatings)
{
    auto r = runCli({"-w", ws, "drivers"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("attribute performance ratings"), std::string::npos) << r.err;

    auto speed = f.attribute("speed");
    auto taste = f.attribute("taste");
    const int rows[6][3] = {{1, 2, 3}, {2, 1, 4}, {3, 4, 6}, {4, 3, 5}, {5, 6, 9}, {6, 5, 8}};
    for (const auto& row : rows) {
        auto id = f.response(a, day(2024, 5, 1), row[2]);
        f.rating(id, speed, row[0], 6.0);
        f.rating(id, taste, row[1], 5.0);
    }
    auto d = runCli({"-w", ws, "--format", "csv", "drivers"});
    ASSERT_EQ(d.code, 0) << d.err;
    EXPECT_NE(d.out.find("code,name,mean_performance,r,b,se,t,p_value,beta,relative_weight,"
                         "share_pct"),
              std::string::npos);
    EXPECT_NE(d.err.find("n = 6 responses"), std::string::npos) << d.err;
    auto ipa = runCli({"-w", ws, "--format", "csv", "drivers", "--ipa"});
    ASSERT_EQ(ipa.code, 0) << ipa.err;
    EXPECT_NE(ipa.out.find("speed,speed,,6,6,"), std::string::npos) << ipa.out;
}

TEST_F(MetricsCommandTest, AlertRulesListSetValidateAndReset)
{
    auto list = runCli({"-w", ws, "--format", "csv", "metrics", "alerts", "--list-rules"});
    ASSERT_EQ(list.code, 0) << list.err;
    EXPECT_NE(list.out.find("rule,metric,kind,threshold,enabled,source"), std::string::npos);
    EXPECT_NE(list.out.find("6,csat,below,70,yes,default"), std::string::npos) << list.out;

    vd::test::TempDir dir;
    const std::string good = dir.file("rules.json");
    std::ofstream(good) << R"([{"metric": "nps", "kind": "below", "threshold": 10},
                              {"metric": "csat", "kind": "drop", "enabled": false}])";
    // Saved, then evaluated with the new rules: April NPS 0 < 10 fires.
    auto set = runCli({"-w", ws, "--format", "csv", "metrics", "alerts", "--rules", good});
    ASSERT_EQ(set.code, 0) << set.err;
    EXPECT_NE(set.err.find("saved 2 alert rules"), std::string::npos) << set.err;
    EXPECT_NE(set.out.find("2024-04,nps,below,10,0,0,,"), std::string::npos) << set.out;
    EXPECT_EQ(set.out.find(",csat,"), std::string::npos) << "the CSAT rule is off";
    auto listed = runCli({"-w", ws, "--format", "csv", "metrics", "alerts", "--list-rules"});
    EXPECT_NE(listed.out.find("1,nps,below,10,yes,workspace"), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find("2,csat,drop,,no,workspace"), std::string::npos) << listed.out;

    // A bad file is refused with the file, the rule and the reason; nothing is stored.
    const std::string bad = dir.file("bad.json");
    std::ofstream(bad) << R"([{"metric": "nps", "kind": "below", "threshold": 10},
                             {"metric": "ces", "kind": "above", "threshold": 9}])";
    auto refused = runCli({"-w", ws, "metrics", "alerts", "--rules", bad});
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find("bad.json: alert rule 2: the ces threshold 9 is outside 1 to 7"),
              std::string::npos)
        << refused.err;
    EXPECT_NE(runCli({"-w", ws, "--format", "csv", "metrics", "alerts", "--list-rules"})
                  .out.find("1,nps,below,10,yes,workspace"),
              std::string::npos);
    EXPECT_EQ(runCli({"-w", ws, "metrics", "alerts", "--rules", dir.file("missing.json")}).code, 1);
    EXPECT_EQ(runCli({"-w", ws, "metrics", "nps", "--rules", good}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "metrics", "alerts", "--rules", good, "--default-rules"}).code, 2);

    auto reset = runCli(
        {"-w", ws, "--format", "csv", "metrics", "alerts", "--default-rules", "--list-rules"});
    ASSERT_EQ(reset.code, 0) << reset.err;
    EXPECT_NE(reset.out.find("6,csat,below,70,yes,default"), std::string::npos) << reset.out;
}
