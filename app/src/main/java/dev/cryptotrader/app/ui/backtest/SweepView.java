package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.metrics.Metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A sweep's results as the panel shows them: the swept parameter names and one row per combination. */
public record SweepView(List<String> parameters, List<Row> rows) {

    public SweepView {
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
    }

    /** One combination: all of the strategy's parameters (swept and fixed) and its metrics. */
    public record Row(Map<String, Double> parameters, Metrics metrics) {

        public Row {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            Objects.requireNonNull(metrics, "metrics");
        }

        public double parameter(String name) {
            Double v = parameters.get(name);
            return v == null ? Double.NaN : v;
        }
    }
}
