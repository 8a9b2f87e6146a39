#pragma once

#include "valuedesk/Progress.h"

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::io {

enum class ExportFormat { Csv, Json };

// ".json" -> Json, anything else Csv.
ExportFormat formatForPath(const std::string& path);
ExportFormat parseExportFormat(const std::string& text); // "csv" | "json"

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    bool bom = false; // UTF-8 byte-order mark before CSV, for Excel
    char delimiter = ',';
    // Columns named ts or *_at hold UTC Unix seconds; write them as "YYYY-MM-DD HH:MM:SS"
    // (which the importer reads back exactly) unless raw numbers are asked for.
    bool isoTimes = true;
};

struct ExportResult
{
    std::vector<std::string> columns;
    std::int64_t rows = 0;
};

// Writes rows to analysts' tools: RFC 4180 CSV (UTF-8, CRLF, optional BOM; an empty string
// is written "" and NULL as nothing, so both survive a re-import) or a JSON array of objects
// with typed values. Reals are written in their shortest exact form. Streams row by row, so
// memory does not grow with the table. Every name that reaches SQL is checked against the
// schema first.

// Any table or view of the workspace. Rows that point at a customer, survey, response or
// interaction also get its external id or name (customer_external_id, survey,
// response_external_id, interaction_external_id), so the file imports into another workspace.
ExportResult exportTable(Database& db, const std::string& table, std::ostream& out,
                         const ExportOptions& options = {}, const ProgressCallback& progress = {});

// The members of the newest saved segment of that name, with every customer column and the
// member's label (segment_label).
ExportResult exportSegment(Database& db, const std::string& segment, std::ostream& out,
                           const ExportOptions& options = {});

// The result of one read-only SELECT (an analysis query); anything that would write is
// refused.
ExportResult exportQuery(Database& db, const std::string& sql, std::ostream& out,
                         const ExportOptions& options = {});

// A Kano study in the wide form the importer reads: one row per respondent,
// <feature>_functional / _dysfunctional / _importance columns with the answer codes 1-5.
ExportResult exportKanoStudy(Database& db, const std::string& study, std::ostream& out,
                             const ExportOptions& options = {});

// Tables and views that exportTable accepts.
std::vector<std::string> exportableTables(Database& db);

// Opens path, lets write fill it, and replaces path only when write succeeded (a failed
// export never leaves a half file behind).
ExportResult exportToFile(const std::string& path,
                          const std::function<ExportResult(std::ostream&)>& write);

} // namespace vd::io
