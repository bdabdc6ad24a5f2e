package dev.cryptotrader.app.cli;

import dev.cryptotrader.app.jobs.VenuesByExchange;
import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.storage.SqliteJobStore;
import dev.cryptotrader.trading.config.Durations;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobRun;
import dev.cryptotrader.trading.port.JobStore;
import dev.cryptotrader.trading.schedule.Job;
import dev.cryptotrader.trading.schedule.JobScheduler;
import dev.cryptotrader.trading.schedule.JobWork;
import dev.cryptotrader.trading.schedule.ManualAlarm;
import dev.cryptotrader.trading.schedule.MarketDataJobWork;
import dev.cryptotrader.trading.schedule.WatchlistJobs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Command(name = "jobs",
        description = "List the scheduled jobs of the watchlist in config.json (a backfill and a gap repair per "
                + "series): interval, last run, outcome, next due time and recent runs.")
final class JobsCommand extends StoreCommand {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Recent runs to show per job (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--run-due",
            description = "First run every job that is due now, in the foreground (Ctrl-C stops after the page in "
                    + "flight), as the app would; then list.")
    boolean runDue;

    @Override
    protected int run(CandleStore store) throws Exception {
        if (runs < 0) {
            throw new BadInputException("--runs must be 0 or more, was " + runs);
        }
        UserConfig config = top.userConfig();
        List<Job> jobs = WatchlistJobs.of(config);
        if (jobs.isEmpty()) {
            err().println("the watchlist in " + top.configPath() + " is empty, so nothing is scheduled; "
                    + "add series to it (see README, Configuration)");
        }
        try (SqliteJobStore jobStore = SqliteJobStore.open(databasePath())) {
            RunTally tally = new RunTally();
            if (runDue && !jobs.isEmpty()) {
                runDueJobs(jobs, jobStore, store, config, tally);
            }
            List<JobListing> listing = JobListing.of(jobs, jobStore, runs);
            if (json()) {
                printJson(listing.stream().map(JobListing::toJson).toList());
            } else {
                printTable(listing, Clock.system().nowMillis());
            }
            if (tally.failed > 0) {
                err().println(tally.failed + " of " + tally.ran + " jobs failed; their messages are listed above");
                return Cli.FAILURE;
            }
        }
        return Cli.OK;
    }

    /** What --run-due did, so a script can tell from the exit code that a job failed. */
    private static final class RunTally {
        int ran;
        int failed;
    }

    /**
     * The app's scheduler with an alarm that never fires and jobs run on this thread: what is due runs once, in
     * the usual order, and is recorded with its next due time exactly as when the app runs it.
     */
    private void runDueJobs(List<Job> jobs, JobStore jobStore, CandleStore store, UserConfig config,
                            RunTally tally) {
        Clock clock = Clock.system();
        CancellationToken cancel = new CancellationToken();
        try (SqliteCoverageLedger ledger = SqliteCoverageLedger.open(databasePath());
             CancelOnInterrupt ignored = new CancelOnInterrupt(cancel)) {
            MarketDataJobWork work = new MarketDataJobWork(new VenuesByExchange(config), store, ledger, clock, config);
            JobWork countedAndCancellableByCtrlC = (job, schedulerCancel) -> {
                err().println("running " + job + " ...");
                err().flush();
                tally.ran++;
                try {
                    return work.run(job, cancel);
                } catch (RuntimeException e) {
                    tally.failed++;
                    throw e; // the scheduler records it
                }
            };
            try (JobScheduler scheduler = new JobScheduler(jobs, jobStore, countedAndCancellableByCtrlC, clock,
                    new ManualAlarm(), Runnable::run, new SecureRandom())) {
                scheduler.start();
            }
        }
    }

    private void printTable(List<JobListing> listing, long now) {
        if (listing.isEmpty()) {
            out().flush();
            return;
        }
        int seriesWidth = listing.stream().mapToInt(l -> l.job().key().series().toString().length()).max()
                .orElse(6);
        String row = "%-10s  %-" + seriesWidth + "s  %-9s  %-20s  %-9s  %s%n";
        out().printf(row, "KIND", "SERIES", "EVERY", "LAST RUN", "OUTCOME", "NEXT DUE");
        for (JobListing l : listing) {
            JobKey key = l.job().key();
            JobRun last = l.recentRuns().isEmpty() ? null : l.recentRuns().getFirst();
            out().printf(row, key.kind(), key.series(), l.job().describeInterval(),
                    last == null ? "never" : Instant.ofEpochMilli(last.startedAt()),
                    last == null ? "-" : last.outcome().label(), nextDue(l.nextDue(), now));
            for (JobRun r : l.recentRuns()) {
                out().printf("    %-20s  %-9s  %7s  %6d bars  %s%n", Instant.ofEpochMilli(r.startedAt()),
                        r.outcome().label(), Durations.format(java.time.Duration.ofMillis(r.durationMillis())),
                        r.barsFetched(), r.message());
            }
        }
        out().flush();
    }

    private static String nextDue(Long due, long now) {
        if (due == null) {
            return "at the scheduler's first start";
        }
        return Instant.ofEpochMilli(due) + (due <= now ? " (due now)" : "");
    }

    /** One job with what the store knows about it. */
    record JobListing(Job job, Long nextDue, List<JobRun> recentRuns) {

        static List<JobListing> of(List<Job> jobs, JobStore store, int runs) {
            Map<JobKey, Long> due = store.nextDueTimes();
            return jobs.stream().map(j -> new JobListing(j, due.get(j.key()), store.recentRuns(j.key(), runs)))
                    .toList();
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = JsonFields.series(job.key().series());
            m.put("kind", job.key().kind().label());
            m.put("every", Durations.format(job.interval()));
            m.put("jitter", Durations.format(job.jitter()));
            m.put("next_due", nextDue == null ? null : Instant.ofEpochMilli(nextDue).toString());
            m.put("last_run", recentRuns.isEmpty() ? null : run(recentRuns.getFirst()));
            m.put("recent_runs", recentRuns.stream().map(JobListing::run).toList());
            return m;
        }

        private static Map<String, Object> run(JobRun r) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("started_at", Instant.ofEpochMilli(r.startedAt()).toString());
            m.put("ended_at", Instant.ofEpochMilli(r.endedAt()).toString());
            m.put("duration_ms", r.durationMillis());
            m.put("outcome", r.outcome().label());
            m.put("bars_fetched", r.barsFetched());
            m.put("message", r.message());
            return m;
        }
    }
}
