package dev.cryptotrader.trading.levels;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.Objects;

/**
 * The bars levels are computed from, as plain columns (the chart's own arrays, so a million bars are not copied):
 * open time in UTC epoch milliseconds, increasing, and high, low, close. Only the first {@code size} entries count.
 */
public record PriceBars(long[] openTime, double[] high, double[] low, double[] close, int size) {

    public PriceBars {
        Objects.requireNonNull(openTime, "openTime");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        if (size < 0 || size > openTime.length || size > high.length || size > low.length || size > close.length) {
            throw new IllegalArgumentException("size " + size + " does not fit the columns (time " + openTime.length
                    + ", high " + high.length + ", low " + low.length + ", close " + close.length + ")");
        }
    }

    public static PriceBars of(CandleSeries s) {
        int n = s.size();
        long[] t = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = s.openTime(i);
            h[i] = s.high(i);
            l[i] = s.low(i);
            c[i] = s.close(i);
        }
        return new PriceBars(t, h, l, c, n);
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
