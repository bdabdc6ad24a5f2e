package dev.cryptotrader.trading.marketdata.backfill;

/**
 * Asks a running backfill or repair to stop. It is checked between pages, so a page already requested is still
 * stored whole and the next run resumes right after it.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Safe to call from any thread (a UI button, a Ctrl-C hook), any number of times. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
