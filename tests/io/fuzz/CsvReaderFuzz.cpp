// libFuzzer entry point for the CSV reader (issue 3, point 8); the property is in
// tests/io/CsvFuzzTarget.h. Built by tests/io/CMakeLists.txt when the compiler is clang:
//   CXX=clang++ cmake -S . -B build-fuzz -G Ninja && ninja -C build-fuzz fuzz_csv_reader
//   build-fuzz/tests/io/fuzz_csv_reader -max_total_time=60 corpus/ tests/data/io
#include "io/CsvFuzzTarget.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        vd::test::fuzzCsvReader(data, size);
    } catch (const std::logic_error& e) {
        std::fprintf(stderr, "property violated: %s\n", e.what());
        std::abort();
    }
    return 0;
}
