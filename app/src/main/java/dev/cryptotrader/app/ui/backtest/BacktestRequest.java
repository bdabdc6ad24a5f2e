package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;

import java.util.Objects;

/**
 * One backtest as the panel asks for it: the bars of {@code series} whose open time is in {@code range}, the strategy,
 * and capital, costs, sizing and shorting in {@code config}.
 */
public record BacktestRequest(SeriesKey series, TimeRange range, StrategyChoice strategy, BacktestConfig config) {

    public BacktestRequest {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(config, "config");
    }

    /** The same request with another strategy (a sweep cell, a walk-forward fold's best). */
    public BacktestRequest with(StrategyChoice other) {
        return new BacktestRequest(series, range, other, config);
    }
}
