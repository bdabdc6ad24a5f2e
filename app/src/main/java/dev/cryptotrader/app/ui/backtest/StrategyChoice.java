package dev.cryptotrader.app.ui.backtest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The strategy a run uses: a catalogue strategy with its parameters, or a JSON rule typed in the panel. */
public sealed interface StrategyChoice {

    /** How tables, legends and exports name the run, e.g. {@code sma-cross(fast=20, slow=100)}. */
    String label();

    /** A catalogue strategy; {@code parameters} in declaration order. */
    record Catalog(String id, Map<String, Double> parameters) implements StrategyChoice {

        public Catalog {
            Objects.requireNonNull(id, "id");
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        @Override
        public String label() {
            StringBuilder b = new StringBuilder(id).append('(');
            String sep = "";
            for (var e : parameters.entrySet()) {
                b.append(sep).append(e.getKey()).append('=').append(MetricFormat.parameter(e.getValue()));
                sep = ", ";
            }
            return b.append(')').toString();
        }

        /** The same strategy with some parameters replaced (a sweep cell). */
        public Catalog with(Map<String, Double> changes) {
            Map<String, Double> next = new LinkedHashMap<>(parameters);
            next.putAll(changes);
            return new Catalog(id, next);
        }
    }

    /** A strategy written in the declarative JSON form. */
    record JsonRule(String json) implements StrategyChoice {

        public JsonRule {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public String label() {
            return "json-rule";
        }
    }
}
