package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.trading.port.JobOutcome;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;

import java.util.List;
import java.util.function.Function;

/**
 * "Jobs": the watchlist's scheduled jobs (kind, series, every, last run, outcome, next due, running) above the
 * selected job's recent runs, a notice when nothing can run, and a refresh button. Refreshes itself every few
 * seconds between {@link #start()} and {@link #stop()}.
 */
public final class JobsPanelView {

    static final Duration REFRESH_EVERY = Duration.seconds(3);
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final JobsViewModel model;
    private final TableView<JobRow> jobs = new TableView<>();
    private final TableView<RunRow> runs = new TableView<>();
    private final VBox root;
    private final FxPolling polling;

    public JobsPanelView(JobsViewModel model) {
        this.model = model;
        Label title = new Label("Jobs");
        title.getStyleClass().add("jobs-title");
        Label updated = label("jobs-updated", model.updatedProperty().get());
        updated.textProperty().bind(model.updatedProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("jobs-refresh");
        refresh.setOnAction(e -> model.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, gap, updated, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        Label notice = label("jobs-notice", "");
        notice.getStyleClass().add("jobs-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        Label runsTitle = label("jobs-runs-title", "");
        runsTitle.textProperty().bind(model.runsTitleProperty());
        buildJobsTable();
        buildRunsTable();
        VBox.setVgrow(jobs, Priority.ALWAYS);
        VBox.setVgrow(runs, Priority.ALWAYS);
        root = new VBox(10, header, notice, jobs, runsTitle, runs);
        root.setId("jobs-panel");
        root.getStyleClass().add("jobs-panel");
        polling = new FxPolling(REFRESH_EVERY, model::refresh);
    }

    private void buildJobsTable() {
        jobs.setId("jobs-table");
        jobs.setItems(model.rows());
        jobs.getColumns().setAll(List.of(column("Kind", JobRow::kind, 100), column("Series", JobRow::series, 180),
                column("Every", JobRow::every, 85), column("Last run (UTC)", JobRow::lastRun, 170),
                outcome(column("Outcome", JobRow::outcome, 85)), column("Next due (UTC)", JobRow::nextDue, 250),
                column("Running", JobRow::runningText, 85)));
        jobs.setPlaceholder(new Label("No jobs")); // the notice above says why
        jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        jobs.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) { // null only while a refresh replaces the rows; the model keeps the job selected
                model.select(row.key());
            }
        });
        model.rows().addListener((ListChangeListener<JobRow>) change -> reselect());
    }

    /** A refresh replaces the rows, which clears the table's selection: select the model's job again. */
    private void reselect() {
        model.rows().stream().filter(r -> r.key().equals(model.selectedProperty().get())).findFirst()
                .ifPresent(r -> jobs.getSelectionModel().select(r));
    }

    private void buildRunsTable() {
        runs.setId("jobs-runs");
        runs.setItems(model.selectedRuns());
        TableColumn<RunRow, String> message = column("Message", RunRow::message, 420);
        message.setCellFactory(c -> new MessageCell());
        runs.getColumns().setAll(List.of(column("Started (UTC)", RunRow::started, 170),
                outcome(column("Outcome", RunRow::outcome, 80)), column("Duration", RunRow::duration, 80),
                column("Bars", r -> Long.toString(r.bars()), 70), message));
        runs.setPlaceholder(new Label("No runs to show."));
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> text, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false); // the hub's order (series, then kind) is the order of the CLI
        return column;
    }

    /** Outcome cells turn red on {@code failed}. */
    private static <R> TableColumn<R, String> outcome(TableColumn<R, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                pseudoClassStateChanged(FAILED, !empty && JobOutcome.FAILED.label().equals(item));
            }
        });
        return column;
    }

    /**
     * Messages wrap to the column's width, so a failure's reason (at the end of a long venue URL) stays readable.
     * A Text graphic, because a table row measures a wrapping Label at no width and keeps it to one line.
     */
    private static final class MessageCell extends TableCell<RunRow, String> {
        private final Text text = new Text();

        MessageCell() {
            text.getStyleClass().add("run-message");
            getStyleClass().add("run-message-cell");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    private static Label label(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        return l;
    }

    /** Refreshes now and then every few seconds; call on the FX thread when the panel is shown. */
    public void start() {
        polling.start();
    }

    /** Stops the refreshes, e.g. when the panel's window is hidden. */
    public void stop() {
        polling.stop();
    }

    public boolean refreshing() {
        return polling.running();
    }

    public VBox node() {
        return root;
    }
}
