package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.Arrays;
import java.util.Objects;

/**
 * The prices indicators read, as plain columns of equal length: high, low and close per bar. What a chart already
 * holds as doubles, so its indicators need no {@link CandleSeries}. Index {@code i} is bar {@code i}.
 */
public record PriceColumns(double[] high, double[] low, double[] close) {

    public PriceColumns {
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        if (high.length != close.length || low.length != close.length) {
            throw new IllegalArgumentException("columns differ in length: high " + high.length + ", low " + low.length
                    + ", close " + close.length);
        }
    }

    /**
     * A copy of the first {@code size} bars of columns that may be longer (spare room for live bars) and may change
     * later: the indicators then see one consistent set of prices however the source changes meanwhile.
     */
    public static PriceColumns copyOf(double[] high, double[] low, double[] close, int size) {
        if (size < 0 || size > Math.min(high.length, Math.min(low.length, close.length))) {
            throw new IllegalArgumentException("size " + size + " is outside the columns");
        }
        return new PriceColumns(Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size));
    }

    /** The candles' double values, as {@link CandleSeries#high(int)} and friends give them. */
    public static PriceColumns of(CandleSeries candles) {
        int n = candles.size();
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            high[i] = candles.high(i);
            low[i] = candles.low(i);
            close[i] = candles.close(i);
        }
        return new PriceColumns(high, low, close);
    }

    public int size() {
        return close.length;
    }
}
