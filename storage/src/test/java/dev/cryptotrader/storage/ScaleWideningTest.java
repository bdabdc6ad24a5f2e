package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.trading.port.UpsertResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.MINUTE;
import static dev.cryptotrader.storage.Bars.T0;
import static dev.cryptotrader.storage.Bars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleWideningTest {

    @TempDir
    Path dir;

    @Test
    void widensStoredBarsWhenNewBarsCarryMoreDecimals() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            store.upsert(BTC_1M, CandleSeries.of(List.of(bar(T0, "100.5", "101", "99", "100", "2"))));

            UpsertResult result = store.upsert(BTC_1M,
                    CandleSeries.of(List.of(bar(T0 + MINUTE, "100.125", "100.5", "100", "100.25", "0.001"))));

            assertThat(result).isEqualTo(new UpsertResult(1, 0, 0));
            CandleSeries all = store.readAll(BTC_1M);
            assertThat(all.priceScale()).isEqualTo(3);
            assertThat(all.volumeScale()).isEqualTo(3);
            assertThat(all.openMantissa(0)).isEqualTo(100_500);
            assertThat(all.volumeMantissa(0)).isEqualTo(2_000);
            assertThat(all.candle(0).sameValues(bar(T0, "100.5", "101", "99", "100", "2"))).isTrue();
            assertThat(all.candle(1).sameValues(bar(T0 + MINUTE, "100.125", "100.5", "100", "100.25", "0.001")))
                    .isTrue();
        }
    }

    @Test
    void widensIncomingBarsWhenTheSeriesHasMoreDecimals() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            Candle precise = bar(T0, "100.12345", "101", "99", "100", "2.5");
            store.upsert(BTC_1M, CandleSeries.of(List.of(precise)));

            Candle coarse = bar(T0 + MINUTE, "100", "101", "99", "100", "2");
            UpsertResult result = store.upsert(BTC_1M, CandleSeries.of(List.of(precise, coarse)));

            assertThat(result).isEqualTo(new UpsertResult(1, 0, 1)); // the re-sent precise bar is unchanged
            CandleSeries all = store.readAll(BTC_1M);
            assertThat(all.priceScale()).isEqualTo(5);
            assertThat(all.volumeScale()).isEqualTo(1);
            assertThat(all.candle(1).sameValues(coarse)).isTrue();
            assertThat(all.candle(0).sameValues(precise)).isTrue();
        }
    }

    @Test
    void aWideningThatWouldOverflowStoredBarsLeavesTheDatabaseUnchanged() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            // 9.3e17 whole units at scale 0: one more decimal (9.3e18) no longer fits in a long.
            CandleSeries huge = CandleSeries.of(List.of(
                    bar(T0, "1", "930000000000000000", "1", "1", "1"), bar(T0 + MINUTE, "1", "1", "1", "1", "1")));
            store.upsert(BTC_1M, huge);
            SeriesInfo before = store.info(BTC_1M).orElseThrow();
            CandleSeries storedBefore = store.readAll(BTC_1M);

            CandleSeries finer = CandleSeries.of(List.of(bar(T0 + 2 * MINUTE, "1.5", "2", "1", "1", "1")));
            assertThatThrownBy(() -> store.upsert(BTC_1M, finer))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");

            assertThat(store.info(BTC_1M)).contains(before);
            CandleSeries after = store.readAll(BTC_1M);
            assertThat(after.priceScale()).isEqualTo(storedBefore.priceScale());
            assertThat(after.toCandles()).isEqualTo(storedBefore.toCandles());
        }
    }

    @Test
    void incomingBarsThatOverflowAtTheStoredScaleAreRejectedWithoutWritingAny() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"))) {
            store.upsert(BTC_1M, CandleSeries.of(List.of(bar(T0, "0.000000000000000001", "1", "0.000000000000000001",
                    "1", "1"))));
            SeriesInfo before = store.info(BTC_1M).orElseThrow();

            CandleSeries big = CandleSeries.of(List.of(bar(T0 + MINUTE, "10", "10", "10", "10", "1"),
                    bar(T0 + 2 * MINUTE, "100", "100", "100", "100", "1")));
            assertThatThrownBy(() -> store.upsert(BTC_1M, big))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");

            assertThat(store.info(BTC_1M)).contains(before);
        }
    }

    @Test
    void aFailureAfterEverythingWasWrittenRollsBackBarsScalesAndSummary() {
        Path file = dir.resolve("c.db");
        CandleSeries original = CandleSeries.of(List.of(bar(T0, "10.5", "11", "10", "10.5", "1")));
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            store.upsert(BTC_1M, original);
        }
        boolean[] armed = {true};
        try (SqliteCandleStore store = SqliteCandleStore.open(file, () -> {
            if (armed[0]) {
                throw new IllegalStateException("disk full (simulated)");
            }
        })) {
            // Widens prices to 4 decimals, updates bar 0 and inserts 9999 more: all of it must vanish.
            CandleSeries.Builder b = CandleSeries.builder(10_000, 4, 8);
            b.addMantissas(T0, 105_001, 110_000, 100_000, 105_000, 100_000_000);
            CandleSeries more = Bars.walk(1, 9_999, 17);
            for (int i = 0; i < more.size(); i++) {
                b.addMantissas(more.openTime(i), more.openMantissa(i) * 100, more.highMantissa(i) * 100,
                        more.lowMantissa(i) * 100, more.closeMantissa(i) * 100, more.volumeMantissa(i));
            }
            assertThatThrownBy(() -> store.upsert(BTC_1M, b.build())).hasMessageContaining("simulated");

            armed[0] = false;
            CandleSeries after = store.readAll(BTC_1M);
            assertThat(after.priceScale()).isEqualTo(1);
            assertThat(after.toCandles()).isEqualTo(original.toCandles());
            assertThat(store.info(BTC_1M)).contains(new SeriesInfo(BTC_1M, 1, T0, T0));
            // The writer is usable again after the rollback.
            assertThat(store.upsert(BTC_1M, Bars.walk(1, 1, 18)).inserted()).isEqualTo(1);
        }
    }
}
