#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/InteractionRepository.h"
#include "valuedesk/storage/LoyaltyRepository.h"
#include "valuedesk/storage/ResponseRepository.h"
#include "valuedesk/storage/TimelineRepository.h"
#include "valuedesk/storage/TransactionRepository.h"

#include <gtest/gtest.h>
#include <set>

using namespace vd;

namespace {

class ActivityTest : public ::testing::Test
{
protected:
    test::TempDir dir;
    Database db{dir.file("w.vdw")};
    std::int64_t alice = addCustomer("A");
    std::int64_t bob = addCustomer("B");

    std::int64_t addCustomer(const std::string& ext)
    {
        Customer c;
        c.externalId = ext;
        c.name = ext;
        c.createdAt = date::toEpoch(2024, 1, 1);
        return CustomerRepository(db).insert(c);
    }

    std::int64_t addAttribute(const std::string& code)
    {
        db.prepare("INSERT INTO attributes (code, name) VALUES (?, ?)")
            .bindAll(code, code + " name")
            .run();
        return db.lastInsertId();
    }
};

// Pages of `n` rows read with page size `size` cover every id exactly once.
template <typename Page>
std::vector<std::int64_t> collect(std::int64_t n, std::int64_t size, Page page)
{
    std::vector<std::int64_t> ids;
    for (std::int64_t off = 0; off < n + size; off += size)
        for (const auto& row : page(off, size))
            ids.push_back(row.id);
    return ids;
}

} // namespace

TEST_F(ActivityTest, TransactionsPageAllAndPerCustomerNewestFirst)
{
    TransactionRepository repo(db);
    EXPECT_EQ(repo.count(), 0);
    EXPECT_TRUE(repo.page(0, 10).empty());
    EXPECT_EQ(repo.summaryForCustomer(alice).orders, 0);
    for (int i = 0; i < 25; ++i) {
        Order o;
        o.customerId = i % 5 == 0 ? bob : alice;
        o.ts = 1000 + (i * 37) % 25; // not in insertion order
        o.amount = 10 + i;
        o.cost = i % 2 ? std::optional<double>(4.0) : std::nullopt;
        o.channel = "store";
        o.product = "Latte";
        o.category = "coffee";
        repo.insert(o);
    }
    EXPECT_EQ(repo.count(), 25);
    EXPECT_EQ(repo.countForCustomer(alice), 20);
    EXPECT_EQ(repo.countForCustomer(bob), 5);
    auto all = collect(25, 4, [&](auto off, auto n) { return repo.page(off, n); });
    ASSERT_EQ(all.size(), 25u);
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));

    std::vector<Order> mine;
    for (std::int64_t off = 0; off < 30; off += 6)
        for (auto& o : repo.pageForCustomer(alice, off, 6))
            mine.push_back(o);
    ASSERT_EQ(mine.size(), 20u);
    for (std::size_t i = 1; i < mine.size(); ++i) {
        EXPECT_EQ(mine[i].customerId, alice);
        EXPECT_TRUE(mine[i - 1].ts > mine[i].ts ||
                    (mine[i - 1].ts == mine[i].ts && mine[i - 1].id > mine[i].id));
    }
    auto one = repo.get(mine.front().id);
    ASSERT_TRUE(one);
    EXPECT_EQ(*one->product, "Latte");
    EXPECT_FALSE(repo.get(999999));

    auto s = repo.summaryForCustomer(bob);
    EXPECT_EQ(s.orders, 5);
    EXPECT_DOUBLE_EQ(s.revenue, 10 + 15 + 20 + 25 + 30);
    // i = 5, 15 have cost 4: margin = revenue - 8
    EXPECT_DOUBLE_EQ(s.margin, s.revenue - 8);
    ASSERT_TRUE(s.firstTs && s.lastTs);
    EXPECT_LE(*s.firstTs, *s.lastTs);
}

