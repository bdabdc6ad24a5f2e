package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.ETH_1M;
import static dev.cryptotrader.storage.Bars.MINUTE;
import static dev.cryptotrader.storage.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteCoverageLedgerTest {

    private static final TimeRange EVERYTHING = TimeRange.ALL;

    @TempDir
    Path dir;

    private static TimeRange minutes(int from, int to) {
        return new TimeRange(T0 + from * MINUTE, T0 + to * MINUTE);
    }

    private SqliteCoverageLedger open() {
        return SqliteCoverageLedger.open(dir.resolve("ledger.db"));
    }

    @Test
    void recordedSpansReadBackSortedAndSurviveReopening() {
        try (SqliteCoverageLedger ledger = open()) {
            ledger.recordEmpty(BTC_1M, List.of(minutes(50, 60), minutes(10, 20)));
        }
        try (SqliteCoverageLedger ledger = open()) {
            assertThat(ledger.confirmedEmpty(BTC_1M, EVERYTHING)).containsExactly(minutes(10, 20), minutes(50, 60));
        }
    }

    @Test
    void overlappingAndTouchingSpansMergeIntoOne() {
        try (SqliteCoverageLedger ledger = open()) {
            ledger.recordEmpty(BTC_1M, List.of(minutes(10, 20)));
            ledger.recordEmpty(BTC_1M, List.of(minutes(30, 40)));
            ledger.recordEmpty(BTC_1M, List.of(minutes(20, 25), minutes(24, 30))); // bridges both
            ledger.recordEmpty(BTC_1M, List.of(minutes(35, 45)));

            assertThat(ledger.confirmedEmpty(BTC_1M, EVERYTHING)).containsExactly(minutes(10, 45));
        }
    }

    @Test
    void recordingTheSameSpansAgainChangesNothing() {
        try (SqliteCoverageLedger ledger = open()) {
            ledger.recordEmpty(BTC_1M, List.of(minutes(10, 20), minutes(30, 31)));
            ledger.recordEmpty(BTC_1M, List.of(minutes(10, 20), minutes(30, 31)));
            ledger.recordEmpty(BTC_1M, List.of(minutes(12, 15)));

            assertThat(ledger.confirmedEmpty(BTC_1M, EVERYTHING)).containsExactly(minutes(10, 20), minutes(30, 31));
        }
    }

    @Test
    void eachSeriesHasItsOwnSpans() {
        SeriesKey btc5m = BTC_1M.withTimeframe(Timeframe.M5);
        try (SqliteCoverageLedger ledger = open()) {
            ledger.recordEmpty(BTC_1M, List.of(minutes(10, 20)));
            ledger.recordEmpty(ETH_1M, List.of(minutes(15, 25)));

            assertThat(ledger.confirmedEmpty(BTC_1M, EVERYTHING)).containsExactly(minutes(10, 20));
            assertThat(ledger.confirmedEmpty(ETH_1M, EVERYTHING)).containsExactly(minutes(15, 25));
            assertThat(ledger.confirmedEmpty(btc5m, EVERYTHING)).isEmpty();
        }
    }

    @Test
    void aLookupReturnsTheWholeSpansThatOverlapIt() {
        try (SqliteCoverageLedger ledger = open()) {
            ledger.recordEmpty(BTC_1M, List.of(minutes(10, 20), minutes(30, 40), minutes(50, 60)));

            assertThat(ledger.confirmedEmpty(BTC_1M, minutes(15, 35))).containsExactly(minutes(10, 20),
                    minutes(30, 40));
            assertThat(ledger.confirmedEmpty(BTC_1M, minutes(20, 30))).as("half-open: touching is not overlapping")
                    .isEmpty();
        }
    }

    @Test
    void nothingToRecordIsHarmless() {
        try (SqliteCoverageLedger ledger = open()) {
            ledger.recordEmpty(BTC_1M, List.of());
            ledger.recordEmpty(BTC_1M, List.of(minutes(5, 5)));

            assertThat(ledger.confirmedEmpty(BTC_1M, EVERYTHING)).isEmpty();
        }
    }

    @Test
    void theLedgerAndTheCandleStoreShareOneFile() {
        Path file = dir.resolve("shared.db");
        try (SqliteCandleStore store = SqliteCandleStore.open(file);
             SqliteCoverageLedger ledger = SqliteCoverageLedger.open(file)) {
            store.upsert(BTC_1M, Bars.walk(0, 10, 1));
            ledger.recordEmpty(BTC_1M, List.of(minutes(10, 20)));
            store.upsert(BTC_1M, Bars.walk(20, 10, 2));

            assertThat(store.info(BTC_1M).orElseThrow().barCount()).isEqualTo(20);
            assertThat(ledger.confirmedEmpty(BTC_1M, EVERYTHING)).containsExactly(minutes(10, 20));
        }
    }

    @Test
    void aVersionOneDatabaseIsUpgradedAndKeepsItsCandles() {
        Path file = dir.resolve("v1.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            store.upsert(BTC_1M, Bars.walk(0, 10, 3));
        }

        try (SqliteCoverageLedger ledger = SqliteCoverageLedger.open(file);
             SqliteCandleStore store = SqliteCandleStore.open(file)) {
            ledger.recordEmpty(BTC_1M, List.of(minutes(10, 20)));
            assertThat(ledger.confirmedEmpty(BTC_1M, EVERYTHING)).containsExactly(minutes(10, 20));
            assertThat(store.readAll(BTC_1M).toCandles()).isEqualTo(Bars.walk(0, 10, 3).toCandles());
        }
    }

    @Test
    void aClosedLedgerSaysSo() {
        SqliteCoverageLedger ledger = open();
        ledger.close();
        ledger.close();

        assertThatThrownBy(() -> ledger.confirmedEmpty(BTC_1M, EVERYTHING))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
