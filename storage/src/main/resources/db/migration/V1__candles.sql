-- One row per stored series. Keys are text only here; candles refer to the integer id, which keeps the big table
-- small and its primary key cheap to compare. bar_count and first/last open time are maintained by every upsert in
-- the same transaction, so listing series never scans candles. version grows on every committed change.
CREATE TABLE series (
    id              INTEGER PRIMARY KEY,
    exchange        TEXT    NOT NULL,
    symbol          TEXT    NOT NULL,
    timeframe       TEXT    NOT NULL,
    price_scale     INTEGER NOT NULL CHECK (price_scale BETWEEN 0 AND 18),
    volume_scale    INTEGER NOT NULL CHECK (volume_scale BETWEEN 0 AND 18),
    bar_count       INTEGER NOT NULL DEFAULT 0,
    first_open_time INTEGER,
    last_open_time  INTEGER,
    version         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (exchange, symbol, timeframe)
) STRICT;

-- Fixed-point mantissas (value = mantissa / 10^scale of the series): no REAL anywhere, so prices are exact. STRICT
-- makes SQLite refuse a REAL that an overflowing multiplication would produce instead of storing it silently.
-- No foreign key on series_id: enforcing it costs one extra B-tree seek per inserted row.
CREATE TABLE candles (
    series_id INTEGER NOT NULL,
    open_time INTEGER NOT NULL,
    open      INTEGER NOT NULL,
    high      INTEGER NOT NULL,
    low       INTEGER NOT NULL,
    close     INTEGER NOT NULL,
    volume    INTEGER NOT NULL,
    PRIMARY KEY (series_id, open_time)
) STRICT, WITHOUT ROWID;
