#include "io/ImportSupport.h"
#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace vd;
using vd::io::detail::BatchInsert;
using vd::io::detail::ChangeLog;
using vd::io::detail::Value;

// The importer's multi-row INSERT (issue 3, import of big files): a batch is written in order
// up to the first row a constraint refuses, also when it goes in pieces, and the rows written
// get consecutive ids that the undo log records.

namespace {

class BatchInsertTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<Database>(m_dir.file("w.vdw"));
        m_db->exec("INSERT INTO customers (id, external_id, created_at) VALUES (1, 'C1', 0)");
        m_db->exec("INSERT INTO import_log (id, started_at, kind, file, status) "
                   "VALUES (1, 0, 'transactions', 'f.csv', 'done')");
        m_log = std::make_unique<ChangeLog>(*m_db, 1);
    }

    BatchInsert batch(std::size_t capacity)
    {
        return BatchInsert(*m_db, *m_log, "transactions",
                           {"external_id", "customer_id", "ts", "amount"}, capacity);
    }
    static std::vector<Value> row(const std::string& id, double amount)
    {
        return {Value::text(id), Value::integer(1), Value::integer(86400), Value::real(amount)};
    }
    std::int64_t count() { return m_db->queryInt("SELECT count(*) FROM transactions"); }

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_log;
};

} // namespace

TEST_F(BatchInsertTest, CapacityIsAPowerOfTwoWithinTheLimitOfBoundValues)
{
    EXPECT_EQ(batch(1000).capacity(), 512u);
    EXPECT_EQ(batch(1024).capacity(), 1024u);
    EXPECT_EQ(batch(0).capacity(), 1u);
    const auto limit =
        static_cast<std::size_t>(sqlite3_limit(m_db->handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1));
    const std::size_t huge = batch(1u << 20).capacity();
    EXPECT_LE(huge * 4, limit);
    EXPECT_GT(huge * 2 * 4, limit) << "the largest power of two that fits";
}

TEST_F(BatchInsertTest, ShortBatchGoesInPiecesWithConsecutiveIds)
{
    BatchInsert b = batch(8);
    // 7 rows: pieces of 4, 2 and 1; borrowed and copied rows mixed.
    // Borrowed rows keep their text where it is: the ids must outlive the flush.
    std::vector<std::string> ids;
    for (int i = 0; i < 7; ++i)
        ids.push_back("T" + std::to_string(i));
    std::vector<std::vector<Value>> kept;
    for (int i = 0; i < 7; ++i)
        kept.push_back(row(ids[static_cast<std::size_t>(i)], 10.0 + i));
    for (int i = 0; i < 7; ++i) {
        if (i % 2)
            b.add(row(ids[static_cast<std::size_t>(i)], 10.0 + i));
        else
            b.addBorrowed(kept[static_cast<std::size_t>(i)]);
    }
    EXPECT_EQ(b.size(), 7u);
    ASSERT_EQ(b.flush(), 7u);
    EXPECT_EQ(b.size(), 0u);
    Statement st = m_db->prepare("SELECT id, external_id, amount FROM transactions ORDER BY id");
    for (int i = 0; i < 7; ++i) {
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.getInt(0), i + 1);
        EXPECT_EQ(st.getText(1), "T" + std::to_string(i));
        EXPECT_DOUBLE_EQ(st.getDouble(2), 10.0 + i);
    }
    EXPECT_FALSE(st.step());
    m_log->flush();
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM import_changes WHERE action = 'insert'"), 1)
        << "one run of ids";
    EXPECT_EQ(m_db->queryInt("SELECT last_row_id - row_id FROM import_changes"), 6);
}

TEST_F(BatchInsertTest, RefusedRowInALaterPieceKeepsTheRowsBeforeIt)
{
    BatchInsert b = batch(8);
    b.add(row("A", 1));
    ASSERT_EQ(b.flush(), 1u);
    // 7 rows in pieces of 4, 2 and 1: the piece of 2 holds a stored id in its second row.
    for (const char* id : {"B", "C", "D", "E", "F", "A", "G"})
        b.add(row(id, 2));
    EXPECT_EQ(b.flush(), 5u) << "B..F are written, A is refused, G is not tried";
    EXPECT_EQ(b.size(), 0u);
    EXPECT_EQ(count(), 6);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM transactions WHERE external_id = 'G'"), 0);
    EXPECT_EQ(m_db->queryInt("SELECT amount FROM transactions WHERE external_id = 'A'"), 1)
        << "the stored row is untouched";
    m_log->flush();
    EXPECT_EQ(m_db->queryInt("SELECT sum(last_row_id - row_id + 1) FROM import_changes "
                             "WHERE action = 'insert'"),
              6)
        << "the undo log holds exactly the rows written";
    // The batch is usable afterwards, and ids stay consecutive.
    b.add(row("G", 2));
    b.add(row("H", 2));
    ASSERT_EQ(b.flush(), 2u);
    EXPECT_EQ(count(), 8);
    EXPECT_EQ(m_db->queryInt("SELECT max(id) FROM transactions"), 8);
}

TEST_F(BatchInsertTest, RefusedFullBatchKeepsTheRowsBeforeTheRefusedOne)
{
    BatchInsert b = batch(4);
    for (const char* id : {"X", "Y", "Z", "X"})
        b.add(row(id, 1));
    EXPECT_TRUE(b.full());
    EXPECT_EQ(b.flush(), 3u) << "a duplicate id within the batch";
    EXPECT_EQ(count(), 3);
}

TEST_F(BatchInsertTest, RefusedFirstRowWritesAndLogsNothing)
{
    BatchInsert b = batch(4);
    b.add(row("X", 1));
    ASSERT_EQ(b.flush(), 1u);
    m_log->flush();
    const std::int64_t logged = m_db->queryInt("SELECT count(*) FROM import_changes");
    for (const char* id : {"X", "Y", "Z", "W"})
        b.add(row(id, 1));
    EXPECT_EQ(b.flush(), 0u);
    EXPECT_EQ(count(), 1);
    m_log->flush();
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM import_changes"), logged);
}

TEST_F(BatchInsertTest, CheckConstraintRefusesLikeAKey)
{
    BatchInsert b(*m_db, *m_log, "transactions",
                  {"external_id", "customer_id", "ts", "amount", "is_return"}, 4);
    const std::vector<Value> good{Value::text("R1"), Value::integer(1), Value::integer(0),
                                  Value::real(1), Value::integer(0)};
    const std::vector<Value> bad{Value::text("R2"), Value::integer(1), Value::integer(0),
                                 Value::real(1), Value::integer(7)};
    b.add(good);
    b.add(bad);
    EXPECT_EQ(b.flush(), 1u);
    EXPECT_EQ(count(), 1);
}

TEST_F(BatchInsertTest, EmptyBatchWritesNothing)
{
    BatchInsert b = batch(4);
    EXPECT_EQ(b.flush(), 0u);
    EXPECT_EQ(count(), 0);
}
