package dev.cryptotrader.storage;

import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobKind;
import dev.cryptotrader.trading.port.JobOutcome;
import dev.cryptotrader.trading.port.JobRun;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.ETH_1M;
import static dev.cryptotrader.storage.Bars.MINUTE;
import static dev.cryptotrader.storage.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteJobStoreTest {

    static final JobKey BTC_BACKFILL = new JobKey(JobKind.BACKFILL, BTC_1M);
    static final JobKey BTC_REPAIR = new JobKey(JobKind.GAP_REPAIR, BTC_1M);
    static final JobKey ETH_BACKFILL = new JobKey(JobKind.BACKFILL, ETH_1M);

    @TempDir
    Path dir;

    private SqliteJobStore open() {
        return SqliteJobStore.open(dir.resolve("jobs.db"));
    }

    private static JobRun run(JobKey job, int startMinute, JobOutcome outcome, String message, long bars) {
        return new JobRun(job, T0 + startMinute * MINUTE, T0 + startMinute * MINUTE + 1_500, outcome, message, bars);
    }

    @Test
    void dueTimesAndRunsSurviveReopening() {
        try (SqliteJobStore store = open()) {
            store.scheduleNext(BTC_BACKFILL, T0);
            store.scheduleNext(BTC_REPAIR, T0);
            store.recordRun(run(BTC_BACKFILL, 0, JobOutcome.OK, "12 bars in 1 pages", 12), T0 + 15 * MINUTE);
            store.recordRun(run(BTC_BACKFILL, 15, JobOutcome.FAILED, "binance: HTTP 503", 0), T0 + 30 * MINUTE);
        }
        try (SqliteJobStore store = open()) {
            assertThat(store.nextDueTimes()).isEqualTo(Map.of(BTC_BACKFILL, T0 + 30 * MINUTE, BTC_REPAIR, T0));
            assertThat(store.recentRuns(BTC_BACKFILL, 10)).containsExactly(
                    run(BTC_BACKFILL, 15, JobOutcome.FAILED, "binance: HTTP 503", 0),
                    run(BTC_BACKFILL, 0, JobOutcome.OK, "12 bars in 1 pages", 12));
            assertThat(store.recentRuns(BTC_REPAIR, 10)).isEmpty();
        }
    }

    @Test
    void eachJobHasItsOwnHistoryAndTheNewestComesFirst() {
        try (SqliteJobStore store = open()) {
            store.recordRun(run(BTC_BACKFILL, 0, JobOutcome.OK, "a", 1), T0 + 15 * MINUTE);
            store.recordRun(run(ETH_BACKFILL, 1, JobOutcome.CANCELLED, "b", 2), T0 + 16 * MINUTE);
            store.recordRun(run(BTC_REPAIR, 2, JobOutcome.OK, "c", 3), T0 + 362 * MINUTE);
            store.recordRun(run(BTC_BACKFILL, 15, JobOutcome.OK, "d", 4), T0 + 30 * MINUTE);

            assertThat(store.recentRuns(BTC_BACKFILL, 10)).extracting(JobRun::message).containsExactly("d", "a");
            assertThat(store.recentRuns(BTC_BACKFILL, 1)).extracting(JobRun::message).containsExactly("d");
            assertThat(store.recentRuns(ETH_BACKFILL, 10)).singleElement().extracting(JobRun::outcome)
                    .isEqualTo(JobOutcome.CANCELLED);
            assertThat(store.nextDueTimes()).hasSize(3).containsEntry(BTC_REPAIR, T0 + 362 * MINUTE);
        }
    }

    @Test
    void onlyTheNewestRunsOfAJobAreKept() {
        try (SqliteJobStore store = open()) {
            store.recordRun(run(ETH_BACKFILL, 0, JobOutcome.OK, "eth", 1), T0);
            for (int i = 0; i < SqliteJobStore.RUNS_KEPT_PER_JOB + 25; i++) {
                store.recordRun(run(BTC_BACKFILL, i * 15, JobOutcome.OK, "run " + i, i), T0 + (i + 1) * 15 * MINUTE);
            }

            List<JobRun> kept = store.recentRuns(BTC_BACKFILL, 1_000);
            assertThat(kept).hasSize(SqliteJobStore.RUNS_KEPT_PER_JOB);
            assertThat(kept.getFirst().message()).isEqualTo("run " + (SqliteJobStore.RUNS_KEPT_PER_JOB + 24));
            assertThat(kept.getLast().message()).isEqualTo("run 25");
            assertThat(store.recentRuns(ETH_BACKFILL, 10)).as("another job's history is untouched").hasSize(1);
        }
    }

    @Test
    void theJobStoreAndTheCandleStoreShareOneFile() {
        Path file = dir.resolve("shared.db");
        try (SqliteCandleStore candles = SqliteCandleStore.open(file);
             SqliteJobStore jobs = SqliteJobStore.open(file)) {
            candles.upsert(BTC_1M, Bars.walk(0, 10, 1));
            jobs.recordRun(run(BTC_BACKFILL, 0, JobOutcome.OK, "10 bars", 10), T0 + 15 * MINUTE);

            assertThat(candles.info(BTC_1M).orElseThrow().barCount()).isEqualTo(10);
            assertThat(jobs.recentRuns(BTC_BACKFILL, 5)).hasSize(1);
        }
    }

    @Test
    void aVersionTwoDatabaseIsUpgradedAndKeepsItsCandles() {
        Path file = dir.resolve("v2.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("2").load().migrate();
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            store.upsert(BTC_1M, Bars.walk(0, 10, 3));
        }

        try (SqliteJobStore jobs = SqliteJobStore.open(file); SqliteCandleStore store = SqliteCandleStore.open(file)) {
            jobs.scheduleNext(BTC_BACKFILL, T0);
            assertThat(jobs.nextDueTimes()).containsEntry(BTC_BACKFILL, T0);
            assertThat(store.readAll(BTC_1M).toCandles()).isEqualTo(Bars.walk(0, 10, 3).toCandles());
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        SqliteJobStore store = open();
        store.close();
        store.close();

        assertThatThrownBy(store::nextDueTimes).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
