// CDNOW through the app's own importer (tests/data/cdnow/README.md: "Start from the raw
// purchases through the app's own import and summary code"): the whitespace-separated sample
// is converted to the two CSV files an analyst would export (customers, transactions), both go
// through vd::io::importFile, and the summaries and fits computed from that workspace must
// reproduce the published estimates within 1 % and agree exactly with the fixture loader
// (tests/clv/CdnowLoader.h) that the other CDNOW tests use.
#include "clv/CdnowLoader.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/clv/Fit.h"
#include "valuedesk/clv/Summary.h"
#include "valuedesk/io/Importer.h"
#include "valuedesk/storage/Database.h"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace {

using namespace vd;
using namespace vd::clv;

const std::string kDir = std::string(VD_TEST_DATA_DIR) + "/cdnow/";

void expectWithin(double value, double published, double relative, const char* what)
{
    EXPECT_NEAR(value, published, relative * std::fabs(published)) << what;
}

// " 00004 0001 19970101  2   29.33" -> customers.csv "customer_id,name" (one row per sample
// id) and transactions.csv "customer_id,date,quantity,amount" with ISO dates.
std::int64_t convertSample(const std::string& sample, const std::string& customers,
                           const std::string& transactions)
{
    std::ifstream in(sample, std::ios::binary);
    std::ofstream orders(transactions, std::ios::binary);
    orders << "customer_id,date,quantity,amount\n";
    std::set<std::int64_t> ids;
    std::string line;
    std::int64_t rows = 0;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string master, day, value;
        std::int64_t id = 0, cds = 0;
        if (!(fields >> master >> id >> day >> cds >> value))
            continue;
        orders << id << "," << day.substr(0, 4) << "-" << day.substr(4, 2) << "-"
               << day.substr(6, 2) << "," << cds << "," << value << "\n";
        ids.insert(id);
        ++rows;
    }
    std::ofstream people(customers, std::ios::binary);
    people << "customer_id,name\n";
    for (std::int64_t id : ids)
        people << id << ",CDNOW customer " << id << "\n";
    return rows;
}

SummaryOptions window()
{
    SummaryOptions o;
    o.calibrationEnd = date::toEpoch(1997, 9, 30);
    o.holdoutEnd = date::toEpoch(1998, 6, 30);
    o.unit = TimeUnit::Week;
    return o;
}

TEST(CdnowImport, ImporterPathReproducesThePublishedEstimates)
{
    test::TempDir dir;
    const std::string customersCsv = dir.file("customers.csv");
    const std::string ordersCsv = dir.file("transactions.csv");
    ASSERT_EQ(convertSample(kDir + "CDNOW_sample.txt", customersCsv, ordersCsv), 6919);

    Database db(dir.file("imported.vdw"));
    io::ImportOptions co;
    co.kind = io::ImportKind::Customers;
    co.file = customersCsv;
    co.now = date::toEpoch(2024, 1, 1);
    const io::ImportResult people = io::importFile(db, co);
    EXPECT_EQ(people.rowsNew, 2357);
    EXPECT_EQ(people.rowsRejected, 0);
    io::ImportOptions to = co;
    to.kind = io::ImportKind::Transactions;
    to.file = ordersCsv;
    const io::ImportResult orders = io::importFile(db, to);
    EXPECT_EQ(orders.rowsRead, 6919);
    EXPECT_EQ(orders.rowsNew, 6919) << "every purchase row is one transaction";
    EXPECT_EQ(orders.rowsRejected, 0);
    ASSERT_EQ(db.queryInt("SELECT count(*) FROM transactions"), 6919);

    const SummaryData imported = computeSummaries(db, window());
    EXPECT_EQ(imported.rowsRead, 6919);
    EXPECT_EQ(imported.transactions, 6696); // README: same-day purchases merged
    ASSERT_EQ(imported.customers.size(), 2357u);

    // The loader path on the same file.
    Database reference(dir.file("loader.vdw"));
    test::loadCdnowSample(reference, kDir + "CDNOW_sample.txt");
    const SummaryData loaded = computeSummaries(reference, window());
    std::map<std::int64_t, const CustomerSummary*> bySampleId; // loader: customers.id = sample id
    for (const auto& c : loaded.customers)
        bySampleId[c.customerId] = &c;
    std::map<std::int64_t, std::int64_t> sampleIdOf; // importer's customer id -> sample id
    {
        Statement st = db.prepare("SELECT id, external_id FROM customers");
        while (st.step())
            sampleIdOf[st.getInt(0)] = std::stoll(st.getText(1));
    }
    double repeats = 0, holdout = 0;
    for (const auto& c : imported.customers) {
        const CustomerSummary& l = *bySampleId.at(sampleIdOf.at(c.customerId));
        EXPECT_EQ(c.x, l.x) << c.customerId;
        EXPECT_EQ(c.tx, l.tx) << c.customerId;
        EXPECT_EQ(c.T, l.T) << c.customerId;
        EXPECT_EQ(c.zbar, l.zbar) << c.customerId;
        EXPECT_EQ(c.xHoldout, l.xHoldout) << c.customerId;
        repeats += c.x;
        holdout += c.xHoldout;
    }
    EXPECT_EQ(repeats, 2457);
    EXPECT_EQ(holdout, 1882);

    // BG/NBD: Fader, Hardie & Lee (2005), Marketing Science 24(2): r 0.243, alpha 4.414,
    // a 0.793, b 2.426, LL -9582.4.
    const FitResult bg = fitTransactionModel(ModelKind::BgNbd, imported.customers);
    ASSERT_TRUE(bg.converged) << bg.message;
    expectWithin(bg.params[0], 0.243, 0.01, "r");
    expectWithin(bg.params[1], 4.414, 0.01, "alpha");
    expectWithin(bg.params[2], 0.793, 0.01, "a");
    expectWithin(bg.params[3], 2.426, 0.01, "b");
    EXPECT_NEAR(bg.logLikelihood, -9582.4, 0.05);
    // Gamma-Gamma: Fader, Hardie & Lee (2005), JMR 42(4): p 6.25, q 3.74, gamma 15.44.
    const FitResult gg = fitGammaGamma(imported.customers);
    ASSERT_TRUE(gg.converged) << gg.message;
    EXPECT_EQ(gg.customers, 946);
    expectWithin(gg.params[0], 6.25, 0.01, "p");
    expectWithin(gg.params[1], 3.74, 0.01, "q");
    expectWithin(gg.params[2], 15.44, 0.01, "gamma");

    // Identical summaries give identical fits: the importer path is the loader path exactly.
    const FitResult bgLoaded = fitTransactionModel(ModelKind::BgNbd, loaded.customers);
    const FitResult ggLoaded = fitGammaGamma(loaded.customers);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_EQ(bg.params[i], bgLoaded.params[i]) << bg.names[i];
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(gg.params[i], ggLoaded.params[i]) << gg.names[i];
    EXPECT_EQ(bg.logLikelihood, bgLoaded.logLikelihood);
    EXPECT_EQ(gg.logLikelihood, ggLoaded.logLikelihood);
}

} // namespace
