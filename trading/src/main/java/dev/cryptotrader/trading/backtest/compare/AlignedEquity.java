package dev.cryptotrader.trading.backtest.compare;

import java.util.List;

/**
 * Several equity curves on one time axis, for an overlay chart: {@code times} is every close time any run has, in
 * order, and {@code equity[r][k]} is run r's equity at {@code times[k]}. Before a run's first point and after its last
 * the value is NaN (the chart leaves a gap); in between, a time the run has no bar at carries its last value (equity
 * does not change without a bar). Runs over the same tape and span line up point for point.
 */
public record AlignedEquity(List<String> labels, long[] times, double[][] equity) {

    public double[] equity(int run) {
        return equity[run];
    }

    public int size() {
        return times.length;
    }
}
