#pragma once

#include "valuedesk/Progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vd {
class Database;
}

namespace vd::io {

// One row of import_log: what was imported when, from which file (and its SHA-256), with
// what result. The history table of the import page and `valuedesk-cli import log`.
struct ImportLogEntry
{
    std::int64_t id = 0;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> finishedAt;
    std::string kind;
    std::string file;
    std::string sha256;
    std::int64_t rowsNew = 0;
    std::int64_t rowsUpdated = 0;
    std::int64_t rowsRejected = 0;
    std::string status;  // done, undone
    std::string options; // JSON: mode, encoding, delimiter, mapping, rows read/unchanged
};

// Newest first.
std::vector<ImportLogEntry> listImports(Database& db, std::int64_t limit = 200);

struct UndoResult
{
    std::int64_t rowsDeleted = 0;  // rows the import had added (cascades not counted)
    std::int64_t rowsRestored = 0; // rows it had updated, back to their old values
};

// Restores the workspace to how it was before import `importId`: rows it added are deleted
// (with what hangs off them), rows it updated get their old values back (ratings and Kano
// answers included). Imports are undone newest first: while a later import is still in
// place, undoing an earlier one is refused, because the later one may have changed the same
// rows. One transaction; throws vd::InputError for an unknown or already undone import.
UndoResult undoImport(Database& db, std::int64_t importId, const ProgressCallback& progress = {});

} // namespace vd::io
