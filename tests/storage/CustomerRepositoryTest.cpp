#include "valuedesk/storage/CustomerRepository.h"

#include "storage/SearchText.h"
#include "support/TempDir.h"
#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <gtest/gtest.h>

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
        add("E" + std::to_string(i), i % 3 == 0 ? "Same" : "Name " + std::to_string(i % 7), "City");
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

TEST(FtsQuery, TurnsChineseIntoPhrasesOfSingleCharacters)
{
    EXPECT_EQ(CustomerRepository::ftsQuery("旭涛"), "\"旭 涛\"");
    EXPECT_EQ(CustomerRepository::ftsQuery("王"), "\"王\"");
    EXPECT_EQ(CustomerRepository::ftsQuery("wang 上海"), "\"wang\"* \"上 海\"");
    EXPECT_EQ(CustomerRepository::ftsQuery("abc上海"), "\"abc\"* \"上 海\"");
    EXPECT_EQ(CustomerRepository::ftsQuery("上海\"OR"), "\"上 海\" \"OR\"*");
}

TEST(SearchText, SpacesEveryCjkCharacterAndLeavesOtherTextAlone)
{
    bool cjk = true;
    EXPECT_EQ(storage::spaceCjk("Wang Fang", &cjk), "Wang Fang");
    EXPECT_FALSE(cjk);
    EXPECT_EQ(storage::spaceCjk("王旭涛", &cjk), "王 旭 涛");
    EXPECT_TRUE(cjk);
    EXPECT_EQ(storage::spaceCjk("上海ABC咖啡"), "上 海 ABC 咖 啡");
    EXPECT_EQ(storage::spaceCjk("東京タワー"), "東 京 タ ワ ー");
    EXPECT_EQ(storage::spaceCjk("\xff王"), "\xff 王") << "invalid bytes are kept";
    EXPECT_TRUE(storage::isCjk(U'𠀀'));
    EXPECT_FALSE(storage::isCjk(U'a'));
    EXPECT_FALSE(storage::isCjk(U'，'));
}

TEST_F(CustomerRepositoryTest, ChineseTextIsFoundByAnySubstringAndLatinByPrefix)
{
    auto a = add("A", "王旭涛", "上海", "xutao.wang@example.cn");
    auto b = add("B", "李涛", "北京");
    auto c = add("C", "Wang Fang", "Hangzhou", "fang@shop.cn");
    auto d = add("D", "张伟", "上海", "zhangwei88@qq.com");
    auto ids = [&](const char* text) {
        auto v = repo.search(text);
        std::sort(v.begin(), v.end());
        return v;
    };
    using V = std::vector<std::int64_t>;
    EXPECT_EQ(ids("旭涛"), V{a}) << "the given name of a Chinese full name";
    EXPECT_EQ(ids("涛"), (V{a, b})) << "one character";
    EXPECT_EQ(ids("王"), V{a}) << "the family name";
    EXPECT_EQ(ids("王旭涛"), V{a});
    EXPECT_TRUE(ids("王涛").empty()) << "characters must be adjacent, in order";
    EXPECT_EQ(ids("上海"), (V{a, d})) << "a city";
    EXPECT_EQ(ids("海"), (V{a, d}));
    EXPECT_EQ(ids("wang 上海"), V{a}) << "latin prefix (e-mail) and Chinese city together";
    EXPECT_EQ(ids("zhang 上海"), V{d});
    EXPECT_EQ(ids("wan"), (V{a, c})) << "latin prefixes still work";
    EXPECT_EQ(ids("fang@shop"), V{c});
    EXPECT_EQ(ids("hang"), V{c});
    CustomerRepository::Query q;
    q.search = "上海";
    EXPECT_EQ(repo.count(q), 2);
    EXPECT_EQ(repo.page(q, 0, 10).size(), 2u);

    // The derived columns follow updates and deletes.
    auto cust = repo.get(a);
    cust->name = "王小明";
    repo.update(*cust);
    EXPECT_TRUE(ids("旭涛").empty());
    EXPECT_EQ(ids("小明"), V{a});
    repo.remove(a);
    EXPECT_TRUE(ids("小明").empty());
    EXPECT_EQ(ids("上海"), V{d});
}

TEST_F(CustomerRepositoryTest, EverySortColumnPagesFromAnIndexWithoutASort)
{
    for (int i = 0; i < 30; ++i)
        add("S" + std::to_string(i), "N" + std::to_string(i % 4), "City" + std::to_string(i % 3),
            "e" + std::to_string(i % 5) + "@x.cn");
    using S = CustomerRepository::SortColumn;
    for (S col : {S::Id, S::ExternalId, S::Name, S::Email, S::Company, S::Country, S::City,
                  S::BirthYear, S::Channel, S::LoyaltyTier, S::CreatedAt}) {
        for (bool asc : {true, false}) {
            CustomerRepository::Query q;
            q.sort = col;
            q.ascending = asc;
            Statement plan = db.prepare("EXPLAIN QUERY PLAN " + CustomerRepository::pageSql(q));
            std::string details;
            while (plan.step())
                details += plan.getText(3) + "; ";
            const std::string what = "sort column " + std::to_string(static_cast<int>(col)) +
                                     (asc ? " asc: " : " desc: ") + details;
            EXPECT_EQ(details.find("USE TEMP B-TREE"), std::string::npos) << what;
            if (col != S::Id) {
                EXPECT_NE(details.find("INDEX"), std::string::npos) << what;
            }
        }
    }
}

TEST_F(CustomerRepositoryTest, PagesSortedByEveryColumnAreInOrderAndComplete)
{
    for (int i = 0; i < 40; ++i) {
        Customer c;
        c.externalId = "P" + std::to_string(100 + i);
        c.name = "N" + std::to_string(i % 6);
        c.company = i % 4 ? std::optional<std::string>("Co" + std::to_string(i % 7)) : std::nullopt;
        c.city = "城" + std::to_string(i % 3);
        c.birthYear = 1950 + i % 9;
        c.channel = i % 2 ? "app" : "store";
        c.email = "m" + std::to_string(i % 11) + "@x.cn";
        c.createdAt = i;
        repo.insert(c);
    }
    using S = CustomerRepository::SortColumn;
    for (S col : {S::Email, S::Company, S::City, S::BirthYear, S::Channel}) {
        for (bool asc : {true, false}) {
            CustomerRepository::Query q;
            q.sort = col;
            q.ascending = asc;
            std::vector<Customer> all;
            for (int off = 0; off < 40; off += 7)
                for (auto& c : repo.page(q, off, 7))
                    all.push_back(std::move(c));
            ASSERT_EQ(all.size(), 40u);
            auto key = [col](const Customer& c) -> std::string {
                switch (col) {
                case S::Email:
                    return c.email.value_or("");
                case S::Company:
                    return c.company ? "1" + *c.company : "0";
                case S::City:
                    return c.city.value_or("");
                case S::BirthYear:
                    return std::to_string(c.birthYear.value_or(0));
                default:
                    return c.channel.value_or("");
                }
            };
            for (std::size_t i = 1; i < all.size(); ++i) {
                auto prev = std::make_pair(key(all[i - 1]), all[i - 1].id);
                auto cur = std::make_pair(key(all[i]), all[i].id);
                EXPECT_TRUE(asc ? prev < cur : cur < prev) << static_cast<int>(col) << " at " << i;
            }
        }
    }
}
