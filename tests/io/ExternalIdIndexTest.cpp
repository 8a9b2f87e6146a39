#include "io/ExternalIdIndex.h"

#include <gtest/gtest.h>
#include <map>
#include <random>
#include <string>

using vd::io::ExternalIdIndex;

// The importer's customer lookup (issue 3): short keys live in the slot, longer ones keep
// their tail apart; both must behave as a plain map.

TEST(ExternalIdIndex, EmptyIndexFindsNothing)
{
    ExternalIdIndex index;
    EXPECT_EQ(index.find("C000001"), -1);
    EXPECT_EQ(index.find(""), -1);
    EXPECT_EQ(index.size(), 0u);
}

TEST(ExternalIdIndex, KeysAroundTheEightByteHead)
{
    ExternalIdIndex index;
    // Same first 8 bytes, different lengths and tails; a NUL byte; the empty key.
    const std::vector<std::string> keys{"",           "A",
                                        "ABCDEFG",    "ABCDEFGH",
                                        "ABCDEFGHI",  "ABCDEFGHJ",
                                        "ABCDEFGHIJ", std::string("AB\0", 3),
                                        "AB",         "客户编号一二三"};
    for (std::size_t i = 0; i < keys.size(); ++i)
        index.insert(keys[i], static_cast<std::int64_t>(i) + 100);
    EXPECT_EQ(index.size(), keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        EXPECT_EQ(index.find(keys[i]), static_cast<std::int64_t>(i) + 100) << i;
    EXPECT_EQ(index.find("ABCDEFGHK"), -1);
    EXPECT_EQ(index.find("ABCDEF"), -1);
    EXPECT_EQ(index.find(std::string("A\0", 2)), -1);
}

TEST(ExternalIdIndex, InsertReplacesTheIdOfAKnownKey)
{
    ExternalIdIndex index;
    index.insert("C1", 1);
    index.insert("a-much-longer-customer-id", 2);
    index.insert("C1", 10);
    index.insert("a-much-longer-customer-id", 20);
    EXPECT_EQ(index.size(), 2u);
    EXPECT_EQ(index.find("C1"), 10);
    EXPECT_EQ(index.find("a-much-longer-customer-id"), 20);
}

TEST(ExternalIdIndex, AgreesWithAMapThroughManyRehashes)
{
    ExternalIdIndex index; // no reserve: grows from 16 slots
    std::map<std::string, std::int64_t> reference;
    std::mt19937_64 rng(7);
    for (int i = 0; i < 50000; ++i) {
        std::string key;
        switch (rng() % 3) {
        case 0:
            key = "C" + std::to_string(rng() % 100000); // short, many repeats
            break;
        case 1:
            key = "order-" + std::to_string(rng() % 1000000) + "-2023"; // long
            break;
        default:
            key = std::to_string(rng() % 1000); // digits only
        }
        const auto id = static_cast<std::int64_t>(rng() % 1000000000);
        index.insert(key, id);
        reference[key] = id;
    }
    EXPECT_EQ(index.size(), reference.size());
    for (const auto& [key, id] : reference)
        ASSERT_EQ(index.find(key), id) << key;
    EXPECT_EQ(index.find("C100000"), -1);
    EXPECT_EQ(index.find("order-x-2023"), -1);
}
