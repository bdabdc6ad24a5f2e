package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.backtest.strategy.StrategyDescriptor;

import java.util.Map;
import java.util.Objects;

/**
 * A catalogue strategy by id as a {@link StrategyFactory}: the one place sweeps and walk-forwards meet the catalogue.
 * An unknown id, or a swept parameter the strategy does not have, is refused up front, before any run.
 */
public final class CatalogFactory implements StrategyFactory {

    private final StrategyCatalog catalog;
    private final StrategyDescriptor descriptor;

    private CatalogFactory(StrategyCatalog catalog, String strategyId) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.descriptor = catalog.descriptor(Objects.requireNonNull(strategyId, "strategy id"));
    }

    /** A built-in strategy, e.g. {@code sma-cross}. */
    public static CatalogFactory of(String strategyId) {
        return new CatalogFactory(StrategyCatalog.builtIn(), strategyId);
    }

    public static CatalogFactory of(StrategyCatalog catalog, String strategyId) {
        return new CatalogFactory(catalog, strategyId);
    }

    /** Refuses a grid that names a parameter the strategy does not have, listing the ones it has. */
    public CatalogFactory requireParameters(ParameterGrid grid) {
        for (String name : grid.names()) {
            if (!descriptor.parameterNames().contains(name)) {
                throw new IllegalArgumentException(descriptor.id() + " has no parameter '" + name
                        + "' (its parameters: " + String.join(", ", descriptor.parameterNames()) + ")");
            }
        }
        return this;
    }

    @Override
    public Strategy create(Map<String, Double> parameters) {
        return catalog.create(descriptor.id(), parameters);
    }
}
