#include "CliRunner.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using vd::test::runCli;

namespace {

// Five buyers with 1..5 orders of 10 each on distinct last days, and one who never bought.
class SegmentCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws = dir.file("w.vdw");
        vd::Database db(ws);
        vd::CustomerRepository repo(db);
        for (int i = 1; i <= 6; ++i) {
            vd::Customer c;
            c.externalId = "K" + std::to_string(i);
            c.name = "Customer " + std::to_string(i);
            c.country = i % 2 ? "China" : "Japan";
            c.createdAt = *vd::date::parseIso("2020-01-01");
            ids.push_back(repo.insert(c));
        }
        vd::Statement st = db.prepare(
            "INSERT INTO transactions (customer_id, ts, amount, cost) VALUES (?1, ?2, ?3, ?4)");
        for (int i = 1; i <= 5; ++i)
            for (int k = 0; k < i; ++k) {
                const auto ts =
                    *vd::date::parseIso("2024-01-" + std::to_string(10 + i)) - k * 86400 * 30;
                st.bindAll(ids[static_cast<std::size_t>(i - 1)], ts, 10.0 * i, 5.0);
                st.run();
            }
    }

    std::string read(const std::string& path)
    {
        std::ifstream in(path);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }

    void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

    vd::test::TempDir dir;
    std::string ws;
    std::vector<std::int64_t> ids;
};

} // namespace

TEST_F(SegmentCli, RfmSummaryCustomersAndHeatmap)
{
    auto r = runCli({"-w", ws, "--format", "csv", "segment", "rfm", "--date", "2024-01-31"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("segment,customers,revenue,revenue_share,median_recency_days,"
                          "median_frequency,median_monetary\r\n",
                          0),
              0u)
        << r.out;
    // Buyer 5 (last day 2024-01-15, 5 orders) is R5 F5: Champions, revenue 5 x 50 = 250.
    EXPECT_NE(r.out.find("Champions,1,250,"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("5 customers scored at 2024-01-31; 1 without a purchase"),
              std::string::npos)
        << r.err;

    auto c = runCli({"-w", ws, "--format", "csv", "segment", "rfm", "--show", "customers"});
    ASSERT_EQ(c.code, 0) << c.err;
    EXPECT_NE(c.out.find("\r\n" + std::to_string(ids[4]) + ",0,5,250,5,5,5,Champions\r\n"),
              std::string::npos)
        << c.out;

    auto h = runCli({"-w", ws, "--format", "json", "segment", "rfm", "--show", "heatmap"});
    ASSERT_EQ(h.code, 0) << h.err;
    EXPECT_NE(h.out.find("{\"r\": 5, \"f\": 5, \"segment\": \"Champions\", \"customers\": 1, "
                         "\"revenue\": 250}"),
              std::string::npos)
        << h.out;
}

TEST_F(SegmentCli, KMeansProfilesAndExportedFeatureMatrix)
{
    const std::string csv = dir.file("features.csv");
    auto r =
        runCli({"-w", ws, "--format", "csv", "segment", "kmeans", "-k", "2", "--features",
                "frequency,monetary", "--seed", "4", "--restarts", "3", "--export-features", csv});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("cluster,customers,share,mean_frequency,mean_monetary\r\n", 0), 0u);
    const std::string text = read(csv);
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "customer_id,frequency,monetary,cluster\r");
    int rows = 0;
    double sumFrequency = 0.0;
    while (std::getline(lines, line)) {
        ++rows;
        std::istringstream cells(line);
        std::string id, f, m, cluster;
        std::getline(cells, id, ',');
        std::getline(cells, f, ',');
        std::getline(cells, m, ',');
        std::getline(cells, cluster, '\r');
        sumFrequency += std::stod(f);
        EXPECT_TRUE(cluster == "1" || cluster == "2") << line;
    }
    EXPECT_EQ(rows, 6) << "every customer: frequency and monetary are 0 without purchases";
    EXPECT_NEAR(sumFrequency, 0.0, 1e-12) << "standardised columns have mean 0";

    auto again = runCli({"-w", ws, "--format", "csv", "segment", "kmeans", "-k", "2", "--features",
                         "frequency,monetary", "--seed", "4", "--restarts", "3"});
    EXPECT_EQ(again.out, r.out) << "same seed, same clusters";
}

