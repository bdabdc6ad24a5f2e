package dev.cryptotrader.trading.backtest.sweep;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cartesian product of some parameters' values: every combination a sweep runs. Combination {@code i} is read
 * off {@code i} in mixed radix, the last axis changing fastest, so combinations are never stored and the order is
 * fixed (the first axis is the outer loop). A grid larger than its limit is refused when built, naming the sizes.
 */
public final class ParameterGrid {

    /** Combinations a grid may hold unless the builder says otherwise. */
    public static final int DEFAULT_LIMIT = 100_000;

    private final List<ParameterAxis> axes;
    private final int size;

    private ParameterGrid(List<ParameterAxis> axes, int size) {
        this.axes = List.copyOf(axes);
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One combination: the given parameters, as a walk-forward with fixed parameters or a single run uses. */
    public static ParameterGrid single(Map<String, Double> parameters) {
        Builder b = builder();
        parameters.forEach((name, value) -> b.values(name, value));
        return b.build();
    }

    public List<ParameterAxis> axes() {
        return axes;
    }

    public List<String> names() {
        return axes.stream().map(ParameterAxis::name).toList();
    }

    public int size() {
        return size;
    }

    /** Combination {@code index} (0-based) as name → value, in axis order. */
    public Map<String, Double> combination(int index) {
        Objects.checkIndex(index, size);
        double[] values = new double[axes.size()];
        int rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            ParameterAxis axis = axes.get(a);
            values[a] = axis.value(rest % axis.size());
            rest /= axis.size();
        }
        Map<String, Double> combination = new LinkedHashMap<>();
        for (int a = 0; a < values.length; a++) {
            combination.put(axes.get(a).name(), values[a]);
        }
        return Collections.unmodifiableMap(combination);
    }

    /** Every combination, in index order. */
    public List<Map<String, Double>> combinations() {
        List<Map<String, Double>> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(combination(i));
        }
        return all;
    }

    @Override
    public String toString() {
        return "ParameterGrid" + axes + " (" + size + " combinations)";
    }

    /** Collects the axes; {@link #build()} checks them and the product's size. */
    public static final class Builder {
        private final List<ParameterAxis> axes = new ArrayList<>();
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder values(String name, double... values) {
            return axis(ParameterAxis.of(name, values));
        }

        public Builder values(String name, List<Double> values) {
            return values(name, values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** {@code from..to} (inclusive when the step lands on it) by {@code step}. */
        public Builder range(String name, double from, double to, double step) {
            return axis(ParameterAxis.range(name, from, to, step, limit));
        }

        public Builder axis(ParameterAxis axis) {
            axes.add(Objects.requireNonNull(axis, "axis"));
            return this;
        }

        /** The most combinations the grid may hold (default {@value #DEFAULT_LIMIT}). */
        public Builder limit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("grid limit must be >= 1, was " + limit);
            }
            this.limit = limit;
            return this;
        }

        public ParameterGrid build() {
            Set<String> names = new HashSet<>();
            long size = 1;
            for (ParameterAxis axis : axes) {
                if (!names.add(axis.name())) {
                    throw new IllegalArgumentException("parameter " + axis.name() + " is swept twice");
                }
                size *= axis.size(); // cannot overflow: each factor is <= limit and we stop once over it
                if (size > limit) {
                    throw new IllegalArgumentException("the grid has " + describe() + " = " + product()
                            + " combinations, over the limit of " + limit + "; narrow a range or raise its step");
                }
            }
            return new ParameterGrid(axes, (int) size);
        }

        private String describe() {
            return String.join(" × ", axes.stream().map(a -> a.name() + " " + a.size()).toList());
        }

        private String product() {
            BigInteger p = BigInteger.ONE;
            for (ParameterAxis a : axes) {
                p = p.multiply(BigInteger.valueOf(a.size()));
            }
            return p.toString();
        }
    }
}
