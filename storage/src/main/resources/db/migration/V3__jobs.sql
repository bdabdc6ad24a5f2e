-- Scheduled jobs (backfill, gap repair) of the watchlist: when each is next due, so jobs survive a restart. Keyed by
-- text like confirmed_empty, because a job exists before its series has a single stored bar.
CREATE TABLE jobs (
    kind      TEXT    NOT NULL CHECK (kind IN ('backfill', 'gap-repair')),
    exchange  TEXT    NOT NULL,
    symbol    TEXT    NOT NULL,
    timeframe TEXT    NOT NULL,
    next_due  INTEGER NOT NULL,
    PRIMARY KEY (kind, exchange, symbol, timeframe)
) STRICT, WITHOUT ROWID;

-- One row per finished run. Writers keep only the newest runs of each job (SqliteJobStore.RUNS_KEPT_PER_JOB).
CREATE TABLE job_runs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    exchange     TEXT    NOT NULL,
    symbol       TEXT    NOT NULL,
    timeframe    TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    ended_at     INTEGER NOT NULL CHECK (ended_at >= started_at),
    outcome      TEXT    NOT NULL CHECK (outcome IN ('ok', 'failed', 'cancelled')),
    message      TEXT    NOT NULL,
    bars_fetched INTEGER NOT NULL CHECK (bars_fetched >= 0)
) STRICT;

CREATE INDEX job_runs_newest_first ON job_runs (kind, exchange, symbol, timeframe, started_at DESC, id DESC);
