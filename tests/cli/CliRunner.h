#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "Command.h"

namespace vd::test {

// Runs the CLI in-process, capturing stdout, stderr and the exit code.
struct CliResult
{
    int code = 0;
    std::string out;
    std::string err;
};

inline CliResult runCli(const std::vector<std::string>& args)
{
    std::ostringstream out, err;
    CliResult r;
    r.code = vd::cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace vd::test
