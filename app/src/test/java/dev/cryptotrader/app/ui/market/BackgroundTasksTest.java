package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.tasks.BackgroundTask;
import dev.cryptotrader.app.ui.tasks.BackgroundTasks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task model without a screen: the "FX thread" is a queue the test drains, so it can count what a busy worker
 * puts there.
 */
class BackgroundTasksTest {

    private final List<Runnable> fxQueue = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(new FxBridge(Runnable::run, this::enqueue));

    private synchronized void enqueue(Runnable action) {
        fxQueue.add(action);
    }

    private synchronized List<Runnable> drain() {
        List<Runnable> drained = List.copyOf(fxQueue);
        fxQueue.clear();
        return drained;
    }

    @Test
    void aFloodOfReportsLeavesOneUpdateWaitingAndItCarriesTheLatest() throws Exception {
        BackgroundTask task = tasks.add("Backfill binance BTC/USDT 1m", "waiting", () -> { });
        task.markStarted("starting…");

        Thread worker = Thread.ofPlatform().start(() -> {
            for (int page = 1; page <= 10_000; page++) {
                task.report(page / 10_000.0, page + " pages");
            }
        });
        worker.join();

        List<Runnable> waiting = drain();
        assertThat(waiting).hasSize(1);
        assertThat(task.progressProperty().get()).as("nothing applied off the FX thread").isNegative();
        waiting.getFirst().run();
        assertThat(task.progressProperty().get()).isEqualTo(1.0);
        assertThat(task.detailProperty().get()).isEqualTo("10000 pages");

        task.report(0.5, "again");
        assertThat(drain()).as("a new report after the hand-over is handed over again").hasSize(1);
    }

    @Test
    void reportsFromTwoThreadsNeverQueueMoreThanOneUpdate() throws Exception {
        BackgroundTask task = tasks.add("t", "", () -> { });
        CountDownLatch go = new CountDownLatch(1);
        Runnable flood = () -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (int i = 0; i < 5_000; i++) {
                task.report(0.1, "x");
            }
        };
        Thread a = Thread.ofPlatform().start(flood);
        Thread b = Thread.ofPlatform().start(flood);
        go.countDown();
        a.join();
        b.join();
        assertThat(drain()).hasSize(1);
    }

    @Test
    void finishingRemovesTheTaskKeepsItsResultAndIgnoresLateReports() {
        BackgroundTask task = tasks.add("Backfill binance BTC/USDT 1h", "waiting", () -> { });
        task.markStarted("starting…");
        task.report(0.4, "400 bars · page 1 · 40%");

        task.finish("backfilled binance BTC/USDT 1h: 720 new bars");
        drain().forEach(Runnable::run);

        assertThat(tasks.running()).isEmpty();
        assertThat(tasks.shownProperty().get()).isNull();
        assertThat(tasks.lastResultProperty().get()).isEqualTo("backfilled binance BTC/USDT 1h: 720 new bars");
        assertThat(task.progressProperty().get()).as("the late report is dropped").isNegative();
    }

    @Test
    void cancelAsksTheWorkOnceAndTheTaskStaysUntilTheWorkHasStopped() {
        AtomicInteger asked = new AtomicInteger();
        BackgroundTask task = tasks.add("t", "", asked::incrementAndGet);

        task.cancel();
        task.cancel();
        tasks.cancelShown();

        assertThat(asked.get()).isEqualTo(1);
        assertThat(task.cancelRequestedProperty().get()).isTrue();
        assertThat(tasks.running()).containsExactly(task);
    }

    @Test
    void theStatusBarShowsTheNewestStartedTaskNotTheOnesWaitingBehindIt() {
        BackgroundTask first = tasks.add("first", "waiting", () -> { });
        assertThat(tasks.shownProperty().get()).isSameAs(first);
        first.markStarted("starting…");
        BackgroundTask second = tasks.add("second", "waiting", () -> { });

        assertThat(tasks.shownProperty().get()).isSameAs(first);
        first.finish("done");
        assertThat(tasks.shownProperty().get()).isSameAs(second);
        second.markStarted("starting…");
        assertThat(tasks.shownProperty().get()).isSameAs(second);
    }
}
