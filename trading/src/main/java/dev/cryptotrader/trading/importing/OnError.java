package dev.cryptotrader.trading.importing;

/** What to do with a bad row. Problems with the whole file (empty, binary, broken JSON) always fail. */
public enum OnError {
    /** Stop at the first bad row with an {@link ImportException}; nothing is imported. */
    FAIL,
    /** Drop bad rows, keep the good ones, and list what was dropped in {@link ParsedCandles#skipped()}. */
    SKIP
}
