package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.backtest.sweep.SweepResult;

import java.util.List;
import java.util.Map;

/**
 * One fold's outcome: the parameters chosen on its train window, the in-sample metrics they had there and the
 * out-of-sample metrics on the test window. {@code testEquity} is the test run's own equity, from the starting capital,
 * at the close of each test bar; {@code testTrades} its round trips with bar indices of the whole tape.
 * {@code trainSweep} is the optimisation table (null for fixed parameters).
 */
public record FoldResult(Fold fold, Map<String, Double> parameters, String label, Metrics inSample,
                         Metrics outOfSample, double[] testEquity, List<Trade> testTrades, SweepResult trainSweep) {
}
