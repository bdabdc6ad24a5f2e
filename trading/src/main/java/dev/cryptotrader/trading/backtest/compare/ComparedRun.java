package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;

import java.util.Objects;

/**
 * One column of a comparison: a label, its metrics and its equity at epoch-ms close times (ascending). A plain
 * backtest and a walk-forward's stitched out-of-sample curve both fit, so either can be compared with the other.
 */
public record ComparedRun(String label, Metrics metrics, long[] times, double[] equity) {

    public ComparedRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(metrics, "metrics of " + label);
        if (times.length != equity.length) {
            throw new IllegalArgumentException(label + ": " + times.length + " times for " + equity.length
                    + " equity points");
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException(label + ": equity times must increase, point " + i + " does not");
            }
        }
    }

    /** A backtest: {@code equity[k]} is at the close of bar {@code tradeFrom + k}. */
    public static ComparedRun of(BacktestResult result) {
        int from = result.config().tradeFrom();
        long[] times = new long[result.equity().length];
        for (int k = 0; k < times.length; k++) {
            times[k] = result.tape().closeTime(from + k);
        }
        return new ComparedRun(result.label(), result.metrics(), times, result.equity());
    }

    /** A walk-forward's stitched out-of-sample curve, labelled e.g. {@code walk-forward sma-cross (OOS)}. */
    public static ComparedRun of(WalkForwardResult result, String label) {
        return new ComparedRun(label, result.outOfSample(), result.times(), result.equity());
    }
}
