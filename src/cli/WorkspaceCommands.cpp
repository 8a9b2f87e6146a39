#include <filesystem>

#include "Command.h"
#include "valuedesk/Date.h"
#include "valuedesk/storage/CustomerRepository.h"
#include "valuedesk/storage/Database.h"
#include "valuedesk/storage/Workspace.h"

namespace vd::cli {

namespace {

int runInit(Context& ctx)
{
    bool force = ctx.args().flag("--force");
    ctx.args().finish();
    if (!ctx.hasWorkspace())
        throw UsageError("init needs --workspace FILE");
    if (std::filesystem::exists(ctx.workspacePath()) && !force)
        throw Error("the workspace " + ctx.workspacePath() +
                    " already exists; use --force to open and upgrade it anyway");
    Database& db = ctx.db();
    ctx.err() << "workspace " << ctx.workspacePath() << " ready (schema version "
              << db.schemaVersion() << ")\n";
    return 0;
}

int runInfo(Context& ctx)
{
    ctx.args().finish();
    if (!std::filesystem::exists(ctx.workspacePath()))
        throw Error("no workspace at " + ctx.workspacePath());
    Database& db = ctx.db();
    WorkspaceInfo info(db);
    ResultTable t;
    t.columns = {"table", "rows"};
    t.rows.push_back({std::string("schema_version"), std::int64_t{db.schemaVersion()}});
    for (auto& [name, count] : info.tableCounts())
        t.rows.push_back({name, count});
    ctx.print(t);
    return 0;
}

int runCustomers(Context& ctx)
{
    std::string sub = ctx.args().positional(0, "a customers sub-command (search)");
    if (sub != "search")
        throw UsageError("unknown customers sub-command \"" + sub + "\"");
    auto limit = ctx.args().integer("--limit").value_or(50);
    std::string text = ctx.args().positional(1, "the text to search for");
    ctx.args().finish();
    Database& db = ctx.db();
    CustomerRepository repo(db);
    ResultTable t;
    t.columns = {"id", "external_id", "name", "email", "company", "city", "country"};
    for (std::int64_t id : repo.search(text, limit)) {
        auto c = repo.get(id);
        if (!c)
            continue;
        auto opt = [](const std::optional<std::string>& s) -> ResultTable::Cell {
            return s ? ResultTable::Cell(*s) : ResultTable::Cell();
        };
        t.rows.push_back({c->id, c->externalId, c->name, opt(c->email), opt(c->company),
                          opt(c->city), opt(c->country)});
    }
    ctx.print(t);
    return 0;
}

const CommandRegistrar kInit({"init", "create an empty workspace",
                              "Usage: valuedesk-cli -w FILE init [--force]\n"
                              "Creates FILE as an empty workspace at the current schema.",
                              runInit});
const CommandRegistrar kInfo({"info", "schema version and row counts of a workspace",
                              "Usage: valuedesk-cli -w FILE info [--format table|csv|json]",
                              runInfo});
const CommandRegistrar kCustomers(
    {"customers", "search customers by name, email, company or city",
     "Usage: valuedesk-cli -w FILE customers search TEXT [--limit N] [--format ...]\n"
     "Every word of TEXT must match the start of a word in name, email, company or city.",
     runCustomers});

} // namespace
} // namespace vd::cli
