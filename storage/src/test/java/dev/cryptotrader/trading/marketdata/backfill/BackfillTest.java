package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.port.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The backfill engine against a fake venue and the real SQLite store. It lives in storage/ because trading/ cannot
 * see the SQLite implementation.
 */
class BackfillTest {

    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final long MINUTE = Timeframe.M1.millis();
    static final SeriesKey KEY = new SeriesKey(Exchange.KUCOIN, FakeVenue.BTC_USDT, Timeframe.M1);
    static final Clock LONG_AFTER = Clock.fixed(T0 + 30L * 86_400_000L);

    @TempDir
    Path dir;

    SqliteCandleStore store;
    SqliteCoverageLedger ledger;

    @BeforeEach
    void open() {
        store = SqliteCandleStore.open(dir.resolve("backfill.db"));
        ledger = SqliteCoverageLedger.open(dir.resolve("backfill.db"));
    }

    @AfterEach
    void close() {
        ledger.close();
        store.close();
    }

    private Backfill backfill(FakeVenue venue, Clock clock) {
        return new Backfill(venue, store, ledger, clock);
    }

    private static TimeRange minutes(int from, int to) {
        return new TimeRange(T0 + from * MINUTE, T0 + to * MINUTE);
    }

    @Test
    void aBackfillAcrossManyPagesStoresExactlyTheSource() {
        CandleSeries source = FakeVenue.history(T0, 5_000, 1, i -> false);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 700);
        List<BackfillProgress> progress = new ArrayList<>();

