#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vd::io {

// SHA-256 (FIPS 180-4) so that the import log can fingerprint each file without a crypto
// dependency: two imports of the same bytes get the same hash, whatever the file name.
class Sha256
{
public:
    Sha256() { reset(); }

    void reset();
    void update(const void* data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    // Finishes the hash; the object must be reset() before it is used again.
    std::array<std::uint8_t, 32> digest();
    std::string hexDigest(); // 64 lower-case hex digits

    static std::string hex(std::string_view data);
    // Hash of a whole file, read in chunks; throws vd::Error when it cannot be read.
    static std::string hexOfFile(const std::string& path);

    // The x86 SHA extensions are used when the processor has them; tests switch them off to
    // check the portable code too. Returns whether they are now used.
    static bool useHardware(bool enable);

private:
    void block(const std::uint8_t* p);
    void blocks(const std::uint8_t* p, std::size_t n);

    std::array<std::uint32_t, 8> m_h{};
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0; // bytes hashed so far
};

} // namespace vd::io
