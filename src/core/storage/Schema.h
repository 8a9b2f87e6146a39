#pragma once

// SQL of each schema migration. Times are INTEGER UTC Unix seconds; money is REAL in the
// workspace currency; free-form lists (tags, channels, KPI definitions) are JSON text.
// docs/architecture.md describes the data model.
namespace vd::schema {

inline constexpr const char* kV1 = R"SQL(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE import_log (
    id            INTEGER PRIMARY KEY,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    kind          TEXT NOT NULL,
    file          TEXT NOT NULL,
    sha256        TEXT,
    rows_new      INTEGER NOT NULL DEFAULT 0,
    rows_updated  INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    status        TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'undone', 'dry_run')),
    options       TEXT
);

-- What an import changed, so that undo can restore it: inserted rows are deleted, updated
-- rows get their old values (JSON of the columns) back. An 'insert' row covers the run of
-- new ids row_id..last_row_id (one row per run, not per inserted row, so that a 10^7-row
-- import does not write 10^7 change records).
CREATE TABLE import_changes (
    id         INTEGER PRIMARY KEY,
    import_id  INTEGER NOT NULL REFERENCES import_log(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update')),
    old_values TEXT,
    last_row_id INTEGER
);
CREATE INDEX idx_import_changes_import ON import_changes(import_id);

CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    external_id     TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL DEFAULT '',
    email           TEXT,
    phone           TEXT,
    company         TEXT,
    -- geographic
    country         TEXT,
    region          TEXT,
    city            TEXT,
    -- demographic
    birth_year      INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1880 AND 2100),
    gender          TEXT,
    income_band     TEXT,
    education       TEXT,
    -- psychographic
    lifestyle       TEXT,
    values_tags     TEXT,
    -- behavioural
    channel         TEXT,
    usage_frequency TEXT,
    loyalty_tier    TEXT,
    -- consent
    consent_email   INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1)),
    consent_sms     INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1)),
    consent_phone   INTEGER NOT NULL DEFAULT 0 CHECK (consent_phone IN (0, 1)),
    created_at      INTEGER NOT NULL
);
CREATE INDEX idx_customers_name ON customers(name);
CREATE INDEX idx_customers_country ON customers(country, city);
CREATE INDEX idx_customers_created ON customers(created_at);
CREATE INDEX idx_customers_tier ON customers(loyalty_tier);

CREATE TABLE transactions (
    id          INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ts          INTEGER NOT NULL,
    amount      REAL NOT NULL,
    cost        REAL,
    quantity    INTEGER NOT NULL DEFAULT 1,
    channel     TEXT,
    product     TEXT,
    category    TEXT,
    is_return   INTEGER NOT NULL DEFAULT 0 CHECK (is_return IN (0, 1))
);
CREATE INDEX idx_transactions_customer_ts ON transactions(customer_id, ts);
CREATE INDEX idx_transactions_ts ON transactions(ts);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ts          INTEGER NOT NULL,
    channel     TEXT NOT NULL
        CHECK (channel IN ('store', 'web', 'app', 'phone', 'email', 'chat', 'social')),
    touchpoint  TEXT,
    summary     TEXT
);
CREATE INDEX idx_interactions_customer_ts ON interactions(customer_id, ts);

CREATE TABLE surveys (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL DEFAULT 'transactional'
        CHECK (kind IN ('relationship', 'transactional')),
    created_at INTEGER NOT NULL
);

-- One answered survey. Each score is NULL when the item was not answered; metrics exclude
-- NULLs from their denominators.
CREATE TABLE responses (
    id          INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    survey_id   INTEGER REFERENCES surveys(id) ON DELETE SET NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    ts          INTEGER NOT NULL,
    channel     TEXT,
    touchpoint  TEXT,
    nps         INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
    csat        INTEGER CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    ces         INTEGER CHECK (ces IS NULL OR ces BETWEEN 1 AND 7),
    comment     TEXT
);
CREATE INDEX idx_responses_ts ON responses(ts);
CREATE INDEX idx_responses_customer ON responses(customer_id, ts);
CREATE INDEX idx_responses_touchpoint ON responses(touchpoint, ts);

