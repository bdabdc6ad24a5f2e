package dev.cryptotrader.trading.backtest.sweep;

/**
 * Hears how far a sweep or walk-forward has got. It is called from the worker threads, possibly at the same time and
 * with counts slightly out of order, after every finished backtest: keep it short and thread-safe (a UI hands the
 * newest count to its thread through a coalescing bridge).
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} backtests have finished. */
    void progress(long done, long total);
}
