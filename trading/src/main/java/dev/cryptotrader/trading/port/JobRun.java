package dev.cryptotrader.trading.port;

import java.util.Objects;

/**
 * One finished run of a job.
 *
 * @param startedAt   epoch millis by the scheduler's clock
 * @param endedAt     epoch millis, not before {@code startedAt}
 * @param message     what the run did (a summary) or, when it failed, why
 * @param barsFetched bars the venue returned during the run
 */
public record JobRun(JobKey job, long startedAt, long endedAt, JobOutcome outcome, String message, long barsFetched) {

    public JobRun {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        if (endedAt < startedAt) {
            throw new IllegalArgumentException("a run cannot end (" + endedAt + ") before it starts (" + startedAt
                    + ")");
        }
        if (barsFetched < 0) {
            throw new IllegalArgumentException("bars fetched cannot be negative, was " + barsFetched);
        }
    }

    public long durationMillis() {
        return endedAt - startedAt;
    }
}
