package dev.cryptotrader.app.ui.backtest;

import java.util.Objects;

/** The values a sweep tries for one parameter: {@code from, from + step, …} up to {@code to} inclusive. */
public record ParameterRange(String name, double from, double to, double step) {

    /** More values than this in one range is almost surely a typo (a step of 0.001 over 1..1000). */
    public static final int MAX_VALUES = 10_000;

    public ParameterRange {
        Objects.requireNonNull(name, "name");
        if (!(step > 0)) {
            throw new IllegalArgumentException(name + " step must be > 0, was " + step);
        }
        if (!(from <= to)) {
            throw new IllegalArgumentException(name + " range is empty: from " + MetricFormat.parameter(from)
                    + " is above to " + MetricFormat.parameter(to));
        }
        if ((to - from) / step + 1 > MAX_VALUES) {
            throw new IllegalArgumentException(name + " would take more than " + MAX_VALUES + " values; use a larger"
                    + " step");
        }
    }

    public int count() {
        return (int) Math.floor((to - from) / step + 1e-9) + 1;
    }

    /** The values in order; each rounded to 10 decimals, so 0.1 steps do not drift to 0.30000000000000004. */
    public double[] values() {
        int n = count();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((from + i * step) * 1e10) / 1e10;
        }
        return v;
    }
}
