-- Price alerts: a level on a symbol (exchange + pair), evaluated on every timeframe's updates of that symbol. The
-- trigger columns are set together, exactly when the state is 'triggered'; bar_open_time and timeframe name the bar
-- the alert fired in. The level is exact decimal text in canonical form, as drawing prices are.
CREATE TABLE price_alerts (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    exchange      TEXT    NOT NULL,
    symbol        TEXT    NOT NULL,
    condition     TEXT    NOT NULL CHECK (condition IN ('crosses-above', 'crosses-below', 'crosses')),
    level         TEXT    NOT NULL CHECK (level GLOB '[0-9]*' AND level NOT GLOB '*[^0-9.]*'
                                          AND level NOT GLOB '*.*.*' AND level NOT GLOB '*.'),
    created_at    INTEGER NOT NULL CHECK (created_at >= 0),
    state         TEXT    NOT NULL CHECK (state IN ('active', 'triggered')),
    triggered_at  INTEGER CHECK (triggered_at >= 0),
    timeframe     TEXT,
    bar_open_time INTEGER CHECK (bar_open_time >= 0),
    direction     TEXT    CHECK (direction IN ('up', 'down')),
    CHECK ((state = 'triggered') = (triggered_at IS NOT NULL)),
    CHECK ((triggered_at IS NULL) = (timeframe IS NULL) AND (timeframe IS NULL) = (bar_open_time IS NULL)
           AND (bar_open_time IS NULL) = (direction IS NULL))
) STRICT, WITHOUT ROWID;

CREATE INDEX price_alerts_by_symbol ON price_alerts (exchange, symbol, created_at, id);
