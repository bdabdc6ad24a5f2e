package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.concurrent.BackgroundPriority;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs tasks {@code 0..size-1} on a few threads (the caller is one of them), handing out indices from a shared
 * counter. Stops handing out work after a cancel or a failure; a failure is rethrown on the caller naming the task.
 * Helper threads run at background priority, so a long sweep does not starve the screen.
 */
final class SweepWorkers {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private final int parallelism;

    SweepWorkers(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** Runs the tasks and returns how many finished (fewer than {@code size} only after a cancel). */
    int run(int size, ProgressListener progress, BooleanSupplier cancelled, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Runnable worker = () -> {
            while (!stop.get() && failure.get() == null) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    stop.set(true);
                    return;
                }
                int i = next.getAndIncrement();
                if (i >= size) {
                    return;
                }
                try {
                    task.accept(i);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    return;
                } catch (Error e) {
                    failure.compareAndSet(null, new IllegalStateException("run " + (i + 1) + " of " + size
                            + " failed: " + e, e));
                    return;
                }
                progress.progress(done.incrementAndGet(), size);
            }
        };
        int helpers = Math.min(parallelism, size) - 1;
        if (helpers <= 0) {
            worker.run();
        } else {
            runWithHelpers(worker, helpers, stop);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
        return done.get();
    }

    private static void runWithHelpers(Runnable worker, int helpers, AtomicBoolean stop) {
        ExecutorService pool = Executors.newFixedThreadPool(helpers, threads());
        try {
            List<Future<?>> running = new ArrayList<>(helpers);
            for (int h = 0; h < helpers; h++) {
                running.add(pool.submit(worker));
            }
            worker.run();
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // workers catch their own failures; this is a bug
        } finally {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory threads() {
        return BackgroundPriority.lowered(task -> {
            Thread t = new Thread(task, "sweep-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
