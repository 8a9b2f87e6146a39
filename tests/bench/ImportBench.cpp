#include "valuedesk/io/CsvReader.h"
#include "valuedesk/io/Importer.h"
#include "valuedesk/storage/Database.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

// Import of generated transaction files (docs/benchmarks.md, "Import"). ValueDesk parses,
// validates (customer lookup, dates, amounts, duplicate ids) and writes with undo records,
// in one transaction; beside it, in the same run and on the same file:
//   - SqliteShellImport: the sqlite3 command-line shell's ".import" into a plain table
//     without indexes or checks (the peer the issue names), run as a child process;
//   - RawSqliteInsert: our CSV reader feeding one prepared INSERT into a plain table, i.e.
//     the raw insert rate with parsing but without validation.
// Sizes: 10^4 .. 10^6 rows by default; VD_BENCH_IMPORT_ROWS=10000000 adds the 10^7 row
// (~420 MB) file. Peak memory is the resident-set high-water mark during the run (VmHWM,
// reset before each run through /proc/self/clear_refs) or the child's ru_maxrss.
// The machine the figures come from is shared with other builds, so besides the wall-clock
// rate (rows/s) each run also reports the CPU seconds it used (user + system, all threads, or
// the child's) and rows per CPU second, which competing load disturbs much less.

namespace fs = std::filesystem;