TEST_F(ActivityTest, InteractionsPage)
{
    InteractionRepository repo(db);
    for (int i = 0; i < 12; ++i) {
        Interaction x;
        x.customerId = i < 9 ? alice : bob;
        x.ts = 500 - i;
        x.channel = i % 2 ? "phone" : "chat";
        x.touchpoint = "support";
        x.summary = "contact " + std::to_string(i);
        repo.insert(x);
    }
    EXPECT_EQ(repo.count(), 12);
    EXPECT_EQ(repo.countForCustomer(alice), 9);
    auto page = repo.pageForCustomer(alice, 2, 3);
    ASSERT_EQ(page.size(), 3u);
    EXPECT_EQ(*page[0].summary, "contact 2");
    EXPECT_EQ(page[2].ts, 496);
    EXPECT_EQ(collect(12, 5, [&](auto off, auto n) { return repo.page(off, n); }).size(), 12u);
    Interaction bad;
    bad.customerId = alice;
    bad.channel = "pigeon";
    EXPECT_THROW(repo.insert(bad), DatabaseError) << "the channel CHECK constraint holds";
}

TEST_F(ActivityTest, ResponsesCarryTheirAttributeRatings)
{
    ResponseRepository repo(db);
    const auto quality = addAttribute("quality");
    const auto speed = addAttribute("speed");
    for (int i = 0; i < 7; ++i) {
        Response r;
        r.customerId = alice;
        r.ts = 100 + i;
        r.nps = i;
        r.touchpoint = "checkout";
        if (i % 2 == 0) {
            AttributeRating q;
            q.attributeId = quality;
            q.importance = 6;
            q.performance = 4 + i % 3;
            AttributeRating s;
            s.attributeId = speed;
            s.performance = 5;
            s.expectation = 6;
            r.ratings = {q, s};
        }
        repo.insert(r);
    }
    Response anonymous;
    anonymous.ts = 50;
    anonymous.csat = 4;
    repo.insert(anonymous);
    EXPECT_EQ(repo.count(), 8);
    EXPECT_EQ(repo.countForCustomer(alice), 7);
    EXPECT_EQ(repo.latestNps(alice), 6);
    EXPECT_FALSE(repo.latestNps(bob));

    auto newest = repo.pageForCustomer(alice, 0, 2);
    ASSERT_EQ(newest.size(), 2u);
    EXPECT_EQ(*newest[0].nps, 6);
    ASSERT_EQ(newest[0].ratings.size(), 2u);
    EXPECT_EQ(newest[0].ratings[0].attributeCode, "quality");
    EXPECT_DOUBLE_EQ(*newest[0].ratings[0].importance, 6);
    EXPECT_EQ(newest[0].ratings[1].attributeName, "speed name");
    EXPECT_FALSE(newest[0].ratings[1].importance);
    EXPECT_TRUE(newest[1].ratings.empty());
    EXPECT_EQ(repo.ratings(newest[0].id).size(), 2u);

    auto all = repo.page(0, 100);
    ASSERT_EQ(all.size(), 8u);
    EXPECT_FALSE(all.back().customerId);
    EXPECT_EQ(*all.back().csat, 4);

    // A bad rating rolls back the whole response.
    Response broken;
    broken.customerId = alice;
    broken.ts = 1;
    AttributeRating outOfRange;
    outOfRange.attributeId = quality;
    outOfRange.performance = 9;
    broken.ratings = {outOfRange};
    EXPECT_THROW(repo.insert(broken), DatabaseError);
    EXPECT_EQ(repo.count(), 8);
}

