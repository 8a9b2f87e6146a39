#pragma once

// SQL of schema migration 4 (loyalty): the retention rollup. Kept in its own file so that it
// merges independently of the other migrations; docs/architecture.md describes the data model.
namespace vd::schema {

// Buyers per calendar period (ISO week, month, quarter) over all orders: what retention,
// repurchase and churn of the whole customer base need, so that the loyalty dashboard reads a
// few hundred rows instead of every order. A cache the loyalty module maintains: rebuilt from
// transactions when period_buyers_state is missing, updated customer by customer when orders
// were only appended (new ids); updates and deletes of transactions drop the state row by
// trigger so that the next refresh rebuilds.
inline constexpr const char* kV4 = R"SQL(
CREATE TABLE period_buyers (
    grain         TEXT NOT NULL CHECK (grain IN ('week', 'month', 'quarter')),
    period_start  INTEGER NOT NULL, -- UTC Unix seconds, 00:00 of the period's first day
    buyers        INTEGER NOT NULL, -- customers with at least one order (is_return = 0)
    repeat_buyers INTEGER NOT NULL, -- buyers with at least two orders
    retained      INTEGER NOT NULL, -- buyers who also bought in the previous period
    orders        INTEGER NOT NULL,
    revenue       REAL NOT NULL,    -- orders minus the absolute amount of returns
    PRIMARY KEY (grain, period_start)
) WITHOUT ROWID;
CREATE TABLE period_buyers_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    transactions INTEGER NOT NULL, -- count(*) of transactions when last brought up to date
    max_id       INTEGER NOT NULL, -- max(id) then
    built_at     INTEGER NOT NULL
);
CREATE TRIGGER transactions_buyers_update AFTER UPDATE OF customer_id, ts, amount, is_return
ON transactions BEGIN
    DELETE FROM period_buyers_state;
END;
CREATE TRIGGER transactions_buyers_delete AFTER DELETE ON transactions BEGIN
    DELETE FROM period_buyers_state;
END;
)SQL";

} // namespace vd::schema
