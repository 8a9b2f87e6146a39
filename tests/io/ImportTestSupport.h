#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

namespace vd::test {

inline std::string fixturePath(const std::string& name)
{
    return std::string(VD_TEST_DATA_DIR) + "/io/" + name;
}

inline std::string writeFile(const TempDir& dir, const std::string& name, const std::string& text)
{
    std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

inline std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Customers C001..Cn with fixed ids 1..n, so tests know which id a row must point at.
inline void addCustomers(Database& db, int n, const std::string& prefix = "C")
{
    Statement st = db.prepare("INSERT INTO customers (id, external_id, name, created_at) VALUES (?, ?, ?, 0)");
    for (int i = 1; i <= n; ++i) {
        char id[32];
        std::snprintf(id, sizeof id, "%s%03d", prefix.c_str(), i);
        st.bindAll(i, std::string(id), "Customer " + std::to_string(i));
        st.run();
    }
}

// Every row of a table (or query) as text, for before/after comparisons.
inline std::vector<std::string> dump(Database& db, const std::string& sql)
{
    std::vector<std::string> out;
    Statement st = db.prepare(sql);
    while (st.step()) {
        std::string row;
        for (int c = 0; c < st.columnCount(); ++c) {
            row += c ? "|" : "";
            row += st.isNull(c) ? "<null>" : st.getText(c);
        }
        out.push_back(row);
    }
    return out;
}

// The user data of a workspace: every table an import can touch, plus the import log.
inline std::vector<std::string> snapshot(Database& db)
{
    std::vector<std::string> out;
    for (const char* t : {"customers", "transactions", "interactions", "surveys", "responses",
                          "attributes", "kano_studies", "kano_features", "kano_respondents",
                          "feedback_cases"}) {
        for (auto& r : dump(db, std::string("SELECT * FROM ") + t + " ORDER BY rowid"))
            out.push_back(std::string(t) + ":" + r);
    }
    for (auto& r : dump(db, "SELECT * FROM attribute_ratings ORDER BY response_id, attribute_id"))
        out.push_back("attribute_ratings:" + r);
    for (auto& r : dump(db, "SELECT * FROM kano_answers ORDER BY respondent_id, feature_id"))
        out.push_back("kano_answers:" + r);
    return out;
}

} // namespace vd::test