TEST_F(SegmentCli, KMeansProfileColumnsNameTheQuantityTheyHold)
{
    // log_recency is clustered on ln(1 + days) but profiled in days, log_monetary in money;
    // recency_days and log_recency share the one column of their quantity.
    auto r = runCli({"-w", ws, "--format", "csv", "segment", "kmeans", "-k", "1", "--features",
                     "log_recency,recency_days,log_monetary,log_frequency", "--date", "2024-01-31",
                     "--restarts", "1"});
    ASSERT_EQ(r.code, 0) << r.err;
    // Buyers 1..5: recency 20, 19, 18, 17, 16 days; monetary 10 i^2; i orders.
    EXPECT_EQ(r.out, "cluster,customers,share,mean_recency_days,mean_monetary,mean_frequency\r\n"
                     "1,5,1,18,110,3\r\n")
        << r.out;
    auto json = runCli({"-w", ws, "--format", "json", "segment", "kmeans", "-k", "1", "--date",
                        "2024-01-31", "--restarts", "1"});
    ASSERT_EQ(json.code, 0) << json.err;
    EXPECT_NE(json.out.find("\"mean_recency_days\": 18"), std::string::npos) << json.out;
    EXPECT_EQ(json.out.find("mean_log_"), std::string::npos) << json.out;
}

TEST_F(SegmentCli, KMeansRefusalsAndElbow)
{
    auto big = runCli({"-w", ws, "segment", "kmeans", "-k", "9", "--features", "frequency"});
    EXPECT_EQ(big.code, 1);
    EXPECT_NE(big.err.find("more than the 6 customers"), std::string::npos) << big.err;
    auto unknown = runCli({"-w", ws, "segment", "kmeans", "--features", "shoe_size"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_NE(unknown.err.find("unknown feature \"shoe_size\""), std::string::npos);
    auto clv = runCli({"-w", ws, "segment", "kmeans", "--features", "clv"});
    EXPECT_EQ(clv.code, 1);
    EXPECT_NE(clv.err.find("fit a CLV model first"), std::string::npos) << clv.err;

    auto e = runCli({"-w", ws, "--format", "csv", "segment", "kmeans", "--elbow", "3", "--features",
                     "log_frequency,log_monetary"});
    ASSERT_EQ(e.code, 0) << e.err;
    EXPECT_EQ(e.out.rfind("k,inertia,silhouette,converged\r\n1,12,,1\r\n", 0), 0u)
        << "k = 1: inertia = n x d = 6 x 2 for standardised data\n"
        << e.out;
}

TEST_F(SegmentCli, RulesCountAndCustomers)
{
    auto r = runCli({"-w", ws, "--format", "csv", "segment", "rules", "--rule",
                     R"({"and": [{"field": "country", "op": "eq", "value": "china"},
                                 {"field": "orders", "op": "ge", "value": 3}]})",
                     "--show", "customers"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "customer_id,external_id,name\r\n" + std::to_string(ids[2]) +
                         ",K3,Customer 3\r\n" + std::to_string(ids[4]) + ",K5,Customer 5\r\n");
    const std::string file = dir.file("rule.json");
    write(file, R"({"field": "revenue", "op": "lt", "value": 1})");
    auto count = runCli({"-w", ws, "--format", "csv", "segment", "rules", "--rule", file});
    ASSERT_EQ(count.code, 0) << count.err;
    EXPECT_NE(count.out.find("revenue < 1,1,6,"), std::string::npos) << count.out;
    auto bad = runCli({"-w", ws, "segment", "rules", "--rule", R"({"field": "x", "op": "eq"})"});
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.err.find("unknown field \"x\""), std::string::npos);
    EXPECT_EQ(runCli({"-w", ws, "segment", "rules"}).code, 2);
}

