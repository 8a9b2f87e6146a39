#include <iostream>

#include <spdlog/spdlog.h>

#include "Command.h"

namespace vd::cli {

namespace {

void printHelp(std::ostream& out)
{
    out << "valuedesk-cli " VD_VERSION " - customer-value analytics on a ValueDesk workspace\n\n"
           "Usage: valuedesk-cli [global options] COMMAND [command options]\n\n"
           "Global options:\n"
           "  -w, --workspace FILE   workspace file (SQLite) to work on\n"
           "  --format FORMAT        table (default), csv or json for commands that print "
           "results\n"
           "  -q, --quiet            no progress on stderr\n"
           "  --verbose              log details to stderr\n"
           "  -h, --help             this help; COMMAND --help for a command's own\n"
           "  --version              print the version\n\n"
           "Commands:\n";
    std::size_t width = 0;
    for (const auto& [name, info] : Registry::all())
        width = std::max(width, name.size());
    for (const auto& [name, info] : Registry::all())
        out << "  " << name << std::string(width - name.size() + 3, ' ') << info.summary << "\n";
    out << "\nExit codes: 0 success, 1 the work failed (message on stderr), 2 wrong usage.\n";
}

} // namespace

int run(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    std::string workspace;
    std::string format = "table";
    bool quiet = false, help = false, version = false, verbose = false;
    std::string command;
    std::vector<std::string> rest;
    try {
        for (std::size_t i = 0; i < argv.size(); ++i) {
            const std::string& a = argv[i];
            auto takeValue = [&](const std::string& name) {
                if (i + 1 >= argv.size())
                    throw UsageError("option " + name + " needs a value");
                return argv[++i];
            };
            if (a == "-w" || a == "--workspace")
                workspace = takeValue(a);
            else if (a.rfind("--workspace=", 0) == 0)
                workspace = a.substr(12);
            else if (a == "--format")
                format = takeValue(a);
            else if (a.rfind("--format=", 0) == 0)
                format = a.substr(9);
            else if (a == "-q" || a == "--quiet")
                quiet = true;
            else if (a == "--verbose")
                verbose = true;
            else if (a == "-h" || a == "--help")
                help = true;
            else if (a == "--version")
                version = true;
            else if (command.empty() && !a.empty() && a[0] != '-')
                command = a;
            else
                rest.push_back(a);
        }
        if (version) {
            out << "valuedesk-cli " << VD_VERSION << "\n";
            return 0;
        }
        if (command.empty()) {
            if (help) {
                printHelp(out);
                return 0;
            }
            printHelp(err);
            return 2;
        }
        const CommandInfo* info = Registry::find(command);
        if (!info)
            throw UsageError("unknown command \"" + command + "\"");
        if (help) {
            out << info->usage << "\n";
            return 0;
        }
        spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        const bool fileFormat = acceptsFileFormat(command, format);
        Context ctx(out, err, Args(rest), workspace,
                    fileFormat ? Format::Table : parseFormat(format), quiet,
                    fileFormat ? format : std::string());
        return info->run(ctx);
    } catch (const UsageError& e) {
        err << "valuedesk-cli: " << e.what() << "\n";
        if (const CommandInfo* info = Registry::find(command))
            err << "\n" << info->usage << "\n";
        else
            err << "Try 'valuedesk-cli --help'.\n";
        return 2;
    } catch (const CancelledError& e) {
        err << "valuedesk-cli: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        err << "valuedesk-cli: error: " << e.what() << "\n";
        return 1;
    }
}

} // namespace vd::cli
