#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "valuedesk/Error.h"
#include "valuedesk/Progress.h"

namespace vd {
class Database;
}

namespace vd::cli {

// Wrong command-line use; main prints it with a hint to --help and exits with code 2.
class UsageError : public Error
{
public:
    using Error::Error;
};

enum class Format { Table, Csv, Json };

// The command-line words of one command after its name, with typed access. Options are
// "--name value" or "--name=value"; every option a command reads is marked as used, and
// finish() refuses any that were not, so a typo never passes silently.
class Args
{
public:
    explicit Args(std::vector<std::string> words);

    std::optional<std::string> value(const std::string& name, const std::string& shortName = {});
    std::string value(const std::string& name, const std::string& fallback,
                      const std::string& shortName);
    std::optional<double> number(const std::string& name);
    std::optional<std::int64_t> integer(const std::string& name);
    bool flag(const std::string& name, const std::string& shortName = {});
    // Positional words (not options or option values), in order; call after reading options.
    std::vector<std::string> positionals();
    std::string positional(std::size_t index, const std::string& what);
    void finish(); // throws UsageError for unknown options or unused positionals

private:
    std::vector<std::string> m_words;
    std::vector<bool> m_used;
    std::size_t m_positionalsRead = 0;
};

// A result grid every command prints the same way: aligned table, RFC 4180 CSV or a JSON
// array of objects. Cells are empty, integer, real or text.
struct ResultTable
{
    using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
    int precision = 4; // digits after the point for reals in table output

    void print(std::ostream& out, Format format) const;
};

// What a command gets: its arguments, the output streams and the workspace (opened on first
// use from the global --workspace option).
class Context
{
public:
    // fileFormat: a --format value naming a file type (png, svg, pdf) that a command writing
    // files accepts (see acceptsFileFormat); printed output is then a table.
    Context(std::ostream& out, std::ostream& err, Args args, std::string workspace, Format format,
            bool quiet, std::string fileFormat = {});
    ~Context();

    Args& args() { return m_args; }
    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }
    Format format() const { return m_format; }
    const std::string& fileFormat() const { return m_fileFormat; }
    const std::string& workspacePath() const { return m_workspace; }
    bool hasWorkspace() const { return !m_workspace.empty(); }
    Database& db(); // throws UsageError without --workspace

    // Progress lines on stderr ("\r43% importing…"), silent with --quiet.
    ProgressCallback progress();

    // Prints a result in the chosen --format.
    void print(const ResultTable& table) { table.print(m_out, m_format); }

private:
    std::ostream& m_out;
    std::ostream& m_err;
    Args m_args;
    std::string m_workspace;
    Format m_format;
    bool m_quiet;
    std::string m_fileFormat;
    std::unique_ptr<Database> m_db;
};

struct CommandInfo
{
    std::string name;    // first word, e.g. "clv"
    std::string summary; // one line for --help
    std::string usage;   // full help text of the command
    std::function<int(Context&)> run; // returns the exit code
};

// Commands register themselves from their own .cpp file with a static CommandRegistrar, so
// adding a command never touches main.cpp.
class Registry
{
public:
    static void add(CommandInfo info);
    static const CommandInfo* find(const std::string& name);
    static const std::map<std::string, CommandInfo>& all();
};

struct CommandRegistrar
{
    explicit CommandRegistrar(CommandInfo info) { Registry::add(std::move(info)); }
};

// Runs the whole command line (argv without the program name); returns the exit code.
// 0 success, 1 error in the work (message on err), 2 usage error.
int run(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

// Parses a --format value.
Format parseFormat(const std::string& text);

// Whether `--format VALUE` names a file type that COMMAND writes (journey export: png, svg,
// pdf) rather than a print format.
bool acceptsFileFormat(const std::string& command, const std::string& value);

} // namespace vd::cli
