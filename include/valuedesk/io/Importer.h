#pragma once

#include "valuedesk/Error.h"
#include "valuedesk/Progress.h"
#include "valuedesk/io/Encoding.h"
#include "valuedesk/io/Mapping.h"
#include "valuedesk/io/ValueParser.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::io {

// What to do with rows that fail validation. AllOrNothing is the default: an analyst who
// did not ask for partial data never gets it silently.
enum class ImportMode { AllOrNothing, SkipBadRows };

struct ImportOptions
{
    ImportKind kind = ImportKind::Customers;
    std::string file;
    std::optional<Mapping> mapping;           // nullopt: match headers automatically (autoMap)
    std::string encoding;                     // empty: the mapping's, else detected
    char delimiter = 0;                       // 0: the mapping's, else sniffed
    DateOrder dateOrder = DateOrder::Unknown; // for dates with the year last; else the mapping's
    DecimalMark decimal = DecimalMark::Unknown;
    ImportMode mode = ImportMode::AllOrNothing;
    bool dryRun = false;          // validate and count, then roll back: the workspace is untouched
    std::string study;            // Kano study name (created when missing); required for kano
    std::string rejectsPath;      // default: <dir>/<stem>.rejects.csv beside the file
    bool allowRepeat = false;     // import a file again although its rows cannot be matched
    std::int64_t now = 0;         // time stamp of the import (0 = the clock); tests fix it
    std::size_t maxIssues = 1000; // row problems kept in the result (all go to the rejects file)
};

// One problem in one cell (or the whole row when column is 0).
struct RowIssue
{
    std::int64_t line = 0;   // 1-based line where the record starts
    std::int64_t column = 0; // 1-based field number
    std::string columnName;
    std::string value;
    std::string reason;

    std::string describe(const std::string& file) const;
};

struct ImportResult
{
    std::int64_t importId = 0; // import_log id; 0 for a dry run or a refused import
    std::int64_t rowsRead = 0;
    std::int64_t rowsNew = 0;
    std::int64_t rowsUpdated = 0;
    std::int64_t rowsUnchanged = 0;
    std::int64_t rowsRejected = 0;
    std::vector<RowIssue> issues; // the first ImportOptions::maxIssues
    std::string rejectsPath;      // written when rows were rejected (not in a dry run)
    std::string sha256;
    std::string encoding;
    std::string encodingReason;
    char delimiter = ',';
    Mapping mapping; // as used
    std::vector<std::string> unmappedColumns;
    // Things the user should know: created features and surveys, which value decided a
    // column's day/month order or decimal mark, a stale rejects file removed...
    std::vector<std::string> notes;
    bool dryRun = false;
    bool committed = false;
    double seconds = 0;
};

// An all-or-nothing import met bad rows: nothing was written. Carries the full result (issue
// list, counts, the rejects file) for the caller to show; what() names the first problem.
class ImportRejectedError : public InputError
{
public:
    ImportRejectedError(const std::string& file, const RowIssue& first, std::string summary,
                        ImportResult result)
        : InputError(file, first.line, first.column, std::move(summary)),
          m_result(std::move(result))
    {
    }
    const ImportResult& result() const { return m_result; }

private:
    ImportResult m_result;
};

// Dates in a column could be read day-first or month-first and nothing in the file decides:
// the user must choose (--date-order dmy|mdy, or the wizard's question).
class DateOrderNeededError : public InputError
{
public:
    DateOrderNeededError(const std::string& file, std::int64_t line, std::int64_t column,
                         std::string columnName, std::string example)
        : InputError(file, line, column,
                     "the dates in column \"" + columnName + "\" (e.g. \"" + example +
                         "\") can be read day-first or month-first and no value decides; "
                         "choose the order with --date-order dmy or --date-order mdy"),
          m_columnName(std::move(columnName)), m_example(std::move(example))
    {
    }
    const std::string& columnName() const { return m_columnName; }
    const std::string& example() const { return m_example; }

private:
    std::string m_columnName;
    std::string m_example;
};

// Numbers in a column could use the comma or the point for decimals (1,234 or 1.234 alone)
// and no value of the column decides: the user must choose (--decimal point|comma, or the
// wizard's question).
class DecimalMarkNeededError : public InputError
{
public:
    DecimalMarkNeededError(const std::string& file, std::int64_t line, std::int64_t column,
                           std::string columnName, std::string example)
        : InputError(file, line, column,
                     "the numbers in column \"" + columnName + "\" (e.g. \"" + example +
                         "\") can be read with a decimal point or a decimal comma and no value "
                         "decides; choose the mark with --decimal point or --decimal comma"),
          m_columnName(std::move(columnName)), m_example(std::move(example))
    {
    }
    const std::string& columnName() const { return m_columnName; }
    const std::string& example() const { return m_example; }

private:
    std::string m_columnName;
    std::string m_example;
};

// Imports one CSV/TSV file into the workspace as one transaction: rows are upserted by
// external id (new rows inserted, changed rows updated with their old values kept in
// import_changes, identical rows left alone), bad rows are rejected with file, line, column,
// value and reason, and import_log records the file's SHA-256 and counts. Cancel (through
// progress), an exception or a killed process leave the workspace exactly as before.
// Day/month order and decimal mark are decided per column from its values (a note in the
// result says which value decided) or asked for; never guessed.
// Throws ImportRejectedError (all-or-nothing with bad rows), DateOrderNeededError,
// DecimalMarkNeededError, vd::InputError (unreadable file, broken quoting, missing required
// columns, a column that mixes both day/month orders or both decimal marks), CancelledError.
ImportResult importFile(Database& db, const ImportOptions& options,
                        const ProgressCallback& progress = {});

// Column of the preview: header, detected type, auto-mapped target.
struct PreviewColumn
{
    std::string header;
    ColumnType type = ColumnType::Empty;
    std::string target;
    bool dateOrderNeeded = false; // ambiguous dates, nothing decides in the preview rows
    DateOrder dateOrder = DateOrder::Unknown;
    DecimalMark decimal = DecimalMark::Unknown;
    bool decimalNeeded = false; // numbers such as 1,234 and nothing decides in the preview rows
};

// The first rows of a file as the import wizard shows them, with what was detected.
struct FilePreview
{
    EncodingGuess encoding;
    char delimiter = ',';
    std::vector<PreviewColumn> columns;
    std::vector<std::vector<std::string>> rows; // first maxRows records, as text
    Mapping mapping;                            // automatic for the kind
    std::int64_t estimatedRows = 0;             // from the file size and the preview rows
};

struct PreviewOptions
{
    std::string encoding; // empty = detect
    char delimiter = 0;   // 0 = sniff
    std::size_t maxRows = 20;
    std::size_t profileRows = 1000; // rows read to detect column types
};

FilePreview previewFile(const std::string& path, ImportKind kind,
                        const PreviewOptions& options = {});

// The default rejects file for a source file: <dir>/<stem>.rejects.csv.
std::string defaultRejectsPath(const std::string& file);

} // namespace vd::io
