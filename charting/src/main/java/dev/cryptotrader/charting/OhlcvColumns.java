package dev.cryptotrader.charting;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bars as plain columns, oldest first: open time in UTC epoch milliseconds plus open, high, low, close and volume.
 * This is all a chart knows about candles. The arrays are owned by this record once passed in: callers must not change
 * them afterwards (the chart reads them without copying).
 */
public record OhlcvColumns(long[] openTime, double[] open, double[] high, double[] low, double[] close,
                           double[] volume) {

    private static final OhlcvColumns EMPTY = new OhlcvColumns(new long[0], new double[0], new double[0],
            new double[0], new double[0], new double[0]);

    public OhlcvColumns {
        Objects.requireNonNull(openTime, "openTime");
        int n = openTime.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("columns differ in length: time " + n + ", open " + open.length
                    + ", high " + high.length + ", low " + low.length + ", close " + close.length + ", volume "
                    + volume.length);
        }
        for (int i = 1; i < n; i++) {
            if (openTime[i] <= openTime[i - 1]) {
                throw new IllegalArgumentException("open times must increase: bar " + i + " (" + openTime[i]
                        + ") is not after bar " + (i - 1) + " (" + openTime[i - 1] + ")");
            }
        }
    }

    public static OhlcvColumns empty() {
        return EMPTY;
    }

    public int size() {
        return openTime.length;
    }

    public boolean isEmpty() {
        return openTime.length == 0;
    }

    /** Index of the first bar opening at or after {@code epochMillis}; {@link #size()} when none does. */
    public int indexAtOrAfter(long epochMillis) {
        int i = Arrays.binarySearch(openTime, epochMillis);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The usual distance between bars in milliseconds: the smallest positive step (gaps only make steps longer). One
     * minute when there are fewer than two bars.
     */
    public long barMillis() {
        long best = Long.MAX_VALUE;
        for (int i = 1; i < openTime.length; i++) {
            best = Math.min(best, openTime[i] - openTime[i - 1]);
        }
        return best == Long.MAX_VALUE ? 60_000L : best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OhlcvColumns c && Arrays.equals(openTime, c.openTime) && Arrays.equals(open, c.open)
                && Arrays.equals(high, c.high) && Arrays.equals(low, c.low) && Arrays.equals(close, c.close)
                && Arrays.equals(volume, c.volume);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(openTime) * 31 + Arrays.hashCode(close);
    }

    @Override
    public String toString() {
        return "OhlcvColumns[" + size() + " bars]";
    }
}
