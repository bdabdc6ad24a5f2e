package dev.cryptotrader.trading.marketdata.live;

import io.github.resilience4j.core.IntervalFunction;

import java.time.Duration;

/**
 * How long to wait before the n-th retry: exponential (doubling) from {@code initial}, capped at {@code max}, each
 * delay spread randomly by ±{@code jitter}. The jitter matters when many clients lose a venue at once (a venue
 * restart): without it they would all come back in the same millisecond. Built on resilience4j's interval function.
 */
public final class Backoff {

    private static final double MULTIPLIER = 2.0;

    private final Duration initial;
    private final Duration max;
    private final double jitter;
    private final IntervalFunction intervals;

    public Backoff(Duration initial, Duration max, double jitter) {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("the first backoff delay must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("the longest backoff delay " + max + " is shorter than the first "
                    + initial);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        this.initial = initial;
        this.max = max;
        this.jitter = jitter;
        // resilience4j only accepts a positive randomization factor; without jitter plain exponential is the same.
        this.intervals = jitter > 0
                ? IntervalFunction.ofExponentialRandomBackoff(initial.toMillis(), MULTIPLIER, jitter, max.toMillis())
                : IntervalFunction.ofExponentialBackoff(initial.toMillis(), MULTIPLIER, max.toMillis());
    }

    /** 1 s doubling to 60 s, ±30 %. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.3);
    }

    /** The wait before retry number {@code attempt} (1 = the first retry after a failure). */
    public Duration delay(int attempt) {
        long millis = intervals.apply(Math.max(1, attempt));
        // The random spread is applied after the cap, so a capped delay may exceed max by the jitter; keep max hard.
        return Duration.ofMillis(Math.max(1, Math.min(millis, max.toMillis())));
    }

    public Duration initial() {
        return initial;
    }

    public Duration max() {
        return max;
    }

    public double jitter() {
        return jitter;
    }
}
