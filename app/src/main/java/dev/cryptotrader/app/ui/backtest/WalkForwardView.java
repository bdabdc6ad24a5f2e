package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.metrics.Metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A walk-forward result as the panel shows it: the folds with their in-sample and out-of-sample metrics, the stitched
 * out-of-sample equity ({@code equity[i]} at {@code equityTime[i]}, epoch ms) and the out-of-sample / in-sample ratio
 * of {@code ratioMetric} (e.g. "Sharpe"), the overfitting signal.
 */
public record WalkForwardView(List<Fold> folds, long[] equityTime, double[] equity, double oosIsRatio,
                              String ratioMetric) {

    public WalkForwardView {
        folds = List.copyOf(folds);
        Objects.requireNonNull(ratioMetric, "ratioMetric");
        if (equityTime.length != equity.length) {
            throw new IllegalArgumentException("stitched equity has " + equityTime.length + " times but "
                    + equity.length + " values");
        }
    }

    /**
     * One fold: train bars {@code [trainFrom, trainTo)} and test bars {@code [testFrom, testTo)} as epoch ms, the
     * parameters the test ran with, and the metrics in and out of sample.
     */
    public record Fold(int number, long trainFrom, long trainTo, long testFrom, long testTo,
                       Map<String, Double> parameters, Metrics inSample, Metrics outOfSample) {

        public Fold {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            Objects.requireNonNull(inSample, "inSample");
            Objects.requireNonNull(outOfSample, "outOfSample");
        }
    }
}
