package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.execution.FeeSchedule;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The backtest panel's state and actions: the form, one job at a time (run, sweep, walk-forward) with progress and
 * cancel, the latest result, the runs pinned for comparison, the sweep and walk-forward results, exports. Call it on
 * the FX thread; the engine work goes through the {@link FxBridge}.
 */
public final class BacktestViewModel {

    /** Runs that can be compared at once (one colour each). */
    public static final int MAX_PINNED = 8;

    private final BacktestService service;
    private final Supplier<List<SeriesInfo>> seriesSource;
    private final Exporter exporter;
    private final FxBridge bridge;
    private final BacktestForm form = new BacktestForm();
    private final JobRunner jobs;
    private final SeriesSelection selection;
    private final ObservableList<StrategySpec> strategies = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty errorField = new SimpleStringProperty(this, "errorField", "");
    private final ObjectProperty<BacktestResult> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<BacktestResult> pinned = FXCollections.observableArrayList();
    private final ObjectProperty<SweepView> sweep = new SimpleObjectProperty<>(this, "sweep");
    private final ObjectProperty<WalkForwardView> walkForward = new SimpleObjectProperty<>(this, "walkForward");

    /**
     * {@code series}: the stored series (called in the background, e.g. {@code SeriesCatalog::list});
     * {@code fees}: the current per-exchange fee schedule, which fills the fee fields when a series is chosen.
     */
    public BacktestViewModel(BacktestService service, Supplier<List<SeriesInfo>> series, Supplier<FeeSchedule> fees,
                             Exporter exporter, FxBridge bridge) {
        this.service = Objects.requireNonNull(service, "service");
        this.seriesSource = Objects.requireNonNull(series, "series");
        Objects.requireNonNull(fees, "fees");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.jobs = new JobRunner(bridge);
        this.selection = new SeriesSelection(form, fees);
    }

    /** Reads the series list and the strategy catalogue in the background; call when the panel opens. */
    public void load() {
        bridge.run(() -> new Catalogues(seriesSource.get(), service.strategies()), loaded -> {
            List<StrategySpec> all = new ArrayList<>(loaded.strategies());
            all.add(StrategySpec.JSON_RULE);
            if (!strategies.equals(all)) {
                strategies.setAll(all);
            }
            if (form.strategy.get() == null || !strategies.contains(form.strategy.get())) {
                form.strategy.set(strategies.getFirst());
            }
            selection.setAll(loaded.series());
        }, e -> showError("", "Could not read the series and strategies: " + e.getMessage()));
    }

    private record Catalogues(List<SeriesInfo> series, List<StrategySpec> strategies) {
    }

    /** Selects {@code key} in the series list (now, or once the list is loaded): the series on the main chart. */
    public void selectSeries(SeriesKey key) {
        selection.prefer(key);
    }

    /** Runs one backtest of what the form says. */
    public void run() {
        BacktestRequest request = read(() -> FormReader.request(form));
        if (request != null) {
            start("Running " + request.strategy().label() + " on " + request.series() + "…",
                    control -> service.run(request, control), done -> {
                        notes.set(RunNotes.text(done));
                        result.set(done.result());
                        return done.result().label() + " · " + done.result().metrics().trades()
                                + " trades · net profit " + MetricFormat.money(done.result().metrics().netProfit());
                    });
        }
    }

    /** Runs the sweep the form's parameter ranges describe. */
    public void runSweep() {
        SweepRequest request = read(() -> FormReader.sweep(form));
        if (request != null) {
            start("Sweeping " + String.format(java.util.Locale.ENGLISH, "%,d", request.combinations())
                    + " combinations…", control -> service.sweep(request, control), done -> {
                        sweep.set(done);
                        return "Sweep of " + done.rows().size() + " combinations";
                    });
        }
    }

