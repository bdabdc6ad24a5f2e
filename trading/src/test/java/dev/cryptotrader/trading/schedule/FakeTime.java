package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.port.Clock;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A clock that moves only when told, with the alarm of the scheduler under test: time jumps from wake-up to wake-up,
 * nobody waits. Each scheduler gets a new alarm ({@link #newAlarm}), as each app start gets a new timer thread.
 */
final class FakeTime implements Clock {

    ManualAlarm alarm = new ManualAlarm();
    private long now;

    FakeTime(long start) {
        now = start;
    }

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    ManualAlarm newAlarm() {
        alarm = new ManualAlarm();
        return alarm;
    }

    /** For work that pretends to take time. */
    synchronized void set(long t) {
        now = t;
    }

    void advanceBy(Duration d) {
        advanceTo(nowMillis() + d.toMillis());
    }

    /** Moves to {@code target}, stopping at every wake-up on the way and firing it at exactly its time. */
    void advanceTo(long target) {
        for (int guard = 0; guard < 1_000_000; guard++) {
            OptionalLong at = alarm.pendingAt();
            if (at.isEmpty() || at.getAsLong() > target) {
                set(Math.max(nowMillis(), target));
                return;
            }
            set(Math.max(nowMillis(), at.getAsLong()));
            alarm.fireIfDue(nowMillis());
        }
        throw new AssertionError("the alarm keeps firing without time moving");
    }
}
