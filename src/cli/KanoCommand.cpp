#include "Command.h"
#include "valuedesk/Date.h"
#include "valuedesk/kano/KanoStudy.h"
#include "valuedesk/storage/Database.h"

namespace vd::cli {

namespace {

using Cell = ResultTable::Cell;

// Separate functions rather than ternaries on Cell: GCC 12 warns (falsely) about the
// std::string alternative of a variant built in a conditional expression.
Cell opt(const std::optional<double>& v)
{
    if (!v)
        return {};
    return Cell(*v);
}

Cell letterCell(const std::optional<kano::Category>& c)
{
    if (!c)
        return {};
    return Cell(std::string(1, kano::letter(*c)));
}

Cell nameCell(const std::optional<kano::Category>& c)
{
    if (!c)
        return {};
    return Cell(std::string(kano::displayName(*c)));
}

Cell fongCell(const std::optional<kano::FongTest>& f)
{
    if (!f)
        return {};
    return Cell(std::string(f->significant ? "yes" : "no"));
}

Cell fongCritical(const std::optional<kano::FongTest>& f)
{
    if (!f)
        return {};
    return Cell(f->critical);
}

int listStudies(Context& ctx)
{
    ResultTable t;
    t.columns = {"id",      "name",    "features", "respondents",
                 "answers", "created", "description"};
    for (const kano::StudyInfo& s : kano::listStudies(ctx.db()))
        t.rows.push_back({s.id, s.name, s.features, s.respondents, s.answers,
                          date::formatDate(s.createdAt), s.description});
    ctx.print(t);
    return 0;
}

void printDiscrete(Context& ctx, const kano::KanoReport& report)
{
    using kano::Category;
    ResultTable t;
    t.columns = {"feature",
                 "name",
                 "n",
                 "A",
                 "O",
                 "M",
                 "I",
                 "R",
                 "Q",
                 "share_A",
                 "share_O",
                 "share_M",
                 "share_I",
                 "share_R",
                 "share_Q",
                 "category",
                 "category_name",
                 "runner_up",
                 "category_strength",
                 "total_strength",
                 "fong_critical",
                 "fong_significant",
                 "better",
                 "worse"};
    for (const kano::FeatureResult& f : report.features) {
        const kano::CategoryStats& s = f.discrete;
        std::vector<Cell> row{f.feature.code, f.feature.name, s.n};
        for (Category c : kano::kCategories)
            row.emplace_back(s.counts[c]);
        for (Category c : kano::kCategories)
            row.push_back(opt(s.share(c)));
        row.push_back(letterCell(s.dominant));
        row.push_back(nameCell(s.dominant));
        row.push_back(letterCell(s.runnerUp));
        row.push_back(opt(s.categoryStrength));
        row.push_back(opt(s.totalStrength));
        row.push_back(fongCritical(s.fong));
        row.push_back(fongCell(s.fong));
        row.push_back(opt(s.better));
        row.push_back(opt(s.worse));
        t.rows.push_back(std::move(row));
    }
    ctx.print(t);
}

void printContinuous(Context& ctx, const kano::KanoReport& report)
{
    ResultTable t;
    t.columns = {"feature",
                 "name",
                 "n",
                 "functional_mean",
                 "functional_sd",
                 "dysfunctional_mean",
                 "dysfunctional_sd",
                 "weighted_n",
                 "mean_importance",
                 "weighted_functional",
                 "weighted_dysfunctional",
                 "quadrant",
                 "quadrant_name"};
    for (const kano::FeatureResult& f : report.features) {
        const kano::ContinuousStats& c = f.continuous;
        t.rows.push_back({f.feature.code, f.feature.name, c.functional.n,
                          opt(c.functional.mean), opt(c.functional.sd),
                          opt(c.dysfunctional.mean), opt(c.dysfunctional.sd), c.weighted,
                          opt(c.meanImportance), opt(c.weightedFunctional),
                          opt(c.weightedDysfunctional), letterCell(c.quadrant),
                          nameCell(c.quadrant)});
    }
    ctx.print(t);
}

int runKano(Context& ctx)
{
    const bool list = ctx.args().flag("--list");
    const auto tableText = ctx.args().value("--table");
    const auto segmentText = ctx.args().value("--segment");
    const bool continuous = ctx.args().flag("--continuous");
    if (list) {
        if (tableText || segmentText || continuous)
            throw UsageError("kano --list takes no other option");
        ctx.args().finish();
        return listStudies(ctx);
    }
    const std::string study = ctx.args().positional(0, "a Kano study name (see kano --list)");
    ctx.args().finish();

    kano::KanoOptions options;
    if (tableText) {
        auto table = kano::parseEvaluationTable(*tableText);
        if (!table)
            throw UsageError("--table is standard or pouliot, not \"" + *tableText + "\"");
        options.table = *table;
    }
    Database& db = ctx.db();
    const kano::StudyInfo info = kano::resolveStudy(db, study);
    options.segment = kano::resolveSegment(db, segmentText.value_or(""));
    const kano::KanoReport report = kano::analyzeStudy(db, info.id, options, ctx.progress());
    for (const std::string& w : report.warnings)
        ctx.err() << "warning: " << w << "\n";
    if (continuous)
        printContinuous(ctx, report);
    else
        printDiscrete(ctx, report);
    return 0;
}

const CommandRegistrar kKano(
    {"kano", "classify the features of a Kano study (A, O, M, I, R, Q; Better/Worse)",
     "Usage: valuedesk-cli -w FILE kano --list\n"
     "       valuedesk-cli -w FILE kano STUDY [--table standard|pouliot] [--segment S]\n"
     "                                        [--continuous] [--format table|csv|json]\n"
     "\n"
     "--list lists the studies of the workspace with their numbers of features, respondents\n"
     "and answers.\n"
     "\n"
     "STUDY (name or id) prints one row per feature: counts and shares of A attractive,\n"
     "O one-dimensional, M must-be, I indifferent, R reverse and Q questionable; the dominant\n"
     "category (ties resolved M > O > A > I > R; Q never dominates) and the runner-up; category\n"
     "strength (top share minus second share) and total strength ((A+O+M)/n) after Lee &\n"
     "Newcomb (1997); Fong's (1996) test of whether the top two categories differ (critical\n"
     "value and yes/no); Better = (A+O)/(A+O+M+I) and Worse = -(O+M)/(A+O+M+I) (Berger et al.\n"
     "1993). Values that cannot be computed (no answers, A+O+M+I = 0) are left empty.\n"
     "\n"
     "--table      evaluation table: standard (Kano et al. 1984, default) or pouliot\n"
     "--segment S  only respondents whose customer is in saved segment S (its newest\n"
     "             snapshot), or S:LABEL for one label of it\n"
     "--continuous the continuous analysis instead: mean and standard deviation of the\n"
     "             functional (4, 2, 0, -1, -2) and dysfunctional (-2, -1, 0, 2, 4) scores,\n"
     "             importance-weighted means and the quadrant category (split at 2)\n"
     "\n"
     "Methods and references: docs/methods.md, \"Kano\".",
     runKano});

} // namespace

} // namespace vd::cli
