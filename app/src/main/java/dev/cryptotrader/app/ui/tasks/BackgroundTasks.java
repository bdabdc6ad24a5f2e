package dev.cryptotrader.app.ui.tasks;

import dev.cryptotrader.app.ui.FxBridge;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The long-running work the app is doing right now (backfills, later imports), newest last, and the result of the
 * last one that finished. The status bar's {@link TaskIndicatorView} shows it. FX thread only, except
 * {@link BackgroundTask#report}.
 */
public final class BackgroundTasks {

    private final FxBridge bridge;
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask> readOnly = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");
    private final ReadOnlyObjectWrapper<BackgroundTask> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public BackgroundTasks(FxBridge bridge) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
    }

    /**
     * Adds a task, not yet started ({@code detail} says what it waits for). {@code onCancel} runs on the FX thread
     * when the user cancels it; the work then calls {@link BackgroundTask#finish} when it has really stopped.
     */
    public BackgroundTask add(String title, String detail, Runnable onCancel) {
        BackgroundTask task = new BackgroundTask(title, detail, bridge, onCancel, this);
        running.add(task);
        pickShown();
        return task;
    }

    void finished(BackgroundTask task, String result) {
        running.remove(task);
        lastResult.set(result);
        pickShown();
    }

    /** The newest task that has started, else the newest waiting one: what the status bar shows. */
    void pickShown() {
        BackgroundTask pick = running.isEmpty() ? null : running.getLast();
        for (int i = running.size() - 1; i >= 0; i--) {
            if (running.get(i).startedProperty().get()) {
                pick = running.get(i);
                break;
            }
        }
        shown.set(pick);
    }

    /** The tasks not finished yet, oldest first. */
    public ObservableList<BackgroundTask> running() {
        return readOnly;
    }

    /** The task the status bar shows (the newest that has started, else the newest waiting one); null when idle. */
    public ReadOnlyObjectProperty<BackgroundTask> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Cancels the task the status bar shows, if any (for a menu item or shortcut). */
    public void cancelShown() {
        BackgroundTask task = shown.get();
        if (task != null) {
            task.cancel();
        }
    }

    /** Cancels every task (when the app closes: each stops after its step in flight). */
    public void cancelAll() {
        List.copyOf(running).forEach(BackgroundTask::cancel);
    }

    /** What the last finished task came to ("backfilled …: 720 new bars"); empty before the first. */
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }
}