namespace {

constexpr int kCustomers = 100000;

fs::path benchDir()
{
    fs::path d = fs::temp_directory_path() / "valuedesk-import-bench";
    fs::create_directories(d);
    return d;
}

// order_id,customer_id,order_date,amount,channel,product — about 60 bytes a row.
std::string transactionsFile(std::int64_t rows)
{
    fs::path p = benchDir() / ("transactions-" + std::to_string(rows) + ".csv");
    if (fs::exists(p) && fs::file_size(p) > 0)
        return p.string();
    std::FILE* f = std::fopen((p.string() + ".tmp").c_str(), "wb");
    std::fputs("order_id,customer_id,order_date,amount,channel,product\n", f);
    std::uint64_t x = 88172645463325252ULL;
    const char* channels[] = {"store", "web", "app"};
    const char* products[] = {"latte", "americano", "mocha", "beans 250g", "croissant"};
    for (std::int64_t i = 0; i < rows; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17; // xorshift64
        int customer = static_cast<int>(x % kCustomers) + 1;
        int day = static_cast<int>((x >> 20) % 28) + 1,
            month = static_cast<int>((x >> 30) % 12) + 1;
        int cents = static_cast<int>((x >> 40) % 20000) + 100;
        std::fprintf(f, "T%09lld,C%06d,2023-%02d-%02d %02d:%02d:00,%d.%02d,%s,%s\n",
                     static_cast<long long>(i), customer, month, day,
                     static_cast<int>((x >> 8) % 24), static_cast<int>((x >> 16) % 60), cents / 100,
                     cents % 100, channels[x % 3], products[(x >> 3) % 5]);
    }
    std::fclose(f);
    fs::rename(p.string() + ".tmp", p);
    return p.string();
}

// A workspace with kCustomers customers, built once and copied for each run. Opening it
// first brings a template left by an older build to the current schema, so that the runs
// do not time a migration.
std::string templateWorkspace()
{
    fs::path p = benchDir() / "customers-template.vdw";
    if (fs::exists(p)) {
        vd::Database db(p.string());
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return p.string();
    }
    {
        vd::Database db(p.string() + ".tmp");
        vd::Transaction tx(db);
        vd::Statement st =
            db.prepare("INSERT INTO customers (external_id, name, created_at) VALUES (?, ?, 0)");
        char id[16];
        for (int i = 1; i <= kCustomers; ++i) {
            std::snprintf(id, sizeof id, "C%06d", i);
            st.bindAll(id, std::string("Customer ") + id);
            st.run();
        }
        tx.commit();
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    fs::rename(p.string() + ".tmp", p);
    return p.string();
}

// Starts every run from the same state: the writes of the previous run (often the other
// benchmark's) flushed, so that the kernel does not write them back on one of our two
// cores in the middle of this run, and the CSV file in the page cache, so that the run
// that happens to come first does not also time reading it from disk.
void settle(const std::string& csv)
{
    sync();
    std::ifstream in(csv, std::ios::binary);
    std::vector<char> buffer(1 << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    }
}

std::string freshCopy(const std::string& from, const std::string& name)
{
    fs::path to = benchDir() / name;
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(to.string() + suffix);
    if (!from.empty())
        fs::copy_file(from, to);
    return to.string();
}

double cpuSeconds(const struct rusage& u)
{
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of this process so far (every thread).
double selfCpuSeconds()
{
    struct rusage u
    {
    };
    getrusage(RUSAGE_SELF, &u);
    return cpuSeconds(u);
}

void cpuCounters(benchmark::State& state, std::int64_t rows, double cpu)
{
    state.counters["cpu_s"] = cpu;
    state.counters["rows/cpu_s"] =
        cpu > 0 ? static_cast<double>(rows) * static_cast<double>(state.iterations()) / cpu : 0;
}

void resetPeakRss()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double peakRssMb()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

void BM_ImportTransactions(benchmark::State& state)
{
    const std::int64_t rows = state.range(0);
    std::string csv = transactionsFile(rows);
    std::string tmpl = templateWorkspace();
    double peak = 0, cpu = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::string path = freshCopy(tmpl, "import-run.vdw");
        settle(csv);
        state.ResumeTiming();
        resetPeakRss();
        const double cpu0 = selfCpuSeconds();
        vd::Database db(path);
        vd::io::ImportOptions o;
        o.kind = vd::io::ImportKind::Transactions;
        o.file = csv;
        auto r = vd::io::importFile(db, o);
        if (r.rowsNew != rows)
            state.SkipWithError("not every row was imported");
        cpu += selfCpuSeconds() - cpu0;
        peak = std::max(peak, peakRssMb());
    }
    cpuCounters(state, rows, cpu);
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
    state.counters["MB/s"] =
        benchmark::Counter(static_cast<double>(fs::file_size(csv)) / 1e6 * state.iterations(),
                           benchmark::Counter::kIsRate);
    state.counters["peak_RSS_MB"] = peak;
    state.SetLabel("validating, upsert by order id, undo records, one transaction");
}

void BM_RawSqliteInsert(benchmark::State& state)
{
    const std::int64_t rows = state.range(0);
    std::string csv = transactionsFile(rows);
    double peak = 0, cpu = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::string path = freshCopy({}, "raw-run.db");
        settle(csv);
        state.ResumeTiming();
        resetPeakRss();
        const double cpu0 = selfCpuSeconds();
        sqlite3* db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE "
                     "t(a,b,c,d,e,f); BEGIN",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?,?,?,?,?,?)", -1, &st, nullptr);
        vd::io::CsvReader r = vd::io::CsvReader::fromFile(csv, {});
        r.next();
        while (r.next()) {
            for (std::size_t i = 0; i < r.size() && i < 6; ++i)
                sqlite3_bind_text(st, static_cast<int>(i + 1), r.field(i).data(),
                                  static_cast<int>(r.field(i).size()), SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        cpu += selfCpuSeconds() - cpu0;
        peak = std::max(peak, peakRssMb());
    }
    cpuCounters(state, rows, cpu);
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
    state.counters["peak_RSS_MB"] = peak;
    state.SetLabel("CsvReader + one prepared INSERT into a plain table, no validation");
}

void BM_SqliteShellImport(benchmark::State& state)
{
    const std::int64_t rows = state.range(0);
    std::string csv = transactionsFile(rows);
    if (access("/usr/bin/sqlite3", X_OK) != 0) {
        state.SkipWithError("no sqlite3 shell at /usr/bin/sqlite3");
        return;
    }
    double peak = 0, cpu = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::string path = freshCopy({}, "shell-run.db");
        settle(csv);
        state.ResumeTiming();
        pid_t pid = fork();
        if (pid == 0) {
            // The same settings as a workspace: WAL, synchronous NORMAL.
            execl("/usr/bin/sqlite3", "sqlite3", path.c_str(), "PRAGMA journal_mode=WAL;",
                  "PRAGMA synchronous=NORMAL;", ".mode csv", (".import " + csv + " t").c_str(),
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        int status = 0;
        struct rusage usage
        {
        };
        wait4(pid, &status, 0, &usage);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            state.SkipWithError("sqlite3 .import failed");
        peak = std::max(peak, static_cast<double>(usage.ru_maxrss) / 1024.0);
        cpu += cpuSeconds(usage);
    }
    cpuCounters(state, rows, cpu);
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
    state.counters["peak_RSS_MB"] = peak;
    state.SetLabel("sqlite3 shell .import into a plain table (child process)");
}

void sizes(benchmark::internal::Benchmark* b)
{
    for (std::int64_t n : {10000, 100000, 1000000})
        b->Arg(n);
    if (const char* extra = std::getenv("VD_BENCH_IMPORT_ROWS"))
        b->Arg(std::atoll(extra));
    b->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
}

} // namespace

BENCHMARK(BM_ImportTransactions)->Apply(sizes);
BENCHMARK(BM_RawSqliteInsert)->Apply(sizes);
BENCHMARK(BM_SqliteShellImport)->Apply(sizes);
