package dev.cryptotrader.trading.importing;

/**
 * A bad value inside one row. Readers catch it and hand it to {@link CandleCollector#reject}, which fails or skips.
 * No stack trace: in SKIP mode a messy file can raise one per row.
 */
final class RowProblem extends RuntimeException {

    RowProblem(String problem) {
        super(problem, null, false, false);
    }
}
