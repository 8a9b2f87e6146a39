#include "Command.h"
#include "valuedesk/io/CsvReader.h"
#include "valuedesk/io/Exporter.h"
#include "valuedesk/storage/Database.h"

#include <iostream>

namespace vd::cli {

namespace {

const char* const kUsage =
    "Usage: valuedesk-cli -w FILE export TABLE [options]\n"
    "       valuedesk-cli -w FILE export segment NAME [options]\n"
    "       valuedesk-cli -w FILE export query \"SELECT ...\" [options]\n"
    "       valuedesk-cli -w FILE export kano STUDY [options]\n"
    "       valuedesk-cli -w FILE export tables\n"
    "\n"
    "Writes a table or view (customers, transactions, current_predictions, ...), the members\n"
    "of a saved segment, the result of a read-only query, or a Kano study in the wide form\n"
    "the importer reads, as CSV (RFC 4180, UTF-8) or JSON. Rows pointing at a customer carry\n"
    "its external id, so the file imports into another workspace; responses carry their\n"
    "attribute ratings as <attribute>_importance / _performance / _expectation columns,\n"
    "which 'import responses' reads back.\n"
    "\n"
    "Options:\n"
    "  --output FILE, -o FILE   file to write (default: standard output)\n"
    "  --as csv|json            format (default: from the file extension, else csv)\n"
    "  --bom                    start CSV with a UTF-8 byte-order mark (for Excel)\n"
    "  --delimiter NAME         comma (default), semicolon, tab or pipe\n"
    "  --raw-times              times as Unix seconds instead of YYYY-MM-DD HH:MM:SS (UTC)";

int runExport(Context& ctx)
{
    auto output = ctx.args().value("--output", "-o");
    auto as = ctx.args().value("--as");
    io::ExportOptions o;
    o.bom = ctx.args().flag("--bom");
    o.isoTimes = !ctx.args().flag("--raw-times");
    if (auto d = ctx.args().value("--delimiter"))
        o.delimiter = io::parseDelimiter(*d);
    std::string what = ctx.args().positional(0, "what to export (a table, segment, query or kano)");
    std::string name;
    if (what == "segment" || what == "query" || what == "kano")
        name = ctx.args().positional(1, what == "segment" ? "the segment name"
                                        : what == "query" ? "the query"
                                                          : "the Kano study name");
    ctx.args().finish();
    if (as)
        o.format = io::parseExportFormat(*as);
    else if (output)
        o.format = io::formatForPath(*output);
    else
        o.format = ctx.format() == Format::Json ? io::ExportFormat::Json : io::ExportFormat::Csv;

    Database& db = ctx.db();
    if (what == "tables") {
        ResultTable t;
        t.columns = {"table"};
        for (const auto& n : io::exportableTables(db))
            t.rows.push_back({n});
        ctx.print(t);
        return 0;
    }
    auto write = [&](std::ostream& out) -> io::ExportResult {
        if (what == "segment")
            return io::exportSegment(db, name, out, o);
        if (what == "query")
            return io::exportQuery(db, name, out, o);
        if (what == "kano")
            return io::exportKanoStudy(db, name, out, o);
        return io::exportTable(db, what, out, o, ctx.progress());
    };
    io::ExportResult r =
        output && *output != "-" ? io::exportToFile(*output, write) : write(ctx.out());
    ctx.err() << "exported " << r.rows << " rows, " << r.columns.size() << " columns"
              << (output && *output != "-" ? " to " + *output : std::string()) << "\n";
    return 0;
}

const CommandRegistrar kExport({"export",
                                "write a table, segment, query or Kano study as CSV or JSON",
                                kUsage, runExport});

} // namespace
} // namespace vd::cli
