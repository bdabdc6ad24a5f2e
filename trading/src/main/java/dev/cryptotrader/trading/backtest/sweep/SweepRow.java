package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One combination's outcome. {@code index} is the combination's place in the grid; {@code label} the strategy's own
 * name for the run, e.g. {@code sma-cross(fast=20, slow=100)}.
 */
public record SweepRow(int index, Map<String, Double> parameters, String label, Metrics metrics) {

    public SweepRow {
        // a copy that keeps the grid's order (Map.copyOf would not)
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public double parameter(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the sweep has no parameter " + name + "; it has " + parameters.keySet());
        }
        return v;
    }

    public double value(MetricField metric) {
        return metric.value(metrics);
    }
}
