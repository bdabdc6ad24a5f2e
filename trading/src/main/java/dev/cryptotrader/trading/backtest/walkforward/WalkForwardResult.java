package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.Metrics;

import java.util.List;

/**
 * A finished walk-forward. {@code equity[k]} is the stitched out-of-sample equity at epoch-ms close time
 * {@code times[k]}: the test folds one after another, each fold's returns chained onto the previous fold's ending
 * equity, starting from the configured capital. {@code trades} are every test fold's round trips in that same money
 * scale, with bar indices of the whole tape. {@code outOfSample} are the metrics of the stitched curve; {@code ratio}
 * the out-of-sample / in-sample overfitting signal. {@code tape} is the whole tape the folds' indices refer to.
 */
public record WalkForwardResult(String strategy, BarTape tape, WalkForwardPlan plan, BacktestConfig config,
                                List<FoldResult> folds, long[] times, double[] equity, List<Trade> trades,
                                Metrics outOfSample, OosIsRatio ratio) {

    /** The out-of-sample / in-sample Sharpe ratio, the headline overfitting signal (NaN when undefined). */
    public double oosIsRatio() {
        return ratio.sharpe();
    }
}