TEST_F(SegmentCli, SavedRulesAreShownAndReevaluatedOverNewData)
{
    auto saved = runCli({"-w", ws, "segment", "rules", "--rule",
                         R"({"field": "country", "op": "eq", "value": "china"})", "--save", "R1"});
    ASSERT_EQ(saved.code, 0) << saved.err; // K1, K3, K5
    {
        // A new Chinese customer, and K3 moves to Japan.
        vd::Database db(ws);
        vd::Customer c;
        c.externalId = "K7";
        c.name = "Customer 7";
        c.country = "China";
        c.createdAt = *vd::date::parseIso("2024-02-01");
        vd::CustomerRepository(db).insert(c);
        db.exec("UPDATE customers SET country = 'Japan' WHERE external_id = 'K3'");
    }
    auto count = runCli({"-w", ws, "--format", "csv", "segment", "rules", "--saved", "R1"});
    ASSERT_EQ(count.code, 0) << count.err;
    EXPECT_EQ(count.out, "rule,customers,base,share,snapshot,stayed,joined,left\r\n"
                         "\"country = \"\"china\"\"\",3,7,0.428571428571429,3,2,1,1\r\n")
        << count.out;
    EXPECT_NE(count.err.find("\"R1\" (saved "), std::string::npos) << count.err;

    auto list = runCli({"-w", ws, "--format", "csv", "segment", "rules", "--saved", "R1", "--show",
                        "customers", "--save", "R2"});
    ASSERT_EQ(list.code, 0) << list.err;
    EXPECT_EQ(list.out, "customer_id,external_id,name\r\n" + std::to_string(ids[0]) +
                            ",K1,Customer 1\r\n" + std::to_string(ids[4]) + ",K5,Customer 5\r\n" +
                            std::to_string(ids[4] + 2) + ",K7,Customer 7\r\n");
    auto mig = runCli({"-w", ws, "--format", "csv", "segment", "migration", "R1", "R2"});
    ASSERT_EQ(mig.code, 0) << mig.err;
    EXPECT_NE(mig.out.find("(none),2,1\r\n(not in R1),1,\r\n"), std::string::npos) << mig.out;

    auto show = runCli({"-w", ws, "--format", "csv", "segment", "show", "R1"});
    ASSERT_EQ(show.code, 0) << show.err;
    EXPECT_NE(show.out.find("property,value\r\nid,"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("\r\nname,R1\r\nkind,rule\r\n"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("\r\nmembers,3\r\n"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("\r\nrule,\"country = \"\"china\"\"\"\r\n"), std::string::npos)
        << show.out;
    EXPECT_NE(show.out.find("definition,\"{\"\"description\"\""), std::string::npos) << show.out;

    auto pyramid = runCli({"-w", ws, "segment", "pyramid", "--by", "revenue", "--save", "P"});
    ASSERT_EQ(pyramid.code, 0) << pyramid.err;
    auto notRule = runCli({"-w", ws, "segment", "rules", "--saved", "P"});
    EXPECT_EQ(notRule.code, 1);
    EXPECT_NE(notRule.err.find("only rule segments can be re-evaluated"), std::string::npos)
        << notRule.err;
    auto showP = runCli({"-w", ws, "--format", "csv", "segment", "show", "P"});
    ASSERT_EQ(showP.code, 0) << showP.err;
    EXPECT_EQ(showP.out.find("\r\nrule,"), std::string::npos) << "only rule segments have a rule";
    EXPECT_EQ(runCli({"-w", ws, "segment", "rules", "--saved", "nope"}).code, 1);
    EXPECT_EQ(runCli({"-w", ws, "segment", "rules", "--saved", "R1", "--rule", "{}"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "segment", "show"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "segment", "show", "--saved", "R1", "R1"}).code, 2);
}

TEST_F(SegmentCli, TiersNeedACLVRun)
{
    auto r = runCli({"-w", ws, "segment", "tiers"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("fit a CLV model first"), std::string::npos) << r.err;
}

TEST_F(SegmentCli, PyramidSaveListMembersCompareMigration)
{
    auto p = runCli({"-w", ws, "--format", "csv", "segment", "pyramid", "--by", "revenue", "--cuts",
                     "20,40,60", "--save", "P1"});
    ASSERT_EQ(p.code, 0) << p.err;
    // Revenues 10, 40, 90, 160, 250 and 0. A customer's position is the share of customers
    // strictly above (Tiers.h): 250 -> 0 and 160 -> 1/6 are below 20 % (platinum), 90 -> 2/6
    // gold, 40 -> 3/6 iron, 10 and 0 lead.
    EXPECT_NE(p.out.find("platinum,2,410,"), std::string::npos) << p.out;
    EXPECT_NE(p.out.find("gold,1,90,"), std::string::npos) << p.out;
    EXPECT_NE(p.out.find("iron,1,40,"), std::string::npos) << p.out;
    EXPECT_NE(p.out.find("lead,2,10,"), std::string::npos) << p.out;
    EXPECT_NE(p.err.find("saved segment"), std::string::npos);

    const std::string members = dir.file("members.csv");
    write(members, "external_id,label\nK1,a\nK2,b\n\"K5\",a\n");
    auto s = runCli({"-w", ws, "segment", "save", "Manual", "--members", members});
    ASSERT_EQ(s.code, 0) << s.err;

    auto list = runCli({"-w", ws, "--format", "csv", "segment", "list"});
    ASSERT_EQ(list.code, 0) << list.err;
    EXPECT_NE(list.out.find(",P1,pyramid,"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find(",6,platinum|gold|iron|lead\r\n"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find(",Manual,manual,"), std::string::npos);

    auto m =
        runCli({"-w", ws, "--format", "csv", "segment", "members", "P1", "--label", "platinum"});
    ASSERT_EQ(m.code, 0) << m.err;
    EXPECT_EQ(m.out, "customer_id,external_id,name,label\r\n" + std::to_string(ids[3]) +
                         ",K4,Customer 4,platinum\r\n" + std::to_string(ids[4]) +
                         ",K5,Customer 5,platinum\r\n");

    auto c =
        runCli({"-w", ws, "--format", "csv", "segment", "compare", "P1", "Manual", "--by-label"});
    ASSERT_EQ(c.code, 0) << c.err;
    // Manual: K1 (10), K2 (40), K5 (250) = 300 of 550.
    EXPECT_NE(c.out.find(",Manual,,3,300,0.545454545454545,,,0,\r\n"), std::string::npos) << c.out;

    auto mig = runCli({"-w", ws, "--format", "csv", "segment", "migration", "P1", "Manual"});
    ASSERT_EQ(mig.code, 0) << mig.err;
    // P1: K4 K5 platinum, K3 gold, K2 iron, K1 K6 lead; Manual: K1 a, K2 b, K5 a.
    EXPECT_NE(mig.out.find("from \\ to,a,b,(not in Manual)\r\n"), std::string::npos) << mig.out;
    EXPECT_NE(mig.out.find("platinum,1,0,1\r\n"), std::string::npos) << mig.out;
    EXPECT_NE(mig.out.find("gold,0,0,1\r\n"), std::string::npos) << mig.out;
    EXPECT_NE(mig.out.find("iron,0,1,0\r\n"), std::string::npos) << mig.out;
    EXPECT_NE(mig.out.find("lead,1,0,1\r\n"), std::string::npos) << mig.out;
    EXPECT_NE(mig.out.find("(not in P1),0,0,\r\n"), std::string::npos) << mig.out;

    EXPECT_EQ(runCli({"-w", ws, "segment", "delete", "P1"}).code, 0);
    EXPECT_EQ(runCli({"-w", ws, "segment", "members", "P1"}).code, 1);
}

TEST_F(SegmentCli, ManualSaveRefusesUnknownCustomersWithTheLine)
{
    const std::string members = dir.file("members.csv");
    write(members, "external_id\nK1\nNOPE\n");
    auto s = runCli({"-w", ws, "segment", "save", "X", "--members", members});
    EXPECT_EQ(s.code, 1);
    EXPECT_NE(s.err.find("members.csv:3:1: no such customer"), std::string::npos) << s.err;
}

TEST_F(SegmentCli, GridIsValidatedBeforeItIsStored)
{
    const std::string grid = dir.file("grid.json");
    write(grid, R"({"segments": [{"name": "All", "cells": [[1, 1]]}]})");
    auto bad = runCli({"-w", ws, "segment", "grid", "--set", grid});
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.err.find("cell R5 F5 is not in any segment"), std::string::npos) << bad.err;
    auto show = runCli({"-w", ws, "--format", "csv", "segment", "grid"});
    ASSERT_EQ(show.code, 0);
    EXPECT_NE(show.out.find("5,New,Potential loyalist,Potential loyalist,Champions,Champions\r\n"),
              std::string::npos)
        << show.out;
}

TEST_F(SegmentCli, OptionsOfOtherSubCommandsAreRefused)
{
    auto r = runCli({"-w", ws, "segment", "rfm", "--seed", "3"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("option --seed does not apply to segment rfm"), std::string::npos);
    EXPECT_EQ(runCli({"-w", ws, "segment", "frobnicate"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "segment", "rfm", "--date", "2024-13-01"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "segment", "pyramid", "--cuts", "1,5"}).code, 2);
    EXPECT_EQ(runCli({"-w", ws, "segment", "migration", "only-one"}).code, 2);
    auto help = runCli({"segment", "--help"});
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("--export-features"), std::string::npos);
}
