package dev.cryptotrader.app.jobs;

import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.storage.SqliteJobStore;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.schedule.JobScheduler;
import dev.cryptotrader.trading.schedule.JobStatus;
import dev.cryptotrader.trading.schedule.MarketDataJobWork;
import dev.cryptotrader.trading.schedule.SystemAlarm;
import dev.cryptotrader.trading.schedule.WatchlistJobs;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The watchlist scheduler as the desktop app runs it: real clock and timer, one worker thread (so at most one job
 * talks to the venues at a time and jobs never overlap), and the stores of the app's database. Closing asks the
 * running job to stop after its page in flight and waits briefly for it, so the run is recorded.
 */
public final class BackgroundJobs implements AutoCloseable {

    private static final long STOP_GRACE_SECONDS = 10;

    private final SqliteCoverageLedger ledger;
    private final SqliteJobStore jobStore;
    private final ExecutorService worker;
    private final JobScheduler scheduler;

    private BackgroundJobs(Path database, CandleStore candles, UserConfig config) {
        Clock clock = Clock.system();
        this.ledger = SqliteCoverageLedger.open(database);
        this.jobStore = SqliteJobStore.open(database);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "watchlist-jobs");
            t.setDaemon(true);
            return t;
        });
        this.scheduler = new JobScheduler(WatchlistJobs.of(config), jobStore,
                new MarketDataJobWork(new VenuesByExchange(config), candles, ledger, clock, config), clock,
                new SystemAlarm(clock), worker, new SecureRandom());
    }

    /** Opens the job tables of {@code database} and starts the jobs of {@code config}'s watchlist. */
    public static BackgroundJobs start(Path database, CandleStore candles, UserConfig config) {
        BackgroundJobs jobs = new BackgroundJobs(database, candles, config);
        jobs.scheduler.start();
        return jobs;
    }

    public List<JobStatus> status() {
        return scheduler.status();
    }

    @Override
    public void close() {
        scheduler.close();
        worker.shutdown();
        try {
            worker.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jobStore.close();
        ledger.close();
    }
}
