package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.JobKey;

/** Does one run of a job. Throwing marks the run failed; the scheduler records it and carries on with other jobs. */
@FunctionalInterface
public interface JobWork {

    /** Runs {@code job} once, stopping between pages when {@code cancel} is set. */
    Done run(JobKey job, CancellationToken cancel);

    /** What a run did: bars the venue returned, a one-line summary, and whether it stopped early. */
    record Done(long barsFetched, String summary, boolean cancelled) {
    }
}