-- Daily score counts per channel and touchpoint ('' for none): a cache the loyalty module
-- rebuilds from responses when response_daily_state is missing or its row count / max id no
-- longer match (inserts); updates and deletes of responses drop the state row.
CREATE TABLE response_daily (
    day             INTEGER NOT NULL, -- floor(ts / 86400)
    channel         TEXT NOT NULL,
    touchpoint      TEXT NOT NULL,
    responses       INTEGER NOT NULL,
    nps_detractors  INTEGER NOT NULL,
    nps_passives    INTEGER NOT NULL,
    nps_promoters   INTEGER NOT NULL,
    csat_n          INTEGER NOT NULL,
    csat_top2       INTEGER NOT NULL,
    csat_sum        INTEGER NOT NULL,
    csat_sumsq      INTEGER NOT NULL,
    ces_n           INTEGER NOT NULL,
    ces_agree       INTEGER NOT NULL,
    ces_sum         INTEGER NOT NULL,
    ces_sumsq       INTEGER NOT NULL,
    PRIMARY KEY (day, channel, touchpoint)
) WITHOUT ROWID;
CREATE TABLE response_daily_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    responses INTEGER NOT NULL,
    max_id    INTEGER NOT NULL,
    built_at  INTEGER NOT NULL
);
CREATE TRIGGER responses_daily_update AFTER UPDATE OF ts, channel, touchpoint, nps, csat, ces
ON responses BEGIN
    DELETE FROM response_daily_state;
END;
CREATE TRIGGER responses_daily_delete AFTER DELETE ON responses BEGIN
    DELETE FROM response_daily_state;
END;

-- Attributes customers rate; each maps to a value-pyramid layer and value components.
CREATE TABLE attributes (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    name_zh   TEXT,
    layer     TEXT CHECK (layer IS NULL OR layer IN ('basic', 'value_added', 'differentiation')),
    component TEXT CHECK (component IS NULL OR component IN
        ('functional', 'emotional', 'social', 'time_cost', 'economic_cost')),
    kotler    TEXT CHECK (kotler IS NULL OR kotler IN
        ('product', 'service', 'personnel', 'image', 'money', 'time', 'energy', 'physical')),
    is_cost   INTEGER NOT NULL DEFAULT 0 CHECK (is_cost IN (0, 1))
);

-- Ratings on a 1..7 scale: importance, performance (experience) and expectation.
CREATE TABLE attribute_ratings (
    response_id  INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    importance   REAL CHECK (importance IS NULL OR importance BETWEEN 1 AND 7),
    performance  REAL CHECK (performance IS NULL OR performance BETWEEN 1 AND 7),
    expectation  REAL CHECK (expectation IS NULL OR expectation BETWEEN 1 AND 7),
    PRIMARY KEY (response_id, attribute_id)
) WITHOUT ROWID;
CREATE INDEX idx_attribute_ratings_attribute ON attribute_ratings(attribute_id);

CREATE TABLE kano_studies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE kano_features (
    id       INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES kano_studies(id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    name_zh  TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (study_id, code)
);

CREATE TABLE kano_respondents (
    id          INTEGER PRIMARY KEY,
    study_id    INTEGER NOT NULL REFERENCES kano_studies(id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    external_id TEXT,
    ts          INTEGER,
    UNIQUE (study_id, external_id)
);

-- Answers coded 1 like, 2 must-be (expect), 3 neutral, 4 live-with (tolerate), 5 dislike.
CREATE TABLE kano_answers (
    respondent_id INTEGER NOT NULL REFERENCES kano_respondents(id) ON DELETE CASCADE,
    feature_id    INTEGER NOT NULL REFERENCES kano_features(id) ON DELETE CASCADE,
    functional    INTEGER NOT NULL CHECK (functional BETWEEN 1 AND 5),
    dysfunctional INTEGER NOT NULL CHECK (dysfunctional BETWEEN 1 AND 5),
    importance    REAL,
    PRIMARY KEY (respondent_id, feature_id)
) WITHOUT ROWID;
CREATE INDEX idx_kano_answers_feature ON kano_answers(feature_id);

CREATE TABLE feedback_cases (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    response_id    INTEGER REFERENCES responses(id) ON DELETE SET NULL,
    interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
    external_id    TEXT UNIQUE,
    category       TEXT,
    sentiment      REAL,
    status         TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'assigned', 'resolved', 'informed')),
    owner          TEXT,
    summary        TEXT,
    opened_at      INTEGER NOT NULL,
    due_at         INTEGER,
    assigned_at    INTEGER,
    resolved_at    INTEGER,
    informed_at    INTEGER,
    value_at_risk  REAL
);
CREATE INDEX idx_feedback_cases_status ON feedback_cases(status, due_at);
CREATE INDEX idx_feedback_cases_customer ON feedback_cases(customer_id);
CREATE UNIQUE INDEX idx_feedback_cases_response ON feedback_cases(response_id)
    WHERE response_id IS NOT NULL;
