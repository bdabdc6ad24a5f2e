package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.concurrent.BackgroundPriority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread a {@link StreamSession} runs on, with the timers of its current connection (stale watchdog, pings,
 * renewal, the next attempt), which are cancelled together when the connection is given up.
 */
final class SessionLoop implements Executor {

    private final ScheduledThreadPoolExecutor executor;
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private volatile Thread thread;

    SessionLoop(String threadName) {
        executor = new ScheduledThreadPoolExecutor(1, BackgroundPriority.lowered(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true); // a forgotten subscription must not keep the JVM alive
            thread = t;
            return t;
        }));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a pending reconnect dies with it
    }

    /** @throws java.util.concurrent.RejectedExecutionException once the loop is shut down */
    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    void every(Duration period, Runnable task) {
        long millis = Math.max(1, period.toMillis());
        timers.add(executor.scheduleAtFixedRate(task, millis, millis, TimeUnit.MILLISECONDS));
    }

    void once(Duration delay, Runnable task) {
        timers.removeIf(ScheduledFuture::isDone);
        timers.add(executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS));
    }

    /** Loop thread only. */
    void cancelTimers() {
        timers.forEach(f -> f.cancel(false));
        timers.clear();
    }

    /** Runs what is queued, then ends; waits for that, unless called on the loop (it cannot wait for itself). */
    void shutdown() {
        executor.shutdown();
        if (Thread.currentThread() != thread) {
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
