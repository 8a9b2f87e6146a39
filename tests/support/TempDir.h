#pragma once

#include <atomic>
#include <filesystem>
#include <random>
#include <string>

namespace vd::test {

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class TempDir
{
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
                 ("valuedesk-test-" + std::to_string(rd()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

} // namespace vd::test
