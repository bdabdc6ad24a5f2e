package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.backtest.strategy.StrategyJson;

import java.util.List;
import java.util.Objects;

/** The panel's strategies: the engine's catalogue for the form, and its JSON rule form for typed rules. */
public final class CatalogStrategySource implements EngineBacktestService.StrategySource {

    private final StrategyCatalog catalog;

    public CatalogStrategySource(StrategyCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public List<StrategySpec> specs() {
        return catalog.strategies().stream().map(d -> new StrategySpec(d.id(), d.id(),
                d.parameters().stream().map(p -> new StrategySpec.ParameterSpec(p.name(), p.defaultValue(), p.min(),
                        p.max(), p.integer(), p.description())).toList())).toList();
    }

    @Override
    public Strategy create(StrategyChoice choice) {
        return switch (choice) {
            case StrategyChoice.Catalog c -> catalog.create(c.id(), c.parameters());
            case StrategyChoice.JsonRule rule -> StrategyJson.parse(rule.json(), catalog);
        };
    }
}
