package dev.cryptotrader.app.ui.tasks;

import dev.cryptotrader.app.ui.FxBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One piece of long-running work as the status bar shows it: a title, a progress (0..1, or {@link #INDETERMINATE})
 * and a detail line. Its properties change on the FX thread only. {@link #report} may be called from the worker
 * thread as often as it likes: only the latest report waits for the FX thread, so a fast worker cannot flood it.
 */
public final class BackgroundTask {

    /** The value of {@link #progressProperty()} while nothing is known yet (as JavaFX's progress controls read it). */
    public static final double INDETERMINATE = -1;

    private final String title;
    private final FxBridge bridge;
    private final Runnable onCancel;
    private final BackgroundTasks owner;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    /** The report not yet applied; non-null exactly while one hand-over to the FX thread is pending. */
    private final AtomicReference<Report> pending = new AtomicReference<>();
    private boolean finished; // FX thread

    BackgroundTask(String title, String detail, FxBridge bridge, Runnable onCancel, BackgroundTasks owner) {
        this.title = title;
        this.bridge = bridge;
        this.onCancel = onCancel;
        this.owner = owner;
        this.detail.set(detail);
    }

    /** Any thread: the latest progress. Coalesced: at most one update per task waits in the FX queue. */
    public void report(double fraction, String text) {
        if (pending.getAndSet(new Report(fraction, text)) == null) {
            bridge.onFx(this::applyPending);
        }
    }

    private void applyPending() {
        Report latest = pending.getAndSet(null);
        if (latest != null && !finished) {
            progress.set(latest.fraction());
            detail.set(latest.text());
        }
    }

    /** FX thread: the work has left the queue and runs now. */
    public void markStarted(String text) {
        started.set(true);
        detail.set(text);
        owner.pickShown();
    }

    /** FX thread: asks the work to stop (the button in the status bar). Asking twice does nothing more. */
    public void cancel() {
        if (finished || cancelRequested.get()) {
            return;
        }
        cancelRequested.set(true);
        onCancel.run();
    }

    /** FX thread: the work is over; {@code result} replaces it in the status bar. Later reports are ignored. */
    public void finish(String result) {
        if (finished) {
            return;
        }
        finished = true;
        pending.set(null);
        owner.finished(this, result);
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return title + " (" + detail.get() + ")";
    }

    private record Report(double fraction, String text) {
    }
}
