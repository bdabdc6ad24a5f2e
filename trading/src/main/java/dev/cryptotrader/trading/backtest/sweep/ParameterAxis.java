package dev.cryptotrader.trading.backtest.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The values one parameter takes in a sweep, in the order given. A range {@code from..to by step} includes both ends
 * when the step lands on {@code to}; its values are computed in decimal ({@code 0.1 + 2 × 0.1} is {@code 0.3}, not
 * {@code 0.30000000000000004}) so labels and lookups stay exact.
 */
public record ParameterAxis(String name, double[] values) {

    public ParameterAxis {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a swept parameter needs a name");
        }
        Objects.requireNonNull(values, "values of " + name);
        if (values.length == 0) {
            throw new IllegalArgumentException("parameter " + name + " has no values");
        }
        values = values.clone();
        Set<Double> seen = new HashSet<>();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("parameter " + name + " has a value that is not a number: " + v);
            }
            if (!seen.add(v)) {
                throw new IllegalArgumentException("parameter " + name + " lists " + format(v) + " twice");
            }
        }
    }

    public static ParameterAxis of(String name, double... values) {
        return new ParameterAxis(name, values);
    }

    /**
     * {@code from, from + step, …} up to and including {@code to}. Refuses an empty or endless range, naming the
     * parameter, and a range longer than {@code maxValues} before building it.
     */
    public static ParameterAxis range(String name, double from, double to, double step, long maxValues) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("parameter " + name + ": range " + format(from) + ".." + format(to)
                    + " step " + format(step) + " must be made of numbers");
        }
        if (step <= 0) {
            throw new IllegalArgumentException("parameter " + name + ": step must be > 0, was " + format(step));
        }
        if (from > to) {
            throw new IllegalArgumentException("parameter " + name + ": empty range, from " + format(from)
                    + " is above to " + format(to));
        }
        BigDecimal start = BigDecimal.valueOf(from);
        BigDecimal by = BigDecimal.valueOf(step);
        BigDecimal steps = BigDecimal.valueOf(to).subtract(start).divide(by, 0, RoundingMode.FLOOR);
        if (steps.compareTo(BigDecimal.valueOf(maxValues - 1)) > 0) {
            throw new IllegalArgumentException("parameter " + name + ": range " + format(from) + ".." + format(to)
                    + " step " + format(step) + " has " + steps.add(BigDecimal.ONE).toPlainString()
                    + " values, over the limit of " + maxValues + "; raise the step");
        }
        double[] values = new double[steps.intValueExact() + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = start.add(by.multiply(BigDecimal.valueOf(i))).doubleValue();
        }
        return new ParameterAxis(name, values);
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** {@code 20} rather than {@code 20.0}; how labels and errors show a value. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterAxis a && a.name.equals(name) && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + "=" + Arrays.toString(values);
    }
}
