package dev.cryptotrader.trading.domain;

import java.time.Instant;

/** A half-open range of epoch milliseconds, {@code [from, to)}. */
public record TimeRange(long from, long to) {

    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeRange {
        if (to < from) {
            throw new IllegalArgumentException("range ends (" + Instant.ofEpochMilli(to) + ") before it starts ("
                    + Instant.ofEpochMilli(from) + ")");
        }
    }

    /** Everything strictly after {@code t}. */
    public static TimeRange after(long t) {
        return t == Long.MAX_VALUE ? new TimeRange(t, t) : new TimeRange(t + 1, Long.MAX_VALUE);
    }

    public boolean contains(long t) {
        return t >= from && t < to;
    }
}