CREATE UNIQUE INDEX idx_feedback_cases_interaction ON feedback_cases(interaction_id)
    WHERE interaction_id IS NOT NULL;
CREATE INDEX idx_feedback_cases_owner ON feedback_cases(owner, status);

CREATE TABLE personas (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    avatar      TEXT,
    age         INTEGER,
    occupation  TEXT,
    income      TEXT,
    behaviour   TEXT,
    needs       TEXT,
    pain_points TEXT,
    goals       TEXT,
    motivations TEXT,
    channels    TEXT,
    quote       TEXT
);

CREATE TABLE journey_maps (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    persona_id    INTEGER REFERENCES personas(id) ON DELETE SET NULL,
    description   TEXT,
    kind          TEXT NOT NULL DEFAULT 'as_is' CHECK (kind IN ('as_is', 'to_be')),
    source_map_id INTEGER REFERENCES journey_maps(id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE journey_stages (
    id          INTEGER PRIMARY KEY,
    map_id      INTEGER NOT NULL REFERENCES journey_maps(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT
);
CREATE INDEX idx_journey_stages_map ON journey_stages(map_id, position);

-- code links a touchpoint to responses.touchpoint / interactions.touchpoint for live KPIs.
CREATE TABLE journey_touchpoints (
    id          INTEGER PRIMARY KEY,
    stage_id    INTEGER NOT NULL REFERENCES journey_stages(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    code        TEXT,
    channel     TEXT,
    action      TEXT,
    thoughts    TEXT,
    emotion     INTEGER NOT NULL DEFAULT 0 CHECK (emotion BETWEEN -2 AND 2),
    pain_points TEXT,
    backstage   TEXT,
    kpis        TEXT
);
CREATE INDEX idx_journey_touchpoints_stage ON journey_touchpoints(stage_id, position);

CREATE TABLE journey_opportunities (
    id            INTEGER PRIMARY KEY,
    touchpoint_id INTEGER NOT NULL REFERENCES journey_touchpoints(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    text          TEXT NOT NULL,
    owner         TEXT,
    priority      INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'solved'))
);

CREATE TABLE loyalty_tiers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    min_points INTEGER NOT NULL,
    position   INTEGER NOT NULL
);

-- Positive points are earned, negative redeemed.
CREATE TABLE loyalty_points (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    transaction_id INTEGER REFERENCES transactions(id) ON DELETE SET NULL,
    ts             INTEGER NOT NULL,
    points         INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'adjust'))
);
CREATE INDEX idx_loyalty_points_customer ON loyalty_points(customer_id, ts);

-- A saved segment is a snapshot: its definition (JSON) and the members it had when saved.
-- label carries the sub-group (RFM segment name, cluster number, tier) of each member.
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL
        CHECK (kind IN ('rfm', 'kmeans', 'rule', 'tier', 'pyramid', 'manual')),
    definition  TEXT NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL,
    UNIQUE (name, created_at)
);

