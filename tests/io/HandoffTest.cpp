#include "valuedesk/Handoff.h"

#include <gtest/gtest.h>
#include <set>
#include <thread>
#include <vector>

using vd::Handoff;

// The bounded queue between the importer's reading thread and the connection's thread (and
// the demo generator's ChunkPipe): items arrive in order, the pool bounds what is in flight,
// and either side can stop the other.

namespace {

struct Item
{
    explicit Item(int width) : values(static_cast<std::size_t>(width)) {}
    std::vector<int> values;
    int sequence = -1;
};

} // namespace

TEST(Handoff, ItemsArriveInOrderFromAPoolOfFixedSize)
{
    Handoff<Item> pipe(3, 4);
    constexpr int kItems = 2000;
    std::thread producer([&] {
        Item* item = pipe.acquire();
        for (int i = 0; i < kItems; ++i) {
            item->sequence = i;
            item->values.assign(4, i);
            item = i + 1 < kItems ? pipe.exchange(item) : item;
        }
        pipe.finish(item);
    });
    std::set<const Item*> seen;
    int expected = 0;
    while (Item* item = pipe.take()) {
        EXPECT_EQ(item->sequence, expected);
        EXPECT_EQ(item->values, std::vector<int>(4, expected));
        ++expected;
        seen.insert(item);
        pipe.release(item);
    }
    producer.join();
    EXPECT_EQ(expected, kItems);
    EXPECT_LE(seen.size(), 3u) << "only the pool's items travel";
}

TEST(Handoff, FinishWithoutItemsEndsTheStream)
{
    Handoff<Item> pipe(2, 1);
    pipe.finish(nullptr);
    EXPECT_EQ(pipe.take(), nullptr);
    EXPECT_EQ(pipe.take(), nullptr) << "and stays ended";
}

TEST(Handoff, AbandonStopsTheProducer)
{
    Handoff<Item> pipe(2, 1);
    bool closed = false;
    std::thread producer([&] {
        try {
            Item* item = pipe.acquire();
            for (int i = 0;; ++i) {
                item->sequence = i;
                item = pipe.exchange(item);
            }
        } catch (const Handoff<Item>::Closed&) {
            closed = true;
        }
    });
    Item* first = pipe.take();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->sequence, 0);
    pipe.abandon();
    producer.join();
    EXPECT_TRUE(closed);
    EXPECT_TRUE(pipe.abandoned());
    EXPECT_THROW(pipe.acquire(), Handoff<Item>::Closed);
}
