#include <iostream>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "Command.h"

int main(int argc, char** argv)
{
    // Logs go to stderr so that stdout carries only results (pipes into CSV/JSON tools).
    auto logger = spdlog::stderr_color_mt("valuedesk");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::warn);
    std::vector<std::string> args(argv + 1, argv + argc);
    return vd::cli::run(args, std::cout, std::cerr);
}