CREATE TABLE segment_members (
    segment_id  INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    label       TEXT,
    PRIMARY KEY (segment_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX idx_segment_members_customer ON segment_members(customer_id);

CREATE TABLE model_runs (
    id              INTEGER PRIMARY KEY,
    model           TEXT NOT NULL,
    params          TEXT NOT NULL,
    calibration_end INTEGER,
    holdout_end     INTEGER,
    time_unit       TEXT,
    log_likelihood  REAL,
    n_customers     INTEGER,
    converged       INTEGER,
    created_at      INTEGER NOT NULL,
    notes           TEXT
);

-- Per-customer results of a model run (CLV, P(alive), expected purchases).
CREATE TABLE customer_predictions (
    run_id                INTEGER NOT NULL REFERENCES model_runs(id) ON DELETE CASCADE,
    customer_id           INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    frequency             REAL,
    recency               REAL,
    age                   REAL,
    monetary              REAL,
    p_alive               REAL,
    expected_transactions REAL,
    expected_spend        REAL,
    clv                   REAL,
    -- discounted margin lost if the customer has left: (1 - P(alive)) x CLV if alive
    value_at_risk         REAL,
    PRIMARY KEY (run_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX idx_customer_predictions_customer ON customer_predictions(customer_id);

-- The predictions every other view uses: those of the newest predictive CLV run.
CREATE VIEW current_predictions AS
SELECT p.* FROM customer_predictions p
WHERE p.run_id = (SELECT max(r.id) FROM model_runs r
                  WHERE r.model IN ('bgnbd', 'paretonbd', 'mbgnbd', 'simple'));
)SQL";

// Full-text search over the fields people type into a search box. External-content FTS5
// table kept in step by triggers; 'rebuild' indexes customers that existed before v2.
inline constexpr const char* kV2 = R"SQL(
CREATE VIRTUAL TABLE customers_fts USING fts5(
    name, email, company, city,
    content='customers', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts(rowid, name, email, company, city)
    VALUES (new.id, new.name, new.email, new.company, new.city);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, email, company, city)
    VALUES ('delete', old.id, old.name, old.email, old.company, old.city);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, email, company, city ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, email, company, city)
    VALUES ('delete', old.id, old.name, old.email, old.company, old.city);
    INSERT INTO customers_fts(rowid, name, email, company, city)
    VALUES (new.id, new.name, new.email, new.company, new.city);
END;
INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');
)SQL";

// Indexes for every column the customer list sorts by that had none, and a full-text index
// in which Chinese (and Japanese) text is searchable by any substring.
//
// Sorting: the list pages with ORDER BY <column>, id LIMIT/OFFSET. An index on a rowid table
// ends with the rowid (= id), so an index on the column alone already yields the id
// tie-break in order, both ways; without it every page sorted all rows in a temp b-tree.
// name, (country, city), loyalty_tier and created_at are indexed since v1, external_id is
// UNIQUE.
//
// Search: unicode61 makes a run of Han characters one token ("王旭涛"), so neither the given
// name "旭涛" nor a character of it could be found. customers_fts gains, beside each text
// column, a derived column in which every CJK character is a token of its own
// (vd_search_cjk(), registered by vd::Database on every connection; NULL for text without
// CJK). A CJK query is then a phrase of single characters (CustomerRepository::ftsQuery).
// The external content is a view, so 'rebuild' (here and after a bulk load) recomputes the
// derived columns.
inline constexpr const char* kV3 = R"SQL(
CREATE INDEX idx_customers_email ON customers(email);
CREATE INDEX idx_customers_company ON customers(company);
CREATE INDEX idx_customers_city ON customers(city);
CREATE INDEX idx_customers_birth_year ON customers(birth_year);
CREATE INDEX idx_customers_channel ON customers(channel);

DROP TRIGGER customers_fts_insert;
DROP TRIGGER customers_fts_delete;
DROP TRIGGER customers_fts_update;
DROP TABLE customers_fts;
CREATE VIEW customers_fts_source AS
SELECT id, name, email, company, city,
       vd_search_cjk(name) AS name_cjk, vd_search_cjk(company) AS company_cjk,
       vd_search_cjk(city) AS city_cjk
FROM customers;
CREATE VIRTUAL TABLE customers_fts USING fts5(
    name, email, company, city, name_cjk, company_cjk, city_cjk,
    content='customers_fts_source', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts(rowid, name, email, company, city, name_cjk, company_cjk, city_cjk)
    VALUES (new.id, new.name, new.email, new.company, new.city, vd_search_cjk(new.name),
            vd_search_cjk(new.company), vd_search_cjk(new.city));
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, email, company, city, name_cjk,
                              company_cjk, city_cjk)
    VALUES ('delete', old.id, old.name, old.email, old.company, old.city,
            vd_search_cjk(old.name), vd_search_cjk(old.company), vd_search_cjk(old.city));
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, email, company, city ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, email, company, city, name_cjk,
                              company_cjk, city_cjk)
    VALUES ('delete', old.id, old.name, old.email, old.company, old.city,
            vd_search_cjk(old.name), vd_search_cjk(old.company), vd_search_cjk(old.city));
    INSERT INTO customers_fts(rowid, name, email, company, city, name_cjk, company_cjk, city_cjk)
    VALUES (new.id, new.name, new.email, new.company, new.city, vd_search_cjk(new.name),
            vd_search_cjk(new.company), vd_search_cjk(new.city));
END;
INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');
)SQL";

} // namespace vd::schema
