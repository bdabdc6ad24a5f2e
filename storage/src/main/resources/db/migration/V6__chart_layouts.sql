-- Named chart layouts. The lists are rows of their own, so one bad entry (an indicator spec that no longer parses)
-- can be reported and left out while the rest of the layout loads. Writers replace a layout's rows in one transaction;
-- there are no foreign keys (connections do not enable them), the writer deletes the child rows itself.
CREATE TABLE chart_layouts (
    name TEXT NOT NULL PRIMARY KEY CHECK (length(trim(name)) > 0)
) STRICT, WITHOUT ROWID;

-- Indicator specs in their text form ('sma(20)', 'bb(20,2)'), in the order they were added.
CREATE TABLE chart_layout_indicators (
    layout   TEXT    NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    spec     TEXT    NOT NULL,
    PRIMARY KEY (layout, position)
) STRICT, WITHOUT ROWID;

-- The panes shown, in display order.
CREATE TABLE chart_layout_panes (
    layout   TEXT    NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    pane     TEXT    NOT NULL,
    PRIMARY KEY (layout, position)
) STRICT, WITHOUT ROWID;

-- Small free-form settings ('timeframe' = '1h').
CREATE TABLE chart_layout_settings (
    layout TEXT NOT NULL,
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (layout, key)
) STRICT, WITHOUT ROWID;