    /** Runs the walk-forward analysis the form describes. */
    public void runWalkForward() {
        WalkForwardRequest request = read(() -> FormReader.walkForward(form));
        if (request != null) {
            start("Walking forward…", control -> service.walkForward(request, control), done -> {
                walkForward.set(done);
                return "Walk-forward: " + done.folds().size() + " folds, out-of-sample / in-sample "
                        + MetricFormat.format(MetricFormat.Kind.RATIO, done.oosIsRatio());
            });
        }
    }

    private <T> T read(Supplier<T> reader) {
        if (jobs.runningProperty().get()) {
            return null;
        }
        try {
            T request = reader.get();
            clearError();
            return request;
        } catch (FormException e) {
            showError(e.field(), e.getMessage());
            return null;
        }
    }

    private <T> void start(String title, JobRunner.Work<T> work, java.util.function.Function<T, String> onDone) {
        long started = System.nanoTime();
        status.set(title);
        jobs.start(work, done -> status.set(onDone.apply(done) + " · " + seconds(started)),
                failure -> showError("", plainMessage(failure) && failure.getMessage() != null
                        ? failure.getMessage() // bad input, or a feature not there yet: the message says what
                        : "The run failed unexpectedly: " + failure));
    }

    private static boolean plainMessage(Exception e) {
        return e instanceof IllegalArgumentException || e instanceof UnsupportedOperationException;
    }

    private static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ENGLISH, "%.2f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    /** Stops the running job; its result, if it still comes, is dropped. */
    public void cancel() {
        if (jobs.cancel()) {
            status.set("Cancelled");
        }
    }

    /** Keeps the current result for comparison. */
    public void pin() {
        BacktestResult r = result.get();
        if (r == null || pinned.contains(r)) {
            return;
        }
        if (pinned.size() >= MAX_PINNED) {
            status.set("At most " + MAX_PINNED + " runs can be compared: unpin one first");
            return;
        }
        pinned.add(r);
        status.set("Pinned " + r.label() + " for comparison (" + pinned.size() + ")");
    }

    public void unpin(BacktestResult r) {
        pinned.remove(r);
    }

    public void clearPinned() {
        pinned.clear();
    }

    /** Puts a parameter set (a sweep row, a heat-map cell) into the form. */
    public void loadParameters(Map<String, Double> values) {
        form.setParameters(values);
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=')
                .append(MetricFormat.parameter(v)));
        status.set("Loaded " + b + " into the form: Enter runs it");
    }

    /** Writes the current result to {@code file} in the background. */
    public void export(Exporter.Kind kind, Path file) {
        BacktestResult r = result.get();
        if (r == null) {
            return;
        }
        bridge.run(() -> {
            kind.write(exporter, r, file);
            return file;
        }, saved -> status.set("Saved " + kind.title() + " to " + saved), e -> showError("",
                "Could not save " + kind.title() + " to " + file + ": " + e.getMessage()));
    }

    private void showError(String field, String message) {
        errorField.set(field);
        error.set(message);
        status.set("");
    }

    private void clearError() {
        error.set("");
        errorField.set("");
    }

    public BacktestForm form() {
        return form;
    }

    public ObservableList<SeriesInfo> series() {
        return selection.series();
    }

    public ObservableList<StrategySpec> strategies() {
        return strategies;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return jobs.runningProperty();
    }

    /** -1 while the job has not reported yet, then 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return jobs.progressProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The last error, naming what was wrong; empty when there is none. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The id of the form field the error is about ({@code capital}, {@code param-fast}), or empty. */
    public StringProperty errorFieldProperty() {
        return errorField;
    }

    public StringProperty feeHintProperty() {
        return selection.feeHint();
    }

    public ObjectProperty<BacktestResult> resultProperty() {
        return result;
    }

    /** The engine's notes on the latest run (refused entries, ignored short signals); empty when there are none. */
    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<BacktestResult> pinned() {
        return pinned;
    }

    public ObjectProperty<SweepView> sweepProperty() {
        return sweep;
    }

    public ObjectProperty<WalkForwardView> walkForwardProperty() {
        return walkForward;
    }
}