TEST_F(ActivityTest, LoyaltyTiersPointsAndBalance)
{
    LoyaltyRepository repo(db);
    EXPECT_TRUE(repo.tiers().empty());
    EXPECT_FALSE(repo.tierFor(100));
    repo.insertTier({0, "Gold", 1000, 3});
    repo.insertTier({0, "Green", 0, 1});
    repo.insertTier({0, "Silver", 300, 2});
    auto tiers = repo.tiers();
    ASSERT_EQ(tiers.size(), 3u);
    EXPECT_EQ(tiers[0].name, "Green");
    EXPECT_EQ(tiers[2].name, "Gold");
    EXPECT_EQ(repo.tierFor(0)->name, "Green");
    EXPECT_EQ(repo.tierFor(299)->name, "Green");
    EXPECT_EQ(repo.tierFor(300)->name, "Silver");
    EXPECT_EQ(repo.tierFor(5000)->name, "Gold");

    for (int i = 0; i < 10; ++i) {
        LoyaltyEntry e;
        e.customerId = alice;
        e.ts = 1000 + i;
        e.points = i == 9 ? -120 : 50;
        e.kind = i == 9 ? LoyaltyEntry::Kind::Redeem : LoyaltyEntry::Kind::Earn;
        repo.insertEntry(e);
    }
    EXPECT_EQ(repo.count(), 10);
    EXPECT_EQ(repo.countForCustomer(alice), 10);
    EXPECT_EQ(repo.countForCustomer(bob), 0);
    EXPECT_EQ(repo.balance(alice), 9 * 50 - 120);
    EXPECT_EQ(repo.balance(bob), 0);
    auto latest = repo.pageForCustomer(alice, 0, 3);
    ASSERT_EQ(latest.size(), 3u);
    EXPECT_EQ(latest[0].kind, LoyaltyEntry::Kind::Redeem);
    EXPECT_EQ(latest[0].points, -120);
    EXPECT_EQ(latest[1].ts, 1008);
    EXPECT_EQ(collect(10, 3, [&](auto off, auto n) { return repo.page(off, n); }).size(), 10u);
}

TEST_F(ActivityTest, TimelinePagesThroughEveryEventWithoutACap)
{
    TransactionRepository orders(db);
    InteractionRepository contacts(db);
    ResponseRepository responses(db);
    const int n = 2600; // more than the old 2000-event cap of the 360 page
    Transaction tx(db);
    for (int i = 0; i < n; ++i) {
        if (i % 3 == 0) {
            Order o;
            o.customerId = alice;
            o.ts = i;
            o.amount = 1;
            orders.insert(o);
        } else if (i % 3 == 1) {
            Interaction x;
            x.customerId = alice;
            x.ts = i;
            x.channel = "app";
            contacts.insert(x);
        } else {
            Response r;
            r.customerId = alice;
            r.ts = i;
            r.nps = 9;
            responses.insert(r);
        }
    }
    tx.commit();
    TimelineRepository timeline(db);
    EXPECT_EQ(timeline.count(alice), n);
    EXPECT_EQ(timeline.count(bob), 0);
    EXPECT_EQ(timeline.count(alice, TimelineRepository::Orders), (n + 2) / 3);
    EXPECT_EQ(
        timeline.count(alice, TimelineRepository::Interactions | TimelineRepository::Responses),
        n - (n + 2) / 3);

    std::vector<std::int64_t> ts;
    for (std::int64_t off = 0; off < n + 500; off += 500)
        for (const auto& e : timeline.page(alice, off, 500))
            ts.push_back(e.ts);
    ASSERT_EQ(ts.size(), static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        ASSERT_EQ(ts[static_cast<std::size_t>(i)], n - 1 - i) << "newest first, every event once";

    auto oldest = timeline.page(alice, 0, 3, TimelineRepository::All, false);
    ASSERT_EQ(oldest.size(), 3u);
    EXPECT_EQ(oldest[0].ts, 0);
    EXPECT_EQ(oldest[0].kind, TimelineEvent::Kind::Order);
    EXPECT_EQ(oldest[2].kind, TimelineEvent::Kind::Response);
    EXPECT_EQ(*oldest[2].nps, 9);

    auto onlyResponses = timeline.page(alice, 0, 10, TimelineRepository::Responses);
    ASSERT_EQ(onlyResponses.size(), 10u);
    for (const auto& e : onlyResponses)
        EXPECT_EQ(e.kind, TimelineEvent::Kind::Response);
    EXPECT_TRUE(timeline.page(alice, 0, 10, 0).empty());
}
