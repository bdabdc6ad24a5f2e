package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.tasks.BackgroundTask;
import dev.cryptotrader.app.ui.tasks.BackgroundTasks;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.backfill.BackfillResult;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the backfills the user starts, one at a time, each shown as a {@link BackgroundTasks} entry with its progress
 * and a Cancel button. One at a time because a backfill holds a thread of the bridge's small background pool for its
 * whole run (the chart loads on the other), and because every backfill of a venue spends the same rate-limit budget.
 * FX thread only; the progress callbacks arrive on the backfill thread and go through {@link BackgroundTask#report}.
 */
public final class BackfillRunner {

    private final Supplier<MarketDataHub> hub;
    private final FxBridge bridge;
    private final BackgroundTasks tasks;
    private final Deque<Run> waiting = new ArrayDeque<>();
    private final List<Consumer<BackfillOutcome>> listeners = new ArrayList<>();
    private Run active;

    /** {@code hub} is only asked for on the background executor (it may open the database). */
    public BackfillRunner(Supplier<MarketDataHub> hub, FxBridge bridge, BackgroundTasks tasks) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Queues a backfill of {@code range} of {@code key}; it starts at once unless another one runs. Returns why it was
     * refused: the same series is already being backfilled.
     */
    public Optional<String> start(SeriesKey key, TimeRange range) {
        if (find(key).isPresent()) {
            return Optional.of(key + " is already being backfilled");
        }
        BackgroundTask task = tasks.add(BackfillText.title(key), "waiting for the running backfill",
                () -> cancel(key));
        waiting.add(new Run(key, range, new CancellationToken(), task));
        if (active == null) {
            runNext();
        }
        return Optional.empty();
    }

    /** {@code listener} hears on the FX thread how every started backfill ended (not those cancelled while waiting). */
    public void addFinishedListener(Consumer<BackfillOutcome> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Whether a backfill runs or waits. */
    public boolean isBusy() {
        return active != null || !waiting.isEmpty();
    }

    private void runNext() {
        Run run = waiting.poll();
        active = run;
        if (run == null) {
            return;
        }
        run.task().markStarted("starting…");
        bridge.run(() -> hub.get().backfill(run.key(), run.range(),
                        progress -> run.task().report(progress.fraction(), BackfillText.progress(progress)),
                        run.token()),
                result -> finished(run, outcome(result)),
                failure -> finished(run, new BackfillOutcome(run.key(), BackfillOutcome.Status.FAILED, 0,
                        BackfillText.failed(run.key(), failure))));
    }

    private static BackfillOutcome outcome(BackfillResult result) {
        return result.cancelled()
                ? new BackfillOutcome(result.key(), BackfillOutcome.Status.CANCELLED, result.inserted(),
                        BackfillText.cancelled(result))
                : new BackfillOutcome(result.key(), BackfillOutcome.Status.COMPLETED, result.inserted(),
                        BackfillText.completed(result));
    }

    private void finished(Run run, BackfillOutcome outcome) {
        run.task().finish(outcome.message());
        active = null;
        List.copyOf(listeners).forEach(l -> l.accept(outcome));
        runNext();
    }

    /** The running one stops after its page in flight; a waiting one never starts. */
    private void cancel(SeriesKey key) {
        if (active != null && active.key().equals(key)) {
            active.token().cancel();
            return;
        }
        waiting.stream().filter(r -> r.key().equals(key)).findFirst().ifPresent(run -> {
            waiting.remove(run);
            run.task().finish(BackfillText.cancelledBeforeStart(key));
        });
    }

    private Optional<Run> find(SeriesKey key) {
        if (active != null && active.key().equals(key)) {
            return Optional.of(active);
        }
        return waiting.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    private record Run(SeriesKey key, TimeRange range, CancellationToken token, BackgroundTask task) {
    }
}
