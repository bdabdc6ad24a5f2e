-- Chart drawings, per symbol (exchange + pair) and not per timeframe, so a drawing shows on every timeframe of its
-- symbol. Keyed by the id the app chose when the drawing was created, which an undo of a delete writes back.
-- Anchors are inline: every kind has one or two points (DrawingKind), and the CHECKs tie the count to the kind.
-- Prices are exact decimal text, never REAL: writers store the canonical form (ChartPrices: '42000.5', no exponent,
-- no trailing zeros), and the GLOBs refuse anything but digits with at most one inner point.
CREATE TABLE drawings (
    id         TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    exchange   TEXT    NOT NULL,
    symbol     TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('trend-line', 'horizontal-line', 'vertical-line', 'ray', 'rectangle',
                                                'fib-retracement', 'text-note')),
    time1      INTEGER NOT NULL CHECK (time1 >= 0),
    price1     TEXT    NOT NULL CHECK (price1 GLOB '[0-9]*' AND price1 NOT GLOB '*[^0-9.]*'
                                       AND price1 NOT GLOB '*.*.*' AND price1 NOT GLOB '*.'),
    time2      INTEGER CHECK (time2 >= 0),
    price2     TEXT    CHECK (price2 GLOB '[0-9]*' AND price2 NOT GLOB '*[^0-9.]*'
                              AND price2 NOT GLOB '*.*.*' AND price2 NOT GLOB '*.'),
    text       TEXT    NOT NULL CHECK (length(text) <= 2000),
    colour     TEXT    NOT NULL,
    width      INTEGER NOT NULL CHECK (width BETWEEN 1 AND 10),
    created_at INTEGER NOT NULL CHECK (created_at >= 0),
    updated_at INTEGER NOT NULL CHECK (updated_at >= created_at),
    CHECK ((time2 IS NULL) = (price2 IS NULL)),
    CHECK ((time2 IS NULL) = (kind IN ('horizontal-line', 'vertical-line', 'text-note'))),
    CHECK (kind <> 'text-note' OR length(trim(text)) > 0)
) STRICT, WITHOUT ROWID;

-- A chart lists the drawings of its symbol, oldest first.
CREATE INDEX drawings_by_symbol ON drawings (exchange, symbol, created_at, id);
