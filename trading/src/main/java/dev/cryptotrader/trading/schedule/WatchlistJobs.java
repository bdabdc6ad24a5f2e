package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.WatchlistEntry;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobKind;

import java.util.ArrayList;
import java.util.List;

/** The jobs a configuration asks for: a backfill and a gap repair for every watchlist series. */
public final class WatchlistJobs {

    private WatchlistJobs() {
    }

    /** In watchlist order, each series' backfill before its gap repair. */
    public static List<Job> of(UserConfig config) {
        SchedulerSettings s = config.scheduler();
        List<Job> jobs = new ArrayList<>();
        for (WatchlistEntry entry : config.watchlist()) {
            jobs.add(new Job(new JobKey(JobKind.BACKFILL, entry.series()), s.backfillEvery(), s.backfillJitter()));
            jobs.add(new Job(new JobKey(JobKind.GAP_REPAIR, entry.series()), s.gapRepairEvery(),
                    s.gapRepairJitter()));
        }
        return jobs;
    }
}
