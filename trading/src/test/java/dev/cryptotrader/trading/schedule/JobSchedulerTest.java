package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.WatchlistEntry;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobKind;
import dev.cryptotrader.trading.port.JobOutcome;
import dev.cryptotrader.trading.port.JobRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scheduler on a fake clock: wake-ups are fired at their exact times and jobs run on the test's thread. */
class JobSchedulerTest {

    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final long MINUTE = 60_000L;
    static final SeriesKey BTC = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);
    static final SeriesKey ETH = new SeriesKey(Exchange.KUCOIN, Instrument.of("ETH", "USDT"), Timeframe.M5);
    static final JobKey BTC_BACKFILL = new JobKey(JobKind.BACKFILL, BTC);
    static final JobKey BTC_REPAIR = new JobKey(JobKind.GAP_REPAIR, BTC);
    static final JobKey ETH_BACKFILL = new JobKey(JobKind.BACKFILL, ETH);

    final FakeTime time = new FakeTime(T0);
    final InMemoryJobStore store = new InMemoryJobStore();
    final RecordingWork work = new RecordingWork();

    static Job job(JobKey key, int everyMinutes, int jitterMinutes) {
        return new Job(key, Duration.ofMinutes(everyMinutes), Duration.ofMinutes(jitterMinutes));
    }

    JobScheduler scheduler(Executor worker, Job... jobs) {
        return new JobScheduler(List.of(jobs), store, work, time, time.newAlarm(), worker, new SplittableRandom(7));
    }

    JobScheduler started(Job... jobs) {
        JobScheduler s = scheduler(Runnable::run, jobs);
        s.start();
        return s;
    }

    /** Records when each job ran; jobs in {@code failing} throw like a venue that is down. */
    final class RecordingWork implements JobWork {
        final List<JobKey> order = new ArrayList<>();
        final Map<JobKey, List<Long>> starts = new java.util.HashMap<>();
        final Set<JobKey> failing = new HashSet<>();

        @Override
        public Done run(JobKey job, CancellationToken cancel) {
            order.add(job);
            starts.computeIfAbsent(job, k -> new ArrayList<>()).add(time.nowMillis());
            if (failing.contains(job)) {
                throw new IllegalStateException(job.series().exchange() + ": HTTP 503 Service Unavailable");
            }
            return new Done(12, "12 bars", false);
        }

        List<Long> startsOf(JobKey job) {
            return starts.getOrDefault(job, List.of());
        }
    }

    @Test
    void aNewJobRunsAtOnceThenOnceAnIntervalWithinItsJitter() {
        started(job(BTC_BACKFILL, 15, 2));
        time.advanceTo(T0 + 24 * 60 * MINUTE);

        List<Long> starts = work.startsOf(BTC_BACKFILL);
        assertThat(starts.getFirst()).isEqualTo(T0);
        assertThat(starts).hasSizeBetween(24 * 60 / 17, 24 * 60 / 13 + 1);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            gaps.add(starts.get(i) - starts.get(i - 1));
            assertThat(starts.get(i)).as("run %d starts exactly when the previous run said it was due", i)
                    .isEqualTo(store.dueAfterRun.get(i - 1));
        }
        assertThat(gaps).allSatisfy(g -> assertThat(g).isBetween(13 * MINUTE, 17 * MINUTE));
        assertThat(new HashSet<>(gaps)).as("the jitter moves the runs").hasSizeGreaterThan(10);
    }

    @Test
    void withoutJitterBackfillAndGapRepairKeepTheirIntervalsExactly() {
        started(job(BTC_BACKFILL, 15, 0), job(BTC_REPAIR, 6 * 60, 0));
        time.advanceTo(T0 + 12 * 60 * MINUTE);

        List<Long> quarterHours = new ArrayList<>();
        for (int k = 0; k <= 48; k++) {
            quarterHours.add(T0 + k * 15 * MINUTE);
        }
        assertThat(work.startsOf(BTC_BACKFILL)).containsExactlyElementsOf(quarterHours);
        assertThat(work.startsOf(BTC_REPAIR)).containsExactly(T0, T0 + 360 * MINUTE, T0 + 720 * MINUTE);
        assertThat(work.order.subList(0, 2)).as("a series' backfill goes before its repair")
                .containsExactly(BTC_BACKFILL, BTC_REPAIR);
    }

    @Test
    void aFailingJobIsRecordedRetriedNextIntervalAndDoesNotStopTheOthers() {
        work.failing.add(BTC_BACKFILL);
        started(job(BTC_BACKFILL, 15, 0), job(ETH_BACKFILL, 15, 0));

        JobRun failed = store.runsOf(BTC_BACKFILL).getFirst();
        assertThat(failed.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(failed.message()).isEqualTo("binance: HTTP 503 Service Unavailable");
        assertThat(failed.barsFetched()).isZero();
        assertThat(store.runsOf(ETH_BACKFILL)).singleElement().extracting(JobRun::outcome).isEqualTo(JobOutcome.OK);

        time.advanceBy(Duration.ofMinutes(15));
        assertThat(work.startsOf(BTC_BACKFILL)).as("retried one interval later").containsExactly(T0, T0 + 15 * MINUTE);

        work.failing.clear();
        time.advanceBy(Duration.ofMinutes(15));
        assertThat(store.runsOf(BTC_BACKFILL)).extracting(JobRun::outcome)
                .containsExactly(JobOutcome.FAILED, JobOutcome.FAILED, JobOutcome.OK);
        assertThat(store.runsOf(BTC_BACKFILL).getLast().barsFetched()).isEqualTo(12);
        assertThat(work.startsOf(ETH_BACKFILL)).hasSize(3);
    }

    @Test
    void anErrorThrownByAJobIsRecordedAndTheJobStaysScheduled() {
        JobWork broken = (job, cancel) -> {
            throw new StackOverflowError();
        };
        JobScheduler s = new JobScheduler(List.of(job(BTC_BACKFILL, 15, 0)), store, broken, time, time.newAlarm(),
                Runnable::run, new SplittableRandom(1));
        s.start();

        assertThat(store.runs).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(JobOutcome.FAILED);
            assertThat(r.message()).isEqualTo("StackOverflowError");
        });
        assertThat(s.status().getFirst().running()).isFalse();
        assertThat(time.alarm.pendingAt()).hasValue(T0 + 15 * MINUTE);
    }

    @Test
    void aRunStillInProgressIsNeverStartedAgain() {
        List<Runnable> queued = new ArrayList<>(); // work starts only when the test runs it
        JobScheduler s = scheduler(queued::add, job(BTC_BACKFILL, 15, 0), job(ETH_BACKFILL, 5, 0));
        s.start();
        Runnable btcRun = queued.removeFirst();

        for (int i = 0; i < 12; i++) { // an hour passes while the BTC run is still going; ETH keeps the alarm busy
            queued.removeFirst().run();
            time.advanceBy(Duration.ofMinutes(5));
            assertThat(queued).as("only the ETH run is started again").hasSize(1);
            assertThat(s.status().getFirst().running()).isTrue();
        }
        btcRun.run();

        assertThat(work.startsOf(BTC_BACKFILL)).hasSize(1);
        assertThat(work.startsOf(ETH_BACKFILL)).hasSize(12);
        assertThat(s.status().getFirst().running()).isFalse();
    }

    @Test
    void afterARestartJobsWaitForTheirStoredDueTimeInsteadOfRunningAtOnce() {
        Job backfill = job(BTC_BACKFILL, 15, 0);
        Job repair = job(BTC_REPAIR, 360, 0);
        started(backfill, repair).close();
        assertThat(store.runs).hasSize(2);

        time.advanceBy(Duration.ofMinutes(5)); // the app was closed; nothing fires
        started(backfill, repair);
        assertThat(store.runs).as("nothing is due at restart").hasSize(2);

        time.advanceTo(T0 + 15 * MINUTE);
        assertThat(work.startsOf(BTC_BACKFILL)).containsExactly(T0, T0 + 15 * MINUTE);
        assertThat(work.startsOf(BTC_REPAIR)).containsExactly(T0);
        time.advanceTo(T0 + 360 * MINUTE);
        assertThat(work.startsOf(BTC_REPAIR)).containsExactly(T0, T0 + 360 * MINUTE);
    }

    @Test
    void aJobOverdueAtRestartRunsOnceNotOncePerMissedInterval() {
        Job backfill = job(BTC_BACKFILL, 15, 0);
        started(backfill).close();

        time.set(T0 + 3 * 60 * MINUTE + 7 * MINUTE); // three hours off
        started(backfill);
        time.advanceBy(Duration.ofMinutes(14));

        assertThat(work.startsOf(BTC_BACKFILL)).containsExactly(T0, T0 + 187 * MINUTE);
        assertThat(time.alarm.pendingAt()).hasValue(T0 + 202 * MINUTE);
    }

    @Test
    void aStoredDueTimeBeyondTheConfiguredIntervalIsBroughtForward() {
        store.scheduleNext(BTC_BACKFILL, T0 + 6 * 60 * MINUTE); // stored while the interval was six hours
        started(job(BTC_BACKFILL, 15, 2));

        assertThat(work.startsOf(BTC_BACKFILL)).isEmpty();
        assertThat(time.alarm.pendingAt()).hasValue(T0 + 17 * MINUTE);
    }

    @Test
    void closingStopsTheRunInProgressRecordsItAsCancelledAndSetsNoAlarm() {
        AtomicReference<JobScheduler> self = new AtomicReference<>();
        JobWork closesMidRun = (job, cancel) -> {
            self.get().close(); // the app is closing while the job pages
            return new JobWork.Done(3, "3 bars", cancel.isCancelled());
        };
        JobScheduler s = new JobScheduler(List.of(job(BTC_BACKFILL, 15, 0)), store, closesMidRun, time, time.newAlarm(),
                Runnable::run, new SplittableRandom(1));
        self.set(s);
        s.start();

        assertThat(store.runs).singleElement().extracting(JobRun::outcome).isEqualTo(JobOutcome.CANCELLED);
        assertThat(store.due).containsEntry(BTC_BACKFILL, T0 + 15 * MINUTE);
        assertThat(time.alarm.pendingAt()).isEmpty();
    }

    @Test
    void aLongFailureMessageIsCutSoTheHistoryStaysReadable() {
        String page = "<html>" + "x".repeat(5_000) + "</html>";
        assertThat(JobScheduler.describe(new IllegalStateException(page))).hasSize(JobScheduler.MESSAGE_LIMIT)
                .startsWith("<html>xxx").endsWith("…");
    }

    @Test
    void aJobIsScheduledOnceAndStartedOnce() {
        Job backfill = job(BTC_BACKFILL, 15, 0);
        assertThatThrownBy(() -> scheduler(Runnable::run, backfill, backfill))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        JobScheduler s = started(backfill);
        assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWatchlistGivesEachSeriesABackfillAndAGapRepairWithTheConfiguredIntervals() {
        SchedulerSettings settings = new SchedulerSettings(Duration.ofMinutes(10), Duration.ofMinutes(1),
                Duration.ofHours(3), Duration.ZERO, Duration.ofDays(2));
        UserConfig config = new UserConfig(Map.of(), List.of(WatchlistEntry.of(BTC), WatchlistEntry.of(ETH)),
                settings);

        assertThat(WatchlistJobs.of(config)).containsExactly(
                new Job(BTC_BACKFILL, Duration.ofMinutes(10), Duration.ofMinutes(1)),
                new Job(BTC_REPAIR, Duration.ofHours(3), Duration.ZERO),
                new Job(ETH_BACKFILL, Duration.ofMinutes(10), Duration.ofMinutes(1)),
                new Job(new JobKey(JobKind.GAP_REPAIR, ETH), Duration.ofHours(3), Duration.ZERO));
        assertThat(WatchlistJobs.of(config).getFirst().describeInterval()).isEqualTo("10m ±1m");
    }
}
