package dev.cryptotrader.trading.schedule;

import java.util.OptionalLong;

/**
 * An {@link Alarm} that wakes the scheduler only when told to. Tests move a fake clock and call {@link #fireIfDue};
 * a one-shot run (the CLI's {@code jobs --run-due}) never fires it, so only what was due at start runs.
 */
public final class ManualAlarm implements Alarm {

    private long at;
    private Runnable wake; // null when nothing is pending
    private boolean closed;

    @Override
    public synchronized void setFor(long atMillis, Runnable wakeUp) {
        if (!closed) {
            at = atMillis;
            wake = wakeUp;
        }
    }

    @Override
    public synchronized void clear() {
        wake = null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        wake = null;
    }

    /** When the pending wake-up is set for, if one is. */
    public synchronized OptionalLong pendingAt() {
        return wake == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    /** Wakes the scheduler, on the calling thread, if the pending wake-up is due at {@code nowMillis}. */
    public boolean fireIfDue(long nowMillis) {
        Runnable w;
        synchronized (this) {
            if (wake == null || at > nowMillis) {
                return false;
            }
            w = wake;
            wake = null;
        }
        w.run();
        return true;
    }
}
