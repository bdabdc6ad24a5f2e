package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/** Live bars reach the chart's data: every forming update is a change listeners hear, even in place. */
class ChartViewModelLiveTest {

    static final long MINUTE = 60_000;
    static final long T0 = 1_700_000_040_000L - 1_700_000_040_000L % MINUTE;
    static final SeriesKey KEY = new SeriesKey(Exchange.BINANCE, Instrument.of("ETH", "USDT"), Timeframe.M1);

    @TempDir
    Path dir;

    @Test
    void everyFormingUpdateOfTheSameBarIsHeardAndDrawnWithItsNewValues() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            store.upsert(KEY, CandleSeries.of(List.of(bar(0, "100"), bar(1, "101"), bar(2, "102"))));
            ChartViewModel chart = new ChartViewModel(() -> store, FxBridge.sameThread());
            List<Double> heard = new ArrayList<>();
            chart.dataProperty().addListener((obs, old, data) -> {
                int last = data.columns().size() - 1;
                heard.add(data.columns().close()[last]);
            });
            chart.open(store.info(KEY).orElseThrow());
            heard.clear();

            chart.applyLive(KEY, List.of(), bar(3, "103.5"));
            chart.applyLive(KEY, List.of(), bar(3, "104.25")); // same bar, changed in place in the same arrays
            chart.applyLive(KEY, List.of(bar(3, "104")), bar(4, "104.5"));

            assertThat(heard).containsExactly(103.5, 104.25, 104.5);
            assertThat(chart.data().columns().size()).isEqualTo(5);
            assertThat(chart.data().columns().close()[3]).as("the closed value replaced the forming one")
                    .isEqualTo(104.0);
        }
    }

    @Test
    void barsOfAnotherSeriesOrOlderThanTheNewestAreDropped() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            store.upsert(KEY, CandleSeries.of(List.of(bar(0, "100"), bar(1, "101"))));
            ChartViewModel chart = new ChartViewModel(() -> store, FxBridge.sameThread());
            chart.open(store.info(KEY).orElseThrow());

            assertThat(chart.applyLive(KEY.withTimeframe(Timeframe.M5), List.of(), bar(2, "1"))).isZero();
            assertThat(chart.applyLive(KEY, List.of(), bar(0, "99"))).isZero();
            assertThat(chart.data().columns().size()).isEqualTo(2);
            assertThat(chart.data().columns().close()[0]).isEqualTo(100.0);
        }
    }

    @Test
    void barsCaughtUpBehindTheFormingBarAreJoinedInOrderAndTheFormingBarStays() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            store.upsert(KEY, CandleSeries.of(List.of(bar(0, "100"), bar(1, "101"), bar(2, "102"))));
            ChartViewModel chart = new ChartViewModel(() -> store, FxBridge.sameThread());
            chart.open(store.info(KEY).orElseThrow());
            chart.applyLive(KEY, List.of(), bar(10, "110.5")); // streaming began; bars 3..9 were missed
            List<Candle> missed = new ArrayList<>();
            for (int i = 3; i <= 9; i++) {
                missed.add(bar(i, String.valueOf(100 + i) + ".25"));
            }
            store.upsert(KEY, CandleSeries.of(missed));

            chart.reloadStored(KEY);

            OhlcvColumns c = chart.data().columns();
            assertThat(c.size()).isEqualTo(11);
            for (int i = 0; i <= 10; i++) {
                assertThat(c.openTime()[i]).as("bar %d", i).isEqualTo(T0 + i * MINUTE);
            }
            assertThat(c.close()[2]).isEqualTo(102.0);
            assertThat(c.close()[3]).isEqualTo(103.25);
            assertThat(c.close()[9]).isEqualTo(109.25);
            assertThat(c.close()[10]).as("the forming bar stays").isEqualTo(110.5);
            chart.applyLive(KEY, List.of(), bar(10, "111"));
            assertThat(chart.data().columns().close()[10]).isEqualTo(111.0);
            assertThat(chart.data().columns().size()).isEqualTo(11);
        }
    }

    /**
     * Live bars that come while the caught-up bars are being read wait for them: put on at once, they would stand
     * after the gap the read fills, and the view would jump across it and back.
     */
    @Test
    void liveBarsDuringTheCatchUpReadWaitAndGoOnWithTheJoinInOneChange() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            store.upsert(KEY, CandleSeries.of(List.of(bar(0, "100"), bar(1, "101"), bar(2, "102"))));
            Queue<Runnable> background = new ArrayDeque<>();
            ChartViewModel chart = new ChartViewModel(() -> store, new FxBridge(background::add, Runnable::run));
            chart.open(store.info(KEY).orElseThrow());
            runAll(background);
            store.upsert(KEY, CandleSeries.of(List.of(bar(3, "103"), bar(4, "104"))));
            List<Integer> sizesHeard = new ArrayList<>();
            chart.dataProperty().addListener((obs, old, data) -> sizesHeard.add(data.columns().size()));

            chart.reloadStored(KEY); // the read waits in the background queue
            assertThat(chart.applyLive(KEY, List.of(), bar(5, "105.5"))).as("held, not drawn").isZero();
            chart.applyLive(KEY, List.of(bar(5, "105")), bar(6, "106.5"));
            assertThat(chart.data().columns().size()).isEqualTo(3);
            runAll(background);

            assertThat(sizesHeard).as("one change: the caught-up bars and the held ones together").containsExactly(7);
            OhlcvColumns c = chart.data().columns();
            for (int i = 0; i <= 6; i++) {
                assertThat(c.openTime()[i]).as("bar %d", i).isEqualTo(T0 + i * MINUTE);
            }
            assertThat(c.close()[5]).as("the closed value replaced the forming one").isEqualTo(105.0);
            assertThat(c.close()[6]).isEqualTo(106.5);
            assertThat(chart.applyLive(KEY, List.of(), bar(6, "107"))).as("no longer held").isEqualTo(1);
        }
    }

    @Test
    void heldLiveBarsStillGoOnWhenTheCatchUpReadFails() {
        Path file = dir.resolve("c.db");
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            store.upsert(KEY, CandleSeries.of(List.of(bar(0, "100"), bar(1, "101"))));
        }
        SqliteCandleStore store = SqliteCandleStore.open(file);
        Queue<Runnable> background = new ArrayDeque<>();
        ChartViewModel chart = new ChartViewModel(() -> store, new FxBridge(background::add, Runnable::run));
        chart.open(store.info(KEY).orElseThrow());
        runAll(background);

        chart.reloadStored(KEY);
        chart.applyLive(KEY, List.of(), bar(2, "102.5"));
        store.close(); // the read fails
        runAll(background);

        assertThat(chart.problemProperty().get()).startsWith("Could not read " + KEY);
        assertThat(chart.data().columns().size()).isEqualTo(3);
        assertThat(chart.data().columns().close()[2]).isEqualTo(102.5);
    }

    private static void runAll(Queue<Runnable> tasks) {
        for (Runnable t = tasks.poll(); t != null; t = tasks.poll()) {
            t.run();
        }
    }

    private static Candle bar(int i, String close) {
        BigDecimal c = new BigDecimal(close);
        return new Candle(T0 + i * MINUTE, c, c.add(BigDecimal.ONE), c.subtract(BigDecimal.ONE), c, BigDecimal.ONE);
    }
}
