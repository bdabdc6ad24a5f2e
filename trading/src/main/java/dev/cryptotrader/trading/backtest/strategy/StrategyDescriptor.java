package dev.cryptotrader.trading.backtest.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A catalogued strategy: its id, a one-line description, its parameters in order, and the factory that binds them.
 * The factory always receives every parameter (defaults filled in, each already checked against its spec).
 */
public record StrategyDescriptor(String id, String description, List<ParamSpec> parameters,
                                 Function<Map<String, Double>, Strategy> factory) {

    public StrategyDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(factory, "factory");
    }

    public Map<String, Double> defaults() {
        Map<String, Double> out = new LinkedHashMap<>();
        parameters.forEach(p -> out.put(p.name(), p.defaultValue()));
        return Collections.unmodifiableMap(out);
    }

    public List<String> parameterNames() {
        return parameters.stream().map(ParamSpec::name).toList();
    }
}
