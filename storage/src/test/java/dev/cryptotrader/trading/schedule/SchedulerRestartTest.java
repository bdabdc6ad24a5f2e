package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.storage.SqliteJobStore;
import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.WatchlistEntry;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobKind;
import dev.cryptotrader.trading.port.JobOutcome;
import dev.cryptotrader.trading.port.JobRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler end to end on a fake clock: real Backfill and GapRepair, the real SQLite stores in one file, and a
 * venue that serves a one-minute history up to "now". A restart is a new scheduler, new stores and a new alarm on
 * the same file. Lives in storage/ because trading/ cannot see the SQLite implementations.
 */
class SchedulerRestartTest {

    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final long MINUTE = 60_000L;
    static final SeriesKey BTC = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);
    static final JobKey BACKFILL = new JobKey(JobKind.BACKFILL, BTC);
    static final JobKey REPAIR = new JobKey(JobKind.GAP_REPAIR, BTC);

    @TempDir
    Path dir;

    final AtomicLong now = new AtomicLong(T0);
    final MinuteVenue venue = new MinuteVenue();
    final UserConfig config = new UserConfig(Map.of(),
            List.of(new WatchlistEntry(BTC, Optional.of(T0 - 60 * MINUTE))),
            new SchedulerSettings(Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofHours(6),
                    Duration.ZERO, Duration.ofDays(1)));

    /** One app session: opens the stores, runs the scheduler until {@code until}, closes everything. */
    private void session(long until) {
        Path db = dir.resolve("cryptotrader.db");
        ManualAlarm alarm = new ManualAlarm();
        try (SqliteCandleStore candles = SqliteCandleStore.open(db);
             SqliteCoverageLedger ledger = SqliteCoverageLedger.open(db);
             SqliteJobStore jobs = SqliteJobStore.open(db);
             JobScheduler scheduler = new JobScheduler(WatchlistJobs.of(config), jobs,
                     new MarketDataJobWork(e -> venue, candles, ledger, now::get, config), now::get, alarm,
                     Runnable::run, new SplittableRandom(3))) {
            scheduler.start();
            while (alarm.pendingAt().isPresent() && alarm.pendingAt().getAsLong() <= until) {
                now.set(Math.max(now.get(), alarm.pendingAt().getAsLong()));
                alarm.fireIfDue(now.get());
            }
            now.set(until);
        }
    }

    private List<JobRun> runs(JobKey job) {
        try (SqliteJobStore jobs = SqliteJobStore.open(dir.resolve("cryptotrader.db"))) {
            return jobs.recentRuns(job, 1_000).reversed();
        }
    }

    private Map<JobKey, Long> due() {
        try (SqliteJobStore jobs = SqliteJobStore.open(dir.resolve("cryptotrader.db"))) {
            return jobs.nextDueTimes();
        }
    }

    private CandleSeries stored() {
        try (SqliteCandleStore candles = SqliteCandleStore.open(dir.resolve("cryptotrader.db"))) {
            return candles.readAll(BTC);
        }
    }

    @Test
    void jobsFillTheSeriesAndResumeFromTheirStoredDueTimesAfterARestart() {
        session(T0 + 40 * MINUTE);
        List<JobRun> first = runs(BACKFILL);
        assertThat(first).extracting(JobRun::outcome).containsOnly(JobOutcome.OK);
        assertThat(first.getFirst().startedAt()).isEqualTo(T0);
        assertThat(first.getFirst().barsFetched()).as("the hour before T0").isEqualTo(60);
        assertThat(first).hasSizeBetween(3, 4);
        assertThat(runs(REPAIR)).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo("no gaps"));
        long backfillDue = due().get(BACKFILL);
        assertThat(backfillDue).isGreaterThan(T0 + 40 * MINUTE);

        // Closed for less than an interval: on restart nothing runs until the stored due time.
        now.set(backfillDue - MINUTE);
        session(backfillDue - 1);
        assertThat(runs(BACKFILL)).hasSameSizeAs(first);
        session(backfillDue);
        assertThat(runs(BACKFILL)).hasSize(first.size() + 1);
        assertThat(runs(BACKFILL).getLast().startedAt()).isEqualTo(backfillDue);
        assertThat(runs(REPAIR)).as("the repair waits for its six hours").hasSize(1);

        CandleSeries bars = stored();
        assertThat(bars.openTime(0)).isEqualTo(T0 - 60 * MINUTE);
        assertThat(bars.openTime(bars.size() - 1)).isEqualTo(Timeframe.M1.bucketStart(backfillDue) - MINUTE);
        assertThat(bars.size()).as("no gap, no duplicate").isEqualTo((bars.openTime(bars.size() - 1)
                - bars.openTime(0)) / MINUTE + 1);
    }

    @Test
    void aFailingVenueIsRecordedAndTheNextIntervalCatchesUp() {
        venue.down.set(true);
        session(T0 + 5 * MINUTE);
        assertThat(runs(BACKFILL)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(JobOutcome.FAILED);
            assertThat(r.message()).contains("binance", "HTTP 503");
        });
        assertThat(runs(REPAIR)).singleElement().extracting(JobRun::outcome).as("the repair had nothing to ask for")
                .isEqualTo(JobOutcome.OK);

        venue.down.set(false);
        long due = due().get(BACKFILL);
        assertThat(due).isBetween(T0 + 13 * MINUTE, T0 + 17 * MINUTE);
        session(due);
        assertThat(runs(BACKFILL)).extracting(JobRun::outcome).containsExactly(JobOutcome.FAILED, JobOutcome.OK);
        assertThat(stored().size()).isEqualTo((int) ((Timeframe.M1.bucketStart(due) - (T0 - 60 * MINUTE)) / MINUTE));
    }

    /** A venue with a bar every minute up to the fake now; pages of at most 30 bars; can be taken down. */
    final class MinuteVenue implements ExchangeMarketData {
        final AtomicBoolean down = new AtomicBoolean();
        final List<TimeRange> requests = new ArrayList<>();

        @Override
        public Exchange exchange() {
            return Exchange.BINANCE;
        }

        @Override
        public int maxBarsPerRequest() {
            return 30;
        }

        @Override
        public HistoryPage fetchHistory(Instrument instrument, Timeframe timeframe, long from, long to) {
            requests.add(new TimeRange(from, to));
            if (down.get()) {
                throw new ExchangeException(Exchange.BINANCE, ExchangeException.Kind.UNAVAILABLE, "HTTP 503");
            }
            long closedBefore = Timeframe.M1.bucketStart(now.get());
            long end = Math.min(Math.min(to, closedBefore), from + 30 * MINUTE);
            CandleSeries.Builder b = CandleSeries.builder(30, 2, 8);
            for (long t = from; t < end; t += MINUTE) {
                long p = 4_000_000 + (t / MINUTE) % 1_000;
                b.addMantissas(t, p, p + 10, p - 10, p + 1, 100_000_000L);
            }
            return new HistoryPage(b.build(), from, Math.max(end, Math.min(to, from + 30 * MINUTE)));
        }

        @Override
        public List<InstrumentInfo> listInstruments() {
            return List.of();
        }

        @Override
        public Ticker fetchTicker(Instrument instrument) {
            throw new UnsupportedOperationException();
        }
    }
}
