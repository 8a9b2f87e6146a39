#pragma once

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/storage/Database.h"

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace vd::test {

// Loads the CDNOW sample (tests/data/cdnow/CDNOW_sample.txt: " 00004 0001 19970101  2   29.33",
// whitespace-separated, CRLF) into a workspace: one customer per sample id (customers.id = the
// sample id 1..2357, external_id = the master id) and one transaction per row, dated midnight
// UTC. A small fixture loader with prepared statements, independent of the general importer.
inline std::int64_t loadCdnowSample(Database& db, const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "cannot open the CDNOW sample");
    struct Row
    {
        std::string master;
        std::int64_t id;
        std::int64_t ts;
        std::int64_t cds;
        double value;
    };
    std::vector<Row> rows;
    std::string line;
    std::int64_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        std::istringstream fields(line);
        Row r;
        std::string date;
        if (!(fields >> r.master >> r.id >> date >> r.cds >> r.value) || date.size() != 8)
            throw InputError(path, lineNo, 0,
                             "expected: master id, sample id, YYYYMMDD, CDs, value");
        const int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(4, 2)),
                  d = std::stoi(date.substr(6, 2));
        if (!date::isValid(y, m, d))
            throw InputError(path, lineNo, 0, "invalid date " + date);
        r.ts = date::toEpoch(y, m, d);
        rows.push_back(r);
    }
    std::map<std::int64_t, std::pair<std::string, std::int64_t>> customers; // id -> master, first
    for (const auto& r : rows) {
        auto [it, inserted] = customers.try_emplace(r.id, r.master, r.ts);
        if (!inserted && r.ts < it->second.second)
            it->second.second = r.ts;
    }
    Transaction tx(db);
    Statement insertCustomer =
        db.prepare("INSERT INTO customers(id, external_id, name, created_at) VALUES (?, ?, ?, ?)");
    for (const auto& [id, info] : customers) {
        insertCustomer.bindAll(id, info.first, "CDNOW customer " + std::to_string(id), info.second);
        insertCustomer.run();
    }
    Statement insertOrder = db.prepare(
        "INSERT INTO transactions(customer_id, ts, amount, quantity) VALUES (?, ?, ?, ?)");
    for (const auto& r : rows) {
        insertOrder.bindAll(r.id, r.ts, r.value, r.cds);
        insertOrder.run();
    }
    tx.commit();
    return static_cast<std::int64_t>(rows.size());
}

// One row of cdnow_customers_summary_with_transactions.csv (zbar = 0 when absent).
struct CdnowSummaryRow
{
    std::int64_t id = 0;
    double x = 0, tx = 0, T = 0, zbar = 0;
};

// Reads either summary CSV ("ID,frequency,recency,T" or "ID,x,t_x,T,zbar").
inline std::map<std::int64_t, CdnowSummaryRow> readCdnowSummary(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "cannot open the summary file");
    std::map<std::int64_t, CdnowSummaryRow> out;
    std::string line;
    std::getline(in, line); // header
    std::int64_t lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ','))
            f.push_back(cell);
        if (f.size() < 4)
            throw InputError(path, lineNo, 0, "expected at least 4 fields");
        CdnowSummaryRow r;
        r.id = std::stoll(f[0]);
        r.x = std::stod(f[1]);
        r.tx = std::stod(f[2]);
        r.T = std::stod(f[3]);
        if (f.size() > 4)
            r.zbar = std::stod(f[4]);
        out[r.id] = r;
    }
    return out;
}

} // namespace vd::test
