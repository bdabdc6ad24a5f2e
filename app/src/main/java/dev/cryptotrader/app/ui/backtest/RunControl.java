package dev.cryptotrader.app.ui.backtest;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;

/**
 * Handed to a running backtest, sweep or walk-forward: where it reports progress and learns that the user cancelled.
 * Safe to use from any thread, including a sweep's worker threads.
 */
public final class RunControl {

    private final DoubleConsumer progress;
    private volatile boolean cancelled;

    public RunControl(DoubleConsumer progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** A control nobody listens to and nobody cancels (for the CLI and tests). */
    public static RunControl none() {
        return new RunControl(fraction -> { });
    }

    /** Reports how far the work is, 0 to 1. Cheap: the panel shows at most one update per frame. */
    public void progress(double fraction) {
        progress.accept(Math.max(0, Math.min(1, fraction)));
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} if the user cancelled; call it between steps of the work. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }

    /** Asks the work to stop; it stops at its next {@link #throwIfCancelled}. */
    public void cancel() {
        cancelled = true;
    }
}
