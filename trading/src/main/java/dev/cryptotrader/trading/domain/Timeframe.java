package dev.cryptotrader.trading.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Bar lengths, with exact durations and UTC bucket alignment. Weeks start on Monday 00:00 UTC, as Binance and Bitfinex
 * weekly candles do; every other bucket is aligned to the Unix epoch.
 */
public enum Timeframe {
    M1("1m", 60_000L),
    M5("5m", 5 * 60_000L),
    M15("15m", 15 * 60_000L),
    M30("30m", 30 * 60_000L),
    H1("1h", 3_600_000L),
    H4("4h", 4 * 3_600_000L),
    D1("1d", 86_400_000L),
    W1("1w", 7 * 86_400_000L);

    /** 1970-01-01 was a Thursday; the first Monday is four days later. */
    private static final long MONDAY_OFFSET_MS = 4 * 86_400_000L;

    private final String label;
    private final long millis;

    Timeframe(String label, long millis) {
        this.label = label;
        this.millis = millis;
    }

    public String label() {
        return label;
    }

    public long millis() {
        return millis;
    }

    public Duration duration() {
        return Duration.ofMillis(millis);
    }

    /** The open time of the bucket that contains {@code epochMillis}. */
    public long bucketStart(long epochMillis) {
        long offset = this == W1 ? MONDAY_OFFSET_MS : 0L;
        return epochMillis - Math.floorMod(epochMillis - offset, millis);
    }

    public boolean isAligned(long epochMillis) {
        return bucketStart(epochMillis) == epochMillis;
    }

    /** True when every bucket of this timeframe is made of whole buckets of {@code finer}. */
    public boolean isMultipleOf(Timeframe finer) {
        return millis >= finer.millis && millis % finer.millis == 0;
    }

    /** Reads {@code 1m}, {@code 4h}, {@code 1d}, {@code 1w} (also {@code 60m}, {@code 1H}, {@code 1D}). */
    public static Timeframe parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("timeframe is empty");
        }
        String t = text.trim();
        for (Timeframe tf : values()) {
            if (tf.label.equals(t) || tf.label.equalsIgnoreCase(t) && !t.equals("1M")) {
                return tf;
            }
        }
        if (t.equals("60m")) {
            return H1;
        }
        throw new IllegalArgumentException("timeframe '" + text + "' is unknown; use one of "
                + Arrays.stream(values()).map(Timeframe::label).toList());
    }

    public static Timeframe ofMillis(long millis) {
        for (Timeframe tf : values()) {
            if (tf.millis == millis) {
                return tf;
            }
        }
        throw new IllegalArgumentException("no timeframe lasts " + Duration.ofMillis(millis).toString().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label;
    }
}
