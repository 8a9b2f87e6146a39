#include "valuedesk/io/Sha256.h"

#include "support/TempDir.h"
#include "valuedesk/Error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using vd::io::Sha256;

// Test vectors: FIPS 180-2 Appendix B (B.1 "abc", B.2 the 448-bit message, B.3 one million
// 'a') and the NIST example values for the empty string and the 896-bit message
// (csrc.nist.gov, "SHA256.pdf" / "SHA2_Additional.pdf").
TEST(Sha256, StandardVectors)
{
    EXPECT_EQ(Sha256::hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256::hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(Sha256::hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                          "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    EXPECT_EQ(Sha256::hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, IncrementalUpdatesGiveTheSameDigestAsOneCall)
{
    // Split points around the 55/56/64-byte padding boundaries.
    std::string msg;
    for (int i = 0; i < 300; ++i)
        msg += static_cast<char>('a' + i % 26);
    for (std::size_t len : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 119u, 120u, 128u, 300u}) {
        std::string m = msg.substr(0, len);
        std::string whole = Sha256::hex(m);
        for (std::size_t cut = 0; cut <= len; cut += 7) {
            Sha256 h;
            h.update(std::string_view(m).substr(0, cut));
            h.update(std::string_view(m).substr(cut));
            EXPECT_EQ(h.hexDigest(), whole) << "len " << len << " cut " << cut;
        }
    }
    Sha256 bytewise;
    for (char c : std::string(1000000, 'a'))
        bytewise.update(&c, 1);
    EXPECT_EQ(bytewise.hexDigest(),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, FileHashMatchesAndMissingFileIsAnError)
{
    vd::test::TempDir dir;
    std::string path = dir.file("abc.txt");
    std::ofstream(path, std::ios::binary) << "abc";
    EXPECT_EQ(Sha256::hexOfFile(path),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_THROW(Sha256::hexOfFile(dir.file("missing.txt")), vd::Error);
}

// The SHA-extension path (x86, when the processor has it) and the portable one agree on the
// standard vectors and on long messages fed in odd pieces.
TEST(Sha256, HardwareAndPortablePathsAgree)
{
    std::string msg;
    for (int i = 0; i < 100000; ++i)
        msg += static_cast<char>((i * 7919) % 251);
    auto digests = [&]() {
        std::vector<std::string> out = {Sha256::hex(""), Sha256::hex("abc"), Sha256::hex(msg)};
        Sha256 h;
        for (std::size_t at = 0; at < msg.size(); at += 997)
            h.update(std::string_view(msg).substr(at, 997));
        out.push_back(h.hexDigest());
        return out;
    };
    const bool hardware = Sha256::useHardware(true);
    const auto withHardware = digests();
    Sha256::useHardware(false);
    const auto portable = digests();
    Sha256::useHardware(true);
    EXPECT_EQ(withHardware, portable) << (hardware ? "SHA extensions used" : "portable only");
    EXPECT_EQ(portable[1], "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(portable[2], portable[3]);
}
