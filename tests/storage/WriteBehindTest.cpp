#include "storage/WriteBehind.h"

#include "support/TempDir.h"

#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <thread>

using vd::storage::WriteBehind;

// The bulk import's helper that starts the write-back of the workspace file (issue 3, the
// commit of a big import): it must run, never change a byte, and stop with its owner.

namespace {

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST(WriteBehind, MissingFileLeavesItOff)
{
    vd::test::TempDir dir;
    WriteBehind helper(dir.file("missing.vdw"));
    EXPECT_FALSE(helper.active());
    EXPECT_EQ(helper.passes(), 0);
}

TEST(WriteBehind, PushesPagesOutWhileTheFileIsWrittenAndChangesNothing)
{
    vd::test::TempDir dir;
    const std::string path = dir.file("w.vdw");
    std::string expected;
    std::ofstream out(path, std::ios::binary);
    {
        WriteBehind helper(path, std::chrono::milliseconds(2));
        ASSERT_TRUE(helper.active());
        for (int block = 0; block < 64; ++block) {
            std::string data(16384, static_cast<char>('a' + block % 26));
            out.write(data.data(), static_cast<std::streamsize>(data.size()));
            out.flush();
            expected += data;
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (helper.passes() < 3 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        EXPECT_GE(helper.passes(), 3);
    }
    out.close();
    EXPECT_EQ(readAll(path), expected);
}
