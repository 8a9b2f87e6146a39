#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

namespace vd::bench {

// A demo workspace of `customers` customers, generated once per machine into the temp dir
// and reused by later benchmark runs (generation itself is measured by DemoBench).
inline std::string demoWorkspace(std::int64_t customers, std::uint64_t seed = 1)
{
    auto path = std::filesystem::temp_directory_path() /
                ("valuedesk-bench-" + std::to_string(customers) + "-" + std::to_string(seed) +
                 ".vdw");
    if (std::filesystem::exists(path)) {
        try {
            Database db(path.string());
            if (db.queryInt("SELECT count(*) FROM customers") == customers)
                return path.string();
        } catch (const std::exception&) {
        }
        std::filesystem::remove(path);
    }
    Database db(path.string());
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    generateDemo(db, options);
    return path.string();
}

} // namespace vd::bench
