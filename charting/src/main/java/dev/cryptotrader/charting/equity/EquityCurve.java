package dev.cryptotrader.charting.equity;

import java.util.Objects;

/**
 * One named equity curve: {@code values[i]} is the equity at {@code timeMillis[i]} (epoch ms, increasing). The chart
 * owns the arrays once passed in; callers must not change them afterwards.
 */
public record EquityCurve(String name, long[] timeMillis, double[] values) {

    public EquityCurve {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeMillis, "timeMillis");
        Objects.requireNonNull(values, "values");
        if (timeMillis.length != values.length) {
            throw new IllegalArgumentException("curve " + name + " has " + timeMillis.length + " times but "
                    + values.length + " values");
        }
        for (int i = 1; i < timeMillis.length; i++) {
            if (timeMillis[i] <= timeMillis[i - 1]) {
                throw new IllegalArgumentException("curve " + name + ": time " + i + " is not after time " + (i - 1));
            }
        }
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The last value, NaN for an empty curve. */
    public double last() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    /** Index of the last point at or before {@code millis}; -1 when all points are later. */
    public int indexAtOrBefore(long millis) {
        int low = 0;
        int high = timeMillis.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (timeMillis[mid] <= millis) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
