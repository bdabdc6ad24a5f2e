package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.trading.port.UpsertResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.ETH_1M;
import static dev.cryptotrader.storage.Bars.MINUTE;
import static dev.cryptotrader.storage.Bars.T0;
import static dev.cryptotrader.storage.Bars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteCandleStoreTest {

    @TempDir
    Path dir;
    SqliteCandleStore store;

    @BeforeEach
    void open() {
        store = SqliteCandleStore.open(dir.resolve("candles.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsBackExactlyTheDecimalsThatWereWritten() {
        List<Candle> written = List.of(
                bar(T0, "37123.45", "37200.00", "37000.01", "37150.99", "12.34567891"),
                bar(T0 + MINUTE, "37150.99", "37151.00", "0.01", "37151.00", "0.00000001"),
                bar(T0 + 2 * MINUTE, "92233720368.54", "92233720368.54", "92233720368.54", "92233720368.54",
                        "92233720368.54775807"));

        UpsertResult result = store.upsert(BTC_1M, CandleSeries.of(written));

        assertThat(result).isEqualTo(new UpsertResult(3, 0, 0));
        List<Candle> read = store.readAll(BTC_1M).toCandles();
        assertThat(read).hasSize(3);
        for (int i = 0; i < written.size(); i++) {
            // Same scale in and out, so even BigDecimal.equals (which compares scale) holds.
            assertThat(read.get(i)).isEqualTo(written.get(i));
        }
    }

    @Test
    void writingTheSameBarsAgainChangesNothing() {
        CandleSeries bars = Bars.walk(0, 10_000, 1);
        store.upsert(BTC_1M, bars);
        SeriesInfo infoBefore = store.info(BTC_1M).orElseThrow();

        UpsertResult again = store.upsert(BTC_1M, bars);

        assertThat(again).isEqualTo(new UpsertResult(0, 0, 10_000));
        assertThat(store.info(BTC_1M)).contains(infoBefore);
        assertThat(store.readAll(BTC_1M).toCandles()).isEqualTo(bars.toCandles());
    }

    @Test
    void rewritesOnlyTheBarWhoseValuesChanged() {
        CandleSeries bars = Bars.walk(0, 100, 2);
        store.upsert(BTC_1M, bars);
        CandleSeries changed = Bars.withCloseNudged(bars, 42);

        UpsertResult result = store.upsert(BTC_1M, changed);

        assertThat(result).isEqualTo(new UpsertResult(0, 1, 99));
        assertThat(store.readAll(BTC_1M).candle(42).close())
                .isEqualByComparingTo(bars.candle(42).close().add(new BigDecimal("0.01")));
    }

    @Test
    void countsInsertedUpdatedAndUnchangedExactlyWhenTheyMix() {
        store.upsert(BTC_1M, Bars.walk(0, 5_000, 3)); // minutes 0..4999
        // Minutes 4000..13999: 1000 overlap (one of them changed), 9000 new, crossing several statement chunks.
        CandleSeries overlapping = Bars.walk(4_000, 10_000, 4);
        CandleSeries stored = store.read(BTC_1M, new TimeRange(T0 + 4_000 * MINUTE, T0 + 5_000 * MINUTE));
        CandleSeries.Builder b = CandleSeries.builder(10_000, 2, 8);
        for (int i = 0; i < 10_000; i++) {
            CandleSeries src = i < 1_000 ? stored : overlapping;
            b.addMantissas(overlapping.openTime(i), src.openMantissa(i), src.highMantissa(i), src.lowMantissa(i),
                    src.closeMantissa(i), src.volumeMantissa(i));
        }
        CandleSeries mixed = Bars.withCloseNudged(b.build(), 500);

        UpsertResult result = store.upsert(BTC_1M, mixed);

        assertThat(result).isEqualTo(new UpsertResult(9_000, 1, 999));
        assertThat(store.info(BTC_1M)).contains(new SeriesInfo(BTC_1M, 14_000, T0, T0 + 13_999 * MINUTE));
    }

    @Test
    void fillsAGapBetweenStoredBarsWithInserts() {
        CandleSeries all = Bars.walk(0, 300, 5);
        store.upsert(BTC_1M, all.slice(0, 100));
        store.upsert(BTC_1M, all.slice(200, 300));

        UpsertResult result = store.upsert(BTC_1M, all.slice(50, 250));

        assertThat(result).isEqualTo(new UpsertResult(100, 0, 100));
        assertThat(store.readAll(BTC_1M).toCandles()).isEqualTo(all.toCandles());
    }

    @Test
    void readsAHalfOpenRange() {
        store.upsert(BTC_1M, Bars.walk(0, 100, 6));

        CandleSeries range = store.read(BTC_1M, new TimeRange(T0 + 10 * MINUTE, T0 + 20 * MINUTE));

        assertThat(range.size()).isEqualTo(10);
        assertThat(range.firstOpenTime()).isEqualTo(T0 + 10 * MINUTE);
        assertThat(range.lastOpenTime()).isEqualTo(T0 + 19 * MINUTE);
        assertThat(store.read(BTC_1M, new TimeRange(T0 + 10 * MINUTE + 1, T0 + 11 * MINUTE)).isEmpty()).isTrue();
        assertThat(store.read(BTC_1M, new TimeRange(T0 + 10 * MINUTE, T0 + 10 * MINUTE)).isEmpty()).isTrue();
        assertThat(store.read(BTC_1M, new TimeRange(Long.MIN_VALUE, T0 + MINUTE)).size()).isEqualTo(1);
        assertThat(store.read(BTC_1M, new TimeRange(T0 + 99 * MINUTE, Long.MAX_VALUE)).size()).isEqualTo(1);
        assertThat(store.read(BTC_1M, new TimeRange(T0 + 100 * MINUTE, Long.MAX_VALUE)).isEmpty()).isTrue();
    }

    @Test
    void readsTheLatestBarsOldestFirst() {
        CandleSeries bars = Bars.walk(0, 1_000, 7);
        store.upsert(BTC_1M, bars);

        CandleSeries latest = store.readLatest(BTC_1M, 3);

        assertThat(latest.toCandles()).isEqualTo(bars.slice(997, 1_000).toCandles());
        assertThat(store.readLatest(BTC_1M, 5_000).toCandles()).isEqualTo(bars.toCandles());
        assertThat(store.readLatest(BTC_1M, 0).isEmpty()).isTrue();
        assertThatThrownBy(() -> store.readLatest(BTC_1M, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsSeriesWithCountsAndRangesSortedByExchangeSymbolAndTimeframe() {
        SeriesKey btc1h = BTC_1M.withTimeframe(Timeframe.H1);
        SeriesKey btc5m = BTC_1M.withTimeframe(Timeframe.M5);
        store.upsert(BTC_1M, Bars.walk(0, 50, 8));
        store.upsert(btc1h, Bars.walk(60, 1, 9));
        store.upsert(btc5m, Bars.walk(0, 2, 10));
        store.upsert(ETH_1M, Bars.walk(10, 5, 11));

        List<SeriesInfo> series = store.listSeries();

        assertThat(series).containsExactly(
                new SeriesInfo(ETH_1M, 5, T0 + 10 * MINUTE, T0 + 14 * MINUTE),
                new SeriesInfo(BTC_1M, 50, T0, T0 + 49 * MINUTE),
                new SeriesInfo(btc5m, 2, T0, T0 + MINUTE),
                new SeriesInfo(btc1h, 1, T0 + 60 * MINUTE, T0 + 60 * MINUTE));
        assertThat(store.info(ETH_1M)).contains(series.get(0));
    }

    @Test
    void anUnknownSeriesReadsAsEmpty() {
        SeriesKey unknown = new SeriesKey(Exchange.of("coinbase"), Instrument.of("SOL", "USD"), Timeframe.D1);

        assertThat(store.readAll(unknown).isEmpty()).isTrue();
        assertThat(store.readLatest(unknown, 10).isEmpty()).isTrue();
        assertThat(store.info(unknown)).isEmpty();
        assertThat(store.listSeries()).isEmpty();
    }

    @Test
    void anEmptyUpsertWritesNothing() {
        assertThat(store.upsert(BTC_1M, CandleSeries.empty())).isEqualTo(new UpsertResult(0, 0, 0));
        assertThat(store.listSeries()).isEmpty();
    }

    @Test
    void rejectsBarsOutOfTimeOrderWithoutWritingAny() {
        store.upsert(BTC_1M, Bars.walk(0, 10, 12));
        CandleSeries duplicated = CandleSeries.of(List.of(
                bar(T0 + 20 * MINUTE, "1", "1", "1", "1", "1"), bar(T0 + 20 * MINUTE, "2", "2", "2", "2", "2")));

        assertThatThrownBy(() -> store.upsert(BTC_1M, duplicated))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
        assertThat(store.info(BTC_1M).orElseThrow().barCount()).isEqualTo(10);
    }

    @Test
    void keepsSeriesApart() {
        CandleSeries btc = Bars.walk(0, 20, 13);
        CandleSeries eth = Bars.walk(0, 20, 14);
        store.upsert(BTC_1M, btc);
        store.upsert(ETH_1M, eth);

        assertThat(store.readAll(BTC_1M).toCandles()).isEqualTo(btc.toCandles());
        assertThat(store.readAll(ETH_1M).toCandles()).isEqualTo(eth.toCandles());
    }

    @Test
    void roundTripsAMillionBars() {
        CandleSeries bars = Bars.walk(0, 1_000_000, 15);

        assertThat(store.upsert(BTC_1M, bars)).isEqualTo(new UpsertResult(1_000_000, 0, 0));
        CandleSeries read = store.readAll(BTC_1M);

        assertThat(read.size()).isEqualTo(1_000_000);
        for (int i = 0; i < read.size(); i += 997) {
            assertThat(read.candle(i)).isEqualTo(bars.candle(i));
        }
        assertThat(read.candle(999_999)).isEqualTo(bars.candle(999_999));
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseFailsClearly() {
        store.close();
        store.close();

        assertThatThrownBy(() -> store.upsert(BTC_1M, Bars.walk(0, 1, 16)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.readAll(BTC_1M))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
