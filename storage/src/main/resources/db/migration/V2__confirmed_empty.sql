-- Spans [start_time, end_time) in which the venue answered a history request and had no bars: confirmed empty, so
-- gap repair does not ask for them again. Keyed by text like series, not by series.id, because a venue can confirm a
-- span empty before the series has a single stored bar. Writers merge overlapping and touching spans, so the rows of
-- one series never overlap and a lookup is one range scan of the primary key.
CREATE TABLE confirmed_empty (
    exchange   TEXT    NOT NULL,
    symbol     TEXT    NOT NULL,
    timeframe  TEXT    NOT NULL,
    start_time INTEGER NOT NULL,
    end_time   INTEGER NOT NULL CHECK (end_time > start_time),
    PRIMARY KEY (exchange, symbol, timeframe, start_time)
) STRICT, WITHOUT ROWID;
