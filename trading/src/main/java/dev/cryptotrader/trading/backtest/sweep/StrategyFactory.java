package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.strategy.Strategy;

import java.util.Map;

/**
 * Makes a strategy from one combination of parameters. An unusable combination (fast ≥ slow, a period below 1) is
 * refused with an {@link IllegalArgumentException} naming the problem; a sweep then skips that combination and says why.
 */
@FunctionalInterface
public interface StrategyFactory {

    Strategy create(Map<String, Double> parameters);
}
