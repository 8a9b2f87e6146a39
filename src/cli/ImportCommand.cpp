#include "Command.h"
#include "valuedesk/Date.h"
#include "valuedesk/io/CsvReader.h"
#include "valuedesk/io/ImportLog.h"
#include "valuedesk/io/Importer.h"
#include "valuedesk/storage/Database.h"

#include <cmath>
#include <filesystem>
#include <iostream>

namespace vd::cli {

namespace {

const char* const kUsage =
    "Usage: valuedesk-cli -w FILE import KIND CSVFILE [options]\n"
    "       valuedesk-cli -w FILE import log [--limit N]\n"
    "       valuedesk-cli -w FILE import undo ID\n"
    "       valuedesk-cli import preview KIND CSVFILE [--encoding NAME] [--save-map FILE.json]\n"
    "\n"
    "Imports a CSV/TSV file into the workspace as one transaction. KIND is customers,\n"
    "transactions, interactions, responses, kano or cases. Columns are matched by their header\n"
    "(English and Chinese names) or by a saved mapping; rows are matched to existing records\n"
    "by their external id (updated, not duplicated).\n"
    "\n"
    "Options:\n"
    "  --map FILE.json        column mapping to use (by column name; see 'import preview')\n"
    "  --all-or-nothing       any bad row refuses the whole file (default)\n"
    "  --skip-bad-rows        import the good rows; bad ones go to NAME.rejects.csv\n"
    "  --rejects FILE         where to write the rejected rows instead\n"
    "  --dry-run              check and count new / updated / rejected rows, write nothing\n"
    "  --encoding NAME        UTF-8, GB18030 (GBK), BIG5, UTF-16, WINDOWS-1252... (detected)\n"
    "  --delimiter NAME       comma, semicolon, tab or pipe (detected)\n"
    "  --date-order dmy|mdy   for dates like 05/03/2024 when the file does not decide (also\n"
    "                         applies to 05.03.2024, otherwise read day first)\n"
    "  --decimal point|comma  for numbers like 1,234 when the column does not decide\n"
    "  --study NAME           Kano study the answers belong to (created if missing)\n"
    "  --again                import a file without ids again although it was imported before\n"
    "  --save-map FILE.json   write the mapping that was used, to edit and reuse\n"
    "\n"
    "Day/month order and decimal mark are decided per column by its values, never guessed:\n"
    "a note on stderr names the value that decided; when no value decides, the import stops\n"
    "and asks for --date-order or --decimal. A column that mixes both readings is refused.\n"
    "\n"
    "Progress and notes go to stderr; the summary to stdout in --format table|csv|json\n"
    "(seconds rounded to hundredths). A killed import leaves the workspace as it was; a\n"
    "NAME.rejects.csv.tmp it leaves behind is removed by the next import of the file.\n"
    "Exit code 1 when rows were refused (all-or-nothing), a format question is open or the\n"
    "file cannot be read.";

std::string fileTime(std::int64_t t)
{
    return date::formatDateTime(t);
}

void printIssues(Context& ctx, const io::ImportResult& r, const std::string& file)
{
    const std::size_t shown = std::min<std::size_t>(r.issues.size(), 20);
    for (std::size_t i = 0; i < shown; ++i)
        ctx.err() << r.issues[i].describe(file) << "\n";
    if (r.rowsRejected > static_cast<std::int64_t>(shown))
        ctx.err() << "... " << (r.rowsRejected - static_cast<std::int64_t>(shown))
                  << " more rejected rows"
                  << (r.rejectsPath.empty() ? "" : " (all in " + r.rejectsPath + ")") << "\n";
}

int runLog(Context& ctx)
{
    auto limit = ctx.args().integer("--limit").value_or(50);
    ctx.args().finish();
    ResultTable t;
    t.columns = {"id",      "started_at", "kind",   "file",  "new",
                 "updated", "rejected",   "status", "sha256"};
    for (const auto& e : io::listImports(ctx.db(), limit))
        t.rows.push_back({e.id, fileTime(e.startedAt), e.kind, e.file, e.rowsNew, e.rowsUpdated,
                          e.rowsRejected, e.status, e.sha256});
    ctx.print(t);
    return 0;
}

int runUndo(Context& ctx)
{
    std::string idText = ctx.args().positional(1, "the import id to undo (see 'import log')");
    ctx.args().finish();
    std::int64_t id = 0;
    try {
        std::size_t pos = 0;
        id = std::stoll(idText, &pos);
        if (pos != idText.size())
            throw std::invalid_argument("trailing");
    } catch (const std::exception&) {
        throw UsageError("import undo needs a number, not \"" + idText + "\"");
    }
    io::UndoResult u = io::undoImport(ctx.db(), id, ctx.progress());
    ResultTable t;
    t.columns = {"import_id", "rows_deleted", "rows_restored"};
    t.rows.push_back({id, u.rowsDeleted, u.rowsRestored});
    ctx.print(t);
    ctx.err() << "import #" << id << " undone\n";
    return 0;
}

int runPreview(Context& ctx)
{
    io::PreviewOptions po;
    po.encoding = ctx.args().value("--encoding").value_or("");
    if (auto d = ctx.args().value("--delimiter"))
        po.delimiter = io::parseDelimiter(*d);
    auto saveMap = ctx.args().value("--save-map");
    io::ImportKind kind = io::parseKind(ctx.args().positional(1, "the kind of data"));
    std::string file = ctx.args().positional(2, "the file to preview");
    ctx.args().finish();
    io::FilePreview p = io::previewFile(file, kind, po);
    ctx.err() << "encoding " << p.encoding.name << " (" << p.encoding.reason << "), delimiter "
              << io::delimiterName(p.delimiter) << ", about " << p.estimatedRows << " rows\n";
    ResultTable t;
    t.columns = {"column", "type", "maps_to", "example"};
    for (std::size_t i = 0; i < p.columns.size(); ++i) {
        const auto& c = p.columns[i];
        std::string type = io::columnTypeName(c.type);
        if (c.dateOrderNeeded)
            type += " (day/month order?)";
        std::string example = p.rows.empty() || i >= p.rows[0].size() ? "" : p.rows[0][i];
        t.rows.push_back({c.header, type, c.target.empty() ? std::string("-") : c.target, example});
    }
    ctx.print(t);
    for (const auto& f : p.mapping.missingRequired())
        ctx.err() << "no column for the required field " << f << "\n";
    if (saveMap) {
        p.mapping.save(*saveMap);
        ctx.err() << "mapping written to " << *saveMap << "\n";
    }
    return 0;
}

int runImport(Context& ctx)
{
    std::string first = ctx.args().positional(0, "what to import (KIND, log or undo)");
    if (first == "log")
        return runLog(ctx);
    if (first == "undo")
        return runUndo(ctx);
    if (first == "preview")
        return runPreview(ctx);

    io::ImportOptions o;
    if (auto m = ctx.args().value("--map"))
        o.mapping = io::Mapping::load(*m);
    bool skip = ctx.args().flag("--skip-bad-rows");
    bool allOrNothing = ctx.args().flag("--all-or-nothing");
    if (skip && allOrNothing)
        throw UsageError("choose either --skip-bad-rows or --all-or-nothing");
    o.mode = skip ? io::ImportMode::SkipBadRows : io::ImportMode::AllOrNothing;
    o.dryRun = ctx.args().flag("--dry-run");
    o.encoding = ctx.args().value("--encoding").value_or("");
    if (auto d = ctx.args().value("--delimiter"))
        o.delimiter = io::parseDelimiter(*d);
    if (auto d = ctx.args().value("--date-order"))
        o.dateOrder = io::parseDateOrder(*d);
    if (auto d = ctx.args().value("--decimal"))
        o.decimal = io::parseDecimalMark(*d);
    o.study = ctx.args().value("--study").value_or("");
    o.rejectsPath = ctx.args().value("--rejects").value_or("");
    o.allowRepeat = ctx.args().flag("--again");
    auto saveMap = ctx.args().value("--save-map");
    try {
        o.kind = io::parseKind(first);
    } catch (const InputError& e) {
        throw UsageError(e.what());
    }
    o.file = ctx.args().positional(1, "the file to import");
    ctx.args().finish();
    if (o.kind == io::ImportKind::Kano && o.study.empty())
        throw UsageError("a Kano import needs --study NAME");

    io::ImportResult r;
    try {
        r = io::importFile(ctx.db(), o, ctx.progress());
    } catch (const io::ImportRejectedError& e) {
        printIssues(ctx, e.result(), o.file);
        throw;
    }
    printIssues(ctx, r, o.file);
    for (const auto& n : r.notes)
        ctx.err() << "note: " << n << "\n";
    if (!r.unmappedColumns.empty()) {
        ctx.err() << "ignored columns:";
        for (const auto& c : r.unmappedColumns)
            ctx.err() << " \"" << c << "\"";
        ctx.err() << "\n";
    }
    if (saveMap) {
        r.mapping.save(*saveMap);
        ctx.err() << "mapping written to " << *saveMap << "\n";
    }
    ResultTable t;
    t.columns = {"import_id", "kind",     "read",      "new",          "updated", "unchanged",
                 "rejected",  "encoding", "delimiter", "rejects_file", "seconds"};
    t.precision = 2;
    t.rows.push_back({r.dryRun ? ResultTable::Cell() : ResultTable::Cell(r.importId),
                      std::string(io::kindName(o.kind)), r.rowsRead, r.rowsNew, r.rowsUpdated,
                      r.rowsUnchanged, r.rowsRejected, r.encoding, io::delimiterName(r.delimiter),
                      r.rejectsPath, std::round(r.seconds * 100.0) / 100.0});
    ctx.print(t);
    if (r.dryRun)
        ctx.err() << "dry run: nothing was written\n";
    return 0;
}

const CommandRegistrar kImport({"import", "import CSV files (customers, orders, surveys, Kano...)",
                                kUsage, runImport});

} // namespace
} // namespace vd::cli
