package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobOutcome;
import dev.cryptotrader.trading.port.JobRun;
import dev.cryptotrader.trading.port.JobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.random.RandomGenerator;

/**
 * Runs recurring jobs when they are due, and remembers across restarts when that is.
 *
 * <ul>
 *   <li><b>Time</b> comes only from the {@link Clock}, and the scheduler is woken by an {@link Alarm}; it never sleeps,
 *   so tests run it on a fake clock without waiting.</li>
 *   <li><b>Restart:</b> next-due times live in the {@link JobStore}. On {@link #start} a job runs only if its stored
 *   due time has passed; a job the store has never seen is due at once.</li>
 *   <li><b>Failures</b> are recorded as failed runs and the job is due again one interval later, like after a good
 *   run; one job's failure never stops another.</li>
 *   <li><b>No overlap:</b> a job is not started again while its previous run is in progress, whatever the executor.
 *   The app passes a single-thread executor, so at most one job talks to the venues at a time.</li>
 * </ul>
 * Thread-safe: the alarm thread and the worker threads meet on this object's monitor, which is never held while
 * work runs on another thread.
 */
public final class JobScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    /** Keeps a venue's HTML error page from filling the run history. */
    static final int MESSAGE_LIMIT = 500;

    private final Map<JobKey, Job> jobs = new LinkedHashMap<>();
    private final JobStore store;
    private final JobWork work;
    private final Clock clock;
    private final Alarm alarm;
    private final Executor worker;
    private final RandomGenerator random;
    private final CancellationToken stopping = new CancellationToken();
    private final Map<JobKey, Long> nextDue = new HashMap<>(); // guarded by this
    private final Set<JobKey> running = new HashSet<>(); // guarded by this
    private boolean started; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param worker runs the jobs; a same-thread executor runs them inside {@link #start} and the alarm's wake-up
     * @param random draws the jitter; tests pass a seeded one
     */
    public JobScheduler(List<Job> jobs, JobStore store, JobWork work, Clock clock, Alarm alarm, Executor worker,
                        RandomGenerator random) {
        for (Job job : jobs) {
            if (this.jobs.put(job.key(), job) != null) {
                throw new IllegalArgumentException("job " + job.key() + " is scheduled twice");
            }
        }
        this.store = Objects.requireNonNull(store, "store");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.alarm = Objects.requireNonNull(alarm, "alarm");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Loads the stored due times, runs what is overdue and sets the alarm for the rest. Call once. */
    public synchronized void start() {
        if (started || closed) {
            throw new IllegalStateException("a job scheduler starts once");
        }
        started = true;
        long now = clock.nowMillis();
        Map<JobKey, Long> stored = store.nextDueTimes();
        for (Job job : jobs.values()) {
            Long due = stored.get(job.key());
            if (due == null) {
                due = now;
                store.scheduleNext(job.key(), due);
            }
            // A due time further out than one interval from now was set under a longer interval (or a clock that
            // ran ahead); waiting for it would ignore the configuration the user has now.
            nextDue.put(job.key(), Math.min(due, job.latestDueAfter(now)));
        }
        tick();
    }

    /** Where every job stands, in the order the jobs were given. */
    public synchronized List<JobStatus> status() {
        List<JobStatus> status = new ArrayList<>();
        for (Job job : jobs.values()) {
            Long due = nextDue.get(job.key());
            status.add(new JobStatus(job, due == null ? Long.MIN_VALUE : due, running.contains(job.key())));
        }
        return status;
    }

    /**
     * Stops the alarm and asks running jobs to stop after the page in flight. Does not wait for them; the owner of
     * the executor does that. Idempotent.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stopping.cancel();
        alarm.close();
    }

    /** Starts every job that is due and not running, then sets the alarm for the earliest one still waiting. */
    private synchronized void tick() {
        if (closed) {
            return;
        }
        long now = clock.nowMillis();
        for (Job job : jobs.values()) {
            if (!running.contains(job.key()) && nextDue.get(job.key()) <= now) {
                running.add(job.key());
                dispatch(job);
            }
        }
        armAlarm();
    }

    private void dispatch(Job job) {
        try {
            worker.execute(() -> runOnce(job));
        } catch (RejectedExecutionException e) {
            running.remove(job.key()); // the executor is shutting down: the job stays due for the next start
            LOG.debug("not starting {}: the worker is shut down", job.key());
        }
    }

    private void runOnce(Job job) {
        long startedAt = clock.nowMillis();
        JobRun run;
        try {
            JobWork.Done done = work.run(job.key(), stopping);
            run = new JobRun(job.key(), startedAt, clock.nowMillis(),
                    done.cancelled() ? JobOutcome.CANCELLED : JobOutcome.OK, done.summary(), done.barsFetched());
        } catch (RuntimeException | Error e) {
            // An Error too: an adapter bug (a StackOverflowError, say) must not leave the job marked running forever.
            run = new JobRun(job.key(), startedAt, clock.nowMillis(), JobOutcome.FAILED, describe(e), 0);
            LOG.warn("{} failed: {}", job.key(), run.message());
        }
        finish(job, run);
    }

    private synchronized void finish(Job job, JobRun run) {
        // A run that outlasted its interval makes the next one due at once rather than in the past.
        long next = Math.max(job.nextDueAfter(run.startedAt(), random), run.endedAt());
        try {
            store.recordRun(run, next);
        } catch (RuntimeException e) {
            // Keep scheduling from memory; the stored due time is then older, so after a restart the job runs early.
            LOG.error("cannot record the run of {}: {}", job.key(), e.getMessage());
        }
        running.remove(job.key());
        nextDue.put(job.key(), next);
        armAlarm();
    }

    private void armAlarm() {
        if (closed) {
            return;
        }
        OptionalLong earliest = jobs.keySet().stream().filter(k -> !running.contains(k)).mapToLong(nextDue::get)
                .min();
        if (earliest.isPresent()) {
            alarm.setFor(earliest.getAsLong(), this::tick);
        } else {
            alarm.clear();
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage();
        return message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT - 1) + "…";
    }
}
