package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.JobKey;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The watchlist jobs, the one selected and its recent runs, and a notice when nothing can run. {@link #refresh()}
 * reads the hub on the background executor and skips while a read is still out. The selection is kept by job, so it
 * survives refreshes.
 */
public final class JobsViewModel {

    /** Recent runs read per job: what the runs table shows of the selected one. */
    public static final int RUNS_PER_JOB = 10;

    private final Supplier<MarketDataHub> hub;
    private final FxBridge bridge;
    private final Clock clock;
    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RunRow> selectedRuns = FXCollections.observableArrayList();
    private final ObservableList<JobRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<RunRow> selectedRunsView = FXCollections.unmodifiableObservableList(selectedRuns);
    private final ReadOnlyObjectWrapper<JobKey> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper(this, "updated", "Loading jobs…");
    private final ReadOnlyStringWrapper runsTitle = new ReadOnlyStringWrapper(this, "runsTitle", "");
    private boolean refreshInFlight; // touched on the FX thread only

    /** @param hub asked for only on the background executor; {@code clock} decides what is due now */
    public JobsViewModel(Supplier<MarketDataHub> hub, FxBridge bridge, Clock clock) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.clock = Objects.requireNonNull(clock, "clock");
        showRunsOf(null);
    }

    /** Starts reading the jobs unless a read is still in flight; call on the FX thread. */
    public void refresh() {
        if (refreshInFlight) {
            return;
        }
        refreshInFlight = true;
        bridge.run(() -> JobsSnapshot.read(hub.get(), clock.nowMillis(), RUNS_PER_JOB), snapshot -> {
            refreshInFlight = false;
            show(snapshot);
        }, e -> {
            refreshInFlight = false;
            updated.set("Could not read the jobs: " + e.getMessage());
        });
    }

    private void show(JobsSnapshot snapshot) {
        rows.setAll(snapshot.rows());
        notice.set(snapshot.notice());
        updated.set("Updated " + JobsText.utc(snapshot.readAt()) + " UTC");
        showRunsOf(row(selected.get()));
    }

    /** Shows the recent runs of {@code job} (null: none selected). */
    public void select(JobKey job) {
        selected.set(job);
        showRunsOf(row(job));
    }

    private JobRow row(JobKey job) {
        return rows.stream().filter(r -> r.key().equals(job)).findFirst().orElse(null);
    }

    private void showRunsOf(JobRow row) {
        List<RunRow> runs = row == null ? List.of() : row.runs();
        selectedRuns.setAll(runs);
        if (row == null) {
            runsTitle.set("Select a job to see its recent runs");
        } else {
            runsTitle.set(runs.isEmpty() ? "No runs of " + row.kind() + " " + row.series() + " yet"
                    : "Recent runs of " + row.kind() + " " + row.series() + ", newest first");
        }
    }

    public boolean refreshInFlight() {
        return refreshInFlight;
    }

    public ObservableList<JobRow> rows() {
        return rowsView;
    }

    public ObservableList<RunRow> selectedRuns() {
        return selectedRunsView;
    }

    public ReadOnlyObjectProperty<JobKey> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Why no job runs (ignored config file, empty watchlist, stopped scheduler), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** When the table was last read, or why the last read failed. */
    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runsTitleProperty() {
        return runsTitle.getReadOnlyProperty();
    }
}
