#include "valuedesk/demo/DemoGenerator.h"

#include "demo/BulkLoad.h"
#include "demo/Customers.h"
#include "demo/Generator.h"
#include "demo/Random.h"
#include "valuedesk/Error.h"
#include "valuedesk/clv/ClvRun.h"
#include "valuedesk/loyalty/Metrics.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <optional>
#include <spdlog/spdlog.h>
#include <string>
#include <thread>

namespace vd {

std::int64_t DemoSummary::rows() const
{
    return customers + transactions + loyaltyPoints + interactions + surveys + responses +
           attributes + attributeRatings + feedbackCases + kanoFeatures + kanoRespondents +
           kanoAnswers + journeyStages + journeyTouchpoints + journeyOpportunities + loyaltyTiers +
           segments + segmentMembers + (journeyStages > 0 ? 2 : 0) /* persona and map */ +
           (kanoFeatures > 0 ? 1 : 0) /* study */ + (clvRun > 0 ? 1 : 0) + clvPredictions;
}

namespace demo {

// The CLV page's default run. A fit that does not converge (a tiny or odd workspace) leaves
// the demo without a run instead of failing it: the page can still fit one by hand.
void storeClvRun(Database& db, const DemoOptions& options, DemoSummary& summary,
                 ProgressReporter& reporter)
{
    constexpr const char* kStatus = "Fitting the CLV model";
    reporter.stage(0.995, kStatus);
    // A cancel comes back as false, for runClv to stop on its own terms.
    auto progress = [&](double f, std::string_view) {
        try {
            reporter.stage(0.995 + 0.004 * f, kStatus);
            return true;
        } catch (const CancelledError&) {
            return false;
        }
    };
    clv::ClvRunOptions o;
    o.summary.calibrationEnd = options.endDate;
    o.createdAt = options.endDate; // dated like every other row of the demo
    try {
        const clv::ClvRunResult r = clv::runClv(db, o, progress);
        summary.clvRun = r.runId;
        summary.clvPredictions = static_cast<std::int64_t>(r.predictions.size());
    } catch (const AnalysisError& e) { // NotConvergedError included
        spdlog::warn("demo: no CLV run stored: {}", e.what());
    }
}

namespace {

constexpr std::int64_t kDay = 86400;

// Relative purchase intensity by month (January first): quiet after the new year, the
// Singles' Day (11.11) and December peaks.
constexpr double kMonthFactor[12] = {0.92, 0.85, 0.95, 0.98, 1.00, 1.04,
                                     0.95, 0.95, 1.00, 1.02, 1.18, 1.30};
// By weekday, Sunday first: commuters on workdays.
constexpr double kWeekdayFactor[7] = {0.85, 1.03, 1.03, 1.03, 1.03, 1.06, 0.95};

double specialDay(int month, int day)
{
    if (month == 11 && day == 11)
        return 2.2; // Singles' Day
    if (month == 11 && (day == 10 || day == 12))
        return 1.3;
    if (month == 6 && day == 18)
        return 1.6; // the 618 shopping festival
    if (month == 12 && (day == 24 || day == 25))
        return 1.5;
    if (month == 2 && day == 14)
        return 1.3;
    return 1.0;
}

// Seeds a second, independent stream from the user's seed (splitmix64 finaliser).
std::uint64_t derivedSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

void validate(const DemoOptions& o)
{
    if (o.customers < 0)
        throw Error("the demo needs a number of customers of 0 or more, not " +
                    std::to_string(o.customers));
    if (o.customers > 100'000'000)
        throw Error("the demo generates at most 100,000,000 customers");
    if (o.years < 1 || o.years > 30)
        throw Error("the demo window must be 1 to 30 years long, not " + std::to_string(o.years));
    if (o.endDate < date::toEpoch(2000, 1, 1) || o.endDate > date::toEpoch(2100, 1, 1))
        throw Error("the demo end date must lie between 2000 and 2100");
    if (o.kanoRespondents < 0 || o.kanoRespondents > 100'000)
        throw Error("the demo Kano study takes 0 to 100,000 respondents");
}

void checkEmpty(Database& db)
{
    std::int64_t used =
        db.queryInt("SELECT EXISTS(SELECT 1 FROM customers) + EXISTS(SELECT 1 FROM transactions) + "
                    "EXISTS(SELECT 1 FROM interactions) + EXISTS(SELECT 1 FROM responses) + "
                    "EXISTS(SELECT 1 FROM surveys) + EXISTS(SELECT 1 FROM attributes) + "
                    "EXISTS(SELECT 1 FROM loyalty_tiers) + EXISTS(SELECT 1 FROM loyalty_points) + "
                    "EXISTS(SELECT 1 FROM feedback_cases) + "
                    "EXISTS(SELECT 1 FROM kano_studies WHERE name = ?) + "
                    "EXISTS(SELECT 1 FROM journey_maps WHERE name = ?)",
                    kDemoKanoStudy, kDemoJourneyMap);
    if (used > 0)
        throw Error("the demo can only be generated into an empty workspace, and this one "
                    "already holds customers, orders, surveys, attributes, loyalty tiers or the "
                    "demo study; create a new workspace for the demo");
}

// Simulates and writes every customer. While foreign keys are enforced each row is written
// at once, after the rows it refers to; otherwise rows go in chunks, 512 rows per INSERT, and
// with options.backgroundThread the simulation runs on a second thread.
void writeCustomers(Database& db, const DemoOptions& options, const Calendar& calendar,
                    const Reference& ref, DemoSummary& summary, ProgressReporter& reporter,
                    double from, double to, bool foreignKeysEnforced, OrderTotals* totals)
{
    constexpr std::int64_t kScale = 1'000'000;
    constexpr const char* kStatus = "Customers, orders and surveys";
    const double n = static_cast<double>(std::max<std::int64_t>(1, options.customers));
    auto report = [&](std::int64_t done) {
        double fraction = from + (to - from) * static_cast<double>(done) / n;
        reporter.update(std::llround(fraction * kScale), kScale, kStatus);
    };

    const int batch = foreignKeysEnforced ? 1 : 512;
    const int chunkRows = foreignKeysEnforced ? 1 : 512;
    std::vector<TableWriter> writers;
    for (const BulkTableSpec& t : kBulkTables)
        writers.emplace_back(db, t.table, t.columns, batch);
    Random rng(options.seed);

    if (foreignKeysEnforced || !options.backgroundThread || options.customers < 2000) {
        DirectSink sink(writers, chunkRows, kMaxBulkColumns);
        CustomerWriter writer(sink, options, calendar, ref, rng, summary, totals);
        for (std::int64_t id = 1; id <= options.customers; ++id) {
            writer.write(id);
            report(id);
        }
        writer.flush();
        return;
    }

    ChunkPipe pipe(kBulkTableCount + 32, chunkRows, kMaxBulkColumns);
    std::atomic<std::int64_t> done{0};
    std::exception_ptr failure;
    std::thread simulation([&] {
        try {
            CustomerWriter writer(pipe, options, calendar, ref, rng, summary, totals);
            for (std::int64_t id = 1; id <= options.customers; ++id) {
                writer.write(id);
                done.store(id, std::memory_order_relaxed);
            }
            writer.flush();
        } catch (const ChunkPipe::Closed&) {
            // the writing side gave up and reports why
        } catch (...) {
            failure = std::current_exception();
        }
        pipe.close();
    });
    try {
        pipe.drain(writers, [&] { report(done.load(std::memory_order_relaxed)); });
    } catch (...) {
        simulation.join();
        throw;
    }
    simulation.join();
    if (failure)
        std::rethrow_exception(failure);
    report(options.customers);
}

} // namespace

Calendar::Calendar(const DemoOptions& options)
{
    end = options.endDate;
    std::int64_t endDay = date::epochDay(end);
    date::Civil c = date::civilFromDays(endDay);
    int year = c.year - options.years;
    int day = std::min(c.day, date::daysInMonth(year, c.month));
    start = date::toEpoch(year, c.month, day) + (end - endDay * kDay) + 1;

    // One factor per day, with a day of margin for time zones on both sides.
    firstDay = date::epochDay(start) - 1;
    std::int64_t days = endDay + 2 - firstDay;
    dayFactor.resize(static_cast<std::size_t>(days));
    double sum = 0.0;
    for (std::int64_t i = 0; i < days; ++i) {
        std::int64_t d = firstDay + i;
        date::Civil cd = date::civilFromDays(d);
        int weekday = static_cast<int>(((d + 4) % 7 + 7) % 7); // 1970-01-01 was a Thursday
        double f =
            kMonthFactor[cd.month - 1] * kWeekdayFactor[weekday] * specialDay(cd.month, cd.day);
        dayFactor[static_cast<std::size_t>(i)] = f;
        sum += f;
    }
    double mean = sum / static_cast<double>(days);
    maxFactor = 0.0;
    for (double& f : dayFactor) {
        f /= mean;
        maxFactor = std::max(maxFactor, f);
    }

    if (options.npsDip) {
        // The calendar quarter that contains the day eight months before the end.
        date::Civil r = date::civilFromDays(date::epochDay(end - 240 * kDay));
        int q = ((r.month - 1) / 3) * 3 + 1;
        dipStart = date::toEpoch(r.year, q, 1);
        dipEnd =
            q + 3 > 12 ? date::toEpoch(r.year + 1, q + 3 - 12, 1) : date::toEpoch(r.year, q + 3, 1);
        if (dipStart < start)
            dipStart = dipEnd = 0;
    }
}

} // namespace demo

DemoSummary generateDemo(Database& db, const DemoOptions& options, ProgressCallback progress)
{
    auto started = std::chrono::steady_clock::now();
    demo::validate(options);
    ProgressReporter reporter(std::move(progress));
    reporter.stage(0.0, "Preparing the demo workspace");
    demo::checkEmpty(db);

    demo::Calendar calendar(options);
    DemoSummary summary;
    {
        std::optional<demo::BulkPragmas> pragmas;
        if (options.bulkLoad)
            pragmas.emplace(db);
        Transaction tx(db);
        std::optional<demo::IndexSuspension> suspended;
        if (options.bulkLoad)
            suspended.emplace(db,
                              std::vector<std::string>{
                                  "customers", "transactions", "loyalty_points", "interactions",
                                  "responses", "attribute_ratings", "feedback_cases"},
                              true);

        demo::Reference ref;
        demo::insertReferenceData(db, options, calendar, ref, summary);
        reporter.stage(0.02, "Customers, orders and surveys");

        constexpr double kCustomersFrom = 0.02;
        constexpr double kCustomersTo = 0.85;
        // The retention rollup and the activity behind the RFM and pyramid segments are
        // counted from the orders as they are written: reading 10^7 orders back costs seconds.
        demo::OrderTotals totals(options.customers);
        demo::writeCustomers(
            db, options, calendar, ref, summary, reporter, kCustomersFrom, kCustomersTo,
            pragmas ? pragmas->foreignKeysEnforced() : db.queryInt("PRAGMA foreign_keys") != 0,
            &totals);

        demo::Random kanoRng(demo::derivedSeed(options.seed, 1));
        demo::Random kanoLinkRng(demo::derivedSeed(options.seed, 2));
        demo::insertKanoAnswers(db, kanoRng, kanoLinkRng, options, calendar, ref, summary);

        // Indexes first: the segment analyses read through them.
        constexpr double kIndexesTo = 0.93;
        if (suspended) {
            // Index builds sort in runs of cache_size: runs that fit the processor's caches
            // build the 10^7-row order indexes about 40 % faster than 128 MiB runs (measured
            // with the sqlite3 shell on the 10^6-customer demo; docs/benchmarks.md). 2 MiB
            // runs were no faster at 10^7 rows, and sorting in memory (temp_store) was 4x
            // slower.
            db.exec("PRAGMA cache_size = -8192");
            suspended->restore([&](int i, int n) {
                reporter.stage(kCustomersTo + (kIndexesTo - kCustomersTo) * i / std::max(1, n),
                               "Building indexes");
            });
            db.exec("PRAGMA cache_size = -131072"); // back to BulkPragmas' size for the rest
        }
        if (options.segments)
            demo::insertSegments(db, calendar, totals.activity.finish(options.customers), summary,
                                 reporter, kIndexesTo, 0.99);

        // What an import would trigger (loyalty::afterDataChange), done from the generator's
        // own knowledge: CustomerWriter has opened every case openCases would (including the
        // feedback of the last minutes, as new cases), and the rollups make the first
        // dashboard refresh quick. Alerts are only evaluated, never stored. The shop sells in
        // yuan.
        db.prepare("INSERT INTO settings (key, value) VALUES ('workspace.currency', 'CNY') "
                   "ON CONFLICT(key) DO NOTHING")
            .run();
        if (options.surveys) {
            reporter.stage(0.99, "Updating loyalty rollups");
            loyalty::refreshResponseRollup(db);
        }
        totals.rollup.save(db, summary.transactions,
                           db.queryInt("SELECT coalesce(max(id), 0) FROM transactions"));
        if (options.clv && summary.transactions > 0)
            demo::storeClvRun(db, options, summary, reporter);

        db.prepare("INSERT INTO settings (key, value) VALUES ('demo.generator', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .bindAll("{\"seed\":" + std::to_string(options.seed) +
                     ",\"customers\":" + std::to_string(options.customers) +
                     ",\"years\":" + std::to_string(options.years) + ",\"end\":\"" +
                     date::formatDateTime(options.endDate) + "\"}")
            .run();
        reporter.stage(1.0, "Saving the workspace");
        tx.commit();
    }
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

} // namespace vd
