package dev.cryptotrader.trading.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the watchlist jobs run. Each run is due one interval after the previous one started, moved by a random
 * offset of at most the jitter either way, so that many series do not hit a venue in the same second.
 *
 * @param backfillEvery    interval between backfills of one series (default 15 min)
 * @param backfillJitter   at most this much earlier or later (default 2 min); shorter than the interval
 * @param gapRepairEvery   interval between gap repairs of one series (default 6 h)
 * @param gapRepairJitter  as {@code backfillJitter}, for gap repair (default 15 min)
 * @param backfillHistory  how far back a watchlist series is backfilled when its entry names no start (default 30 days)
 */
public record SchedulerSettings(Duration backfillEvery, Duration backfillJitter, Duration gapRepairEvery,
                                Duration gapRepairJitter, Duration backfillHistory) {

    /** Shorter intervals would spend rate-limit budget on bars that are not there yet. */
    public static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

    public SchedulerSettings {
        requireInterval("backfill", backfillEvery, backfillJitter);
        requireInterval("gap repair", gapRepairEvery, gapRepairJitter);
        Objects.requireNonNull(backfillHistory, "backfillHistory");
        if (backfillHistory.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("the backfill history must be longer than zero, was "
                    + Durations.format(backfillHistory));
        }
    }

    public static SchedulerSettings defaults() {
        return new SchedulerSettings(Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofHours(6),
                Duration.ofMinutes(15), Duration.ofDays(30));
    }

    private static void requireInterval(String job, Duration every, Duration jitter) {
        Objects.requireNonNull(every, job + " interval");
        Objects.requireNonNull(jitter, job + " jitter");
        if (every.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new IllegalArgumentException("the " + job + " interval must be at least "
                    + Durations.format(SHORTEST_INTERVAL) + ", was " + Durations.format(every));
        }
        // A jitter as long as the interval could make a run due the moment the previous one started.
        if (jitter.isNegative() || jitter.compareTo(every) >= 0) {
            throw new IllegalArgumentException("the " + job + " jitter must be at least 0 and shorter than its "
                    + "interval " + Durations.format(every) + ", was " + Durations.format(jitter));
        }
    }
}
