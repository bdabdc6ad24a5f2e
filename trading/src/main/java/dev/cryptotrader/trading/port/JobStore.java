package dev.cryptotrader.trading.port;

import java.util.List;
import java.util.Map;

/**
 * Where scheduled jobs keep what must survive a restart: when each job is next due, and the history of its runs.
 *
 * <p>Contract: {@link #recordRun} stores the run and the next due time in one transaction, so after a crash a job
 * either shows the run and its new due time or neither (and is then simply due again). A store may drop the oldest
 * runs of a job beyond a limit it documents; it never drops due times.
 */
public interface JobStore {

    /** The next due time, epoch millis, of every job the store knows, including jobs no longer configured. */
    Map<JobKey, Long> nextDueTimes();

    /** Sets when {@code job} is next due, creating its entry if needed. */
    void scheduleNext(JobKey job, long nextDueMillis);

    /** Appends {@code run} to its job's history and sets the job's next due time, atomically. */
    void recordRun(JobRun run, long nextDueMillis);

    /** The newest {@code limit} runs of {@code job}, newest first. */
    List<JobRun> recentRuns(JobKey job, int limit);
}
