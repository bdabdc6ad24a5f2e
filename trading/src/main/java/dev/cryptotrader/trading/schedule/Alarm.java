package dev.cryptotrader.trading.schedule;

/**
 * Wakes the scheduler at a time of its {@code Clock}. The scheduler never sleeps itself: tests drive a fake alarm on a
 * fake clock and nothing really waits, the app uses {@link SystemAlarm}.
 *
 * <p>Contract: one wake-up is pending at a time; {@link #setFor} replaces the one before. An alarm may wake early
 * (the scheduler then finds nothing due and sets it again) but must not wake the scheduler from inside
 * {@link #setFor}. {@link #close} is idempotent and cancels the pending wake-up.
 */
public interface Alarm extends AutoCloseable {

    /** Calls {@code wake} once the clock reads {@code atMillis} or later (soon, on another thread, if it does now). */
    void setFor(long atMillis, Runnable wake);

    /** Drops the pending wake-up, if any. */
    void clear();

    @Override
    void close();
}