        BackfillResult result = backfill(venue, LONG_AFTER).run(KEY, minutes(0, 5_000), progress::add,
                new CancellationToken());

        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
        assertThat(result.pages()).isEqualTo(8);
        assertThat(venue.requests()).hasSize(8);
        assertThat(result.barsFetched()).isEqualTo(5_000);
        assertThat(result.inserted()).isEqualTo(5_000);
        assertThat(result.cancelled()).isFalse();
        assertThat(progress).extracting(BackfillProgress::pages).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(progress).extracting(BackfillProgress::fraction).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void aCancelledBackfillResumesAfterTheLastStoredBarWithoutFetchingAnythingTwice() {
        CandleSeries source = FakeVenue.history(T0, 3_000, 2, i -> false);
        FakeVenue first = new FakeVenue(Exchange.KUCOIN, source, 500);
        CancellationToken cancel = new CancellationToken();

        BackfillResult stopped = backfill(first, LONG_AFTER).run(KEY, minutes(0, 3_000), p -> {
            if (p.pages() == 2) {
                cancel.cancel(); // as a user pressing cancel while page 2 is stored
            }
        }, cancel);

        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.pages()).isEqualTo(2);
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.slice(0, 1_000).toCandles());

        FakeVenue second = new FakeVenue(Exchange.KUCOIN, source, 500);
        BackfillResult resumed = backfill(second, LONG_AFTER).run(KEY, minutes(0, 3_000), BackfillListener.NONE,
                new CancellationToken());

        assertThat(second.requests().getFirst().from()).isEqualTo(T0 + 1_000 * MINUTE);
        assertThat(resumed.barsFetched()).isEqualTo(2_000);
        assertThat(resumed.inserted()).isEqualTo(2_000);
        assertThat(resumed.unchanged()).isZero();
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
    }

    @Test
    void runningAgainAsksForNothingAndChangesNothing() {
        CandleSeries source = FakeVenue.history(T0, 1_200, 3, i -> false);
        backfill(new FakeVenue(Exchange.KUCOIN, source, 1_000), LONG_AFTER)
                .run(KEY, minutes(0, 1_200), BackfillListener.NONE, new CancellationToken());
        long bars = store.info(KEY).orElseThrow().barCount();

        FakeVenue again = new FakeVenue(Exchange.KUCOIN, source, 1_000);
        BackfillResult result = backfill(again, LONG_AFTER).run(KEY, minutes(0, 1_200), BackfillListener.NONE,
                new CancellationToken());

        assertThat(result.wasUpToDate()).isTrue();
        assertThat(again.requests()).isEmpty();
        assertThat(store.info(KEY).orElseThrow().barCount()).isEqualTo(bars);
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
    }

    @Test
    void aRangeStartingBeforeTheStoredBarsFetchesTheHeadAndTheTailButNotWhatIsStored() {
        CandleSeries source = FakeVenue.history(T0, 3_000, 4, i -> false);
        store.upsert(KEY, source.slice(1_000, 2_000));
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 10_000);

        BackfillResult result = backfill(venue, LONG_AFTER).run(KEY, minutes(0, 3_000), BackfillListener.NONE,
                new CancellationToken());

        assertThat(venue.requests()).containsExactly(minutes(0, 1_000), minutes(2_000, 3_000));
        assertThat(result.plannedSpans()).containsExactly(minutes(0, 1_000), minutes(2_000, 3_000));
        assertThat(result.inserted()).isEqualTo(2_000);
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
    }

    @Test
    void onlyClosedBarsAreAskedFor() {
        CandleSeries source = FakeVenue.history(T0, 100, 5, i -> false);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 1_000);
        Clock midBar = Clock.fixed(T0 + 50 * MINUTE + 30_000); // bar 50 is still forming

        backfill(venue, midBar).run(KEY, new TimeRange(T0, Long.MAX_VALUE), BackfillListener.NONE,
                new CancellationToken());

        assertThat(venue.requests()).containsExactly(minutes(0, 50));
        assertThat(store.info(KEY).orElseThrow().lastOpenTime()).isEqualTo(T0 + 49 * MINUTE);
    }

    @Test
    void anUnalignedStartBeginsAtTheNextWholeBar() {
        CandleSeries source = FakeVenue.history(T0, 10, 6, i -> false);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 1_000);

        backfill(venue, LONG_AFTER).run(KEY, new TimeRange(T0 + 1, T0 + 10 * MINUTE), BackfillListener.NONE,
                new CancellationToken());

        assertThat(venue.requests()).containsExactly(minutes(1, 10));
    }

    @Test
    void pagesStoredBeforeAnExchangeFailureStayAndTheNextRunResumesAfterThem() {
        CandleSeries source = FakeVenue.history(T0, 2_000, 7, i -> false);
        FakeVenue failing = new FakeVenue(Exchange.KUCOIN, source, 500).failingOnRequest(2);

        assertThatThrownBy(() -> backfill(failing, LONG_AFTER).run(KEY, minutes(0, 2_000), BackfillListener.NONE,
                new CancellationToken()))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("503");
        assertThat(store.info(KEY).orElseThrow().barCount()).isEqualTo(1_000);

        FakeVenue healthy = new FakeVenue(Exchange.KUCOIN, source, 500);
        backfill(healthy, LONG_AFTER).run(KEY, minutes(0, 2_000), BackfillListener.NONE, new CancellationToken());

        assertThat(healthy.requests().getFirst()).isEqualTo(minutes(1_000, 2_000));
        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
    }

    @Test
    void minutesWithoutTradesAreRecordedAsConfirmedEmptySoRepairHasNothingToFetch() {
        CandleSeries source = FakeVenue.history(T0, 2_000, 8, i -> i % 97 == 5 || i >= 1_500 && i < 1_530);
        FakeVenue venue = new FakeVenue(Exchange.KUCOIN, source, 300);

        BackfillResult result = backfill(venue, LONG_AFTER).run(KEY, minutes(0, 2_000), BackfillListener.NONE,
                new CancellationToken());

        assertThat(store.readAll(KEY).toCandles()).isEqualTo(source.toCandles());
        assertThat(result.barsConfirmedEmpty()).isEqualTo(2_000 - source.size());
        FakeVenue repairVenue = new FakeVenue(Exchange.KUCOIN, source, 300);
        RepairResult repair = new GapRepair(repairVenue, store, ledger, LONG_AFTER)
                .run(KEY, TimeRange.ALL, BackfillListener.NONE, new CancellationToken());
        assertThat(repair.gapsFound()).isPositive();
        assertThat(repair.barsKnownEmpty()).isEqualTo(repair.missingBars());
        assertThat(repairVenue.requests()).isEmpty();
    }

    @Test
    void resumingAfterAConfirmedQuietSpellStartsAfterIt() {
        CandleSeries source = FakeVenue.history(T0, 1_000, 9, i -> i >= 600);
        backfill(new FakeVenue(Exchange.KUCOIN, source, 1_000), LONG_AFTER)
                .run(KEY, minutes(0, 1_000), BackfillListener.NONE, new CancellationToken());

        FakeVenue again = new FakeVenue(Exchange.KUCOIN, source, 1_000);
        BackfillResult result = backfill(again, LONG_AFTER).run(KEY, minutes(0, 1_200), BackfillListener.NONE,
                new CancellationToken());

        assertThat(again.requests()).containsExactly(minutes(1_000, 1_200));
        assertThat(result.plannedSpans()).containsExactly(minutes(1_000, 1_200));
    }

    @Test
    void timeBeforeTheFirstBarThatTheVenueConfirmedEmptyIsNotAskedForAgain() {
        CandleSeries source = FakeVenue.history(T0, 1_000, 13, i -> i < 500); // listed at minute 500
        backfill(new FakeVenue(Exchange.KUCOIN, source, 200), LONG_AFTER)
                .run(KEY, minutes(0, 1_000), BackfillListener.NONE, new CancellationToken());
        assertThat(ledger.confirmedEmpty(KEY, TimeRange.ALL)).containsExactly(minutes(0, 500));

        FakeVenue again = new FakeVenue(Exchange.KUCOIN, source, 200);
        BackfillResult result = backfill(again, LONG_AFTER).run(KEY, minutes(0, 1_000), BackfillListener.NONE,
                new CancellationToken());

        assertThat(again.requests()).isEmpty();
        assertThat(result.wasUpToDate()).isTrue();
    }

    @Test
    void theNewestMissingBarsAreNotConfirmedEmptyBecauseTheVenueMayNotHavePublishedThemYet() {
        CandleSeries source = FakeVenue.history(T0, 100, 10, i -> i >= 95);
        Clock justAfter = Clock.fixed(T0 + 100 * MINUTE + 1);

        backfill(new FakeVenue(Exchange.KUCOIN, source, 1_000), justAfter)
                .run(KEY, minutes(0, 100), BackfillListener.NONE, new CancellationToken());

        assertThat(ledger.confirmedEmpty(KEY, TimeRange.ALL)).isEmpty();
    }

    @Test
    void aPageWithABarOutsideTheRequestIsRefusedAndNothingOfItIsStored() {
        CandleSeries source = FakeVenue.history(T0, 100, 11, i -> false);
        FakeVenue sloppy = new FakeVenue(Exchange.KUCOIN, source, 1_000) {
            @Override
            public synchronized HistoryPage fetchHistory(
                    Instrument instrument, Timeframe tf, long from, long to) {
                return new HistoryPage(source, from + 10 * MINUTE, to);
            }
        };

        assertThatThrownBy(() -> backfill(sloppy, LONG_AFTER).run(KEY, minutes(10, 100), BackfillListener.NONE,
                new CancellationToken()))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining("answered for");
        assertThat(store.info(KEY)).isEmpty();
    }

    @Test
    void aBarBeforeTheRequestedStartIsRefused() {
        CandleSeries source = FakeVenue.history(T0, 100, 12, i -> false);
        FakeVenue sloppy = new FakeVenue(Exchange.KUCOIN, source, 1_000) {
            @Override
            public synchronized HistoryPage fetchHistory(
                    Instrument instrument, Timeframe tf, long from, long to) {
                return new HistoryPage(source, from, to);
            }
        };

        assertThatThrownBy(() -> backfill(sloppy, LONG_AFTER).run(KEY, minutes(10, 100), BackfillListener.NONE,
                new CancellationToken()))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining("outside the answered span");
        assertThat(store.info(KEY)).isEmpty();
    }

    @Test
    void aVenueCannotFillAnotherVenuesSeries() {
        FakeVenue binance = new FakeVenue(Exchange.BINANCE, CandleSeries.empty(), 1_000);

        assertThatThrownBy(() -> backfill(binance, LONG_AFTER).run(KEY, minutes(0, 10), BackfillListener.NONE,
                new CancellationToken()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binance");
    }
}
