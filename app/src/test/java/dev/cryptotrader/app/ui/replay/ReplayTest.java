package dev.cryptotrader.app.ui.replay;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.CandleColumns;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.live.LiveViewModel;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Replays of the demo bars from a real SQLite store reproduce them exactly. */
class ReplayTest {

    private static final SeriesKey BTC = DemoWorkspace.BTC_1M;

    @TempDir
    Path dir;
    private CandleStore store;
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-fx"));
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void seed() {
        store = SqliteCandleStore.open(dir.resolve("demo.db"));
        assertThat(DemoWorkspace.seedIfEmpty(store)).isNotEmpty();
    }

    @AfterEach
    void close() {
        fx.shutdownNow();
        background.shutdownNow();
        store.close();
    }

    @Test
    void eachBarFormsWithinItsRangeFromOpenToCloseAndClosesAsStored() {
        CandleSeries stored = store.readLatest(BTC, 400);
        ReplayFeed feed = new ReplayFeed(stored);
        List<Candle> closed = new ArrayList<>();
        List<Candle> forming = new ArrayList<>();
        while (!feed.finished()) {
            ReplayFeed.Batch one = feed.advance(1);
            closed.addAll(one.closed());
            if (one.forming() != null) {
                forming.add(one.forming());
            }
        }

        assertThat(closed).hasSize(stored.size());
        assertThat(forming).hasSize(stored.size() * IntrabarPath.UPDATES_PER_BAR);
        for (int i = 0; i < stored.size(); i++) {
            Candle bar = stored.candle(i);
            assertThat(closed.get(i)).isEqualTo(bar);
            List<Candle> path = forming.subList(i * IntrabarPath.UPDATES_PER_BAR,
                    (i + 1) * IntrabarPath.UPDATES_PER_BAR);
            assertThat(path.getFirst().close()).isEqualByComparingTo(bar.open());
            assertThat(path.getLast().sameValues(bar)).as("last update of bar %d", i).isTrue();
            for (Candle update : path) {
                assertThat(update.openTime()).isEqualTo(bar.openTime());
                assertThat(update.open()).isEqualByComparingTo(bar.open());
                assertThat(update.high()).isLessThanOrEqualTo(bar.high());
                assertThat(update.low()).isGreaterThanOrEqualTo(bar.low());
                assertThat(update.close()).isBetween(bar.low(), bar.high());
                assertThat(update.volume()).isLessThanOrEqualTo(bar.volume());
            }
            assertThat(path).anyMatch(u -> u.close().compareTo(bar.high()) == 0)
                    .anyMatch(u -> u.close().compareTo(bar.low()) == 0);
        }
    }

    @Test
    void aReplayAtFullSpeedDeliversEveryStoredBarThroughTheLiveSink() throws Exception {
        Recorder chart = new Recorder(store.readLatest(BTC, 300));
        ReplayPlayer player = new ReplayPlayer(() -> store, new FxBridge(background, fx), chart,
                new SimpleBooleanProperty(false));
        onFx(() -> {
            player.faster();
            player.faster();
            player.faster(); // 100 bars/s
            player.replayLatest(80);
        });
        waitUntil(() -> player.stateProperty().get() == ReplayPlayer.State.FINISHED, 20);

        CandleSeries expected = store.readLatest(BTC, 80);
        assertThat(chart.cutSize).isEqualTo(220);
        assertThat(chart.closed).hasSize(80);
        for (int i = 0; i < 80; i++) {
            assertThat(chart.closed.get(i)).isEqualTo(expected.candle(i));
        }
        assertThat(chart.forming).isNotEmpty().allSatisfy(f -> {
            Candle bar = expected.candle(expected.indexAtOrAfter(f.openTime()));
            assertThat(bar.openTime()).isEqualTo(f.openTime());
            assertThat(f.high()).isLessThanOrEqualTo(bar.high());
            assertThat(f.low()).isGreaterThanOrEqualTo(bar.low());
        });
        assertThat(chart.threads).containsOnly("test-fx");
        onFx(() -> assertThat(player.statusTextProperty().get()).contains("80/80 bars · 100 bars/s"));
        onFx(player::close);
    }

    @Test
    void pauseHoldsTheReplayAndStopShowsTheStoredBarsAgain() throws Exception {
        Recorder chart = new Recorder(store.readLatest(BTC, 300));
        SimpleBooleanProperty live = new SimpleBooleanProperty(false);
        ReplayPlayer player = new ReplayPlayer(() -> store, new FxBridge(background, fx), chart, live);
        onFx(() -> player.replayFrom(199)); // the right edge at bar 199: bars 200.. replay
        waitUntil(() -> chart.closed.size() >= 1, 10);
        onFx(player::playPause);
        int atPause = chart.closed.size();
        Thread.sleep(400);
        assertThat(chart.cutSize).isEqualTo(200);
        assertThat(chart.closed.size()).isLessThanOrEqualTo(atPause + 1); // a hand-over may have been in flight
        onFx(() -> assertThat(player.stateProperty().get()).isEqualTo(ReplayPlayer.State.PAUSED));

        onFx(player::stop);
        assertThat(chart.restored).isTrue();
        onFx(() -> {
            assertThat(player.stateProperty().get()).isEqualTo(ReplayPlayer.State.IDLE);
            live.set(true);
            player.replayLatest(10);
            assertThat(player.statusTextProperty().get()).contains("live candles are on");
        });
        onFx(player::close);
    }

    private void onFx(Runnable r) throws Exception {
        fx.submit(r).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(end);
            Thread.sleep(20);
        }
    }

    /** A chart that records what the replay does to it. */
    private static final class Recorder implements ReplayTarget {
        final List<Candle> closed = new CopyOnWriteArrayList<>();
        final List<Candle> forming = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        volatile ChartData shown;
        volatile int cutSize = -1;
        volatile boolean restored;

        Recorder(CandleSeries bars) {
            OhlcvColumns columns = CandleColumns.forChart(bars);
            shown = new ChartData(new dev.cryptotrader.trading.port.SeriesInfo(BTC, bars.size(),
                    bars.firstOpenTime(), bars.lastOpenTime()), columns, true);
        }

        @Override
        public ChartData shown() {
            return shown;
        }

        @Override
        public void cutTo(ChartData original, OhlcvColumns kept) {
            cutSize = kept.size();
            assertThat(kept.openTime()[kept.size() - 1]).isEqualTo(original.columns().openTime()[kept.size() - 1]);
        }

        @Override
        public LiveViewModel.ChartSink sink() {
            return new LiveViewModel.ChartSink() {
                @Override
                public int apply(SeriesKey key, List<Candle> c, Candle f) {
                    threads.add(Thread.currentThread().getName());
                    closed.addAll(c);
                    if (f != null) {
                        forming.add(f);
                    }
                    return c.size() + (f == null ? 0 : 1);
                }

                @Override
                public void storedBarsArrived(SeriesKey key) {
                }
            };
        }

        @Override
        public void restore(ChartData original) {
            restored = original == shown;
        }
    }
}
