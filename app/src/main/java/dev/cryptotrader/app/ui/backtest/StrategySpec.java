package dev.cryptotrader.app.ui.backtest;

import java.util.List;
import java.util.Objects;

/**
 * A strategy as the panel offers it: its catalogue id, a title for the list and its parameters in declaration order.
 * {@link #JSON_RULE} stands for a strategy written as a JSON rule in the panel instead.
 */
public record StrategySpec(String id, String title, List<ParameterSpec> parameters) {

    /** The entry for a strategy typed as a JSON rule. */
    public static final StrategySpec JSON_RULE = new StrategySpec("json-rule", "JSON rule…", List.of());

    public StrategySpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        parameters = List.copyOf(parameters);
    }

    public boolean isJsonRule() {
        return id.equals(JSON_RULE.id());
    }

    @Override
    public String toString() {
        return title;
    }

    /**
     * One parameter: its default, its allowed range (inclusive), whether it must be a whole number (a period), and
     * what it does (the field's tooltip; may be empty).
     */
    public record ParameterSpec(String name, double defaultValue, double min, double max, boolean integer,
                                String description) {

        public ParameterSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            if (!(min <= max)) {
                throw new IllegalArgumentException("parameter " + name + ": min " + min + " is above max " + max);
            }
        }

        public ParameterSpec(String name, double defaultValue, double min, double max, boolean integer) {
            this(name, defaultValue, min, max, integer, "");
        }
    }
}
