#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "io/CsvFuzzTarget.h"
#include "io/ImportTestSupport.h"

// The fuzz target's property (CsvFuzzTarget.h) in the normal test run, bounded: every file of
// the awkward-file corpus (tests/data/io) under each delimiter, encoding and several chunk
// sizes, then deterministic random mutations of them (byte flips, inserted quotes, delimiters
// and line breaks, cuts). libFuzzer explores further in the clang build (fuzz_csv_reader).

namespace {

std::vector<std::string> corpus()
{
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(VD_TEST_DATA_DIR) + "/io"))
        if (e.is_regular_file())
            files.push_back(vd::test::readText(e.path().string()));
    return files;
}

void run(const std::string& input)
{
    vd::test::fuzzCsvReader(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

} // namespace

TEST(CsvReaderFuzzReplay, CorpusUnderEveryDelimiterEncodingAndChunkSize)
{
    const auto files = corpus();
    ASSERT_GE(files.size(), 10u);
    for (const auto& f : files)
        for (int mode = 0; mode < 16; ++mode)
            for (int chunk : {0, 2, 6, 63, 255}) {
                std::string input;
                input += static_cast<char>(mode);
                input += static_cast<char>(chunk);
                input += f.substr(0, 4096);
                EXPECT_NO_THROW(run(input)) << "mode " << mode << " chunk " << chunk;
            }
}

TEST(CsvReaderFuzzReplay, RandomMutationsOfTheCorpus)
{
    const auto files = corpus();
    std::mt19937 rng(3);
    const std::string inserts[] = {"\"", "\"\"", ",", ";", "\t", "|", "\n", "\r", "\r\n",
                                   "\xEF\xBB\xBF", "\xFF\xFE", "王", "\xE7", std::string(1, '\0')};
    for (int trial = 0; trial < 4000; ++trial) {
        std::string f = files[rng() % files.size()].substr(0, 600);
        const int edits = 1 + static_cast<int>(rng() % 6);
        for (int e = 0; e < edits && !f.empty(); ++e) {
            const std::size_t at = rng() % f.size();
            switch (rng() % 4) {
            case 0:
                f[at] = static_cast<char>(rng() % 256);
                break;
            case 1:
                f.insert(at, inserts[rng() % std::size(inserts)]);
                break;
            case 2:
                f.erase(at, 1 + rng() % 8);
                break;
            default:
                f.resize(at);
                break;
            }
        }
        std::string input;
        input += static_cast<char>(rng() % 16);
        input += static_cast<char>(rng() % 256);
        input += f;
        ASSERT_NO_THROW(run(input)) << "trial " << trial;
    }
}
