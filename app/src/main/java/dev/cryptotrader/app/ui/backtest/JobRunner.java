package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.app.ui.FxBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs the panel's one job at a time (a backtest, a sweep or a walk-forward) through the {@link FxBridge}, with its
 * progress and cancel. Cancel takes effect at once on screen: the job is told to stop and whatever it still returns is
 * dropped. Progress from the job's threads is folded, so at most one update waits in the FX queue.
 */
final class JobRunner {

    /** What a job does in the background with its control. */
    @FunctionalInterface
    interface Work<T> {
        T run(RunControl control) throws Exception;
    }

    private final FxBridge bridge;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private long generation; // FX thread only: which job's results still count
    private RunControl current;

    JobRunner(FxBridge bridge) {
        this.bridge = bridge;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** -1 (indeterminate) until the job first reports, then 0 to 1. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Starts {@code work} unless a job runs already (then returns false). {@code onDone} or {@code onFailure} run on
     * the FX thread, unless the job was cancelled meanwhile.
     */
    <T> boolean start(Work<T> work, Consumer<T> onDone, Consumer<Exception> onFailure) {
        if (running.get()) {
            return false;
        }
        long job = ++generation;
        AtomicLong latest = new AtomicLong(Double.doubleToLongBits(-1));
        AtomicBoolean handOverWaiting = new AtomicBoolean();
        RunControl control = new RunControl(fraction -> {
            latest.set(Double.doubleToLongBits(fraction));
            if (handOverWaiting.compareAndSet(false, true)) {
                bridge.onFx(() -> {
                    handOverWaiting.set(false);
                    if (job == generation) {
                        progress.set(Double.longBitsToDouble(latest.get()));
                    }
                });
            }
        });
        current = control;
        progress.set(-1);
        running.set(true);
        bridge.run(() -> work.run(control), result -> {
            if (finish(job)) {
                progress.set(1);
                onDone.accept(result);
            }
        }, failure -> {
            if (finish(job) && !(failure instanceof CancellationException)) {
                progress.set(0);
                onFailure.accept(failure);
            }
        });
        return true;
    }

    private boolean finish(long job) {
        if (job != generation) {
            return false;
        }
        running.set(false);
        current = null;
        return true;
    }

    /** Stops the running job (nothing if none); returns whether one was running. */
    boolean cancel() {
        if (!running.get()) {
            return false;
        }
        current.cancel();
        generation++;
        current = null;
        running.set(false);
        progress.set(0);
        return true;
    }
}
