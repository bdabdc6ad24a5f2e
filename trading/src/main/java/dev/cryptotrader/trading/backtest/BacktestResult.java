package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.execution.Fill;

import java.util.List;

/**
 * A finished backtest. {@code equity[k]} is the equity at the close of bar {@code tradeFrom + k}; {@code fills} are
 * every execution, {@code trades} the round trips built from them (an open position is closed at the last close).
 */
public record BacktestResult(String label, BarTape tape, BacktestConfig config, double[] equity, List<Fill> fills,
                             List<Trade> trades, Metrics metrics) {
}
