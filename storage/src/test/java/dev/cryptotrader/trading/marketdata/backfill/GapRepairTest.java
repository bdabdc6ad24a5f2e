package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.port.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.IntPredicate;

import static dev.cryptotrader.trading.marketdata.backfill.BackfillTest.KEY;
import static dev.cryptotrader.trading.marketdata.backfill.BackfillTest.LONG_AFTER;
import static dev.cryptotrader.trading.marketdata.backfill.BackfillTest.MINUTE;
import static dev.cryptotrader.trading.marketdata.backfill.BackfillTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Gap repair against a fake venue and the real SQLite store and ledger (hence in storage/). */
class GapRepairTest {

    @TempDir
    Path dir;

    SqliteCandleStore store;
    SqliteCoverageLedger ledger;

    @BeforeEach
    void open() {
        store = SqliteCandleStore.open(dir.resolve("repair.db"));
        ledger = SqliteCoverageLedger.open(dir.resolve("repair.db"));
    }

    @AfterEach
    void close() {
        ledger.close();
        store.close();
    }

    private static TimeRange minutes(int from, int to) {
        return new TimeRange(T0 + from * MINUTE, T0 + to * MINUTE);
    }

    /** Stores the bars of {@code source} whose slot index is not {@code lost}: holes the venue can fill. */
    private void storeAllBut(CandleSeries source, IntPredicate lost) {
        CandleSeries.Builder b = CandleSeries.builder(source.size(), source.priceScale(), source.volumeScale());
        for (int i = 0; i < source.size(); i++) {
            if (!lost.test((int) ((source.openTime(i) - T0) / MINUTE))) {
                b.addMantissas(source.openTime(i), source.openMantissa(i), source.highMantissa(i),
                        source.lowMantissa(i), source.closeMantissa(i), source.volumeMantissa(i));
            }
        }
        store.upsert(KEY, b.build());
    }

    private RepairResult repair(FakeVenue venue, Clock clock) {
        return new GapRepair(venue, store, ledger, clock).run(KEY, TimeRange.ALL, BackfillListener.NONE,
                new CancellationToken());
    }

    @Test
    void realHolesAreRefetchedExactlyAndFilled() {
        CandleSeries source = FakeVenue.history(T0, 1_000, 1, i -> false);
        storeAllBut(source, i -> i >= 100 && i < 103 || i == 500 || i >= 700 && i < 750);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 1_500);

        RepairResult result = repair(venue, LONG_AFTER);

        assertThat(venue.requests()).containsExactly(minutes(100, 103), minutes(500, 501), minutes(700, 750));
        assertThat(result.gapsFound()).isEqualTo(3);
        assertThat(result.missingBars()).isEqualTo(54);
        assertThat(result.barsRefetched()).isEqualTo(54);
        assertThat(result.inserted()).isEqualTo(54);
        assertThat(result.spansConfirmedEmpty()).isZero();
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
    }

    @Test
    void whatTheVenueHasNoDataForIsConfirmedEmptyAndNotAskedForAgain() {
        // The venue never had minutes 200-219 and 600 (no trades); the store also lost 400-409, which the venue has.
        CandleSeries source = FakeVenue.history(T0, 1_000, 2, i -> i >= 200 && i < 220 || i == 600);
        storeAllBut(source, i -> i >= 400 && i < 410);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 1_500);

        RepairResult first = repair(venue, LONG_AFTER);

        assertThat(first.gapsFound()).isEqualTo(3);
        assertThat(first.barsRefetched()).isEqualTo(10);
        assertThat(first.spansConfirmedEmpty()).isEqualTo(2);
        assertThat(first.barsConfirmedEmpty()).isEqualTo(21);
        assertThat(ledger.confirmedEmpty(KEY, TimeRange.ALL)).containsExactly(minutes(200, 220), minutes(600, 601));
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());

        FakeVenue again = new FakeVenue(Exchange.KUCOIN, source, 1_500);
        RepairResult second = repair(again, LONG_AFTER);

        assertThat(again.requests()).as("nothing left to ask for").isEmpty();
        assertThat(second.gapsFound()).isEqualTo(2);
        assertThat(second.barsKnownEmpty()).isEqualTo(21);
        assertThat(second.barsRefetched()).isZero();
    }

    @Test
    void aHoleLongerThanOnePageIsFetchedPageByPage() {
        CandleSeries source = FakeVenue.history(T0, 3_000, 3, i -> i >= 1_234 && i < 1_300);
        storeAllBut(source, i -> i >= 10 && i < 2_990);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 1_000);

        RepairResult result = repair(venue, LONG_AFTER);

        assertThat(venue.requests()).hasSize(3).allMatch(r -> r.to() == T0 + 2_990 * MINUTE);
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.barsConfirmedEmpty()).isEqualTo(66);
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
    }

    @Test
    void aPartlyConfirmedHoleIsOnlyFetchedWhereItIsStillOpen() {
        CandleSeries source = FakeVenue.history(T0, 1_000, 4, i -> false);
        storeAllBut(source, i -> i >= 100 && i < 200);
        ledger.recordEmpty(KEY, java.util.List.of(minutes(100, 150)));
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 1_500);

        RepairResult result = repair(venue, LONG_AFTER);

        assertThat(venue.requests()).containsExactly(minutes(150, 200));
        assertThat(result.barsKnownEmpty()).isEqualTo(50);
    }

    @Test
    void aCancelledRepairStopsBetweenPagesAndTheNextOneFinishesTheJob() {
        CandleSeries source = FakeVenue.history(T0, 2_000, 5, i -> false);
        storeAllBut(source, i -> i >= 100 && i < 1_900);
        CancellationToken cancel = new CancellationToken();
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 400);

        RepairResult stopped = new GapRepair(venue, store, ledger, LONG_AFTER)
                .run(KEY, TimeRange.ALL, p -> cancel.cancel(), cancel);

        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.pages()).isEqualTo(1);
        assertThat(venue.requests()).hasSize(1);

        FakeVenue rest = new FakeVenue(Exchange.KUCOIN, source, 400);
        repair(rest, LONG_AFTER);

        assertThat(rest.requests().getFirst()).isEqualTo(minutes(500, 1_900));
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
    }

    @Test
    void aRecentHoleIsNotConfirmedEmptyYet() {
        CandleSeries source = FakeVenue.history(T0, 100, 6, i -> i == 97);
        storeAllBut(source, i -> false);
        Clock soonAfter = Clock.fixed(T0 + 100 * MINUTE + 5_000);

        RepairResult result = repair(new FakeVenue(Exchange.KUCOIN, source, 1_500), soonAfter);

        assertThat(result.barsConfirmedEmpty()).isZero();
        assertThat(ledger.confirmedEmpty(KEY, TimeRange.ALL)).isEmpty();
    }

    @Test
    void onlyTheRequestedRangeIsRepaired() {
        CandleSeries source = FakeVenue.history(T0, 1_000, 7, i -> false);
        storeAllBut(source, i -> i == 100 || i == 800);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 1_500);

        new GapRepair(venue, store, ledger, LONG_AFTER).run(KEY, minutes(0, 500), BackfillListener.NONE,
                new CancellationToken());

        assertThat(venue.requests()).containsExactly(minutes(100, 101));
    }
}
