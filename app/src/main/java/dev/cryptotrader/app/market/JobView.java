package dev.cryptotrader.app.market;

import dev.cryptotrader.trading.port.JobRun;
import dev.cryptotrader.trading.schedule.Job;

import java.util.List;

/**
 * One watchlist job as the jobs panel shows it.
 *
 * @param nextDue    when it runs next (epoch ms), or null before the scheduler first started
 * @param running    whether it runs right now
 * @param recentRuns newest first
 */
public record JobView(Job job, Long nextDue, boolean running, List<JobRun> recentRuns) {

    public JobView {
        recentRuns = List.copyOf(recentRuns);
    }
}
