package dev.cryptotrader.app.ui.backtest;

import java.util.List;
import java.util.Objects;

/**
 * A walk-forward analysis: folds of {@code trainBars} followed by {@code testBars}, moved on by {@code stepBars};
 * anchored folds all train from the first bar. With {@code optimise} non-empty each train fold first sweeps those
 * ranges and the test fold runs the combination best by {@code objective} (a metric key such as {@code sharpe}).
 */
public record WalkForwardRequest(BacktestRequest base, int trainBars, int testBars, int stepBars, boolean anchored,
                                 List<ParameterRange> optimise, String objective) {

    public WalkForwardRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(objective, "objective");
        optimise = List.copyOf(optimise);
        if (trainBars <= 0 || testBars <= 0 || stepBars <= 0) {
            throw new IllegalArgumentException("train, test and step must be > 0 bars, were " + trainBars + ", "
                    + testBars + ", " + stepBars);
        }
    }
}
