#include "valuedesk/io/ImportLog.h"

#include "io/ImportSupport.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace vd::io {

namespace {

// Tables an import writes, children before parents: deleting in this order never trips a
// foreign key, and cascades only remove rows that belong to what is being deleted.
const std::vector<std::string>& undoOrder()
{
    static const std::vector<std::string> order = {
        "feedback_cases", "kano_respondents", "kano_features", "kano_studies", "responses",
        "attributes",     "surveys",          "transactions",  "interactions", "customers"};
    return order;
}

std::set<std::string> columnsOf(Database& db, const std::string& table)
{
    std::set<std::string> out;
    Statement st = db.prepare("SELECT name FROM pragma_table_info(?)");
    st.bindAll(table);
    while (st.step())
        out.insert(st.getText(0));
    return out;
}

} // namespace

std::vector<ImportLogEntry> listImports(Database& db, std::int64_t limit)
{
    std::vector<ImportLogEntry> out;
    Statement st = db.prepare(
        "SELECT id, started_at, finished_at, kind, file, coalesce(sha256, ''), rows_new, "
        "rows_updated, rows_rejected, status, coalesce(options, '') FROM import_log ORDER BY id "
        "DESC LIMIT ?");
    st.bindAll(limit);
    while (st.step()) {
        ImportLogEntry e;
        e.id = st.getInt(0);
        e.startedAt = st.getInt(1);
        e.finishedAt = st.getOptInt(2);
        e.kind = st.getText(3);
        e.file = st.getText(4);
        e.sha256 = st.getText(5);
        e.rowsNew = st.getInt(6);
        e.rowsUpdated = st.getInt(7);
        e.rowsRejected = st.getInt(8);
        e.status = st.getText(9);
        e.options = st.getText(10);
        out.push_back(std::move(e));
    }
    return out;
}

UndoResult undoImport(Database& db, std::int64_t importId, const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    UndoResult result;
    Transaction tx(db);
    Statement entry = db.prepare("SELECT status FROM import_log WHERE id = ?");
    entry.bindAll(importId);
    if (!entry.step())
        throw InputError("there is no import #" + std::to_string(importId));
    if (entry.getText(0) != "done")
        throw InputError("import #" + std::to_string(importId) + " was already undone");
    Statement later = db.prepare(
        "SELECT group_concat('#' || id, ', ') FROM (SELECT id FROM import_log WHERE id > ? AND "
        "status = 'done' ORDER BY id DESC)");
    later.bindAll(importId);
    if (later.step() && !later.isNull(0))
        throw InputError("undo the later import(s) " + later.getText(0) + " first: import #" +
                         std::to_string(importId) +
                         " can only be undone while nothing imported after it is in place");

    const std::int64_t total =
        db.queryInt("SELECT count(*) FROM import_changes WHERE import_id = ?", importId);
    std::int64_t done = 0;
    std::map<std::string, std::set<std::string>> columnCache;
    auto known = [&](const std::string& table) -> const std::set<std::string>& {
        if (std::find(undoOrder().begin(), undoOrder().end(), table) == undoOrder().end())
            throw Error("import #" + std::to_string(importId) + " records a change to table \"" +
                        table + "\", which imports never write; refusing to undo");
        auto it = columnCache.find(table);
        if (it == columnCache.end())
            it = columnCache.emplace(table, columnsOf(db, table)).first;
        return it->second;
    };

    // 1. Updated rows get their old values back, newest change first.
    Statement updates = db.prepare("SELECT table_name, row_id, old_values FROM import_changes "
                                   "WHERE import_id = ? AND action = 'update' ORDER BY id DESC");
    updates.bindAll(importId);
    while (updates.step()) {
        std::string table = updates.getText(0);
        std::int64_t rowId = updates.getInt(1);
        nlohmann::json old = nlohmann::json::parse(updates.getText(2));
        const auto& cols = known(table);
        std::vector<std::pair<std::string, nlohmann::json>> assign;
        for (auto& [k, v] : old.items()) {
            if (k == "ratings" || k == "answers")
                continue;
            if (!cols.count(k))
                throw Error("import #" + std::to_string(importId) + " records an old value of \"" +
                            k + "\", which is not a column of " + table);
            assign.emplace_back(k, v);
        }
        if (!assign.empty()) {
            std::string sql = "UPDATE " + detail::quoteIdentifier(table) + " SET ";
            for (std::size_t i = 0; i < assign.size(); ++i)
                sql += (i ? ", " : "") + detail::quoteIdentifier(assign[i].first) + " = ?";
            Statement up = db.prepare(sql + " WHERE rowid = ?");
            for (std::size_t i = 0; i < assign.size(); ++i)
                detail::bindJson(up.handle(), static_cast<int>(i + 1), assign[i].second);
            up.bind(static_cast<int>(assign.size() + 1), rowId);
            up.run();
        }
        if (old.contains("ratings") && table == "responses") {
            Statement del = db.prepare("DELETE FROM attribute_ratings WHERE response_id = ?");
            del.bindAll(rowId);
            del.run();
            Statement ins =
                db.prepare("INSERT INTO attribute_ratings (response_id, attribute_id, "
                           "importance, performance, expectation) VALUES (?, ?, ?, ?, ?)");
            for (const auto& r : old["ratings"]) {
                ins.bind(1, rowId);
                for (int k = 0; k < 4; ++k)
                    detail::bindJson(ins.handle(), k + 2, r[static_cast<std::size_t>(k)]);
                ins.run();
            }
        }
        if (old.contains("answers") && table == "kano_respondents") {
            Statement del = db.prepare("DELETE FROM kano_answers WHERE respondent_id = ?");
            del.bindAll(rowId);
            del.run();
            Statement ins =
                db.prepare("INSERT INTO kano_answers (respondent_id, feature_id, "
                           "functional, dysfunctional, importance) VALUES (?, ?, ?, ?, ?)");
            for (const auto& a : old["answers"]) {
                ins.bind(1, rowId);
                for (int k = 0; k < 4; ++k)
                    detail::bindJson(ins.handle(), k + 2, a[static_cast<std::size_t>(k)]);
                ins.run();
            }
        }
        ++result.rowsRestored;
        reporter.update(++done, total, "restoring updated rows");
    }

    // 2. Added rows are deleted, children before parents.
    struct Run
    {
        std::int64_t first, last;
    };
    std::map<std::string, std::vector<Run>> runs;
    Statement inserts = db.prepare("SELECT table_name, row_id, coalesce(last_row_id, row_id) FROM "
                                   "import_changes WHERE import_id = ? AND action = 'insert'");
    inserts.bindAll(importId);
    while (inserts.step()) {
        std::string table = inserts.getText(0);
        known(table);
        runs[table].push_back({inserts.getInt(1), inserts.getInt(2)});
    }
    for (const std::string& table : undoOrder()) {
        auto it = runs.find(table);
        if (it == runs.end())
            continue;
        Statement del = db.prepare("DELETE FROM " + detail::quoteIdentifier(table) +
                                   " WHERE rowid BETWEEN ? AND ?");
        for (const Run& r : it->second) {
            del.bindAll(r.first, r.last);
            del.run();
            result.rowsDeleted += db.changes();
            reporter.update(++done, total, "removing added rows");
        }
    }
    Statement mark = db.prepare("UPDATE import_log SET status = 'undone' WHERE id = ?");
    mark.bindAll(importId);
    mark.run();
    tx.commit();
    return result;
}

} // namespace vd::io
