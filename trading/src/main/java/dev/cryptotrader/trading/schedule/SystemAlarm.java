package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.port.Clock;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@link Alarm}: one daemon thread that sleeps until the wake-up, at most {@link #LONGEST_SLEEP} at a time,
 * because a timer's sleep does not count time a laptop spent suspended and does not notice the wall clock being
 * set; waking once a minute lets the scheduler re-read the clock and catch up within a minute.
 */
public final class SystemAlarm implements Alarm {

    static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);

    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-alarm");
        t.setDaemon(true); // never keeps the JVM alive on its own
        return t;
    });
    private ScheduledFuture<?> pending; // guarded by this

    public SystemAlarm(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void setFor(long atMillis, Runnable wake) {
        clear();
        if (timer.isShutdown()) {
            return;
        }
        long delay = Math.clamp(atMillis - clock.nowMillis(), 0L, LONGEST_SLEEP.toMillis());
        pending = timer.schedule(wake, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void clear() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    public synchronized void close() {
        clear();
        timer.shutdownNow();
    }
}
