#pragma once

#include <cstdint>

namespace vd::segment::detail {

// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"):
// turns a user seed and a stream number (restart, k) into well-mixed independent seeds.
inline std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// xoshiro256** 1.0 (Blackman & Vigna 2018, "Scrambled linear pseudorandom number
// generators"). Our own generator and our own conversions to doubles and integers, because
// the std:: distributions are not specified bit for bit: the same seed must give the same
// clusters with every standard library.
class Rng
{
public:
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0)
    {
        std::uint64_t x = splitMix64(seed) ^ splitMix64(stream + 0x632BE59BD9B4E019ULL);
        for (auto& s : m_s) {
            x = splitMix64(x);
            s = x;
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Uniform integer in [0, n), n > 0, without modulo bias: draws below 2^64 mod n are
    // rejected (the arc4random_uniform method).
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t threshold = (0 - n) % n;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % n;
        }
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4]{};
};

} // namespace vd::segment::detail
