package dev.cryptotrader.trading.importing;

/**
 * A bad value inside one row. Readers catch it and hand it to {@link CandleCollector#reject}, which fails or skips;
 * the REST adapters (trading.venue) catch it from {@link KlineLayout#toCandle} and report it as a bad response.
 * No stack trace: in SKIP mode a messy file can raise one per row.
 */
public final class RowProblem extends RuntimeException {

    RowProblem(String problem) {
        super(problem, null, false, false);
    }
}
