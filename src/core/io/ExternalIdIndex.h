#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vd::io {

// External id -> row id, loaded once per import so that a 10^7-row transaction file looks
// its customers up without a query per row. Keys live in one arena and the open-addressing
// table holds 4-byte entry numbers, so 10^6 customers cost about 40 MB instead of the ~100 MB
// of an unordered_map<std::string, int64_t>.
class ExternalIdIndex
{
public:
    void reserve(std::size_t n)
    {
        m_entries.reserve(n);
        std::size_t cap = 16;
        while (cap * 7 < n * 10)
            cap <<= 1;
        if (cap > m_table.size())
            rehash(cap);
    }

    // Inserts or replaces.
    void insert(std::string_view key, std::int64_t id)
    {
        if ((m_entries.size() + 1) * 10 > m_table.size() * 7)
            rehash(m_table.empty() ? 16 : m_table.size() * 2);
        std::uint64_t h = hash(key);
        std::size_t mask = m_table.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            std::uint32_t e = m_table[i];
            if (e == 0) {
                Entry en{m_arena.size(), static_cast<std::uint32_t>(key.size()),
                         static_cast<std::uint32_t>(h), id};
                m_arena.append(key);
                m_entries.push_back(en);
                m_table[i] = static_cast<std::uint32_t>(m_entries.size());
                return;
            }
            Entry& en = m_entries[e - 1];
            if (en.hash == static_cast<std::uint32_t>(h) && keyOf(en) == key) {
                en.id = id;
                return;
            }
        }
    }

    // The id of key, or -1 when absent.
    std::int64_t find(std::string_view key) const
    {
        if (m_table.empty())
            return -1;
        std::uint64_t h = hash(key);
        std::size_t mask = m_table.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            std::uint32_t e = m_table[i];
            if (e == 0)
                return -1;
            const Entry& en = m_entries[e - 1];
            if (en.hash == static_cast<std::uint32_t>(h) && keyOf(en) == key)
                return en.id;
        }
    }

    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry
    {
        std::size_t offset;
        std::uint32_t length;
        std::uint32_t hash;
        std::int64_t id;
    };

    static std::uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }
    std::string_view keyOf(const Entry& e) const
    {
        return std::string_view(m_arena.data() + e.offset, e.length);
    }

    void rehash(std::size_t capacity)
    {
        std::vector<std::uint32_t> table(capacity, 0);
        std::size_t mask = capacity - 1;
        for (std::size_t k = 0; k < m_entries.size(); ++k) {
            std::uint64_t h = hash(keyOf(m_entries[k]));
            std::size_t i = h & mask;
            while (table[i] != 0)
                i = (i + 1) & mask;
            table[i] = static_cast<std::uint32_t>(k + 1);
        }
        m_table.swap(table);
    }

    std::string m_arena;
    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_table;
};

} // namespace vd::io
