package dev.cryptotrader.charting.levels;

import java.util.Objects;

/**
 * A horizontal level from the bar opening at {@code fromMillis} to the bar opening at {@code toMillis} (both drawn
 * whole; {@link #OPEN_END} runs to the right edge), labelled at its right end ("PDH", "R"). {@code markerMillis} is a
 * bar to mark with a dot (a swing's pivot), or -1.
 */
public record LevelLine(long fromMillis, long toMillis, double price, String label, LevelKind kind,
                        long markerMillis) {

    /** A {@link #toMillis} for a level that still holds: drawn to the right edge of the plot. */
    public static final long OPEN_END = Long.MAX_VALUE;

    public LevelLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (toMillis < fromMillis) {
            throw new IllegalArgumentException("level " + label + " ends (" + toMillis + ") before it starts ("
                    + fromMillis + ")");
        }
    }

    public static LevelLine of(long fromMillis, long toMillis, double price, String label, LevelKind kind) {
        return new LevelLine(fromMillis, toMillis, price, label, kind, -1);
    }
}
