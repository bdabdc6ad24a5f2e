package dev.cryptotrader.app.jobs;

import dev.cryptotrader.trading.concurrent.BackgroundPriority;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.CoverageLedger;
import dev.cryptotrader.trading.port.JobStore;
import dev.cryptotrader.trading.schedule.JobScheduler;
import dev.cryptotrader.trading.schedule.JobStatus;
import dev.cryptotrader.trading.schedule.MarketDataJobWork;
import dev.cryptotrader.trading.schedule.SystemAlarm;
import dev.cryptotrader.trading.schedule.WatchlistJobs;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The watchlist scheduler as the desktop app runs it: real timer, one worker thread (so at most one job talks to the
 * venues at a time and jobs never overlap). It borrows the app's venue adapters (their rate-limit budgets are shared
 * with everything else the app sends) and stores. Closing asks the running job to stop after its page in flight and
 * waits briefly for it, so the run is recorded.
 */
public final class BackgroundJobs implements AutoCloseable {

    private static final long STOP_GRACE_SECONDS = 10;

    private final ExecutorService worker;
    private final JobScheduler scheduler;

    private BackgroundJobs(Function<Exchange, ExchangeMarketData> venues, CandleStore candles, CoverageLedger ledger,
                           JobStore jobStore, UserConfig config, Clock clock) {
        this.worker = Executors.newSingleThreadExecutor(BackgroundPriority.lowered(r -> {
            Thread t = new Thread(r, "watchlist-jobs");
            t.setDaemon(true);
            return t;
        }));
        this.scheduler = new JobScheduler(WatchlistJobs.of(config), jobStore,
                new MarketDataJobWork(venues, candles, ledger, clock, config), clock, new SystemAlarm(clock), worker,
                new SecureRandom());
    }

    /** Starts the jobs of {@code config}'s watchlist; the stores stay the caller's to close. */
    public static BackgroundJobs start(Function<Exchange, ExchangeMarketData> venues, CandleStore candles,
                                       CoverageLedger ledger, JobStore jobStore, UserConfig config, Clock clock) {
        BackgroundJobs jobs = new BackgroundJobs(venues, candles, ledger, jobStore, config, clock);
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
    }
}
