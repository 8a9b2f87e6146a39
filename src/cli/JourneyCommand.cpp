// valuedesk-cli journey: list, show, export, import, duplicate and compare customer journey
// maps. Images and the PDF handout are painted by the same JourneyRenderer the GUI uses.

#include "Command.h"
#include "JourneyRenderer.h"
#include "RenderTarget.h"
#include "valuedesk/Date.h"
#include "valuedesk/journey/JourneyCompare.h"
#include "valuedesk/journey/JourneyJson.h"
#include "valuedesk/journey/JourneyKpis.h"
#include "valuedesk/journey/JourneyRepository.h"
#include "valuedesk/loyalty/Metrics.h"
#include "valuedesk/storage/Database.h"

#include <QString>
#include <algorithm>
#include <filesystem>
#include <fstream>

namespace vd::cli {

namespace {

using Cell = ResultTable::Cell;
using namespace vd::journey;

Cell text(std::string_view s)
{
    return Cell(std::string(s));
}
Cell optNumber(const std::optional<double>& v)
{
    if (!v)
        return {};
    return Cell(*v);
}

// Every option of every sub-command, read before the positionals so that an option value is
// never taken for one; options a sub-command does not use are refused.
struct Request
{
    std::string sub;
    std::vector<std::string> positionals;
    std::optional<std::string> output, as, segment, curves, name;
    std::optional<std::int64_t> from, to;
    bool toBe = false;
};

std::optional<std::int64_t> dateOption(Context& ctx, const std::string& name)
{
    auto v = ctx.args().value(name);
    if (!v)
        return std::nullopt;
    auto t = date::parseIso(*v);
    if (!t)
        throw UsageError("option " + name + " needs a date YYYY-MM-DD, not \"" + *v + "\"");
    return t;
}

Request readRequest(Context& ctx)
{
    Request r;
    r.output = ctx.args().value("--output", "-o");
    r.as = ctx.args().value("--as");
    r.segment = ctx.args().value("--segment");
    r.curves = ctx.args().value("--curves");
    r.name = ctx.args().value("--name");
    r.from = dateOption(ctx, "--from");
    r.to = dateOption(ctx, "--to");
    r.toBe = ctx.args().flag("--to-be");
    r.positionals = ctx.args().positionals();
    if (r.positionals.empty())
        throw UsageError("journey needs a sub-command (list, show, export, import, duplicate, "
                         "compare)");
    r.sub = r.positionals.front();
    r.positionals.erase(r.positionals.begin());
    ctx.args().finish();

    auto refuse = [&r](bool given, const char* option) {
        if (given)
            throw UsageError(std::string("option ") + option + " does not apply to journey " +
                             r.sub);
    };
    const bool measures = r.sub == "show" || r.sub == "export";
    refuse(!measures && (r.from || r.to), "--from/--to");
    refuse(!measures && r.segment.has_value(), "--segment");
    refuse(r.sub != "export" && r.output.has_value(), "--output");
    refuse(r.sub != "export" && r.as.has_value(), "--as");
    refuse(r.sub != "export" && r.curves.has_value(), "--curves");
    refuse(r.sub != "import" && r.sub != "duplicate" && r.name.has_value(), "--name");
    refuse(r.sub != "duplicate" && r.toBe, "--to-be");
    if (r.from && r.to && *r.to <= *r.from)
        throw UsageError("--to must be after --from");
    return r;
}

void expectPositionals(const Request& r, std::size_t n, const char* what)
{
    if (r.positionals.size() != n)
        throw UsageError("journey " + r.sub + " needs " + what);
}

// A map by id or by exact name.
std::int64_t resolveMap(Context& ctx, const std::string& ref)
{
    JourneyRepository repo(ctx.db());
    const bool numeric =
        !ref.empty() && std::all_of(ref.begin(), ref.end(), [](unsigned char c) {
            return std::isdigit(c);
        });
    if (numeric)
        return std::stoll(ref);
    if (auto id = repo.findMapByName(ref))
        return *id;
    throw InputError("there is no journey map named \"" + ref + "\" (see journey list)");
}

KpiFilter kpiFilter(Context& ctx, const Request& r)
{
    KpiFilter f;
    f.from = r.from;
    f.to = r.to;
    if (r.segment)
        f.segmentId = loyalty::segmentIdByName(ctx.db(), *r.segment);
    return f;
}

std::string periodText(const Request& r)
{
    std::string s;
    if (r.from || r.to)
        s = "Responses " + (r.from ? date::formatDate(*r.from) : std::string("…")) + " to " +
            (r.to ? date::formatDate(*r.to - 1) : std::string("…"));
    else
        s = "All responses";
    if (r.segment)
        s += " · segment " + *r.segment;
    return s;
}

std::string kindText(MapKind k)
{
    return std::string(mapKindCode(k));
}

int runList(Context& ctx, const Request& r)
{
    expectPositionals(r, 0, "no arguments");
    JourneyRepository repo(ctx.db());
    ResultTable t;
    t.columns = {"id",          "name",        "kind",           "persona",
                 "stages",      "touchpoints", "open_opportunities", "source_map_id",
                 "updated"};
    for (const MapSummary& m : repo.listMaps()) {
        Cell source;
        if (m.sourceMapId)
            source = Cell(*m.sourceMapId);
        t.rows.push_back({Cell(m.id), text(m.name), text(kindText(m.kind)), text(m.personaName),
                          Cell(std::int64_t{m.stages}), Cell(std::int64_t{m.touchpoints}),
                          Cell(std::int64_t{m.openOpportunities}), source,
                          text(date::formatDate(m.updatedAt))});
    }
    ctx.print(t);
    return 0;
}

// One row per touchpoint with its live KPIs: what `show` prints and `export --as csv` writes.
ResultTable kpiTable(const JourneyMap& map, const MapKpis& kpis)
{
    ResultTable t;
    t.precision = 2;
    t.columns = {"stage",     "touchpoint", "code",      "channel",   "emotion",
                 "responses", "nps",        "nps_lower", "nps_upper", "csat_top2_pct",
                 "csat_mean", "ces_mean",   "ces_agree_pct", "derived_emotion", "flagged",
                 "alerts",    "open_opportunities"};
    for (std::size_t s = 0; s < map.stages.size(); ++s)
        for (std::size_t i = 0; i < map.stages[s].touchpoints.size(); ++i) {
            const Touchpoint& tp = map.stages[s].touchpoints[i];
            const TouchpointKpis& k = kpis.byStage[s][i];
            const auto& m = k.metrics;
            std::string alerts;
            for (const KpiReading& rd : k.readings)
                if (rd.crossed)
                    alerts += (alerts.empty() ? "" : "; ") +
                              render::JourneyRenderer::readingText(rd).toStdString();
            const auto open = std::count_if(
                tp.opportunities.begin(), tp.opportunities.end(),
                [](const Opportunity& o) { return o.status == OpportunityStatus::Open; });
            Cell responses;
            if (!tp.code.empty())
                responses = Cell(m.counts.responses);
            t.rows.push_back(
                {text(map.stages[s].name), text(tp.name), text(tp.code), text(tp.channel),
                 Cell(std::int64_t{tp.emotion}), responses,
                 optNumber(m.nps ? std::optional(m.nps->nps) : std::nullopt),
                 optNumber(m.nps ? std::optional(m.nps->lower) : std::nullopt),
                 optNumber(m.nps ? std::optional(m.nps->upper) : std::nullopt),
                 optNumber(m.csatTop2 ? std::optional(100.0 * m.csatTop2->proportion)
                                      : std::nullopt),
                 optNumber(m.csatMean ? std::optional(m.csatMean->mean) : std::nullopt),
                 optNumber(m.cesMean ? std::optional(m.cesMean->mean) : std::nullopt),
                 optNumber(m.cesAgree ? std::optional(100.0 * m.cesAgree->proportion)
                                      : std::nullopt),
                 optNumber(k.derivedEmotion), Cell(std::int64_t{k.flagged ? 1 : 0}), text(alerts),
                 Cell(static_cast<std::int64_t>(open))});
        }
    return t;
}

int runShow(Context& ctx, const Request& r)
{
    expectPositionals(r, 1, "a map id or name");
    const std::int64_t id = resolveMap(ctx, r.positionals[0]);
    JourneyRepository repo(ctx.db());
    const JourneyDocument doc = repo.loadDocument(id);
    const MapKpis kpis = computeKpis(ctx.db(), doc.map, kpiFilter(ctx, r));
    if (ctx.format() == Format::Table) {
        ctx.out() << doc.map.name << " (" << kindText(doc.map.kind) << ")";
        if (doc.persona)
            ctx.out() << " · persona " << doc.persona->name;
        ctx.out() << "\n" << periodText(r) << "; " << kpis.flaggedTouchpoints
                  << " touchpoint(s) past a KPI threshold\n\n";
    }
    ctx.print(kpiTable(doc.map, kpis));
    return 0;
}

// --as wins, then --format png|svg|pdf, then the file's extension; a name without an extension
// takes --format json or csv. Anything else is refused before a file is touched.
std::string exportFormat(Context& ctx, const Request& r, const std::string& path)
{
    auto known = [](const std::string& f) {
        return f == "png" || f == "svg" || f == "pdf" || f == "json" || f == "csv";
    };
    std::string ext = std::filesystem::path(path).extension().string();
    if (!ext.empty() && ext[0] == '.')
        ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string f;
    if (r.as)
        f = *r.as;
    else if (!ctx.fileFormat().empty())
        f = ctx.fileFormat();
    else if (known(ext))
        f = ext;
    else if (ext.empty() && ctx.format() == Format::Json)
        f = "json";
    else if (ext.empty() && ctx.format() == Format::Csv)
        f = "csv";
    if (!known(f))
        throw UsageError("journey export writes png, svg, pdf, json or csv: give --as FORMAT, "
                         "--format FORMAT or an --output name with one of these extensions");
    return f;
}

int runExport(Context& ctx, const Request& r)
{
    expectPositionals(r, 1, "a map id or name");
    if (!r.output)
        throw UsageError("journey export needs --output FILE");
    const std::string format = exportFormat(ctx, r, *r.output);
    render::EmotionCurves curves = render::EmotionCurves::Both;
    if (r.curves) {
        if (*r.curves == "entered")
            curves = render::EmotionCurves::Entered;
        else if (*r.curves == "derived")
            curves = render::EmotionCurves::Derived;
        else if (*r.curves != "both")
            throw UsageError("--curves is entered, derived or both, not \"" + *r.curves + "\"");
    }
    if (format == "json" && (r.from || r.to || r.segment || r.curves))
        throw UsageError("a JSON export holds the map only: --from, --to, --segment and "
                         "--curves do not apply");

    const std::int64_t id = resolveMap(ctx, r.positionals[0]);
    JourneyRepository repo(ctx.db());
    const JourneyDocument doc = repo.loadDocument(id);
    if (format == "json") {
        writeJourneyFile(*r.output, doc);
        ctx.err() << "wrote " << *r.output << "\n";
        return 0;
    }
    const MapKpis kpis = computeKpis(ctx.db(), doc.map, kpiFilter(ctx, r));
    if (format == "csv") {
        std::ofstream out(*r.output, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error("cannot write the file " + *r.output);
        kpiTable(doc.map, kpis).print(out, Format::Csv);
        out.close();
        if (!out)
            throw Error("cannot write the file " + *r.output);
        ctx.err() << "wrote " << *r.output << "\n";
        return 0;
    }
    render::ensureGuiApplication();
    render::JourneySpec spec;
    spec.map = doc.map;
    spec.persona = doc.persona;
    spec.kpis = kpis;
    spec.curves = curves;
    spec.subtitle = QString::fromStdString(periodText(r));
    const render::JourneyRenderer renderer(std::move(spec));
    QString path = QString::fromStdString(*r.output);
    // The renderer picks the format from the extension; --as wins over a mismatched name.
    if (std::filesystem::path(*r.output).extension().string() != "." + format) {
        const std::string tmp = *r.output + ".tmp." + format;
        const int pages = renderer.write(QString::fromStdString(tmp));
        std::filesystem::rename(tmp, *r.output);
        ctx.err() << "wrote " << *r.output << " (" << pages << " page(s))\n";
        return 0;
    }
    const int pages = renderer.write(path);
    ctx.err() << "wrote " << *r.output << " (" << pages << " page(s))\n";
    return 0;
}

int runImport(Context& ctx, const Request& r)
{
    expectPositionals(r, 1, "a journey map file (.json)");
    JourneyDocument doc = readJourneyFile(r.positionals[0]);
    if (r.name)
        doc.map.name = *r.name;
    JourneyRepository repo(ctx.db());
    const std::int64_t id = repo.importDocument(doc);
    ResultTable t;
    t.columns = {"id", "name", "stages", "touchpoints", "persona"};
    t.rows.push_back({Cell(id), text(doc.map.name),
                      Cell(static_cast<std::int64_t>(doc.map.stages.size())),
                      Cell(std::int64_t{touchpointCount(doc.map)}),
                      text(doc.persona ? doc.persona->name : std::string())});
    ctx.print(t);
    return 0;
}

int runDuplicate(Context& ctx, const Request& r)
{
    expectPositionals(r, 1, "a map id or name");
    const std::int64_t id = resolveMap(ctx, r.positionals[0]);
    JourneyRepository repo(ctx.db());
    const JourneyMap source = repo.loadMap(id);
    const MapKind kind = r.toBe ? MapKind::ToBe : source.kind;
    const std::string name =
        r.name.value_or(source.name + (r.toBe ? " (to be)" : " (copy)"));
    const JourneyMap copy = repo.duplicateMap(id, name, kind);
    ResultTable t;
    t.columns = {"id", "name", "kind", "source_map_id"};
    t.rows.push_back({Cell(copy.id), text(copy.name), text(kindText(copy.kind)), Cell(id)});
    ctx.print(t);
    return 0;
}

std::string changeKind(ChangeKind k)
{
    switch (k) {
    case ChangeKind::Added:
        return "added";
    case ChangeKind::Removed:
        return "removed";
    case ChangeKind::Changed:
        return "changed";
    }
    return {};
}

std::string joinFields(const std::vector<std::string>& fields)
{
    std::string s;
    for (const auto& f : fields)
        s += (s.empty() ? "" : ", ") + f;
    return s;
}

int runCompare(Context& ctx, const Request& r)
{
    expectPositionals(r, 2, "two maps (id or name): BEFORE AFTER");
    JourneyRepository repo(ctx.db());
    const JourneyMap before = repo.loadMap(resolveMap(ctx, r.positionals[0]));
    const JourneyMap after = repo.loadMap(resolveMap(ctx, r.positionals[1]));
    const MapComparison c = compareMaps(before, after);
    if (ctx.format() == Format::Table) {
        auto mean = [](const std::optional<double>& m) {
            return m ? std::to_string(*m).substr(0, 5) : std::string("-");
        };
        ctx.out() << before.name << " -> " << after.name << ": mean emotion "
                  << mean(c.meanEmotionBefore) << " -> " << mean(c.meanEmotionAfter)
                  << ", open opportunities " << c.openOpportunitiesBefore << " -> "
                  << c.openOpportunitiesAfter << ", " << c.unchangedTouchpoints
                  << " touchpoint(s) unchanged\n\n";
    }
    ResultTable t;
    t.columns = {"what",           "change",        "name",         "stage_before",
                 "stage_after",    "fields",        "emotion_before", "emotion_after",
                 "emotion_delta"};
    auto optInt = [](const std::optional<int>& v) {
        if (!v)
            return Cell();
        return Cell(std::int64_t{*v});
    };
    for (const StageChange& s : c.stages)
        t.rows.push_back({text("stage"), text(changeKind(s.kind)), text(s.name), Cell(), Cell(),
                          text(joinFields(s.fields)), Cell(), Cell(), Cell()});
    for (const TouchpointChange& tc : c.touchpoints) {
        Cell delta;
        if (tc.emotionBefore && tc.emotionAfter)
            delta = Cell(std::int64_t{tc.emotionDelta()});
        t.rows.push_back({text("touchpoint"), text(changeKind(tc.kind)), text(tc.name),
                          text(tc.stageBefore), text(tc.stageAfter), text(joinFields(tc.fields)),
                          optInt(tc.emotionBefore), optInt(tc.emotionAfter), delta});
    }
    ctx.print(t);
    return 0;
}

int runJourney(Context& ctx)
{
    const Request r = readRequest(ctx);
    if (r.sub == "list")
        return runList(ctx, r);
    if (r.sub == "show")
        return runShow(ctx, r);
    if (r.sub == "export")
        return runExport(ctx, r);
    if (r.sub == "import")
        return runImport(ctx, r);
    if (r.sub == "duplicate")
        return runDuplicate(ctx, r);
    if (r.sub == "compare")
        return runCompare(ctx, r);
    throw UsageError("unknown journey sub-command \"" + r.sub +
                     "\" (list, show, export, import, duplicate or compare)");
}

const CommandRegistrar kJourney(
    {"journey", "customer journey maps: list, show live KPIs, export, import, compare",
     "Usage: valuedesk-cli -w FILE journey SUB [options] [--format table|csv|json]\n"
     "  list                     the maps of the workspace\n"
     "  show MAP                 every touchpoint with NPS, CSAT, CES, volume and alerts\n"
     "  export MAP --output FILE [--format png|svg|pdf|json|csv | --as FORMAT]\n"
     "                           [--curves entered|derived|both]\n"
     "                           the map as a print-resolution PNG, SVG, a PDF handout (map,\n"
     "                           persona, KPI table, opportunities), JSON that imports again,\n"
     "                           or the KPI table as CSV; the format follows --as, else\n"
     "                           --format png|svg|pdf, else the file extension (a name\n"
     "                           without one takes --format json|csv)\n"
     "  import FILE.json [--name NAME]   a map exported from any workspace, as a new map\n"
     "  duplicate MAP [--to-be] [--name NAME]   copy a map (as-is -> to-be)\n"
     "  compare BEFORE AFTER     stages and touchpoints added, removed or changed, emotion\n"
     "                           deltas\n"
     "MAP is a map id or its exact name. KPI options (show, export):\n"
     "  --from DATE --to DATE    responses in [from, to)\n"
     "  --segment NAME           only the members of a saved segment (newest snapshot)\n"
     "Derived emotion = mean CSAT - 3 (CSAT 1..5 onto -2..+2). Methods: docs/methods.md.",
     runJourney});

} // namespace

} // namespace vd::cli
