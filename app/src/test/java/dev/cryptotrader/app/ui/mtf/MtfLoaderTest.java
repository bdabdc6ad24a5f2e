package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MtfLoaderTest {

    private static final SeriesKey BTC_5M = new SeriesKey(Exchange.of("kraken"), Instrument.of("BTC", "USD"),
            Timeframe.M5);
    /** 2024-01-01T00:10:00Z: the first hour starts late, so its bucket is partial. */
    private static final long START = 1_704_067_800_000L;

    @TempDir
    Path dir;

    @Test
    void usesTheStoredSeriesElseResamplesTheFinestStoredOne() {
        try (CandleStore store = SqliteCandleStore.open(dir.resolve("mtf.db"))) {
            store.upsert(BTC_5M, fiveMinuteBars(40)); // 00:10 .. 03:25
            store.upsert(BTC_5M.withTimeframe(Timeframe.D1), CandleSeries.builder(1, 2, 4)
                    .addMantissas(START - 10 * 60_000L, 10_000, 20_000, 9_000, 15_000, 1).build());

            MtfLoader.Loaded hourly = MtfLoader.load(store, BTC_5M, Timeframe.H1);
            assertThat(hourly.source()).isEqualTo("from 5m");
            OhlcvColumns h = hourly.columns();
            // 00:xx is partial at its start and dropped; 01:00, 02:00 whole; 03:00 forming (ends 03:25) is kept.
            assertThat(h.size()).isEqualTo(3);
            assertThat(h.openTime()[0]).isEqualTo(START - 10 * 60_000L + 3_600_000L);
            assertThat(h.open()[0]).isEqualTo(100 + 10); // bar 10 is 01:00
            assertThat(h.close()[1]).isEqualTo(100 + 33 + 0.25);
            assertThat(h.high()[2]).isEqualTo(100 + 39 + 0.5);

            assertThat(MtfLoader.load(store, BTC_5M, Timeframe.D1).source()).isEqualTo("stored");
            assertThatThrownBy(() -> MtfLoader.load(store, BTC_5M, Timeframe.M1))
                    .hasMessageContaining("no 1m bars of BTC/USD on kraken");
        }
    }

    @Test
    void theViewModelLoadsEveryPaneAndReportsAFailureOnItsPane() {
        try (CandleStore store = SqliteCandleStore.open(dir.resolve("mtf.db"))) {
            store.upsert(BTC_5M, fiveMinuteBars(40));
            MtfViewModel model = new MtfViewModel(() -> store, FxBridge.sameThread());
            model.open(BTC_5M, List.of(Timeframe.H1, Timeframe.M5));
            assertThat(model.panes()).extracting(MtfPaneModel::timeframe).containsExactly(Timeframe.H1, Timeframe.M5);
            assertThat(model.panes().get(1).barsProperty().get().size()).isEqualTo(40);
            assertThat(model.panes().get(1).statusProperty().get()).isEqualTo("stored · 40 bars");

            model.panes().get(0).timeframeProperty().set(Timeframe.M1);
            assertThat(model.panes().get(0).problemProperty().get()).contains("no 1m bars");
            assertThat(model.panes().get(0).barsProperty().get().isEmpty()).isTrue();

            model.setPaneCount(4);
            assertThat(model.panes()).hasSize(4);
            model.setPaneCount(2);
            assertThat(model.panes()).hasSize(2);
            assertThatThrownBy(() -> model.setPaneCount(5)).hasMessageContaining("2 to 4 panes, not 5");
        }
    }

    @Test
    void defaultsPutContextAboveTheTradingTimeframe() {
        assertThat(MtfDefaults.timeframes(Timeframe.M5, 2)).containsExactly(Timeframe.H1, Timeframe.M5);
        assertThat(MtfDefaults.timeframes(Timeframe.M1, 3)).containsExactly(Timeframe.H4, Timeframe.M15,
                Timeframe.M1);
        assertThat(MtfDefaults.timeframes(Timeframe.M5, 4)).containsExactly(Timeframe.W1, Timeframe.D1, Timeframe.H1,
                Timeframe.M5);
        assertThat(MtfDefaults.timeframes(Timeframe.W1, 2)).containsExactly(Timeframe.W1, Timeframe.D1);
    }

    /** Close of bar i is 100 + i + 0.25, high +0.5, low -0.5 around 100 + i. */
    private static CandleSeries fiveMinuteBars(int n) {
        CandleSeries.Builder b = CandleSeries.builder(n, 2, 4);
        for (int i = 0; i < n; i++) {
            long base = (100 + i) * 100L;
            b.addMantissas(START + i * 300_000L, base, base + 50, base - 50, base + 25, 10_000);
        }
        return b.build();
    }
}
