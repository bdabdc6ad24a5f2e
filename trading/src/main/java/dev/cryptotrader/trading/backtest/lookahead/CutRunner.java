package dev.cryptotrader.trading.backtest.lookahead;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Re-runs the cut points on the calling thread plus {@code parallelism - 1} workers, each taking the next cut point
 * in turn, until all are done or the check is cancelled. A cut point not run stays null in the result. The caller being
 * interrupted counts as a cancel.
 */
final class CutRunner {

    private final int parallelism;
    private final int total;
    private final LookaheadProgress progress;
    private final BooleanSupplier cancelled;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private int done;

    CutRunner(int parallelism, int total, LookaheadProgress progress, BooleanSupplier cancelled) {
        this.parallelism = Math.min(parallelism, Math.max(total, 1));
        this.total = total;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    CutOutcome[] run(IntFunction<CutOutcome> recheck) {
        CutOutcome[] outcomes = new CutOutcome[total];
        progress.update(0, total);
        Runnable work = () -> work(recheck, outcomes);
        Thread[] workers = new Thread[parallelism - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = Thread.ofPlatform().name("lookahead-check-" + (w + 1)).daemon().start(work);
        }
        work.run();
        joinAll(workers);
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return outcomes;
    }

    private void work(IntFunction<CutOutcome> recheck, CutOutcome[] outcomes) {
        try {
            while (!stop.get()) {
                // Only the caller can be interrupted: the workers are ours.
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    stop.set(true);
                    return;
                }
                int k = next.getAndIncrement();
                if (k >= total) {
                    return;
                }
                outcomes[k] = recheck.apply(k);
                synchronized (this) {
                    progress.update(++done, total);
                }
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            stop.set(true);
        }
    }

    private void joinAll(Thread[] workers) {
        boolean interrupted = false;
        for (Thread w : workers) {
            while (true) {
                try {
                    w.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop.set(true);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
