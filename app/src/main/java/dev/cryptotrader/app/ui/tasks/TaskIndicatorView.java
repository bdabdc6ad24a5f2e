package dev.cryptotrader.app.ui.tasks;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The status bar's view of {@link BackgroundTasks}: progress bar, title, detail, "+N more" and a Cancel button for the
 * task shown; when nothing runs, the result of the last one. Bindings only.
 */
public final class TaskIndicatorView {

    private final ProgressBar bar = new ProgressBar();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label more = new Label();
    private final Button cancel = new Button("Cancel");
    private final Label result = new Label();
    private final Tooltip all = new Tooltip();
    private final HBox active = new HBox(6, bar, title, detail, more, cancel);
    private final HBox root = new HBox(active, result);
    private final BackgroundTasks tasks;

    public TaskIndicatorView(BackgroundTasks tasks) {
        this.tasks = tasks;
        bar.setId("task-progress");
        title.setId("task-title");
        detail.setId("task-detail");
        more.setId("task-more");
        cancel.setId("task-cancel");
        result.setId("task-result");
        active.setId("task-active");
        title.getStyleClass().add("task-title");
        detail.getStyleClass().add("task-detail");
        more.getStyleClass().add("task-more");
        result.getStyleClass().add("task-result");
        cancel.getStyleClass().addAll("small", "task-cancel");
        cancel.setTooltip(new Tooltip("Stop after the step in flight; what is done stays done"));
        bar.getStyleClass().add("task-progress");
        active.setAlignment(Pos.CENTER_LEFT);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("task-indicator");

        result.textProperty().bind(tasks.lastResultProperty());
        more.textProperty().bind(Bindings.createStringBinding(
                () -> tasks.running().size() > 1 ? "+" + (tasks.running().size() - 1) + " more" : "",
                tasks.running()));
        more.visibleProperty().bind(more.textProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        active.visibleProperty().bind(tasks.shownProperty().isNotNull());
        active.managedProperty().bind(active.visibleProperty());
        result.visibleProperty().bind(tasks.shownProperty().isNull().and(result.textProperty().isNotEmpty()));
        result.managedProperty().bind(result.visibleProperty());
        tasks.shownProperty().addListener((obs, old, task) -> show(task));
        tasks.running().addListener((ListChangeListener<BackgroundTask>) change -> updateTooltip());
        Tooltip.install(active, all);
        show(tasks.shownProperty().get());
    }

    private void show(BackgroundTask task) {
        bar.progressProperty().unbind();
        detail.textProperty().unbind();
        cancel.disableProperty().unbind();
        if (task == null) {
            cancel.setOnAction(null);
            return;
        }
        title.setText(task.title());
        bar.progressProperty().bind(task.progressProperty());
        detail.textProperty().bind(Bindings.when(task.cancelRequestedProperty())
                .then("cancelling…").otherwise(task.detailProperty()));
        cancel.disableProperty().bind(task.cancelRequestedProperty());
        cancel.setOnAction(e -> task.cancel());
        updateTooltip();
    }

    /** All tasks, one a line: what hides behind "+N more". */
    private void updateTooltip() {
        StringBuilder text = new StringBuilder();
        for (BackgroundTask task : tasks.running()) {
            text.append(text.isEmpty() ? "" : "\n").append(task.title())
                    .append(task.startedProperty().get() ? "" : " (waiting)");
        }
        all.setText(text.toString());
    }

    public HBox node() {
        return root;
    }
}
