#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vd::io {

// External id -> row id, loaded once per import so that a 10^7-row transaction file looks
// its customers up without a query per row. An open-addressing table of 24-byte slots holds
// each key's length, its first 8 bytes and its id; only the bytes after the eighth live in a
// separate arena. A key of up to 8 bytes (C058513, 10086) is then found with one cache miss
// (the slot), a longer one with two; the 10^7-row benchmark spent 10 % of its time here with
// two misses per key. 10^6 customers take about 50 MB.
class ExternalIdIndex
{
public:
    void reserve(std::size_t n)
    {
        std::size_t cap = 16;
        while (cap * 7 < n * 10)
            cap <<= 1;
        if (cap > m_table.size())
            rehash(cap);
    }

    // Inserts or replaces.
    void insert(std::string_view key, std::int64_t id)
    {
        if (key.size() >= kEmpty)
            throw std::length_error("external id longer than 4 GB");
        if ((m_size + 1) * 10 > m_table.size() * 7)
            rehash(m_table.empty() ? 16 : m_table.size() * 2);
        const std::uint64_t head = headOf(key);
        const std::size_t mask = m_table.size() - 1;
        for (std::size_t i = slotOf(head, key) & mask;; i = (i + 1) & mask) {
            Slot& s = m_table[i];
            if (s.length == kEmpty) {
                std::uint32_t tail = 0;
                if (key.size() > kHead) {
                    if (m_arena.size() + key.size() >= kEmpty)
                        throw std::length_error("external id index over 4 GB");
                    tail = static_cast<std::uint32_t>(m_arena.size());
                    m_arena.append(key.substr(kHead));
                }
                s = {head, id, static_cast<std::uint32_t>(key.size()), tail};
                ++m_size;
                return;
            }
            if (matches(s, head, key)) {
                s.id = id;
                return;
            }
        }
    }

    // Asks the processor for the first slot find(key) will read.
    void prefetch(std::string_view key) const
    {
        if (m_table.empty() || key.size() >= kEmpty)
            return;
        __builtin_prefetch(&m_table[slotOf(headOf(key), key) & (m_table.size() - 1)]);
    }

    // The id of key, or -1 when absent.
    std::int64_t find(std::string_view key) const
    {
        if (m_table.empty() || key.size() >= kEmpty)
            return -1;
        const std::uint64_t head = headOf(key);
        const std::size_t mask = m_table.size() - 1;
        for (std::size_t i = slotOf(head, key) & mask;; i = (i + 1) & mask) {
            const Slot& s = m_table[i];
            if (s.length == kEmpty)
                return -1;
            if (matches(s, head, key))
                return s.id;
        }
    }

    std::size_t size() const { return m_size; }

private:
    struct Slot
    {
        std::uint64_t head; // the key's first 8 bytes, zero-padded
        std::int64_t id;
        std::uint32_t length; // of the key; kEmpty for a free slot
        std::uint32_t tail;   // offset in m_arena of the bytes after the eighth
    };
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    static constexpr std::size_t kHead = 8;

    static std::uint64_t headOf(std::string_view key)
    {
        std::uint64_t h = 0;
        std::memcpy(&h, key.data(), std::min(key.size(), kHead));
        return h;
    }
    // Mixes the head, the length and (for long keys) the rest; a 64-bit multiply-xorshift
    // (the finaliser of MurmurHash3) spreads ids that differ in one digit over the table.
    static std::size_t slotOf(std::uint64_t head, std::string_view key)
    {
        std::uint64_t h = head ^ (static_cast<std::uint64_t>(key.size()) << 56);
        if (key.size() > kHead)
            h ^= std::hash<std::string_view>{}(key.substr(kHead));
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 33;
        return static_cast<std::size_t>(h);
    }
    bool matches(const Slot& s, std::uint64_t head, std::string_view key) const
    {
        if (s.head != head || s.length != key.size())
            return false;
        return key.size() <= kHead ||
               std::memcmp(m_arena.data() + s.tail, key.data() + kHead, key.size() - kHead) == 0;
    }
    std::string_view keyTail(const Slot& s) const
    {
        return s.length <= kHead ? std::string_view()
                                 : std::string_view(m_arena.data() + s.tail, s.length - kHead);
    }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> table(capacity, Slot{0, 0, kEmpty, 0});
        const std::size_t mask = capacity - 1;
        std::string key;
        for (const Slot& s : m_table) {
            if (s.length == kEmpty)
                continue;
            // The slot's hash needs the whole key: head bytes, then the tail.
            key.assign(reinterpret_cast<const char*>(&s.head),
                       std::min<std::size_t>(s.length, kHead));
            key.append(keyTail(s));
            std::size_t i = slotOf(s.head, key) & mask;
            while (table[i].length != kEmpty)
                i = (i + 1) & mask;
            table[i] = s;
        }
        m_table.swap(table);
    }

    std::string m_arena;
    std::vector<Slot> m_table;
    std::size_t m_size = 0;
};

} // namespace vd::io
