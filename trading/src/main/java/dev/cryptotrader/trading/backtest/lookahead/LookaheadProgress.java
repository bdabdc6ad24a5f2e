package dev.cryptotrader.trading.backtest.lookahead;

/**
 * Hears how far a {@link LookaheadCheck} has got. With parallel re-runs it is called from worker threads, one call at a
 * time and with {@code done} only growing; a UI hands it on through its bridge.
 */
@FunctionalInterface
public interface LookaheadProgress {

    LookaheadProgress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} cut points have been re-run and compared. */
    void update(int done, int total);
}
