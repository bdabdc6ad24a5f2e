package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.config.Durations;
import dev.cryptotrader.trading.port.JobKey;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One recurring job: what it works on and how often it runs.
 *
 * @param interval time from the start of one run to the start of the next
 * @param jitter   the next run is moved by a random offset in {@code [-jitter, +jitter]}; shorter than the interval
 */
public record Job(JobKey key, Duration interval, Duration jitter) {

    public Job {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(jitter, "jitter");
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("the interval of " + key + " must be positive");
        }
        if (jitter.isNegative() || jitter.compareTo(interval) >= 0) {
            throw new IllegalArgumentException("the jitter of " + key + " must be at least 0 and shorter than "
                    + Durations.format(interval));
        }
    }

    /**
     * When the run after one that started at {@code startedAt} is due. Counting from the start, not the end, keeps
     * the rhythm steady however long a run takes; the jitter spreads many series' runs so they do not reach a venue
     * in the same second.
     */
    public long nextDueAfter(long startedAt, RandomGenerator random) {
        long j = jitter.toMillis();
        long offset = j == 0 ? 0 : random.nextLong(-j, j + 1);
        return startedAt + interval.toMillis() + offset;
    }

    /** The latest a run can be due after one starting at {@code startedAt}. */
    public long latestDueAfter(long startedAt) {
        return startedAt + interval.toMillis() + jitter.toMillis();
    }

    /** {@code 15m ±2m}. */
    public String describeInterval() {
        return Durations.format(interval) + (jitter.isZero() ? "" : " ±" + Durations.format(jitter));
    }
}
