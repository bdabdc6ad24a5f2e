package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobRun;
import dev.cryptotrader.trading.port.JobStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JobStore contract in memory; SqliteJobStore's own tests check the real one. */
final class InMemoryJobStore implements JobStore {

    final Map<JobKey, Long> due = new HashMap<>();
    /** Every recorded run, oldest first, with the due time recorded alongside it. */
    final List<JobRun> runs = new ArrayList<>();
    final List<Long> dueAfterRun = new ArrayList<>();

    @Override
    public synchronized Map<JobKey, Long> nextDueTimes() {
        return Map.copyOf(due);
    }

    @Override
    public synchronized void scheduleNext(JobKey job, long nextDueMillis) {
        due.put(job, nextDueMillis);
    }

    @Override
    public synchronized void recordRun(JobRun run, long nextDueMillis) {
        runs.add(run);
        dueAfterRun.add(nextDueMillis);
        due.put(run.job(), nextDueMillis);
    }

    @Override
    public synchronized List<JobRun> recentRuns(JobKey job, int limit) {
        return runs.reversed().stream().filter(r -> r.job().equals(job)).limit(limit).toList();
    }

    synchronized List<JobRun> runsOf(JobKey job) {
        return runs.stream().filter(r -> r.job().equals(job)).toList();
    }
}
