#include <gtest/gtest.h>

#include <algorithm>

#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"

using namespace vd;

namespace {

class CustomerRepositoryTest : public ::testing::Test
{
protected:
    test::TempDir dir;
    Database db{dir.file("w.vdw")};
    CustomerRepository repo{db};

    std::int64_t add(const std::string& ext, const std::string& name, const std::string& city,
                     std::optional<std::string> email = {})
    {
        Customer c;
        c.externalId = ext;
        c.name = name;
        c.city = city;
        c.email = std::move(email);
        c.createdAt = date::toEpoch(2024, 5, 1);
        return repo.insert(c);
    }
};

} // namespace

TEST_F(CustomerRepositoryTest, InsertGetUpdateRemove)
{
    auto id = add("X1", "Li Na", "Shanghai", "li.na@example.cn");
    auto c = repo.get(id);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, "Li Na");
    EXPECT_EQ(*c->email, "li.na@example.cn");
    EXPECT_FALSE(c->company);
    c->company = "Acme";
    c->birthYear = 1990;
    repo.update(*c);
    EXPECT_EQ(*repo.get(id)->company, "Acme");
    EXPECT_EQ(*repo.get(id)->birthYear, 1990);
    EXPECT_EQ(repo.search("acme").size(), 1u) << "the FTS index follows updates";
    repo.remove(id);
    EXPECT_FALSE(repo.get(id));
    EXPECT_TRUE(repo.search("acme").empty()) << "the FTS index follows deletes";
}

TEST_F(CustomerRepositoryTest, DuplicateExternalIdIsRefused)
{
    add("X1", "a", "b");
    EXPECT_THROW(add("X1", "c", "d"), DatabaseError);
}

TEST_F(CustomerRepositoryTest, EmptyWorkspacePagesAreEmpty)
{
    EXPECT_EQ(repo.count(), 0);
    EXPECT_TRUE(repo.page({}, 0, 50).empty());
    EXPECT_TRUE(repo.search("anything").empty());
    EXPECT_TRUE(repo.timeline(1).empty());
}

TEST_F(CustomerRepositoryTest, PagesCoverEveryRowOnceInSortOrderWithTies)
{
    // Many equal names: the id tie-breaker must keep pages disjoint.
    for (int i = 0; i < 57; ++i)
        add("E" + std::to_string(i), i % 3 == 0 ? "Same" : "Name " + std::to_string(i % 7),
            "City");
    CustomerRepository::Query q;
    q.sort = CustomerRepository::SortColumn::Name;
    q.ascending = false;
    std::vector<std::int64_t> seen;
    std::string lastName = "\xff";
    std::int64_t lastId = INT64_MAX;
    for (std::int64_t off = 0; off < 60; off += 10) {
        for (const auto& c : repo.page(q, off, 10)) {
            ASSERT_TRUE(c.name < lastName || (c.name == lastName && c.id < lastId));
            lastName = c.name;
            lastId = c.id;
            seen.push_back(c.id);
        }
    }
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(seen.size(), 57u);
    EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
}

TEST_F(CustomerRepositoryTest, SearchMatchesPrefixesOfNameEmailCompanyCity)
{
    add("A", "Wang Fang", "Hangzhou", "fang@shop.cn");
    add("B", "张伟", "北京");
    add("C", "Peter Wang", "Berlin");
    EXPECT_EQ(repo.search("wan").size(), 2u);
    EXPECT_EQ(repo.search("wang hang").size(), 1u) << "all words must match";
    EXPECT_EQ(repo.search("fang@shop").size(), 1u);
    EXPECT_EQ(repo.search("张").size(), 1u) << "Chinese prefix";
    EXPECT_EQ(repo.search("北京").size(), 1u);
    EXPECT_TRUE(repo.search("zzz").empty());
    // FTS syntax in user text is neutralised, not an SQL or FTS error.
    EXPECT_NO_THROW(repo.search("\"wang\" OR (NEAR* ) -"));
    EXPECT_TRUE(repo.search("\"()*").empty());
    CustomerRepository::Query q;
    q.search = "wang";
    EXPECT_EQ(repo.count(q), 2);
    EXPECT_EQ(repo.page(q, 0, 10).size(), 2u);
}

TEST_F(CustomerRepositoryTest, TimelineMergesOrdersInteractionsAndResponsesNewestFirst)
{
    auto id = add("T", "Timeline", "X");
    db.prepare("INSERT INTO transactions (customer_id, ts, amount, product) VALUES (?,?,?,?)")
        .bindAll(id, std::int64_t{100}, 12.5, "Latte")
        .run();
    db.prepare("INSERT INTO interactions (customer_id, ts, channel, summary) VALUES (?,?,?,?)")
        .bindAll(id, std::int64_t{300}, "phone", "asked about points")
        .run();
    db.prepare("INSERT INTO responses (customer_id, ts, nps, touchpoint) VALUES (?,?,?,?)")
        .bindAll(id, std::int64_t{200}, std::int64_t{9}, "checkout")
        .run();
    auto events = repo.timeline(id);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].kind, TimelineEvent::Kind::Interaction);
    EXPECT_EQ(events[1].kind, TimelineEvent::Kind::Response);
    EXPECT_EQ(*events[1].nps, 9);
    EXPECT_EQ(events[2].kind, TimelineEvent::Kind::Order);
    EXPECT_DOUBLE_EQ(*events[2].amount, 12.5);
}

TEST(FtsQuery, QuotesWordsAndDropsSyntax)
{
    EXPECT_EQ(CustomerRepository::ftsQuery("  Wang  fang "), "\"Wang\"* \"fang\"*");
    EXPECT_EQ(CustomerRepository::ftsQuery("a\"b"), "\"a\"* \"b\"*");
    EXPECT_EQ(CustomerRepository::ftsQuery("()*^"), "");
}
