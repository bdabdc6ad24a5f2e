package dev.cryptotrader.trading.venue.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The timers of one connection (stale watchdog, pings, renewal, the next attempt), cancelled together. */
final class SessionTimers {

    private final ScheduledExecutorService loop;
    private final List<ScheduledFuture<?>> pending = new ArrayList<>();

    SessionTimers(ScheduledExecutorService loop) {
        this.loop = loop;
    }

    void every(Duration period, Runnable task) {
        long millis = Math.max(1, period.toMillis());
        pending.add(loop.scheduleAtFixedRate(task, millis, millis, TimeUnit.MILLISECONDS));
    }

    void once(Duration delay, Runnable task) {
        pending.removeIf(ScheduledFuture::isDone);
        pending.add(loop.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS));
    }

    void cancelAll() {
        pending.forEach(f -> f.cancel(false));
        pending.clear();
    }
}
